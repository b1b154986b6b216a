// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfixture.h"
#include "present/cellindex.h"
#include "present/rowfolding.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestRowFolding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsKeepContextAroundDifferences();
    void shortRunsStayOpen();
    void identicalRowsAmongChosenVersions();
};

namespace {

QList<int> range(int count)
{
    QList<int> rows;
    for (int i = 0; i < count; ++i)
        rows.append(i);
    return rows;
}

} // namespace

void TestRowFolding::runsKeepContextAroundDifferences()
{
    // Rows 10 and 11 differ; the rest reads the same.
    const auto same = [](int row) { return row != 10 && row != 11; };
    const QList<RowFolding::Run> runs = RowFolding::foldableRuns(range(25), same);
    QCOMPARE(runs.size(), 2);
    // From the top of the text (no context needed there) to the row before the change's context row.
    QCOMPARE(runs.at(0).first, 0);
    QCOMPARE(runs.at(0).count, 9);
    // After the change's context row to the end of the text.
    QCOMPARE(runs.at(1).first, 13);
    QCOMPARE(runs.at(1).count, 12);
    // Positions are in the list given, not model rows: with rows 3..7 left out, the same stretch.
    QList<int> rows = range(25);
    rows.remove(3, 5);
    const QList<RowFolding::Run> shifted = RowFolding::foldableRuns(rows, same);
    QCOMPARE(shifted.size(), 2);
    QCOMPARE(shifted.at(0).count, 4);
    QCOMPARE(rows.at(shifted.at(1).first), 13);
    // No context asked: the whole run folds.
    QCOMPARE(RowFolding::foldableRuns(range(25), same, 0).at(1).first, 12);
}

void TestRowFolding::shortRunsStayOpen()
{
    // Two differing rows with four identical between them: one context row each side leaves two.
    const auto same = [](int row) { return row != 0 && row != 5; };
    QVERIFY(RowFolding::foldableRuns(range(6), same).isEmpty());
    QCOMPARE(RowFolding::foldableRuns(range(6), same, 1, 2).size(), 1);
    QVERIFY(RowFolding::foldableRuns(range(8), [](int) { return false; }).isEmpty());
    QCOMPARE(RowFolding::foldableRuns(range(8), [](int) { return true; }).at(0).count, 8);
}

void TestRowFolding::identicalRowsAmongChosenVersions()
{
    const Comparison c = Fixture::councilStory();
    const CellIndex index(c);
    // Row 0: Herald misspells "Tuesday": different while cosmetic changes are shown, the same while hidden.
    QVERIFY(!RowFolding::readsTheSame(index, 0, { 0, 1, 2 }, true));
    QVERIFY(RowFolding::readsTheSame(index, 0, { 0, 1, 2 }, false));
    QVERIFY(RowFolding::readsTheSame(index, 0, { 0, 1 }, true));
    // Row 1: Daily rewords, Herald lacks the sentence.
    QVERIFY(!RowFolding::readsTheSame(index, 1, { 0, 1 }, false));
    QVERIFY(!RowFolding::readsTheSame(index, 1, { 0, 2 }, false));
    // Row 3: Daily lacks it (moved away): different from the base, though Herald's change is the point.
    QVERIFY(!RowFolding::readsTheSame(index, 3, { 0, 1 }, true));
    // Row 6: Herald ends with "!": typography.
    QVERIFY(RowFolding::readsTheSame(index, 6, { 0, 1 }, true));
    QVERIFY(!RowFolding::readsTheSame(index, 6, { 0, 1, 2 }, true));
    QVERIFY(RowFolding::readsTheSame(index, 6, { 0, 1, 2 }, false));
    // Row 7: only Herald has it; among versions that all lack it, the row reads the same (empty).
    QVERIFY(!RowFolding::readsTheSame(index, 7, { 0, 2 }, true));
    QVERIFY(RowFolding::readsTheSame(index, 7, { 0, 1 }, true));
}

QTEST_MAIN(TestRowFolding)
#include "tst_rowfolding.moc"
