// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/sentencealigner.h"

#include "align/gapfallback_p.h"
#include "align/roles.h"
#include "align/rowjoin_p.h"
#include "align/rowpieces_p.h"
#include "align/rowrepeats_p.h"
#include "align/similarity.h"

#include "text/tokenizer.h"
#include "text/wordlists.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr double FunctionWordWeight = 0.25;
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
// Moves are looked for only where this version's added and emptied rows make at most this many pairs (gaps
// are bounded in align/gapfallback_p.h).
constexpr qsizetype MaxGapCells = 4'000'000;
// The same bound for moves between any two versions (rows without the base x all rows), tighter since each
// cell there may compare several bags: a story has a few hundred rows, a pathological input thousands.
constexpr qsizetype MaxMoveCells = 250'000;
// Longer sentences take no part in the steps beyond the programme.
constexpr qsizetype MaxPieceChars = 2'000;

} // namespace

struct SentenceAligner::Private
{
    QList<int> wholeBag(int v, double *weight) const;

    const QList<Version> *versions = nullptr;
    QList<QList<SentenceProfile>> profiles;
    StorySimilarity story; // what alignment matches by; the profiles serve the similarity figures
    SentenceRole role(int v, int s) const { return versions->at(v).sentences.at(s).role; }
    QList<double> weights; // per word id
    QHash<QString, int> wordIds;

    QStringList words; // per word id
    QList<bool> numbers; // per word id: written in digits

    int wordId(const QString &w, bool number)
    {
        auto it = wordIds.constFind(w);
        if (it != wordIds.constEnd())
            return *it;
        const int id = int(wordIds.size());
        wordIds.insert(w, id);
        words.append(w);
        numbers.append(number);
        weights.append(WordLists::isFunctionWord(w) ? FunctionWordWeight : 1.0);
        return id;
    }
};

SentenceAligner::SentenceAligner()
    : d(std::make_unique<Private>())
{ }

SentenceAligner::~SentenceAligner() = default;

void SentenceAligner::setVersions(const QList<Version> &versions)
{
    d->versions = &versions;
    d->profiles.clear();
    d->profiles.reserve(versions.size());
    // The same tokens feed the alignment similarity, so that each sentence is tokenised once.
    QList<QList<QList<int>>> tokens;
    tokens.reserve(versions.size());
    // Word ids by the token as written (views into the versions' texts, which outlive this call): most
    // tokens recur, and are then normalised and looked up without building a string.
    QHash<QStringView, int> idOfRaw;
    for (const Version &v : versions) {
        QList<SentenceProfile> list;
        list.reserve(v.sentences.size());
        QList<QList<int>> versionTokens;
        versionTokens.reserve(v.sentences.size());
        for (qsizetype i = 0; i < v.sentences.size(); ++i) {
            const QStringView text = QStringView(v.text).mid(
                v.sentences.at(i).start, v.sentences.at(i).end - v.sentences.at(i).start);
            SentenceProfile p;
            p.boilerplate = v.sentences.at(i).boilerplate;
            p.key = TypographyNormalizer::normalize(text).toLower();
            QList<int> sentenceTokens;
            for (const Token &t : Tokenizer::tokenize(text)) {
                if (t.type != Token::Word && t.type != Token::Number)
                    continue;
                const QStringView raw = text.mid(t.start, t.end - t.start);
                // A word's id is fixed by its first occurrence, whatever the token type of later ones.
                auto known = idOfRaw.constFind(raw);
                int id;
                if (known != idOfRaw.constEnd()) {
                    id = *known;
                } else {
                    id = d->wordId(TypographyNormalizer::normalize(raw).toLower(), t.type == Token::Number);
                    idOfRaw.insert(raw, id);
                }
                p.words.append(id);
                p.weight += d->weights.at(id);
                sentenceTokens.append((id << 1) | (raw.front().isUpper() ? 1 : 0));
            }
            std::sort(p.words.begin(), p.words.end());
            list.append(std::move(p));
            versionTokens.append(std::move(sentenceTokens));
        }
        d->profiles.append(std::move(list));
        tokens.append(std::move(versionTokens));
    }
    d->story.build(tokens, d->words, d->numbers);
}

