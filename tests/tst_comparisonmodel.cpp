// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfixture.h"
#include "core/labels.h"
#include "present/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestComparisonModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTesterThroughResets();
    void rowsAreAlignedRowsAndColumnsAreVersions();
    void cellTextIsTheCellsSentences_data();
    void cellTextIsTheCellsSentences();
    void cellSpanningTwoSentencesShowsBoth();
    void statusesComeFromTheRows_data();
    void statusesComeFromTheRows();
    void changeSpansPointAtTheChangedWords();
    void baseColumnShowsTheBaseSideOfEachChange();
    void hidingCosmeticChangesDropsTheirSpansAndStatus();
    void movesAndBoilerplateAreExposed();
    void quoteSpansAndRows();
    void descriptionsSayWhatChanged();
    void headerNamesVersionsAndMarksTheBase();
    void sentenceRowsAreIndexed();
};

void TestComparisonModel::passesTheModelTesterThroughResets()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(Fixture::councilStory());
    model.setCosmeticHidden(true);
    model.setComparison(Fixture::generatedStory(6, 30));
    model.setComparison({});
    model.setComparison(Fixture::councilStory());
    QCOMPARE(model.rowCount(), 8);
}

void TestComparisonModel::rowsAreAlignedRowsAndColumnsAreVersions()
{
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), 3);
    QVERIFY(!model.index(8, 0).isValid());
    QVERIFY(!model.index(0, 3).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.parent(model.index(2, 1)).isValid());
}

void TestComparisonModel::cellTextIsTheCellsSentences_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("text");
    QTest::newRow("base first sentence")
        << 0 << 0 << u"The city council approved the new budget on Tuesday."_s;
    QTest::newRow("changed wording") << 1 << 1 << u"The vote was 7-2."_s;
    QTest::newRow("absent cell is empty") << 1 << 2 << QString();
    QTest::newRow("sentence index differs from row")
        << 2 << 2 << u"“We have reached agreement on the essentials,” the mayor said."_s;
    QTest::newRow("added sentence") << 7 << 2 << u"The budget takes effect in July."_s;
}

void TestComparisonModel::cellTextIsTheCellsSentences()
{
    QFETCH(int, row);
    QFETCH(int, version);
    QFETCH(QString, text);
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    QCOMPARE(model.data(model.index(row, version)).toString(), text);
}

void TestComparisonModel::cellSpanningTwoSentencesShowsBoth()
{
    Comparison c = Fixture::councilStory();
    // The Herald merges the base's first two rows into one cell.
    c.rows[0].spans[0] = 2;
    ComparisonModel model;
    model.setComparison(c);
    const QString text = model.cellText(0, 0);
    QVERIFY2(text.startsWith(u"The city council"_s) && text.endsWith(u"seven to two."_s), qPrintable(text));
    QVERIFY2(!text.contains(u'\n'), "paragraph breaks are shown as spaces");
    QCOMPARE(model.data(model.index(0, 0), ComparisonModel::SentenceCountRole).toInt(), 2);
}

void TestComparisonModel::statusesComeFromTheRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("version");
    QTest::addColumn<CellStatus>("status");
    QTest::newRow("same") << 0 << 1 << CellStatus::Same;
    QTest::newRow("changed") << 1 << 1 << CellStatus::Changed;
    QTest::newRow("absent") << 1 << 2 << CellStatus::Absent;
    QTest::newRow("moved") << 5 << 1 << CellStatus::Moved;
    QTest::newRow("added") << 7 << 2 << CellStatus::Added;
}

void TestComparisonModel::statusesComeFromTheRows()
{
    QFETCH(int, row);
    QFETCH(int, version);
    QFETCH(CellStatus, status);
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    QCOMPARE(toString(CellStatus(model.data(model.index(row, version), ComparisonModel::StatusRole).toInt())),
        toString(status));
}

void TestComparisonModel::changeSpansPointAtTheChangedWords()
{
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    const auto spans
        = model.data(model.index(3, 2), ComparisonModel::ChangeSpansRole).value<QList<CellSpan>>();
    QCOMPARE(spans.size(), 1);
    QCOMPARE(toString(spans.first().kind), toString(ChangeKind::Substantive));
    QCOMPARE(spans.first().version, 2);
    QCOMPARE(model.cellText(3, 2).mid(spans.first().offset, spans.first().length), u"fourteen"_s);
    QCOMPARE(model.data(model.index(3, 2), ComparisonModel::StrongestChangeRole).toInt(),
        int(ChangeKind::Substantive));
    QCOMPARE(model.data(model.index(0, 1), ComparisonModel::StrongestChangeRole).toInt(), -1);
}

void TestComparisonModel::baseColumnShowsTheBaseSideOfEachChange()
{
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    const QList<CellSpan> spans = model.cellSpans(1, 0);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().version, 1);
    QCOMPARE(model.cellText(1, 0).mid(spans.first().offset, spans.first().length), u"seven to two"_s);
    // The base has no changes of its own.
    QCOMPARE(model.strongestChange(1, 0), -1);
}

