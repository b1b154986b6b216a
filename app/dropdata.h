// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QStringList>

class QMimeData;
class QUrl;

namespace Parallax {

// What a drop onto the window brings: local files and folders, or else text or HTML dragged from
// another program (with the address of the page it came from when the browser tells).
struct DropData
{
    QStringList paths; // local files and folders; when set, the text is not used
    bool hasText = false; // HTML or non-blank plain text was dropped
    QByteArray text;
    TextFormat format = TextFormat::PlainText;
    QString sourceUrl;

    bool isEmpty() const { return paths.isEmpty() && !hasText; }
};

// Whether a drag carries anything a drop could use (checked while dragging, before the data is read).
bool canAcceptDrop(const QMimeData *mime);
// Reads a drop: local files win over text, HTML over plain text; blank text is nothing.
DropData readDrop(const QMimeData *mime);
// Browsers say where dragged text came from in different ways; the first that gives a web address wins.
QUrl sourceUrlOf(const QMimeData *mime);
// A short display name for text dragged from a page: host and path, without the noise.
QString nameForUrl(const QUrl &url);

} // namespace Parallax