const SentenceProfile &SentenceAligner::profile(int version, int sentence) const
{
    return d->profiles.at(version).at(sentence);
}

double SentenceAligner::wordWeight(int wordId) const
{
    return d->weights.at(wordId);
}

double SentenceAligner::similarity(
    const QList<int> &a, double weightA, const QList<int> &b, double weightB) const
{
    if (weightA + weightB <= 0)
        return 0;
    double common = 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            common += d->weights.at(a[i]);
            ++i;
            ++j;
        }
    }
    return 2 * common / (weightA + weightB);
}

QList<int> SentenceAligner::bag(int version, int first, int span, double *weight) const
{
    if (span == 1) {
        const SentenceProfile &p = d->profiles.at(version).at(first);
        *weight = p.weight;
        return p.words;
    }
    QList<int> words;
    *weight = 0;
    for (int s = first; s < first + span; ++s) {
        const SentenceProfile &p = d->profiles.at(version).at(s);
        words.append(p.words);
        *weight += p.weight;
    }
    std::sort(words.begin(), words.end());
    return words;
}

QList<int> SentenceAligner::Private::wholeBag(int v, double *weight) const
{
    QList<int> words;
    *weight = 0;
    for (const SentenceProfile &p : profiles.at(v)) {
        if (p.boilerplate)
            continue;
        words.append(p.words);
        *weight += p.weight;
    }
    std::sort(words.begin(), words.end());
    return words;
}

double SentenceAligner::versionSimilarity(int a, int b) const
{
    double wa = 0, wb = 0;
    const QList<int> ba = d->wholeBag(a, &wa);
    const QList<int> bb = d->wholeBag(b, &wb);
    return similarity(ba, wa, bb, wb);
}

int SentenceAligner::mostCentralVersion() const
{
    const int n = int(d->profiles.size());
    // Each version's bag is built once; the pairs then cost one linear merge each.
    std::vector<QList<int>> bags(static_cast<size_t>(n));
    std::vector<double> weights(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i)
        bags[i] = d->wholeBag(i, &weights[i]);
    std::vector<double> scores(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double s = similarity(bags[i], weights[i], bags[j], weights[j]);
            scores[i] += s;
            scores[j] += s;
        }
    }
    int best = 0;
    for (int i = 1; i < n; ++i)
        if (scores[i] > scores[best] + 1e-9)
            best = i;
    return best;
}

