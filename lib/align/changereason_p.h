// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The word tests the fact rules of changereason.cpp are built from, shared by its parts (names in
// namechange.cpp). Internal to lib/align.

#include "align/changereason.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parallax::ReasonWords {

// A light stem ("stated" -> "stat"), so that an inflected form counts as the same word.
QString lightStem(const QString &w);
// The set has the word or its light stem.
bool contains(const QSet<QString> &set, const QString &word);
// The key a word is counted under in HunkContext's sentence counts.
QString countKey(const QString &w);
// The word occurs more often in its own sentence than in the other: it was added (or dropped) here,
// not moved from elsewhere in the sentence.
bool isNewIn(const QString &w, const QHash<QString, int> &own, const QHash<QString, int> &other);
// Whether the after text still has the word somewhere, as a whole word, in any case.
bool keptInText(const HunkContext &ctx, const QString &word);
// The answer the context's after text gives to a question a rule asked (namechange.cpp).
bool answer(const HunkContext &ctx, const DocumentQuery &query);
// Notes a question and its answer where the context keeps them; returns the answer.
inline bool noted(const HunkContext &ctx, DocumentQuery::Kind kind, const QString &name, bool answer,
    const QString &other = {})
{
    if (ctx.queries)
        ctx.queries->append({ kind, name, other, answer });
    return answer;
}
// The text has the word as a whole word, in any case.
bool containsWord(QStringView text, const QString &word);
bool isNumeric(const QString &w);
// A year or a clock time, which is a date rather than a quantity.
bool isDateNumber(const QString &w);
// A date word that names a day or a month, or a unit of time anchored by a deictic word ("that night")
// or measuring from an event ("days before"); previous and next are the words around the side.
bool isSpecificDate(const HunkWords &side, qsizetype i, const QString &previous, const QString &next);
// A part of a date dropped beside the rest of it, which stays: the day of the month after its weekday or
// month ("Sunday (20th)" -> "Sunday"), the year after its day ("December 4, 2008" -> "December 4").
// previous is the word before the deletion.
bool datePartBeside(const QString &w, const QString &previous);
// "first" before a verb ("first published", "first raped") orders events: an adverb, not a count of
// things as in "the first case"; next is the word after the side.
bool adverbOfOrder(const HunkWords &side, qsizetype i, const QString &next);
// The value a number or a date word stands for ("five" -> "5", "Mar." -> "march").
QString valueOf(const QString &word);
bool isArticle(const QString &w);
bool isQuantifier(const QString &w);
// A word that only helps a quantifier ("to" of "up to", "than" of "more than").
bool isQuantifierParticle(const QString &w);
// The words that place an event in time relative to a date ("since", "before", "last").
QSet<QString> timeRelations(const QStringList &words);
// How many negations the words hold; initial says which words open their sentence.
int polarity(const QStringList &words, const QList<bool> &initial = {});
// How many negations a whole sentence holds.
int sentencePolarity(QStringView sentence);
QSet<int> modalitiesOf(const QStringList &words);
// Words that carry content (no function words, connectives, numbers, dates, negations, modals).
QStringList contentWords(const QStringList &words);
// Edit distance, a swap of two neighbouring letters counting as one.
int distance(const QString &a, const QString &b);
// The words are one verb, with at most auxiliaries: a predicate, no new participant.
bool loneVerb(const QStringList &words);
// Known to the dictionary only as an adjective or an adverb.
bool isModifier(const QString &w);
// One word in two forms: inflections, a common stem, a typo ("sqaure" / "square").
bool sameWordForm(const QString &a, const QString &b);
// The two words name the same thing or event (forms, derivations, synonyms, hypernyms).
bool related(const QString &a, const QString &b);
// A word for a thing or a person (not an event or an act) made more specific: "weapon" / "gun".
bool moreSpecificThing(const QString &general, const QString &specific);
// Two neighbouring words of a side that the dictionary knows as one ("tip over"), related to a word
// left on the other side: the phrase's words leave own, the related word leaves other.
void pairPhrasalVerbs(const QStringList &words, QStringList &own, QStringList &other);
// The dropped words form a clause of their own.
bool droppedClause(const HunkWords &dropped, const QStringList &droppedContent);
// WordNet knows the word (or its lemma) in some part of speech.
bool inDictionary(const QString &w);
// Splits the words of a side that lack a space between them ("eveningafter", "ThursdayJanuary"): a word
// no dictionary knows, made of a word the other sentence has and another known word. The own sentence's
// counts follow; true when a word was split.
bool splitGlued(HunkWords &side, QHash<QString, int> &own, const QHash<QString, int> &other);
// A WordNet antonym pair.
bool opposite(const QString &a, const QString &b);

// Names (namechange.cpp).
bool isName(const HunkWords &side, qsizetype i, const HunkContext &context);
// One name stands for the other: an acronym of it or a part of it.
bool sameEntity(const QString &a, const QString &b);
// One name (lower case) abbreviates the other: "pa" / "pennsylvania", "eu" / "european union".
bool abbreviates(const QString &la, const QString &lb);
// Runs of consecutive names, lower case, joined by spaces.
QStringList namePhrases(const HunkWords &side, const HunkContext &context);
// The names rule: ChangeReason::Name when an entity changes, ChangeReason::None when the difference is
// an acronym spelled out (wording, no further rule applies), nothing when the names say nothing.
std::optional<ChangeReason> nameChange(const HunkWords &a, const HunkWords &b, const HunkContext &ctx);

} // namespace Parallax::ReasonWords
