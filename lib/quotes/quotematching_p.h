// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quoteextractor.h"

#include <QList>

#include <utility>
#include <vector>

// Whether two quotations are the same statement: weighted bags of their words compared.
namespace Parallax::Internal {

// Quotations of at most this many words are scare quotes or labels: they match only the same words.
inline constexpr int ShortQuoteWords = 2;
// Share of one quotation's (weighted) words that must appear in the other for the two to match.
inline constexpr float MatchShare = 0.6F;
// At least this much weighted word evidence, so that two long quotations sharing "the" and "of" do not.
inline constexpr float MinimumEvidence = 2.0F;
// How many distinct wordings of a group a new quotation is compared with.
inline constexpr qsizetype MaxRepresentatives = 6;
// Function words count for less: they say little about which statement a quotation comes from.
inline constexpr float FunctionWordWeight = 0.4F;
// A word that this many groups or sentences share tells nothing about which one a quotation belongs to;
// skipping it keeps huge inputs (a 20 MB text) near linear. Articles never come close.
inline constexpr std::size_t CommonWordLimit = 400;

struct WordBag
{
    std::vector<std::pair<quint64, float>> entries; // sorted by key; repeated words repeat
    float weight = 0;
};

WordBag makeBag(const QList<quint64> &words);

// Weighted size of the multiset intersection.
float commonWeight(const WordBag &a, const WordBag &b);

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

// A key of the whole word sequence.
quint64 sequenceKey(const QList<quint64> &words);

struct Match
{
    bool matches = false;
    float score = 0; // how alike, for choosing among candidates
    float coverOfOther = 0; // share of the other quotation found in this one
};

Match matchItems(const Item &q, const Item &m);

// True when one's words are mostly separate from the other's: two parts of a joined quotation.
bool disjoint(const Item &a, const Item &b);

struct Group
{
    QList<int> members; // items, in the order they joined
    QList<int> variantOf; // per version: item index or -1
};

} // namespace Parallax::Internal
