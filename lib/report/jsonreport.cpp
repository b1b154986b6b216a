// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/jsonreport.h"

#include "core/labels.h"
#include "report/jsontext_p.h"
#include "report/revisions_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

QJsonValue indexOrNull(int index)
{
    return index < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(index);
}

using Internal::firstLoneSurrogate;
using Internal::wellFormed;

// Looked for first: nearly every report has none, and then nothing is copied.
bool hasLoneSurrogate(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return firstLoneSurrogate(value.toString()) >= 0;
    case QJsonValue::Array:
        for (const QJsonValue &v : value.toArray())
            if (hasLoneSurrogate(v))
                return true;
        return false;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (firstLoneSurrogate(it.key()) >= 0 || hasLoneSurrogate(it.value()))
                return true;
        return false;
    }
    default:
        return false;
    }
}

QJsonValue wellFormed(const QJsonValue &value);

QJsonArray wellFormed(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &v : array)
        out.append(wellFormed(v));
    return out;
}

QJsonObject wellFormed(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(wellFormed(it.key()), wellFormed(it.value()));
    return out;
}

QJsonValue wellFormed(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return wellFormed(value.toString());
    case QJsonValue::Array:
        return wellFormed(value.toArray());
    case QJsonValue::Object:
        return wellFormed(value.toObject());
    default:
        return value;
    }
}

// A version's metadata; its sentences are written by appendSentences in place of the placeholder string
// "sentences" (see versionText).
QJsonObject versionObject(const Version &v)
{
    return QJsonObject { { u"name"_s, v.name }, { u"path"_s, v.path }, { u"title"_s, v.title },
        { u"date"_s, v.date }, { u"dateSource"_s, v.dateSource }, { u"format"_s, toString(v.format) },
        { u"encoding"_s, v.encoding }, { u"outlet"_s, v.outlet },
        { u"authors"_s, QJsonArray::fromStringList(v.authors) }, { u"modified"_s, v.modified },
        { u"url"_s, v.url }, { u"language"_s, v.language }, { u"sentences"_s, u"sentences"_s } };
}

// A version's sentences as Qt's indented writer gives them as the value of a version's key (the version at
// depth 2): fifty versions hold thousands of sentences, and a QJsonObject a sentence, its text and the
// re-indenting of that text took as long as writing fifteen thousand rows of fifty cells. The keys in
// Qt's order (sorted); linear in the sentences' text.
void appendSentences(QByteArray &out, const Version &v)
{
    out += "[\n";
    const qsizetype n = v.sentences.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Sentence &s = v.sentences.at(i);
        out += "                {";
        Internal::JsonMembers(out, 4)
            .number("block", s.block)
            .literal("boilerplate", s.boilerplate ? "true" : "false")
            .number("end", s.end)
            .string("role", toString(s.role))
            .number("start", s.start)
            .string("text", v.sentenceText(i));
        out += i + 1 < n ? "\n                },\n" : "\n                }\n";
    }
    out += "            ]";
}

// A change as Qt's indented writer gives it at depth 2 (an element of "changes"): a hundred related
// versions make tens of thousands. The keys in Qt's order (sorted); "reason" null but for the kinds that
// have one.
void appendChange(QByteArray &out, const Change &ch)
{
    out += '{';
    Internal::JsonMembers members(out, 2);
    members.string("after", ch.after)
        .number("baseEnd", ch.baseEnd)
        .number("baseSentence", ch.baseSentence)
        .number("baseStart", ch.baseStart)
        .string("before", ch.before)
        .number("end", ch.end)
        .string("kind", toString(ch.kind));
    if (ch.reason == ChangeReason::None)
        members.literal("reason", "null");
    else
        members.string("reason", toString(ch.reason));
    members.number("row", ch.row)
        .number("sentence", ch.sentence)
        .number("start", ch.start)
        .number("version", ch.version);
    out += "\n        }";
}

