// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Parallax::Internal {

// One entry of a PDF document outline (the bookmarks panel of a reader).
struct PdfBookmark
{
    QString title;
    int page = 0; // 0-based page index
    double top = 0; // distance of the target from the page's top edge, in points
    int level = 0; // 0: top level; 1: child of the closest level-0 entry before it; and so on
};

// Qt 6.8's QPdfWriter has no API for a document outline (qpdfwriter.h and qpagedpaintdevice.h offer
// title, creator, XMP metadata and attachments only). This adds one to a finished QPdfWriter file as
// a PDF incremental update: the catalog is rewritten with /Outlines, the outline items are appended
// and a new cross-reference section points at them, so the bytes Qt wrote stay untouched.
// Returns false and leaves *pdf unchanged when the file does not have the structure expected
// (classic cross-reference table, one flat page tree), with the reason in *error.
bool appendPdfOutline(
    QByteArray *pdf, const QList<PdfBookmark> &bookmarks, double pageHeightPoints, QString *error);

} // namespace Parallax::Internal
