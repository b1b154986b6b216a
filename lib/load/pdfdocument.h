// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "load/extractedtext.h"
#include "load/pdftext.h"

#include <QByteArray>

#include <optional>

namespace Parallax {

// A PDF's text layer through Poppler, in Poppler's reading order (columns one after the other), put back
// into paragraphs: lines joined, hyphenated line ends rejoined, headings told by their larger type, and
// running heads, feet and page numbers (lines at a page's edge repeated on most pages, or numbers only)
// marked boilerplate. Encrypted PDFs, PDFs without text and PDFs too long to compare get their own message.
class PdfDocument
{
public:
    static constexpr int MaxPages = LoadError::MaxPdfPages;

    static bool looksLikePdf(const QByteArray &data);
    // *source: the text layer line by line, page by page, as the source panel shows it.
    static std::optional<ExtractedText> extract(const QByteArray &data, QString *source, LoadError *error);

    // Poppler runs in the parallax-pdftext helper under limits (PdfHelper) once the program is set; the
    // app and the command line set it at start-up (app/pdfhelpersetup.cpp). Empty (the default: unit
    // tests, fuzz targets): in this process, without limits.
    static void setHelper(const QString &program);
    static QString helper();
    // Poppler's lines of the PDF, by the helper or in this process; std::nullopt with *error set when the
    // helper passed a limit or crashed.
    static std::optional<PdfText> readText(const QByteArray &data, LoadError *error);
};

} // namespace Parallax
