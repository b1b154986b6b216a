// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF summary counts the substantive changes of each version by reason, read back with pdftotext.
#include "reasonfixture.h"

#include "report/pdfexporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestPdfReasons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void summaryCountsSubstantiveChangesByReason();
    void summarySaysWhenNoFactChanged();
    void summaryNamesTheReasonsTheWindowFollowed();

private:
    // The summary pages' text in content order, white space simplified.
    QString summaryText(
        const Comparison &comparison, const QString &name, const PdfExporter::Options &options = {});
    QTemporaryDir m_dir;
};

void TestPdfReasons::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
}

QString TestPdfReasons::summaryText(
    const Comparison &comparison, const QString &name, const PdfExporter::Options &options)
{
    const QString file = m_dir.filePath(name);
    QString error;
    if (!PdfExporter::exportToFile(comparison, file, options, &error)) {
        qWarning() << error;
        return {};
    }
    QProcess process;
    process.start(u"pdftotext"_s, { u"-raw"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    // The summary ends where the side-by-side pages begin.
    const qsizetype end = text.indexOf(u"Side by side 1 of"_s);
    return (end > 0 ? text.left(end) : text).simplified();
}

void TestPdfReasons::summaryCountsSubstantiveChangesByReason()
{
    const QString text = summaryText(Fixture::harbourStory(), u"reasons.pdf"_s);
    QVERIFY(!text.isEmpty());
    const qsizetype section = text.indexOf(u"Substantive changes by reason"_s);
    QVERIFY2(section >= 0, qPrintable(text));
    const QString table = text.mid(section);
    // One column per reason that occurs, in the order of the reasons; zeros as dashes.
    QVERIFY2(table.contains(u"Version substantive number date name negation modality"_s), qPrintable(table));
    QVERIFY2(table.contains(u"Daily 6 2 1 1 1 1"_s), qPrintable(table));
    QVERIFY2(table.contains(u"Herald 2 1 1 – – –"_s), qPrintable(table));
    // Reasons no version has get no column.
    QVERIFY(!table.left(table.indexOf(u"Daily"_s)).contains(u"quoted words"_s));
}

void TestPdfReasons::summarySaysWhenNoFactChanged()
{
    Comparison c = Fixture::harbourStory();
    for (Change &change : c.changes)
        change.kind = ChangeKind::Wording;
    const QString text = summaryText(c, u"no-reasons.pdf"_s);
    QVERIFY(text.contains(u"Substantive changes by reason"_s));
    QVERIFY2(text.contains(u"No version changes a fact of the base."_s), qPrintable(text));
}

// Exported while the window followed some reasons: the summary says which, and still counts every
// reason; without a filter it says nothing of the kind.
void TestPdfReasons::summaryNamesTheReasonsTheWindowFollowed()
{
    PdfExporter::Options options;
    options.followedReasons = { ChangeReason::Number, ChangeReason::Name };
    const QString text = summaryText(Fixture::harbourStory(), u"followed.pdf"_s, options);
    QVERIFY2(text.contains(u"Made while the window followed only these reasons: number, name. This report "
                           "still lists and counts every change."_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"Daily 6 2 1 1 1 1"_s), qPrintable(text));
    QVERIFY(!summaryText(Fixture::harbourStory(), u"unfiltered.pdf"_s).contains(u"followed only"_s));
}

QTEST_MAIN(TestPdfReasons)
#include "tst_pdfreasons.moc"
