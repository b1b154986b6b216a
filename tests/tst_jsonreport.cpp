// SPDX-License-Identifier: GPL-3.0-or-later
// JsonReport: the report contract of the issue (and docs/report-schema.md) on a hand-made comparison,
// where every value is known, and on the sample, where it must mirror the Comparison it came from.
#include "compare/comparator.h"
#include "comparisonfixture.h"
#include "core/labels.h"
#include "report/jsonreport.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The shared fixture's version, with the path and headline this report's tests expect.
Version makeReportVersion(
    const QString &name, const QStringList &sentences, const QList<int> &boilerplate = {})
{
    Version v = Fixture::makeVersion(name, sentences, boilerplate);
    v.path = u"/articles/"_s + name + u".txt"_s;
    v.title = name + u" headline"_s;
    return v;
}

// Two versions: "wire" (the base) and "herald", whose first sentence has curly quotes and an emoji,
// whose second sentence moved to the end, and which adds one sentence.
Comparison handMade()
{
    Comparison c;
    c.title = u"wire headline"_s;
    c.versions
        = { makeReportVersion(u"wire"_s,
                { u"He said \"yes\" on Monday."_s, u"The vote was 9-4."_s, u"Sign up for our newsletter."_s },
                { 2 }),
              makeReportVersion(u"herald"_s,
                  { u"He said \u201cyes\u201d on Tuesday \U0001F600."_s, u"Trams are coming."_s,
                      u"The vote was 9-4."_s }) };
    c.base = 0;
    auto row = [](QList<int> cells, QList<CellStatus> status, QList<int> moves, bool boilerplate = false) {
        AlignedRow r;
        for (int cell : cells)
            r.spans.append(cell >= 0 ? 1 : 0);
        r.cells = std::move(cells);
        r.status = std::move(status);
        r.moveTarget = std::move(moves);
        r.boilerplate = boilerplate;
        return r;
    };
    using S = CellStatus;
    c.rows = { row({ 0, 0 }, { S::Same, S::Changed }, { -1, -1 }),
        row({ -1, 1 }, { S::Absent, S::Added }, { -1, -1 }), row({ 1, -1 }, { S::Same, S::Moved }, { -1, 4 }),
        row({ 2, -1 }, { S::Same, S::Absent }, { -1, -1 }, true),
        row({ -1, 2 }, { S::Absent, S::Moved }, { -1, 2 }) };
    Change ch;
    ch.version = 1;
    ch.row = 0;
    ch.sentence = 0;
    ch.baseSentence = 0;
    ch.kind = ChangeKind::Substantive;
    ch.before = u"Monday"_s;
    ch.after = u"Tuesday"_s;
    ch.baseStart = c.versions.at(0).text.indexOf(u"Monday"_s);
    ch.baseEnd = ch.baseStart + 6;
    ch.start = c.versions.at(1).text.indexOf(u"Tuesday"_s);
    ch.end = ch.start + 7;
    c.changes = { ch };
    QuoteGroup g;
    g.speaker = u"He"_s;
    g.reference = 0;
    g.variants = { { 0, 0, 9, 12, u"yes"_s, QuoteFidelity::Exact, {} },
        { 1, 0, 9, 12, u"yes"_s, QuoteFidelity::Typographic, {} } };
    QuoteGroup absent;
    absent.speaker = u"Wren"_s;
    absent.variants = { { 0, 1, 0, 5, u"The vote"_s, QuoteFidelity::Exact, {} },
        { 1, -1, 0, 0, QString(), QuoteFidelity::Absent, {} } };
    c.quotes = { g, absent };
    c.similarity = { { 1.0, 0.5 }, { 0.5, 1.0 } };
    c.baseShare = { 1.0, 0.6 };
    c.ownShare = { 0.0, 0.3 };
    c.errors = { { u"/articles/broken.html"_s, LoadError::Code::Binary, {} },
        { u"/articles/locked.txt"_s, LoadError::Code::Unreadable, u"Permission denied"_s } };
    return c;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

bool isIndex(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toInteger() >= 0;
}

// Every key of the report contract, with its type, for any comparison.
bool checkContract(const QJsonObject &root, QString *why)
{
    const auto fail = [why](const QString &message) {
        *why = message;
        return false;
    };
    for (const char *key : { "versions", "base", "rows", "changes", "quotes", "similarity" })
        if (!root.contains(QLatin1StringView(key)))
            return fail(u"no top-level key "_s + QLatin1StringView(key));
    const QJsonArray versions = root.value(u"versions"_s).toArray();
    const qsizetype n = versions.size();
    if (n == 0)
        return fail(u"no versions"_s);
    for (const QJsonValue &value : versions) {
        const QJsonObject v = value.toObject();
        if (!v.value(u"name"_s).isString() || !v.value(u"path"_s).isString()
            || !v.value(u"title"_s).isString() || !v.value(u"sentences"_s).isArray())
            return fail(u"version without name, path, title or sentences"_s);
        for (const QJsonValue &s : v.value(u"sentences"_s).toArray()) {
            const QJsonObject o = s.toObject();
            if (!o.value(u"text"_s).isString() || !isIndex(o.value(u"start"_s)) || !isIndex(o.value(u"end"_s))
                || !o.value(u"boilerplate"_s).isBool())
                return fail(u"sentence without text, start, end or boilerplate"_s);
        }
    }
    if (!isIndex(root.value(u"base"_s)) || root.value(u"base"_s).toInteger() >= n)
        return fail(u"base is not a version index"_s);
    const QStringList statuses { u"same"_s, u"changed"_s, u"added"_s, u"absent"_s, u"moved"_s };
    for (const QJsonValue &value : root.value(u"rows"_s).toArray()) {
        const QJsonArray cells = value.toObject().value(u"cells"_s).toArray();
        const QJsonArray status = value.toObject().value(u"status"_s).toArray();
        if (cells.size() != n || status.size() != n)
            return fail(u"row without one cell and status per version"_s);
        for (const QJsonValue &cell : cells)
            if (!cell.isNull() && !isIndex(cell))
                return fail(u"cell neither a sentence index nor null"_s);
        for (const QJsonValue &st : status)
            if (!statuses.contains(st.toString()))
                return fail(u"unknown status "_s + st.toString());
    }
    const QStringList kinds { u"typography"_s, u"spelling"_s, u"wording"_s, u"substantive"_s };
    for (const QJsonValue &value : root.value(u"changes"_s).toArray()) {
        const QJsonObject ch = value.toObject();
        if (!isIndex(ch.value(u"version"_s)) || ch.value(u"version"_s).toInteger() >= n
            || !isIndex(ch.value(u"sentence"_s)) || !isIndex(ch.value(u"baseSentence"_s))
            || !kinds.contains(ch.value(u"kind"_s).toString()) || !ch.value(u"before"_s).isString()
            || !ch.value(u"after"_s).isString())
            return fail(u"change without version, sentence, baseSentence, kind, before or after"_s);
    }
    const QStringList fidelities { u"exact"_s, u"typographic"_s, u"altered"_s, u"truncated"_s, u"extended"_s,
        u"merged"_s, u"absent"_s };
    for (const QJsonValue &value : root.value(u"quotes"_s).toArray()) {
        const QJsonObject g = value.toObject();
        if (!g.value(u"speaker"_s).isString() || !g.value(u"variants"_s).isArray())
            return fail(u"quote group without speaker or variants"_s);
        for (const QJsonValue &qv : g.value(u"variants"_s).toArray()) {
            const QJsonObject o = qv.toObject();
            if (!isIndex(o.value(u"version"_s))
                || !(o.value(u"sentence"_s).isNull() || isIndex(o.value(u"sentence"_s)))
                || !o.value(u"text"_s).isString() || !fidelities.contains(o.value(u"fidelity"_s).toString()))
                return fail(u"quote variant without version, sentence, text or fidelity"_s);
        }
    }
    const QJsonArray similarity = root.value(u"similarity"_s).toArray();
    if (similarity.size() != n)
        return fail(u"similarity is not N x N"_s);
    for (qsizetype i = 0; i < n; ++i) {
        const QJsonArray line = similarity.at(i).toArray();
        if (line.size() != n || line.at(i).toDouble(-1) != 1.0)
            return fail(u"similarity line %1: not N long or diagonal not 1"_s.arg(i));
        for (qsizetype j = 0; j < n; ++j) {
            const double s = line.at(j).toDouble(-1);
            if (!line.at(j).isDouble() || s < 0 || s > 1
                || !qFuzzyCompare(1 + s, 1 + similarity.at(j).toArray().at(i).toDouble(-1)))
                return fail(u"similarity [%1][%2] not in 0..1 or not symmetric"_s.arg(i).arg(j));
        }
    }
    return true;
}

} // namespace

class TestJsonReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contractOnHandMadeComparison();
    void handMadeValues();
    void utf8AndOffsets();
    void noLoneSurrogates();
    void contractOnTheSample();
    void mirrorsTheComparison();
    void alsoRowsWhereACellSaysOtherRows();
    void textIsQtsIndentedText();
    void sentencesAsQtWritesThem();
};

void TestJsonReport::contractOnHandMadeComparison()
{
    const QJsonObject root = parse(JsonReport::toJson(handMade()));
    QString why;
    QVERIFY2(checkContract(root, &why), qPrintable(why));
}

void TestJsonReport::handMadeValues()
{
    const Comparison c = handMade();
    const QJsonObject root = parse(JsonReport::toJson(c));
    QCOMPARE(root.value(u"title"_s).toString(), u"wire headline"_s);
    QCOMPARE(root.value(u"base"_s).toInteger(), 0);

    const QJsonArray versions = root.value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), 2);
    const QJsonObject wire = versions.at(0).toObject();
    QCOMPARE(wire.value(u"name"_s).toString(), u"wire"_s);
    QCOMPARE(wire.value(u"path"_s).toString(), u"/articles/wire.txt"_s);
    QCOMPARE(wire.value(u"title"_s).toString(), u"wire headline"_s);
    const QJsonArray sentences = wire.value(u"sentences"_s).toArray();
    QCOMPARE(sentences.size(), 3);
    QCOMPARE(sentences.at(1).toObject().value(u"text"_s).toString(), u"The vote was 9-4."_s);
    QCOMPARE(
        sentences.at(1).toObject().value(u"start"_s).toInteger(), c.versions.at(0).sentences.at(1).start);
    QCOMPARE(sentences.at(1).toObject().value(u"end"_s).toInteger(), c.versions.at(0).sentences.at(1).end);
    QCOMPARE(sentences.at(1).toObject().value(u"boilerplate"_s).toBool(), false);
    QCOMPARE(sentences.at(2).toObject().value(u"boilerplate"_s).toBool(), true);

    const QJsonArray rows = root.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(1).toObject().value(u"cells"_s).toArray(), (QJsonArray { QJsonValue::Null, 1 }));
    QCOMPARE(rows.at(1).toObject().value(u"status"_s).toArray(), (QJsonArray { u"absent"_s, u"added"_s }));
    QCOMPARE(rows.at(2).toObject().value(u"status"_s).toArray(), (QJsonArray { u"same"_s, u"moved"_s }));
    QCOMPARE(rows.at(0).toObject().value(u"status"_s).toArray(), (QJsonArray { u"same"_s, u"changed"_s }));
    // Moves point at each other (docs/report-schema.md).
    QCOMPARE(rows.at(2).toObject().value(u"moveTarget"_s).toArray(), (QJsonArray { QJsonValue::Null, 4 }));
    QCOMPARE(rows.at(4).toObject().value(u"moveTarget"_s).toArray(), (QJsonArray { QJsonValue::Null, 2 }));
    QCOMPARE(rows.at(3).toObject().value(u"boilerplate"_s).toBool(), true);
    QCOMPARE(rows.at(0).toObject().value(u"spans"_s).toArray(), (QJsonArray { 1, 1 }));

    const QJsonArray changes = root.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject ch = changes.first().toObject();
    QCOMPARE(ch.value(u"version"_s).toInteger(), 1);
    QCOMPARE(ch.value(u"sentence"_s).toInteger(), 0);
    QCOMPARE(ch.value(u"baseSentence"_s).toInteger(), 0);
    QCOMPARE(ch.value(u"kind"_s).toString(), u"substantive"_s);
    QCOMPARE(ch.value(u"before"_s).toString(), u"Monday"_s);
    QCOMPARE(ch.value(u"after"_s).toString(), u"Tuesday"_s);
    QCOMPARE(ch.value(u"row"_s).toInteger(), 0);
    QCOMPARE(ch.value(u"start"_s).toInteger(), c.changes.first().start);
    QCOMPARE(ch.value(u"baseEnd"_s).toInteger(), c.changes.first().baseEnd);

    const QJsonArray quotes = root.value(u"quotes"_s).toArray();
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes.at(0).toObject().value(u"speaker"_s).toString(), u"He"_s);
    const QJsonArray variants = quotes.at(0).toObject().value(u"variants"_s).toArray();
    QCOMPARE(variants.size(), 2);
    QCOMPARE(variants.at(1).toObject().value(u"version"_s).toInteger(), 1);
    QCOMPARE(variants.at(1).toObject().value(u"sentence"_s).toInteger(), 0);
    QCOMPARE(variants.at(1).toObject().value(u"text"_s).toString(), u"yes"_s);
    QCOMPARE(variants.at(1).toObject().value(u"fidelity"_s).toString(), u"typographic"_s);
    const QJsonObject absent = quotes.at(1).toObject().value(u"variants"_s).toArray().at(1).toObject();
    QVERIFY(absent.value(u"sentence"_s).isNull());
    QCOMPARE(absent.value(u"fidelity"_s).toString(), u"absent"_s);

    QCOMPARE(root.value(u"similarity"_s).toArray(),
        (QJsonArray { QJsonArray { 1.0, 0.5 }, QJsonArray { 0.5, 1.0 } }));
    QCOMPARE(root.value(u"baseShare"_s).toArray(), (QJsonArray { 1.0, 0.6 }));
    QCOMPARE(root.value(u"ownShare"_s).toArray(), (QJsonArray { 0.0, 0.3 }));
    const QJsonArray errors = root.value(u"errors"_s).toArray();
    // Each error: the path, the stable code and the English reason with its detail.
    QCOMPARE(errors,
        (QJsonArray { QJsonObject { { u"path"_s, u"/articles/broken.html"_s }, { u"code"_s, u"binary"_s },
                          { u"reason"_s, u"not a text file (it holds NUL bytes or other binary data)"_s } },
            QJsonObject { { u"path"_s, u"/articles/locked.txt"_s }, { u"code"_s, u"unreadable"_s },
                { u"reason"_s, u"cannot be read: Permission denied"_s } } }));
}

