// SPDX-License-Identifier: GPL-3.0-or-later
// The window against the previous version, on the bundled sample's revision series
// (resources/sample-revisions): the status bar names what the focused version is measured against,
// a cell's message says "since the previous version", and both go back to the base when it is off; the
// versions panel's shares are the steps'; an export asked for before the steps are measured waits for them.
#include "compare/againstprevious.h"
#include "mainwindow.h"
#include "present/comparisonmodel.h"
#include "sidebysideview.h"
#include "testpaths.h"
#include "timelinestrip.h"
#include "versionspanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The window shown with the sample's revision series compared.
bool openRevisions(MainWindow &window, QSignalSpy &shown)
{
    window.resize(1400, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.openPaths({ QStringLiteral(PARALLAX_SAMPLE_DIR) + u"/../sample-revisions"_s });
    return shown.wait(60000);
}

} // namespace

class TestAgainstPreviousWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ParallaxTest"_s);
        QCoreApplication::setApplicationName(u"tst_againstpreviouswindow"_s);
        QSettings().clear();
    }

    void statusSaysWhatAVersionIsMeasuredAgainst()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        QVERIFY(openRevisions(window, shown));
        auto *byTime = window.findChild<QAction *>(u"orderByTime"_s);
        auto *againstPrevious = window.findChild<QAction *>(u"againstPrevious"_s);
        QVERIFY(byTime && againstPrevious);
        byTime->setChecked(true);
        QVERIFY(shown.wait(60000));
        againstPrevious->setChecked(true);
        // The steps against the previous version are measured after the rows are shown, in a job of their
        // own.
        QTRY_VERIFY_WITH_TIMEOUT(
            !qobject_cast<const ComparisonModel *>(window.view()->model())->comparison().steps.isEmpty(),
            60000);
        auto *label = window.findChild<QLabel *>(u"BaseLabel"_s);
        QVERIFY(label);

        // The third save (07:10) against the second (22:40 the evening before).
        const auto *model = qobject_cast<const ComparisonModel *>(window.view()->model());
        QVERIFY(model);
        const Comparison &c = model->comparison();
        QCOMPARE(c.versions.size(), 4);
        QVERIFY(c.versions.at(2).path.endsWith(u"20261014071000.txt"_s));
        int numberRow = -1;
        for (int r = 0; r < c.rows.size() && numberRow < 0; ++r)
            if (c.rows.at(r).status.at(2) == CellStatus::Changed
                && c.versions.at(2).sentenceText(c.rows.at(r).cells.at(2)).contains(u"more than 400"_s))
                numberRow = r;
        QVERIFY(numberRow >= 0);
        window.view()->setCurrentIndex(model->index(numberRow, 2));
        QTRY_VERIFY2(label->text().startsWith(u"Against the previous version"_s), qPrintable(label->text()));
        QVERIFY2(label->text().contains(u"2026-10-13 22:40: the previous"_s), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(u"The rows stay aligned with the base"_s));
        const QString message = window.statusBar()->currentMessage() + window.statusBar()->toolTip();
        QVERIFY2(message.contains(u"changed since the previous version"_s), qPrintable(message));
        QVERIFY2(message.contains(u"about 300"_s), qPrintable(message));

        // The earliest has nothing before it.
        window.view()->setCurrentIndex(model->index(numberRow, 0));
        QTRY_VERIFY2(label->text().contains(u"is the earliest"_s), qPrintable(label->text()));

        // Off again: the base's words.
        againstPrevious->setChecked(false);
        window.view()->setCurrentIndex(model->index(numberRow, 2));
        QTRY_VERIFY2(label->text().startsWith(u"Base:"_s), qPrintable(label->text()));
    }

    // The versions panel against the previous version: "Keeps of the previous" is what each version
    // keeps of its predecessor in time (the step's share), the earliest has none; back to the base's
    // shares when the view is off.
    void versionsPanelKeepsOfThePrevious()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        QVERIFY(openRevisions(window, shown));
        auto *againstPrevious = window.findChild<QAction *>(u"againstPrevious"_s);
        QVERIFY(againstPrevious);
        againstPrevious->setChecked(true);
        const auto *model = qobject_cast<const ComparisonModel *>(window.view()->model());
        QTRY_VERIFY_WITH_TIMEOUT(!model->comparison().steps.isEmpty(), 60000);
        const Comparison &c = model->comparison();
        QTableWidget *table = window.versionsPanel()->table();
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Keeps of the previous"_s);
        int checked = 0;
        for (const VersionStep &step : c.steps) {
            const QTableWidgetItem *keeps = table->item(step.version, 1);
            QVERIFY(keeps);
            if (step.previous < 0) {
                QCOMPARE(keeps->text(), u"—"_s);
                QVERIFY2(keeps->toolTip().contains(u"earliest"_s), qPrintable(keeps->toolTip()));
                QVERIFY(table->item(step.version, 0)->text().endsWith(u"(earliest)"_s));
                continue;
            }
            QCOMPARE(keeps->text(), QString::number(std::lround(step.kept * 100)) + u'%');
            QVERIFY2(
                keeps->toolTip().contains(c.versions.at(step.previous).name + u", the version before it"_s),
                qPrintable(keeps->toolTip()));
            ++checked;
        }
        QCOMPARE(checked, 3);
        // The reading view's column header says it too.
        QVERIFY(model->headerData(c.base, Qt::Horizontal).toString().endsWith(u"(earliest)"_s));
        // Off: the base's shares and words again.
        againstPrevious->setChecked(false);
        table = window.versionsPanel()->table();
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Keeps"_s);
        const Comparison &base = model->comparison();
        QCOMPARE(table->item(base.base, 0)->text(), base.versions.at(base.base).name + u" (base)"_s);
        QVERIFY(model->headerData(base.base, Qt::Horizontal).toString().endsWith(u"(base)"_s));
        for (int v = 0; v < base.versions.size(); ++v)
            if (v != base.base)
                QCOMPARE(table->item(v, 1)->text(),
                    QString::number(std::lround(base.baseShare.at(v) * 100)) + u'%');
    }

    // An export asked for while the steps against the previous version are being measured waits for
    // them (the export's progress says so) and is written against the previous version; the timeline
    // says it is measuring meanwhile.
    void exportWaitsForTheSteps()
    {
        MainWindow window;
        // Nothing wants the steps until the view against the previous version is chosen.
        auto *showTimeline = window.findChild<QAction *>(u"showTimeline"_s);
        auto *againstPrevious = window.findChild<QAction *>(u"againstPrevious"_s);
        QVERIFY(showTimeline && againstPrevious);
        showTimeline->setChecked(false);
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        QVERIFY(openRevisions(window, shown));
        const auto *model = qobject_cast<const ComparisonModel *>(window.view()->model());
        QVERIFY(model->comparison().steps.isEmpty());
        auto *timeline = window.findChild<TimelineStrip *>(u"TimelineStrip"_s);
        QVERIFY(timeline);
        QVERIFY2(
            timeline->placeholderText().startsWith(u"Measuring"_s), qPrintable(timeline->placeholderText()));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"revisions.pdf"_s);
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        againstPrevious->setChecked(true); // the steps start in the background
        window.exportPdf(file);
        // Nothing is written before the steps are there.
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!model->comparison().steps.isEmpty());
        QVERIFY(timeline->placeholderText().isEmpty());

        QProcess text;
        text.start(u"pdftotext"_s, { u"-layout"_s, file, u"-"_s });
        QVERIFY(text.waitForFinished(60000));
        const QString written = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(written.contains(u"Changes against the previous version"_s), qPrintable(written.left(2000)));
        QVERIFY(written.contains(u"Revisions over time"_s));
    }

    // A session saved while the revisions are read by time and against the previous version opens so.
    void sessionKeepsTheView()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"revisions.parallax"_s);
        {
            MainWindow window;
            QSignalSpy shown(&window, &MainWindow::comparisonShown);
            QVERIFY(openRevisions(window, shown));
            window.findChild<QAction *>(u"orderByTime"_s)->setChecked(true);
            QVERIFY(shown.wait(60000));
            window.findChild<QAction *>(u"againstPrevious"_s)->setChecked(true);
            QVERIFY(window.saveSession(path));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        QVERIFY(window.openSession(path));
        QVERIFY(shown.wait(60000));
        QVERIFY(window.findChild<QAction *>(u"orderByTime"_s)->isChecked());
        QVERIFY(window.findChild<QAction *>(u"againstPrevious"_s)->isChecked());
        const auto *model = qobject_cast<const ComparisonModel *>(window.view()->model());
        QTRY_VERIFY_WITH_TIMEOUT(!model->comparison().steps.isEmpty(), 60000);
        QCOMPARE(model->comparison().base, model->comparison().steps.first().version); // the earliest
        QVERIFY(model->comparison().versions.first().path.endsWith(u"20261013201500.txt"_s));
    }
};

QTEST_MAIN(TestAgainstPreviousWindow)
#include "tst_againstpreviouswindow.moc"
