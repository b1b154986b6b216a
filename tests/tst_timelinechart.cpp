// SPDX-License-Identifier: GPL-3.0-or-later
// The summaries' timeline of revisions (lib/report/timelinechart): drawn when the versions are read in
// time, each version where its date puts it, the stealth edit ringed and the announced correction
// flagged; and the summaries' words against the previous version. The revisions are written for the tests.
#include "compare/againstprevious.h"
#include "compare/comparator.h"
#include "report/htmlreport.h"
#include "report/timelinechart_p.h"
#include "revisionfixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Three revisions (RevisionFixtures::footbridgeRevisions): a cost changed without a word (a stealth
// edit), then a month corrected with a correction notice.
using RevisionFixtures::writeSeries;

int countColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            n += QColor(rgb.pixel(x, y)).rgb() == colour.rgb() ? 1 : 0;
    return n;
}

} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksAgainstThePreviousVersion()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The third a day and a half after the second: the marks stand by time, not evenly.
        QVERIFY(writeSeries(
            dir, { u"c-20240301080000.txt"_s, u"b-20240301200000.txt"_s, u"a-20240303080000.txt"_s }));
        const Comparison c = RevisionFixtures::compareInTime(dir.path());
        QCOMPARE(c.steps.size(), 3);
        const QList<Internal::TimelineMark> marks = Internal::timelineMarks(c, 0.1);
        QCOMPARE(marks.size(), 3);
        QVERIFY(marks.at(0).first && !marks.at(1).first && !marks.at(2).first);
        // 12 hours of 48: a quarter of the way.
        QVERIFY(std::abs((marks.at(1).x - marks.at(0).x) / (marks.at(2).x - marks.at(0).x) - 0.25) < 0.01);
        QCOMPARE(marks.at(0).day, u"2024-03-01"_s);
        QCOMPARE(marks.at(1).time, u"20:00"_s);
        QVERIFY(marks.at(1).stealth && !marks.at(1).announced);
        QVERIFY(marks.at(2).announced && !marks.at(2).stealth);
        QVERIFY(marks.at(1).change > 0 && marks.at(1).change < 0.5);

        // Painted: the stealth edit's bar in the substantive colour, the flag in the added one.
        const ChangeColors colors = ChangeColors::forPrint();
        const Internal::TimelineChart chart = Internal::timelineChart(c, colors, 480, 2);
        QVERIFY(!chart.image.isNull());
        if (qEnvironmentVariableIsSet("TIMELINE_PNG"))
            chart.image.save(qEnvironmentVariable("TIMELINE_PNG"));
        QCOMPARE(chart.image.width(), 960);
        QVERIFY(countColour(chart.image, Internal::strongColor(colors.substantive)) > 20);
        QVERIFY(countColour(chart.image, Internal::strongColor(colors.added)) > 20);

        // The HTML holds it as boxes (no image: the report fetches and embeds none) and says what the
        // changes are measured against.
        const Comparison view = AgainstPrevious::view(c);
        const QString html = QString::fromUtf8(HtmlReport::toHtml(view, {}));
        QVERIFY(html.contains(u"class=\"timeline\""_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(html.contains(u"Changes against the previous version"_s));
        QVERIFY(!html.contains(u"Changes against the base"_s));
        QVERIFY(html.contains(u"(earliest)"_s));
        // A version lacking a sentence its predecessor lacked too has no gap: only the correction's
        // row... is added in the third, and the second is not counted absent there.
        for (const AlignedRow &row : view.rows)
            if (row.cells.at(2) >= 0 && row.cells.at(1) < 0)
                QCOMPARE(row.status.at(1), CellStatus::Same);
    }

    void noTimelineOutOfTime()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeSeries(dir, { u"c-2024-03-01.txt"_s, u"b-2024-03-02.txt"_s, u"a-2024-03-03.txt"_s }));
        // By name (a, b, c) the versions run against time: no timeline, and the words of the base.
        const Comparison named = compareFiles({ dir.path() });
        QVERIFY(named.steps.isEmpty());
        QVERIFY(Internal::timelineMarks(named, 0.1).isEmpty());
        const QString html = QString::fromUtf8(HtmlReport::toHtml(named, {}));
        QVERIFY(!html.contains(u"class=\"timeline\""_s));
        QVERIFY(html.contains(u"Changes against the base"_s));
        // In time order, against the base: a timeline of how much each differs from the one before.
        CompareOptions options;
        options.order = CompareOptions::Order::Time;
        const Comparison timed = compareFiles({ dir.path() }, options);
        QCOMPARE(Internal::timelineMarks(timed, 0.1).size(), 3);
        QVERIFY(QString::fromUtf8(HtmlReport::toHtml(timed, {})).contains(u"class=\"timeline\""_s));
        // Dated only by the files' modification times: no timeline.
        QTemporaryDir plain;
        QVERIFY(writeSeries(
            plain, { u"one.txt"_s, u"two.txt"_s }, RevisionFixtures::footbridgeRevisions().mid(0, 2)));
        QVERIFY(Internal::timelineMarks(compareFiles({ plain.path() }, options), 0.1).isEmpty());
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