// The report is UTF-8; text keeps curly quotes and characters outside the BMP, and offsets are the
// UTF-16 offsets of Version::text, so text == version text [start, end).
void TestJsonReport::utf8AndOffsets()
{
    const Comparison c = handMade();
    const QByteArray json = JsonReport::toJson(c);
    QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = strict.decode(json);
    QVERIFY(!strict.hasError());
    QVERIFY(decoded.contains(u"Tuesday"_s));
    QVERIFY(!json.startsWith("\xEF\xBB\xBF"));
    const QJsonObject herald = parse(json).value(u"versions"_s).toArray().at(1).toObject();
    const QJsonObject first = herald.value(u"sentences"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"text"_s).toString(), u"He said \u201cyes\u201d on Tuesday \U0001F600."_s);
    QCOMPARE(first.value(u"end"_s).toInteger() - first.value(u"start"_s).toInteger(),
        qint64(c.versions.at(1).sentenceText(0).size()));
    const QJsonObject third = herald.value(u"sentences"_s).toArray().at(2).toObject();
    QCOMPARE(c.versions.at(1).text.mid(third.value(u"start"_s).toInteger(),
                 third.value(u"end"_s).toInteger() - third.value(u"start"_s).toInteger()),
        third.value(u"text"_s).toString());
}

