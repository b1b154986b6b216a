// SPDX-License-Identifier: GPL-3.0-or-later
//
// The dynamic programme over one gap between anchors (docs/alignment.md, step 2): rows x sentences, with
// one-to-one pairs, one row split into two or three sentences, and two rows merged into one sentence.

#include "align/gapfallback_p.h"
#include "align/roles.h"
#include "align/versionpass_p.h"

#include <algorithm>
#include <vector>

namespace Parallax::Internal {

namespace {

// A real split or merge has one piece that already carries a good share of the words, so its one-to-one
// similarity is well above this; other cells skip the joined comparison.
constexpr double PieceFloor = 0.3;

// The steps of the programme's back-pointers.
enum Step : char { None, SkipRow, SkipSentence, OneToOne, OneToTwo, TwoToOne, OneToThree };

class GapProgramme
{
public:
    using Bag = StorySimilarity::Bag;

    GapProgramme(VersionPass &pass, int r0, int n, int s0, int m);
    QList<Match> solve();

private:
    double oneToOne(int i, int j);
    double sim(int i, int j) const { return sims[size_t(i) * size_t(m) + size_t(j)]; }
    double pairScore(int i, int j) const;
    bool splittable(int i, int jFirst, int count) const;
    const Bag &sentBag(int j) const { return p.story.bag(p.v, s0 + j); }
    SentenceRole sentRole(int j) const { return p.role(p.v, s0 + j); }
    void fillCell(int i, int j);
    QList<Match> traceBack() const;

