// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One version's pass over the aligner's growing row table (private to lib/align): anchors, the gaps'
// dynamic programme (gapprogramme.cpp), placing the version's sentences, moves, and the pieces of splits
// and merges. SentenceAligner::align runs it once for each version but the base (docs/alignment.md).

#include "align/rowpieces_p.h"
#include "align/rowtexts_p.h"
#include "align/similarity.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Parallax::Internal {

// Alignment thresholds on StorySimilarity (docs/alignment.md): a pair at or above MatchFloor aligns; a pair
// at or above WeakFloor aligns only between two neighbouring pairs at or above StrongFloor (or the ends of a
// gap between identical sentences), since a sentence between two kept ones is likelier to be their rewrite.
constexpr double MatchFloor = 0.42;
constexpr double WeakFloor = 0.22;
constexpr double StrongFloor = 0.5;
constexpr double MoveFloor = 0.5;
constexpr double HeaderMoveFloor = 0.9;
// A split or merge: the joined pieces must match better than the best single piece by this much, and
// each piece must have this share of its weight said by the other side.
constexpr double JoinMargin = 0.05;
// How many rows apart two rows of one sentence may stand and still be joined.
constexpr int JoinWindow = 12;
constexpr double PieceCoverage = 0.4;
// What two headlines (standfirsts, bylines, datelines) of different wording score.
constexpr double RoleFloor = MatchFloor + 0.05;
// How much better a split or merge must explain a sentence than the best one-to-one match.
constexpr double MergeMargin = 0.15;
// Moves are looked for among all pairs of this version's added and emptied rows only up to this many pairs
// (a story makes a few thousand at most); past it each added sentence is compared with a few emptied rows
// (findMoves). Gaps are bounded in align/gapfallback_p.h.
constexpr qsizetype MaxMovePairs = 250'000;
// The same bound for moves between any two versions (rows without the base x all rows), tighter since each
// cell there may compare several bags: a story has a few hundred rows, a pathological input thousands.
constexpr qsizetype MaxMoveCells = 250'000;
// Longer sentences take no part in the steps beyond the programme.
constexpr qsizetype MaxPieceChars = 2'000;

// Cover: the shorter side (at least CoverTerms content terms) has at least CoverShare of its weight said by
// the longer one (or by the row's cells together); it then scores CoverScale times that share, so that a
// sentence said four fifths by the row reaches MoveFloor.
constexpr int CoverTerms = 3;
constexpr double CoverShare = 0.75;
constexpr double CoverScale = 0.625;

// What every version's pass reads.
struct AlignInput
{
    const QList<Version> &versions;
    const QList<QList<SentenceProfile>> &profiles;
    const StorySimilarity &story;
    int base = 0;
};

// A new row holding one version's sentences [sentence, sentence + span); its id is *nextId, counted up.
BuildRow newRow(int *nextId, int versionCount, int version, int sentence, int span);

// Places version v's sentences in the rows. The helpers are public for the gap's programme.
class VersionPass
{
public:
    using Bag = StorySimilarity::Bag;

    // `texts` (may be null) keeps the rows' distinct cells from one version's pass to the next.
    VersionPass(const AlignInput &in, QList<BuildRow> &rows, int v, int *nextId, qsizetype *programmeCells,
        RowTexts *texts = nullptr);
    void run();
    // Step 5 (run() ends with it), and again once every version is placed: the pieces of this version's
    // splits and merges judged against all the other versions' cells, not only those of the versions
    // before it (a later version may say a piece's fact in the words the piece uses).
    void secondLook();

