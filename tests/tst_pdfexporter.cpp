// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfexporter.h"
#include "report/pdfoutline_p.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The fixture is written out by hand, independent of the engine: five versions of a made-up story
// with every kind of change, a move, an added and an absent sentence, boilerplate and an altered quote.

Version makeVersion(
    const QString &name, const QString &path, const QString &date, const QStringList &sentences)
{
    Version version;
    version.name = name;
    version.path = path;
    version.date = date;
    version.title = u"Harbour bridge reopens after storm repairs"_s;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (i > 0)
            version.text += i == 1 ? u"\n\n"_s : u" "_s;
        Sentence sentence;
        sentence.start = version.text.size();
        version.text += sentences.at(i);
        sentence.end = version.text.size();
        sentence.block = i == 0 ? 0 : 1;
        sentence.blockKind = i == 0 ? BlockKind::Heading : BlockKind::Paragraph;
        sentence.boilerplate = sentences.at(i).startsWith(u"Sign up"_s);
        version.sentences.append(sentence);
    }
    return version;
}

AlignedRow makeRow(
    const QList<int> &cells, const QList<CellStatus> &status, const QList<int> &moveTarget = {})
{
    AlignedRow row;
    row.cells = cells;
    for (const int cell : cells)
        row.spans.append(cell >= 0 ? 1 : 0);
    row.status = status;
    row.moveTarget = moveTarget.isEmpty() ? QList<int>(cells.size(), -1) : moveTarget;
    return row;
}

// A change located by its words in the base's and the version's sentence of the row.
Change makeChange(
    const Comparison &c, int version, int row, ChangeKind kind, const QString &before, const QString &after)
{
    const Version &base = c.versions.at(c.base);
    const Version &v = c.versions.at(version);
    const Sentence &baseSentence = base.sentences.at(c.rows.at(row).cells.at(c.base));
    const Sentence &sentence = v.sentences.at(c.rows.at(row).cells.at(version));
    Change change;
    change.version = version;
    change.row = row;
    change.sentence = c.rows.at(row).cells.at(version);
    change.baseSentence = c.rows.at(row).cells.at(c.base);
    change.kind = kind;
    change.before = before;
    change.after = after;
    change.baseStart = base.text.indexOf(before, baseSentence.start);
    change.baseEnd = change.baseStart + before.size();
    change.start = v.text.indexOf(after, sentence.start);
    change.end = change.start + after.size();
    Q_ASSERT(change.baseStart >= 0 && change.start >= 0);
    return change;
}

const QString heading = u"Harbour bridge reopens after storm repairs"_s;
const QString s1
    = u"The harbour bridge reopened on Monday after about three hours of final inspections, the city said."_s;
const QString s2 = u"Engineers replaced its damaged cables during the winter."_s;
const QString s3 = u"\"We reached agreement with the contractor in March,\" said Mayor Lena Ortiz."_s;
const QString s4 = u"Traffic is expected to return to normal by Friday."_s;
const QString boilerplate = u"Sign up for our morning newsletter."_s;
const QString s6 = u"Officials thanked residents for their patience."_s;

