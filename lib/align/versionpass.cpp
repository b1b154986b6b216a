// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/versionpass_p.h"

#include "align/gapfallback_p.h"
#include "align/gapreach_p.h"
#include "align/roles.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Parallax::Internal {

namespace {

// Gaps of more cells are first asked whether anything can match (align/gapreach_p.h).
constexpr qsizetype LargeGapCells = 4096;

// A sentence's text as a key, hashed by the hash its profile holds; copies of one text share their data
// (SentenceAligner::setVersions) and compare by address first.
struct ProfileKey
{
    const QString *key = nullptr;
    size_t hash = 0;
    explicit ProfileKey(const SentenceProfile &p)
        : key(&p.key)
        , hash(p.keyHash)
    { }
    bool operator==(const ProfileKey &o) const
    {
        return hash == o.hash
            && ((key->constData() == o.key->constData() && key->size() == o.key->size()) || *key == *o.key);
    }
};

size_t qHash(const ProfileKey &k, size_t seed = 0)
{
    return k.hash ^ seed;
}

} // namespace

BuildRow newRow(int *nextId, int versionCount, int version, int sentence, int span)
{
    BuildRow r;
    r.id = (*nextId)++;
    r.cells = QList<int>(versionCount, -1);
    r.spans = QList<int>(versionCount, 0);
    r.moveTo = QList<int>(versionCount, -1);
    r.cells[version] = sentence;
    r.spans[version] = span;
    r.repVersion = version;
    r.repSentence = sentence;
    r.repSpan = span;
    return r;
}

VersionPass::VersionPass(const AlignInput &in, QList<BuildRow> &rows, int v, int *nextId,
    qsizetype *programmeCells, RowTexts *texts)
    : in(in)
    , rows(rows)
    , v(v)
    , nv(int(in.profiles.size()))
    , sents(in.profiles.at(v))
    , story(in.story)
    , nextId(nextId)
    , programmeCells(programmeCells)
    , texts(texts)
{ }

SentenceRole VersionPass::role(int version, int sentence) const
{
    return in.versions.at(version).sentences.at(sentence).role;
}

SentenceRole VersionPass::rowRole(const BuildRow &r) const
{
    return role(r.repVersion, r.repSentence);
}

bool VersionPass::rowBoilerplate(const BuildRow &r) const
{
    return in.profiles.at(r.repVersion).at(r.repSentence).boilerplate;
}

bool VersionPass::subheading(int version, int sentence) const
{
    return isSubheading(in.versions.at(version).sentences.at(sentence));
}

bool VersionPass::ordinaryLength(int version, int sentence) const
{
    // A megabyte without a full stop is not a rewrite of anything, and diffing it would be slow.
    const Sentence &s = in.versions.at(version).sentences.at(sentence);
    return s.end - s.start <= MaxPieceChars;
}

bool VersionPass::rowsHoldKey(const QString &key)
{
    // Gathered when a role pair first asks (most versions have none), which is before the rows change.
    if (!allRowKeysGathered) {
        // Each text of a row once (align/rowtexts_p.h); no row has a cell of this version yet.
        for (const BuildRow &row : std::as_const(rows))
            for (const RowTexts::Cell &c : rowCells(row))
                if (c.span == 1)
                    allRowKeys.insert(in.profiles.at(c.version).at(c.sentence).key);
        allRowKeysGathered = true;
    }
    return allRowKeys.contains(key);
}

bool VersionPass::mergeable(int i) const
{
    const BuildRow &x = rows[i], &y = rows[i + 1];
    for (int w = 0; w < nv; ++w) {
        if (x.cells[w] >= 0 && y.cells[w] >= 0 && x.cells[w] + x.spans[w] != y.cells[w])
            return false;
        if (x.moveTo[w] >= 0 || y.moveTo[w] >= 0)
            return false;
    }
    return true;
}

RowTexts::Cells VersionPass::rowCells(const BuildRow &r) const
{
    if (texts && r.cells[v] < 0)
        return texts->of(r);
    return RowTexts::distinct(in.profiles, r, v);
}

