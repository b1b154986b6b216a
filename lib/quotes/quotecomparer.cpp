// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotecomparer.h"

#include "quotes/quoteextractor.h"
#include "quotes/quotetext_p.h"
#include "text/tokenizer.h"
#include "text/worddiff.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

using namespace Internal;

namespace {

// Quotations of at most this many words are scare quotes or labels: they match only the same words.
constexpr int ShortQuoteWords = 2;
// Share of one quotation's (weighted) words that must appear in the other for the two to match.
constexpr float MatchShare = 0.6F;
// At least this much weighted word evidence, so that two long quotations sharing "the" and "of" do not.
constexpr float MinimumEvidence = 2.0F;
// How many distinct wordings of a group a new quotation is compared with.
constexpr qsizetype MaxRepresentatives = 6;
// Function words count for less: they say little about which statement a quotation comes from.
constexpr float FunctionWordWeight = 0.4F;
// A word that this many groups or sentences share tells nothing about which one a quotation belongs to;
// skipping it keeps huge inputs (a 20 MB text) near linear. Articles never come close.
constexpr std::size_t CommonWordLimit = 400;

struct WordBag
{
    std::vector<std::pair<quint64, float>> entries; // sorted by key; repeated words repeat
    float weight = 0;
};

WordBag makeBag(const QList<quint64> &words)
{
    WordBag bag;
    bag.entries.reserve(words.size());
    for (quint64 w : words) {
        const float weight = functionWords().contains(w) ? FunctionWordWeight : 1.0F;
        bag.entries.emplace_back(w, weight);
        bag.weight += weight;
    }
    std::sort(bag.entries.begin(), bag.entries.end());
    return bag;
}

// Weighted size of the multiset intersection.
float commonWeight(const WordBag &a, const WordBag &b)
{
    float common = 0;
    auto i = a.entries.cbegin(), j = b.entries.cbegin();
    while (i != a.entries.cend() && j != b.entries.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            common += i->second;
            ++i;
            ++j;
        }
    }
    return common;
}

// One extracted quotation, prepared for matching.
struct Item
{
    int version = 0;
    Quotation quote;
    QList<quint64> words;
    WordBag bag;
    quint64 sequence = 0; // a key of the whole word sequence
    bool isShort = false;
    bool lostMatch = false; // matched a group that took another quotation of its version
    int row = -1; // aligned row of its sentence
    QList<int> groups; // groups it is a variant of; two or more: it joins quotations
};

quint64 sequenceKey(const QList<quint64> &words)
{
    quint64 h = 14695981039346656037ULL;
    for (quint64 w : words) {
        h ^= w;
        h *= 1099511628211ULL;
        h ^= h >> 31;
    }
    return h;
}

struct Match
{
    bool matches = false;
    float score = 0; // how alike, for choosing among candidates
    float coverOfOther = 0; // share of the other quotation found in this one
};

Match matchItems(const Item &q, const Item &m)
{
    Match match;
    if (q.isShort || m.isShort) {
        if (q.isShort && m.isShort && q.words == m.words) {
            match.matches = true;
            match.score = 1.0F;
            match.coverOfOther = 1.0F;
        }
        return match;
    }
    const float common = commonWeight(q.bag, m.bag);
    const float ofQ = common / q.bag.weight;
    const float ofM = common / m.bag.weight;
    match.matches = common >= MinimumEvidence && std::max(ofQ, ofM) >= MatchShare;
    match.score = common / std::max(q.bag.weight, m.bag.weight);
    match.coverOfOther = ofM;
    return match;
}

// True when one's words are mostly separate from the other's: two parts of a joined quotation.
bool disjoint(const Item &a, const Item &b)
{
    if (a.isShort || b.isShort)
        return a.words != b.words;
    return commonWeight(a.bag, b.bag) < 0.5F * std::min(a.bag.weight, b.bag.weight);
}

struct Group
{
    QList<int> members; // items, in the order they joined
    QList<int> variantOf; // per version: item index or -1
};

// The word tokens of a text as interned ids (case folded), for the word diff of one variant.
struct DiffText
{
    QString text;
    QList<Token> tokens;
    QList<int> ids;
};

DiffText diffText(const QString &text, TokenInterner &interner)
{
    DiffText d;
    d.text = text;
    const QList<Token> all = Tokenizer::tokenize(text);
    for (const Token &t : all) {
        if (t.type != Token::Word && t.type != Token::Number)
            continue;
        d.tokens.append(t);
        const QStringView word = QStringView(text).mid(t.start, t.end - t.start);
        d.ids.append(interner.intern(TypographyNormalizer::tokenKey(word, t.type).toCaseFolded()));
    }
    return d;
}

QString tokenSpan(const DiffText &d, int from, int to)
{
    if (from >= to)
        return {};
    const qsizetype start = d.tokens.at(from).start;
    return d.text.mid(start, d.tokens.at(to - 1).end - start);
}