Comparison fixture()
{
    Comparison c;
    c.title = heading;
    c.base = 0;
    c.versions = {
        makeVersion(u"Wire Service"_s, u"/news/01-wire.txt"_s, u"2024-03-11"_s,
            { heading, s1, s2, s3, s4, boilerplate, s6 }),
        makeVersion(u"Daily Courier"_s, u"/news/02-courier.html"_s, u"2024-03-11"_s,
            { heading, QString(s1).replace(u"about three hours"_s, u"more than three hours"_s),
                QString(s2).replace(u"its"_s, u"it\u2019s"_s),
                u"\u201cWe reached the agreement with the contractor in March,\u201d said Mayor Lena Ortiz."_s,
                u"The bridge carries forty thousand vehicles a day."_s, boilerplate, s6 }),
        makeVersion(u"Metro Post"_s, u"/news/03-post.md"_s, QString(),
            { heading, s6, s1, s2, s3, QString(s4).replace(u"is expected to"_s, u"should"_s), boilerplate }),
        makeVersion(u"Harbour Times"_s, u"/news/04-times.txt"_s, u"2024-03-12"_s,
            { heading, QString(s1).replace(u"reopened"_s, u"opened again"_s), s2, s3, s4, s6 }),
        makeVersion(u"Evening Ledger"_s, u"/news/05-ledger.txt"_s, u"2024-03-12"_s,
            { heading, QString(s1).replace(u", the city"_s, u" \u2014 the city"_s), s2, s3,
                QString(s4).replace(u"by Friday"_s, u"by\u00a0Friday"_s), boilerplate, s6 }),
    };
    using S = CellStatus;
    c.rows = {
        makeRow({ 0, 0, 0, 0, 0 }, { S::Same, S::Same, S::Same, S::Same, S::Same }),
        makeRow(
            { -1, -1, 1, -1, -1 }, { S::Same, S::Same, S::Moved, S::Same, S::Same }, { -1, -1, 8, -1, -1 }),
        makeRow({ 1, 1, 2, 1, 1 }, { S::Same, S::Changed, S::Same, S::Changed, S::Changed }),
        makeRow({ 2, 2, 3, 2, 2 }, { S::Same, S::Changed, S::Same, S::Same, S::Same }),
        makeRow({ 3, 3, 4, 3, 3 }, { S::Same, S::Changed, S::Same, S::Same, S::Same }),
        makeRow({ -1, 4, -1, -1, -1 }, { S::Same, S::Added, S::Same, S::Same, S::Same }),
        makeRow({ 4, -1, 5, 4, 4 }, { S::Same, S::Absent, S::Changed, S::Same, S::Same }),
        makeRow({ 5, 5, 6, -1, 5 }, { S::Same, S::Same, S::Same, S::Absent, S::Same }),
        makeRow({ 6, 6, -1, 5, 6 }, { S::Same, S::Same, S::Moved, S::Same, S::Same }, { -1, -1, 1, -1, -1 }),
    };
    c.rows[7].boilerplate = true;
    c.changes = {
        makeChange(c, 1, 2, ChangeKind::Substantive, u"about three hours"_s, u"more than three hours"_s),
        makeChange(c, 3, 2, ChangeKind::Wording, u"reopened"_s, u"opened again"_s),
        makeChange(c, 4, 2, ChangeKind::Typography, u", the city"_s, u" \u2014 the city"_s),
        makeChange(c, 1, 3, ChangeKind::Spelling, u"its"_s, u"it\u2019s"_s),
        makeChange(c, 1, 4, ChangeKind::Typography, u"\"We"_s, u"\u201cWe"_s),
        makeChange(c, 1, 4, ChangeKind::Wording, u"reached agreement"_s, u"reached the agreement"_s),
        makeChange(c, 2, 6, ChangeKind::Wording, u"is expected to"_s, u"should"_s),
        makeChange(c, 4, 6, ChangeKind::Typography, u"by Friday"_s, u"by\u00a0Friday"_s),
    };
    QuoteGroup quote;
    quote.speaker = u"Lena Ortiz"_s;
    quote.reference = 0;
    for (int v = 0; v < 5; ++v) {
        QuoteVariant variant;
        variant.version = v;
        variant.sentence = c.rows.at(4).cells.at(v);
        variant.text = u"We reached agreement with the contractor in March,"_s;
        if (v == 1) {
            variant.text = u"We reached the agreement with the contractor in March,"_s;
            variant.fidelity = QuoteFidelity::Altered;
            variant.wordChanges = { { u"reached agreement"_s, u"reached the agreement"_s } };
        }
        quote.variants.append(variant);
    }
    c.quotes = { quote };
    for (int a = 0; a < 5; ++a) {
        QList<double> row;
        for (int b = 0; b < 5; ++b)
            row.append(a == b ? 1.0 : 0.6 + 0.05 * (a + b));
        c.similarity.append(row);
        c.baseShare.append(a == 0 ? 1.0 : 0.8);
        c.ownShare.append(a == 1 ? 0.15 : 0.0);
    }
    return c;
}

struct Tool
{
    QString output;
    int exitCode = -1;
};

Tool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(60000))
        return tool;
    tool.output = QString::fromUtf8(process.readAllStandardOutput());
    tool.exitCode = process.exitCode();
    return tool;
}

