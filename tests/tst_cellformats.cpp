// SPDX-License-Identifier: GPL-3.0-or-later
// The widget-free parts of the reading view over a hand-made comparison: what a cell's spans look like
// (cellformats.h) and where the next change, match or overview mark is (changenavigation.h).
#include "cellformats.h"
#include "changenavigation.h"
#include "colormix.h"
#include "comparisonfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestCellFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void onlyTheFocusedVersionsChangesAreColoured();
    void removedWordsBecomeCarets();
    void divergentQuotesAreUnderlined();
    void searchMatchesIgnoreCase();
    void stepsGoInReadingOrder();
    void changeStopsFollowOnePolicy();
    void matchesAreCountedInShownCells();
    void overviewMarksTakeTheStrongestChange();

private:
    ComparisonModel m_model;
    ChangeColors m_colors = ChangeColors::forPrint();
};

void TestCellFormats::init()
{
    m_model.setComparison(Fixture::councilStory());
    m_model.setCosmeticHidden(false);
}

void TestCellFormats::onlyTheFocusedVersionsChangesAreColoured()
{
    // Row 3: the Herald's "fourteen" where the Wire says "four" (substantive).
    const QString herald = m_model.cellText(3, 2);
    const CellFormats own = cellFormats(herald, m_model.cellSpans(3, 2), 2, {}, {}, m_colors);
    QCOMPARE(own.ranges.size(), 1);
    QCOMPARE(own.ranges.first().start, int(herald.indexOf(u"fourteen"_s)));
    QCOMPARE(own.ranges.first().length, 8);
    QCOMPARE(own.ranges.first().format.background().color(), m_colors.forKind(ChangeKind::Substantive));
    QCOMPARE(own.ranges.first().format.fontWeight(), int(QFont::DemiBold));
    // The base column shows the other side of the selected version's change, and nothing without one.
    const QString wire = m_model.cellText(3, 0);
    const CellFormats base = cellFormats(wire, m_model.cellSpans(3, 0), 2, {}, {}, m_colors);
    QCOMPARE(base.ranges.size(), 1);
    QCOMPARE(base.ranges.first().start, int(wire.indexOf(u"four"_s)));
    QVERIFY(cellFormats(wire, m_model.cellSpans(3, 0), 1, {}, {}, m_colors).ranges.isEmpty());
    QVERIFY(cellFormats(wire, m_model.cellSpans(3, 0), -1, {}, {}, m_colors).ranges.isEmpty());
    // A wording change is coloured but not bold.
    const CellFormats wording
        = cellFormats(m_model.cellText(1, 1), m_model.cellSpans(1, 1), 1, {}, {}, m_colors);
    QCOMPARE(wording.ranges.size(), 1);
    QCOMPARE(wording.ranges.first().format.background().color(), m_colors.forKind(ChangeKind::Wording));
    QVERIFY(wording.ranges.first().format.fontWeight() != int(QFont::DemiBold));
}

void TestCellFormats::removedWordsBecomeCarets()
{
    CellSpan removed;
    removed.offset = 4;
    removed.length = 0;
    removed.kind = ChangeKind::Wording;
    removed.version = 1;
    CellSpan other = removed;
    other.version = 2;
    const CellFormats f = cellFormats(u"The vote."_s, { removed, other }, 1, {}, {}, m_colors);
    QVERIFY(f.ranges.isEmpty());
    QCOMPARE(f.carets.size(), 1);
    QCOMPARE(f.carets.first().offset, 4);
}

void TestCellFormats::divergentQuotesAreUnderlined()
{
    // Row 2: the Daily's altered quotation; the Wire's is the exact reference.
    const QList<QuoteSpan> daily = m_model.quoteSpans(2, 1);
    QCOMPARE(daily.size(), 1);
    const CellFormats f = cellFormats(m_model.cellText(2, 1), {}, 1, daily, {}, m_colors);
    QCOMPARE(f.ranges.size(), 1);
    QCOMPARE(f.ranges.first().start, int(daily.first().offset));
    QCOMPARE(f.ranges.first().format.underlineStyle(), QTextCharFormat::DashUnderline);
    QVERIFY(
        cellFormats(m_model.cellText(2, 0), {}, 0, m_model.quoteSpans(2, 0), {}, m_colors).ranges.isEmpty());
    QVERIFY(isDivergent(QuoteFidelity::Altered));
    QVERIFY(!isDivergent(QuoteFidelity::Typographic));
}

