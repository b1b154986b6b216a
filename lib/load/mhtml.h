// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Parallax {

// MHTML (RFC 2557, the single-file "web page, single file" save of Chrome, Edge and others): a MIME
// multipart/related message whose first text/html part is the page and whose other parts are its images,
// styles and scripts. Only the page is decoded; the other parts are never read further than their headers.
class Mhtml
{
public:
    static bool isMhtmlPath(const QString &path);

    // The page's HTML, converted to UTF-8 when its part declares another charset; nullopt with the code
    // (and detail) in *error when the data is not a MIME message with an HTML part.
    static std::optional<QByteArray> htmlPart(const QByteArray &data, LoadError *error);
};

} // namespace Parallax
