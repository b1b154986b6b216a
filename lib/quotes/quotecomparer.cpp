// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotecomparer.h"

#include "quotes/quoteextractor.h"
#include "quotes/quotefidelity_p.h"
#include "quotes/quotegroupindex_p.h"
#include "quotes/quotematching_p.h"
#include "quotes/quotesentenceindex_p.h"
#include "quotes/quotetext_p.h"
#include "text/tokenizer.h"
#include "text/worddiff.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

using namespace Internal;

namespace {

class Comparer
{
public:
    explicit Comparer(const Comparison &comparison, QThreadPool *pool)
        : m_c(comparison)
        , m_pool(pool)
    { }
    QList<QuoteGroup> run();

private:
    void mapRows();
    void extract();
    void assignVersion(int version, const QList<int> &items);
    void addJoinedVariants();
    int rowOf(int version, int sentence) const;
    const SentenceIndex &sentenceIndex(int version);
    void findParaphrase(const Item &reference, int version, QuoteVariant &variant);
    // The opening and closing marks around a quotation, as written.
    QString quoteMarks(const Item &item) const
    {
        const QString &text = m_c.versions.at(item.version).text;
        const qsizetype start = item.quote.start, end = item.quote.end;
        return QString(start > 0 ? text.at(start - 1) : QChar())
            + (end < text.size() ? text.at(end) : QChar());
    }
    Match matchGroup(const Item &q, const Group &g) const;

    QList<VersionWords> m_words; // per version
    QList<SentenceIndex> m_sentenceIndex; // per version, built when first needed
    QList<int> m_groupsAfter; // per version: how many groups existed once its quotations were placed
    std::vector<float> m_scores; // per sentence, scratch space of findParaphrase
    std::vector<int> m_contentShared; // likewise

