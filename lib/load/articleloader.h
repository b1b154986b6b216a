// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QByteArray>

#include <optional>

namespace Parallax {

// Reads one article version from a file or from bytes: decodes it (BOM, UTF-8, declared charset,
// detector, windows-1252), extracts the text of HTML and Markdown, marks boilerplate and splits the
// text into sentences. Never modifies the file; never fetches anything an HTML page references.
class ArticleLoader
{
public:
    // Files larger than this are refused with a clear message.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    static std::optional<Version> loadFile(const QString &path, QString *error);
    // name: display name when the data carries none; path: the file (or the URL dropped text came from).
    static std::optional<Version> loadData(const QByteArray &data, TextFormat format, const QString &name,
        QString *error, const QString &path = {});

    static TextFormat formatForPath(const QString &path);
    static bool isArticleFile(const QString &path);
};

} // namespace Parallax
