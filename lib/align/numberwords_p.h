// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numbers written in words, for the alignment similarity (private to lib/align): a rewrite that writes
// "four thousand two hundred flats" says the wire's "4,200 flats", and "no one was hurt" counts no one.

#include <QList>
#include <QStringList>

namespace Parallax::Internal {

// How many tokens from tokens[k] on (each (word id << 1) | capital, words[id] in lower case) spell one
// number in English words, two words at least ("four thousand two hundred", "two hundred and fifty",
// "twenty-five million"), with its value; 0 where no such run starts at k. A run follows the grammar of
// written numbers: units after tens, hundreds after a unit or tens, each larger scale before a smaller one;
// "two three" or "five ten" are two numbers, not one.
qsizetype numberWordRun(const QList<int> &tokens, qsizetype k, const QStringList &words, qint64 *value);

// Whether a word (in lower case) is an English cardinal ("four", "hundred", "twenty-five"): only where one
// stands can a run of number words start.
bool isCardinalWord(const QString &word);

// Whether tokens[k] is "one" used as a pronoun ("no one", "anyone" written apart: "any one", "every one"):
// a person, not a count.
bool pronounOne(const QList<int> &tokens, qsizetype k, const QStringList &words);

} // namespace Parallax::Internal
