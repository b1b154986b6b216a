// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Parallax {

// The changes of a comparison as CSV for spreadsheets (docs/html-report.md, "CSV of changes"): one line
// per change, with the columns
//     version, row, kind, reason, before, after, note, tags
// A change is a changed stretch of words (kind: typography, spelling, wording, substantive; reason for
// substantive ones) or a whole sentence a version added, lacks or moved (kind: added, absent, moved;
// before is the base's sentence, after the version's). Rows are numbered from 1 as in the PDF and the
// HTML report; kinds and reasons are the JSON report's stable ids.
//
// The reader's notes (issue 16): each note is a line of its own (kind "note"; before: the passage noted
// on; row empty for an orphaned note, version empty for a note on a whole row), and a change in a row
// that has notes for its version carries their texts and tags too, so that filtering the changes keeps
// what was said about them. Several notes are joined by " | ", tags by spaces.
//
// RFC 4180: comma-separated, CRLF line ends, fields with a comma, a quote or a line break in double
// quotes with inner quotes doubled, a header line first. UTF-8 with a byte-order mark, which spreadsheet
// programs need to read UTF-8 (the curly quotes of news text) rather than guess a legacy encoding.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return,
// which some strip before looking) as a formula, and article text is untrusted. Such a cell is written
// with a leading apostrophe, as the OWASP guidance on CSV injection advises: the spreadsheet then shows
// it as text. A reader who parses the file as data drops a leading apostrophe in these cells.
class CsvReport
{
public:
    struct Options
    {
        QList<int> visibleVersions; // versions to include, in column order; empty: all
        bool showBoilerplate = false; // include changes in rows that are all boilerplate
        QList<Note> notes; // placed in the comparison (NoteAnchoring::place)
    };

    static QByteArray toCsv(const Comparison &comparison, const Options &options);

    // One field as written: guarded against formulas, then quoted where RFC 4180 needs it.
    static QString field(const QString &value);
};

} // namespace Parallax