QString normalized(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryNamesEveryVersionAndSection();
    void metadataPagesAndFonts();
    void notesExplainEveryNonCosmeticChange();
    void cosmeticChangesAreNumberedOnRequest();
    void addedAbsentMovedAreMarked();
    void mergedFromIsMarked();
    void boilerplateIsLeftOutUnlessAsked();
    void moreThanFourVersionsRepeatTheBase();
    void visibleVersionsLimitThePdf();
    void outlineHasSummaryAndEachGroup();
    void outlineIsNotForcedOntoAnUnexpectedFile();
    void rowTallerThanAPageSplitsWithoutLoss();
    void inconsistentComparisonStillExports();
    void cancelingWritesNoFile();
    void progressRunsForwardToTheEnd();
    void exportsOffTheGuiThread();
    void unwritableFileIsReported();

private:
    QString exportFixture(const QString &name, const PdfExporter::Options &options = {},
        const Comparison &comparison = fixture());
    QString pdfText(const QString &file, const QString &mode = u"-layout"_s);
    QStringList pages(const QString &file);

    QTemporaryDir m_dir;
};

void TestPdfExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // To look at the PDFs (pdftoppm -r 60 -png), keep them.
    if (qEnvironmentVariableIsSet("PARALLAX_KEEP_TEST_PDFS")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    for (const QString &tool : { u"pdftotext"_s, u"pdfinfo"_s, u"pdffonts"_s, u"pdftohtml"_s }) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + u" (poppler-utils) is not installed: the PDF cannot be checked"_s));
    }
}

QString TestPdfExporter::exportFixture(
    const QString &name, const PdfExporter::Options &options, const Comparison &comparison)
{
    const QString file = m_dir.filePath(name);
    QString error;
    if (!PdfExporter::exportToFile(comparison, file, options, &error)) {
        qWarning() << error;
        return {};
    }
    return file;
}

QString TestPdfExporter::pdfText(const QString &file, const QString &mode)
{
    return run(u"pdftotext"_s, { mode, u"-enc"_s, u"UTF-8"_s, file, u"-"_s }).output;
}

QStringList TestPdfExporter::pages(const QString &file)
{
    QStringList pages = pdfText(file).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void TestPdfExporter::summaryNamesEveryVersionAndSection()
{
    const QString file = exportFixture(u"summary.pdf"_s);
    QVERIFY(!file.isEmpty());
    const QStringList text = pages(file);
    QVERIFY(text.size() >= 2);
    // The summary comes first, on one page or more; the side-by-side pages follow (on the summary's last
    // page when it has room, headed by the side-by-side title).
    QVERIFY(text.first().contains(heading));
    QString summary;
    for (const QString &page : text) {
        summary += page;
        if (page.contains(u"Side by side 1 of"_s))
            break;
    }
    for (const QString &section : { u"Versions"_s, u"Similarity"_s, u"Changes against the base"_s,
             u"Quotations"_s, u"Legend"_s, u"Side by side:"_s })
        QVERIFY2(summary.contains(section), qPrintable(section));
    for (const Version &v : fixture().versions) {
        QVERIFY2(summary.contains(v.name), qPrintable(v.name));
        QVERIFY2(summary.contains(v.path), qPrintable(v.path));
    }
    QVERIFY(summary.contains(u"2024-03-12"_s));
    // The similarity matrix prints the fixture's shares: 0.6 + 0.05 * (1 + 2) between versions 2 and 3.
    QVERIFY(summary.contains(u"75 %"_s) || summary.contains(u"75\u00a0%"_s));
    // The quotation table: speaker, the altered outlet's word change, its fidelity.
    QVERIFY(summary.contains(u"Lena Ortiz"_s));
    QVERIFY(normalized(pdfText(file, u"-raw"_s)).contains(u"reached agreement -> reached the agreement"_s));
    QVERIFY(summary.contains(u"altered"_s));
    // The summary says where each group of side-by-side pages starts, and it does start there.
    const QRegularExpressionMatch group
        = QRegularExpression(u"pages? (\\d+)(?:\u2013\\d+)?: Wire Service \\(base\\), Harbour Times"_s)
              .match(normalized(summary));
    QVERIFY(group.hasMatch());
    const int page = group.captured(1).toInt();
    QVERIFY(page > 1 && page <= text.size());
    QVERIFY(text.at(page - 1).contains(u"Side by side 2 of 2"_s));
    QVERIFY(!text.at(page - 2).contains(u"Side by side 2 of 2"_s));
}

void TestPdfExporter::metadataPagesAndFonts()
{
    const QString file = exportFixture(u"metadata.pdf"_s);
    QVERIFY(!file.isEmpty());
    const Tool info = run(u"pdfinfo"_s, { file });
    QCOMPARE(info.exitCode, 0);
    const QRegularExpressionMatch title
        = QRegularExpression(u"^Title:\\s+(.*)$"_s, QRegularExpression::MultilineOption).match(info.output);
    QVERIFY(title.hasMatch());
    QCOMPARE(title.captured(1).trimmed(), heading);
    QVERIFY(QRegularExpression(u"^Creator:\\s+.*Parallax"_s, QRegularExpression::MultilineOption)
            .match(info.output)
            .hasMatch());
    QVERIFY(QRegularExpression(u"^Page size:.*\\(A4\\)"_s, QRegularExpression::MultilineOption)
            .match(info.output)
            .hasMatch());
    const QRegularExpressionMatch pagesLine
        = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info.output);
    QVERIFY(pagesLine.hasMatch());
    const int pageCount = pagesLine.captured(1).toInt();

    // Landscape: wider than high.
    const QRegularExpressionMatch size
        = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+)"_s).match(info.output);
    QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble());

    // Every page carries its number out of the total that pdfinfo counts.
    const QStringList text = pages(file);
    QCOMPARE(text.size(), pageCount);
    for (int i = 0; i < pageCount; ++i)
        QVERIFY2(text.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(pageCount)), qPrintable(text.at(i)));

    // Fonts: real text in embedded fonts.
    const Tool fonts = run(u"pdffonts"_s, { file });
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.output.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    bool dejaVu = false;
    for (const QString &line : lines) {
        // name type encoding emb sub uni object ID
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(fields.size() >= 7);
        QCOMPARE(fields.at(fields.size() - 5), u"yes"_s); // emb
        dejaVu = dejaVu || line.contains(u"DejaVu"_s);
    }
    QVERIFY(dejaVu);
}