void TestComparisonModel::hidingCosmeticChangesDropsTheirSpansAndStatus()
{
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(toString(model.cellStatus(0, 2)), toString(CellStatus::Changed));
    QCOMPARE(model.cellSpans(0, 2).size(), 1);

    model.setCosmeticHidden(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(toString(model.cellStatus(0, 2)), toString(CellStatus::Same)); // spelling only
    QVERIFY(model.cellSpans(0, 2).isEmpty());
    QCOMPARE(toString(model.cellStatus(6, 2)), toString(CellStatus::Same)); // typography only
    QCOMPARE(toString(model.cellStatus(1, 1)), toString(CellStatus::Changed)); // wording stays
    QCOMPARE(model.cellSpans(1, 1).size(), 1);
    QCOMPARE(model.strongestChange(0, 2), -1);
    QVERIFY(model.cellSpans(0, 0).isEmpty()); // the base side disappears too

    model.setCosmeticHidden(true);
    QCOMPARE(changed.size(), 1); // no change, no signal
    model.setCosmeticHidden(false);
    QCOMPARE(toString(model.cellStatus(0, 2)), toString(CellStatus::Changed));
}

void TestComparisonModel::movesAndBoilerplateAreExposed()
{
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    QCOMPARE(model.data(model.index(3, 1), ComparisonModel::MoveTargetRole).toInt(), 5);
    QCOMPARE(model.data(model.index(5, 1), ComparisonModel::MoveTargetRole).toInt(), 3);
    QCOMPARE(model.data(model.index(0, 1), ComparisonModel::MoveTargetRole).toInt(), -1);
    QVERIFY(model.data(model.index(4, 0), ComparisonModel::RowBoilerplateRole).toBool());
    QVERIFY(model.data(model.index(4, 1), ComparisonModel::BoilerplateRole).toBool());
    QVERIFY(!model.data(model.index(3, 0), ComparisonModel::BoilerplateRole).toBool());
    QVERIFY(model.describeCell(3, 1).contains(u"row 6"_s));
    QVERIFY(model.describeCell(5, 1).contains(u"the base has it at row 4"_s));
    // A move between two versions that are not the base (the row moved from lacks the base): the tooltip
    // names the version whose place it left.
    Comparison c = Fixture::councilStory();
    c.rows[3].cells[0] = -1;
    c.rows[3].status[0] = CellStatus::Absent;
    model.setComparison(c);
    QCOMPARE(model.describeCell(5, 1), u"Daily: moved; Herald has it at row 4"_s);
}

void TestComparisonModel::quoteSpansAndRows()
{
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    const QList<QuoteSpan> spans = model.quoteSpans(2, 1);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(toString(spans.first().fidelity), toString(QuoteFidelity::Altered));
    QCOMPARE(model.cellText(2, 1).mid(spans.first().offset, spans.first().length),
        u"We have reached the agreement on the essentials,"_s);
    QCOMPARE(model.rowForQuoteVariant(0, 2), 2);
    QVERIFY(model.isQuoteDivergent(0));

    Comparison c = Fixture::councilStory();
    c.quotes[0].variants[1].fidelity = QuoteFidelity::Typographic;
    c.quotes[0].variants[2].sentence = -1;
    c.quotes[0].variants[2].fidelity = QuoteFidelity::Exact;
    model.setComparison(c);
    QVERIFY(!model.isQuoteDivergent(0));
    // An absent variant points at the row where the reference stands.
    QCOMPARE(model.rowForQuoteVariant(0, 2), 2);
    QVERIFY(model.quoteSpans(2, 2).isEmpty());
}

void TestComparisonModel::descriptionsSayWhatChanged()
{
    const Comparison c = Fixture::councilStory();
    QCOMPARE(ComparisonModel::describeChange(c.changes.at(0)), u"spelling: Tuesday → Tusday"_s);
    Change insertion = c.changes.at(1);
    insertion.before.clear();
    QCOMPARE(ComparisonModel::describeChange(insertion), u"wording: added “7-2”"_s);
    ComparisonModel model;
    model.setComparison(c);
    const QString quote = model.describeQuoteVariant(0, 1);
    QVERIFY2(quote.startsWith(u"quote altered: ‘reached agreement’ → ‘reached the agreement’"_s),
        qPrintable(quote));
    QVERIFY(quote.contains(u"the mayor"_s));
    QVERIFY(model.describeCell(1, 1).contains(u"seven to two → 7-2"_s));
    QCOMPARE(model.data(model.index(1, 1), Qt::ToolTipRole).toString(), model.describeCell(1, 1));
}

void TestComparisonModel::headerNamesVersionsAndMarksTheBase()
{
    ComparisonModel model;
    Comparison c = Fixture::councilStory();
    c.base = 1;
    model.setComparison(c);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Wire"_s);
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(u"Daily"_s));
    QVERIFY(model.headerData(1, Qt::Horizontal, ComparisonModel::IsBaseRole).toBool());
    QVERIFY(!model.headerData(0, Qt::Horizontal, ComparisonModel::IsBaseRole).toBool());
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.headerData(4, Qt::Vertical).toInt(), 5);
    QCOMPARE(model.versionKey(2), u"/fixture/Herald.txt"_s);
}

void TestComparisonModel::sentenceRowsAreIndexed()
{
    ComparisonModel model;
    model.setComparison(Fixture::councilStory());
    QCOMPARE(model.rowForSentence(2, 4), 7);
    QCOMPARE(model.rowForSentence(1, 4), 5);
    QCOMPARE(model.rowForSentence(1, 99), -1);
    QCOMPARE(model.rowForSentence(7, 0), -1);
}

QTEST_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
