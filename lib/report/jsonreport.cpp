// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/jsonreport.h"

#include "core/labels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

QJsonValue indexOrNull(int index)
{
    return index < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(index);
}

// Text cut inside a surrogate pair, or a file name kept as bytes, can hold a lone surrogate; JSON would
// carry it as "\ud800", which is no character and which strict parsers reject. Each becomes U+FFFD (one
// unit for one, so that offsets into the text stay right).
qsizetype firstLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

QString wellFormed(const QString &text)
{
    qsizetype i = firstLoneSurrogate(text);
    if (i < 0)
        return text;
    QString out = text;
    for (; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

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

QJsonObject versionObject(const Version &v)
{
    QJsonArray sentences;
    for (qsizetype i = 0; i < v.sentences.size(); ++i) {
        const Sentence &s = v.sentences.at(i);
        sentences.append(QJsonObject { { u"text"_s, v.sentenceText(i) }, { u"start"_s, s.start },
            { u"end"_s, s.end }, { u"boilerplate"_s, s.boilerplate }, { u"block"_s, s.block },
            { u"role"_s, toString(s.role) } });
    }
    return QJsonObject { { u"name"_s, v.name }, { u"path"_s, v.path }, { u"title"_s, v.title },
        { u"date"_s, v.date }, { u"dateSource"_s, v.dateSource }, { u"format"_s, toString(v.format) },
        { u"encoding"_s, v.encoding }, { u"outlet"_s, v.outlet },
        { u"authors"_s, QJsonArray::fromStringList(v.authors) }, { u"modified"_s, v.modified },
        { u"url"_s, v.url }, { u"language"_s, v.language }, { u"sentences"_s, sentences } };
}

} // namespace

QByteArray JsonReport::toJson(const Comparison &c)
{
    QJsonArray versions;
    for (const Version &v : c.versions)
        versions.append(versionObject(v));

    QJsonArray rows;
    for (const AlignedRow &row : c.rows) {
        QJsonArray cells, spans, status, moves;
        for (qsizetype v = 0; v < row.cells.size(); ++v) {
            cells.append(indexOrNull(row.cells.at(v)));
            spans.append(row.spans.value(v));
            status.append(toString(row.status.value(v, CellStatus::Absent)));
            moves.append(indexOrNull(row.moveTarget.value(v, -1)));
        }
        rows.append(QJsonObject { { u"cells"_s, cells }, { u"spans"_s, spans }, { u"status"_s, status },
            { u"moveTarget"_s, moves }, { u"boilerplate"_s, row.boilerplate } });
    }

    QJsonArray changes;
    for (const Change &ch : c.changes) {
        QJsonObject o { { u"version"_s, ch.version }, { u"row"_s, ch.row }, { u"sentence"_s, ch.sentence },
            { u"baseSentence"_s, ch.baseSentence }, { u"kind"_s, toString(ch.kind) },
            { u"before"_s, ch.before }, { u"after"_s, ch.after }, { u"start"_s, ch.start },
            { u"end"_s, ch.end }, { u"baseStart"_s, ch.baseStart }, { u"baseEnd"_s, ch.baseEnd } };
        // The fact a substantive change changes; null for the other kinds.
        o.insert(
            u"reason"_s, ch.reason == ChangeReason::None ? QJsonValue() : QJsonValue(toString(ch.reason)));
        changes.append(o);
    }

    QJsonArray quotes;
    for (const QuoteGroup &g : c.quotes) {
        QJsonArray variants;
        for (const QuoteVariant &qv : g.variants) {
            QJsonObject o { { u"version"_s, qv.version }, { u"sentence"_s, indexOrNull(qv.sentence) },
                { u"text"_s, qv.text }, { u"fidelity"_s, toString(qv.fidelity) } };
            if (qv.sentence >= 0) {
                o.insert(u"start"_s, qv.start);
                o.insert(u"end"_s, qv.end);
            }
            if (!qv.wordChanges.isEmpty()) {
                QJsonArray words;
                for (const WordChange &change : qv.wordChanges)
                    words.append(toString(change));
                o.insert(u"wordChanges"_s, words);
            }
            variants.append(o);
        }
        quotes.append(QJsonObject {
            { u"speaker"_s, g.speaker }, { u"reference"_s, g.reference }, { u"variants"_s, variants } });
    }

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

    const QJsonObject root { { u"title"_s, c.title }, { u"versions"_s, versions }, { u"base"_s, c.base },
        { u"rows"_s, rows }, { u"changes"_s, changes }, { u"quotes"_s, quotes },
        { u"similarity"_s, similarity }, { u"baseShare"_s, baseShare }, { u"ownShare"_s, ownShare },
        { u"errors"_s, errors } };
    return QJsonDocument(hasLoneSurrogate(root) ? wellFormed(root) : root).toJson(QJsonDocument::Indented);
}

} // namespace Parallax