// The summary's count of numbered changes ("4 changes are numbered", or with a plural form left to
// translation, "4 change(s) numbered").
static bool announcesNotes(const QString &raw, int count)
{
    return QRegularExpression(u"(^| )%1 change(s|\\(s\\))? ((is|are) )?numbered"_s.arg(count))
        .match(raw)
        .hasMatch();
}

// The note "<number> <text>" is in the text, under the name of the given version (the closest version
// name before it).
static bool hasNoteUnder(const QString &raw, const QString &version, const QString &note)
{
    const QRegularExpressionMatch match
        = QRegularExpression(u"\\d+ "_s + QRegularExpression::escape(note)).match(raw);
    if (!match.hasMatch())
        return false;
    QString closest;
    qsizetype closestAt = -1;
    for (const Version &v : fixture().versions) {
        const qsizetype at = raw.lastIndexOf(v.name, match.capturedStart());
        if (at > closestAt) {
            closestAt = at;
            closest = v.name;
        }
    }
    return closest == version;
}

void TestPdfExporter::notesExplainEveryNonCosmeticChange()
{
    const QString file = exportFixture(u"notes.pdf"_s);
    QVERIFY(!file.isEmpty());
    const QString raw = normalized(pdfText(file, u"-raw"_s));
    QVERIFY(hasNoteUnder(raw, u"Daily Courier"_s,
        u"substantive: \u2018about three hours\u2019 \u2192 \u2018more than three hours\u2019"_s));
    QVERIFY(hasNoteUnder(
        raw, u"Harbour Times"_s, u"wording: \u2018reopened\u2019 \u2192 \u2018opened again\u2019"_s));
    QVERIFY(hasNoteUnder(raw, u"Daily Courier"_s,
        u"wording: \u2018reached agreement\u2019 \u2192 \u2018reached the agreement\u2019"_s));
    QVERIFY(hasNoteUnder(
        raw, u"Metro Post"_s, u"wording: \u2018is expected to\u2019 \u2192 \u2018should\u2019"_s));
    // Cosmetic changes are highlighted only.
    QVERIFY(!raw.contains(u"spelling:"_s));
    QVERIFY(!raw.contains(u"typography:"_s));
    // Four notes, numbered 1 to 4 in reading order; the summary announces them.
    const QRegularExpression note(u"(\\d+) (substantive|wording|spelling|typography):"_s);
    QList<int> numbers;
    for (QRegularExpressionMatchIterator it = note.globalMatch(raw); it.hasNext();)
        numbers.append(it.next().captured(1).toInt());
    QCOMPARE(numbers, QList<int>({ 1, 2, 3, 4 }));
    QVERIFY(announcesNotes(raw, 4));
    // The number also stands in the text, right after the changed words.
    QVERIFY(raw.contains(u"more than three hours1 of final"_s));
}