WordChange describe(const DiffHunk &h, const DiffText &a, const DiffText &b)
{
    int a0 = h.aBegin, a1 = h.aEnd, b0 = h.bBegin, b1 = h.bEnd;
    if (a0 == a1 || b0 == b1) {
        // An insertion or deletion reads better with the words around it: "reached the agreement".
        if (a0 > 0 && b0 > 0) {
            --a0;
            --b0;
        }
        if (a1 < a.tokens.size() && b1 < b.tokens.size()) {
            ++a1;
            ++b1;
        }
    }
    return { tokenSpan(a, a0, a1), tokenSpan(b, b0, b1) };
}

// The fidelity of a variant against the reference; the word ids are made only when the characters and
// the typographic forms differ.
template<typename DiffTexts>
QuoteFidelity classify(const QString &referenceText, const QString &variantText, DiffTexts &&diffTexts,
    bool merged, QList<WordChange> *wordChanges)
{
    if (referenceText == variantText)
        return QuoteFidelity::Exact;
    if (TypographyNormalizer::normalize(referenceText) == TypographyNormalizer::normalize(variantText))
        return QuoteFidelity::Typographic;
    const auto [referencePtr, variantPtr] = diffTexts();
    const DiffText &reference = *referencePtr;
    const DiffText &variant = *variantPtr;
    if (reference.ids == variant.ids)
        return QuoteFidelity::Typographic; // only case or punctuation differ
    // A contiguous part or a whole with more around it; the word diff alone could place a repeated word
    // ("we will ... we will") inside rather than at the edge.
    auto contains = [](const QList<int> &outer, const QList<int> &inner) {
        return std::search(outer.cbegin(), outer.cend(), inner.cbegin(), inner.cend()) != outer.cend();
    };
    if (variant.ids.size() < reference.ids.size() && contains(reference.ids, variant.ids))
        return merged ? QuoteFidelity::Merged : QuoteFidelity::Truncated;
    if (variant.ids.size() > reference.ids.size() && contains(variant.ids, reference.ids))
        return merged ? QuoteFidelity::Merged : QuoteFidelity::Extended;
    const QList<DiffHunk> hunks = WordDiff::diff(reference.ids, variant.ids);
    const int n = int(reference.ids.size()), m = int(variant.ids.size());
    QList<DiffHunk> inner;
    bool cutAtEdge = false, addedAtEdge = false;
    for (const DiffHunk &h : hunks) {
        const bool pure = h.aBegin == h.aEnd || h.bBegin == h.bEnd;
        const bool atEdge = (h.aBegin == 0 && h.bBegin == 0) || (h.aEnd == n && h.bEnd == m);
        if (pure && atEdge)
            (h.aBegin == h.aEnd ? addedAtEdge : cutAtEdge) = true;
        else
            inner.append(h);
    }
    if (!inner.isEmpty()) {
        for (const DiffHunk &h : std::as_const(inner))
            wordChanges->append(describe(h, reference, variant));
        return QuoteFidelity::Altered;
    }
    if (merged)
        return QuoteFidelity::Merged;
    if (cutAtEdge && !addedAtEdge)
        return QuoteFidelity::Truncated;
    if (addedAtEdge && !cutAtEdge)
        return QuoteFidelity::Extended;
    // Cut at one end and lengthened at the other: a shifted excerpt, reported word by word.
    for (const DiffHunk &h : hunks)
        wordChanges->append(describe(h, reference, variant));
    return QuoteFidelity::Altered;
}

// The groups by the words of the quotations that stand for them, so that a quotation is compared only
// with the groups it shares a word with.
class GroupIndex
{
public:
    void add(int group, const Item &item)
    {
        if (item.isShort) {
            insert(m_bySequence[item.sequence], group);
            return;
        }
        for (const auto &[word, weight] : item.bag.entries)
            insert((weight == 1.0F ? m_byWord : m_byFunctionWord)[word], group);
    }

    // Groups sharing the quotation's content words (its function words if it has none), each once.
    const std::vector<int> &candidates(const Item &item)
    {
        m_result.clear();
        ++m_stamp;
        if (item.isShort) {
            collect(m_bySequence, item.sequence);
            return m_result;
        }
        bool content = false;
        for (const auto &[word, weight] : item.bag.entries) {
            if (weight == 1.0F) {
                content = true;
                collect(m_byWord, word);
            }
        }
        if (!content) {
            for (const auto &entry : item.bag.entries)
                collect(m_byFunctionWord, entry.first);
        }
        return m_result;
    }

private:
    using Lists = std::unordered_map<quint64, std::vector<int>>;
    static void insert(std::vector<int> &list, int group)
    {
        if (list.empty() || list.back() != group)
            list.push_back(group);
    }
    void collect(const Lists &lists, quint64 key)
    {
        const auto it = lists.find(key);
        if (it == lists.end() || it->second.size() > CommonWordLimit)
            return;
        for (int group : it->second) {
            if (std::size_t(group) >= m_seen.size())
                m_seen.resize(std::size_t(group) + 1, 0);
            if (m_seen[group] != m_stamp) {
                m_seen[group] = m_stamp;
                m_result.push_back(group);
            }
        }
    }

