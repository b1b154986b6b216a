// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/wordset.h"

#include <QStringView>

// The word lists of the sentence segmenter (abbreviations, titles, sentence openers, time words) and
// the classification of the word in front of a single period.
namespace Parallax::Internal {

// ---------------------------------------------------------------------------------------------
// Classification of the word in front of a single period.

enum class WordKind {
    Ordinary, // a plain word or number: the period ends the sentence before a capital or digit
    Prefix, // title or continuing abbreviation: never ends the sentence (Gov., Dr., e.g., vs.)
    NumberPrefix, // No., p., Vol.: goes on before a number
    Month, // Jan.: goes on before a number, otherwise like Ambiguous
    Ambiguous, // Inc., Jr., U.S., Calif.: ends the sentence only before a typical sentence opener
    Time, // a.m., p.m.
    InitialUpper, // "F." in "John F. Kennedy"
    InitialLower, // "v." in "Roe v. Wade", "b." in a list
};

WordKind classifyWord(QStringView word);

// A day of the month written as a number, 1 to 31.
bool isDayOfMonth(QStringView token);

// German writes the day of a date as an ordinal: "am 15. März 2026", "1. Okt.".
const WordSet &germanMonths();
// Capitalised words that usually open a sentence: after an ambiguous abbreviation they decide for a
// boundary.
const WordSet &sentenceStarters();
// Words that continue a clock time: "3 p.m. Tuesday", "10 a.m. EDT".
const WordSet &timeContinuations();
// Prepositions that open a sentence with a time: "At 5 a.m. Mr. Smith went ..." goes on after the time.
const WordSet &timeOpeners();

} // namespace Parallax::Internal
