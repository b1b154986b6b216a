// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "merged from" mark of the reports (private to lib/report): a sentence that also says other rows
// (AlignedRow::alsoRows) names them beside its cell, as the window does.

#include <QList>
#include <QString>

namespace Parallax {

// "also says row 12" or "also says rows 12, 14" (rows counted from 1, as printed); empty for no rows.
QString alsoSaysText(const QList<int> &rows);

} // namespace Parallax