    Lists m_byWord;
    Lists m_byFunctionWord;
    Lists m_bySequence;
    std::vector<quint64> m_seen; // per group: the stamp of the last query that listed it
    quint64 m_stamp = 0;
    std::vector<int> m_result;
};

// Which sentences of a version hold a word: an open-addressing table from word key to a chain of
// (sentence, next) postings, each sentence listed once per word.
class SentenceIndex
{
public:
    bool isBuilt() const { return !m_slotKey.empty(); }
    void build(const VersionWords &words)
    {
        resize(1024);
        m_sentence.reserve(words.keys.size());
        m_next.reserve(words.keys.size());
        for (qsizetype s = 0; s + 1 < words.sentenceBegin.size(); ++s) {
            for (int w = words.sentenceBegin.at(s); w < words.sentenceBegin.at(s + 1); ++w) {
                const quint64 key = words.keys.at(w);
                std::size_t slot = find(key);
                if (m_slotHead[slot] < 0) {
                    // The table holds distinct words, far fewer than words in the text: grow it as they come.
                    if (++m_used * 2 > m_slotKey.size()) {
                        resize(m_slotKey.size() * 2);
                        slot = find(key);
                    }
                    m_slotKey[slot] = key;
                } else if (m_sentence[m_slotHead[slot]] == s) {
                    continue; // the word again in the same sentence
                }
                m_sentence.push_back(int(s));
                m_next.push_back(m_slotHead[slot]);
                m_slotHead[slot] = int(m_sentence.size()) - 1;
                ++m_slotCount[slot];
            }
        }
    }
    // Calls f(sentence) for every sentence holding the word, unless too many hold it.
    template<typename F> void forEachSentence(quint64 key, F &&f) const
    {
        const std::size_t slot = find(key);
        if (std::size_t(m_slotCount[slot]) > CommonWordLimit)
            return;
        for (int p = m_slotHead[slot]; p >= 0; p = m_next[p])
            f(m_sentence[p]);
    }

private:
    std::size_t find(quint64 key) const
    {
        std::size_t slot = std::size_t(key ^ (key >> 29)) & m_mask;
        while (m_slotHead[slot] >= 0 && m_slotKey[slot] != key)
            slot = (slot + 1) & m_mask;
        return slot;
    }
    void resize(std::size_t capacity)
    {
        std::vector<quint64> keys(capacity, 0);
        std::vector<int> heads(capacity, -1);
        std::vector<int> counts(capacity, 0);
        std::swap(keys, m_slotKey);
        std::swap(heads, m_slotHead);
        std::swap(counts, m_slotCount);
        m_mask = capacity - 1;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (heads[i] < 0)
                continue;
            const std::size_t slot = find(keys[i]);
            m_slotKey[slot] = keys[i];
            m_slotHead[slot] = heads[i];
            m_slotCount[slot] = counts[i];
        }
    }

    std::size_t m_mask = 0;
    std::size_t m_used = 0;
    std::vector<quint64> m_slotKey;
    std::vector<int> m_slotHead; // first posting, -1 for an empty slot
    std::vector<int> m_slotCount;
    std::vector<int> m_sentence;
    std::vector<int> m_next;
};

class Comparer
{
public:
    explicit Comparer(const Comparison &comparison)
        : m_c(comparison)
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
    for (int v = 0; v < m_c.versions.size(); ++v) {
        const QList<Quotation> quotes = extractQuotations(m_c.versions.at(v), &m_words[v]);
        for (const Quotation &q : quotes) {
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
            const auto &[word, weight] = reference.bag.entries[i];
            if (i > 0 && word == reference.bag.entries[i - 1].first)
                continue;
            total += weight;
            const int content = weight == 1.0F ? 1 : 0;
            index.forEachSentence(word, [&](int sentence) {
                if (m_scores[sentence] == 0.0F)
                    m_touched.push_back(sentence);
                m_scores[sentence] += weight;
                m_contentShared[sentence] += content;
            });
        }
        float bestShare = 0;
        auto consider = [&](int s, float minimumShare, int minimumContent) {
            const float share = m_scores[s] / total;
            if (share >= minimumShare && m_contentShared[s] >= minimumContent && share > bestShare
                && !v.sentences.at(s).boilerplate) {
                best = s;
                bestShare = share;
            }
        };
        for (int s = std::max(cellFirst, 0); s < cellEnd; ++s)
            consider(s, 0.3F, 2);
        if (best < 0) {
            std::sort(m_touched.begin(), m_touched.end()); // the first of equals, as in text order
            for (int s : m_touched)
                consider(s, 0.6F, 4);
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

QList<QuoteGroup> QuoteComparer::compare(const Comparison &comparison)
{
    return Comparer(comparison).run();
}

} // namespace Parallax
