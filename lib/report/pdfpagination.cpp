// SPDX-License-Identifier: GPL-3.0-or-later
// Which versions go on which page set, and how the bands of each set are laid out and split over pages.
#include "report/pdfpagelayout_p.h"
#include "report/revisions_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {
namespace {

constexpr int maxColumns = 4;

} // namespace

QList<int> printedVersions(const Comparison &comparison, const QList<int> &visibleVersions)
{
    QList<int> printed;
    for (const int v : visibleVersions) {
        if (v >= 0 && v < comparison.versions.size() && !printed.contains(v))
            printed.append(v);
    }
    if (printed.isEmpty()) {
        for (int v = 0; v < comparison.versions.size(); ++v)
            printed.append(v);
    }
    return printed;
}

QList<QList<int>> planPageSets(const Comparison &comparison, const QList<int> &printed)
{
    if (printed.size() <= maxColumns)
        return { printed };
    const bool withBase = printed.contains(comparison.base);
    QList<int> others = printed;
    if (withBase)
        others.removeAll(comparison.base);
    const qsizetype perSet = withBase ? maxColumns - 1 : maxColumns;
    const qsizetype setCount = (others.size() + perSet - 1) / perSet;
    QList<QList<int>> sets;
    qsizetype next = 0;
    for (qsizetype s = 0; s < setCount; ++s) {
        // Even spread: the first (size % count) sets take one more.
        const qsizetype size = others.size() / setCount + (s < others.size() % setCount ? 1 : 0);
        QList<int> set;
        if (withBase)
            set.append(comparison.base);
        set.append(others.mid(next, size));
        next += size;
        sets.append(set);
    }
    return sets;
}

PdfComparisonPages::Private::Geometry PdfComparisonPages::Private::geometry(const SetLayout &set) const
{
    Geometry g;
    const QRectF body = style.bodyRect();
    const qsizetype n = set.info.versions.size();
    g.gutterX = body.left();
    g.notesWidth = set.hasNotes ? style.pt(PdfStyle::notesWidth) : 0;
    g.notesX = body.right() - g.notesWidth;
    const double gap = style.pt(PdfStyle::columnGap);
    const double available = body.width() - style.pt(PdfStyle::gutterWidth) - g.notesWidth
        - (set.hasNotes ? gap : 0) - gap * double(n - 1);
    g.columnWidth = available / double(std::max<qsizetype>(1, n));
    for (qsizetype i = 0; i < n; ++i)
        g.columnX.append(body.left() + style.pt(PdfStyle::gutterWidth) + double(i) * (g.columnWidth + gap));
    return g;
}

void PdfComparisonPages::Private::buildSet(SetLayout &set) const
{
    // Whether the set needs a notes column decides the column width, so count first.
    for (qsizetype r = 0; r < comparison.rows.size(); ++r) {
        if (!isPrinted(comparison.rows.at(r), set.info.versions))
            continue;
        for (const int v : set.info.versions) {
            if (v == comparison.base)
                continue;
            for (const int index : changesOf(v, int(r)))
                set.hasNotes = set.hasNotes || isNumbered(comparison.changes.at(index));
        }
        set.hasNotes = set.hasNotes || !readerNotesIn(int(r)).isEmpty();
    }
    const Geometry g = geometry(set);
    const double textWidth = g.columnWidth - style.pt(2 * PdfStyle::cellPaddingX);
    for (const int v : set.info.versions) {
        RichText title;
        title.append(comparison.versions.at(v).name);
        if (v == comparison.base) {
            QTextCharFormat tag;
            tag.setFont(style.marker);
            title.append(u" ("_s + baseMark(comparison) + u")"_s, tag);
        }
        set.headers.push_back(makeLayout(title, style.columnHeader, textWidth));
        set.headerHeight = std::max(
            set.headerHeight, linesHeight(*set.headers.back(), 0, set.headers.back()->lineCount()));
    }
    set.headerHeight += style.pt(2 * PdfStyle::cellPaddingY);
}