QList<VersionPass::Bag> VersionPass::cellBags(int i) const
{
    // Identical cells are compared once.
    QList<Bag> out;
    for (const RowTexts::Cell &c : rowCells(std::as_const(rows)[i]))
        out.append(story.bag(c.version, c.sentence, c.span));
    return out;
}

double VersionPass::bestSim(const QList<Bag> &cells, const Bag &b) const
{
    double best = 0;
    for (const Bag &c : cells) {
        // Dice can reach at most 2 min(wa, wb) / (wa + wb): skip what cannot reach WeakFloor.
        if (2 * std::min(c.weight, b.weight) < WeakFloor * (c.weight + b.weight))
            continue;
        best = std::max(best, story.similarity(c, b));
    }
    return best;
}

double VersionPass::coverSim(const QList<Bag> &cells, const Bag &b) const
{
    double best = bestSim(cells, b);
    auto consider = [&](const Bag &shorter, const Bag &longer) {
        if (shorter.terms.size() < CoverTerms
            || 2 * shorter.weight < WeakFloor * (shorter.weight + longer.weight))
            return;
        const double cover = story.shared(shorter, longer) / shorter.weight;
        if (cover >= CoverShare)
            best = std::max(best, CoverScale * cover);
    };
    // A sentence shorter than the row's longest cell: said by the row's cells together (each version may
    // keep a different part of what it says).
    Bag together;
    double longest = 0;
    for (const Bag &c : cells) {
        together = together.terms.isEmpty() ? c : story.join(together, c);
        longest = std::max(longest, c.weight);
    }
    if (b.weight < longest)
        consider(b, together);
    // A cell shorter than the sentence: said by it.
    for (const Bag &c : cells)
        if (c.weight < b.weight)
            consider(c, b);
    return best;
}

bool VersionPass::identical(const BuildRow &r, int sentence) const
{
    const RowTexts::Cells cells = rowCells(r);
    return std::any_of(cells.cbegin(), cells.cend(), [&](const RowTexts::Cell &c) {
        return c.span == 1 && in.profiles.at(c.version).at(c.sentence).key == sents[sentence].key;
    });
}

double VersionPass::joinedSim(const QList<Bag> &cells, const Bag &a, const Bag &b, const Bag &joined) const
{
    double best = 0;
    for (const Bag &c : cells)
        if (story.shared(a, c) >= PieceCoverage * a.weight && story.shared(b, c) >= PieceCoverage * b.weight)
            best = std::max(best, story.similarity(c, joined));
    return best;
}

void VersionPass::run()
{
    if (texts)
        texts->prune(rows);
    const QList<std::pair<int, int>> anchors = findAnchors();
    const int nr = int(rows.size()), ns = int(sents.size());
    int pr = 0, ps = 0;
    for (const auto &[s, r] : anchors) {
        solveGap(pr, r, ps, s);
        matches.append({ r, 1, s, 1 });
        pr = r + 1;
        ps = s + 1;
    }
    solveGap(pr, nr, ps, ns);
    findMoves(placeSentences());
    secondLook();
}

void VersionPass::secondLook()
{
    // 5. Splits and merges the programme could not see (a piece beside a move, a piece that also says
    // something of the row before): each piece must say its own part of the row.
    auto plainRow = [&](const BuildRow &r) {
        return !rowBoilerplate(r) && !isHeaderRole(rowRole(r)) && !rowSubheading(r)
            && ordinaryLength(r.repVersion, r.repSentence);
    };
    auto plainSentence = [&](int j) {
        return !sents[j].boilerplate && !isHeaderRole(role(v, j)) && !subheading(v, j)
            && ordinaryLength(v, j);
    };
    attachSplitPieces(rows, v, story, plainRow, plainSentence);
    mergeCoveredRows(rows, v, story, plainRow);
}

