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
        { u"date"_s, v.date }, { u"format"_s, toString(v.format) }, { u"encoding"_s, v.encoding },
        { u"outlet"_s, v.outlet }, { u"authors"_s, QJsonArray::fromStringList(v.authors) },
        { u"modified"_s, v.modified }, { u"url"_s, v.url }, { u"language"_s, v.language },
        { u"sentences"_s, sentences } };
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
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Parallax
