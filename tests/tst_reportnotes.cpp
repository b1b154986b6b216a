// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's notes in the PDF (issue 16), read back with pdftotext: each placed note in the notes column
// beside its row under "Reader's notes", numbered as in the summary's notes list (✎1, ✎2, … in reading
// order, orphaned notes last), its mark in the cell it is on, a quotation's note in the quotations
// table; an orphaned note only in the list; no mark at all without notes. (The HTML report's are checked
// in tst_htmlreport, notesBesideRows.)
#include "comparisonfixture.h"
#include "report/pdfexporter.h"

#include <QProcess>

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestReportNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfNotesBesideRows();

private:
    // The PDF's pages as text, whitespace simplified within each page.
    QStringList pdfPages(const PdfExporter::Options &options, const QString &name);

    QTemporaryDir m_dir;
};

void TestReportNotes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("PARALLAX_KEEP_TEST_PDFS")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
}

QStringList TestReportNotes::pdfPages(const PdfExporter::Options &options, const QString &name)
{
    const QString file = m_dir.filePath(name);
    QString error;
    if (!PdfExporter::exportToFile(Fixture::councilStory(), file, options, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QProcess process;
    process.start(u"pdftotext"_s, { u"-raw"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

void TestReportNotes::pdfNotesBesideRows()
{
    const Comparison c = Fixture::councilStory();
    PdfExporter::Options options;
    options.notes = Fixture::councilNotes(c);
    const QStringList pages = pdfPages(options, u"notes.pdf"_s);
    QVERIFY(pages.size() >= 2);
    // The side-by-side pages: those with the table's column of notes, from the table's heading ("... Notes
    // Row") on, since the summary's last page may hold the start of the table below the notes list.
    QString table;
    for (const QString &page : pages)
        if (page.contains(u"Reader\u2019s notes"_s))
            table += page.mid(std::max<qsizetype>(0, page.indexOf(u" Notes Row "_s))) + u' ';
    QVERIFY2(!table.isEmpty(), "no page has the reader's notes beside the rows");
    // Every placed note beside its row, in full, once per page set.
    for (const QString &line : { u"\u270e1 check: 7-2 or seven to two? \u2014 Ana"_s,
             u"\u270e2 misquote: the Daily added a word \u2014 Ana"_s,
             u"\u270e3 error: four in the wire \u2014 Ana"_s })
        QVERIFY2(table.count(line) == 1, qPrintable(line));
    // And its mark in the cell, before the notes column lists it.
    for (const QString &mark : { u"\u270e1"_s, u"\u270e2"_s, u"\u270e3"_s })
        QVERIFY2(table.count(mark) == 2, qPrintable(mark));
    // The span's mark right after its word, after the number of the change there.
    QVERIFY(table.contains(QRegularExpression(u"fourteen\\d*\u270e3"_s)));
    // The orphan only in the summary's list.
    QVERIFY(!table.contains(u"\u270e4"_s));
    QVERIFY(!table.contains(u"gone"_s));
    const QString summary = pages.first();
    QVERIFY(summary.contains(u"\u270e4"_s) || pages.join(u' ').count(u"\u270e4"_s) == 1);
    // The quotation's note in the quotations table of the summary.
    QVERIFY(pages.join(u' ').count(u"\u270e2 misquote: the Daily added a word"_s) == 2);

    // Without notes nothing of them.
    const QString plain = pdfPages({}, u"plain.pdf"_s).join(u' ');
    QVERIFY(!plain.isEmpty());
    QVERIFY(!plain.contains(u"\u270e"_s));
    QVERIFY(!plain.contains(u"Reader\u2019s notes"_s));
}

QTEST_MAIN(TestReportNotes)
#include "tst_reportnotes.moc"