bool PdfComparisonPages::Private::layoutSet(
    SetLayout &set, int *done, int total, const std::function<bool(int, int)> &step) const
{
    const Geometry g = geometry(set);
    const double textWidth = g.columnWidth - style.pt(2 * PdfStyle::cellPaddingX);
    const double notesWidth = g.notesWidth - style.pt(2 * PdfStyle::cellPaddingX);
    for (qsizetype r = 0; r < comparison.rows.size(); ++r) {
        if (!isPrinted(comparison.rows.at(r), set.info.versions))
            continue;
        if (step && !step((*done)++, total))
            return false;
        Band band;
        band.row = int(r);
        QList<int> numbered;
        for (const int v : set.info.versions)
            band.cells.push_back(makeCell(set, int(r), v, textWidth, &numbered));
        if (!numbered.isEmpty() || !readerNotesIn(int(r)).isEmpty())
            band.notes = makeLayout(notesFor(numbered, set.info.noteCount + 1, int(r)), style.note,
                notesWidth, Qt::AlignLeft, style.pt(PdfStyle::noteIndent));
        set.info.noteCount += int(numbered.size());
        set.bands.push_back(std::move(band));
    }
    return true;
}

void PdfComparisonPages::Private::paginate(SetLayout &set, int setIndex)
{
    const QRectF body = style.bodyRect();
    const double top = body.top() + set.headerHeight;
    const double bottom = body.bottom();
    const double padding = style.pt(2 * PdfStyle::cellPaddingY);
    set.info.firstPage = int(pages.size());
    // The first set may begin below the end of the summary.
    const double firstPageTop = pages.empty() && firstTop >= 0 ? firstTop : -1;
    pages.push_back(Page { setIndex, {}, firstPageTop });
    double y = firstPageTop >= 0 ? firstPageTop + set.headerHeight : top;
    const auto newPage = [&] {
        pages.push_back(Page { pages.back().set, {}, -1 });
        y = top;
    };
    for (qsizetype b = 0; b < qsizetype(set.bands.size()); ++b) {
        const std::vector<const QTextLayout *> layouts = set.bands[b].layouts();
        double contentHeight = 0;
        for (const QTextLayout *layout : layouts) {
            if (layout)
                contentHeight = std::max(contentHeight, linesHeight(*layout, 0, layout->lineCount()));
        }
        const double height = std::max(contentHeight + padding, minimumBandHeight());
        if (height > bottom - y && height <= bottom - top && y > top)
            newPage();
        if (height <= bottom - y) {
            Fragment fragment { int(b), y, height, {}, true };
            for (const QTextLayout *layout : layouts)
                fragment.lines.emplace_back(0, layout ? layout->lineCount() : 0);
            pages.back().fragments.push_back(std::move(fragment));
            set.pageOfRow.insert(set.bands[b].row, int(pages.size()) - 1);
            y += height;
            continue;
        }
        // Taller than a page: fill this page (when a few lines still fit) and continue between lines.
        if (bottom - y < style.pt(60))
            newPage();
        std::vector<int> next(layouts.size(), 0);
        bool first = true;
        for (;;) {
            Fragment fragment { int(b), y, 0, {}, first };
            double used = 0;
            bool remaining = false;
            for (std::size_t i = 0; i < layouts.size(); ++i) {
                const QTextLayout *layout = layouts[i];
                const int from = next[i];
                int to = from;
                const int count = layout ? layout->lineCount() : 0;
                while (to < count && linesHeight(*layout, from, to + 1) <= bottom - y - padding)
                    ++to;
                if (to == from && from < count && y == top)
                    ++to; // a single line taller than a page: print it anyway
                fragment.lines.emplace_back(from, to);
                if (layout)
                    used = std::max(used, linesHeight(*layout, from, to));
                next[i] = to;
                remaining = remaining || to < count;
            }
            fragment.height = std::max(used + padding, minimumBandHeight());
            if (first)
                set.pageOfRow.insert(set.bands[b].row, int(pages.size()) - 1);
            pages.back().fragments.push_back(std::move(fragment));
            y += pages.back().fragments.back().height;
            first = false;
            if (!remaining)
                break;
            newPage();
        }
    }
    set.info.pageCount = int(pages.size()) - set.info.firstPage;
}

} // namespace Parallax::Internal
