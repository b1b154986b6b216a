// SPDX-License-Identifier: GPL-3.0-or-later
// The window against the previous version, on the bundled sample's revision series
// (resources/sample-revisions): the status bar names what the focused version is measured against,
// a cell's message says "since the previous version", and both go back to the base when it is off.
#include "mainwindow.h"
#include "present/comparisonmodel.h"
#include "sidebysideview.h"
#include "testpaths.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

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
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        window.openPaths({ QStringLiteral(PARALLAX_SAMPLE_DIR) + u"/../sample-revisions"_s });
        QVERIFY(shown.wait(60000));
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
};

QTEST_MAIN(TestAgainstPreviousWindow)
#include "tst_againstpreviouswindow.moc"
