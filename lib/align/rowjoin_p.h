// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The aligner's row table while it grows, and the pass that joins rows of different versions that say
// the same (private to lib/align).

#include "align/sentencealigner.h"
#include "align/similarity.h"
#include "core/comparison.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Parallax {

// A row while the table grows; ids stay stable while rows are inserted.
struct BuildRow
{
    int id = 0;
    QList<int> cells; // per version, -1 for none
    QList<int> spans;
    QList<int> moveTo; // per version: id of the partner row of a move, -1 for none
    int repVersion = -1;
    int repSentence = -1;
    int repSpan = 0;
};

// Removes the rows whose `drop` flag is set, keeping the others in order.
void removeRows(QList<BuildRow> &rows, const QList<bool> &drop);

// Rows are built one version at a time, so two versions that both lack the base's sentence, or that
// place one sentence on either side of another version's, can end up on two rows. Joins two rows when
// no version has a cell in both, `same` says they hold the same sentence, and every version moved keeps
// its order (no row between the two has a cell of that version). Rows in a move stay as they are.
// `window` bounds how far apart two rows may be.
void joinCompatibleRows(QList<BuildRow> &rows, int window, const std::function<bool(int, int)> &same);

// Whether two rows hold the same sentence: an identical text; the same top-of-story role; or, outside
// page furniture, two cells at least `floor` similar.
bool rowsSaySame(const BuildRow &x, const BuildRow &y, const StorySimilarity &story,
    const QList<Version> &versions, const QList<QList<SentenceProfile>> &profiles, double floor);

// The finished rows: cells, spans, move targets (row indices; indexOfId maps row ids to them), statuses
// against the base and the boilerplate flag.
QList<AlignedRow> finishRows(const QList<BuildRow> &rows, int base, const QList<Version> &versions,
    const QList<QList<SentenceProfile>> &profiles, const QHash<int, int> &indexOfId);

} // namespace Parallax
