// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowjoin_p.h"

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

} // namespace Parallax
