// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "load/extractedtext.h"

#include <QByteArray>

#include <optional>

namespace Parallax {

// A PDF's text layer through Poppler, in Poppler's reading order (columns one after the other), put back
// into paragraphs: lines joined, hyphenated line ends rejoined, headings told by their larger type, and
// running heads, feet and page numbers (lines at a page's edge repeated on most pages, or numbers only)
// marked boilerplate. Encrypted PDFs and PDFs without text get their own message.
class PdfDocument
{
public:
    static constexpr int MaxPages = 2000;

    static bool looksLikePdf(const QByteArray &data);
    // *source: the text layer line by line, page by page, as the source panel shows it.
    static std::optional<ExtractedText> extract(const QByteArray &data, QString *source, LoadError *error);
};

} // namespace Parallax
