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
QString notesListHtml(const Comparison &comparison, const QList<Note> &notes, const QString &tableAttributes);

} // namespace Parallax::Internal
