// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecounts.h"

namespace Parallax {

ChangeCounts ChangeCounts::of(const Comparison &comparison, int version, bool withBoilerplate)
{
    ChangeCounts counts;
    for (const Change &change : comparison.changes) {
        if (change.version == version)
            ++counts.byKind[std::size_t(change.kind)];
    }
    for (const AlignedRow &row : comparison.rows) {
        if (row.boilerplate && !withBoilerplate)
            continue;
        const CellStatus status = row.status.value(version, CellStatus::Same);
        const bool hasSentence = row.cells.value(version, -1) >= 0;
        counts.added += status == CellStatus::Added && hasSentence ? 1 : 0;
        counts.absent += status == CellStatus::Absent ? 1 : 0;
        counts.moved += status == CellStatus::Moved && hasSentence ? 1 : 0;
    }
    return counts;
}

} // namespace Parallax
