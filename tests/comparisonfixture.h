// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-made comparisons for the model, view and window tests, so that those tests do not depend on how
// well the engine aligns and classifies: every row, status, change, move and quote is stated here.

#include "core/comparison.h"
#include "core/note.h"

#include <QStringList>

namespace Parallax::Fixture {

using namespace Qt::StringLiterals;

// A version whose text is its sentences, one paragraph each, separated by blank lines.
inline Version makeVersion(
    const QString &name, const QStringList &sentences, const QList<int> &boilerplate = {})
{
    Version v;
    v.name = name;
    v.path = u"/fixture/"_s + name + u".txt"_s;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (i > 0)
            v.text += u"\n\n"_s;
        Sentence s;
        s.start = v.text.size();
        v.text += sentences.at(i);
        s.end = v.text.size();
        s.block = int(i);
        s.boilerplate = boilerplate.contains(int(i));
        v.sentences.append(s);
    }
    v.rawText = v.text;
    return v;
}

// A made-up word per number ("bakomi", "delupa"...), none of them English: a different word for each n, so
// a test can make sentences that share no word (or exactly the words it chooses).
inline QString madeUpWord(int n)
{
    static const QStringList syllables { u"ba"_s, u"ko"_s, u"mi"_s, u"de"_s, u"lu"_s, u"pa"_s, u"ti"_s,
        u"ro"_s, u"se"_s, u"nu"_s, u"fa"_s, u"gi"_s };
    QString w;
    for (int k = 0; k < 3 || n > 0; ++k) {
        w += syllables.at(n % syllables.size());
        n /= int(syllables.size());
    }
    return w;
}

// Row cells: sentence index per version or -1; statuses given per version.
inline AlignedRow makeRow(
    const QList<int> &cells, const QList<CellStatus> &status, const QList<int> &moveTarget = {})
{
    AlignedRow row;
    row.cells = cells;
    for (int c : cells)
        row.spans.append(c >= 0 ? 1 : 0);
    row.status = status;
    row.moveTarget = moveTarget.isEmpty() ? QList<int>(cells.size(), -1) : moveTarget;
    return row;
}

// A change located by its words: `after` is looked up in the version's cell, `before` in the base's.
inline Change makeChange(
    const Comparison &c, int version, int row, ChangeKind kind, const QString &before, const QString &after)
{
    Change change;
    change.version = version;
    change.row = row;
    change.kind = kind;
    change.before = before;
    change.after = after;
    change.sentence = c.rows.at(row).cells.at(version);
    change.baseSentence = c.rows.at(row).cells.at(c.base);
    const Version &v = c.versions.at(version);
    const Version &b = c.versions.at(c.base);
    const Sentence &s = v.sentences.at(change.sentence);
    const Sentence &bs = b.sentences.at(change.baseSentence);
    change.start = after.isEmpty() ? s.start : v.text.indexOf(after, s.start);
    change.end = change.start + after.size();
    change.baseStart = before.isEmpty() ? bs.start : b.text.indexOf(before, bs.start);
    change.baseEnd = change.baseStart + before.size();
    return change;
}

inline QuoteVariant makeQuote(const Comparison &c, int version, int sentence, const QString &words,
    QuoteFidelity fidelity, const QList<WordChange> &wordChanges = {})
{
    QuoteVariant q;
    q.version = version;
    q.sentence = sentence;
    q.text = words;
    q.fidelity = fidelity;
    q.wordChanges = wordChanges;
    if (sentence >= 0) {
        const Version &v = c.versions.at(version);
        q.start = v.text.indexOf(words, v.sentences.at(sentence).start);
        q.end = q.start + words.size();
    }
    return q;
}

