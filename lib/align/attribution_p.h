// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who said it is not what was said (private to lib/align). News writing frames most statements with their
// source: "..., police said", "Northline Power said ...", "Detective Inspector Paul Rainer, who is leading
// the inquiry, said ...", "according to the museum". Two sentences that share only that frame (the same
// detective on an arrest and on how the raid was planned; the operator on its outage figures and on its
// reconnection estimate) are different statements. The statement of a sentence is its bag of terms without
// the frame's; the aligner's pair and merge rules judge what two sentences state by it.

#include "align/similarity.h"
#include "core/comparison.h"

#include <QList>
#include <QStringView>

namespace Parallax::Internal {

// The words of a sentence that name the source of what it says and the verb of saying: their indices
// among the sentence's word and number tokens (Tokenizer), in order. A frame is a reporting verb ("said",
// "told", "added", "insisted"; "according to") with its speaker: a short noun phrase right before it ("the
// company said", "police have said"), right after it where the verb opens its clause ("said museum director
// Anna Meszaros"), or, where the verb opens a clause that reports, the subject and its appositives at the
// start of the sentence ("Gareth Pryce, the company's operations manager, said ..."). Words inside quotation
// marks are never part of it, and a phrase with a verb or a number of its own ("The museum has closed and
// has not said") is no speaker.
QList<int> attributionWords(QStringView sentence);

// Per sentence of every version: the terms only its attribution uses (its frame), sorted.
class Statements
{
public:
    using Bag = StorySimilarity::Bag;

    // tokens[version][sentence] and words as StorySimilarity::build takes them.
    void build(const QList<Version> &versions, const StorySimilarity &story,
        const QList<QList<QList<int>>> &tokens, const QStringList &words);
    // The frame of one sentence, and of consecutive sentences [first, first + span).
    const QList<int> &frame(int version, int sentence) const { return m_frames.at(version).at(sentence); }
    QList<int> frame(int version, int first, int span) const;
    // The terms two frames share: the same source named by both sentences.
    static QList<int> common(const QList<int> &a, const QList<int> &b);
    // A bag without some terms (sorted).
    Bag without(const Bag &bag, const QList<int> &terms) const;

private:
    const StorySimilarity *m_story = nullptr;
    QList<QList<QList<int>>> m_frames;
};

// Terms a statement must keep for it to be judged apart from its sentence: with fewer ("'Yes,' he said.")
// the sentence is mostly its frame and is judged whole.
constexpr int StatementTerms = 3;

} // namespace Parallax::Internal