QList<std::pair<int, int>> VersionPass::findAnchors()
{
    const int nr = int(rows.size()), ns = int(sents.size());
    // The texts are looked up by the hash each profile holds (SentenceProfile::keyHash): a pass over a
    // hundred revisions otherwise hashed every sentence's text several times over.
    QHash<ProfileKey, int> rowByKey, rowCount;
    // A text several rows hold is still an anchor for a headline (standfirst, byline, dateline) when
    // one of those rows has that role: a page may repeat its headline in the text, and the headline
    // row is where it belongs, before any role-to-role pair of other wording elsewhere.
    QHash<std::pair<ProfileKey, int>, int> headerRowByKey, headerRowCount;
    // Only the rows whose text this version has can be anchors: the others are passed over by the hash
    // of their text, made once per sentence, so that a version that shares little costs little per row.
    QSet<size_t> wanted;
    for (const SentenceProfile &p : sents)
        wanted.insert(p.keyHash);
    for (int i = 0; i < nr; ++i) {
        if (rows[i].repSpan != 1)
            continue;
        const SentenceProfile &rowProfile = in.profiles.at(rows[i].repVersion).at(rows[i].repSentence);
        if (!wanted.contains(rowProfile.keyHash))
            continue;
        const ProfileKey k(rowProfile);
        rowByKey.insert(k, i);
        ++rowCount[k];
        const SentenceRole r = rowRole(rows[i]);
        if (isHeaderRole(r)) {
            headerRowByKey.insert({ k, int(r) }, i);
            ++headerRowCount[{ k, int(r) }];
        }
    }
    for (int j = 0; j < ns; ++j)
        ++sentCount[sents[j].key];
    // A text no row opened may still stand in another cell of one row: in a revision series a sentence
    // an earlier revision edited is carried on word for word by the later ones, whose copy belongs in
    // that row as surely as a copy of the row's first text. Each row counts once per text it holds. Only
    // the texts this version has once and no row opened with are asked for (below).
    QSet<size_t> unopened;
    for (int j = 0; j < ns; ++j)
        if (sentCount.value(sents[j].key) == 1 && !rowCount.contains(ProfileKey(sents[j])))
            unopened.insert(sents[j].keyHash);
    QHash<ProfileKey, int> cellRowByKey, cellRowCount;
    for (int i = 0; i < nr && !unopened.isEmpty(); ++i) {
        // Each text of the row once (align/rowtexts_p.h).
        for (const RowTexts::Cell &c : rowCells(std::as_const(rows)[i])) {
            if (c.span != 1)
                continue;
            const SentenceProfile &p = in.profiles.at(c.version).at(c.sentence);
            if (!unopened.contains(p.keyHash))
                continue;
            cellRowByKey.insert(ProfileKey(p), i);
            ++cellRowCount[ProfileKey(p)];
        }
    }
    QList<std::pair<int, int>> pairs; // (sentence, row) in sentence order
    QList<std::pair<int, int>> cellPairs; // the same by a cell the row did not open with
    for (int j = 0; j < ns; ++j) {
        if (sentCount.value(sents[j].key) != 1)
            continue;
        const ProfileKey k(sents[j]);
        if (rowCount.value(k) == 1) {
            pairs.append({ j, rowByKey.value(k) });
            continue;
        }
        const std::pair<ProfileKey, int> roleKey { k, int(role(v, j)) };
        if (isHeaderRole(role(v, j)) && headerRowCount.value(roleKey) == 1) {
            pairs.append({ j, headerRowByKey.value(roleKey) });
            continue;
        }
        if (rowCount.value(k) == 0 && cellRowCount.value(k) == 1)
            cellPairs.append({ j, cellRowByKey.value(k) });
    }
    const QList<std::pair<int, int>> byOpeningText = longestChainInOrder(pairs);
    if (cellPairs.isEmpty())
        return byOpeningText;
    // The anchors by a row's opening text stand; those by another cell only fill the stretches between
    // them, in order: copies of different outlets may order their paragraphs differently, and a text one
    // of them carries should not pull a version away from the order its other sentences agree on.
    QList<std::pair<int, int>> anchors;
    qsizetype next = 0;
    int ps = -1, pr = -1;
    auto fillUpTo = [&](int s1, int r1) {
        QList<std::pair<int, int>> within;
        for (; next < cellPairs.size() && cellPairs[next].first < s1; ++next)
            if (cellPairs[next].first > ps && cellPairs[next].second > pr && cellPairs[next].second < r1)
                within.append(cellPairs[next]);
        anchors.append(longestChainInOrder(within));
    };
    for (const auto &anchor : byOpeningText) {
        fillUpTo(anchor.first, anchor.second);
        anchors.append(anchor);
        std::tie(ps, pr) = anchor;
    }
    fillUpTo(ns, nr);
    return anchors;
}

