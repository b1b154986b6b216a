// SPDX-License-Identifier: GPL-3.0-or-later
// One cell of the reading view: its text laid out, its height, how it is painted and what a point in it
// hits.
#include "cellformats.h"
#include "colormix.h"
#include "sidebysideview.h"
#include "sidebysideview_p.h"

#include "core/labels.h"
#include "present/comparisonmodel.h"

#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace Parallax {

QFont SideBySideView::Private::fontFor(int row, int version) const
{
    QFont f = q->font();
    switch (BlockKind(model->data(model->index(row, version), ComparisonModel::BlockKindRole).toInt())) {
    case BlockKind::Heading:
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.12);
        break;
    case BlockKind::Caption:
        f.setItalic(true);
        break;
    case BlockKind::Paragraph:
    case BlockKind::ListItem:
    case BlockKind::Quote:
        break;
    }
    return f;
}

// Markers (moved here, not in this version) read as notes beside the text.
QFont SideBySideView::Private::markerFont() const
{
    QFont marker = q->font();
    marker.setItalic(true);
    marker.setPointSizeF(q->font().pointSizeF() * 0.9);
    return marker;
}

qreal SideBySideView::Private::layoutText(QTextLayout &layout, const QString &text, const QFont &font) const
{
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    const qreal width = std::max(20, columnWidth - 2 * padX - 1);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + leading / 2));
        y += line.height() + leading;
    }
    layout.endLayout();
    return y;
}

bool SideBySideView::Private::hasMarker(int row, int version) const
{
    if (model->cellTextLength(row, version) == 0)
        return false;
    // A sentence that also says other rows ("merged from", AlignedRow::alsoRows) names them too.
    return (model->cellStatus(row, version) == CellStatus::Moved
               && model->comparison().rows.at(row).moveTarget.value(version, -1) >= 0)
        || !model->comparison().rows.at(row).alsoRows.value(version).isEmpty();
}

QString SideBySideView::Private::markerText(int row, int version) const
{
    const int target = model->comparison().rows.at(row).moveTarget.value(version, -1);
    const bool empty = model->cellTextLength(row, version) == 0;
    if (target >= 0) {
        if (empty)
            return target > row ? tr("moved down ↓") : tr("moved up ↑");
        return target < row ? tr("↑ moved here from above") : tr("↓ moved here from below");
    }
    const QList<int> also = model->comparison().rows.at(row).alsoRows.value(version);
    if (!empty && !also.isEmpty()) {
        QStringList numbers;
        for (int r : also)
            numbers.append(QString::number(r + 1));
        return also.size() == 1 ? tr("also says row %1").arg(numbers.first())
                                : tr("also says rows %1").arg(numbers.join(QStringLiteral(", ")));
    }
    // Page furniture left out by another outlet is not worth a marker.
    if (empty && version != model->comparison().base && !model->comparison().rows.at(row).boilerplate) {
        const int base = model->comparison().base;
        if (model->cellTextLength(row, base) > 0)
            return tr("not in this version");
    }
    return {};
}

SideBySideView::Private::CellLayout *SideBySideView::Private::cellLayout(int row, int version) const
{
    const qsizetype key = qsizetype(row) * model->columnCount() + version;
    if (CellLayout *cached = layouts.object(key))
        return cached;
    const QString text = model->cellText(row, version);
    if (text.isEmpty())
        return nullptr;
    auto *layout = new CellLayout;
    layout->height = layoutText(layout->layout, text, fontFor(row, version));
    cellHeights[key] = float(layout->height + 2 * padY + (hasMarker(row, version) ? markerHeight : 0));
    layouts.insert(key, layout);
    return layout;
}

int SideBySideView::Private::measureRow(int row) const
{
    if (folds.contains(row))
        return foldLineHeight();
    qreal height = lineHeight + 2 * padY; // room for an absence marker
    // Versions that carry a sentence unchanged (most of a row in a revision series, or among the copies
    // of a wire story) have the same text in the same font and so the same height: it is laid out once
    // per row, not once per version (a hundred columns made measuring a row a hundred layouts).
    QList<std::pair<QString, QFont>> laidOut;
    QList<qreal> laidOutHeight;
    for (int version : columns) {
        const qsizetype key = qsizetype(row) * model->columnCount() + version;
        float known = cellHeights.at(key);
        if (known < 0) {
            const QString text = model->cellText(row, version);
            if (text.isEmpty()) {
                known = 0;
            } else {
                const QFont font = fontFor(row, version);
                qsizetype k = 0;
                while (k < laidOut.size() && (laidOut.at(k).first != text || laidOut.at(k).second != font))
                    ++k;
                if (k == laidOut.size()) {
                    // Measured without keeping the layout: most measured cells are never painted.
                    QTextLayout layout;
                    laidOutHeight.append(layoutText(layout, text, font));
                    laidOut.append({ text, font });
                }
                known = float(laidOutHeight.at(k) + 2 * padY + (hasMarker(row, version) ? markerHeight : 0));
            }
            cellHeights[key] = known;
        }
        height = std::max(height, qreal(known));
    }
    return int(std::ceil(height)) + 1; // the row separator
}

