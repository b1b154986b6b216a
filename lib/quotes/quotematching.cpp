// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotematching_p.h"

#include "quotes/quotetext_p.h"

#include <algorithm>

namespace Parallax::Internal {

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

} // namespace Parallax::Internal