void VersionPass::solveGap(int r0, int r1, int s0, int s1)
{
    const int n = r1 - r0, m = s1 - s0;
    if (n <= 0 || m <= 0)
        return;
    // A large gap where nothing can match (a version that shares nothing with the rows) costs its rows
    // once, not rows x sentences; it still counts in the programme's budget, so that the versions after
    // it are aligned as they would be without the test.
    const bool large = qsizetype(n) * m > LargeGapCells;
    if (withinProgrammeBudget(qsizetype(n) * m, programmeCells)) {
        if (!large || gapMayMatch(*this, r0, n, s0, m))
            matches.append(programmeMatches(*this, r0, n, s0, m));
        return;
    }
    // Of a large gap only the rows that share a term with its sentences can be compared (greedyGapMatches
    // looks rows up by shared terms): the others keep no bags, so that a gap of thousands of rows another
    // story opened costs a look-up per term of their cells, not a list of bags a row.
    QList<int> sharing;
    if (large && !gapMayMatch(*this, r0, n, s0, m, &sharing))
        return;
    QList<QList<Bag>> bags(n);
    if (large) {
        for (const int i : std::as_const(sharing))
            bags[i] = cellBags(r0 + i);
    } else {
        for (int i = 0; i < n; ++i)
            bags[i] = cellBags(r0 + i);
    }
    const auto similar = [&](int i, int j) {
        const bool header = isHeaderRole(rowRole(rows[r0 + i])) || isHeaderRole(role(v, s0 + j));
        if (header || sents[s0 + j].boilerplate != rowBoilerplate(rows[r0 + i])
            || subheading(v, s0 + j) != rowSubheading(rows[r0 + i]))
            return 0.0;
        return bestSim(bags[i], story.bag(v, s0 + j));
    };
    const auto sentenceBag = [&](int j) -> const Bag & { return story.bag(v, s0 + j); };
    for (const auto &[i, j] : greedyGapMatches(bags, sentenceBag, m, similar, MatchFloor))
        matches.append({ r0 + i, 1, s0 + j, 1 });
}

QList<int> VersionPass::placeSentences()
{
    // Unmatched rows before unmatched sentences within a gap, unmatched sentences as new rows.
    const int nr = int(rows.size()), ns = int(sents.size());
    QList<BuildRow> next;
    next.reserve(nr + ns);
    QList<int> newRows;
    int ri = 0, si = 0;
    auto emitSentences = [&](int upTo) {
        while (si < upTo) {
            next.append(newRow(nextId, nv, v, si, 1));
            newRows.append(int(next.size()) - 1);
            ++si;
        }
    };
    // Each row is taken once and the old list is replaced: moved, not copied (a copy of each of thousands
    // of rows per version was most of placing a version that adds only rows of its own).
    for (const Match &mt : std::as_const(matches)) {
        while (ri < mt.row)
            next.append(std::move(rows[ri++]));
        emitSentences(mt.sentence);
        BuildRow row = std::move(rows[ri++]);
        if (mt.rowSpan == 2) {
            const BuildRow &other = rows[ri++];
            for (int w = 0; w < nv; ++w) {
                if (row.cells[w] < 0) {
                    row.cells[w] = other.cells[w];
                    row.spans[w] = other.spans[w];
                } else {
                    row.spans[w] += other.spans[w];
                }
            }
            if (row.repVersion == other.repVersion)
                row.repSpan += other.repSpan;
        }
        row.cells[v] = mt.sentence;
        row.spans[v] = mt.span;
        if (texts && mt.rowSpan == 1)
            texts->cellAdded(row, v);
        si = mt.sentence + mt.span;
        next.append(row);
    }
    while (ri < nr)
        next.append(std::move(rows[ri++]));
    emitSentences(ns);
    rows = std::move(next);
    return newRows;
}