    // The pieces of the rows and of this version's sentences the steps compare.
    SentenceRole role(int version, int sentence) const;
    SentenceRole rowRole(const BuildRow &r) const;
    bool rowBoilerplate(const BuildRow &r) const;
    // Sub-headings (align/roles.h) pair with sub-headings only.
    bool subheading(int version, int sentence) const;
    bool rowSubheading(const BuildRow &r) const { return subheading(r.repVersion, r.repSentence); }
    // Whether a sentence is of a length a person writes (the steps beyond the programme pass over others).
    bool ordinaryLength(int version, int sentence) const;
    // Whether any row holds this text (gathered once, before the rows change).
    bool rowsHoldKey(const QString &key);
    // Whether rows i and i+1 can become one: every version's cells in them adjacent or empty, no move.
    bool mergeable(int i) const;
    // The bags of a row's cells (one per version that has one), which a sentence is compared with: a
    // rewrite may be closer to any earlier version than to the one that opened the row.
    QList<Bag> cellBags(int i) const;
    // The row's cells but this version's, each one-sentence text once (align/rowtexts_p.h).
    RowTexts::Cells rowCells(const BuildRow &r) const;
    double bestSim(const QList<Bag> &cells, const Bag &b) const;
    // bestSim, or where the shorter of a cell and the sentence is said almost whole by the longer (a
    // summary of a long sentence, or a long sentence that adds to a short one), a score for that cover:
    // Dice alone would keep a six-word summary of a thirty-word sentence apart from it.
    double coverSim(const QList<Bag> &cells, const Bag &b) const;
    // Context yields to content (step 3, weakpairs.cpp): a weak pair between matches is not taken where this
    // version's sentence says another row that no match of this pass (nor `found`) has taken at MoveFloor
    // or more (it is that row's rewrite, moved), nor where every cell of the row is a moved sentence whose
    // partner row holds a match of this version (the row's content stands there, said by this version).
    bool saysRowElsewhere(int sentence, int row, const QList<Match> &found);
    bool movedToMatchedRow(int row, const QList<Match> &found) const;
    // Whether a cell of another version holds this version's sentence word for word.
    bool identical(const BuildRow &r, int sentence) const;
    // Two consecutive pieces against the best of some cells: the similarity of the joined pieces, where
    // each piece has at least PieceCoverage of its weight said by the cell; 0 otherwise.
    double joinedSim(const QList<Bag> &cells, const Bag &a, const Bag &b, const Bag &joined) const;

    const AlignInput &in;
    QList<BuildRow> &rows;
    const int v;
    const int nv;
    const QList<SentenceProfile> &sents;
    const StorySimilarity &story;
    // How often each text stands in this version.
    QHash<QString, int> sentCount;

private:
    // 1. Sentences identical after normalisation and unique on both sides, in order: (sentence, row).
    QList<std::pair<int, int>> findAnchors();
    // 2. Between anchors: the dynamic programme (gapprogramme.cpp), or greedy matching past its budget.
    void solveGap(int r0, int r1, int s0, int s1);
    // 3. The row list rebuilt with the matches; returns the indices of the rows this version added.
    QList<int> placeSentences();
    // 4. A sentence this version added that closely matches a row it left empty is a move.
    void findMoves(const QList<int> &newRows);
    struct MoveCandidate
    {
        double sim;
        int from, to; // row indices: the row the version left empty, the row of its added sentence
    };
    // Editors move paragraphs, not lone sentences: a weaker pair (at least WeakFloor) is a move too where
    // the sentence stands right beside a moved sentence of its version and the emptied row right beside
    // that move's emptied row, in the same order (blockmoves.cpp).
    void linkBlockMoves(QList<MoveCandidate> weak);
    // A sentence moved and split in two: two sentences of this version side by side on new rows of their
    // own that together say an emptied row (at least MoveFloor, better than either alone by JoinMargin,
    // each piece saying its own part: joinedSim) become one cell, moved from that row (splitmoves.cpp).
    // Only the emptied rows that step 4 found within reach of either piece are compared (fromsOf: per
    // target, indices into emptied).
    void linkSplitMoves(const QList<int> &emptied, const QList<QList<Bag>> &emptiedBags,
        const QList<int> &targets, const QList<QList<int>> &fromsOf);
    // Links each target whose text stands word for word in exactly one emptied row (and no other target
    // has that text) to that row, and takes both out of the lists (blockmoves.cpp).
    void linkWordForWordMoves(QList<int> &emptied, QList<int> &targets);

    int *nextId;
    qsizetype *programmeCells;
    RowTexts *texts;
    QList<Match> matches;
    QSet<QString> allRowKeys;
    // For saysRowElsewhere: the rows' cells (none for furniture and the top), per sentence the rows that
    // could say it, and, once asked, those that do.
    QList<QList<Bag>> saidBags;
    QList<QList<int>> saidCandidates;
    QHash<int, QList<int>> saidRows;
    bool allRowKeysGathered = false;
};

// The matches of one gap's dynamic programme (rows [r0, r0 + n) x sentences [s0, s0 + m)), with the pairs
// between them (pairBetweenMatches).
QList<Match> programmeMatches(VersionPass &pass, int r0, int n, int s0, int m);

} // namespace Parallax::Internal