void TestPdfExporter::cosmeticChangesAreNumberedOnRequest()
{
    PdfExporter::Options options;
    options.annotateCosmetic = true;
    const QString file = exportFixture(u"cosmetic.pdf"_s, options);
    QVERIFY(!file.isEmpty());
    const QString raw = normalized(pdfText(file, u"-raw"_s));
    QVERIFY(
        hasNoteUnder(raw, u"Daily Courier"_s, u"spelling: \u2018its\u2019 \u2192 \u2018it\u2019s\u2019"_s));
    QVERIFY(hasNoteUnder(raw, u"Evening Ledger"_s,
        u"typography: \u2018, the city\u2019 \u2192 \u2018\u2014 the city\u2019"_s));
    QVERIFY(hasNoteUnder(raw, u"Daily Courier"_s, u"substantive: \u2018about three hours\u2019"_s));
    // A change of invisible characters says which.
    QVERIFY(hasNoteUnder(raw, u"Evening Ledger"_s,
        u"typography: \u2018by Friday\u2019 \u2192 \u2018by Friday\u2019 (no-break space)"_s));
    QVERIFY(announcesNotes(raw, 8));
}

void TestPdfExporter::addedAbsentMovedAreMarked()
{
    const QString file = exportFixture(u"markers.pdf"_s);
    QVERIFY(!file.isEmpty());
    const QString raw = normalized(pdfText(file, u"-raw"_s));
    // Metro Post's moved sentence (row 2) names the base's row 9, and the gap in row 9 names row 2, each
    // with the page that row is on.
    const QStringList text = pages(file);
    const auto pageOf = [&](const QString &needle) {
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (normalized(text.at(i)).contains(needle))
                return int(i) + 1;
        }
        return -1;
    };
    const int movedPage = pageOf(u"moved \u00b7 see row 9"_s);
    QVERIFY(movedPage > 1);
    QVERIFY(raw.contains(u"moved \u00b7 see row 9, p.\u00a0%1"_s.arg(movedPage))
        || raw.contains(u"moved \u00b7 see row 9, p. %1"_s.arg(movedPage)));
    QVERIFY(raw.contains(u"moved \u00b7 see row 2, p."_s));
    // The Courier lacks the traffic sentence: a gap says so.
    QVERIFY(raw.contains(u"absent"_s));
    // The Courier's own sentence is printed.
    QVERIFY(raw.contains(u"The bridge carries forty thousand vehicles a day."_s));
}

// A sentence that also says another row (merged from, AlignedRow::alsoRows) names it beside its cell.
void TestPdfExporter::mergedFromIsMarked()
{
    Comparison c = fixture();
    int row = -1;
    for (int r = 1; r < c.rows.size() && row < 0; ++r)
        if (c.rows.at(r).cells.value(1, -1) >= 0 && !c.rows.at(r).boilerplate)
            row = r;
    QVERIFY(row > 0);
    QVERIFY(!normalized(pdfText(exportFixture(u"plain.pdf"_s, {}, c), u"-raw"_s)).contains(u"also says"_s));
    c.rows[row].alsoRows = QList<QList<int>>(c.versions.size());
    c.rows[row].alsoRows[1] = { 0 };
    const QString file = exportFixture(u"mergedfrom.pdf"_s, {}, c);
    QVERIFY(!file.isEmpty());
    QVERIFY(normalized(pdfText(file, u"-raw"_s)).contains(u"also says row 1"_s));
}

void TestPdfExporter::boilerplateIsLeftOutUnlessAsked()
{
    const QString without = exportFixture(u"no-boilerplate.pdf"_s);
    QVERIFY(!without.isEmpty());
    QVERIFY(!pdfText(without).contains(u"morning newsletter"_s));
    PdfExporter::Options options;
    options.showBoilerplate = true;
    const QString with = exportFixture(u"boilerplate.pdf"_s, options);
    QVERIFY(!with.isEmpty());
    QVERIFY(normalized(pdfText(with, u"-raw"_s)).contains(boilerplate));
}