int SideBySideView::Private::estimateRow(int row) const
{
    if (folds.contains(row))
        return foldLineHeight();
    qsizetype longest = 0;
    for (int version : columns)
        longest = std::max(longest, model->cellTextLength(row, version));
    const qreal width = std::max(20, columnWidth - 2 * padX - 1);
    // Word wrapping leaves some room at line ends: count a little more than the bare characters.
    const int lines = std::max(1, int(std::ceil(double(longest) * averageCharWidth * 1.08 / width)));
    return lines * lineHeight + 2 * padY + 1;
}

void SideBySideView::Private::paintRows(QPainter &painter, const QRect &exposed)
{
    const int top = q->verticalScrollBar()->value();
    const int bottom = top + q->viewport()->height();
    const int width = q->viewport()->width();
    const bool frozen = isFrozen();
    // The scrolled columns first, then the frozen one over whatever scrolled under it.
    const int frozenRight = frozen ? columnWidth : 0;
    const int firstScrolled
        = std::max(frozen ? 1 : 0, (frozenRight + q->horizontalScrollBar()->value()) / columnWidth);
    const QColor rule = mixColors(colors.background, colors.text, colors.isDark() ? 0.18 : 0.12);
    painter.save();
    painter.setClipRect(QRect(frozenRight, 0, width - frozenRight, q->viewport()->height()));
    for (int d = std::max(0, rows.displayIndexAt(top)); d < rows.count() && rows.top(d) < bottom; ++d) {
        const int row = rows.row(d);
        const int y = rows.top(d) - top;
        const int height = rows.height(d);
        if (folds.contains(row) || !exposed.intersects(QRect(0, y, width, height)))
            continue;
        for (int c = firstScrolled; c < columns.size(); ++c) {
            const int x = columnX(c);
            if (x >= width)
                break;
            paintCell(painter, QRect(x, y, columnWidth, height - 1), row, columns.at(c));
        }
    }
    // Column rules over the full height, so short rows still read as columns.
    for (int c = firstScrolled; c < columns.size(); ++c) {
        const int x = columnX(c) + columnWidth - 1;
        if (x - columnWidth >= width)
            break;
        painter.fillRect(QRect(x, 0, 1, q->viewport()->height()), rule);
    }
    painter.restore();
    for (int d = std::max(0, rows.displayIndexAt(top)); d < rows.count() && rows.top(d) < bottom; ++d) {
        const int row = rows.row(d);
        const int y = rows.top(d) - top;
        const int height = rows.height(d);
        if (!exposed.intersects(QRect(0, y, width, height)))
            continue;
        if (folds.contains(row))
            paintFold(painter, QRect(0, y, width, height - 1), row);
        else if (frozen)
            paintCell(painter, QRect(0, y, columnWidth, height - 1), row, columns.first());
        painter.fillRect(QRect(0, y + height - 1, width, 1), rule);
    }
    if (frozen)
        paintFrozenEdge(painter);
}

// The frozen base's right edge: a firmer rule, and a shadow while other columns pass under it, so that
// the base reads as standing above the others rather than as one of them.
void SideBySideView::Private::paintFrozenEdge(QPainter &painter)
{
    const int height = q->viewport()->height();
    const bool dark = colors.isDark();
    painter.fillRect(
        QRect(columnWidth - 2, 0, 2, height), mixColors(colors.background, colors.text, dark ? 0.45 : 0.4));
    if (q->horizontalScrollBar()->value() <= 0)
        return;
    QLinearGradient shadow(columnWidth, 0, columnWidth + 8, 0);
    shadow.setColorAt(0, QColor(0, 0, 0, dark ? 140 : 60));
    shadow.setColorAt(1, QColor(0, 0, 0, 0));
    painter.fillRect(QRect(columnWidth, 0, 8, height), shadow);
}

void SideBySideView::Private::paintEmptyHint(QPainter &painter)
{
    painter.setPen(colors.dimmedText);
    QString hint = placeholder;
    if (model && !model->isEmpty())
        hint = tr("Nothing to show: every row is hidden boilerplate or belongs to a hidden version.");
    else if (hint.isEmpty())
        hint = tr("Open a folder of article versions (Ctrl+O) or drop files, a folder or text from a browser "
                  "here.");
    painter.drawText(
        q->viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, hint);
}

