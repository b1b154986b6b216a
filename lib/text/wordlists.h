// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Parallax {

class WordSet;

// Closed word classes of English that decide how much a changed word matters. Arguments are lower case
// with straight apostrophes (TypographyNormalizer::normalize(...).toLower()).
namespace WordLists {

// Articles, pronouns, prepositions, conjunctions, auxiliaries and discourse connectives ("still", "but").
bool isFunctionWord(QStringView word);
// not, no, never, n't forms, without, ...
bool isNegation(QStringView word);
// one, twenty, hundred, dozen, half, first, ...
bool isNumberWord(QStringView word);
// Month and weekday names: a changed date.
bool isDateWord(QStringView word);
// Commonly confused spellings: its/it's, their/there/they're, your/you're, then/than, ...
bool areConfusable(QStringView a, QStringView b);
// Grammatical forms of one word: says/said, agree/agreed, was/were, country/countries.
bool areInflections(QStringView a, QStringView b);
// Person and gender of a pronoun (he/him/his one class, they/them/their another), -1 for other words.
int pronounClass(QStringView word);
// The same function words as a set (for callers that look up folded keys).
const WordSet &functionWords();
// Verbs that attribute speech or writing ("said", "told", "asked", "tweeted"), as a set to look up
// folded words or their keys in.
const WordSet &speechVerbs();
// The value of a numeral written in digits or words ("30,000", "6th", "three", "eleventh"), or empty.
QString numericValue(QStringView word);

} // namespace WordLists

} // namespace Parallax
