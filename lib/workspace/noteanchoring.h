// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"

#include <QList>
#include <QString>

namespace Parallax {

// Making notes on a comparison and finding their places again in another comparison of the same (or
// changed) files. A note's anchor is its version's key, a sentence or span there and the passage's text;
// placing a note looks for the passage in this order:
//   1. where it was: the same sentence (or span) still holds the same text;
//   2. anywhere in the version's text, word for word (a paragraph was added above it);
//   3. the version's sentence the passage is most like, by the similarity alignment matches with
//      (align/similarity.h: content words, stems, synonyms), if at least ReanchorFloor (the passage was
//      reworded);
// and otherwise leaves it orphaned (row -1), its old passage kept for the reader, never dropped.
namespace NoteAnchoring {

// The least similarity at which a reworded passage is taken to be the noted one: alignment's own floor
// for two sentences that say the same (docs/alignment.md, MatchFloor).
constexpr double ReanchorFloor = 0.42;

// What a version is known by across comparisons: its path, or its name for text dropped in.
QString versionKey(const Version &version);
// The version with that key; -1 when none (paths compared as written and made absolute).
int versionOf(const Comparison &comparison, const QString &key);
// The aligned row holding a version's sentence; -1 when none.
int rowOf(const Comparison &comparison, int version, int sentence);

// A new note (text, tags, author and time left to the caller) on row `row`, anchored in `version`'s
// cell there, or in the base's when `version` has none (-1: the base's, else the first version's with
// text). Returns a note with row -1 when the row has no text at all.
Note onRow(const Comparison &comparison, int row, int version = -1);
// On the characters [start, end) of a version's text (clipped to its sentences).
Note onSpan(const Comparison &comparison, int version, qsizetype start, qsizetype end);
// On quote group `group`, anchored in `version`'s variant (-1: the reference variant).
Note onQuote(const Comparison &comparison, int group, int version = -1);

// Places each note in the comparison (sets row, version, quoteGroup, and the anchor to where the
// passage is now). Returns how many were placed somewhere other than where they were (re-anchored).
int place(QList<Note> &notes, const Comparison &comparison);

// The notes standing in a row for a version (a Row or Quote note applies to all versions of its row).
QList<int> notesAt(const QList<Note> &notes, int row, int version);

} // namespace NoteAnchoring

} // namespace Parallax
