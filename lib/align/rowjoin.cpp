// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowjoin_p.h"

#include "align/roles.h"

#include <algorithm>

namespace Parallax {

namespace {

bool inMove(const BuildRow &r)
{
    for (int m : r.moveTo)
        if (m >= 0)
            return true;
    return false;
}

} // namespace

void removeRows(QList<BuildRow> &rows, const QList<bool> &drop)
{
    QList<BuildRow> kept;
    kept.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        if (!drop[i])
            kept.append(std::move(rows[i]));
    rows = std::move(kept);
}

void joinCompatibleRows(QList<BuildRow> &rows, int window, const std::function<bool(int, int)> &same)
{
    for (int b = 1; b < rows.size(); ++b) {
        if (inMove(rows[b]))
            continue;
        const int nv = int(rows[b].cells.size());
        for (int a = b - 1; a >= 0 && a >= b - window; --a) {
            const BuildRow &x = rows[a], &y = rows[b];
            bool disjoint = !inMove(x);
            for (int w = 0; w < nv && disjoint; ++w)
                disjoint = x.cells[w] < 0 || y.cells[w] < 0;
            if (!disjoint)
                continue;
            // Which way keeps every version's order: b's cells up to a, or a's cells down to b.
            bool up = true, down = true;
            for (int k = a + 1; k < b; ++k)
                for (int w = 0; w < nv; ++w) {
                    if (rows[k].cells[w] < 0)
                        continue;
                    up = up && y.cells[w] < 0;
                    down = down && x.cells[w] < 0;
                }
            if ((!up && !down) || !same(a, b))
                continue;
            const int to = up ? a : b, from = up ? b : a;
            for (int w = 0; w < nv; ++w)
                if (rows[from].cells[w] >= 0) {
                    rows[to].cells[w] = rows[from].cells[w];
                    rows[to].spans[w] = rows[from].spans[w];
                }
            rows.removeAt(from);
            --b; // the next row to look at is now at b
            break;
        }
    }
}

bool rowsSaySame(const BuildRow &x, const BuildRow &y, const StorySimilarity &story,
    const QList<Version> &versions, const QList<QList<SentenceProfile>> &profiles, double floor)
{
    const int nv = int(x.cells.size());
    for (int w = 0; w < nv; ++w) {
        if (x.cells[w] < 0 || x.spans[w] != 1)
            continue;
        const QString &key = profiles.at(w).at(x.cells[w]).key;
        for (int u = 0; u < nv; ++u)
            if (y.cells[u] >= 0 && y.spans[u] == 1 && profiles.at(u).at(y.cells[u]).key == key)
                return true;
    }
    const SentenceRole rx = versions.at(x.repVersion).sentences.at(x.repSentence).role;
    const SentenceRole ry = versions.at(y.repVersion).sentences.at(y.repSentence).role;
    if (isHeaderRole(rx) || isHeaderRole(ry))
        return rx == ry;
    if (profiles.at(x.repVersion).at(x.repSentence).boilerplate
        || profiles.at(y.repVersion).at(y.repSentence).boilerplate)
        return false;
    if (isSubheading(versions.at(x.repVersion).sentences.at(x.repSentence))
        != isSubheading(versions.at(y.repVersion).sentences.at(y.repSentence)))
        return false;
    for (int w = 0; w < nv; ++w) {
        if (x.cells[w] < 0)
            continue;
        const StorySimilarity::Bag p = story.bag(w, x.cells[w], x.spans[w]);
        for (int u = 0; u < nv; ++u) {
            if (y.cells[u] < 0)
                continue;
            const StorySimilarity::Bag q = story.bag(u, y.cells[u], y.spans[u]);
            // Dice cannot exceed 2 min / sum: bags of very different weight need no comparison.
            if (2 * std::min(p.weight, q.weight) >= floor * (p.weight + q.weight)
                && story.similarity(p, q) >= floor)
                return true;
        }
    }
    return false;
}

QList<AlignedRow> finishRows(const QList<BuildRow> &rows, int base, const QList<Version> &versions,
    const QList<QList<SentenceProfile>> &profiles, const QHash<int, int> &indexOfId)
{
    const int nv = int(versions.size());
    const Version &baseVersion = versions.at(base);
    QList<AlignedRow> out;
    out.reserve(rows.size());
    for (const BuildRow &r : rows) {
        AlignedRow a;
        a.cells = r.cells;
        a.spans = r.spans;
        a.moveTarget = QList<int>(nv, -1);
        a.status = QList<CellStatus>(nv, CellStatus::Absent);
        bool allBoilerplate = true;
        for (int w = 0; w < nv; ++w) {
            if (r.moveTo[w] >= 0)
                a.moveTarget[w] = indexOfId.value(r.moveTo[w]);
            if (r.cells[w] >= 0)
                allBoilerplate = allBoilerplate && profiles.at(w).at(r.cells[w]).boilerplate;
        }
        a.boilerplate = allBoilerplate;
        for (int w = 0; w < nv; ++w) {
            if (r.cells[w] < 0)
                a.status[w] = r.moveTo[w] >= 0 ? CellStatus::Moved : CellStatus::Absent;
            else if (w == base)
                a.status[w] = CellStatus::Same;
            else if (r.cells[base] < 0)
                a.status[w] = r.moveTo[w] >= 0 ? CellStatus::Moved : CellStatus::Added;
            else
                a.status[w] = baseVersion.cellText(r.cells[base], r.spans[base])
                        == versions.at(w).cellText(r.cells[w], r.spans[w])
                    ? CellStatus::Same
                    : CellStatus::Changed;
        }
        out.append(a);
    }
    return out;
}

} // namespace Parallax