// A lone surrogate (text cut inside a pair, a file name kept as bytes) is no character: JSON would write
// it as "\ud800", which strict parsers reject. It becomes U+FFFD, one unit for one, so offsets hold.
void TestJsonReport::noLoneSurrogates()
{
    Comparison c = handMade();
    Version &herald = c.versions[1];
    const qsizetype at = herald.text.indexOf(u"Trams"_s);
    QVERIFY(at > 0);
    herald.text[at] = QChar(0xD800); // a high surrogate with no low one after it
    herald.text[at + 2] = QChar(0xDC41); // a low one with no high one before it
    herald.path = u"/articles/caf"_s + QChar(0xDCE9) + u".txt"_s; // a name with a byte that is not UTF-8
    c.changes[0].after = u"Tues"_s + QChar(0xD83D); // a change cut inside an emoji
    c.errors.append({ u"/articles/"_s + QChar(0xDCFF) + u".txt"_s, LoadError::Code::Empty, {} });

    const QByteArray json = JsonReport::toJson(c);
    // No \uD800..\uDFFF escape that is not part of a pair, and none written raw (ED A0..BF xx).
    const QRegularExpression escape(
        u"\\\\u([dD][89abAB][0-9a-fA-F]{2})(\\\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\\\u[dD][c-fC-F][0-9a-fA-F]{2}"_s);
    for (auto it = escape.globalMatch(QString::fromLatin1(json)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QVERIFY2(!m.captured(1).isEmpty() && !m.captured(2).isEmpty(), qPrintable(m.captured(0)));
    }
    QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = strict.decode(json);
    QVERIFY(!strict.hasError());
    const QJsonObject root = parse(json);
    const QJsonObject version = root.value(u"versions"_s).toArray().at(1).toObject();
    const QJsonObject second = version.value(u"sentences"_s).toArray().at(1).toObject();
    QCOMPARE(second.value(u"text"_s).toString(), u"\uFFFDr\uFFFDms are coming."_s);
    QCOMPARE(second.value(u"end"_s).toInteger() - second.value(u"start"_s).toInteger(),
        qint64(second.value(u"text"_s).toString().size()));
    QCOMPARE(version.value(u"path"_s).toString(), u"/articles/caf\uFFFD.txt"_s);
    QCOMPARE(
        root.value(u"changes"_s).toArray().at(0).toObject().value(u"after"_s).toString(), u"Tues\uFFFD"_s);
    // The emoji, a well-formed pair, is kept.
    QVERIFY(decoded.contains(u"\U0001F600"_s));
}

void TestJsonReport::contractOnTheSample()
{
    const Comparison c = compareFiles({ QStringLiteral(PARALLAX_SAMPLE_DIR) });
    QCOMPARE(c.versions.size(), 4);
    const QJsonObject root = parse(JsonReport::toJson(c));
    QString why;
    QVERIFY2(checkContract(root, &why), qPrintable(why));
    QVERIFY(!root.value(u"rows"_s).toArray().isEmpty());
    QVERIFY(!root.value(u"changes"_s).toArray().isEmpty());
}

// Every value of the report is the Comparison's: nothing is re-derived or lost on the way.
void TestJsonReport::mirrorsTheComparison()
{
    const Comparison c = compareFiles({ QStringLiteral(PARALLAX_SAMPLE_DIR) });
    const QJsonObject root = parse(JsonReport::toJson(c));
    QCOMPARE(root.value(u"base"_s).toInteger(), c.base);
    const QJsonArray versions = root.value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), c.versions.size());
    for (qsizetype v = 0; v < c.versions.size(); ++v) {
        const Version &version = c.versions.at(v);
        const QJsonObject o = versions.at(v).toObject();
        QCOMPARE(o.value(u"name"_s).toString(), version.name);
        QCOMPARE(o.value(u"path"_s).toString(), version.path);
        QCOMPARE(o.value(u"title"_s).toString(), version.title);
        const QJsonArray sentences = o.value(u"sentences"_s).toArray();
        QCOMPARE(sentences.size(), version.sentences.size());
        for (qsizetype s = 0; s < sentences.size(); ++s) {
            const QJsonObject so = sentences.at(s).toObject();
            QCOMPARE(so.value(u"start"_s).toInteger(), version.sentences.at(s).start);
            QCOMPARE(so.value(u"end"_s).toInteger(), version.sentences.at(s).end);
            QCOMPARE(so.value(u"text"_s).toString(), version.sentenceText(s));
            QCOMPARE(so.value(u"boilerplate"_s).toBool(), version.sentences.at(s).boilerplate);
        }
    }
    const QJsonArray rows = root.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), c.rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toObject().value(u"cells"_s).toArray();
        const QJsonArray status = rows.at(r).toObject().value(u"status"_s).toArray();
        for (qsizetype v = 0; v < c.versions.size(); ++v) {
            const int cell = c.rows.at(r).cells.at(v);
            QCOMPARE(cells.at(v).isNull(), cell < 0);
            if (cell >= 0)
                QCOMPARE(cells.at(v).toInteger(), cell);
            QCOMPARE(status.at(v).toString(), toString(c.rows.at(r).status.at(v)));
        }
    }
    const QJsonArray changes = root.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), c.changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject o = changes.at(i).toObject();
        const Change &ch = c.changes.at(i);
        QCOMPARE(o.value(u"version"_s).toInteger(), ch.version);
        QCOMPARE(o.value(u"sentence"_s).toInteger(), ch.sentence);
        QCOMPARE(o.value(u"baseSentence"_s).toInteger(), ch.baseSentence);
        QCOMPARE(o.value(u"kind"_s).toString(), toString(ch.kind));
        // The reason of a substantive change by its stable id; null for the other kinds.
        QCOMPARE(o.value(u"reason"_s),
            ch.reason == ChangeReason::None ? QJsonValue() : QJsonValue(toString(ch.reason)));
        QCOMPARE(o.value(u"reason"_s).isNull(), ch.kind != ChangeKind::Substantive);
        QCOMPARE(o.value(u"before"_s).toString(), ch.before);
        QCOMPARE(o.value(u"after"_s).toString(), ch.after);
    }
    QCOMPARE(root.value(u"quotes"_s).toArray().size(), c.quotes.size());
    const QJsonArray similarity = root.value(u"similarity"_s).toArray();
    for (qsizetype i = 0; i < c.versions.size(); ++i)
        for (qsizetype j = 0; j < c.versions.size(); ++j)
            QCOMPARE(similarity.at(i).toArray().at(j).toDouble(), c.similarity.at(i).at(j));
}