void TestPdfExporter::moreThanFourVersionsRepeatTheBase()
{
    const QString file = exportFixture(u"groups.pdf"_s);
    QVERIFY(!file.isEmpty());
    const QStringList text = pages(file);
    int firstSideBySide = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).contains(u"Side by side 1 of 2"_s)) {
            firstSideBySide = int(i);
            break;
        }
    }
    QVERIFY(firstSideBySide > 0);
    QStringList seen;
    for (qsizetype i = firstSideBySide; i < text.size(); ++i) {
        QVERIFY2(text.at(i).contains(u"Wire Service (base)"_s), qPrintable(text.at(i)));
        for (const Version &v : fixture().versions) {
            if (text.at(i).contains(v.name) && !seen.contains(v.name))
                seen.append(v.name);
        }
    }
    QCOMPARE(seen.size(), 5);
    QVERIFY(text.last().contains(u"Side by side 2 of 2"_s));
}

void TestPdfExporter::visibleVersionsLimitThePdf()
{
    PdfExporter::Options options;
    options.visibleVersions = { 0, 1, 3 };
    const QString file = exportFixture(u"visible.pdf"_s, options);
    QVERIFY(!file.isEmpty());
    const QString text = pdfText(file);
    QVERIFY(text.contains(u"Daily Courier"_s));
    QVERIFY(text.contains(u"Harbour Times"_s));
    QVERIFY(!text.contains(u"Metro Post"_s));
    QVERIFY(!text.contains(u"Evening Ledger"_s));
    QVERIFY(!text.contains(u"Side by side 1 of"_s)); // three columns fit one group
}

void TestPdfExporter::outlineHasSummaryAndEachGroup()
{
    const QString file = exportFixture(u"outline.pdf"_s);
    QVERIFY(!file.isEmpty());
    const QString xml = run(u"pdftohtml"_s, { u"-xml"_s, u"-i"_s, u"-stdout"_s, u"-q"_s, file }).output;
    const qsizetype outline = xml.indexOf(u"<outline>"_s);
    QVERIFY2(outline >= 0, "no document outline");
    QMap<QString, int> items;
    const QRegularExpression item(u"<item page=\"(\\d+)\">([^<]*)</item>"_s);
    for (QRegularExpressionMatchIterator it = item.globalMatch(xml, outline); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        items.insert(match.captured(2).section(u':', 0, 0), match.captured(1).toInt());
    }
    QCOMPARE(items.value(u"Summary"_s), 1);
    QCOMPARE(items.value(u"Quotations"_s, -1) >= 1, true);
    const QStringList text = pages(file);
    for (const QString &group : { u"Side by side 1 of 2"_s, u"Side by side 2 of 2"_s }) {
        QVERIFY2(items.contains(group), qPrintable(group));
        const int page = items.value(group);
        QVERIFY(page > 1 && page <= text.size());
        QVERIFY(text.at(page - 1).contains(group));
        QVERIFY(page == 1 || !text.at(page - 2).contains(group)); // the group's first page
    }
    // Under each group, the article's headings: the fixture's headline opens both groups.
    QCOMPARE(xml.count(u">"_s + heading + u"</item>"_s), 2);
    // pdfinfo still reads the updated file.
    QCOMPARE(run(u"pdfinfo"_s, { file }).exitCode, 0);
}

void TestPdfExporter::outlineIsNotForcedOntoAnUnexpectedFile()
{
    const QList<Internal::PdfBookmark> marks { { u"Summary"_s, 0, 0, 0 } };
    QByteArray notPdf("not a PDF at all");
    QString error;
    QVERIFY(!Internal::appendPdfOutline(&notPdf, marks, 595, &error));
    QCOMPARE(notPdf, QByteArray("not a PDF at all"));
    QVERIFY(!error.isEmpty());

    // A real export, and a bookmark past its last page: refused, the file left as it was.
    const QString file = exportFixture(u"outline-refused.pdf"_s);
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray original = pdf.readAll();
    QByteArray bytes = original;
    QVERIFY(!Internal::appendPdfOutline(&bytes, { { u"Far"_s, 999, 0, 0 } }, 595, &error));
    QCOMPARE(bytes, original);
    // It already has an outline: a second one is refused too.
    QVERIFY(!Internal::appendPdfOutline(&bytes, marks, 595, &error));
    QCOMPARE(bytes, original);
}

