// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/rowfolding.h"

namespace Parallax::RowFolding {

bool readsTheSame(const CellIndex &index, int row, const QList<int> &versions, bool cosmeticShown)
{
    const Comparison &c = index.comparison();
    // A cell the alignment found the same as the base's, or (while cosmetic changes are hidden) changed
    // from it only by typography or spelling, reads as the base does.
    const auto readsAsBase = [&](int version) {
        if (version == c.base)
            return true;
        const CellStatus status = c.rows.at(row).status.value(version, CellStatus::Same);
        return status == CellStatus::Same
            || (!cosmeticShown && status == CellStatus::Changed
                && index.shownStatus(row, version, false) == CellStatus::Same);
    };
    int reference = -1;
    QString referenceText;
    for (const int version : versions) {
        if (!index.isCell(row, version))
            continue;
        const QString text = index.text(row, version).simplified();
        if (reference < 0) {
            reference = version;
            referenceText = text;
            continue;
        }
        if (text.isEmpty() != referenceText.isEmpty())
            return false;
        if (text.isEmpty() || text == referenceText)
            continue;
        if (!(readsAsBase(version) && readsAsBase(reference)))
            return false;
    }
    return true;
}

QList<Run> foldableRuns(
    const QList<int> &rows, const std::function<bool(int)> &same, int context, int minimum)
{
    QList<Run> runs;
    const qsizetype n = rows.size();
    qsizetype i = 0;
    while (i < n) {
        if (!same(rows.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && same(rows.at(end)))
            ++end;
        // Context only where the run borders a differing row, not at the start or end of the text.
        const qsizetype first = i == 0 ? i : i + context;
        const qsizetype last = end == n ? end : end - context;
        if (last - first >= minimum)
            runs.append({ first, last - first });
        i = end;
    }
    return runs;
}

} // namespace Parallax::RowFolding