// Three versions of a council story, base "Wire". Rows:
// 0 same / same / spelling         4 boilerplate row (newsletter prompt)
// 1 - / wording / absent           5 empty / moved here (from row 3) / empty
// 2 quote / altered quote / exact  6 same / same / typography
// 3 - / absent, moved to 5 / substantive   7 empty / empty / added
inline Comparison councilStory()
{
    Comparison c;
    c.title = u"Council approves budget"_s;
    c.base = 0;
    c.versions = {
        makeVersion(u"Wire"_s,
            { u"The city council approved the new budget on Tuesday."_s, u"The vote was seven to two."_s,
                u"“We have reached agreement on the essentials,” the mayor said."_s,
                u"Spending on parks rises by four percent."_s, u"Sign up for our newsletter."_s,
                u"Critics said the plan ignores housing."_s },
            { 4 }),
        makeVersion(u"Daily"_s,
            { u"The city council approved the new budget on Tuesday."_s, u"The vote was 7-2."_s,
                u"“We have reached the agreement on the essentials,” the mayor said."_s,
                u"Get our newsletter every morning."_s, u"Spending on parks rises by four percent."_s,
                u"Critics said the plan ignores housing."_s },
            { 3 }),
        makeVersion(u"Herald"_s,
            { u"The city council approved the new budget on Tusday."_s,
                u"“We have reached agreement on the essentials,” the mayor said."_s,
                u"Spending on parks rises by fourteen percent."_s,
                u"Critics said the plan ignores housing!"_s, u"The budget takes effect in July."_s }),
    };
    using S = CellStatus;
    c.rows = {
        makeRow({ 0, 0, 0 }, { S::Same, S::Same, S::Changed }),
        makeRow({ 1, 1, -1 }, { S::Same, S::Changed, S::Absent }),
        makeRow({ 2, 2, 1 }, { S::Same, S::Changed, S::Same }),
        makeRow({ 3, -1, 2 }, { S::Same, S::Absent, S::Changed }, { -1, 5, -1 }),
        makeRow({ 4, 3, -1 }, { S::Same, S::Same, S::Absent }),
        makeRow({ -1, 4, -1 }, { S::Absent, S::Moved, S::Absent }, { -1, 3, -1 }),
        makeRow({ 5, 5, 3 }, { S::Same, S::Same, S::Changed }),
        makeRow({ -1, -1, 4 }, { S::Absent, S::Absent, S::Added }),
    };
    c.rows[4].boilerplate = true;
    c.changes = {
        makeChange(c, 2, 0, ChangeKind::Spelling, u"Tuesday"_s, u"Tusday"_s),
        makeChange(c, 1, 1, ChangeKind::Wording, u"seven to two"_s, u"7-2"_s),
        makeChange(c, 1, 2, ChangeKind::Wording, u"reached agreement"_s, u"reached the agreement"_s),
        makeChange(c, 2, 3, ChangeKind::Substantive, u"four"_s, u"fourteen"_s),
        makeChange(c, 2, 6, ChangeKind::Typography, u"."_s, u"!"_s),
    };
    QuoteGroup group;
    group.speaker = u"the mayor"_s;
    group.reference = 0;
    const QString words = u"We have reached agreement on the essentials,"_s;
    group.variants = {
        makeQuote(c, 0, 2, words, QuoteFidelity::Exact),
        makeQuote(c, 1, 2, u"We have reached the agreement on the essentials,"_s, QuoteFidelity::Altered,
            { { u"reached agreement"_s, u"reached the agreement"_s } }),
        makeQuote(c, 2, 1, words, QuoteFidelity::Exact),
    };
    c.quotes = { group };
    c.similarity = { { 1.0, 0.7, 0.6 }, { 0.7, 1.0, 0.5 }, { 0.6, 0.5, 1.0 } };
    c.baseShare = { 1.0, 0.8, 0.6 };
    c.ownShare = { 0.0, 0.1, 0.2 };
    return c;
}

