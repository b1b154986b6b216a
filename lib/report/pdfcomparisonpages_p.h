// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "report/pdfexporter.h"
#include "report/pdfoutline_p.h"
#include "report/pdfstyle_p.h"

#include <functional>
#include <memory>

class QPainter;
class QPaintDevice;

namespace Parallax::Internal {

// The versions to print, in column order: Options::visibleVersions without invalid or repeated
// entries, or every version.
QList<int> printedVersions(const Comparison &comparison, const QList<int> &visibleVersions);

// Splits the printed versions into groups printed side by side, at most four columns each.
//
// Up to four versions fit on one landscape page. With more, every group repeats the base as its first
// column and the other versions are spread evenly over as few groups as possible (7 versions: base+3,
// base+3; 6: base+3, base+2). Why this and not base-versus-each: every change is measured against the
// base, so the base must stand beside each version, but outlets are also read against each other (two
// outlets carrying the same wire copy, rewrites that share a sentence), which base-versus-each would
// scatter over separate pages and print the base N-1 times. Even groups keep the column width, and so
// the wrapping of the base's sentences, the same in every group. When the base is not printed,
// the versions are grouped by four in the same even way.
QList<QList<int>> planPageSets(const Comparison &comparison, const QList<int> &printed);

struct PdfPageSet
{
    QList<int> versions; // column order
    int firstPage = 0; // index among the side-by-side pages
    int pageCount = 0;
    int noteCount = 0;
};

// The side-by-side pages: every aligned row becomes a band of cells (one per version) plus its
// numbered notes; bands are paginated so that none straddles a page break, except a band taller than
// a whole page, which continues on the next page between lines.
class PdfComparisonPages
{
public:
    PdfComparisonPages(const Comparison &comparison, const PdfExporter::Options &options,
        const PdfStyle &style, QPaintDevice *device);
    ~PdfComparisonPages();

    // Lays out and paginates. step(done, total) is called once per band; returning false cancels.
    bool layout(const std::function<bool(int, int)> &step);
    // Moved-sentence markers name the page of their counterpart; call once the number of the first
    // side-by-side page (1-based, in the whole document) is known, before painting.
    void resolvePageReferences(int firstPageNumber);
    // Paginates again with the first page's column headers at `top` (device units) instead of the body's
    // top: the first page then shares the end of the summary's last page. A negative top starts on a page
    // of its own. Call before resolvePageReferences().
    void startAt(double top);

    int pageCount() const;
    const QList<PdfPageSet> &pageSets() const;
    QString setTitle(int set) const; // "AP (base), Courier, Post"
    int setOfPage(int page) const;
    void paintPage(QPainter *painter, int page) const;
    QList<PdfBookmark> bookmarks(int firstPageIndex) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax::Internal
