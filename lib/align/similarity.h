// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Parallax {

// How much two sentences of one story say the same, in a way that sees through rewording:
// - only content words count, reduced to a stem ("closed", "closing", "closes" are one term), numbers by
//   their value ("ten" and "10" are one term);
// - each term weighs by how rare it is in the story (inverse document frequency over all the versions'
//   sentences), so that the words every sentence of the story shares count little and the facts of one
//   sentence count much; names and numbers weigh more still, as the anchors a rewrite keeps;
// - a content word left unmatched may still match a synonym (a shared WordNet synset: "rejected" and
//   "rebuffed", "factory" and "plant") or a word derived from it ("signed" and "signature", "military"
//   and "militarily") for part of its weight.
// The score is a weighted Dice coefficient, 0..1.
class StorySimilarity
{
public:
    struct Bag
    {
        QList<int> terms; // sorted, unique term ids
        double weight = 0; // sum of the terms' weights
    };

    // sentences[version][sentence]: the sentence's word and number tokens in order, each as
    // (word id << 1) | 1 when it starts with a capital letter; words[id] is the word in lower case,
    // numbers[id] whether it is written in digits.
    void build(
        const QList<QList<QList<int>>> &sentences, const QStringList &words, const QList<bool> &numbers);

    const Bag &bag(int version, int sentence) const { return m_bags.at(version).at(sentence); }
    // The bag of consecutive sentences [first, first + span).
    Bag bag(int version, int first, int span) const;
    Bag join(const Bag &a, const Bag &b) const;
    double similarity(const Bag &a, const Bag &b) const;
    // The weight that the two bags share (exact terms in full, synonyms in part).
    double shared(const Bag &a, const Bag &b) const;
    double termWeight(int term) const { return m_weights.at(term); }
    int termCount() const { return int(m_weights.size()); }
    // The term of a word (lower case, typography normalised) as the story's bags hold it; -1 for a
    // function word or a word no sentence of the story has.
    int wordTerm(const QString &lowerWord) const;
    const QList<int> &synonyms(int term) const { return m_synonyms.at(term); }

    // Share of a synonym's weight that counts as shared.
    static constexpr double SynonymCredit = 0.7;

private:
    int termId(const QString &key, const QString &word, bool isNumber);

    QList<QList<Bag>> m_bags;
    QList<double> m_weights;
    // Per term: the other terms of the story it shares a WordNet synset with, sorted.
    QList<QList<int>> m_synonyms;
    QList<bool> m_number;
    QList<int> m_capitalised, m_lower; // per term: occurrences inside a sentence with and without a capital
    QList<QString> m_words; // per term: a surface form, for WordNet
    QHash<QString, int> m_ids;
};

// A light English stemmer for alignment: plural, past, gerund and adverb endings and a final "e" go, so
// that inflected forms of one word share a stem. Not meant for display.
QString alignmentStem(const QString &lowerWord);

} // namespace Parallax
