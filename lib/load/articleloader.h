// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QByteArray>

#include <optional>

namespace Parallax {

// Reads one article version from a file or from bytes: decodes it (BOM, UTF-8, declared charset,
// detector, windows-1252), extracts the text of HTML (also the page inside an MHTML file) and Markdown,
// marks boilerplate and splits the text into sentences. Never modifies the file; never fetches anything an
// HTML page references.
class ArticleLoader
{
public:
    // Files larger than this are refused with a clear message.
    static constexpr qint64 MaxFileSize = LoadError::MaxArticleFileSize;
    // MHTML files hold the page's images as well; their HTML part must still fit MaxFileSize.
    static constexpr qint64 MaxMhtmlFileSize = LoadError::MaxPageFileSize;

    // On failure *error (when given) holds the code, the detail and the path.
    static std::optional<Version> loadFile(const QString &path, LoadError *error);
    // name: display name when the data carries none; path: the file (or the URL dropped text came from).
    static std::optional<Version> loadData(const QByteArray &data, TextFormat format, const QString &name,
        LoadError *error, const QString &path = {});

    static TextFormat formatForPath(const QString &path);
    // For the folder a browser writes next to a saved page ("Save Page As, complete": NAME.html and
    // NAME_files/ with its images, styles and scripts), the page; else empty. Such a folder is never read.
    static QString savedPageOfAssetsFolder(const QString &folder);
    static bool isArticleFile(const QString &path);
};

} // namespace Parallax
