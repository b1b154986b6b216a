// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

namespace Parallax {

// Where the rows of the reading view stand, without any widget: which model rows are displayed and in
// what order, each displayed row's height (exact once measured, estimated until then), the content y
// of every row's top, and the anchor: the displayed row at the top of the viewport and how many pixels
// of it are scrolled out of view. Heights settle in idle time; keeping the anchor (not the scroll
// value) is what keeps the reader's row in place meanwhile.
//
// "Display index" counts displayed rows; "row" is a model row.
class RowGeometry
{
public:
    // A row's height as it is first known: measured (exact) or estimated.
    struct Height
    {
        int pixels = 0;
        bool exact = false;
    };

    // Displays rows (model rows, ascending) out of rowCount model rows. The anchor moves to the first
    // displayed row at or after the model row it was on, so hiding or showing rows keeps the reader's
    // place; its offset stays.
    void setRows(const QList<int> &rows, int rowCount, const std::function<Height(int row)> &heightOf);
    // Forgets everything (a new comparison): no rows, the anchor at the top.
    void clear();
    // Every row estimated again (the column width or the font changed).
    void estimateAll(const std::function<int(int row)> &estimate);

    int count() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QList<int> &rows() const { return m_rows; }
    int row(int displayIndex) const { return m_rows.at(displayIndex); }
    // The display index of a model row, -1 when it is not displayed.
    int displayIndex(int row) const;
    bool isDisplayed(int row) const { return displayIndex(row) >= 0; }

    int top(int displayIndex) const { return m_tops.at(displayIndex); }
    int height(int displayIndex) const { return m_heights.at(displayIndex); }
    int bottom(int displayIndex) const { return m_tops.at(displayIndex + 1); }
    int totalHeight() const { return m_tops.isEmpty() ? 0 : m_tops.last(); }
    // The displayed row at content y (the first or last one beyond the ends); -1 without rows.
    int displayIndexAt(int contentY) const;

    bool isExact(int displayIndex) const { return m_exact.at(displayIndex); }
    bool hasEstimates() const;
    // Records a measured height; true when it differs from what was assumed. The tops follow only in
    // updateTops(), so several rows can be measured first.
    bool setMeasured(int displayIndex, int height);
    void updateTops();

    int anchor() const { return m_anchor; }
    int anchorOffset() const { return m_anchorOffset; }
    void setAnchor(int displayIndex, int offset);
    // The content y that shows the anchor where it was.
    int anchorY() const { return m_tops.value(m_anchor, 0) + m_anchorOffset; }
    // The anchor for a scroll position set from outside (the scroll bar).
    void setAnchorFromY(int contentY);

private:
    QList<int> m_rows; // model rows displayed, in order
    QList<int> m_displayIndex; // model row -> display index, or -1
    QList<int> m_heights; // per displayed row: exact or estimated
    QList<bool> m_exact; // per displayed row
    QList<int> m_tops = { 0 }; // per displayed row plus one: the content y of its top
    int m_anchor = 0;
    int m_anchorOffset = 0;
};

} // namespace Parallax
