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

// Moves between any two versions, not only against the base: a sentence on a row the base lacks that says
// what another row says (at least `floor` similar to one of its cells; `headerFloor` where either is a
// headline, standfirst, byline or dateline), where its version has nothing, is linked to that row as a
// move (both rows point at each other). Run after the rows are joined, so that what can share a row does.
void linkMovesBetweenVersions(QList<BuildRow> &rows, int base, const StorySimilarity &story,
    const QList<Version> &versions, const QList<QList<SentenceProfile>> &profiles, double floor,
    double headerFloor);

// After version v's sentences are placed, the pieces of splits the dynamic programme could not see: a
// sentence of v alone on its row, right beside v's sentence(s) of another row, joins that row when at least
// half of its weight is said by one of the row's other cells (or, for a moved sentence, by the cells of the
// row it moved from) and it says a part of that cell the row's sentence of v did not. `plainRow` and
// `plainSentence` leave out page furniture and the top of the story.
void attachSplitPieces(QList<BuildRow> &rows, int v, const StorySimilarity &story,
    const std::function<bool(const BuildRow &)> &plainRow, const std::function<bool(int)> &plainSentence);

// The same for merges: a row without v beside a row with v's sentence is merged into it when that
// sentence says at least half of the row's sentence of another version (which has both rows) and adds to
// what it shares with that version's sentence on its own row; repeated, so a sentence may merge three.
void mergeCoveredRows(QList<BuildRow> &rows, int v, const StorySimilarity &story,
    const std::function<bool(const BuildRow &)> &plainRow);

// The finished rows: cells, spans, move targets (row indices; indexOfId maps row ids to them), statuses
// against the base and the boilerplate flag.
QList<AlignedRow> finishRows(const QList<BuildRow> &rows, int base, const QList<Version> &versions,
    const QList<QList<SentenceProfile>> &profiles, const QHash<int, int> &indexOfId);

} // namespace Parallax
