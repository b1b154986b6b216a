// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReport: the CSV of changes parsed back with a strict RFC 4180 reader written here (quoted fields,
// doubled quotes, line breaks inside quotes, CRLF records): one record per change and per added, absent
// or moved sentence, the columns of the header, words that round-trip whatever they hold, and the
// formula guard on every cell that a spreadsheet would run.
#include "compare/comparator.h"
#include "comparisonfixture.h"
#include "core/labels.h"
#include "report/csvreport.h"
#include "testpaths.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// RFC 4180, strictly: records end with CRLF, a field is either plain (no quote, comma, CR or LF) or
// quoted with inner quotes doubled. Returns false on anything else.
bool parseCsv(const QString &text, QList<QStringList> *records, QString *error)
{
    records->clear();
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = u"unterminated quoted field"_s;
                    return false;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n') {
                    *error = u"quote or line feed in a plain field at %1"_s.arg(i);
                    return false;
                }
                field += text.at(i++);
            }
        }
        record.append(field);
        field.clear();
        if (i < n && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (text.mid(i, 2) != u"\r\n"_s) {
            *error = u"record does not end with CRLF at %1"_s.arg(i);
            return false;
        }
        i += 2;
        records->append(record);
        record.clear();
    }
    return true;
}

QList<QStringList> parsed(const QByteArray &csv)
{
    // The byte-order mark spreadsheet programs need (the decoder below takes it off).
    if (!csv.startsWith("\xef\xbb\xbf"))
        qFatal("no byte-order mark");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(csv);
    if (decoder.hasError() || text.startsWith(QChar(0xfeff)))
        qFatal("not UTF-8 with one byte-order mark");
    QList<QStringList> records;
    QString error;
    if (!parseCsv(text, &records, &error))
        qFatal("%s", qPrintable(error));
    return records;
}

// What a reader of the data gets back from a guarded cell.
QString unguarded(const QString &cell)
{
    if (cell.size() > 1 && cell.at(0) == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

const QStringList header { u"version"_s, u"row"_s, u"kind"_s, u"reason"_s, u"before"_s, u"after"_s, u"note"_s,
    u"tags"_s };

} // namespace

class TestCsvReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRecordPerChange();
    void wordsRoundTrip();
    void formulaGuard_data();
    void formulaGuard();
    void options();
    void sample();
    void notes();
    void mergedFrom();
};

void TestCsvReport::oneRecordPerChange()
{
    Comparison c = Fixture::councilStory();
    c.changes[3].reason = ChangeReason::Number;
    const QList<QStringList> records = parsed(CsvReport::toCsv(c, {}));
    QCOMPARE(records.first(), header);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
    // Row numbers as in the PDF and the HTML report (from 1), version names, ids for kinds and reasons.
    const QList<QStringList> expected {
        { u"Herald"_s, u"1"_s, u"spelling"_s, QString(), u"Tuesday"_s, u"Tusday"_s, QString(), QString() },
        { u"Daily"_s, u"2"_s, u"wording"_s, QString(), u"seven to two"_s, u"7-2"_s, QString(), QString() },
        { u"Herald"_s, u"2"_s, u"absent"_s, QString(), u"The vote was seven to two."_s, QString(), QString(),
            QString() },
        { u"Daily"_s, u"3"_s, u"wording"_s, QString(), u"reached agreement"_s, u"reached the agreement"_s,
            QString(), QString() },
        { u"Herald"_s, u"4"_s, u"substantive"_s, u"number"_s, u"four"_s, u"fourteen"_s, QString(),
            QString() },
        // Row 5 is boilerplate. The Daily's sentence moved from row 4 to row 6: one record, at its place.
        { u"Daily"_s, u"6"_s, u"moved"_s, QString(), u"Spending on parks rises by four percent."_s,
            u"Spending on parks rises by four percent."_s, QString(), QString() },
        { u"Herald"_s, u"7"_s, u"typography"_s, QString(), u"."_s, u"!"_s, QString(), QString() },
        { u"Herald"_s, u"8"_s, u"added"_s, QString(), QString(), u"The budget takes effect in July."_s,
            QString(), QString() },
    };
    QCOMPARE(records.mid(1), expected);
}