// A quotation group as Qt's indented writer gives it at depth 2 (an element of "quotes"): 2,500 changed
// quotations took a QJsonObject each and the re-indenting of its text, half as long as comparing them. The
// keys in Qt's order (sorted); "start" and "end" only where the quotation has a sentence, "wordChanges"
// only where there are some, as before.
void appendQuoteGroup(QByteArray &out, const QuoteGroup &g)
{
    out += '{';
    Internal::JsonMembers group(out, 2);
    group.number("reference", g.reference).string("speaker", g.speaker).key("variants") += "[\n";
    const qsizetype n = g.variants.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QuoteVariant &qv = g.variants.at(i);
        out += "                {";
        Internal::JsonMembers variant(out, 4);
        if (qv.sentence >= 0)
            variant.number("end", qv.end);
        variant.string("fidelity", toString(qv.fidelity));
        if (qv.sentence < 0)
            variant.literal("sentence", "null");
        else
            variant.number("sentence", qv.sentence).number("start", qv.start);
        variant.string("text", qv.text).number("version", qv.version);
        if (!qv.wordChanges.isEmpty()) {
            variant.key("wordChanges") += "[\n";
            for (qsizetype k = 0; k < qv.wordChanges.size(); ++k) {
                out += "                        ";
                Internal::appendJsonString(out, toString(qv.wordChanges.at(k)));
                out += k + 1 < qv.wordChanges.size() ? ",\n" : "\n";
            }
            out += "                    ]";
        }
        out += i + 1 < n ? "\n                },\n" : "\n                }\n";
    }
    out += "            ]\n        }";
}

// Lone surrogates replaced, where there are any.
QJsonObject checked(const QJsonObject &object)
{
    return hasLoneSurrogate(object) ? wellFormed(object) : object;
}

// Qt's indented text of an object that stands `depth` levels deep: its own text with every line after the
// first indented by four spaces a level (strings hold no line breaks: they are escaped).
QByteArray nestedText(const QJsonObject &object, int depth)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1); // the document's final line break
    const QByteArray lineStart = QByteArray("\n") + QByteArray(4 * depth, ' ');
    return text.replace(QByteArrayView("\n"), QByteArrayView(lineStart));
}

// The large arrays of the report are written one element at a time instead of as one document tree: with
// a hundred long versions the tree of every sentence, cell and change took more memory than the comparison
// itself. Their elements are written directly (rows, sentences, changes, quotations) or by Qt's writer (a
// version's metadata, a row with "merged from" lists); the text is the same as QJsonDocument gives for the
// whole.
class ArrayWriter
{
public:
    // Appends the array, as the value of a key of the root object, where append(out, i) appends the text of
    // element i as Qt would write it at depth 2.
    template<typename Append> static void writeText(QByteArray &out, qsizetype count, Append append)
    {
        out += "[\n";
        for (qsizetype i = 0; i < count; ++i) {
            out += "        ";
            append(out, i);
            out += i + 1 < count ? ",\n" : "\n";
            if (flush && out.size() >= FlushBytes)
                flush(out);
        }
        out += "    ]";
    }

    // Where the text goes when it is written to a device (JsonReport::write): called with the text so far,
    // which it empties. Set only while one report is written, on the thread that writes it.
    static constexpr qsizetype FlushBytes = 1 << 20;
    static inline thread_local std::function<void(QByteArray &)> flush;
};

// A row as Qt's indented writer gives it at depth 2, written directly: the rows are most of a large report
// (four values a cell, a cell a version in every row), and a QJsonObject a row, its conversion and the
// re-indenting of its text took more than comparing 50 unrelated versions did. Linear in the cells.
// Rows whose cells also say other rows ("alsoRows", arrays of arrays) take Qt's writer.
class RowText
{
public:
    RowText()
    {
        for (int k = 0; k <= int(CellStatus::Moved); ++k)
            m_status.append('"' + toString(CellStatus(k)).toUtf8() + '"');
    }

    static bool fits(const AlignedRow &row)
    {
        return !row.cells.isEmpty()
            && std::all_of(
                row.alsoRows.cbegin(), row.alsoRows.cend(), [](const QList<int> &l) { return l.isEmpty(); });
    }