    VersionPass &p;
    const int r0, n, s0, m, W;
    QList<QList<Bag>> rowBags;
    QList<bool> rowBp, rowHeader, rowSub;
    QList<SentenceRole> roles;
    // The joined bags of neighbouring sentences, for splits: sentPairs[j] joins j - 1 and j.
    QList<Bag> sentPairs;
    // Identity keys of the gap's rows, for the role pairs.
    QList<QStringList> rowKeys;
    std::vector<char> candidate;
    std::vector<double> sims;
    QList<double> score;
    QList<char> step;
};

GapProgramme::GapProgramme(VersionPass &pass, int r0, int n, int s0, int m)
    : p(pass)
    , r0(r0)
    , n(n)
    , s0(s0)
    , m(m)
    , W(m + 1)
    , rowBags(n)
    , rowBp(n)
    , rowHeader(n)
    , rowSub(n)
    , roles(n)
    , sentPairs(m)
    , rowKeys(n)
    , candidate(size_t(n) * size_t(m), 1)
{
    for (int i = 0; i < n; ++i) {
        rowBags[i] = p.cellBags(r0 + i);
        rowBp[i] = p.rowBoilerplate(p.rows[r0 + i]);
        roles[i] = p.rowRole(p.rows[r0 + i]);
        rowHeader[i] = isHeaderRole(roles[i]);
        rowSub[i] = p.rowSubheading(p.rows[r0 + i]);
    }
    for (int j = 1; j < m; ++j)
        sentPairs[j] = p.story.join(sentBag(j - 1), sentBag(j));
    // Each distinct key once, since most versions carry a row's sentence unchanged and every pair of the
    // gap reads the list.
    for (int i = 0; i < n; ++i) {
        for (const RowTexts::Cell &c : p.rowCells(p.rows[r0 + i]))
            if (c.span == 1 && !rowKeys[i].contains(p.in.profiles.at(c.version).at(c.sentence).key))
                rowKeys[i].append(p.in.profiles.at(c.version).at(c.sentence).key);
    }
    // Which pairs can reach WeakFloor at all (align/gapfallback_p.h): far cheaper than comparing every
    // pair where a gap is large.
    if (qsizetype(n) * m > 64) {
        std::fill(candidate.begin(), candidate.end(), 0);
        const QList<QList<int>> reachable = reachableSentences(
            p.story, rowBags, m, [&](int j) -> const Bag & { return sentBag(j); }, WeakFloor);
        for (int i = 0; i < n; ++i)
            for (const int j : reachable.at(i))
                candidate[size_t(i) * size_t(m) + size_t(j)] = 1;
    }
    // Every one-to-one similarity once; splits, merges and context reuse them.
    sims.resize(size_t(n) * size_t(m));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < m; ++j)
            sims[size_t(i) * size_t(m) + size_t(j)] = oneToOne(i, j);
}

double GapProgramme::oneToOne(int i, int j)
{
    const SentenceRole r = sentRole(j);
    const QString &key = p.sents[s0 + j].key;
    // The top of a story aligns role to role, whatever the wording, and with nothing else. One text is one
    // sentence, whatever role each version's layout gave it and however few content words it has
    // ("Advertisement", "___").
    if (rowKeys[i].contains(key))
        return 1.0;
    if (rowHeader[i] || isHeaderRole(r)) {
        // The same role: aligned whatever the wording, unless either has an identical counterpart in the
        // gap, which it will align with instead.
        if (roles[i] != r
            || std::any_of(rowKeys[i].cbegin(), rowKeys[i].cend(),
                [&](const QString &k) { return p.sentCount.contains(k); })
            || p.rowsHoldKey(key))
            return 0.0;
        return std::max(RoleFloor, p.bestSim(rowBags[i], sentBag(j)));
    }
    if (p.sents[s0 + j].boilerplate != rowBp[i] || rowSub[i] != p.subheading(p.v, s0 + j)
        || !candidate[size_t(i) * size_t(m) + size_t(j)])
        return 0.0;
    return p.coverSim(rowBags[i], sentBag(j));
}

// The score a one-to-one pair brings: its similarity when it reaches MatchFloor; MatchFloor itself for a
// weak pair between two strong neighbours; nothing otherwise.
double GapProgramme::pairScore(int i, int j) const
{
    const double s = sim(i, j);
    if (s >= MatchFloor)
        return s;
    if (s < WeakFloor)
        return 0.0;
    const bool before = (i == 0 || j == 0) ? (i == 0 && j == 0) : sim(i - 1, j - 1) >= StrongFloor;
    const bool after
        = (i == n - 1 || j == m - 1) ? (i == n - 1 && j == m - 1) : sim(i + 1, j + 1) >= StrongFloor;
    // Context yields to content (weakpairs.cpp): not a sentence that plainly rewrites another row, nor a row
    // whose sentences moved to a row this version has already matched.
    if (!before || !after || p.movedToMatchedRow(r0 + i, {}) || p.saysRowElsewhere(s0 + j, r0 + i, {}))
        return 0.0;
    return MatchFloor;
}

bool GapProgramme::splittable(int i, int jFirst, int count) const
{
    if (rowBp[i] || rowHeader[i] || rowSub[i])
        return false;
    for (int k = jFirst; k < jFirst + count; ++k)
        if (p.sents[s0 + k].boilerplate || isHeaderRole(sentRole(k)) || p.subheading(p.v, s0 + k))
            return false;
    return true;
}

void GapProgramme::fillCell(int i, int j)
{
    double best = -1;
    char how = None;
    auto consider = [&](double value, Step s) {
        if (value > best) {
            best = value;
            how = s;
        }
    };
    if (i > 0)
        consider(score[(i - 1) * W + j], SkipRow);
    if (j > 0)
        consider(score[i * W + j - 1], SkipSentence);
    if (i > 0 && j > 0) {
        const double s = pairScore(i - 1, j - 1);
        if (s > 0)
            consider(score[(i - 1) * W + j - 1] + s, OneToOne);
        // One row split into two sentences of this version: the joined pair must match better than either
        // piece, and each piece must be mostly said by the row.
        const double single2 = j > 1 ? std::max(sim(i - 1, j - 2), sim(i - 1, j - 1)) : 0.0;
        double s2 = 0;
        if (j > 1 && single2 >= PieceFloor && splittable(i - 1, j - 2, 2)) {
            s2 = p.joinedSim(rowBags[i - 1], sentBag(j - 2), sentBag(j - 1), sentPairs[j - 1]);
            if (s2 >= MatchFloor && s2 >= single2 + JoinMargin)
                consider(score[(i - 1) * W + j - 2] + 1.5 * s2 - 0.3, OneToTwo);
        }
        // One row split into three.
        if (j > 2 && s2 >= PieceFloor && splittable(i - 1, j - 3, 3)) {
            const double single3
                = std::max({ single2, s2, sim(i - 1, j - 3), p.bestSim(rowBags[i - 1], sentPairs[j - 2]) });
            const double s3 = p.bestSim(rowBags[i - 1], p.story.join(sentPairs[j - 2], sentBag(j - 1)));
            if (s3 >= MatchFloor && s3 >= single3 + MergeMargin)
                consider(score[(i - 1) * W + j - 3] + 2 * s3 - 0.6, OneToThree);
        }
        // Two rows merged into one sentence of this version.
        const double mergeSingle = i > 1 ? std::max(sim(i - 2, j - 1), sim(i - 1, j - 1)) : 0.0;
        if (i > 1 && mergeSingle >= PieceFloor && !rowBp[i - 2] && !rowHeader[i - 2] && !rowSub[i - 2]
            && splittable(i - 1, j - 1, 1) && p.mergeable(r0 + i - 2)) {
            // The two rows' cells of each version that has both, joined.
            double s2m = 0;
            const BuildRow &x = p.rows[r0 + i - 2], &y = p.rows[r0 + i - 1];
            for (int w = 0; w < p.nv; ++w) {
                if (w == p.v || x.cells[w] < 0 || y.cells[w] < 0)
                    continue;
                const Bag first = p.story.bag(w, x.cells[w], x.spans[w]);
                const Bag second = p.story.bag(w, y.cells[w], y.spans[w]);
                s2m = std::max(
                    s2m, p.joinedSim({ sentBag(j - 1) }, first, second, p.story.join(first, second)));
            }
            if (s2m >= MatchFloor && s2m >= mergeSingle + JoinMargin)
                consider(score[(i - 2) * W + j - 1] + 1.5 * s2m - 0.3, TwoToOne);
        }
    }
    score[i * W + j] = best;
    step[i * W + j] = how;
}

QList<Match> GapProgramme::traceBack() const
{
    QList<Match> found;
    int i = n, j = m;
    while (i > 0 || j > 0) {
        switch (step[i * W + j]) {
        case SkipRow:
            --i;
            break;
        case SkipSentence:
            --j;
            break;
        case OneToOne:
            found.append({ r0 + i - 1, 1, s0 + j - 1, 1 });
            --i;
            --j;
            break;
        case OneToTwo:
            found.append({ r0 + i - 1, 1, s0 + j - 2, 2 });
            --i;
            j -= 2;
            break;
        case TwoToOne:
            found.append({ r0 + i - 2, 2, s0 + j - 1, 1 });
            i -= 2;
            --j;
            break;
        case OneToThree:
            found.append({ r0 + i - 1, 1, s0 + j - 3, 3 });
            --i;
            j -= 3;
            break;
        default:
            i = j = 0;
        }
    }
    std::reverse(found.begin(), found.end());
    return found;
}

QList<Match> GapProgramme::solve()
{
    score = QList<double>((n + 1) * W, 0.0);
    step = QList<char>((n + 1) * W, None);
    for (int i = 0; i <= n; ++i)
        for (int j = 0; j <= m; ++j)
            if (i > 0 || j > 0)
                fillCell(i, j);
    const auto plain = [&](int i, int j) {
        return !rowHeader[i] && !rowBp[i] && !isHeaderRole(sentRole(j)) && !p.sents[s0 + j].boilerplate
            && p.ordinaryLength(p.v, s0 + j)
            && p.ordinaryLength(p.rows[r0 + i].repVersion, p.rows[r0 + i].repSentence);
    };
    const QList<Match> found = traceBack();
    const auto fits = [&](int i, int j) {
        if (!plain(i, j))
            return false;
        // A weak pair yields to content (weakpairs.cpp).
        return sim(i, j) >= MatchFloor
            || (!p.movedToMatchedRow(r0 + i, found) && !p.saysRowElsewhere(s0 + j, r0 + i, found));
    };
    return pairBetweenMatches(found, r0, s0, n, m, WeakFloor, [&](int i, int j) { return sim(i, j); }, fits);
}

} // namespace

QList<Match> programmeMatches(VersionPass &pass, int r0, int n, int s0, int m)
{
    return GapProgramme(pass, r0, n, s0, m).solve();
}

} // namespace Parallax::Internal