// Whose changes the base column highlights: the selected version's, so the base shows the other side of
// exactly what the reader is looking at (and nothing while no other version is selected).
int SideBySideView::Private::focusVersion() const
{
    if (current.isValid() && current.column() != model->comparison().base)
        return current.column();
    return -1;
}

void SideBySideView::Private::paintCell(QPainter &painter, const QRect &rect, int row, int version)
{
    const CellStatus status = model->cellStatus(row, version);
    const bool dark = colors.isDark();
    CellLayout *layout = cellLayout(row, version);
    // An empty cell is tinted only when it marks something (a dropped or moved sentence); beside
    // another version's added sentence it stays plain, or the page turns grey with non-events.
    QColor background = !layout && markerText(row, version).isEmpty() ? QColor() : colors.forStatus(status);
    if (!background.isValid())
        background = colors.background;
    // The selected sentence and its counterparts in every column (and a moved one's other place).
    const bool inCurrentRow = current.isValid() && current.row() == row;
    const bool isMoveCounterpart = current.isValid() && current.column() == version
        && model->comparison().rows.at(current.row()).moveTarget.value(version, -1) == row;
    if (inCurrentRow || isMoveCounterpart)
        background = mixColors(background, colors.selection, dark ? 0.35 : 0.3);
    painter.fillRect(rect.adjusted(0, 0, -1, 0), background);

    if (status == CellStatus::Added || status == CellStatus::Moved) {
        const QColor stripe = strongColor(colors.forStatus(status), dark);
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), stripe);
    }

    if (!layout) {
        paintEmptyCell(painter, rect, row, version, background);
    } else {
        const QPointF origin(rect.left() + padX, rect.top() + padY);
        const QModelIndex index = model->index(row, version);
        const bool isBase = version == model->comparison().base;
        CellFormats formats = cellFormats(layout->layout.text(), model->cellSpans(row, version),
            isBase ? focusVersion() : version, model->quoteSpans(row, version), searchText, colors);
        const bool boilerplate = index.data(ComparisonModel::BoilerplateRole).toBool();
        painter.setPen(boilerplate ? colors.dimmedText : colors.text);
        appendSelection(formats.ranges, row, version);
        layout->layout.draw(&painter, origin, formats.ranges);
        for (const CellSpan &caret : formats.carets) {
            const QTextLine line = layout->layout.lineForTextPosition(int(caret.offset));
            if (!line.isValid())
                continue;
            const qreal x = line.cursorToX(int(caret.offset));
            painter.fillRect(QRectF(origin.x() + x - 1, origin.y() + line.y(), 2.5, line.height()),
                caretColor(caret, colors));
        }
        paintActiveChange(painter, origin, layout->layout, row, version);
        paintStoryPart(
            painter, rect, *layout, SentenceRole(index.data(ComparisonModel::StoryPartRole).toInt()));
        if (hasMarker(row, version)) {
            QFont marker = markerFont();
            marker.setUnderline(true);
            painter.setFont(marker);
            painter.setPen(strongColor(colors.moved, dark));
            painter.drawText(
                markerRect(rect, row, version), Qt::AlignLeft | Qt::AlignVCenter, markerText(row, version));
            painter.setFont(q->font());
        }
    }

    if (current.isValid() && current.row() == row && current.column() == version) {
        QPen pen(strongColor(colors.selection, dark), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect).adjusted(1, 1, -2, -1));
    }
}

// A headline, standfirst, byline or dateline says so in a small tag at the right of its first line (or
// its last, where the first is full), so that a reader sees why differently worded lines share a row.
// Where neither line has room the tooltip still says it.
void SideBySideView::Private::paintStoryPart(
    QPainter &painter, const QRect &rect, const CellLayout &layout, SentenceRole role) const
{
    if (role == SentenceRole::Body || role == SentenceRole::Lede || layout.layout.lineCount() == 0)
        return;
    const QString tag = label(role);
    QFont font = markerFont();
    const QFontMetrics metrics(font);
    const int tagWidth = metrics.horizontalAdvance(tag) + 8;
    const qreal right = rect.width() - 2 * padX;
    for (const int lineIndex : { 0, layout.layout.lineCount() - 1 }) {
        const QTextLine line = layout.layout.lineAt(lineIndex);
        if (line.naturalTextWidth() + tagWidth + 12 > right)
            continue;
        const QRectF box(
            rect.left() + padX + right - tagWidth, rect.top() + padY + line.y(), tagWidth, line.height());
        painter.save();
        painter.setFont(font);
        painter.setPen(colors.dimmedText);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, tag);
        painter.restore();
        return;
    }
}

