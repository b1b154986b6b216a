// SPDX-License-Identifier: GPL-3.0-or-later
// Words selected inside one cell: dragged with the mouse, a word by a double click, extended with
// Shift+arrows; Ctrl+C copies them (the whole cell when nothing is selected). A selection stays inside
// the cell where it started: cells of different versions are not one text.
#include "sidebysideview.h"
#include "sidebysideview_p.h"

#include "present/comparisonmodel.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Parallax {

bool SideBySideView::Private::hasSelection() const
{
    return current.isValid() && selectionAnchor >= 0 && selectionCursor >= 0
        && selectionAnchor != selectionCursor;
}

QString SideBySideView::selectedText() const
{
    if (!d->hasSelection())
        return {};
    const QString text = d->model->cellText(d->current.row(), d->current.column());
    const int from = std::min(d->selectionAnchor, d->selectionCursor);
    const int to = std::max(d->selectionAnchor, d->selectionCursor);
    return text.mid(from, to - from);
}

QString SideBySideView::copyText() const
{
    if (!d->current.isValid())
        return {};
    const QString selected = selectedText();
    return selected.isEmpty() ? d->model->cellText(d->current.row(), d->current.column()) : selected;
}

// The text position nearest to a viewport point, in the cell's text (lines above or below the text count
// as its first or last line, so dragging past the cell still selects to its ends); -1 without text.
int SideBySideView::Private::cursorAt(const QPoint &pos, int row, int version) const
{
    const CellLayout *layout = cellLayout(row, version);
    const QRect cell = q->cellRect(row, version);
    if (!layout || cell.isNull() || layout->layout.lineCount() == 0)
        return -1;
    const QPointF local = QPointF(pos) - QPointF(cell.left() + padX, cell.top() + padY);
    if (local.y() < 0)
        return local.x() < 0 ? 0 : layout->layout.lineAt(0).xToCursor(local.x());
    for (int i = 0; i < layout->layout.lineCount(); ++i) {
        const QTextLine line = layout->layout.lineAt(i);
        if (local.y() < line.y() + line.height() + leading / 2)
            return line.xToCursor(local.x());
    }
    return int(layout->layout.text().size());
}

void SideBySideView::Private::appendSelection(
    QList<QTextLayout::FormatRange> &ranges, int row, int version) const
{
    if (!hasSelection() || current.row() != row || current.column() != version)
        return;
    QTextLayout::FormatRange range;
    range.start = std::min(selectionAnchor, selectionCursor);
    range.length = std::abs(selectionAnchor - selectionCursor);
    const QPalette &pal = q->palette();
    range.format.setBackground(pal.color(QPalette::Active, QPalette::Highlight));
    range.format.setForeground(pal.color(QPalette::Active, QPalette::HighlightedText));
    ranges.append(range);
}

void SideBySideView::mouseMoveEvent(QMouseEvent *event)
{
    if (!d->selecting || !(event->buttons() & Qt::LeftButton) || !d->current.isValid()) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const int cursor = d->cursorAt(event->position().toPoint(), d->current.row(), d->current.column());
    if (cursor >= 0 && cursor != d->selectionCursor) {
        d->selectionCursor = cursor;
        viewport()->update(cellRect(d->current.row(), d->current.column()));
    }
}

void SideBySideView::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event);
    if (event->button() != Qt::LeftButton || !d->current.isValid() || d->selectionAnchor < 0)
        return;
    // The word under the pointer, as in any text.
    const QString text = d->model->cellText(d->current.row(), d->current.column());
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(std::min(d->selectionAnchor, int(text.size())));
    const bool atEnd = d->selectionAnchor >= text.size();
    const int start = words.isAtBoundary() && !atEnd ? d->selectionAnchor : int(words.toPreviousBoundary());
    words.setPosition(std::max(0, start));
    const int end = int(words.toNextBoundary());
    if (start >= 0 && end > start) {
        d->selectionAnchor = start;
        d->selectionCursor = end;
    }
    d->selecting = false;
    viewport()->update();
}

// Shift+Left/Right moves the selection's end by a character, with Ctrl by a word. Returns false for
// other keys, which move between cells as before.
bool SideBySideView::Private::extendSelection(QKeyEvent *event)
{
    const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
    if (!horizontal || !(event->modifiers() & Qt::ShiftModifier) || !current.isValid())
        return false;
    const QString text = model->cellText(current.row(), current.column());
    if (text.isEmpty())
        return false;
    const bool forward = event->key() == Qt::Key_Right;
    if (selectionAnchor < 0 || selectionCursor < 0)
        selectionAnchor = selectionCursor = forward ? 0 : int(text.size());
    int cursor = selectionCursor;
    if (event->modifiers() & Qt::ControlModifier) {
        QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
        words.setPosition(cursor);
        const qsizetype next = forward ? words.toNextBoundary() : words.toPreviousBoundary();
        cursor = next < 0 ? (forward ? int(text.size()) : 0) : int(next);
    } else {
        cursor += forward ? 1 : -1;
    }
    selectionCursor = std::clamp(cursor, 0, int(text.size()));
    q->viewport()->update();
    return true;
}

} // namespace Parallax
