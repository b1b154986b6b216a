// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where each row of the aligner's growing table stands, by row id (private to lib/align), made on the
// first look-up only: a version's passes look up rows in a move, and most versions have few or none, so a
// table of thousands of rows costs no hash of every row per pass and version (fifty versions that share
// nothing made that a tenth of their alignment).

#include "align/rowjoin_p.h"

#include <algorithm>
#include <vector>

namespace Parallax {

class RowIndex
{
public:
    explicit RowIndex(const QList<BuildRow> &rows)
        : m_rows(rows)
    { }

    // The index of the row with this id; 0 for an id no row has (as QHash::value gave). Ids are counted up
    // from 0 as rows are made, so a vector indexed by id holds them in the number of rows ever made.
    int of(int id)
    {
        if (!m_built)
            build();
        return id >= 0 && size_t(id) < m_index.size() && m_index[size_t(id)] >= 0 ? m_index[size_t(id)] : 0;
    }
    // The row with this id now stands at `index` (a row removed in place keeps the id -1, which is never
    // indexed).
    void moved(int id, int index)
    {
        if (m_built && id >= 0 && size_t(id) < m_index.size())
            m_index[size_t(id)] = index;
    }

private:
    void build()
    {
        int top = -1;
        for (const BuildRow &r : m_rows)
            top = std::max(top, r.id);
        m_index.assign(size_t(top + 1), -1);
        for (int i = 0; i < int(m_rows.size()); ++i)
            if (m_rows[i].id >= 0)
                m_index[size_t(m_rows[i].id)] = i;
        m_built = true;
    }

    const QList<BuildRow> &m_rows;
    std::vector<int> m_index;
    bool m_built = false;
};

} // namespace Parallax