    void append(QByteArray &out, const AlignedRow &row) const
    {
        const qsizetype n = row.cells.size();
        out += "{\n            \"boilerplate\": ";
        out += row.boilerplate ? "true" : "false";
        array(out, "cells", n, [&](QByteArray &o, qsizetype v) { index(o, row.cells.at(v)); });
        array(
            out, "moveTarget", n, [&](QByteArray &o, qsizetype v) { index(o, row.moveTarget.value(v, -1)); });
        array(out, "spans", n,
            [&](QByteArray &o, qsizetype v) { Internal::appendJsonNumber(o, row.spans.value(v)); });
        array(out, "status", n, [&](QByteArray &o, qsizetype v) {
            o += m_status.at(int(row.status.value(v, CellStatus::Absent)));
        });
        out += "\n        }";
    }

private:
    template<typename Value> static void array(QByteArray &out, const char *key, qsizetype n, Value value)
    {
        out += ",\n            \"";
        out += key;
        out += "\": [\n";
        for (qsizetype v = 0; v < n; ++v) {
            out += "                ";
            value(out, v);
            out += v + 1 < n ? ",\n" : "\n";
        }
        out += "            ]";
    }

    static void index(QByteArray &out, int i)
    {
        if (i < 0)
            out += "null";
        else
            Internal::appendJsonNumber(out, i);
    }

    QList<QByteArray> m_status;
};

} // namespace

QJsonObject JsonReport::noteObject(const Note &n)
{
    static const char16_t *const targets[] = { u"row", u"span", u"quote" };
    QJsonObject o { { u"id"_s, n.id }, { u"target"_s, QString::fromUtf16(targets[int(n.target)]) },
        { u"version"_s, indexOrNull(n.version) }, { u"row"_s, indexOrNull(n.row) },
        { u"sentence"_s, indexOrNull(n.isOrphaned() ? -1 : n.sentence) }, { u"passage"_s, n.passage },
        { u"text"_s, n.text }, { u"tags"_s, QJsonArray::fromStringList(n.tags) }, { u"author"_s, n.author },
        { u"time"_s, n.time.toUTC().toString(Qt::ISODate) }, { u"orphaned"_s, n.isOrphaned() } };
    if (n.target == Note::Target::Span && !n.isOrphaned()) {
        o.insert(u"start"_s, n.start);
        o.insert(u"end"_s, n.end);
    }
    if (n.target == Note::Target::Quote)
        o.insert(u"quote"_s, indexOrNull(n.quoteGroup));
    return o;
}

QByteArray JsonReport::toJson(const Comparison &c)
{
    return toJson(c, {});
}

bool JsonReport::write(const Comparison &c, const QList<Note> &notes, QIODevice &device)
{
    bool ok = true;
    ArrayWriter::flush = [&](QByteArray &out) {
        ok = ok && device.write(out) == out.size();
        out.resize(0); // keeps its capacity for the next megabyte
    };
    QByteArray rest = toJson(c, notes);
    ArrayWriter::flush = nullptr;
    return ok && device.write(rest) == rest.size();
}

