// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfcomparisonpages_p.h"

#include "report/pdfpagelayout_p.h"
#include "report/revisions_p.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

void PdfComparisonPages::Private::paintFragment(
    QPainter *painter, const SetLayout &set, const Geometry &g, const Fragment &fragment) const
{
    const Band &band = set.bands.at(fragment.band);
    const double padX = style.pt(PdfStyle::cellPaddingX);
    const double padY = style.pt(PdfStyle::cellPaddingY);
    // QTextLayout draws unformatted text with the painter's pen.
    const QPen textPen(style.colors.text);
    // The backgrounds first, with no pen and the brush changed only where the colour does: fillRect sets
    // and restores both for every rectangle, and the PDF engine writes each change into the page.
    painter->setPen(Qt::NoPen);
    QColor brushColor;
    const auto fill = [&](const QRectF &rect, const QColor &color) {
        if (color != brushColor) {
            painter->setBrush(color);
            brushColor = color;
        }
        painter->drawRect(rect);
    };
    for (std::size_t c = 0; c < band.cells.size(); ++c) {
        const Cell &cell = band.cells[c];
        const QRectF rect(g.columnX.at(qsizetype(c)), fragment.y, g.columnWidth, fragment.height);
        const QRectF inner = rect.adjusted(0, style.pt(1), 0, -style.pt(1));
        if (!cell.hasText) {
            // The gap: a pale box, so that an empty cell is seen, not missed.
            fill(inner, cell.markedGap ? style.colors.absent : style.colors.absent.lighter(103));
        } else if (const QColor tint = style.colors.forStatus(cell.status); tint.isValid()) {
            fill(inner, tint);
            fill(QRectF(inner.left(), inner.top(), style.pt(1.6), inner.height()), strongShade(tint));
        }
    }
    painter->setBrush(Qt::NoBrush);
    for (std::size_t c = 0; c < band.cells.size(); ++c) {
        const Cell &cell = band.cells[c];
        if (cell.layout) {
            painter->setPen(textPen); // a no-op unless the last cell's formats left another
            const auto [from, to] = fragment.lines[c];
            drawLines(painter, *cell.layout, from, to,
                QPointF(g.columnX.at(qsizetype(c)) + padX, fragment.y + padY));
        }
    }
    if (band.notes) {
        painter->setPen(textPen);
        const auto [from, to] = fragment.lines.back();
        drawLines(painter, *band.notes, from, to, QPointF(g.notesX + padX, fragment.y + padY));
    }
    painter->setPen(QColor(0x77, 0x77, 0x77));
    const QPointF gutter(g.gutterX + style.pt(PdfStyle::gutterWidth - 4), fragment.y + padY);
    texts.drawNumberRightAligned(painter, style.running, band.row + 1, gutter);
    // A row continued from the previous page says which row it is.
    if (!fragment.first) {
        const double lineHeight = QFontMetricsF(style.running, device).lineSpacing();
        texts.drawRightAligned(
            painter, style.running, PdfExporter::tr("cont."), gutter + QPointF(0, lineHeight));
    }
    painter->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), style.pt(0.4)));
    const QRectF body = style.bodyRect();
    const double lineY = fragment.y + fragment.height;
    painter->drawLine(QPointF(body.left(), lineY), QPointF(body.right(), lineY));
}

void PdfComparisonPages::Private::paintColumnHeaders(
    QPainter *painter, const SetLayout &set, const Geometry &g, double top) const
{
    const QRectF body = style.bodyRect();
    painter->fillRect(QRectF(body.left(), top, body.width(), set.headerHeight), QColor(0xee, 0xee, 0xee));
    const double padX = style.pt(PdfStyle::cellPaddingX);
    const double padY = style.pt(PdfStyle::cellPaddingY);
    painter->setPen(style.colors.text);
    for (std::size_t c = 0; c < set.headers.size(); ++c) {
        const QTextLayout &header = *set.headers[c];
        drawLines(
            painter, header, 0, header.lineCount(), QPointF(g.columnX.at(qsizetype(c)) + padX, top + padY));
    }
    painter->setPen(QColor(0x33, 0x33, 0x33));
    if (set.hasNotes) {
        painter->setFont(style.columnHeader);
        painter->drawText(QRectF(g.notesX + padX, top + padY, g.notesWidth, set.headerHeight),
            Qt::AlignLeft | Qt::AlignTop, PdfExporter::tr("Notes"));
    }
    painter->setFont(style.running);
    painter->drawText(QRectF(g.gutterX, top + padY, style.pt(PdfStyle::gutterWidth - 4), set.headerHeight),
        Qt::AlignRight | Qt::AlignTop, PdfExporter::tr("Row"));
}

PdfComparisonPages::PdfComparisonPages(const Comparison &comparison, const PdfExporter::Options &options,
    const PdfStyle &style, QPaintDevice *device)
    : d(std::make_unique<Private>(comparison, options, style, device))
{ }

PdfComparisonPages::~PdfComparisonPages() = default;

