// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowgeometry.h"

#include <algorithm>

namespace Parallax {

void RowGeometry::setRows(
    const QList<int> &rows, int rowCount, const std::function<Height(int row)> &heightOf)
{
    const int anchorRow = m_rows.value(m_anchor, 0);
    m_rows = rows;
    m_displayIndex.fill(-1, rowCount);
    m_heights.resize(m_rows.size());
    m_exact.resize(m_rows.size());
    for (qsizetype d = 0; d < m_rows.size(); ++d) {
        m_displayIndex[m_rows.at(d)] = int(d);
        const Height h = heightOf(m_rows.at(d));
        m_heights[d] = h.pixels;
        m_exact[d] = h.exact;
    }
    // Keep the same sentence at the top: the first displayed row at or after the previous one.
    m_anchor = 0;
    for (qsizetype d = 0; d < m_rows.size(); ++d) {
        if (m_rows.at(d) >= anchorRow) {
            m_anchor = int(d);
            break;
        }
    }
    updateTops();
}

void RowGeometry::clear()
{
    m_rows.clear();
    m_displayIndex.clear();
    m_heights.clear();
    m_exact.clear();
    m_tops = { 0 };
    m_anchor = 0;
    m_anchorOffset = 0;
}

void RowGeometry::estimateAll(const std::function<int(int row)> &estimate)
{
    for (qsizetype d = 0; d < m_rows.size(); ++d) {
        m_exact[d] = false;
        m_heights[d] = estimate(m_rows.at(d));
    }
    updateTops();
}

int RowGeometry::displayIndex(int row) const
{
    return row >= 0 && row < m_displayIndex.size() ? m_displayIndex.at(row) : -1;
}

int RowGeometry::displayIndexAt(int contentY) const
{
    if (m_rows.isEmpty() || contentY < 0)
        return m_rows.isEmpty() ? -1 : 0;
    // The tops are sorted: the row is the last one whose top is at or above y.
    auto it = std::upper_bound(m_tops.begin(), m_tops.end() - 1, contentY);
    const int index = int(it - m_tops.begin()) - 1;
    return std::clamp(index, 0, int(m_rows.size()) - 1);
}

bool RowGeometry::hasEstimates() const
{
    return std::find(m_exact.begin(), m_exact.end(), false) != m_exact.end();
}

bool RowGeometry::setMeasured(int displayIndex, int height)
{
    m_exact[displayIndex] = true;
    if (m_heights.at(displayIndex) == height)
        return false;
    m_heights[displayIndex] = height;
    return true;
}

void RowGeometry::updateTops()
{
    m_tops.resize(m_heights.size() + 1);
    int y = 0;
    for (qsizetype d = 0; d < m_heights.size(); ++d) {
        m_tops[d] = y;
        y += m_heights.at(d);
    }
    m_tops[m_heights.size()] = y;
}

void RowGeometry::setAnchor(int displayIndex, int offset)
{
    m_anchor = displayIndex;
    m_anchorOffset = offset;
}

void RowGeometry::setAnchorFromY(int contentY)
{
    m_anchor = std::max(0, displayIndexAt(contentY));
    m_anchorOffset = contentY - m_tops.value(m_anchor, 0);
}

} // namespace Parallax
