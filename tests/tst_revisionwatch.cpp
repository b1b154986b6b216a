// SPDX-License-Identifier: GPL-3.0-or-later
// Watching revisions come in: with the versions ordered by time, a file added to the opened folder
// appears as a new version in its time position, with its step against the version before it.
#include "comparisonsession.h"
#include "revisionfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// An invented story in three revisions; the file names carry their dates.
const QString early
    = u"Harbour ferry resumes service.\n\nThe ferry to Gull Island runs again from Friday after "
      "a month of repairs. Tickets cost 6 euros.\n"_s;
const QString middle
    = u"Harbour ferry resumes service.\n\nThe ferry to Gull Island runs again from Friday after "
      "a month of repairs. Tickets cost 7 euros. Crossings take forty minutes.\n"_s;
const QString late = u"Harbour ferry resumes service.\n\nThe ferry to Gull Island runs again from Saturday "
                     "after a month of repairs. Tickets cost 7 euros. Crossings take forty minutes.\n\n"
                     "Update: The operator moved the restart to Saturday.\n"_s;

using RevisionFixtures::fileNames;
using RevisionFixtures::write;

} // namespace

class TestRevisionWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedFileTakesItsTimePosition()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Named so that name order and time order differ.
        QVERIFY(write(dir.filePath(u"c-2025-05-01.txt"_s), early));
        QVERIFY(write(dir.filePath(u"a-2025-05-03.txt"_s), late));
        RevisionFixtures::WatchedSession<ComparisonSession> watched;
        ComparisonSession &session = watched.session;
        QVERIFY(watched.open({ dir.path() }));
        QCOMPARE(
            fileNames(session.comparison()), (QStringList { u"a-2025-05-03.txt"_s, u"c-2025-05-01.txt"_s }));

        session.setOrder(CompareOptions::Order::Time);
        QVERIFY(watched.next());
        QCOMPARE(
            fileNames(session.comparison()), (QStringList { u"c-2025-05-01.txt"_s, u"a-2025-05-03.txt"_s }));

        // A revision between the two arrives in the folder.
        QSignalSpy changed(&session, &ComparisonSession::inputsChangedOnDisk);
        QVERIFY(write(dir.filePath(u"b-2025-05-02.txt"_s), middle));
        QVERIFY(changed.wait(20000));
        QVERIFY(watched.next());
        // The steps are measured after the comparison is shown.
        QTRY_VERIFY_WITH_TIMEOUT(session.hasSteps(), 60000);
        const Comparison &c = session.comparison();
        QCOMPARE(fileNames(c),
            (QStringList { u"c-2025-05-01.txt"_s, u"b-2025-05-02.txt"_s, u"a-2025-05-03.txt"_s }));
        // The steps follow: the new version against the earliest, the latest against the new one.
        QCOMPARE(c.steps.size(), 3);
        QCOMPARE(c.steps.at(1).version, 1);
        QCOMPARE(c.steps.at(1).previous, 0);
        QCOMPARE(c.steps.at(1).added, 1); // the crossing time
        QCOMPARE(c.steps.at(2).previous, 1);
        QCOMPARE(c.steps.at(2).added, 1); // the update notice
        QCOMPARE(session.order(), CompareOptions::Order::Time);
    }
};

QTEST_MAIN(TestRevisionWatch)
#include "tst_revisionwatch.moc"
