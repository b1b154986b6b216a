// SPDX-License-Identifier: GPL-3.0-or-later
// The view's side of moving: by the keyboard, by changes, quotations and search matches, and the
// overview strip's marks; what counts as a stop is in changenavigation.cpp.
#include "changenavigation.h"
#include "sidebysideview.h"
#include "sidebysideview_p.h"

#include <QKeyEvent>
#include <QScrollBar>

namespace Parallax {

// ---- the keyboard -------------------------------------------------------------------------------

void SideBySideView::keyPressEvent(QKeyEvent *event)
{
    if (!d->model || d->rows.isEmpty() || d->columns.isEmpty()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (d->extendSelection(event)) {
        event->accept();
        return;
    }
    const QModelIndex &current = d->current;
    const int row = current.isValid() ? d->rows.displayIndex(current.row()) : -1;
    const int column = current.isValid() ? std::max(0, int(d->columns.indexOf(current.column()))) : 0;
    const int rowCount = d->rows.count();
    const int pageRows = std::max(1, viewport()->height() / std::max(1, d->lineHeight * 3));
    int newRow = row;
    int newColumn = column;
    switch (event->key()) {
    case Qt::Key_Down:
        newRow = row + 1;
        break;
    case Qt::Key_Up:
        newRow = row < 0 ? 0 : row - 1;
        break;
    case Qt::Key_Right:
        newRow = std::max(0, row);
        newColumn = column + 1;
        break;
    case Qt::Key_Left:
        newRow = std::max(0, row);
        newColumn = column - 1;
        break;
    case Qt::Key_PageDown:
        newRow = row + pageRows;
        break;
    case Qt::Key_PageUp:
        newRow = row - pageRows;
        break;
    case Qt::Key_Home:
        newRow = 0;
        break;
    case Qt::Key_End:
        newRow = rowCount - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current.isValid() && d->folds.contains(current.row())) {
            openFold(current.row());
            event->accept();
            return;
        }
        QAbstractScrollArea::keyPressEvent(event);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    newRow = std::clamp(newRow, 0, rowCount - 1);
    newColumn = std::clamp(newColumn, 0, int(d->columns.size()) - 1);
    setCurrentIndex(d->model->index(d->rows.row(newRow), d->columns.at(newColumn)));
    event->accept();
}

// ---- navigation and search ----------------------------------------------------------------------

bool SideBySideView::Private::stepTo(
    bool forward, const std::function<bool(int, int)> &accept, bool intoFolds)
{
    if (!model)
        return false;
    const CellPosition from
        = current.isValid() ? CellPosition { current.row(), current.column() } : CellPosition {};
    // A fold line stands for rows that read the same: nothing there to stop at.
    const std::optional<CellPosition> to = intoFolds
        ? stepInReadingOrder(rowsWithFolded(), columns, from, forward, accept)
        : stepInReadingOrder(rows.rows(), columns, from, forward,
              [&](int row, int version) { return !folds.contains(row) && accept(row, version); });
    if (!to)
        return false;
    q->setCurrentIndex(model->index(to->row, to->version));
    return true;
}

bool SideBySideView::goToChange(bool forward, int kind)
{
    if (d->stepInsideCell(forward, kind))
        return true;
    const bool moved = d->stepTo(
        forward, [this, kind](int row, int version) { return isChangeStop(*d->model, row, version, kind); });
    if (moved)
        d->enterCell(forward, kind);
    return moved;
}

bool SideBySideView::goToReason(bool forward, std::optional<ChangeReason> reason)
{
    return d->stepTo(forward,
        [this, reason](int row, int version) { return hasChangeOfReason(*d->model, row, version, reason); });
}

int SideBySideView::activeChange() const
{
    return d->current.isValid() ? d->activeChange : -1;
}

bool SideBySideView::goToQuoteDivergence(bool forward)
{
    return d->stepTo(
        forward, [this](int row, int version) { return hasDivergentQuote(*d->model, row, version); });
}

void SideBySideView::setSearchText(const QString &text)
{
    if (d->searchText == text)
        return;
    d->searchText = text;
    d->searchMatches = d->countSearchMatches();
    viewport()->update();
}

QString SideBySideView::searchText() const
{
    return d->searchText;
}

int SideBySideView::searchMatchCount() const
{
    return d->searchMatches;
}

bool SideBySideView::findNext(bool forward)
{
    if (d->searchText.isEmpty())
        return false;
    // Folded rows are searched too: a match there opens its fold.
    auto matches = [this](int row, int version) {
        return d->model->cellText(row, version).contains(d->searchText, Qt::CaseInsensitive);
    };
    if (d->stepTo(forward, matches, true))
        return true;
    // Wrap around, like every find bar.
    const QModelIndex before = d->current;
    d->current = {};
    if (d->stepTo(forward, matches, true))
        return true;
    d->current = before;
    return false;
}

int SideBySideView::Private::countSearchMatches() const
{
    return model ? countMatches(*model, rowsWithFolded(), columns, searchText) : 0;
}

// ---- overview -----------------------------------------------------------------------------------

QList<OverviewMark> SideBySideView::overviewMarks() const
{
    QList<OverviewMark> marks;
    const RowGeometry &rows = d->rows;
    if (rows.isEmpty() || rows.totalHeight() <= 0 || !d->model)
        return marks;
    if (d->markColors.isEmpty())
        d->markColors = rowMarkColors(*d->model, d->columns, d->colors);
    const double total = rows.totalHeight();
    for (int index = 0; index < rows.count(); ++index) {
        const QColor &color = d->markColors.at(rows.row(index));
        if (color.isValid())
            marks.append({ rows.top(index) / total, rows.bottom(index) / total, color });
    }
    return marks;
}

double SideBySideView::viewportTopFraction() const
{
    const int total = d->rows.totalHeight();
    return total > 0 ? double(verticalScrollBar()->value()) / total : 0.0;
}

double SideBySideView::viewportFraction() const
{
    const int total = d->rows.totalHeight();
    return total > 0 ? std::min(1.0, double(viewport()->height()) / total) : 1.0;
}

void SideBySideView::scrollToFraction(double fraction)
{
    verticalScrollBar()->setValue(int(fraction * d->rows.totalHeight() - viewport()->height() / 2.0));
}

} // namespace Parallax
