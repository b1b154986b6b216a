// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/cellindex.h"

#include <QList>

#include <functional>

namespace Parallax {

// "Differences only", as diff tools offer it: runs of rows that read the same in every shown version
// fold into one line ("12 identical sentences") the reader can open. Which versions count is the
// reader's choice: the versions shown, so hiding a version filters for rows where the others differ.
namespace RowFolding {

// A stretch of displayed rows folded into one line: positions in the list of displayed rows.
struct Run
{
    qsizetype first = 0;
    qsizetype count = 0;
};

// Whether a row reads the same in all of the versions: each has text there or none has, and the texts
// are equal (white space aside). While cosmetic changes are hidden, cells that differ from the base only
// by typography or spelling count as the base's.
bool readsTheSame(const CellIndex &index, int row, const QList<int> &versions, bool cosmeticShown);

// The runs of consecutive rows for which same() holds, each shortened by `context` rows next to a row
// that differs (so a change keeps its surroundings in view), and kept only when at least `minimum` rows
// remain: folding one or two rows into a line of their own saves nothing.
QList<Run> foldableRuns(
    const QList<int> &rows, const std::function<bool(int row)> &same, int context = 1, int minimum = 3);

} // namespace RowFolding

} // namespace Parallax
