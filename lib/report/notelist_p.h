// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"

#include <QString>

namespace Parallax::Internal {

// The reader's notes as an HTML section body (a heading and a table: row, version, tags, the note with
// the passage it is on, author and date), in the subset of HTML both QTextDocument (the PDF's summary)
// and browsers (the HTML report) read. Orphaned notes come last, marked so, with their old passage.
// Empty when there are no notes; the heading is an h2, as the summaries' other sections.
// With linkRows, a placed note's row number links to the row of the side-by-side table (the HTML report).
QString notesListHtml(const Comparison &comparison, const QList<Note> &notes, const QString &tableAttributes,
    bool linkRows = false);

// The number each note goes by in a report, 1-based, by note index: placed notes in reading order (by
// row), then the orphaned ones in the order they were made; the same in the notes list, beside the rows
// and in the quotations table.
QList<int> noteNumbers(const QList<Note> &notes);
// The mark of a reader's note in the text and beside it: "✎3", told apart from the changes' plain
// numbers.
QString noteMark(int number);
// A note as one line of text: "✎3 check, misquote: the note — author".
QString noteLine(const Note &note, int number);
// The notes on quotation group `group`, each on a line after a <br/>, escaped; empty when none.
QString quoteNotesHtml(const QList<Note> &notes, const QList<int> &numbers, int group);

} // namespace Parallax::Internal
