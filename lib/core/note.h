// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax {

// A reader's note on a comparison (issue 16, docs/sessions.md): on an aligned row, on a span of one
// version's text, or on a quote group. A note is anchored by what it was made on, not by row numbers,
// which change whenever the files or the alignment do: the version (its key, the path or the name of
// dropped text), the sentence or span there, and the passage's text as it was. When the files changed,
// the passage's text finds the note's place again (lib/workspace/noteanchoring.h); a note that finds
// none stays, orphaned, with its old text.
struct Note
{
    enum class Target { Row, Span, Quote };

    QString id; // stable across saves (a UUID)
    Target target = Target::Row;
    QString versionKey; // the version the anchor is in
    int sentence = -1; // the anchor's sentence in that version, as last placed
    qsizetype start = -1; // Span: offsets into the version's text, as last placed
    qsizetype end = -1;
    QString passage; // the text noted on (sentence, span or quoted words) when the note was placed
    QString text;
    QStringList tags; // "check", "misquote", "error", "ok" or the reader's own
    QString author;
    QDateTime time; // when it was written or last edited (UTC)

    // Where the note stands in the comparison shown; set by placing, not saved.
    int row = -1; // aligned row; -1: orphaned
    int version = -1; // index of versionKey's version; -1 when that version is not loaded
    int quoteGroup = -1; // Quote: the group

    bool isOrphaned() const { return row < 0; }
    friend bool operator==(const Note &, const Note &) = default;
};

// The tags offered for every note; the reader may add any other word.
inline QStringList standardNoteTags()
{
    using namespace Qt::StringLiterals;
    return { u"check"_s, u"misquote"_s, u"error"_s, u"ok"_s };
}

} // namespace Parallax
