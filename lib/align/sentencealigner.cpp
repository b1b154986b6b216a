// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/comparator.h"

namespace Parallax {

// Interim: rows by sentence index.
Comparison compareVersions(QList<Version> versions, const CompareOptions &, QList<LoadError> errors)
{
    Comparison c;
    c.versions = std::move(versions);
    c.errors = std::move(errors);
    qsizetype n = 0;
    for (const Version &v : c.versions)
        n = std::max(n, v.sentences.size());
    for (qsizetype r = 0; r < n; ++r) {
        AlignedRow row;
        for (const Version &v : c.versions) {
            const bool has = r < v.sentences.size();
            row.cells.append(has ? int(r) : -1);
            row.spans.append(has ? 1 : 0);
            row.status.append(has ? CellStatus::Same : CellStatus::Absent);
            row.moveTarget.append(-1);
        }
        c.rows.append(row);
    }
    return c;
}

} // namespace Parallax
