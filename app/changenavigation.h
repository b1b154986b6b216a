// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "present/changecolors.h"

#include <QColor>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Parallax {

class ComparisonModel;

// Moving through the reading view by what is in its cells, without the view: the cells are visited in
// reading order (displayed row by row, then column by column).

// Whether a cell is a stop of "next change". kind -1: any change, added, dropped or moved sentence;
// otherwise an int(ChangeKind). The base column is never a stop: its changes are the others'.
bool isChangeStop(const ComparisonModel &model, int row, int version, int kind);
// Whether a cell (never the base's) holds a substantive change of the reason; without a reason, one
// the model's reason filter does not mute.
bool hasChangeOfReason(
    const ComparisonModel &model, int row, int version, std::optional<ChangeReason> reason);
// The reason "next change of this reason" follows from a cell: that of `preferredChange` (the change
// the reader clicked) when it is a substantive change shown in the cell, else that of the cell's first
// substantive change in reading order; nullopt when the cell has none. In the base column the changes
// are those of the versions beside it.
std::optional<ChangeReason> reasonAt(const ComparisonModel &model, int row, int version, int preferredChange);
// Whether a cell holds a quotation that reads differently from its reference.
bool hasDivergentQuote(const ComparisonModel &model, int row, int version);

struct CellPosition
{
    int row = -1;
    int version = -1;
};

// The first cell after (forward) or before the current one, in rows (model rows, displayed order) and
// columns (versions, column order), that accept takes. Without a current cell among them, the search
// starts at the beginning (forward) or the end.
std::optional<CellPosition> stepInReadingOrder(const QList<int> &rows, const QList<int> &columns,
    CellPosition current, bool forward, const std::function<bool(int row, int version)> &accept);

// Occurrences of text (case-insensitive) in the given cells.
int countMatches(
    const ComparisonModel &model, const QList<int> &rows, const QList<int> &columns, const QString &text);

// Per model row, the colour of its strongest change among the given columns (substantive, wording,
// moved, added or dropped, spelling, typography), or an invalid colour: the overview strip's marks.
QList<QColor> rowMarkColors(
    const ComparisonModel &model, const QList<int> &columns, const ChangeColors &colors);

} // namespace Parallax