void SideBySideView::Private::paintEmptyCell(
    QPainter &painter, const QRect &rect, int row, int version, const QColor &background)
{
    const QString text = markerText(row, version);
    if (text.isEmpty())
        return;
    const bool dark = colors.isDark();
    const bool moved = model->comparison().rows.at(row).moveTarget.value(version, -1) >= 0;
    // A visible gap: fine hatching where the sentence would stand, quiet enough to read past.
    const QColor hatch = mixColors(
        colors.background, moved ? strongColor(colors.moved, dark) : colors.text, dark ? 0.22 : 0.16);
    painter.fillRect(rect.adjusted(3, 0, -1, 0), QBrush(hatch, Qt::BDiagPattern));
    QFont marker = markerFont();
    marker.setUnderline(moved);
    painter.setFont(marker);
    painter.setPen(moved ? strongColor(colors.moved, dark) : colors.dimmedText);
    // The label on a background of its own, so the hatching does not run through the words.
    const QRect box = markerRect(rect, row, version);
    const QRect label = painter.fontMetrics()
                            .boundingRect(box, Qt::AlignLeft | Qt::AlignVCenter, text)
                            .adjusted(-4, -1, 4, 1);
    painter.fillRect(label, background);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.setFont(q->font());
}

QRect SideBySideView::Private::markerRect(const QRect &cell, int row, int version) const
{
    if (model->cellTextLength(row, version) == 0)
        return QRect(cell.left() + padX, cell.top() + padY, cell.width() - 2 * padX, lineHeight);
    const CellLayout *layout = cellLayout(row, version);
    const qreal textHeight = layout ? layout->height : 0;
    return QRect(
        cell.left() + padX, cell.top() + padY + int(textHeight), cell.width() - 2 * padX, markerHeight);
}

SideBySideView::Private::Hit SideBySideView::Private::hitTest(const QPoint &pos) const
{
    Hit hit;
    const QModelIndex index = q->indexAt(pos);
    if (!index.isValid())
        return hit;
    hit.kind = folds.contains(index.row()) ? HitKind::Fold : HitKind::Cell;
    hit.row = index.row();
    hit.version = index.column();
    if (hit.kind == HitKind::Fold)
        return hit;
    const QRect cell = q->cellRect(hit.row, hit.version);
    int target = model->comparison().rows.at(hit.row).moveTarget.value(hit.version, -1);
    if (target < 0 && hasMarker(hit.row, hit.version))
        target = model->comparison().rows.at(hit.row).alsoRows.value(hit.version).value(0, -1);
    if (target >= 0 && markerRect(cell, hit.row, hit.version).contains(pos)) {
        hit.kind = HitKind::Marker;
        hit.item = target;
        return hit;
    }
    CellLayout *layout = cellLayout(hit.row, hit.version);
    if (!layout)
        return hit;
    const QPointF local = QPointF(pos) - QPointF(cell.left() + padX, cell.top() + padY);
    for (int i = 0; i < layout->layout.lineCount(); ++i) {
        const QTextLine line = layout->layout.lineAt(i);
        if (local.y() < line.y() - leading / 2 || local.y() >= line.y() + line.height() + leading / 2)
            continue;
        if (local.x() < 0 || local.x() > line.naturalTextWidth() + 2)
            return hit;
        const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        const bool isBase = hit.version == model->comparison().base;
        const int focus = isBase ? focusVersion() : hit.version;
        for (const CellSpan &span : model->cellSpans(hit.row, hit.version)) {
            if (span.version != focus)
                continue;
            const bool inside = span.length > 0 ? cursor >= span.offset && cursor < span.offset + span.length
                                                : std::abs(line.cursorToX(int(span.offset)) - local.x()) <= 4;
            if (inside) {
                hit.kind = HitKind::Span;
                hit.item = span.change;
                return hit;
            }
        }
        for (const QuoteSpan &quote : model->quoteSpans(hit.row, hit.version)) {
            if (cursor >= quote.offset && cursor < quote.offset + quote.length) {
                hit.kind = HitKind::Quote;
                hit.item = quote.group;
                hit.variant = quote.variant;
                return hit;
            }
        }
        return hit;
    }
    return hit;
}

QString SideBySideView::Private::describe(const Hit &hit) const
{
    switch (hit.kind) {
    case HitKind::None:
        return {};
    case HitKind::Cell:
        return model->describeCell(hit.row, hit.version);
    case HitKind::Span:
        return ComparisonModel::describeChange(model->comparison().changes.at(hit.item));
    case HitKind::Quote:
        return model->describeQuoteVariant(hit.item, hit.variant);
    case HitKind::Marker:
        return tr("Go to the other place (row %1)").arg(hit.item + 1);
    case HitKind::Fold:
        return tr(
            "%n row(s) that read the same in every shown version", nullptr, int(folds.value(hit.row).size()));
    }
    return {};
}

} // namespace Parallax