QList<AlignedRow> SentenceAligner::align(int base, const std::function<bool()> &isCanceled)
{
    const int nv = int(d->profiles.size());
    QList<BuildRow> rows;
    int nextId = 0;
    auto newRow = [&](int version, int sentence, int span) {
        BuildRow r;
        r.id = nextId++;
        r.cells = QList<int>(nv, -1);
        r.spans = QList<int>(nv, 0);
        r.moveTo = QList<int>(nv, -1);
        r.cells[version] = sentence;
        r.spans[version] = span;
        r.repVersion = version;
        r.repSentence = sentence;
        r.repSpan = span;
        return r;
    };
    for (int s = 0; s < d->profiles.at(base).size(); ++s)
        rows.append(newRow(base, s, 1));

    QList<int> order;
    for (int v = 0; v < nv; ++v)
        if (v != base)
            order.append(v);

    // The steps beyond the dynamic programme (rowpieces) pass over sentences far longer than any a person
    // writes: a megabyte without a full stop is not a rewrite of anything, and diffing it would be slow.
    auto ordinaryLength = [&](int version, int sentence) {
        const Sentence &s = d->versions->at(version).sentences.at(sentence);
        return s.end - s.start <= MaxPieceChars;
    };
    qsizetype programmeCells = 0; // spent by the gaps' dynamic programmes (align/gapfallback_p.h)
    for (int v : std::as_const(order)) {
        if (isCanceled && isCanceled())
            return {};
        const QList<SentenceProfile> &sents = d->profiles.at(v);
        const int nr = int(rows.size()), ns = int(sents.size());
        auto rowProfileKey = [&](const BuildRow &r) -> const QString & {
            return d->profiles.at(r.repVersion).at(r.repSentence).key;
        };
        auto rowBoilerplate
            = [&](const BuildRow &r) { return d->profiles.at(r.repVersion).at(r.repSentence).boilerplate; };

        // 1. Anchors: sentences identical after normalisation and unique on both sides, kept in order by a
        // longest increasing subsequence.
        QHash<QString, int> rowByKey, sentByKey;
        QHash<QString, int> rowCount, sentCount;
        // A text several rows hold is still an anchor for a headline (standfirst, byline, dateline) when
        // one of those rows has that role: a page may repeat its headline in the text, and the headline
        // row is where it belongs, before any role-to-role pair of other wording elsewhere.
        QHash<std::pair<QString, int>, int> headerRowByKey, headerRowCount;
        for (int i = 0; i < nr; ++i) {
            if (rows[i].repSpan != 1)
                continue;
            const QString &k = rowProfileKey(rows[i]);
            rowByKey.insert(k, i);
            ++rowCount[k];
            const SentenceRole role = d->role(rows[i].repVersion, rows[i].repSentence);
            if (isHeaderRole(role)) {
                headerRowByKey.insert({ k, int(role) }, i);
                ++headerRowCount[{ k, int(role) }];
            }
        }
        for (int j = 0; j < ns; ++j) {
            sentByKey.insert(sents[j].key, j);
            ++sentCount[sents[j].key];
        }
        // Every text the rows hold, for the role pairs: gathered when a role pair first asks (most versions
        // have none), which is before the rows change below.
        QSet<QString> allRowKeys;
        bool allRowKeysGathered = false;
        auto rowsHoldKey = [&](const QString &key) {
            if (!allRowKeysGathered) {
                for (const BuildRow &row : std::as_const(rows))
                    for (int w = 0; w < nv; ++w)
                        if (row.cells[w] >= 0 && row.spans[w] == 1)
                            allRowKeys.insert(d->profiles.at(w).at(row.cells[w]).key);
                allRowKeysGathered = true;
            }
            return allRowKeys.contains(key);
        };
        QList<std::pair<int, int>> pairs; // (sentence, row) in sentence order
        for (int j = 0; j < ns; ++j) {
            const QString &k = sents[j].key;
            if (sentCount.value(k) != 1)
                continue;
            if (rowCount.value(k) == 1) {
                pairs.append({ j, rowByKey.value(k) });
                continue;
            }
            const std::pair<QString, int> roleKey { k, int(d->role(v, j)) };
            if (isHeaderRole(d->role(v, j)) && headerRowCount.value(roleKey) == 1)
                pairs.append({ j, headerRowByKey.value(roleKey) });
        }
        QList<std::pair<int, int>> anchors;
        {
            // Patience-style LIS on row indices.
            QList<int> tails, tailIdx, prev(pairs.size(), -1);
            for (int p = 0; p < pairs.size(); ++p) {
                const int r = pairs[p].second;
                const auto it = std::lower_bound(tails.begin(), tails.end(), r);
                const int pos = int(it - tails.begin());
                if (it == tails.end()) {
                    tails.append(r);
                    tailIdx.append(p);
                } else {
                    *it = r;
                    tailIdx[pos] = p;
                }
                prev[p] = pos > 0 ? tailIdx[pos - 1] : -1;
            }
            for (int p = tailIdx.isEmpty() ? -1 : tailIdx.last(); p >= 0; p = prev[p])
                anchors.prepend(pairs[p]);
        }

        // 2. Between anchors: dynamic programme over rows x sentences.
        QList<Match> matches;
        auto mergeable = [&](int i) {
            // Rows i and i+1 can become one if every version's cells in them are adjacent or empty.
            const BuildRow &x = rows[i], &y = rows[i + 1];
            for (int w = 0; w < nv; ++w) {
                if (x.cells[w] >= 0 && y.cells[w] >= 0 && x.cells[w] + x.spans[w] != y.cells[w])
                    return false;
                if (x.moveTo[w] >= 0 || y.moveTo[w] >= 0)
                    return false;
            }
            return true;
        };
        // The bags of a row's cells (one per version that has one), which a sentence is compared with:
        // a rewrite may be closer to any earlier version than to the one that opened the row.
        using Bag = StorySimilarity::Bag;
        const StorySimilarity &story = d->story;
        auto cellBags = [&](int i) {
            QList<Bag> out;
            QVarLengthArray<const QString *, 8> seen; // identical cells are compared once
            for (int w = 0; w < nv; ++w) {
                if (w == v || rows[i].cells[w] < 0)
                    continue;
                if (rows[i].spans[w] == 1) {
                    const QString *key = &d->profiles.at(w).at(rows[i].cells[w]).key;
                    if (std::any_of(seen.begin(), seen.end(), [&](const QString *k) { return *k == *key; }))
                        continue;
                    seen.append(key);
                }
                out.append(story.bag(w, rows[i].cells[w], rows[i].spans[w]));
            }
            return out;
        };
        auto bestSim = [&](const QList<Bag> &cells, const Bag &b) {
            double best = 0;
            for (const Bag &c : cells) {
                // Dice can reach at most 2 min(wa, wb) / (wa + wb): skip what cannot reach WeakFloor.
                if (2 * std::min(c.weight, b.weight) < WeakFloor * (c.weight + b.weight))
                    continue;
                best = std::max(best, story.similarity(c, b));
            }
            return best;
        };
        auto rowRole = [&](const BuildRow &r) { return d->role(r.repVersion, r.repSentence); };
        auto identical = [&](const BuildRow &r, int sentence) {
            for (int w = 0; w < nv; ++w)
                if (w != v && r.cells[w] >= 0 && r.spans[w] == 1
                    && d->profiles.at(w).at(r.cells[w]).key == sents[sentence].key)
                    return true;
            return false;
        };
        // Two consecutive pieces against the best of some cells: the similarity of the joined pieces,
        // where each piece has at least PieceCoverage of its weight said by the cell; 0 otherwise.
        auto joinedSim = [&](const QList<Bag> &cells, const Bag &a, const Bag &b, const Bag &joined) {
            double best = 0;
            for (const Bag &c : cells)
                if (story.shared(a, c) >= PieceCoverage * a.weight
                    && story.shared(b, c) >= PieceCoverage * b.weight)
                    best = std::max(best, story.similarity(c, joined));
            return best;
        };
        auto solveGap = [&](int r0, int r1, int s0, int s1) {
            const int n = r1 - r0, m = s1 - s0;
            if (n <= 0 || m <= 0)
                return;
            if (!Internal::withinProgrammeBudget(qsizetype(n) * m, &programmeCells)) {
                QList<QList<Bag>> bags(n);
                for (int i = 0; i < n; ++i)
                    bags[i] = cellBags(r0 + i);
                const auto similar = [&](int i, int j) {
                    const bool header
                        = isHeaderRole(rowRole(rows[r0 + i])) || isHeaderRole(d->role(v, s0 + j));
                    if (header || sents[s0 + j].boilerplate != rowBoilerplate(rows[r0 + i]))
                        return 0.0;
                    return bestSim(bags[i], story.bag(v, s0 + j));
                };
                const auto sentenceBag = [&](int j) -> const Bag & { return story.bag(v, s0 + j); };
                for (const auto &[i, j] :
                    Internal::greedyGapMatches(bags, sentenceBag, m, similar, MatchFloor))
                    matches.append({ r0 + i, 1, s0 + j, 1 });
                return;
            }
            QList<QList<Bag>> rowBags(n);
            QList<bool> rowBp(n), rowHeader(n);
            QList<SentenceRole> roles(n);
            for (int i = 0; i < n; ++i) {
                rowBags[i] = cellBags(r0 + i);
                rowBp[i] = rowBoilerplate(rows[r0 + i]);
                roles[i] = rowRole(rows[r0 + i]);
                rowHeader[i] = isHeaderRole(roles[i]);
            }
            auto sentBag = [&](int j) -> const Bag & { return story.bag(v, s0 + j); };
            // The joined bags of neighbouring sentences, for splits: sentPairs[j] joins j - 1 and j.
            QList<Bag> sentPairs(m);
            for (int j = 1; j < m; ++j)
                sentPairs[j] = story.join(sentBag(j - 1), sentBag(j));
            // Identity keys of the gap's rows, for the role pairs: each distinct key once, since most
            // versions carry a row's sentence unchanged and every pair of the gap reads the list.
            QList<QStringList> rowKeys(n);
            for (int i = 0; i < n; ++i) {
                const BuildRow &row = rows[r0 + i];
                for (int w = 0; w < nv; ++w)
                    if (w != v && row.cells[w] >= 0 && row.spans[w] == 1
                        && !rowKeys[i].contains(d->profiles.at(w).at(row.cells[w]).key))
                        rowKeys[i].append(d->profiles.at(w).at(row.cells[w]).key);
            }
            auto sentRole = [&](int j) { return d->role(v, s0 + j); };
            // Which pairs can reach WeakFloor at all (align/gapfallback_p.h): far cheaper than comparing
            // every pair where a gap is large.
            std::vector<char> candidate(size_t(n) * size_t(m), 1);
            if (qsizetype(n) * m > 64) {
                std::fill(candidate.begin(), candidate.end(), 0);
                const QList<QList<int>> reachable
                    = Internal::reachableSentences(story, rowBags, m, sentBag, WeakFloor);
                for (int i = 0; i < n; ++i)
                    for (const int j : reachable.at(i))
                        candidate[size_t(i) * size_t(m) + size_t(j)] = 1;
            }
            auto sim11 = [&](int i, int j) {
                const SentenceRole r = sentRole(j);
                // The top of a story aligns role to role, whatever the wording, and with nothing else.
                // One text is one sentence, whatever role each version's layout gave it and however few
                // content words it has ("Advertisement", "___").
                if (rowKeys[i].contains(sents[s0 + j].key))
                    return 1.0;
                if (rowHeader[i] || isHeaderRole(r)) {
                    // The same role: aligned whatever the wording, unless either has an identical
                    // counterpart in the gap, which it will align with instead.
                    if (roles[i] != r
                        || std::any_of(rowKeys[i].cbegin(), rowKeys[i].cend(),
                            [&](const QString &k) { return sentCount.contains(k); })
                        || rowsHoldKey(sents[s0 + j].key))
                        return 0.0;
                    return std::max(RoleFloor, bestSim(rowBags[i], sentBag(j)));
                }
                if (sents[s0 + j].boilerplate != rowBp[i] || !candidate[size_t(i) * size_t(m) + size_t(j)])
                    return 0.0;
                return bestSim(rowBags[i], sentBag(j));
            };
            // Every one-to-one similarity once; splits, merges and context reuse them.
            std::vector<double> sims(static_cast<size_t>(n) * size_t(m));
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < m; ++j)
                    sims[size_t(i) * size_t(m) + size_t(j)] = sim11(i, j);
            auto sim = [&](int i, int j) { return sims[size_t(i) * size_t(m) + size_t(j)]; };
            // The score a one-to-one pair brings: its similarity when it reaches MatchFloor; MatchFloor
            // itself for a weak pair between two strong neighbours; nothing otherwise.
            auto pairScore = [&](int i, int j) {
                const double s = sim(i, j);
                if (s >= MatchFloor)
                    return s;
                if (s < WeakFloor)
                    return 0.0;
                const bool before
                    = (i == 0 || j == 0) ? (i == 0 && j == 0) : sim(i - 1, j - 1) >= StrongFloor;
                const bool after = (i == n - 1 || j == m - 1) ? (i == n - 1 && j == m - 1)
                                                              : sim(i + 1, j + 1) >= StrongFloor;
                return before && after ? MatchFloor : 0.0;
            };
            auto splittable = [&](int i, int jFirst, int count) {
                if (rowBp[i] || rowHeader[i])
                    return false;
                for (int k = jFirst; k < jFirst + count; ++k)
                    if (sents[s0 + k].boilerplate || isHeaderRole(sentRole(k)))
                        return false;
                return true;
            };
            // A real split or merge has one piece that already carries a good share of the words, so
            // its one-to-one similarity is well above this; other cells skip the joined comparison.
            constexpr double PieceFloor = 0.3;
            const int W = m + 1;
            QList<double> score((n + 1) * W, 0.0);
            // 1 skip row, 2 skip sentence, 3 match, 4 one-to-two, 5 two-to-one, 6 one-to-three
            QList<char> move((n + 1) * W, 0);
            for (int i = 0; i <= n; ++i) {
                for (int j = 0; j <= m; ++j) {
                    if (i == 0 && j == 0)
                        continue;
                    double best = -1;
                    char how = 0;
                    if (i > 0 && score[(i - 1) * W + j] > best) {
                        best = score[(i - 1) * W + j];
                        how = 1;
                    }
                    if (j > 0 && score[i * W + j - 1] > best) {
                        best = score[i * W + j - 1];
                        how = 2;
                    }
                    if (i > 0 && j > 0) {
                        const double s = pairScore(i - 1, j - 1);
                        if (s > 0 && score[(i - 1) * W + j - 1] + s > best) {
                            best = score[(i - 1) * W + j - 1] + s;
                            how = 3;
                        }
                        // One row split into two sentences of this version: the joined pair must match
                        // better than either piece, and each piece must be mostly said by the row.
                        const double single2 = j > 1 ? std::max(sim(i - 1, j - 2), sim(i - 1, j - 1)) : 0.0;
                        double s2 = 0;
                        if (j > 1 && single2 >= PieceFloor && splittable(i - 1, j - 2, 2)) {
                            s2 = joinedSim(rowBags[i - 1], sentBag(j - 2), sentBag(j - 1), sentPairs[j - 1]);
                            const double gain = 1.5 * s2 - 0.3;
                            if (s2 >= MatchFloor && s2 >= single2 + JoinMargin
                                && score[(i - 1) * W + j - 2] + gain > best) {
                                best = score[(i - 1) * W + j - 2] + gain;
                                how = 4;
                            }
                        }
                        // One row split into three.
                        if (j > 2 && s2 >= PieceFloor && splittable(i - 1, j - 3, 3)) {
                            const double single3 = std::max({ single2, s2, sim(i - 1, j - 3),
                                bestSim(rowBags[i - 1], sentPairs[j - 2]) });
                            const double s3
                                = bestSim(rowBags[i - 1], story.join(sentPairs[j - 2], sentBag(j - 1)));
                            const double gain = 2 * s3 - 0.6;
                            if (s3 >= MatchFloor && s3 >= single3 + MergeMargin
                                && score[(i - 1) * W + j - 3] + gain > best) {
                                best = score[(i - 1) * W + j - 3] + gain;
                                how = 6;
                            }
                        }
                        // Two rows merged into one sentence of this version.
                        const double mergeSingle
                            = i > 1 ? std::max(sim(i - 2, j - 1), sim(i - 1, j - 1)) : 0.0;
                        if (i > 1 && mergeSingle >= PieceFloor && !rowBp[i - 2] && !rowHeader[i - 2]
                            && splittable(i - 1, j - 1, 1) && mergeable(r0 + i - 2)) {
                            // The two rows' cells of each version that has both, joined.
                            double s2m = 0;
                            const BuildRow &x = rows[r0 + i - 2], &y = rows[r0 + i - 1];
                            for (int w = 0; w < nv; ++w) {
                                if (w == v || x.cells[w] < 0 || y.cells[w] < 0)
                                    continue;
                                const Bag first = story.bag(w, x.cells[w], x.spans[w]);
                                const Bag second = story.bag(w, y.cells[w], y.spans[w]);
                                s2m = std::max(s2m,
                                    joinedSim({ sentBag(j - 1) }, first, second, story.join(first, second)));
                            }
                            const double gain = 1.5 * s2m - 0.3;
                            if (s2m >= MatchFloor && s2m >= mergeSingle + JoinMargin
                                && score[(i - 2) * W + j - 1] + gain > best) {
                                best = score[(i - 2) * W + j - 1] + gain;
                                how = 5;
                            }
                        }
                    }
                    score[i * W + j] = best;
                    move[i * W + j] = how;
                }
            }
            QList<Match> found;
            int i = n, j = m;
            while (i > 0 || j > 0) {
                switch (move[i * W + j]) {
                case 1:
                    --i;
                    break;
                case 2:
                    --j;
                    break;
                case 3:
                    found.append({ r0 + i - 1, 1, s0 + j - 1, 1 });
                    --i;
                    --j;
                    break;
                case 4:
                    found.append({ r0 + i - 1, 1, s0 + j - 2, 2 });
                    --i;
                    j -= 2;
                    break;
                case 5:
                    found.append({ r0 + i - 2, 2, s0 + j - 1, 1 });
                    i -= 2;
                    --j;
                    break;
                case 6:
                    found.append({ r0 + i - 1, 1, s0 + j - 3, 3 });
                    --i;
                    j -= 3;
                    break;
                default:
                    i = j = 0;
                }
            }
            std::reverse(found.begin(), found.end());
            matches.append(pairBetweenMatches(found, r0, s0, n, m, WeakFloor, sim, [&](int i, int j) {
                return !rowHeader[i] && !rowBp[i] && !isHeaderRole(sentRole(j)) && !sents[s0 + j].boilerplate
                    && ordinaryLength(v, s0 + j)
                    && ordinaryLength(rows[r0 + i].repVersion, rows[r0 + i].repSentence);
            }));
        };
        int pr = 0, ps = 0;
        for (const auto &[s, r] : std::as_const(anchors)) {
            solveGap(pr, r, ps, s);
            matches.append({ r, 1, s, 1 });
            pr = r + 1;
            ps = s + 1;
        }
        solveGap(pr, nr, ps, ns);

        // 3. Rebuild the row list with this version's sentences placed: unmatched rows before unmatched
        // sentences within a gap, unmatched sentences as new rows.
        QList<BuildRow> next;
        next.reserve(nr + ns);
        QList<int> newRowIds; // rows this version added
        int ri = 0, si = 0;
        auto emitSentences = [&](int upTo) {
            while (si < upTo) {
                next.append(newRow(v, si, 1));
                newRowIds.append(next.last().id);
                ++si;
            }
        };
        for (const Match &mt : std::as_const(matches)) {
            while (ri < mt.row)
                next.append(rows[ri++]);
            emitSentences(mt.sentence);
            BuildRow row = rows[ri++];
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
            si = mt.sentence + mt.span;
            next.append(row);
        }
        while (ri < nr)
            next.append(rows[ri++]);
        emitSentences(ns);
        rows = std::move(next);

        // 4. Moves: a sentence this version added that closely matches a row it left empty.
        QHash<int, int> indexOfId;
        for (int i = 0; i < rows.size(); ++i)
            indexOfId.insert(rows[i].id, i);
        QList<int> emptied;
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].cells[v] < 0 && rows[i].cells[base] >= 0 && !rowBoilerplate(rows[i]))
                emptied.append(i);
        if (!emptied.isEmpty() && !newRowIds.isEmpty()
            && qsizetype(emptied.size()) * newRowIds.size() <= MaxGapCells) {
            struct Candidate
            {
                double sim;
                int from, to;
            };
            QList<Candidate> candidates;
            QList<QList<Bag>> emptiedBags;
            QList<bool> emptiedHeader;
            for (int from : std::as_const(emptied)) {
                emptiedBags.append(cellBags(from));
                emptiedHeader.append(isHeaderRole(rowRole(rows[from])));
            }
            // Only the pairs that share enough weight to reach MoveFloor are compared (an identical
            // sentence shares all of it): work in proportion to what the texts share, not to the product.
            QList<int> targets; // rows of newRowIds that may take a move
            for (int id : std::as_const(newRowIds)) {
                const int to = indexOfId.value(id);
                if (!sents[rows[to].cells[v]].boilerplate)
                    targets.append(to);
            }
            const auto targetBag
                = [&](int t) -> const Bag & { return story.bag(v, rows[targets[t]].cells[v]); };
            QList<QList<int>> fromsOf(targets.size()); // per target: emptied rows (indices into emptied)
            const QList<QList<int>> reachable = Internal::reachableSentences(
                story, emptiedBags, int(targets.size()), targetBag, std::min(MoveFloor, HeaderMoveFloor));
            for (qsizetype k = 0; k < emptied.size(); ++k)
                for (const int t : reachable.at(k))
                    fromsOf[t].append(int(k));
            for (qsizetype t = 0; t < targets.size(); ++t) {
                const int to = targets.at(t);
                const int sentence = rows[to].cells[v];
                const bool header = isHeaderRole(d->role(v, sentence));
                for (const int k : std::as_const(fromsOf.at(t))) {
                    const int from = emptied.at(k);
                    const double s = identical(rows[from], sentence)
                        ? 1.0
                        : bestSim(emptiedBags.at(k), story.bag(v, sentence));
                    // A headline moves to where another version has it in the text only word for word.
                    if (s >= ((header || emptiedHeader.at(k)) ? HeaderMoveFloor : MoveFloor))
                        candidates.append({ s, from, to });
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
        }
        // 5. Splits and merges the programme could not see (a piece beside a move, a piece that also says
        // something of the row before): each piece must say its own part of the row.
        auto plainRow = [&](const BuildRow &r) {
            return !rowBoilerplate(r) && !isHeaderRole(rowRole(r))
                && ordinaryLength(r.repVersion, r.repSentence);
        };
        auto plainSentence = [&](int j) {
            return !sents[j].boilerplate && !isHeaderRole(d->role(v, j)) && ordinaryLength(v, j);
        };
        attachSplitPieces(rows, v, d->story, plainRow, plainSentence);
        mergeCoveredRows(rows, v, d->story, plainRow);
    }

    joinRepeatedSentences(rows, d->profiles);

    // Rows of different versions that say the same join, where every version's order allows it.
    joinCompatibleRows(rows, JoinWindow, [&](int a, int b) {
        return rowsSaySame(rows[a], rows[b], d->story, *d->versions, d->profiles, StrongFloor);
    });

    linkMovesBetweenVersions(
        rows, base, d->story, *d->versions, d->profiles, MoveFloor, HeaderMoveFloor, MaxMoveCells);

    // A row that one version moved a sentence to may hold the same moved sentence of other versions too.
    QHash<int, int> indexOfId;
    for (int i = 0; i < rows.size(); ++i)
        indexOfId.insert(rows[i].id, i);
    for (BuildRow &row : rows) {
        if (row.cells[base] >= 0)
            continue;
        // Only where the row holds the moved sentence: a row that a version moved away from (which may
        // lack the base too, for a move between two other versions) keeps its cells where they are.
        int partnerId = -1;
        for (int w = 0; w < nv && partnerId < 0; ++w)
            if (row.cells[w] >= 0)
                partnerId = row.moveTo[w];
        if (partnerId < 0)
            continue;
        BuildRow &partner = rows[indexOfId.value(partnerId)];
        for (int w = 0; w < nv; ++w) {
            if (w != base && row.cells[w] >= 0 && partner.cells[w] < 0 && row.moveTo[w] < 0
                && partner.moveTo[w] < 0) {
                row.moveTo[w] = partner.id;
                partner.moveTo[w] = row.id;
            }
        }
    }

    return finishRows(rows, base, *d->versions, d->profiles, indexOfId);
}

} // namespace Parallax