// "Merged from" links (docs/report-schema.md): the field stands only on rows where a cell says other rows
// too, with one list per version.
void TestJsonReport::alsoRowsWhereACellSaysOtherRows()
{
    Comparison c = handMade();
    for (const QJsonValue &row : parse(JsonReport::toJson(c)).value(u"rows"_s).toArray())
        QVERIFY(!row.toObject().contains(u"alsoRows"_s));
    c.rows[0].alsoRows = { {}, { 1, 3 } };
    const QJsonArray rows = parse(JsonReport::toJson(c)).value(u"rows"_s).toArray();
    QCOMPARE(rows.at(0).toObject().value(u"alsoRows"_s).toArray(),
        (QJsonArray { QJsonArray {}, QJsonArray { 1, 3 } }));
    QVERIFY(!rows.at(1).toObject().contains(u"alsoRows"_s));
}

// The report is written an element at a time, its rows by hand (report/jsonreport.cpp): byte for byte the
// text Qt's writer gives for the whole document, on the sample and on the hand-made comparison (every
// status, moves, empty cells, a row with "merged from" lists).
void TestJsonReport::textIsQtsIndentedText()
{
    Comparison made = handMade();
    made.rows[0].alsoRows = { {}, { 1, 3 } };
    for (const Comparison &c : { compareFiles({ QStringLiteral(PARALLAX_SAMPLE_DIR) }), made }) {
        const QByteArray text = JsonReport::toJson(c);
        QCOMPARE(text, QJsonDocument(parse(text)).toJson(QJsonDocument::Indented));
    }
}

