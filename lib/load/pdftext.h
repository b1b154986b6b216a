// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Parallax {

// What Poppler gives the PDF loader: the text lines of each page with their boxes, the page sizes and the
// document's metadata, or why there is nothing (damaged, encrypted, too long). PdfReader makes it in the
// process; the parallax-pdftext helper makes it in a child process with hard limits and hands it over
// on stdout in the line format below (PdfText::toWire, PdfText::fromWire).
struct PdfText
{
    enum class Status {
        Ok,
        Damaged, // Poppler cannot open it
        Encrypted,
        TooManyPages, // count: the document's pages
        TooManyLines, // count: the lines read when the limit was passed
        TooManyCharacters, // count: the characters read when the limit was passed
    };
    struct Line
    {
        QString text;
        QRectF box;
        int page = 0;
        bool boilerplate = false; // marked by the loader, not the reader

        friend bool operator==(const Line &, const Line &) = default;
    };

    Status status = Status::Ok;
    qsizetype count = 0;
    QList<QSizeF> pageSizes; // one per page read, in order (an unreadable page is 0 x 0)
    QList<Line> lines; // in Poppler's order, page by page
    QString title;
    QString author;
    QString created; // ISO 8601, empty when the PDF has none
    QString modified;

    // The line format, version 1: a header line, then one record per line ("status", "info", "page",
    // "line"), then "end". Text is UTF-8 with backslash, tab, CR and LF escaped; numbers round-trip exactly.
    // A reader that is killed half-way leaves no "end": fromWire refuses such output.
    QByteArray toWire() const;
    static std::optional<PdfText> fromWire(const QByteArray &wire);

    friend bool operator==(const PdfText &, const PdfText &) = default;
};

} // namespace Parallax
