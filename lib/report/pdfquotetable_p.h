// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "report/pdfexporter.h"
#include "report/pdfstyle_p.h"

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace Parallax::Internal {

// Whether the quotation table names the outlets (short names) or numbers them as the versions table does
// (long names, file names of scraped pages, would take the quotation's width).
bool quoteOutletsByName(const Comparison &comparison, const QList<int> &printed);

// The summary's table of quotations: one row a quotation group (speaker, the quotation with how each
// outlet's words differ and the reader's notes on it, then each printed version's fidelity), laid out
// in text layouts and painted by us, as the side-by-side pages are. A QTextDocument table was the cost
// of a long summary (2,500 quotations: 17.5 s, its layout growing faster than the rows); here each
// row is laid out once, and pagination and painting are linear in the rows.
//
// Coordinates are in device units relative to the top of the body of a page; pages are the summary's.
class PdfQuoteTable
{
public:
    PdfQuoteTable(const Comparison &comparison, const QList<int> &printed,
        const PdfExporter::Options &options, const PdfStyle &style, QPaintDevice *device);
    ~PdfQuoteTable();

    // Whether the column headers and the first row (or its first lines, when it is taller than a page)
    // fit between top and pageHeight.
    bool fitsAt(double top, double pageHeight) const;
    // Places the rows, the first page's column headers at `top` of page `firstPage` (or at the top of the
    // next page when they do not fit there); every page repeats the column headers. Rows do not break
    // between pages unless taller than a whole page.
    void paginate(int firstPage, double top, double pageHeight);
    int lastPage() const { return m_lastPage; }
    // Where the table ends on its last page.
    double bottom() const { return m_bottom; }
    // Paints what lies on the summary's page `page`, the body's top-left corner at `origin`.
    void paintPage(QPainter *painter, int page, const QPointF &origin) const;

private:
    struct Row;
    struct Placement;
    void placeHeader(int page, double y);

    PdfStyle m_style;
    std::vector<double> m_columnX; // left edges, then the right edge of the last column
    std::vector<std::unique_ptr<QTextLayout>> m_header;
    double m_headerHeight = 0;
    std::vector<Row> m_rows;
    std::vector<Placement> m_placements; // in page order
    std::vector<std::pair<int, double>> m_headers; // page, y
    int m_lastPage = 0;
    double m_bottom = 0;
};

} // namespace Parallax::Internal