// The versions' sentences, the changes and the quotations are written by hand too (report/jsontext.cpp):
// every character Qt's writer escapes (quote, backslash, each control character), characters it does not
// (DEL, U+2028, beyond ASCII and beyond the BMP), a lone surrogate (U+FFFD), a boilerplate sentence and a
// version without sentences.
void TestJsonReport::sentencesAsQtWritesThem()
{
    Comparison c = handMade();
    Version &herald = c.versions[1];
    QString odd = u"\"\\/\x7f\u2028\u00e9\u20ac"_s + QChar(0xD83D) + QChar(0xDE00) + QChar(0xDC41);
    for (ushort u = 0; u < 0x20; ++u)
        odd += QChar(u);
    const qsizetype at = herald.text.indexOf(u"Trams"_s);
    QVERIFY(at > 0);
    herald.text.insert(at, odd);
    for (Sentence &sentence : herald.sentences) {
        if (sentence.end > at)
            sentence.end += odd.size();
        if (sentence.start > at)
            sentence.start += odd.size();
    }
    herald.sentences.last().boilerplate = true;
    Version empty = herald;
    empty.name = u"Empty"_s;
    empty.sentences.clear();
    c.versions.append(empty);
    // Quotations are written by hand as well: an unattributed one with word changes and the odd text.
    QuoteGroup altered;
    altered.reference = 1;
    altered.variants = { { 0, 0, 9, 12, odd, QuoteFidelity::Altered, { { u"a\tb"_s, odd }, { u"x"_s, {} } } },
        { 1, -1, 0, 0, QString(), QuoteFidelity::Absent, {} } };
    c.quotes.append(altered);
    c.quotes.append(QuoteGroup {});
    // And the changes: one with a reason and the odd text.
    Change dated = c.changes.first();
    dated.reason = ChangeReason::Date;
    dated.before = odd;
    c.changes.append(dated);

    const QByteArray text = JsonReport::toJson(c);
    QCOMPARE(text, QJsonDocument(parse(text)).toJson(QJsonDocument::Indented));
    const QJsonArray sentences
        = parse(text).value(u"versions"_s).toArray().at(1).toObject().value(u"sentences"_s).toArray();
    QString expected = odd;
    expected[expected.indexOf(QChar(0xDC41))] = QChar(QChar::ReplacementCharacter);
    QVERIFY(sentences.at(1).toObject().value(u"text"_s).toString().startsWith(expected));
    QVERIFY(text.contains("\\u001f"));
    QVERIFY(parse(text)
            .value(u"versions"_s)
            .toArray()
            .at(2)
            .toObject()
            .value(u"sentences"_s)
            .toArray()
            .isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonReport)
#include "tst_jsonreport.moc"