QByteArray JsonReport::toJson(const Comparison &c, const QList<Note> &notes)
{
    const auto versions = [&](QByteArray &out) {
        // Qt's text of the metadata, with the placeholder's line (which no string value can hold: line
        // breaks in strings are escaped) replaced by the sentences.
        const QByteArray placeholder = "\n            \"sentences\": \"sentences\"";
        ArrayWriter::writeText(out, c.versions.size(), [&](QByteArray &text, qsizetype i) {
            const QByteArray meta = nestedText(checked(versionObject(c.versions.at(i))), 2);
            const qsizetype at = meta.indexOf(placeholder);
            const qsizetype value = at + placeholder.size() - qsizetype(sizeof "\"sentences\"") + 1;
            text += QByteArrayView(meta).first(value);
            appendSentences(text, c.versions.at(i));
            text += QByteArrayView(meta).sliced(at + placeholder.size());
        });
    };

    const auto rowObject = [&](qsizetype i) {
        const AlignedRow &row = c.rows.at(i);
        QJsonArray cells, spans, status, moves;
        for (qsizetype v = 0; v < row.cells.size(); ++v) {
            cells.append(indexOrNull(row.cells.at(v)));
            spans.append(row.spans.value(v));
            status.append(toString(row.status.value(v, CellStatus::Absent)));
            moves.append(indexOrNull(row.moveTarget.value(v, -1)));
        }
        QJsonObject o { { u"cells"_s, cells }, { u"spans"_s, spans }, { u"status"_s, status },
            { u"moveTarget"_s, moves }, { u"boilerplate"_s, row.boilerplate } };
        // "Merged from": only on rows where a cell also says other rows, so that other rows read as
        // before.
        if (std::any_of(row.alsoRows.cbegin(), row.alsoRows.cend(),
                [](const QList<int> &l) { return !l.isEmpty(); })) {
            QJsonArray also;
            for (qsizetype v = 0; v < row.cells.size(); ++v) {
                QJsonArray list;
                for (int u : row.alsoRows.value(v))
                    list.append(u);
                also.append(list);
            }
            o.insert(u"alsoRows"_s, also);
        }
        return o;
    };
    const auto rows = [&](QByteArray &out) {
        const RowText rowText;
        ArrayWriter::writeText(out, c.rows.size(), [&](QByteArray &text, qsizetype i) {
            if (RowText::fits(c.rows.at(i)))
                rowText.append(text, c.rows.at(i));
            else
                text += nestedText(checked(rowObject(i)), 2);
        });
    };

    const auto changes = [&](QByteArray &out) {
        ArrayWriter::writeText(out, c.changes.size(),
            [&](QByteArray &text, qsizetype i) { appendChange(text, c.changes.at(i)); });
    };

    const auto quotes = [&](QByteArray &out) {
        ArrayWriter::writeText(out, c.quotes.size(),
            [&](QByteArray &text, qsizetype i) { appendQuoteGroup(text, c.quotes.at(i)); });
    };

    QJsonArray similarity;
    for (const QList<double> &line : c.similarity) {
        QJsonArray a;
        for (double d : line)
            a.append(d);
        similarity.append(a);
    }
    QJsonArray baseShare, ownShare;
    for (double d : c.baseShare)
        baseShare.append(d);
    for (double d : c.ownShare)
        ownShare.append(d);

    QJsonArray errors;
    for (const LoadError &e : c.errors)
        errors.append(QJsonObject {
            { u"path"_s, e.path }, { u"code"_s, toString(e.code) }, { u"reason"_s, describeInEnglish(e) } });

    // The root with a placeholder string in place of each large array, so that Qt orders the keys and
    // writes the rest; the text is then copied up to each placeholder, which is replaced by its array,
    // written straight into the report. A placeholder is found with its key at the start of a line, which
    // no text value can contain (line breaks in strings are escaped).
    const std::function<void(QByteArray &)> writers[] = { versions, rows, changes, quotes };
    const QString keys[] = { u"versions"_s, u"rows"_s, u"changes"_s, u"quotes"_s };
    QJsonObject root { { u"title"_s, c.title }, { u"base"_s, c.base }, { u"similarity"_s, similarity },
        { u"baseShare"_s, baseShare }, { u"ownShare"_s, ownShare }, { u"errors"_s, errors } };
    // Notes are few: written with the rest of the root, and only when there are some.
    if (!notes.isEmpty()) {
        QJsonArray list;
        for (const Note &n : notes)
            list.append(noteObject(n));
        root.insert(u"notes"_s, list);
    }
    // Revisions over time: each version against its predecessor when asked for, and the editors'
    // notices, only where a version has some (report/revisions_p.h).
    if (const QJsonArray steps = Internal::againstPreviousJson(c); !steps.isEmpty())
        root.insert(u"againstPrevious"_s, steps);
    if (const QJsonArray notices = Internal::noticesJson(c); !notices.isEmpty())
        root.insert(u"notices"_s, notices);
    if (const QJsonArray stamps = Internal::noticesJson(c, true); !stamps.isEmpty())
        root.insert(u"updateStamps"_s, stamps);
    for (const QString &key : keys)
        root.insert(key, key);
    const QByteArray skeleton = QJsonDocument(checked(root)).toJson(QJsonDocument::Indented);
    // (where the placeholder's value starts, its length, which array)
    std::vector<std::tuple<qsizetype, qsizetype, int>> places;
    for (int k = 0; k < 4; ++k) {
        const QByteArray key = keys[k].toUtf8();
        const QByteArray line = "\n    \"" + key + "\": \"" + key + '"';
        const qsizetype at = skeleton.indexOf(line);
        if (at >= 0)
            places.emplace_back(at + line.size() - key.size() - 2, key.size() + 2, k);
    }
    std::sort(places.begin(), places.end());
    QByteArray out;
    qsizetype copied = 0;
    for (const auto &[at, length, k] : places) {
        out += QByteArrayView(skeleton).sliced(copied, at - copied);
        writers[k](out);
        copied = at + length;
    }
    out += QByteArrayView(skeleton).sliced(copied);
    return out;
}

} // namespace Parallax