void TestCellFormats::searchMatchesIgnoreCase()
{
    const QString text = u"The city council approved the new budget on Tuesday."_s;
    const CellFormats f = cellFormats(text, {}, -1, {}, u"THE"_s, m_colors);
    QCOMPARE(f.ranges.size(), 2);
    QCOMPARE(f.ranges.at(0).start, 0);
    QCOMPARE(f.ranges.at(1).start, 26);
    QCOMPARE(f.ranges.at(1).length, 3);
    QCOMPARE(f.ranges.at(1).format.background().color(), searchMatchColor(m_colors));
    QVERIFY(f.ranges.at(1).format.fontUnderline());
    QVERIFY(cellFormats(text, {}, -1, {}, u"ferry"_s, m_colors).ranges.isEmpty());
}

void TestCellFormats::stepsGoInReadingOrder()
{
    const QList<int> rows = { 0, 2, 5 };
    const QList<int> columns = { 1, 0 };
    QList<std::pair<int, int>> visited;
    auto everything = [&](int row, int version) {
        visited.append({ row, version });
        return false;
    };
    QVERIFY(!stepInReadingOrder(rows, columns, {}, true, everything));
    const QList<std::pair<int, int>> order = { { 0, 1 }, { 0, 0 }, { 2, 1 }, { 2, 0 }, { 5, 1 }, { 5, 0 } };
    QCOMPARE(visited, order);
    auto inColumnZero = [](int, int version) { return version == 0; };
    auto found = stepInReadingOrder(rows, columns, { 2, 1 }, true, inColumnZero);
    QVERIFY(found);
    QCOMPARE(found->row, 2);
    QCOMPARE(found->version, 0);
    found = stepInReadingOrder(rows, columns, { 2, 0 }, false, inColumnZero);
    QVERIFY(found);
    QCOMPARE(found->row, 0);
    // From a cell not shown (a hidden row), the search starts at the end it goes from.
    found = stepInReadingOrder(rows, columns, { 3, 0 }, false, inColumnZero);
    QVERIFY(found);
    QCOMPARE(found->row, 5);
    QVERIFY(!stepInReadingOrder(rows, columns, { 5, 0 }, true, inColumnZero));
    QVERIFY(!stepInReadingOrder({}, columns, {}, true, inColumnZero));
}

void TestCellFormats::changeStopsFollowOnePolicy()
{
    // The base column is never a stop.
    for (int row = 0; row < m_model.rowCount(); ++row)
        QVERIFY(!isChangeStop(m_model, row, 0, -1));
    QVERIFY(isChangeStop(m_model, 0, 2, -1)); // spelling
    QVERIFY(isChangeStop(m_model, 1, 2, -1)); // dropped where the base has the sentence
    QVERIFY(!isChangeStop(m_model, 3, 1, -1)); // the gap a move leaves
    QVERIFY(isChangeStop(m_model, 5, 1, -1)); // the move itself
    QVERIFY(!isChangeStop(m_model, 4, 2, -1)); // a newsletter prompt one outlet lacks
    QVERIFY(isChangeStop(m_model, 7, 2, -1)); // added
    QVERIFY(isChangeStop(m_model, 3, 2, int(ChangeKind::Substantive)));
    QVERIFY(!isChangeStop(m_model, 3, 2, int(ChangeKind::Wording)));
    QVERIFY(hasDivergentQuote(m_model, 2, 1));
    QVERIFY(!hasDivergentQuote(m_model, 2, 2));
}

void TestCellFormats::matchesAreCountedInShownCells()
{
    const QList<int> all = { 0, 1, 2, 3, 5, 6, 7 };
    QCOMPARE(countMatches(m_model, all, { 0, 1, 2 }, u"FOURteen"_s), 1);
    QCOMPARE(countMatches(m_model, all, { 0, 1 }, u"fourteen"_s), 0);
    // "four percent" twice (Wire, Daily) and "fourteen" once.
    QCOMPARE(countMatches(m_model, all, { 0, 1, 2 }, u"four"_s), 3);
    QCOMPARE(countMatches(m_model, all, { 0, 1, 2 }, {}), 0);
}

void TestCellFormats::overviewMarksTakeTheStrongestChange()
{
    const QList<QColor> marks = rowMarkColors(m_model, { 0, 1, 2 }, m_colors);
    QCOMPARE(marks.size(), m_model.rowCount());
    QCOMPARE(marks.at(3), strongColor(m_colors.substantive, m_colors.isDark()));
    QCOMPARE(marks.at(5), strongColor(m_colors.moved, m_colors.isDark()));
    QCOMPARE(marks.at(7), strongColor(m_colors.added, m_colors.isDark()));
    QVERIFY(!marks.at(4).isValid()); // boilerplate, nothing dropped
    // Without the Herald, row 0 (its spelling change) has nothing to mark.
    QVERIFY(marks.at(0).isValid());
    QVERIFY(!rowMarkColors(m_model, { 0, 1 }, m_colors).at(0).isValid());
}

QTEST_MAIN(TestCellFormats)
#include "tst_cellformats.moc"
