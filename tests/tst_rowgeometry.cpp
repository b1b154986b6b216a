// SPDX-License-Identifier: GPL-3.0-or-later
// Where the reading view's rows stand, without a widget.
#include "rowgeometry.h"

#include <QTest>

using namespace Parallax;

namespace {

// Rows 0..9 of the model; row r is 10 + r pixels tall, and estimated at 50 until measured.
RowGeometry::Height exactHeight(int row)
{
    return { 10 + row, true };
}

} // namespace

class TestRowGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topsFollowTheDisplayedRows();
    void aPointFindsItsRow();
    void withoutRowsNothingIsFound();
    void measuringReplacesEstimates();
    void theAnchorKeepsItsRowWhileHeightsAboveSettle();
    void hidingRowsKeepsTheAnchorOnTheNextShownRow();
    void clearingStartsAtTheTop();
};

void TestRowGeometry::topsFollowTheDisplayedRows()
{
    RowGeometry g;
    g.setRows({ 0, 2, 3, 7 }, 10, exactHeight);
    QCOMPARE(g.count(), 4);
    QCOMPARE(g.row(1), 2);
    QCOMPARE(g.displayIndex(3), 2);
    QCOMPARE(g.displayIndex(1), -1);
    QCOMPARE(g.displayIndex(-1), -1);
    QCOMPARE(g.displayIndex(10), -1);
    QVERIFY(g.isDisplayed(7));
    QVERIFY(!g.isDisplayed(5));
    QCOMPARE(g.top(0), 0);
    QCOMPARE(g.top(1), 10);
    QCOMPARE(g.top(2), 22);
    QCOMPARE(g.top(3), 35);
    QCOMPARE(g.height(3), 17);
    QCOMPARE(g.bottom(3), 52);
    QCOMPARE(g.totalHeight(), 52);
    QVERIFY(!g.hasEstimates());
}

void TestRowGeometry::aPointFindsItsRow()
{
    RowGeometry g;
    g.setRows({ 0, 2, 3, 7 }, 10, exactHeight);
    QCOMPARE(g.displayIndexAt(0), 0);
    QCOMPARE(g.displayIndexAt(9), 0);
    QCOMPARE(g.displayIndexAt(10), 1);
    QCOMPARE(g.displayIndexAt(21), 1);
    QCOMPARE(g.displayIndexAt(22), 2);
    QCOMPARE(g.displayIndexAt(51), 3);
    // Beyond the ends: the first or the last row.
    QCOMPARE(g.displayIndexAt(-5), 0);
    QCOMPARE(g.displayIndexAt(52), 3);
    QCOMPARE(g.displayIndexAt(1000), 3);
}

void TestRowGeometry::withoutRowsNothingIsFound()
{
    RowGeometry g;
    QVERIFY(g.isEmpty());
    QCOMPARE(g.totalHeight(), 0);
    QCOMPARE(g.displayIndexAt(0), -1);
    QCOMPARE(g.anchorY(), 0);
    g.setRows({}, 5, exactHeight);
    QCOMPARE(g.displayIndexAt(3), -1);
    QCOMPARE(g.displayIndex(2), -1);
}

void TestRowGeometry::measuringReplacesEstimates()
{
    RowGeometry g;
    g.setRows({ 0, 1, 2 }, 3, [](int) { return RowGeometry::Height { 50, false }; });
    QVERIFY(g.hasEstimates());
    QCOMPARE(g.totalHeight(), 150);
    QVERIFY(!g.setMeasured(1, 50)); // the estimate was right
    QVERIFY(g.isExact(1));
    QVERIFY(g.setMeasured(0, 20));
    // The tops follow only when asked, so several rows can be measured first.
    QCOMPARE(g.top(1), 50);
    g.updateTops();
    QCOMPARE(g.top(1), 20);
    QCOMPARE(g.totalHeight(), 120);
    QVERIFY(g.hasEstimates());
    QVERIFY(g.setMeasured(2, 30));
    QVERIFY(!g.hasEstimates());
    g.estimateAll([](int row) { return 40 + row; });
    QVERIFY(g.hasEstimates());
    QVERIFY(!g.isExact(0));
    QCOMPARE(g.totalHeight(), 40 + 41 + 42);
}

void TestRowGeometry::theAnchorKeepsItsRowWhileHeightsAboveSettle()
{
    RowGeometry g;
    g.setRows({ 0, 1, 2, 3 }, 4, [](int) { return RowGeometry::Height { 100, false }; });
    // Scrolled to y 250: row 2, 50 pixels of it out of view.
    g.setAnchorFromY(250);
    QCOMPARE(g.anchor(), 2);
    QCOMPARE(g.anchorOffset(), 50);
    QCOMPARE(g.anchorY(), 250);
    // The rows above turn out shorter: the same row and offset now sit higher up.
    g.setMeasured(0, 40);
    g.setMeasured(1, 60);
    g.updateTops();
    QCOMPARE(g.anchor(), 2);
    QCOMPARE(g.anchorY(), 150);
    QCOMPARE(g.displayIndexAt(g.anchorY()), 2);
    g.setAnchor(3, 5);
    QCOMPARE(g.anchorY(), 40 + 60 + 100 + 5);
}

void TestRowGeometry::hidingRowsKeepsTheAnchorOnTheNextShownRow()
{
    RowGeometry g;
    g.setRows({ 0, 1, 2, 3, 4, 5 }, 6, exactHeight);
    g.setAnchor(g.displayIndex(2), 3);
    // Row 2 is hidden (say, boilerplate): the anchor moves to row 3, the next one shown.
    g.setRows({ 0, 1, 3, 4, 5 }, 6, exactHeight);
    QCOMPARE(g.row(g.anchor()), 3);
    QCOMPARE(g.anchorOffset(), 3);
    // Shown again: the anchor stays on row 3.
    g.setRows({ 0, 1, 2, 3, 4, 5 }, 6, exactHeight);
    QCOMPARE(g.row(g.anchor()), 3);
    // Nothing at or after it left: the anchor goes to the top.
    g.setRows({ 0, 1 }, 6, exactHeight);
    QCOMPARE(g.anchor(), 0);
}

void TestRowGeometry::clearingStartsAtTheTop()
{
    RowGeometry g;
    g.setRows({ 0, 1, 2 }, 3, exactHeight);
    g.setAnchorFromY(15);
    QCOMPARE(g.anchor(), 1);
    g.clear();
    QVERIFY(g.isEmpty());
    QCOMPARE(g.anchor(), 0);
    QCOMPARE(g.anchorOffset(), 0);
    QCOMPARE(g.totalHeight(), 0);
    g.setRows({ 0, 1, 2 }, 3, exactHeight);
    QCOMPARE(g.anchor(), 0);
}

QTEST_GUILESS_MAIN(TestRowGeometry)
#include "tst_rowgeometry.moc"
