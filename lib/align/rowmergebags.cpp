// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowmergebags_p.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace Parallax {

MergeBags::MergeBags(const QList<AlignedRow> &rows, const QList<Version> &versions,
    const StorySimilarity &story, const QList<bool> &plain)
    : m_rows(rows)
    , m_plain(plain)
{
    const int nv = int(versions.size());
    m_ids.resize(rows.size());
    QHash<QList<int>, int> known;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!plain.at(r))
            continue;
        const AlignedRow &row = rows.at(r);
        QList<int> &ids = m_ids[r];
        ids.fill(-1, nv);
        for (int v = 0; v < nv; ++v) {
            if (row.cells.at(v) < 0)
                continue;
            StorySimilarity::Bag b = story.bag(v, row.cells.at(v), row.spans.at(v));
            const auto found = known.constFind(b.terms);
            if (found != known.cend()) {
                ids[v] = *found;
                continue;
            }
            ids[v] = int(m_bags.size());
            known.insert(b.terms, ids[v]);
            m_bags.append(std::move(b));
        }
    }
}

QList<std::pair<int, int>> MergeBags::pairs(int r, int u, bool alone) const
{
    QList<std::pair<int, int>> out;
    // Most rows give a few distinct pairs: searched in the list itself; a set only past a few dozen.
    constexpr qsizetype Scanned = 32;
    QVarLengthArray<qint64, Scanned> keys;
    QSet<qint64> seen;
    const AlignedRow &row = m_rows.at(r), &other = m_rows.at(u);
    out.reserve(std::min<qsizetype>(other.cells.size(), Scanned));
    for (int w = 0; w < other.cells.size(); ++w) {
        if (other.cells.at(w) < 0 || (!alone && row.cells.at(w) < 0))
            continue;
        const std::pair<int, int> pair { alone ? -1 : id(r, w), id(u, w) };
        const qint64 key = (qint64(pair.first) << 32) | quint32(pair.second);
        if (keys.size() < Scanned) {
            if (std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
                continue;
            keys.append(key);
            if (keys.size() == Scanned)
                seen = QSet<qint64>(keys.cbegin(), keys.cend());
        } else {
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        out.append(pair);
    }
    return out;
}

qsizetype MergeBags::judgements(int r, int u, int minTerms) const
{
    if (!m_plain.at(r) || !m_plain.at(u))
        return 0;
    // Counted, not listed: the window asks this of every row pair, so no sets are made (most rows hold a
    // few distinct bags, sorted and counted in place).
    const AlignedRow &row = m_rows.at(r), &other = m_rows.at(u);
    QVarLengthArray<int, 16> owns;
    int cells = 0;
    for (int v = 0; v < row.cells.size(); ++v) {
        if (row.cells.at(v) < 0)
            continue;
        ++cells;
        if (other.cells.at(v) < 0 && bag(id(r, v)).terms.size() >= minTerms)
            owns.append(id(r, v));
    }
    if (owns.isEmpty())
        return 0;
    const auto distinct = [](auto &list) {
        std::sort(list.begin(), list.end());
        return qsizetype(std::unique(list.begin(), list.end()) - list.begin());
    };
    // The pairs pairs() lists, counted alike.
    const bool alone = cells == 1;
    QVarLengthArray<qint64, 16> keys;
    for (int w = 0; w < other.cells.size(); ++w) {
        if (other.cells.at(w) < 0 || (!alone && row.cells.at(w) < 0))
            continue;
        keys.append((qint64(alone ? -1 : id(r, w)) << 32) | quint32(id(u, w)));
    }
    return distinct(owns) * distinct(keys);
}

int MergeBags::window(int window, int minTerms, qsizetype budget) const
{
    const int nr = int(m_rows.size());
    qsizetype total = 0;
    for (int d = 1; d <= window; ++d) {
        for (int r = 0; r < nr; ++r) {
            if (r - d >= 0)
                total += judgements(r, r - d, minTerms);
            if (r + d < nr)
                total += judgements(r, r + d, minTerms);
        }
        if (total > budget)
            return d - 1;
    }
    return window;
}

} // namespace Parallax
