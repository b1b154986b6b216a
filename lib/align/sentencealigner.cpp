// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/sentencealigner.h"

#include "align/attribution_p.h"
#include "align/rowjoin_p.h"
#include "align/rowmerges_p.h"
#include "align/rowpieces_p.h"
#include "align/rowrepeats_p.h"
#include "align/similarity.h"
#include "align/versionpass_p.h"

#include "text/tokenizer.h"
#include "text/wordlists.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr double FunctionWordWeight = 0.25;

} // namespace

struct SentenceAligner::Private
{
    QList<int> wholeBag(int v, double *weight) const;

    const QList<Version> *versions = nullptr;
    QList<QList<SentenceProfile>> profiles;
    StorySimilarity story; // what alignment matches by; the profiles serve the similarity figures
    Internal::Statements statements; // who each sentence says said it (align/attribution_p.h)
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
    // A sentence written alike in an earlier version (most sentences of a revision series) shares that
    // one's profile and tokens: the same text gives the same key, words and tokens, and the copies share
    // their data, so that a hundred revisions hold each text's profile about once.
    QHash<QStringView, std::pair<int, int>> firstOfText;
    for (const Version &v : versions) {
        QList<SentenceProfile> list;
        list.reserve(v.sentences.size());
        QList<QList<int>> versionTokens;
        versionTokens.reserve(v.sentences.size());
        for (qsizetype i = 0; i < v.sentences.size(); ++i) {
            const QStringView text = QStringView(v.text).mid(
                v.sentences.at(i).start, v.sentences.at(i).end - v.sentences.at(i).start);
            const auto known = firstOfText.constFind(text);
            if (known != firstOfText.cend()) {
                const auto [fv, fs] = *known;
                const bool sameVersion = fv == int(d->profiles.size());
                SentenceProfile p = sameVersion ? list.at(fs) : d->profiles.at(fv).at(fs);
                p.boilerplate = v.sentences.at(i).boilerplate;
                list.append(std::move(p));
                versionTokens.append(sameVersion ? versionTokens.at(fs) : tokens.at(fv).at(fs));
                continue;
            }
            firstOfText.insert(text, { int(d->profiles.size()), int(i) });
            SentenceProfile p;
            p.boilerplate = v.sentences.at(i).boilerplate;
            p.key = TypographyNormalizer::normalize(text).toLower();
            p.keyHash = qHash(p.key);
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
    d->statements.build(versions, d->story, tokens, d->words);
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
    // Each version's bag is built once, as (word, count) runs: a pair then costs one merge over the
    // distinct words, not over every occurrence. The shared weight is the same sum (word weights are
    // quarters and wholes, which a double adds exactly in any grouping), so the base is the one the
    // occurrence by occurrence merge of similarity() chooses.
    struct Run
    {
        int word, count;
    };
    std::vector<std::vector<Run>> bags(static_cast<size_t>(n));
    std::vector<double> weights(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i) {
        const QList<int> whole = d->wholeBag(i, &weights[i]);
        std::vector<Run> &runs = bags[size_t(i)];
        for (int word : whole) {
            if (!runs.empty() && runs.back().word == word)
                ++runs.back().count;
            else
                runs.push_back({ word, 1 });
        }
    }
    const double *wordWeight = d->weights.constData();
    std::vector<double> scores(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i) {
        const std::vector<Run> &a = bags[size_t(i)];
        for (int j = i + 1; j < n; ++j) {
            const std::vector<Run> &b = bags[size_t(j)];
            const double total = weights[size_t(i)] + weights[size_t(j)];
            double common = 0;
            size_t x = 0, y = 0;
            while (x < a.size() && y < b.size()) {
                if (a[x].word < b[y].word) {
                    ++x;
                } else if (b[y].word < a[x].word) {
                    ++y;
                } else {
                    common += wordWeight[a[x].word] * std::min(a[x].count, b[y].count);
                    ++x;
                    ++y;
                }
            }
            const double s = total <= 0 ? 0 : 2 * common / total;
            scores[size_t(i)] += s;
            scores[size_t(j)] += s;
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
    using namespace Internal;
    const int nv = int(d->profiles.size());
    QList<BuildRow> rows;
    int nextId = 0;
    for (int s = 0; s < d->profiles.at(base).size(); ++s)
        rows.append(newRow(&nextId, nv, base, s, 1));

    // Steps 1 to 5 for each version but the base, in turn (versionpass.cpp).
    const AlignInput input { *d->versions, d->profiles, d->story, base };
    qsizetype programmeCells = 0; // spent by the gaps' dynamic programmes (align/gapfallback_p.h)
    RowTexts texts(d->profiles); // the rows' distinct cells, kept from one pass to the next
    for (int v = 0; v < nv; ++v) {
        if (v == base)
            continue;
        if (isCanceled && isCanceled())
            return {};
        VersionPass(input, rows, v, &nextId, &programmeCells, &texts).run();
    }
    // Each version's pass judged its split pieces against the versions before it only; a version placed
    // later may say a piece's fact in the piece's own words ("18,000 people" beside "18,000 residents").
    for (int v = 0; v < nv; ++v) {
        if (v == base)
            continue;
        if (isCanceled && isCanceled())
            return {};
        VersionPass(input, rows, v, &nextId, &programmeCells).secondLook();
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

    QList<AlignedRow> out = finishRows(rows, base, *d->versions, d->profiles, indexOfId);
    linkMergedRows(out, *d->versions, d->story, &d->statements);
    return out;
}

} // namespace Parallax