void VersionPass::findMoves(const QList<int> &newRows)
{
    QList<int> emptied;
    for (int i = 0; i < rows.size(); ++i)
        if (rows[i].cells[v] < 0 && rows[i].cells[in.base] >= 0 && !rowBoilerplate(rows[i]))
            emptied.append(i);
    // Targets: the rows of newRows that may take a move.
    QList<int> targets;
    for (const int to : newRows) {
        if (!sents[rows[to].cells[v]].boilerplate)
            targets.append(to);
    }
    // A sentence found word for word in one emptied row, and in no other, is that sentence moved: no
    // comparison can beat it, so the pairs below are compared only for what is left. Linear in the rows.
    linkWordForWordMoves(emptied, targets);
    if (emptied.isEmpty() || targets.isEmpty())
        return;
    using Candidate = MoveCandidate;
    QList<Candidate> candidates;
    QList<MoveCandidate> weak; // below MoveFloor: a move only beside another move (linkBlockMoves)
    QList<QList<Bag>> emptiedBags;
    QList<bool> emptiedHeader;
    for (int from : std::as_const(emptied)) {
        emptiedBags.append(cellBags(from));
        emptiedHeader.append(isHeaderRole(rowRole(rows[from])));
    }
    // Only the pairs that share enough weight to reach MoveFloor are compared (an identical sentence shares
    // all of it): work in proportion to what the texts share. Past MaxMovePairs (texts of a few words
    // shuffled, where every pair shares enough), each target is compared only with the few emptied rows
    // that share most of its less common terms, as the greedy matching of a large gap does: at most
    // eight comparisons a target, so the pairs, and the block moves' work on them, grow linearly.
    const auto targetBag = [&](int t) -> const Bag & { return story.bag(v, rows[targets[t]].cells[v]); };
    QList<QList<int>> fromsOf(targets.size()); // per target: emptied rows (indices into emptied)
    if (qsizetype(emptied.size()) * targets.size() <= MaxMovePairs) {
        const QList<QList<int>> reachable = reachableSentences(story, emptiedBags, int(targets.size()),
            targetBag, std::min({ MoveFloor, HeaderMoveFloor, CoverShare * WeakFloor }));
        for (qsizetype k = 0; k < emptied.size(); ++k)
            for (const int t : reachable.at(k))
                fromsOf[t].append(int(k));
    } else {
        fromsOf = nearestRows(emptiedBags, targetBag, int(targets.size()));
        for (QList<int> &froms : fromsOf)
            std::sort(froms.begin(), froms.end());
    }
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const int to = targets.at(t);
        const int sentence = rows[to].cells[v];
        const bool header = isHeaderRole(role(v, sentence));
        for (const int k : std::as_const(fromsOf.at(t))) {
            const int from = emptied.at(k);
            // A sub-heading moves to a sub-heading only (a headline, byline, ... to its role, below).
            if (!header && !emptiedHeader.at(k) && subheading(v, sentence) != rowSubheading(rows[from])
                && !identical(rows[from], sentence))
                continue;
            const double s
                = identical(rows[from], sentence) ? 1.0 : coverSim(emptiedBags.at(k), story.bag(v, sentence));
            // A headline moves to where another version has it in the text only word for word.
            if (s >= ((header || emptiedHeader.at(k)) ? HeaderMoveFloor : MoveFloor))
                candidates.append({ s, from, to });
            else if (!header && !emptiedHeader.at(k) && s >= WeakFloor)
                weak.append({ s, from, to });
        }
    }
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate &x, const Candidate &y) { return x.sim > y.sim; });
    for (const Candidate &c : std::as_const(candidates)) {
        if (rows[c.from].moveTo[v] >= 0 || rows[c.to].moveTo[v] >= 0)
            continue;
        rows[c.from].moveTo[v] = rows[c.to].id;
        rows[c.to].moveTo[v] = rows[c.from].id;
    }
    linkBlockMoves(weak);
    linkSplitMoves(emptied, emptiedBags, targets, fromsOf);
}

} // namespace Parallax::Internal
