// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline strip: versions placed by their time, a click on one focuses it, and what its tooltip says
// (the step against the predecessor, notices, stealth edits). Uses the revision series written for the
// tests (tests/data/revisions).
#include "timelinestrip.h"

#include "compare/againstprevious.h"
#include "compare/comparator.h"
#include "testpaths.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestTimelineStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesAndFocusesVersions()
    {
        CompareOptions options;
        options.againstPrevious = true; // name order: the file names are the times, so both agree
        const Comparison c
            = compareFiles({ QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/revisions"_s }, options);
        QCOMPARE(c.versions.size(), 4);
        QCOMPARE(c.steps.size(), 4);

        TimelineStrip strip;
        strip.resize(800, strip.sizeHint().height());
        strip.setComparison(c);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));

        // Left to right in time; the three revisions of one day stand closer together than the next
        // morning's is to them.
        QList<double> x;
        for (int v = 0; v < 4; ++v) {
            const QPointF centre = strip.markerCentre(v);
            QVERIFY(!centre.isNull());
            QCOMPARE(strip.versionAt(centre), v);
            x.append(centre.x());
        }
        QVERIFY(x.at(0) < x.at(1) && x.at(1) < x.at(2) && x.at(2) < x.at(3));
        QVERIFY(x.at(2) - x.at(0) < x.at(3) - x.at(2));

        QSignalSpy activated(&strip, &TimelineStrip::versionActivated);
        QTest::mouseClick(&strip, Qt::LeftButton, {}, strip.markerCentre(2).toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), 2);
        // Far from any marker, nothing.
        QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(activated.size(), 1);

        QVERIFY(strip.describe(0).contains(u"earliest"_s));
        QVERIFY(strip.describe(1).contains(u"stealth edit"_s));
        QVERIFY(strip.describe(1).contains(u"(from the file name)"_s));
        QVERIFY(!strip.describe(2).contains(u"stealth edit"_s));
        QVERIFY(strip.describe(2).contains(u"Update:"_s));
        QVERIFY(strip.describe(3).contains(u"Correction:"_s));
    }

    // One version weeks before three saved in the same minute (files checked out together): the three are
    // pushed apart past the right edge and pulled back, and the first keeps its place at the left edge
    // (its label was cut off by the window's edge when the whole row was shifted).
    void positionsStayInsideTheStrip()
    {
        const QDateTime late(QDate(2026, 12, 1), QTime(15, 13), QTimeZone::UTC);
        const QList<QDateTime> moments { late.addDays(-48), late, late, late };
        const double left = 70, right = 730, gap = 140;
        const QList<double> x = AgainstPrevious::timePositions(moments, left, right, gap);
        QCOMPARE(x.size(), 4);
        QCOMPARE(x.first(), left);
        QCOMPARE(x.last(), right);
        for (qsizetype i = 1; i < x.size(); ++i)
            QVERIFY2(x.at(i) - x.at(i - 1) >= gap - 1e-9, qPrintable(QString::number(i)));
        // More versions than the width holds at that gap: an even share, still inside.
        const QList<double> crowded
            = AgainstPrevious::timePositions(QList<QDateTime>(9, late), left, right, gap);
        QCOMPARE(crowded.first(), left);
        QCOMPARE(crowded.last(), right);
        // Spread over time with room to spare: where their times put them.
        const QList<double> spread
            = AgainstPrevious::timePositions({ late.addDays(-2), late.addDays(-1), late }, left, right, 10);
        QCOMPARE(spread, (QList<double> { left, (left + right) / 2, right }));
    }

    // The steps come after the rows: until they are there, the strip says it is measuring them, and
    // has no markers to click.
    void placeholderWhileTheStepsAreMeasured()
    {
        Comparison c = compareFiles({ QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/revisions"_s });
        QVERIFY(c.steps.isEmpty());
        TimelineStrip strip;
        strip.resize(800, strip.sizeHint().height());
        QVERIFY(strip.placeholderText().contains(u"appears when versions are compared"_s));
        strip.setComparison(c);
        QVERIFY2(strip.placeholderText().startsWith(u"Measuring"_s), qPrintable(strip.placeholderText()));
        QVERIFY(strip.markerCentre(0).isNull());
        QCOMPARE(strip.versionAt(QPointF(400, 40)), -1);
        c.steps = AgainstPrevious::measure(c);
        strip.setComparison(c);
        QVERIFY(strip.placeholderText().isEmpty());
        QVERIFY(!strip.markerCentre(0).isNull());
    }
};

QTEST_MAIN(TestTimelineStrip)
#include "tst_timelinestrip.moc"
