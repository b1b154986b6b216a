// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the aligner finds beyond its dynamic programme (private to lib/align): pairs in small blocks
// between matched pairs, pieces of splits and merges beside a match or a move, and moves between any two
// versions. Each step is cheap: it looks only at rows and sentences left alone, or at neighbours.

#include "align/rowjoin_p.h"

namespace Parallax {

// A match of the dynamic programme: rows [row, row + rowSpan) of the table with this version's
// sentences [sentence, sentence + span).
struct Match
{
    int row = 0; // index into the rows of the gap
    int rowSpan = 1;
    int sentence = 0;
    int span = 1;
};

// Rows and sentences that the dynamic programme left unmatched between two matched pairs (or the ends of
// a gap, which are identical sentences or the ends of the story) are likelier rewrites of each other than
// a dropped sentence beside an added one: in such a small block (at most ContextBlock rows and sentences)
// a pair aligns from `floor`, the closest pairs first, in order. Bigger blocks are left as they are, since
// there the context says little.
constexpr int ContextBlock = 6;
QList<Match> pairBetweenMatches(const QList<Match> &found, int r0, int s0, int n, int m, double floor,
    const std::function<double(int, int)> &sim, const std::function<bool(int, int)> &plain);

// Moves between any two versions, not only against the base: a sentence on a row the base lacks that says
// what another row says (at least `floor` similar to one of its cells; `headerFloor` where either is a
// headline, standfirst, byline or dateline), where its version has nothing, is linked to that row as a
// move (both rows point at each other). Run after the rows are joined, so that what can share a row does.
// Skipped where rows without the base times all rows exceed `maxCells`.
void linkMovesBetweenVersions(QList<BuildRow> &rows, int base, const StorySimilarity &story,
    const QList<Version> &versions, const QList<QList<SentenceProfile>> &profiles, double floor,
    double headerFloor, qsizetype maxCells);

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

} // namespace Parallax
