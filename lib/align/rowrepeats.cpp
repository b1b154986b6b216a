// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowrepeats_p.h"

#include <QHash>

#include <algorithm>

namespace Parallax {

namespace {

// The only cell of the row, a single sentence of one version, in no move; -1 otherwise.
int loneVersion(const BuildRow &r)
{
    int version = -1;
    for (int w = 0; w < r.cells.size(); ++w) {
        if (r.moveTo[w] >= 0)
            return -1;
        if (r.cells[w] < 0)
            continue;
        if (version >= 0 || r.spans[w] != 1)
            return -1;
        version = w;
    }
    return version;
}

} // namespace

void joinRepeatedSentences(QList<BuildRow> &rows, const QList<QList<SentenceProfile>> &profiles)
{
    // Each version's sentence -> the row holding it (rows are only emptied below, never moved).
    QHash<std::pair<int, int>, int> rowOf;
    for (int i = 0; i < rows.size(); ++i)
        for (int w = 0; w < rows[i].cells.size(); ++w)
            for (int k = 0; rows[i].cells[w] >= 0 && k < rows[i].spans[w]; ++k)
                rowOf.insert({ w, rows[i].cells[w] + k }, i);
    QList<bool> drop(rows.size(), false);
    bool any = false;
    for (int u = 0; u < rows.size(); ++u) {
        const int v = loneVersion(rows[u]);
        if (v < 0)
            continue;
        const QList<SentenceProfile> &sentences = profiles.at(v);
        const int j = rows[u].cells[v];
        if (sentences.at(j).key.isEmpty())
            continue;
        // The twin before j (at the end of its row's cell) or after it (at the start of its row's cell).
        for (const int twin : { j - 1, j + 1 }) {
            if (twin < 0 || twin >= sentences.size() || sentences.at(twin).key != sentences.at(j).key)
                continue;
            const int t = rowOf.value({ v, twin }, -1);
            if (t < 0 || t == u || drop[t])
                continue;
            BuildRow &target = rows[t];
            const bool after = twin == j - 1;
            if (after ? target.cells[v] + target.spans[v] - 1 != twin : target.cells[v] != twin)
                continue;
            if (!after)
                target.cells[v] = j;
            ++target.spans[v];
            rowOf.insert({ v, j }, t);
            drop[u] = true;
            any = true;
            break;
        }
    }
    if (!any)
        return;
    removeRows(rows, drop);
}

} // namespace Parallax
