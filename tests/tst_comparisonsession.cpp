// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison session without any widget: inputs, base, background jobs, the file watcher.
#include "comparisonfixture.h"
#include "comparisonsession.h"
#include "core/labels.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

using Job = ComparisonSession::Job;

QString windowData(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window/"_s + name;
}

bool hasVersionContaining(const Comparison &c, const QString &words)
{
    return std::any_of(
        c.versions.begin(), c.versions.end(), [&](const Version &v) { return v.text.contains(words); });
}

} // namespace

class TestComparisonSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openingComparesInTheBackground();
    void aNewerRequestReplacesAnOlderOne();
    void cancelingEndsWithoutAComparison();
    void addingPathsAddsVersionsOnce();
    void droppedTextBecomesANamedVersion();
    void unreadableTextIsRefused();
    void theChosenBaseSurvivesAReload();
    void aChangedFileIsComparedAgain();
    void anUnrelatedFileInTheFolderIsIgnored();
    void exportWritesThePdf();
    void exportWithoutAComparisonDoesNothing();
    void versionsAreNamedAfterTheirCredit();
    void renamesAreKeptPerFolder();
};

void TestComparisonSession::initTestCase()
{
    // The reader's version names live in the settings: the test's own, emptied.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestComparisonSession::openingComparesInTheBackground()
{
    ComparisonSession session;
    QSignalSpy started(&session, &ComparisonSession::jobStarted);
    QSignalSpy finished(&session, &ComparisonSession::jobFinished);
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    session.openPaths({ QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window"_s });
    QVERIFY(session.isBusy());
    QVERIFY(session.isRunning(Job::Comparison));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).value<Job>(), Job::Comparison);
    QVERIFY(started.first().at(1).toString().contains(u"window"_s));
    QVERIFY(ready.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!session.isBusy());
    QCOMPARE(session.comparison().versions.size(), 3);
    QVERIFY(session.lastComparisonTime() >= 0);
    QVERIFY(session.hasInputs());
    QCOMPARE(session.paths(), QStringList { QFileInfo(windowData(u"a-wire.txt"_s)).absolutePath() });

    // Set directly (as a test or a caller does): shown at once, with no background time.
    session.setComparison(Fixture::councilStory());
    QCOMPARE(ready.size(), 2);
    QCOMPARE(session.lastComparisonTime(), -1);
    QCOMPARE(session.comparison().versions.size(), Fixture::councilStory().versions.size());
}

void TestComparisonSession::aNewerRequestReplacesAnOlderOne()
{
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    QSignalSpy finished(&session, &ComparisonSession::jobFinished);
    session.openPaths({ QStringLiteral(PARALLAX_SAMPLE_DIR) });
    session.openPaths({ windowData(u"a-wire.txt"_s), windowData(u"c-herald.txt"_s) });
    QVERIFY(ready.wait(60000));
    // Whatever the first request produced meanwhile is dropped, never shown after the second.
    QTest::qWait(500);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(session.comparison().versions.size(), 2);
    QVERIFY(!session.isBusy());
}

void TestComparisonSession::cancelingEndsWithoutAComparison()
{
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    QSignalSpy canceled(&session, &ComparisonSession::comparisonCanceled);
    QSignalSpy finished(&session, &ComparisonSession::jobFinished);
    session.openPaths({ QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window"_s });
    session.cancel(Job::Comparison);
    QVERIFY(canceled.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(ready.size(), 0);
    QVERIFY(session.comparison().isEmpty());
    QVERIFY(!session.isBusy());
}

void TestComparisonSession::addingPathsAddsVersionsOnce()
{
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    session.openPaths({ windowData(u"a-wire.txt"_s), windowData(u"b-daily.txt"_s) });
    QVERIFY(ready.wait(60000));
    QCOMPARE(session.comparison().versions.size(), 2);
    session.addPaths({ windowData(u"c-herald.txt"_s), windowData(u"a-wire.txt"_s) });
    QVERIFY(ready.wait(60000));
    QCOMPARE(session.paths().size(), 3);
    QCOMPARE(session.comparison().versions.size(), 3);
}

void TestComparisonSession::droppedTextBecomesANamedVersion()
{
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    session.openPaths({ windowData(u"a-wire.txt"_s) });
    QVERIFY(ready.wait(60000));
    const QByteArray html = "<html><body><h1>Ferry is back</h1><p>The ferry to Gull Island runs again "
                            "from Monday, the harbour office said.</p></body></html>";
    LoadError error;
    QVERIFY(session.addText(
        html, TextFormat::Html, u"https://www.islandnews.example/2026/ferry-is-back.html"_s, &error));
    QVERIFY(
        session.addText("A plain note about the ferry to Gull Island.", TextFormat::PlainText, {}, &error));
    // One comparison for both: the second request replaced the first.
    QVERIFY(ready.wait(60000));
    const Comparison &c = session.comparison();
    QCOMPARE(c.versions.size(), 3);
    QCOMPARE(session.droppedVersions().size(), 2);
    QStringList names;
    for (const Version &v : c.versions)
        names.append(v.name);
    QVERIFY2(names.contains(u"islandnews.example/2026/ferry-is-back"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"Dropped text 1"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(hasVersionContaining(c, u"Gull Island runs again"_s));

    // A reload keeps the dropped versions; opening other files forgets them.
    session.reload();
    QVERIFY(ready.wait(60000));
    QCOMPARE(session.comparison().versions.size(), 3);
    session.openPaths({ windowData(u"b-daily.txt"_s) });
    QVERIFY(ready.wait(60000));
    QVERIFY(session.droppedVersions().isEmpty());
    QCOMPARE(session.comparison().versions.size(), 1);
}

void TestComparisonSession::unreadableTextIsRefused()
{
    ComparisonSession session;
    QSignalSpy started(&session, &ComparisonSession::jobStarted);
    LoadError error;
    QVERIFY(!session.addText("   \n  ", TextFormat::PlainText, {}, &error));
    QCOMPARE(toString(error.code), u"white-space"_s);
    QVERIFY(!session.hasInputs());
    QCOMPARE(started.size(), 0);
}

void TestComparisonSession::theChosenBaseSurvivesAReload()
{
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    session.openPaths({ QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window"_s });
    QVERIFY(ready.wait(60000));
    const int other = session.comparison().base == 0 ? 1 : 0;
    const QString path = session.comparison().versions.at(other).path;
    session.setBaseVersion(other);
    QCOMPARE(session.baseKey(), path);
    QVERIFY(ready.wait(60000));
    QCOMPARE(session.comparison().versions.at(session.comparison().base).path, path);
    // Asking for the base it already has starts nothing.
    QSignalSpy started(&session, &ComparisonSession::jobStarted);
    session.setBaseVersion(session.comparison().base);
    session.setBaseVersion(99);
    QCOMPARE(started.size(), 0);
    session.reload();
    QVERIFY(ready.wait(60000));
    QCOMPARE(session.comparison().versions.at(session.comparison().base).path, path);
    // Opening anew forgets the choice.
    session.openPaths({ QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window"_s });
    QVERIFY(session.baseKey().isEmpty());
    QVERIFY(ready.wait(60000));
}

void TestComparisonSession::aChangedFileIsComparedAgain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : { u"a-wire.txt"_s, u"b-daily.txt"_s })
        QVERIFY(QFile::copy(windowData(name), dir.filePath(name)));
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    QSignalSpy changed(&session, &ComparisonSession::inputsChangedOnDisk);
    session.openPaths({ dir.path() });
    QVERIFY(ready.wait(60000));
    {
        QFile f(dir.filePath(u"b-daily.txt"_s));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n\nA late correction was added to this story.\n");
    }
    QVERIFY(ready.wait(10000));
    QCOMPARE(changed.size(), 1);
    QVERIFY(hasVersionContaining(session.comparison(), u"late correction"_s));
    // A new article file in the folder is a new version.
    QVERIFY(QFile::copy(windowData(u"c-herald.txt"_s), dir.filePath(u"c-herald.txt"_s)));
    QVERIFY(ready.wait(10000));
    QCOMPARE(session.comparison().versions.size(), 3);
}

void TestComparisonSession::anUnrelatedFileInTheFolderIsIgnored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : { u"a-wire.txt"_s, u"b-daily.txt"_s })
        QVERIFY(QFile::copy(windowData(name), dir.filePath(name)));
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    session.openPaths({ dir.path() });
    QVERIFY(ready.wait(60000));
    QSignalSpy started(&session, &ComparisonSession::jobStarted);
    QSignalSpy changed(&session, &ComparisonSession::inputsChangedOnDisk);
    {
        // Such as the PDF just exported next to the versions.
        QFile f(dir.filePath(u"report.pdf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
    }
    QTest::qWait(1500);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(started.size(), 0);
}

void TestComparisonSession::exportWritesThePdf()
{
    ComparisonSession session;
    session.setComparison(Fixture::councilStory());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"story.pdf"_s);
    QSignalSpy started(&session, &ComparisonSession::jobStarted);
    QSignalSpy finished(&session, &ComparisonSession::exportFinished);
    PdfExporter::Options options;
    options.visibleVersions = { 0, 2 };
    session.exportPdf(session.comparison(), file, options);
    QVERIFY(session.isRunning(Job::Export));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).value<Job>(), Job::Export);
    // One export at a time.
    session.exportPdf(session.comparison(), dir.filePath(u"second.pdf"_s), options);
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(60000));
    const QList<QVariant> outcome = finished.first();
    QVERIFY2(outcome.at(0).toBool(), qPrintable(outcome.at(3).toString()));
    QCOMPARE(outcome.at(1).toBool(), false);
    QCOMPARE(outcome.at(2).toString(), file);
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(!QFile::exists(dir.filePath(u"second.pdf"_s)));
    QVERIFY(!session.isBusy());
}

void TestComparisonSession::exportWithoutAComparisonDoesNothing()
{
    ComparisonSession session;
    QSignalSpy started(&session, &ComparisonSession::jobStarted);
    QTemporaryDir dir;
    session.exportPdf(session.comparison(), dir.filePath(u"empty.pdf"_s), {});
    QCOMPARE(started.size(), 0);
    QVERIFY(!session.isBusy());
}

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

int versionWithFile(const Comparison &c, const QString &fileName)
{
    for (int v = 0; v < c.versions.size(); ++v)
        if (QFileInfo(c.versions.at(v).path).fileName() == fileName)
            return v;
    return -1;
}

} // namespace

void TestComparisonSession::versionsAreNamedAfterTheirCredit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray story
        = "The ferry will run again on Monday after six weeks of repairs. Fares stay as they were.\n";
    QVERIFY(writeFile(dir.filePath(u"x1.txt"_s), "Ferry back\n\nBy Ada Brook\n\n" + story));
    QVERIFY(writeFile(dir.filePath(u"x2.txt"_s), "Ferry returns\n\nNORTHPOINT (NP) — " + story));
    QVERIFY(writeFile(dir.filePath(u"x3.txt"_s), "Ferry resumes\n\nNORTHPOINT (NP) -- " + story));
    QVERIFY(writeFile(dir.filePath(u"x4.txt"_s), "Ferry again\n\n" + story));
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    session.openPaths({ dir.path() });
    QVERIFY(ready.wait(60000));
    const Comparison &c = session.comparison();
    QCOMPARE(c.versions.size(), 4);
    QCOMPARE(session.displayName(versionWithFile(c, u"x1.txt"_s)), u"Ada Brook"_s);
    // Two copies credited to one agency: the credit alone would not tell them apart.
    QCOMPARE(session.displayName(versionWithFile(c, u"x2.txt"_s)), u"NP (x2)"_s);
    QCOMPARE(session.displayName(versionWithFile(c, u"x3.txt"_s)), u"NP (x3)"_s);
    // No credit: the file name, as loaded.
    const QString plain = session.displayName(versionWithFile(c, u"x4.txt"_s));
    QVERIFY2(plain == u"x4"_s || plain == u"x4.txt"_s, qPrintable(plain));
}

void TestComparisonSession::renamesAreKeptPerFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(windowData(u"a-wire.txt"_s), dir.filePath(u"a-wire.txt"_s)));
    QVERIFY(QFile::copy(windowData(u"b-daily.txt"_s), dir.filePath(u"b-daily.txt"_s)));
    QTemporaryDir other;
    QVERIFY(QFile::copy(windowData(u"a-wire.txt"_s), other.filePath(u"a-wire.txt"_s)));
    QVERIFY(QFile::copy(windowData(u"c-herald.txt"_s), other.filePath(u"c-herald.txt"_s)));
    QString file; // the file whose version the reader renames
    {
        ComparisonSession session;
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.openPaths({ dir.path() });
        QVERIFY(ready.wait(60000));
        // The version that is not the base: renamed, then chosen as the base by the reader.
        const int wire = versionWithFile(session.comparison(), u"a-wire.txt"_s);
        const int renamed = session.comparison().base == wire ? 1 - wire : wire;
        file = QFileInfo(session.comparison().versions.at(renamed).path).fileName();
        const QString automatic = session.displayName(renamed);
        session.setDisplayName(renamed, u"  Northpoint   Wire "_s);
        QCOMPARE(ready.size(), 2); // shown again at once, without comparing
        QVERIFY(!session.isBusy());
        QCOMPARE(session.displayName(renamed), u"Northpoint Wire"_s);
        QCOMPARE(session.comparison().versions.at(renamed).name, u"Northpoint Wire"_s);
        QCOMPARE(session.automaticName(renamed), automatic);
        // The base is still found by the name the comparator knows, not the new one.
        session.setBaseVersion(renamed);
        QVERIFY(ready.wait(60000));
        QCOMPARE(session.comparison().base, versionWithFile(session.comparison(), file));
        QCOMPARE(session.displayName(session.comparison().base), u"Northpoint Wire"_s);
    }
    {
        // Opened again later: the name is back; the same file name in another folder is not renamed.
        ComparisonSession session;
        QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
        session.openPaths({ dir.path() });
        QVERIFY(ready.wait(60000));
        QCOMPARE(session.displayName(versionWithFile(session.comparison(), file)), u"Northpoint Wire"_s);
        session.openPaths({ other.path() });
        QVERIFY(ready.wait(60000));
        for (int v = 0; v < session.comparison().versions.size(); ++v)
            QVERIFY(session.displayName(v) != u"Northpoint Wire"_s);
        // An empty name gives the automatic one back, in the settings too.
        session.openPaths({ dir.path() });
        QVERIFY(ready.wait(60000));
        const int again = versionWithFile(session.comparison(), file);
        session.setDisplayName(again, {});
        QCOMPARE(session.displayName(again), session.automaticName(again));
    }
    ComparisonSession session;
    QSignalSpy ready(&session, &ComparisonSession::comparisonReady);
    session.openPaths({ dir.path() });
    QVERIFY(ready.wait(60000));
    const int renamed = versionWithFile(session.comparison(), file);
    QCOMPARE(session.displayName(renamed), session.automaticName(renamed));
}

QTEST_MAIN(TestComparisonSession)
#include "tst_comparisonsession.moc"