bool PdfComparisonPages::layout(const std::function<bool(int, int)> &step)
{
    const QList<QList<int>> plan
        = planPageSets(d->comparison, printedVersions(d->comparison, d->options.visibleVersions));
    int total = 0;
    for (const QList<int> &versions : plan) {
        for (const AlignedRow &row : d->comparison.rows)
            total += d->isPrinted(row, versions) ? 1 : 0;
    }
    int done = 0;
    int notesBefore = 0;
    for (const QList<int> &versions : plan) {
        d->sets.emplace_back();
        SetLayout &set = d->sets.back();
        set.info.versions = versions;
        d->buildSet(set);
        // Notes are numbered through the whole document.
        set.info.noteCount = notesBefore;
        if (!d->layoutSet(set, &done, total, step))
            return false;
        set.info.noteCount -= notesBefore;
        notesBefore += set.info.noteCount;
        d->paginate(set, int(d->sets.size()) - 1);
        d->setInfos.append(set.info);
    }
    if (step)
        return step(total, total);
    return true;
}

void PdfComparisonPages::resolvePageReferences(int firstPageNumber)
{
    for (SetLayout &set : d->sets) {
        const Private::Geometry g = d->geometry(set);
        const double textWidth = g.columnWidth - d->style.pt(2 * PdfStyle::cellPaddingX);
        for (Band &band : set.bands) {
            for (Cell &cell : band.cells) {
                if (cell.placeholderAt < 0)
                    continue;
                const int page = set.pageOfRow.value(cell.moveTarget, -1);
                QString number = page >= 0 ? QString::number(page + firstPageNumber) : u"?"_s;
                if (number.size() < pagePlaceholder.size())
                    number += QString(pagePlaceholder.size() - number.size(), QChar(0x2007));
                const qsizetype delta = number.size() - pagePlaceholder.size();
                cell.content.text.replace(cell.placeholderAt, pagePlaceholder.size(), number);
                for (QTextLayout::FormatRange &range : cell.content.formats) {
                    if (range.start > cell.placeholderAt)
                        range.start += int(delta);
                    else if (range.start + range.length > cell.placeholderAt)
                        range.length += int(delta);
                }
                cell.placeholderAt = -1;
                const QTextLayout *old = cell.layout.get();
                const int oldLines = old ? old->lineCount() : 0;
                cell.layout = d->makeLayout(cell.content, cell.hasText ? cell.font : d->style.marker,
                    textWidth, cell.hasText ? Qt::AlignLeft : Qt::AlignHCenter);
                // Same width digits keep the line count; should it change anyway, pagination holds the old
                // count.
                Q_ASSERT(cell.layout->lineCount() == oldLines || number.size() > pagePlaceholder.size());
            }
        }
    }
}

void PdfComparisonPages::startAt(double top)
{
    d->firstTop = top;
    d->pages.clear();
    for (std::size_t s = 0; s < d->sets.size(); ++s) {
        SetLayout &set = d->sets[s];
        set.pageOfRow.clear();
        d->paginate(set, int(s));
        d->setInfos[qsizetype(s)].firstPage = set.info.firstPage;
        d->setInfos[qsizetype(s)].pageCount = set.info.pageCount;
    }
}

int PdfComparisonPages::pageCount() const
{
    return int(d->pages.size());
}

const QList<PdfPageSet> &PdfComparisonPages::pageSets() const
{
    return d->setInfos;
}

QString PdfComparisonPages::setTitle(int set) const
{
    QStringList names;
    for (const int v : d->setInfos.at(set).versions) {
        names.append(d->comparison.versions.at(v).name
            + (v == d->comparison.base ? u" ("_s + baseMark(d->comparison) + u")"_s : QString()));
    }
    return names.join(u", "_s);
}

int PdfComparisonPages::setOfPage(int page) const
{
    return d->pages.at(page).set;
}

void PdfComparisonPages::paintPage(QPainter *painter, int page) const
{
    const Page &p = d->pages.at(page);
    const SetLayout &set = d->sets.at(p.set);
    const Private::Geometry g = d->geometry(set);
    painter->save();
    d->paintColumnHeaders(painter, set, g, p.top >= 0 ? p.top : d->style.bodyRect().top());
    for (const Fragment &fragment : p.fragments)
        d->paintFragment(painter, set, g, fragment);
    painter->restore();
}

QList<PdfBookmark> PdfComparisonPages::bookmarks(int firstPageIndex) const
{
    // Each group, and under it the article's headings (the first heading cell of a row), where they start.
    QList<PdfBookmark> marks;
    for (qsizetype s = 0; s < d->setInfos.size(); ++s) {
        const QString prefix = d->setInfos.size() > 1
            ? PdfExporter::tr("Side by side %1 of %2: ").arg(s + 1).arg(d->setInfos.size())
            : PdfExporter::tr("Side by side: ");
        const PdfPageSet &info = d->setInfos.at(s);
        marks.append({ prefix + setTitle(int(s)), firstPageIndex + info.firstPage, 0, 0 });
        const SetLayout &set = d->sets.at(std::size_t(s));
        for (int page = info.firstPage; page < info.firstPage + info.pageCount; ++page) {
            for (const Fragment &fragment : d->pages.at(std::size_t(page)).fragments) {
                if (!fragment.first)
                    continue;
                for (const Cell &cell : set.bands.at(std::size_t(fragment.band)).cells) {
                    if (cell.heading.isEmpty())
                        continue;
                    constexpr qsizetype limit = 90;
                    const QString title = cell.heading.size() > limit
                        ? cell.heading.left(limit - 1).trimmed() + u"\u2026"_s
                        : cell.heading;
                    // Versions that keep a heading as separate rows would list it twice in a row.
                    if (marks.last().title != title)
                        marks.append(
                            { title, firstPageIndex + page, fragment.y / d->style.unitsPerPoint, 1 });
                    break;
                }
            }
        }
    }
    return marks;
}

} // namespace Parallax::Internal
