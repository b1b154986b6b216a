// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotecomparer.h"

#include "align/worddiff.h"
#include "quotes/quoteextractor.h"
#include "quotes/quotetext_p.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <unordered_map>
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
// Function words count for less: they say little about which statement a quotation comes from.
constexpr float FunctionWordWeight = 0.4F;

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
    bool isShort = false;
    int row = -1; // aligned row of its sentence
    QList<int> groups; // groups it is a variant of; two or more: it joins quotations
};

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

QString describe(const DiffHunk &h, const DiffText &a, const DiffText &b)
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
    return tokenSpan(a, a0, a1) + u" -> "_s + tokenSpan(b, b0, b1);
}

QuoteFidelity classify(
    const DiffText &reference, const DiffText &variant, bool merged, QStringList *wordChanges)
{
    if (reference.text == variant.text)
        return QuoteFidelity::Exact;
    if (TypographyNormalizer::normalize(reference.text) == TypographyNormalizer::normalize(variant.text))
        return QuoteFidelity::Typographic;
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
    const WordBag &sentenceBag(int version, int sentence);
    const QList<quint64> &sentenceWords(int version, int sentence);
    void findParaphrase(const Item &reference, int version, QuoteVariant &variant);
    Match matchGroup(const Item &q, const Group &g) const;

    const Comparison &m_c;
    QList<QList<int>> m_rowOf; // per version, per sentence
    QList<Item> m_items;
    QList<QList<int>> m_itemsOf; // per version
    QList<Group> m_groups;
    QList<int> m_order; // versions, base first
    QHash<qint64, std::pair<QList<quint64>, WordBag>> m_sentenceCache;
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
    for (int v = 0; v < m_c.versions.size(); ++v) {
        const QList<Quotation> quotes = QuoteExtractor::extract(m_c.versions.at(v));
        for (const Quotation &q : quotes) {
            Item item;
            item.version = v;
            item.quote = q;
            item.words = wordKeys(q.text);
            if (item.words.isEmpty())
                continue;
            item.bag = makeBag(item.words);
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
    const int existingGroups = int(m_groups.size());
    std::vector<Candidate> candidates;
    for (int item : items) {
        for (int g = 0; g < existingGroups; ++g) {
            const Match match = matchGroup(m_items.at(item), m_groups.at(g));
            if (match.matches)
                candidates.push_back({ item, g, match });
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.match.score > b.match.score; });

    QList<bool> matchedSomewhere(m_items.size(), false);
    for (const Candidate &c : candidates) {
        Group &group = m_groups[c.group];
        Item &item = m_items[c.item];
        matchedSomewhere[c.item] = true;
        if (group.variantOf.at(version) >= 0)
            continue;
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
        if (m_items.at(c.item).groups.contains(c.group))
            m_groups[c.group].members.append(c.item);
    }

    // Quotations no group took found groups of their own, except repeats of one already placed.
    QList<int> placed;
    for (int item : items) {
        if (!m_items.at(item).groups.isEmpty())
            placed.append(item);
    }
    for (int item : items) {
        Item &it = m_items[item];
        if (!it.groups.isEmpty())
            continue;
        const bool repeat = std::any_of(
            placed.cbegin(), placed.cend(), [&](int other) { return m_items.at(other).words == it.words; });
        if (repeat || (matchedSomewhere[item] && it.isShort))
            continue;
        Group group;
        group.members.append(item);
        group.variantOf.fill(-1, m_c.versions.size());
        group.variantOf[version] = item;
        it.groups.append(int(m_groups.size()));
        m_groups.append(group);
        placed.append(item);
    }
}

void Comparer::addJoinedVariants()
{
    // A group founded by a later version may be part of a joined quotation in an earlier one.
    for (int g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        for (int v = 0; v < m_c.versions.size(); ++v) {
            if (group.variantOf.at(v) >= 0)
                continue;
            for (int item : std::as_const(m_itemsOf.at(v))) {
                Item &it = m_items[item];
                if (it.isShort || it.groups.isEmpty())
                    continue;
                bool covers = false;
                for (int member : std::as_const(group.members)) {
                    const Item &m = m_items.at(member);
                    const Match match = matchItems(it, m);
                    if (match.matches && match.coverOfOther >= MatchShare)
                        covers = true;
                }
                const Item &firstOfOther = m_items.at(m_groups.at(it.groups.first()).members.first());
                if (covers && disjoint(m_items.at(group.members.first()), firstOfOther)) {
                    it.groups.append(g);
                    group.variantOf[v] = item;
                    break;
                }
            }
        }
    }
}

const QList<quint64> &Comparer::sentenceWords(int version, int sentence)
{
    const qint64 key = (qint64(version) << 32) | sentence;
    auto it = m_sentenceCache.find(key);
    if (it == m_sentenceCache.end()) {
        QList<quint64> words = wordKeys(m_c.versions.at(version).sentenceText(sentence));
        WordBag bag = makeBag(words);
        it = m_sentenceCache.insert(key, { std::move(words), std::move(bag) });
    }
    return it->first;
}

const WordBag &Comparer::sentenceBag(int version, int sentence)
{
    sentenceWords(version, sentence);
    return m_sentenceCache.find((qint64(version) << 32) | sentence)->second;
}

bool containsSequence(const QList<quint64> &haystack, const QList<quint64> &needle)
{
    return std::search(haystack.cbegin(), haystack.cend(), needle.cbegin(), needle.cend()) != haystack.cend();
}

void Comparer::findParaphrase(const Item &reference, int version, QuoteVariant &variant)
{
    const Version &v = m_c.versions.at(version);
    int best = -1;
    float bestShare = 0;
    auto consider = [&](int sentence, float minimumShare, float minimumEvidence) {
        if (sentence < 0 || sentence >= v.sentences.size() || v.sentences.at(sentence).boilerplate)
            return;
        if (reference.isShort) {
            if (containsSequence(sentenceWords(version, sentence), reference.words) && bestShare < 1) {
                best = sentence;
                bestShare = 1;
            }
            return;
        }
        const float common = commonWeight(reference.bag, sentenceBag(version, sentence));
        const float share = common / reference.bag.weight;
        if (share >= minimumShare && common >= minimumEvidence && share > bestShare) {
            best = sentence;
            bestShare = share;
        }
    };
    // First the sentences the aligner put beside the quotation, then, for a real quotation, anywhere.
    if (reference.row >= 0) {
        const AlignedRow &row = m_c.rows.at(reference.row);
        if (version < row.cells.size() && row.cells.at(version) >= 0) {
            const int span = version < row.spans.size() ? std::max(1, row.spans.at(version)) : 1;
            for (int s = row.cells.at(version); s < row.cells.at(version) + span; ++s)
                consider(s, 0.3F, 1.0F);
        }
    }
    if (best < 0 && !reference.isShort) {
        for (int s = 0; s < v.sentences.size(); ++s)
            consider(s, 0.5F, 3.0F);
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
    for (int v : std::as_const(m_order))
        assignVersion(v, m_itemsOf.at(v));
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
                        diffTextOf(reference), diffTextOf(item), it.groups.size() > 1, &variant.wordChanges);
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