void TestPdfExporter::rowTallerThanAPageSplitsWithoutLoss()
{
    Comparison c = fixture();
    QStringList words;
    for (int i = 1; i <= 1600; ++i)
        words.append(u"w%1"_s.arg(i, 4, 10, QChar(u'0')));
    const QString longSentence = words.join(u' ') + u'.';
    Version &times = c.versions[3];
    Sentence sentence;
    times.text += u" "_s;
    sentence.start = times.text.size();
    times.text += longSentence;
    sentence.end = times.text.size();
    times.sentences.append(sentence);
    c.rows.append(makeRow({ -1, -1, -1, int(times.sentences.size()) - 1, -1 },
        { CellStatus::Same, CellStatus::Same, CellStatus::Same, CellStatus::Added, CellStatus::Same }));
    const QString file = exportFixture(u"long.pdf"_s, {}, c);
    QVERIFY(!file.isEmpty());
    const QStringList text = pages(file);
    const QString all = text.join(u' ');
    for (const QString &word : words)
        QVERIFY2(all.count(word) == 1, qPrintable(word));
    // The row fills more than one page; the pages after its first say that the row continues.
    QList<qsizetype> pagesWithWords;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).contains(u"w0"_s) || text.at(i).contains(u"w1"_s))
            pagesWithWords.append(i);
    }
    QVERIFY(pagesWithWords.size() >= 2);
    QVERIFY(!text.at(pagesWithWords.first()).contains(u"cont."_s));
    for (qsizetype k = 1; k < pagesWithWords.size(); ++k)
        QVERIFY(text.at(pagesWithWords.at(k)).contains(u"cont."_s));
}

void TestPdfExporter::inconsistentComparisonStillExports()
{
    // What a half-finished engine or a stale model might hand over: no base, cells past the last
    // sentence, change offsets outside the text, short per-version lists, no similarity.
    Comparison c = fixture();
    c.base = -1;
    c.rows[2].cells[1] = 99;
    c.rows[3].status.clear();
    c.rows[4].spans = { 7 };
    c.changes[0].start = -40;
    c.changes[0].end = 100000;
    c.changes[1].row = 500;
    c.similarity.clear();
    c.baseShare.clear();
    const QString file = exportFixture(u"inconsistent.pdf"_s, {}, c);
    QVERIFY(!file.isEmpty());
    QVERIFY(pdfText(file).contains(u"Evening Ledger"_s));

    // No rows at all: the summary and an empty grid.
    Comparison empty = fixture();
    empty.rows.clear();
    empty.changes.clear();
    QVERIFY(!exportFixture(u"no-rows.pdf"_s, {}, empty).isEmpty());

    // No versions: refused with a reason.
    QString error;
    QVERIFY(!PdfExporter::exportToFile(Comparison(), m_dir.filePath(u"nothing.pdf"_s), {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestPdfExporter::cancelingWritesNoFile()
{
    const QString file = m_dir.filePath(u"canceled.pdf"_s);
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier export");
    }
    int polls = 0;
    PdfExporter::Options options;
    options.isCanceled = [&polls] { return ++polls > 4; };
    QString error;
    QVERIFY(!PdfExporter::exportToFile(fixture(), file, options, &error));
    QVERIFY(error.contains(file));
    QVERIFY(error.contains(u"cancel"_s));
    QFile old(file);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("an earlier export"));
}

void TestPdfExporter::progressRunsForwardToTheEnd()
{
    QList<std::pair<int, int>> reports;
    PdfExporter::Options options;
    options.progress = [&reports](int done, int total) { reports.append({ done, total }); };
    QVERIFY(!exportFixture(u"progress.pdf"_s, options).isEmpty());
    QVERIFY(reports.size() > 3);
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QCOMPARE(reports.at(i).second, reports.first().second);
        QVERIFY(reports.at(i).first > reports.at(i - 1).first);
    }
    QCOMPARE(reports.last().first, reports.last().second);
}

void TestPdfExporter::exportsOffTheGuiThread()
{
    const QString file = m_dir.filePath(u"thread.pdf"_s);
    bool ok = false;
    QString error;
    const Comparison comparison = fixture();
    std::unique_ptr<QThread> thread(
        QThread::create([&] { ok = PdfExporter::exportToFile(comparison, file, {}, &error); }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(pdfText(file).contains(u"Daily Courier"_s));
}

void TestPdfExporter::unwritableFileIsReported()
{
    const QString file = m_dir.filePath(u"no-such-folder/out.pdf"_s);
    QString error;
    QVERIFY(!PdfExporter::exportToFile(fixture(), file, {}, &error));
    QVERIFY(error.startsWith(file));
    QVERIFY(!QFile::exists(file));
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
