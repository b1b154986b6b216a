// SPDX-License-Identifier: GPL-3.0-or-later
// The view's "differences only" (runs of identical rows folded into one line, rowfolding.h) and
// "next change" inside a cell: a cell with several changes is visited change by change.
#include "colormix.h"
#include "sidebysideview.h"
#include "sidebysideview_p.h"

#include "present/comparisonmodel.h"
#include "present/rowfolding.h"

#include <QPainter>

namespace Parallax {

// ---- differences only ---------------------------------------------------------------------------

void SideBySideView::setDifferencesOnly(bool on)
{
    if (d->differencesOnly == on)
        return;
    d->differencesOnly = on;
    d->openedFolds.clear();
    d->rebuildDisplayRows();
    viewport()->update();
}

bool SideBySideView::isDifferencesOnly() const
{
    return d->differencesOnly;
}

int SideBySideView::foldSize(int row) const
{
    return int(d->folds.value(row).size());
}

void SideBySideView::openFold(int row)
{
    if (!d->folds.contains(row))
        return;
    d->openedFolds.insert(row);
    d->rebuildDisplayRows();
    viewport()->update();
}

QList<int> SideBySideView::Private::foldRows(const QList<int> &shown)
{
    folds.clear();
    if (!differencesOnly || !model || columns.size() < 2)
        return shown;
    const CellIndex &index = model->cellIndex();
    const bool cosmeticShown = !model->isCosmeticHidden();
    const QList<RowFolding::Run> runs = RowFolding::foldableRuns(
        shown, [&](int row) { return RowFolding::readsTheSame(index, row, columns, cosmeticShown); });
    QList<int> displayed;
    displayed.reserve(shown.size());
    qsizetype next = 0;
    for (const RowFolding::Run &run : runs) {
        // A fold the reader opened stays open while its rows are the same ones.
        if (openedFolds.contains(shown.at(run.first)))
            continue;
        displayed.append(shown.mid(next, run.first - next));
        // The fold line takes the place of the run's first row.
        folds.insert(shown.at(run.first), shown.mid(run.first, run.count));
        displayed.append(shown.at(run.first));
        next = run.first + run.count;
    }
    displayed.append(shown.mid(next));
    return displayed;
}

QList<int> SideBySideView::Private::rowsWithFolded() const
{
    if (folds.isEmpty())
        return rows.rows();
    QList<int> all;
    all.reserve(rows.count());
    for (const int row : rows.rows()) {
        const auto fold = folds.constFind(row);
        if (fold == folds.cend())
            all.append(row);
        else
            all.append(*fold);
    }
    return all;
}

int SideBySideView::Private::foldLineHeight() const
{
    return lineHeight + 2 * padY + 1;
}

bool SideBySideView::Private::openFoldHolding(int row)
{
    for (auto it = folds.cbegin(); it != folds.cend(); ++it) {
        if (it.key() != row && it.value().contains(row)) {
            q->openFold(it.key());
            return true;
        }
    }
    return false;
}

void SideBySideView::Private::paintFold(QPainter &painter, const QRect &rect, int row)
{
    const bool dark = colors.isDark();
    QColor background = mixColors(colors.background, colors.text, dark ? 0.08 : 0.05);
    const bool selected = current.isValid() && current.row() == row;
    if (selected)
        background = mixColors(background, colors.selection, dark ? 0.35 : 0.3);
    painter.fillRect(rect, background);
    // A quiet rule above: the line stands for rows, it is not one.
    const QColor rule = mixColors(colors.background, colors.text, dark ? 0.3 : 0.22);
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 1), rule);
    painter.setPen(colors.dimmedText);
    QFont font = markerFont();
    painter.setFont(font);
    const int count = int(folds.value(row).size());
    const QString text = tr("⋯ %n identical sentence(s) — click or press Enter to show", nullptr, count);
    painter.drawText(rect.adjusted(padX, 0, -padX, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.setFont(q->font());
    if (selected) {
        painter.setPen(QPen(strongColor(colors.selection, dark), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect).adjusted(1, 1, -2, -1));
    }
}

// ---- next change inside a cell ------------------------------------------------------------------

QList<int> SideBySideView::Private::changeStopsInCell(int row, int version, int kind) const
{
    QList<int> stops;
    if (!model || version == model->comparison().base)
        return stops;
    for (const CellSpan &span : model->cellSpans(row, version)) {
        if (span.version != version || span.muted)
            continue;
        if (kind >= 0 && int(span.kind) != kind)
            continue;
        if (!stops.contains(span.change))
            stops.append(span.change);
    }
    return stops;
}

bool SideBySideView::Private::stepInsideCell(bool forward, int kind)
{
    if (!current.isValid())
        return false;
    const QList<int> stops = changeStopsInCell(current.row(), current.column(), kind);
    if (stops.size() < 2)
        return false;
    // From the change last reached or clicked; a cell selected as a whole is left for the next cell.
    const qsizetype at = stops.indexOf(activeChange);
    const qsizetype to = forward ? at + 1 : at - 1;
    if (at < 0 || to < 0 || to >= stops.size())
        return false;
    activeChange = stops.at(to);
    q->viewport()->update();
    Q_EMIT q->spanActivated(ComparisonModel::describeChange(model->comparison().changes.at(activeChange)));
    return true;
}

void SideBySideView::Private::enterCell(bool forward, int kind)
{
    if (!current.isValid())
        return;
    const QList<int> stops = changeStopsInCell(current.row(), current.column(), kind);
    // Only where there is more than one: a single change needs no marking beyond the selected cell.
    if (stops.size() > 1)
        activeChange = forward ? stops.first() : stops.last();
}

void SideBySideView::Private::paintActiveChange(
    QPainter &painter, const QPointF &origin, const QTextLayout &layout, int row, int version) const
{
    if (!current.isValid() || current.row() != row || current.column() != version || activeChange < 0)
        return;
    for (const CellSpan &span : model->cellSpans(row, version)) {
        if (span.change != activeChange || span.version != version)
            continue;
        painter.save();
        painter.setPen(QPen(strongColor(colors.selection, colors.isDark()), 1.5));
        painter.setBrush(Qt::NoBrush);
        const qsizetype end = span.offset + std::max<qsizetype>(span.length, 0);
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            const qsizetype lineStart = line.textStart();
            const qsizetype lineEnd = lineStart + line.textLength();
            if (end < lineStart || span.offset > lineEnd)
                continue;
            const qreal x1 = line.cursorToX(int(std::max(span.offset, lineStart)));
            const qreal x2 = line.cursorToX(int(std::min(end, lineEnd)));
            const QRectF box(
                origin.x() + x1 - 2, origin.y() + line.y(), std::max(4.0, x2 - x1 + 4), line.height());
            painter.drawRoundedRect(box, 3, 3);
        }
        painter.restore();
        return;
    }
}

} // namespace Parallax
