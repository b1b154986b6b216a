// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/sentencealigner.h"

#include "text/tokenizer.h"
#include "text/wordlists.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

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

struct Match
{
    int row = 0; // index into the rows of the gap
    int rowSpan = 1;
    int sentence = 0;
    int span = 1;
};

constexpr double FunctionWordWeight = 0.25;
// How much better a split or merge must explain a sentence than the best one-to-one match.
constexpr double MergeMargin = 0.15;
// Gaps bigger than this (rows x sentences) are not searched for reworded pairs: only identical sentences
// align there, which keeps pathological inputs (two unrelated 10 MB files) linear.
constexpr qsizetype MaxGapCells = 4'000'000;

} // namespace

struct SentenceAligner::Private
{
    QList<int> wholeBag(int v, double *weight) const;

    const QList<Version> *versions = nullptr;
    QList<QList<SentenceProfile>> profiles;
    QList<double> weights; // per word id
    QHash<QString, int> wordIds;

    int wordId(const QString &w)
    {
        auto it = wordIds.constFind(w);
        if (it != wordIds.constEnd())
            return *it;
        const int id = int(wordIds.size());
        wordIds.insert(w, id);
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
    for (const Version &v : versions) {
        QList<SentenceProfile> list;
        list.reserve(v.sentences.size());
        for (qsizetype i = 0; i < v.sentences.size(); ++i) {
            const QStringView text = QStringView(v.text).mid(
                v.sentences.at(i).start, v.sentences.at(i).end - v.sentences.at(i).start);
            SentenceProfile p;
            p.boilerplate = v.sentences.at(i).boilerplate;
            p.key = TypographyNormalizer::normalize(text).toLower();
            for (const Token &t : Tokenizer::tokenize(text)) {
                if (t.type != Token::Word && t.type != Token::Number)
                    continue;
                const int id = d->wordId(
                    TypographyNormalizer::normalize(text.mid(t.start, t.end - t.start)).toLower());
                p.words.append(id);
                p.weight += d->weights.at(id);
            }
            std::sort(p.words.begin(), p.words.end());
            list.append(std::move(p));
        }
        d->profiles.append(std::move(list));
    }
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
        for (int i = 0; i < nr; ++i) {
            if (rows[i].repSpan != 1)
                continue;
            const QString &k = rowProfileKey(rows[i]);
            rowByKey.insert(k, i);
            ++rowCount[k];
        }
        for (int j = 0; j < ns; ++j) {
            sentByKey.insert(sents[j].key, j);
            ++sentCount[sents[j].key];
        }
        QList<std::pair<int, int>> pairs; // (sentence, row) in sentence order
        for (int j = 0; j < ns; ++j) {
            const QString &k = sents[j].key;
            if (sentCount.value(k) == 1 && rowCount.value(k) == 1)
                pairs.append({ j, rowByKey.value(k) });
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
        auto rowBag = [&](int i, double *w) {
            const BuildRow &r = rows[i];
            return bag(r.repVersion, r.repSentence, r.repSpan, w);
        };
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
        auto solveGap = [&](int r0, int r1, int s0, int s1) {
            const int n = r1 - r0, m = s1 - s0;
            if (n <= 0 || m <= 0 || qsizetype(n) * m > MaxGapCells)
                return;
            QList<QList<int>> rowBags(n);
            QList<double> rowW(n);
            QList<bool> rowBp(n);
            for (int i = 0; i < n; ++i) {
                rowBags[i] = rowBag(r0 + i, &rowW[i]);
                rowBp[i] = rowBoilerplate(rows[r0 + i]);
            }
            // Split and merge candidates need the bags of two neighbours: build them once, not per cell.
            std::vector<QList<int>> sentPairBags(static_cast<size_t>(m));
            std::vector<double> sentPairW(static_cast<size_t>(m), 0.0);
            for (int j = 1; j < m; ++j)
                sentPairBags[j] = bag(v, s0 + j - 1, 2, &sentPairW[j]);
            std::vector<QList<int>> rowPairBags(static_cast<size_t>(n));
            for (int i = 1; i < n; ++i) {
                rowPairBags[i] = rowBags[i - 1] + rowBags[i];
                std::sort(rowPairBags[i].begin(), rowPairBags[i].end());
            }
            auto sim11 = [&](int i, int j) {
                const SentenceProfile &p = sents[s0 + j];
                if (p.boilerplate != rowBp[i])
                    return 0.0;
                // Dice can reach at most 2 min(wa, wb) / (wa + wb): sentences of very different weight
                // cannot match, so their words need not be compared.
                if (2 * std::min(rowW[i], p.weight) < MatchThreshold * (rowW[i] + p.weight))
                    return 0.0;
                return similarity(rowBags[i], rowW[i], p.words, p.weight);
            };
            // Every one-to-one similarity once; splits and merges reuse them.
            std::vector<double> sims(static_cast<size_t>(n) * size_t(m));
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < m; ++j)
                    sims[size_t(i) * size_t(m) + size_t(j)] = sim11(i, j);
            auto sim = [&](int i, int j) { return sims[size_t(i) * size_t(m) + size_t(j)]; };
            // A real split or merge has one piece that already carries at least half of the words, so
            // its one-to-one similarity is well above this; other cells skip the pair comparison.
            constexpr double PieceFloor = 0.4;
            const int W = m + 1;
            QList<double> score((n + 1) * W, 0.0);
            QList<char> move(
                (n + 1) * W, 0); // 1 skip row, 2 skip sentence, 3 match, 4 one-to-two, 5 two-to-one
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
                        const double s = sim(i - 1, j - 1);
                        if (s >= MatchThreshold && score[(i - 1) * W + j - 1] + s > best) {
                            best = score[(i - 1) * W + j - 1] + s;
                            how = 3;
                        }
                        // One row split into two sentences of this version.
                        const double splitSingle = j > 1 ? std::max(sim(i - 1, j - 2), s) : 0.0;
                        if (j > 1 && splitSingle >= PieceFloor && !rowBp[i - 1]
                            && !sents[s0 + j - 2].boilerplate && !sents[s0 + j - 1].boilerplate) {
                            const double s2 = similarity(
                                rowBags[i - 1], rowW[i - 1], sentPairBags[j - 1], sentPairW[j - 1]);
                            const double gain = 1.5 * s2 - 0.3;
                            // The second piece must add a real share, not a byline or a stray phrase.
                            const double single = splitSingle;
                            if (s2 >= MatchThreshold && s2 >= single + MergeMargin
                                && score[(i - 1) * W + j - 2] + gain > best) {
                                best = score[(i - 1) * W + j - 2] + gain;
                                how = 4;
                            }
                        }
                        // Two rows merged into one sentence of this version.
                        const double mergeSingle = i > 1 ? std::max(sim(i - 2, j - 1), s) : 0.0;
                        if (i > 1 && mergeSingle >= PieceFloor && !rowBp[i - 2] && !rowBp[i - 1]
                            && !sents[s0 + j - 1].boilerplate && mergeable(r0 + i - 2)) {
                            const SentenceProfile &p = sents[s0 + j - 1];
                            const double s2 = similarity(
                                rowPairBags[i - 1], rowW[i - 2] + rowW[i - 1], p.words, p.weight);
                            const double gain = 1.5 * s2 - 0.3;
                            const double single = mergeSingle;
                            if (s2 >= MatchThreshold && s2 >= single + MergeMargin
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
                default:
                    i = j = 0;
                }
            }
            std::reverse(found.begin(), found.end());
            matches.append(found);
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
            for (int id : std::as_const(newRowIds)) {
                const int to = indexOfId.value(id);
                const SentenceProfile &p = sents[rows[to].cells[v]];
                if (p.boilerplate)
                    continue;
                for (int from : std::as_const(emptied)) {
                    double w = 0;
                    const QList<int> b = rowBag(from, &w);
                    const double s = similarity(b, w, p.words, p.weight);
                    if (s >= MoveThreshold)
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
    }

    // A row that one version moved a sentence to may hold the same moved sentence of other versions too.
    QHash<int, int> indexOfId;
    for (int i = 0; i < rows.size(); ++i)
        indexOfId.insert(rows[i].id, i);
    for (BuildRow &row : rows) {
        if (row.cells[base] >= 0)
            continue;
        int partnerId = -1;
        for (int w = 0; w < nv && partnerId < 0; ++w)
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

    QList<AlignedRow> out;
    out.reserve(rows.size());
    for (const BuildRow &r : std::as_const(rows)) {
        AlignedRow a;
        a.cells = r.cells;
        a.spans = r.spans;
        a.moveTarget = QList<int>(nv, -1);
        a.status = QList<CellStatus>(nv, CellStatus::Absent);
        bool allBoilerplate = true;
        for (int w = 0; w < nv; ++w) {
            if (r.moveTo[w] >= 0)
                a.moveTarget[w] = indexOfId.value(r.moveTo[w]);
            if (r.cells[w] >= 0)
                allBoilerplate = allBoilerplate && d->profiles.at(w).at(r.cells[w]).boilerplate;
        }
        a.boilerplate = allBoilerplate;
        const Version &baseVersion = d->versions->at(base);
        for (int w = 0; w < nv; ++w) {
            if (r.cells[w] < 0)
                a.status[w] = r.moveTo[w] >= 0 ? CellStatus::Moved : CellStatus::Absent;
            else if (w == base)
                a.status[w] = CellStatus::Same;
            else if (r.cells[base] < 0)
                a.status[w] = r.moveTo[w] >= 0 ? CellStatus::Moved : CellStatus::Added;
            else
                a.status[w] = baseVersion.cellText(r.cells[base], r.spans[base])
                        == d->versions->at(w).cellText(r.cells[w], r.spans[w])
                    ? CellStatus::Same
                    : CellStatus::Changed;
        }
        out.append(a);
    }
    return out;
}

} // namespace Parallax
