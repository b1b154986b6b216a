// SPDX-License-Identifier: GPL-3.0-or-later
// How the session brings a comparison up to date: a file changed on disk is read again and the others
// are taken as they were read, with the result a whole new run gives; the steps against the previous
// version follow the comparison in a job of their own.
#include "comparisonsession.h"

#include "compare/comparator.h"
#include "report/jsonreport.h"
#include "revisionfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// An invented story in three versions.
const QString wire
    = u"Lighthouse keeper retires after forty years.\n\nMarta Olsen kept the Skerry Point light "
      "for forty years. She climbed its 112 steps twice a day. The light will be automated "
      "next spring, the harbour board said.\n"_s;
const QString daily
    = u"Lighthouse keeper retires after forty years.\n\nMarta Olsen kept the Skerry Point light "
      "for four decades. She climbed its 112 steps twice a day. The board said the light will "
      "be automated next spring.\n"_s;
const QString weekly = u"Last keeper of Skerry Point retires.\n\nMarta Olsen kept the Skerry Point light for "
                       "forty years. She climbed its 112 steps twice a day, in every storm.\n"_s;
// The weekly's second edition: a word changed and a sentence added.
const QString weeklyRevised
    = u"Last keeper of Skerry Point retires.\n\nMarta Olsen kept the Skerry Point light "
      "for forty-one years. She climbed its 112 steps twice a day, in every storm. "
      "A farewell dinner is planned for Saturday.\n"_s;

using RevisionFixtures::versionOfFile;
using RevisionFixtures::write;

} // namespace

class TestSessionUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangedFileIsReadAloneWithTheWholeRunsResult()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"a-wire.txt"_s), wire));
        QVERIFY(write(dir.filePath(u"b-daily.txt"_s), daily));
        QVERIFY(write(dir.filePath(u"c-weekly.txt"_s), weekly));
        RevisionFixtures::WatchedSession<ComparisonSession> watched;
        ComparisonSession &session = watched.session;
        QVERIFY(watched.open({ dir.path() }));
        QCOMPARE(session.filesReadLastTime(), 3);
        const int weeklyBefore = versionOfFile(session.comparison(), u"c-weekly.txt"_s);
        QVERIFY(weeklyBefore >= 0);
        QVERIFY(!session.comparison().versions.at(weeklyBefore).text.contains(u"farewell"_s));

        // The weekly publishes a second edition.
        QSignalSpy changed(&session, &ComparisonSession::inputsChangedOnDisk);
        QVERIFY(write(dir.filePath(u"c-weekly.txt"_s), weeklyRevised));
        QVERIFY(changed.wait(20000));
        QVERIFY(watched.next());
        // Only the changed file was read again.
        QCOMPARE(session.filesReadLastTime(), 1);
        const Comparison &c = session.comparison();
        const int weeklyNow = versionOfFile(c, u"c-weekly.txt"_s);
        QVERIFY(weeklyNow >= 0);
        // The changed version's changes were classified again; where it is not the base, the other
        // version's were kept from the comparison before (compare/recompare.h).
        const RecompareStats recompared = session.recompareLastTime();
        QCOMPARE(recompared.kept + recompared.classified, 2);
        if (weeklyNow != c.base)
            QCOMPARE(recompared.kept, 1);
        // Its cells show the new edition: the added sentence has a row, where the others have no cell.
        int added = -1;
        for (int r = 0; r < c.rows.size(); ++r) {
            const int cell = c.rows.at(r).cells.value(weeklyNow, -1);
            if (cell >= 0 && c.versions.at(weeklyNow).sentenceText(cell).contains(u"farewell dinner"_s))
                added = r;
        }
        QVERIFY(added >= 0);
        for (int v = 0; v < c.versions.size(); ++v)
            if (v != weeklyNow)
                QCOMPARE(c.rows.at(added).cells.value(v, -1), -1);
        // And everything is what comparing the folder from scratch gives, the other versions included.
        const Comparison whole = compareFiles({ dir.path() });
        QCOMPARE(QString::fromUtf8(JsonReport::toJson(c)), QString::fromUtf8(JsonReport::toJson(whole)));

        // Reloading by hand with nothing changed reads nothing.
        session.reload();
        QVERIFY(watched.next());
        QCOMPARE(session.filesReadLastTime(), 0);
        QCOMPARE(QString::fromUtf8(JsonReport::toJson(session.comparison())),
            QString::fromUtf8(JsonReport::toJson(whole)));
    }

    void stepsFollowTheComparison()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"a-2025-06-01.txt"_s), weekly));
        QVERIFY(write(dir.filePath(u"b-2025-06-02.txt"_s), weeklyRevised));
        RevisionFixtures::WatchedSession<ComparisonSession> watched;
        ComparisonSession &session = watched.session;
        QSignalSpy steps(&session, &ComparisonSession::stepsReady);
        QVERIFY(watched.open({ dir.path() }));
        // Shown before the steps are measured; they follow, the ones a comparison asked for them gives.
        if (steps.isEmpty())
            QVERIFY(!session.hasSteps());
        QVERIFY(steps.count() == 1 || steps.wait(60000));
        CompareOptions options;
        options.againstPrevious = true;
        const Comparison whole = compareFiles({ dir.path() }, options);
        const QList<VersionStep> &measured = session.comparison().steps;
        QCOMPARE(measured.size(), whole.steps.size());
        QCOMPARE(measured.size(), 2);
        for (qsizetype i = 0; i < measured.size(); ++i) {
            QCOMPARE(measured.at(i).version, whole.steps.at(i).version);
            QCOMPARE(measured.at(i).previous, whole.steps.at(i).previous);
            QCOMPARE(measured.at(i).added, whole.steps.at(i).added);
            QCOMPARE(measured.at(i).changed, whole.steps.at(i).changed);
            QCOMPARE(measured.at(i).changes.size(), whole.steps.at(i).changes.size());
        }
        QVERIFY(measured.at(1).added >= 1); // the farewell dinner

        // Not wanted (no timeline, no view against the previous version): not measured.
        session.setStepsWanted(false);
        session.reload();
        QVERIFY(watched.next());
        QTest::qWait(200);
        QVERIFY(!session.hasSteps());
        // Wanted again: measured for the comparison shown.
        session.setStepsWanted(true);
        QTRY_VERIFY_WITH_TIMEOUT(session.hasSteps(), 60000);
    }
};

QTEST_MAIN(TestSessionUpdates)
#include "tst_sessionupdates.moc"