void TestCsvReport::wordsRoundTrip()
{
    Comparison c = Fixture::councilStory();
    // Commas, quotes, line breaks of both kinds, leading spaces and a Unicode quotation.
    const QStringList tricky { u"seven, two"_s, u"said \"no\""_s, u"two\r\nlines"_s, u"lf\nonly"_s,
        u"  spaced "_s, u"\u201cwir\u201d \U0001F600"_s, u"\"\""_s, u","_s };
    for (const QString &words : tricky) {
        c.changes[1].before = words;
        c.changes[1].after = words + u" after"_s;
        c.versions[1].name = words;
        const QList<QStringList> records = parsed(CsvReport::toCsv(c, {}));
        bool found = false;
        for (const QStringList &record : records) {
            if (record.at(2) == u"wording"_s && record.at(4) == words) {
                QCOMPARE(record.at(5), words + u" after"_s);
                QCOMPARE(record.at(0), words);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(words));
    }
}

void TestCsvReport::formulaGuard_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("guarded");
    QTest::newRow("=") << u"=HYPERLINK(\"http://x\",\"y\")"_s << true;
    QTest::newRow("+") << u"+1 555 0100"_s << true;
    QTest::newRow("-") << u"-2+3+cmd|' /C calc'!A0"_s << true;
    QTest::newRow("@") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s << true;
    QTest::newRow("tab") << u"\t=1+1"_s << true;
    QTest::newRow("carriage return") << u"\r=1+1"_s << true;
    QTest::newRow("dash inside") << u"9-4"_s << false;
    QTest::newRow("equals inside") << u"a = b"_s << false;
    QTest::newRow("apostrophe") << u"'tis"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCsvReport::formulaGuard()
{
    QFETCH(QString, value);
    QFETCH(bool, guarded);
    // In every column that holds text from the articles: the version's name, before and after.
    Comparison c = Fixture::councilStory();
    c.versions[2].name = value.isEmpty() ? u"Herald"_s : value;
    c.changes[3].before = value;
    c.changes[3].after = value;
    const QList<QStringList> records = parsed(CsvReport::toCsv(c, {}));
    const QStringList record = [&] {
        for (const QStringList &r : records) {
            if (r.at(1) == u"4"_s && r.at(2) == u"substantive"_s)
                return r;
        }
        return QStringList();
    }();
    QCOMPARE(record.size(), header.size());
    for (const int column : { 0, 4, 5 }) {
        const QString cell = record.at(column);
        const QString expected = column == 0 ? c.versions[2].name : value;
        if (guarded && !(column == 0 && value.isEmpty())) {
            QCOMPARE(cell, u"'"_s + expected);
        } else {
            QCOMPARE(cell, expected);
        }
        QCOMPARE(unguarded(cell), expected);
    }
    // field() itself, for the same value.
    QCOMPARE(CsvReport::field(value).startsWith(u"'"_s) || CsvReport::field(value).startsWith(u"\"'"_s),
        guarded || value.startsWith(u'\''));
}

void TestCsvReport::options()
{
    const Comparison c = Fixture::councilStory();
    CsvReport::Options options;
    options.visibleVersions = { 0, 1 };
    QList<QStringList> records = parsed(CsvReport::toCsv(c, options));
    for (const QStringList &record : records.mid(1))
        QCOMPARE(record.at(0), u"Daily"_s);
    QCOMPARE(records.size(), 1 + 3);
    // The base alone: nothing changes against itself.
    options.visibleVersions = { 0 };
    QCOMPARE(parsed(CsvReport::toCsv(c, options)).size(), 1);
}

void TestCsvReport::sample()
{
    const Comparison c = compareFiles(QStringList { QStringLiteral(PARALLAX_SAMPLE_DIR) });
    QVERIFY(c.versions.size() >= 2);
    const QList<QStringList> records = parsed(CsvReport::toCsv(c, {}));
    QCOMPARE(records.first(), header);
    // Every change outside boilerplate rows is a record, with its kind, its reason and its words.
    int changes = 0;
    for (const Change &change : c.changes) {
        if (c.rows.at(change.row).boilerplate)
            continue;
        ++changes;
        const QStringList wanted { c.versions.at(change.version).name, QString::number(change.row + 1),
            toString(change.kind), toString(change.reason) };
        const bool found = std::any_of(records.cbegin(), records.cend(), [&](const QStringList &r) {
            return r.mid(0, 4) == wanted && unguarded(r.at(4)) == change.before
                && unguarded(r.at(5)) == change.after;
        });
        QVERIFY2(found, qPrintable(wanted.join(u' ') + u": "_s + change.before + u" -> "_s + change.after));
    }
    int sentences = 0;
    for (const QStringList &r : records.mid(1)) {
        QVERIFY2(r.at(0) != c.versions.at(c.base).name, "the base never changes against itself");
        sentences += QStringList({ u"added"_s, u"absent"_s, u"moved"_s }).contains(r.at(2)) ? 1 : 0;
    }
    QCOMPARE(records.size() - 1, changes + sentences);
    QVERIFY(sentences > 0);
}

void TestCsvReport::notes()
{
    const Comparison c = Fixture::councilStory();
    // A note on row 4 (index 3) as a whole, one on the Herald's "fourteen", and one that found no place.
    Note row;
    row.target = Note::Target::Row;
    row.row = 3;
    row.version = 0;
    row.passage = c.versions.at(0).sentenceText(3);
    row.text = u"=ask the council, \"which\" figure"_s;
    row.tags = { u"check"_s };
    Note span = row;
    span.target = Note::Target::Span;
    span.version = 2;
    span.passage = u"fourteen"_s;
    span.text = u"wrong number"_s;
    span.tags = { u"error"_s, u"check"_s };
    Note orphan = span;
    orphan.row = -1;
    orphan.text = u"lost,\nnote"_s;
    orphan.tags = { u"misquote"_s };
    CsvReport::Options options;
    options.notes = { row, span, orphan };
    const QList<QStringList> records = parsed(CsvReport::toCsv(c, options));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
    // The Herald's change in row 4 carries both notes on it (the span is the Herald's).
    bool heraldSeen = false;
    for (const QStringList &r : records) {
        if (r.at(1) != u"4"_s || r.at(2) == u"note"_s)
            continue;
        if (r.at(0) == u"Herald"_s) {
            QCOMPARE(unguarded(r.at(6)), row.text + u" | wrong number"_s);
            QCOMPARE(r.at(7), u"check error"_s);
            heraldSeen = true;
        }
    }
    QVERIFY(heraldSeen);
    // Rows without notes have none.
    for (const QStringList &r : records.mid(1))
        if (r.at(1) != u"4"_s && r.at(2) != u"note"_s)
            QVERIFY(r.at(6).isEmpty() && r.at(7).isEmpty());
    // One line per note, the orphan without a row, the formula guard on the note's text.
    QList<QStringList> noteLines;
    for (const QStringList &r : records)
        if (r.at(2) == u"note"_s)
            noteLines.append(r);
    QCOMPARE(noteLines.size(), 3);
    QCOMPARE(noteLines.at(0).at(0), QString()); // a whole row: no one version
    QCOMPARE(noteLines.at(0).at(6).at(0), u'\'');
    QCOMPARE(unguarded(noteLines.at(0).at(6)), row.text);
    QCOMPARE(noteLines.at(0).at(4), row.passage);
    QCOMPARE(noteLines.at(1),
        QStringList({ u"Herald"_s, u"4"_s, u"note"_s, QString(), u"fourteen"_s, QString(), u"wrong number"_s,
            u"error check"_s }));
    QCOMPARE(noteLines.at(2).at(1), QString());
    QCOMPARE(noteLines.at(2).at(6), u"lost,\nnote"_s);
}

// A sentence that also says another row (merged from, AlignedRow::alsoRows): one record per such row, with
// that row's words before and the sentence after; none where no row is named.
void TestCsvReport::mergedFrom()
{
    Comparison c = Fixture::councilStory();
    c.rows[2].alsoRows = { {}, {}, { 1 } };
    const QList<QStringList> records = parsed(CsvReport::toCsv(c, {}));
    QList<QStringList> also;
    for (const QStringList &record : records)
        if (record.value(2) == u"also-says"_s)
            also.append(record);
    const QList<QStringList> expected { { u"Herald"_s, u"3"_s, u"also-says"_s, QString(),
        u"The vote was seven to two."_s, u"“We have reached agreement on the essentials,” the mayor said."_s,
        QString(), QString() } };
    QCOMPARE(also, expected);
    QCOMPARE(records.size(), parsed(CsvReport::toCsv(Fixture::councilStory(), {})).size() + 1);
}

QTEST_GUILESS_MAIN(TestCsvReport)
#include "tst_csvreport.moc"