// Words for generated prose; the generator is deterministic so runs can be compared.
// The reader's notes on councilStory(), placed: on row 2 in the Daily's cell, on the Herald's "fourteen"
// in row 4, on the mayor's quotation (row 3, the Wire's variant), and one orphaned; in that order they
// are numbered ✎1 to ✎4 in the reports. Listed out of that order, as a reader makes them.
inline QList<Note> councilNotes(const Comparison &c)
{
    Note row;
    row.target = Note::Target::Row;
    row.row = 1;
    row.version = 1;
    row.passage = c.versions.at(1).sentenceText(1);
    row.text = u"7-2 or seven to two?"_s;
    row.tags = { u"check"_s };
    row.author = u"Ana"_s;
    Note span = row;
    span.target = Note::Target::Span;
    span.row = 3;
    span.version = 2;
    span.start = c.versions.at(2).text.indexOf(u"fourteen"_s);
    span.end = span.start + 8;
    span.passage = u"fourteen"_s;
    span.text = u"four in the wire"_s;
    span.tags = { u"error"_s };
    Note quote = row;
    quote.target = Note::Target::Quote;
    quote.row = 2;
    quote.version = 0;
    quote.quoteGroup = 0;
    quote.text = u"the Daily added a word"_s;
    quote.tags = { u"misquote"_s };
    Note orphan = row;
    orphan.row = -1;
    orphan.text = u"gone"_s;
    return { orphan, span, quote, row };
}

inline QString generatedSentence(quint32 seed, int words)
{
    static const QStringList vocabulary = { u"council"_s, u"budget"_s, u"minister"_s, u"agreement"_s,
        u"the"_s, u"a"_s, u"of"_s, u"on"_s, u"talks"_s, u"officials"_s, u"said"_s, u"would"_s, u"continue"_s,
        u"after"_s, u"week"_s, u"harbour"_s, u"reporters"_s, u"without"_s, u"more"_s, u"delay"_s,
        u"spending"_s, u"and"_s, u"in"_s, u"regional"_s, u"transport"_s, u"housing"_s };
    QString sentence;
    quint32 x = seed * 2654435761u + 12345u;
    for (int i = 0; i < words; ++i) {
        x = x * 1664525u + 1013904223u;
        QString word = vocabulary.at(qsizetype((x >> 8) % quint32(vocabulary.size())));
        if (i == 0)
            word[0] = word.at(0).toUpper();
        if (i > 0)
            sentence += u' ';
        sentence += word;
    }
    return sentence + u'.';
}

// `versionCount` versions of `rowCount` rows of generated prose, with a change every few cells, an
// absent cell now and then and a quotation group every 40 rows: big enough to measure the view.
inline Comparison generatedStory(int versionCount, int rowCount)
{
    Comparison c;
    c.title = u"Generated story"_s;
    c.base = 0;
    for (int v = 0; v < versionCount; ++v) {
        QStringList sentences;
        for (int r = 0; r < rowCount; ++r) {
            QString s = generatedSentence(quint32(r), 8 + (r * 7) % 40);
            if (v > 0 && (r + v) % 5 == 0)
                s.replace(u"the"_s, u"this"_s);
            sentences.append(s);
        }
        c.versions.append(makeVersion(u"Outlet %1"_s.arg(v + 1), sentences));
    }
    for (int r = 0; r < rowCount; ++r) {
        AlignedRow row;
        for (int v = 0; v < versionCount; ++v) {
            const bool changed = v > 0 && (r + v) % 5 == 0
                && c.versions.at(v).sentenceText(r) != c.versions.at(0).sentenceText(r);
            row.cells.append(r);
            row.spans.append(1);
            row.status.append(changed ? CellStatus::Changed : CellStatus::Same);
            row.moveTarget.append(-1);
        }
        c.rows.append(row);
    }
    for (int r = 0; r < rowCount; ++r) {
        for (int v = 1; v < versionCount; ++v) {
            if (c.rows.at(r).status.at(v) == CellStatus::Changed)
                c.changes.append(makeChange(c, v, r, ChangeKind((r + v) % 4), u"the"_s, u"this"_s));
        }
    }
    c.similarity.fill(QList<double>(versionCount, 0.9), versionCount);
    c.baseShare.fill(0.9, versionCount);
    c.ownShare.fill(0.05, versionCount);
    return c;
}

} // namespace Parallax::Fixture