    const Comparison &m_c;
    QThreadPool *m_pool = nullptr;
    QList<QList<int>> m_rowOf; // per version, per sentence
    QList<Item> m_items;
    QList<QList<int>> m_itemsOf; // per version
    QList<Group> m_groups;
    QList<int> m_order; // versions, base first
    GroupIndex m_groupIndex;
    std::vector<int> m_touched; // sentences with a score, scratch space of findParaphrase
};

void Comparer::mapRows()
{
    m_rowOf.resize(m_c.versions.size());
    for (int v = 0; v < m_c.versions.size(); ++v)
        m_rowOf[v].fill(-1, m_c.versions.at(v).sentences.size());
    for (int r = 0; r < m_c.rows.size(); ++r) {
        const AlignedRow &row = m_c.rows.at(r);
        for (int v = 0; v < row.cells.size() && v < m_c.versions.size(); ++v) {
            const int first = row.cells.at(v);
            if (first < 0)
                continue;
            const int span = v < row.spans.size() ? std::max(1, row.spans.at(v)) : 1;
            for (int s = first; s < first + span && s < m_rowOf[v].size(); ++s)
                m_rowOf[v][s] = r;
        }
    }
}

int Comparer::rowOf(int version, int sentence) const
{
    if (sentence < 0 || sentence >= m_rowOf.at(version).size())
        return -1;
    return m_rowOf.at(version).at(sentence);
}

void Comparer::extract()
{
    m_itemsOf.resize(m_c.versions.size());
    m_words.resize(m_c.versions.size());
    m_sentenceIndex.resize(m_c.versions.size());
    // Each version's quotations are its own text's: they are found on all threads, then numbered in
    // version order as one loop would.
    QList<QList<Quotation>> quotesOf(m_c.versions.size());
    QList<Quotation> *quotes = quotesOf.data(); // detached here, not on the threads
    VersionWords *words = m_words.data();
    const auto extractOne = [&](int v) { quotes[v] = extractQuotations(m_c.versions.at(v), &words[v]); };
    QList<int> versions(m_c.versions.size());
    std::iota(versions.begin(), versions.end(), 0);
    if (m_pool && versions.size() > 1)
        QtConcurrent::blockingMap(m_pool, versions, extractOne);
    else
        std::for_each(versions.cbegin(), versions.cend(), extractOne);
    for (int v = 0; v < m_c.versions.size(); ++v) {
        for (const Quotation &q : std::as_const(quotesOf.at(v))) {
            Item item;
            item.version = v;
            item.quote = q;
            const auto [first, last] = m_words.at(v).range(q.start, q.end);
            item.words = m_words.at(v).keys.mid(first, last - first);
            if (item.words.isEmpty())
                continue;
            item.bag = makeBag(item.words);
            item.sequence = sequenceKey(item.words);
            item.isShort = item.words.size() <= ShortQuoteWords;
            item.row = rowOf(v, q.sentence);
            m_itemsOf[v].append(int(m_items.size()));
            m_items.append(std::move(item));
        }
    }
}

Match Comparer::matchGroup(const Item &q, const Group &g) const
{
    Match best;
    for (int member : g.members) {
        const Item &m = m_items.at(member);
        Match match = matchItems(q, m);
        if (!match.matches)
            continue;
        // Quotations in one aligned row are the same passage: prefer them among equals.
        if (q.row >= 0 && q.row == m.row)
            match.score += 0.25F;
        if (!best.matches || match.score > best.score)
            best = match;
    }
    return best;
}

void Comparer::assignVersion(int version, const QList<int> &items)
{
    struct Candidate
    {
        int item;
        int group;
        Match match;
    };
    std::vector<Candidate> candidates;
    for (int item : items) {
        for (int g : m_groupIndex.candidates(m_items.at(item))) {
            const Match match = matchGroup(m_items.at(item), m_groups.at(g));
            if (match.matches)
                candidates.push_back({ item, g, match });
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.match.score > b.match.score; });

    for (const Candidate &c : candidates) {
        Group &group = m_groups[c.group];
        Item &item = m_items[c.item];
        if (group.variantOf.at(version) >= 0) {
            item.lostMatch = true;
            continue;
        }
        if (item.groups.isEmpty()) {
            item.groups.append(c.group);
            group.variantOf[version] = c.item;
        } else if (!item.isShort && c.match.coverOfOther >= MatchShare
            && disjoint(m_items.at(group.members.first()),
                m_items.at(m_groups.at(item.groups.first()).members.first()))) {
            // The quotation holds this group's words as well as those of the group it joined first.
            item.groups.append(c.group);
            group.variantOf[version] = c.item;
        }
    }
    for (const Candidate &c : candidates) {
        Group &group = m_groups[c.group];
        const Item &item = m_items.at(c.item);
        // A quotation that joins two groups' would make each group match the other's quotations.
        if (item.groups.size() != 1 || item.groups.first() != c.group
            || group.variantOf.at(version) != c.item)
            continue;
        // The first few distinct wordings stand for the group: comparing with every version's copy would
        // make the work grow with the square of the number of versions.
        const bool known = std::any_of(group.members.cbegin(), group.members.cend(),
            [&](int member) { return m_items.at(member).sequence == item.sequence; });
        if (!known && group.members.size() < MaxRepresentatives) {
            group.members.append(c.item);
            m_groupIndex.add(c.group, item);
        }
    }

    // Quotations no group took found groups of their own, except repeats of one already placed.
    std::unordered_set<quint64> placed;
    for (int item : items) {
        if (!m_items.at(item).groups.isEmpty())
            placed.insert(m_items.at(item).sequence);
    }
    for (int item : items) {
        Item &it = m_items[item];
        if (!it.groups.isEmpty())
            continue;
        if (placed.count(it.sequence) || (it.lostMatch && it.isShort))
            continue;
        const int g = int(m_groups.size());
        Group group;
        group.members.append(item);
        group.variantOf.fill(-1, m_c.versions.size());
        group.variantOf[version] = item;
        it.groups.append(g);
        m_groups.append(group);
        m_groupIndex.add(g, it);
        placed.insert(it.sequence);
    }
}

void Comparer::addJoinedVariants()
{
    // A group founded after a version was placed may be part of a joined quotation in that version;
    // groups that existed then had their chance. Such groups are few and quotations many, so the
    // search starts from the group and reaches the quotations through their words.
    for (int v = 0; v < m_c.versions.size(); ++v) {
        if (m_groupsAfter.at(v) >= m_groups.size())
            continue;
        std::unordered_map<quint64, std::vector<int>> byWord;
        for (int item : std::as_const(m_itemsOf.at(v))) {
            const Item &it = m_items.at(item);
            if (it.isShort || it.groups.isEmpty())
                continue;
            for (const auto &[word, weight] : it.bag.entries) {
                std::vector<int> &list = byWord[word];
                if (weight == 1.0F && (list.empty() || list.back() != item))
                    list.push_back(item);
            }
        }
        for (int g = m_groupsAfter.at(v); g < m_groups.size(); ++g) {
            Group &group = m_groups[g];
            const Item &first = m_items.at(group.members.first());
            if (group.variantOf.at(v) >= 0 || first.isShort)
                continue;
            std::vector<int> candidates;
            for (const auto &[word, weight] : first.bag.entries) {
                const auto it = byWord.find(word);
                if (weight == 1.0F && it != byWord.end() && it->second.size() <= CommonWordLimit)
                    candidates.insert(candidates.end(), it->second.cbegin(), it->second.cend());
            }
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            for (int item : candidates) {
                Item &it = m_items[item];
                bool covers = false;
                for (int member : std::as_const(group.members)) {
                    const Item &m = m_items.at(member);
                    if (m.isShort || it.bag.weight <= m.bag.weight)
                        continue; // a joined quotation is longer than each of its parts
                    const Match match = matchItems(it, m);
                    covers = covers || (match.matches && match.coverOfOther >= MatchShare);
                }
                const Item &firstOfOther = m_items.at(m_groups.at(it.groups.first()).members.first());
                if (covers && disjoint(first, firstOfOther)) {
                    it.groups.append(g);
                    group.variantOf[v] = item;
                    break;
                }
            }
        }
    }
}

const SentenceIndex &Comparer::sentenceIndex(int version)
{
    SentenceIndex &index = m_sentenceIndex[version];
    if (!index.isBuilt())
        index.build(m_words.at(version));
    return index;
}

bool containsSequence(const QList<quint64> &haystack, const QList<quint64> &needle)
{
    return std::search(haystack.cbegin(), haystack.cend(), needle.cbegin(), needle.cend()) != haystack.cend();
}

void Comparer::findParaphrase(const Item &reference, int version, QuoteVariant &variant)
{
    const Version &v = m_c.versions.at(version);
    const VersionWords &words = m_words.at(version);
    const int sentenceCount = int(words.sentenceBegin.size()) - 1;
    // The sentences the aligner put beside the quotation come first.
    int cellFirst = -1, cellEnd = -1;
    if (reference.row >= 0) {
        const AlignedRow &row = m_c.rows.at(reference.row);
        if (version < row.cells.size() && row.cells.at(version) >= 0) {
            cellFirst = row.cells.at(version);
            cellEnd = cellFirst + (version < row.spans.size() ? std::max(1, row.spans.at(version)) : 1);
            cellEnd = std::min(cellEnd, sentenceCount);
        }
    }
    int best = -1;
    if (reference.isShort) {
        // A scare quote is found only beside it, as the same words without quote marks.
        for (int s = std::max(cellFirst, 0); s < cellEnd && best < 0; ++s) {
            const QList<quint64> sentence = words.keys.mid(
                words.sentenceBegin.at(s), words.sentenceBegin.at(s + 1) - words.sentenceBegin.at(s));
            if (containsSequence(sentence, reference.words))
                best = s;
        }
    } else {
        // The words shared with each sentence, each counted once; only the sentences that share one
        // are visited.
        if (m_scores.size() < std::size_t(sentenceCount)) {
            m_scores.resize(sentenceCount, 0.0F);
            m_contentShared.resize(sentenceCount, 0);
        }
        m_touched.clear();
        const SentenceIndex &index = sentenceIndex(version);
        float total = 0;
        for (std::size_t i = 0; i < reference.bag.entries.size(); ++i) {
            if (i == 0 || reference.bag.entries[i].first != reference.bag.entries[i - 1].first)
                total += reference.bag.entries[i].second;
        }
        float bestShare = 0;
        auto consider = [&](int s, float score, int contentShared, float minimumShare, int minimumContent) {
            const float share = score / total;
            if (share >= minimumShare && contentShared >= minimumContent && share > bestShare
                && !v.sentences.at(s).boilerplate) {
                best = s;
                bestShare = share;
            }
        };
        // The sentences beside the quotation first, scored on their own words as the index would score
        // them (the same words, added in the same order): in a revision series the aligned sentence is
        // usually the one, and the whole version need not be scored.
        for (int s = std::max(cellFirst, 0); s < cellEnd; ++s) {
            const auto first = words.keys.cbegin() + words.sentenceBegin.at(s);
            const auto last = words.keys.cbegin() + words.sentenceBegin.at(s + 1);
            float score = 0;
            int contentShared = 0;
            for (std::size_t i = 0; i < reference.bag.entries.size(); ++i) {
                const auto &[word, weight] = reference.bag.entries[i];
                if (i > 0 && word == reference.bag.entries[i - 1].first)
                    continue;
                if (index.lists(word) && std::find(first, last, word) != last) {
                    score += weight;
                    contentShared += weight == 1.0F ? 1 : 0;
                }
            }
            consider(s, score, contentShared, 0.3F, 2);
        }
        for (std::size_t i = 0; best < 0 && i < reference.bag.entries.size(); ++i) {
            const auto &[word, weight] = reference.bag.entries[i];
            if (i > 0 && word == reference.bag.entries[i - 1].first)
                continue;
            const int content = weight == 1.0F ? 1 : 0;
            index.forEachSentence(word, [&](int sentence) {
                if (m_scores[sentence] == 0.0F)
                    m_touched.push_back(sentence);
                m_scores[sentence] += weight;
                m_contentShared[sentence] += content;
            });
        }
        if (best < 0) {
            std::sort(m_touched.begin(), m_touched.end()); // the first of equals, as in text order
            for (int s : m_touched)
                consider(s, m_scores[s], m_contentShared[s], 0.6F, 4);
        }
        for (int s : m_touched) {
            m_scores[s] = 0.0F;
            m_contentShared[s] = 0;
        }
    }
    if (best >= 0) {
        variant.sentence = best;
        variant.start = v.sentences.at(best).start;
        variant.end = v.sentences.at(best).end;
    }
}

QList<QuoteGroup> Comparer::run()
{
    const int versionCount = int(m_c.versions.size());
    if (versionCount == 0)
        return {};
    const int base = std::clamp(m_c.base, 0, versionCount - 1);
    m_order.append(base);
    for (int v = 0; v < versionCount; ++v) {
        if (v != base)
            m_order.append(v);
    }
    mapRows();
    extract();
    m_groupsAfter.fill(0, versionCount);
    for (int v : std::as_const(m_order)) {
        assignVersion(v, m_itemsOf.at(v));
        m_groupsAfter[v] = int(m_groups.size());
    }
    addJoinedVariants();

    struct Ordered
    {
        QuoteGroup group;
        bool shared;
        int firstVersionRank;
        qsizetype position;
    };
    std::vector<Ordered> ordered;
    TokenInterner interner;
    std::unordered_map<int, DiffText> diffTexts; // node-based: references stay valid while it grows
    auto diffTextOf = [&](int item) -> const DiffText & {
        auto it = diffTexts.find(item);
        if (it == diffTexts.end())
            it = diffTexts.emplace(item, diffText(m_items.at(item).quote.text, interner)).first;
        return it->second;
    };

    for (const Group &group : std::as_const(m_groups)) {
        // The reference: the base's quotation, else the longest; one that joins quotations only if
        // nothing else quotes the statement.
        int reference = -1;
        auto better = [&](int candidate) {
            if (reference < 0)
                return true;
            const Item &a = m_items.at(candidate), &b = m_items.at(reference);
            const bool aJoined = a.groups.size() > 1, bJoined = b.groups.size() > 1;
            if (aJoined != bJoined)
                return !aJoined;
            return a.words.size() > b.words.size();
        };
        const int baseItem = group.variantOf.at(base);
        if (baseItem >= 0 && m_items.at(baseItem).groups.size() == 1) {
            reference = baseItem;
        } else {
            for (int v : std::as_const(m_order)) {
                const int item = group.variantOf.at(v);
                if (item >= 0 && better(item))
                    reference = item;
            }
        }
        const Item &ref = m_items.at(reference);

        QuoteGroup out;
        out.reference = ref.version;
        int present = 0;
        QHash<QString, int> speakerVotes;
        for (int v = 0; v < versionCount; ++v) {
            QuoteVariant variant;
            variant.version = v;
            const int item = group.variantOf.at(v);
            if (item < 0) {
                variant.fidelity = QuoteFidelity::Absent;
                findParaphrase(ref, v, variant);
            } else {
                const Item &it = m_items.at(item);
                ++present;
                variant.sentence = it.quote.sentence;
                variant.start = it.quote.start;
                variant.end = it.quote.end;
                variant.text = it.quote.text;
                if (item == reference)
                    variant.fidelity = QuoteFidelity::Exact;
                else
                    variant.fidelity = classify(
                        ref.quote.text, it.quote.text,
                        [&] { return std::pair(&diffTextOf(reference), &diffTextOf(item)); },
                        it.groups.size() > 1, &variant.wordChanges);
                // The same words between other quote marks (“…” against "…") is a typographic rendering.
                if (variant.fidelity == QuoteFidelity::Exact && item != reference
                    && quoteMarks(it) != quoteMarks(ref))
                    variant.fidelity = QuoteFidelity::Typographic;
                if (!it.quote.speaker.isEmpty())
                    ++speakerVotes[it.quote.speaker];
            }
            out.variants.append(variant);
        }
        out.speaker = ref.quote.speaker;
        if (out.speaker.isEmpty()) {
            int votes = 0;
            for (auto it = speakerVotes.cbegin(); it != speakerVotes.cend(); ++it) {
                if (it.value() > votes || (it.value() == votes && it.key() < out.speaker)) {
                    votes = it.value();
                    out.speaker = it.key();
                }
            }
        }
        int rank = 0;
        while (group.variantOf.at(m_order.at(rank)) < 0)
            ++rank;
        const qsizetype position = m_items.at(group.variantOf.at(m_order.at(rank))).quote.start;
        ordered.push_back({ std::move(out), present >= 2, rank, position });
    }

    std::stable_sort(ordered.begin(), ordered.end(), [](const Ordered &a, const Ordered &b) {
        if (a.shared != b.shared)
            return a.shared;
        if (a.firstVersionRank != b.firstVersionRank)
            return a.firstVersionRank < b.firstVersionRank;
        return a.position < b.position;
    });
    QList<QuoteGroup> groups;
    groups.reserve(qsizetype(ordered.size()));
    for (Ordered &o : ordered)
        groups.append(std::move(o.group));
    return groups;
}

} // namespace

QList<QuoteGroup> QuoteComparer::compare(const Comparison &comparison, QThreadPool *pool)
{
    return Comparer(comparison, pool).run();
}

} // namespace Parallax
