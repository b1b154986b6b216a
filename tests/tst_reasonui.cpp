// SPDX-License-Identifier: GPL-3.0-or-later
// The reasons of substantive changes in the window: the reason filter changes what is highlighted, what
// the overview strip marks and where navigation stops; "next change of this reason"; the counts by
// reason in the versions panel and the status bar.
#include "cellformats.h"
#include "mainwindow.h"
#include "reasonfixture.h"
#include "sidebysideview.h"
#include "versionspanel.h"

#include "present/comparisonmodel.h"
#include "present/reasonfilter.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

using Cells = QList<std::pair<int, int>>;

// Every stop of a step function from the top, in order.
Cells walk(SideBySideView *view, const std::function<bool()> &step)
{
    view->setCurrentIndex({});
    Cells cells;
    while (step() && cells.size() < 50)
        cells.append({ view->currentIndex().row(), view->currentIndex().column() });
    return cells;
}

} // namespace

class TestReasonUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigationFollowsTheChosenReasons();
    void nextChangeSkipsSentencesWithOnlyMutedChanges();
    void mutedSpansAreFaintAndNotBold();
    void mutedChangesArePaintedFaintly();
    void overviewStripFollowsTheFilter();
    void reasonMenuSetsTheFilter();
    void nextChangeOfThisReason();
    void nextChangeOfTheClickedChangesReason();
    void versionsPanelCountsByReason();
    void chosenReasonsAreRememberedBetweenRuns();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    SideBySideView *view() const { return m_window->view(); }
    ComparisonModel *model() const { return m_window->model(); }
    std::pair<int, int> current() const
    {
        return { view()->currentIndex().row(), view()->currentIndex().column() };
    }
    std::unique_ptr<MainWindow> m_window;
};

void TestReasonUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ParallaxTest"_s);
    QCoreApplication::setApplicationName(u"tst_reasonui"_s);
}

void TestReasonUi::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showComparison(Fixture::harbourStory());
    QTRY_COMPARE(model()->rowCount(), 4);
}

void TestReasonUi::cleanup()
{
    m_window.reset();
}

void TestReasonUi::navigationFollowsTheChosenReasons()
{
    auto chosen = [this] { return view()->goToReason(true); };
    auto substantive = [this] { return view()->goToChange(true, int(ChangeKind::Substantive)); };
    // Without a filter every substantive change is followed.
    const Cells all { { 0, 1 }, { 1, 1 }, { 2, 1 }, { 2, 2 }, { 3, 1 }, { 3, 2 } };
    QCOMPARE(walk(view(), chosen), all);
    // Next change stops at each change of a cell: rows 0 and 1 of the Daily hold two each.
    QCOMPARE(walk(view(), substantive),
        Cells({ { 0, 1 }, { 0, 1 }, { 1, 1 }, { 1, 1 }, { 2, 1 }, { 2, 2 }, { 3, 1 }, { 3, 2 } }));
    // Only numbers and names: the modality (row 2, Daily) and the date (row 2, Herald) are skipped.
    model()->setReasonFilter(ReasonFilter::of({ ChangeReason::Number, ChangeReason::Name }));
    const Cells numbersAndNames { { 0, 1 }, { 1, 1 }, { 3, 1 }, { 3, 2 } };
    QCOMPARE(walk(view(), chosen), numbersAndNames);
    QCOMPARE(walk(view(), substantive), numbersAndNames);
    // Backwards from the end.
    view()->setCurrentIndex(model()->index(3, 2));
    QVERIFY(view()->goToReason(false));
    QCOMPARE(current(), std::pair(3, 1));
    QVERIFY(view()->goToReason(false));
    QCOMPARE(current(), std::pair(1, 1));
    // One named reason, whatever the filter.
    QCOMPARE(walk(view(), [this] { return view()->goToReason(true, ChangeReason::Date); }),
        Cells({ { 0, 1 }, { 2, 2 } }));
}

void TestReasonUi::nextChangeSkipsSentencesWithOnlyMutedChanges()
{
    auto any = [this] { return view()->goToChange(true); };
    QCOMPARE(walk(view(), any),
        Cells({ { 0, 1 }, { 0, 1 }, { 1, 1 }, { 1, 1 }, { 1, 2 }, { 2, 1 }, { 2, 2 }, { 3, 1 }, { 3, 2 } }));
    model()->setReasonFilter(ReasonFilter::of({ ChangeReason::Number, ChangeReason::Name }));
    // Row 2 holds only muted changes; the Herald's wording change in row 1 is still a stop.
    QCOMPARE(walk(view(), any), Cells({ { 0, 1 }, { 1, 1 }, { 1, 2 }, { 3, 1 }, { 3, 2 } }));
}

void TestReasonUi::mutedSpansAreFaintAndNotBold()
{
    const ChangeColors colors = ChangeColors::forPrint();
    CellSpan span;
    span.offset = 0;
    span.length = 4;
    span.kind = ChangeKind::Substantive;
    span.version = 1;
    const QTextCharFormat strong = cellFormats(u"four"_s, { span }, 1, {}, {}, colors).ranges.at(0).format;
    span.muted = true;
    const QTextCharFormat muted = cellFormats(u"four"_s, { span }, 1, {}, {}, colors).ranges.at(0).format;
    QCOMPARE(strong.background().color(), colors.substantive);
    QCOMPARE(strong.fontWeight(), int(QFont::DemiBold));
    QVERIFY(muted.fontWeight() != int(QFont::DemiBold));
    // Fainter: nearer the page's background than the substantive tint.
    auto distance = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    const QColor faint = muted.background().color();
    QVERIFY(faint != colors.substantive);
    QVERIFY(distance(faint, colors.background) < distance(colors.substantive, colors.background));
    QVERIFY(distance(faint, colors.background) > 0);
    // A deletion's caret too.
    QVERIFY(
        distance(caretColor(span, colors), colors.background) < distance(
            caretColor(CellSpan { 0, 0, ChangeKind::Substantive, 0, 1, false }, colors), colors.background));
}

void TestReasonUi::mutedChangesArePaintedFaintly()
{
    view()->setCurrentIndex({});
    auto grab = [this](int row, int version) {
        QApplication::processEvents();
        return view()->viewport()->grab(view()->cellRect(row, version)).toImage();
    };
    const QImage modality = grab(2, 1);
    const QImage wording = grab(1, 2);
    const QImage number = grab(3, 1);
    model()->setReasonFilter(ReasonFilter::of({ ChangeReason::Number }));
    QVERIFY(grab(2, 1) != modality); // the modality change is muted
    QCOMPARE(grab(1, 2), wording); // wording is not touched
    QCOMPARE(grab(3, 1), number); // the number stays highlighted
    model()->setReasonFilter({});
    QCOMPARE(grab(2, 1), modality);
}

void TestReasonUi::overviewStripFollowsTheFilter()
{
    const QList<OverviewMark> all = view()->overviewMarks();
    QCOMPARE(all.size(), 4);
    model()->setReasonFilter(ReasonFilter::of({ ChangeReason::Number, ChangeReason::Name }));
    const QList<OverviewMark> chosen = view()->overviewMarks();
    // Row 2 (a modality and a date change) is no longer marked; the others keep their colour.
    QCOMPARE(chosen.size(), 3);
    QCOMPARE(chosen.at(0).color, all.at(0).color);
    QCOMPARE(chosen.at(2).top, all.at(3).top);
    model()->setReasonFilter(ReasonFilter::of({ ChangeReason::Date }));
    // Row 1 keeps a mark (the Herald's wording), in the wording colour now.
    const QList<OverviewMark> dates = view()->overviewMarks();
    QCOMPARE(dates.size(), 3);
    QVERIFY(dates.at(1).color != all.at(1).color);
}

void TestReasonUi::reasonMenuSetsTheFilter()
{
    auto *menu = m_window->findChild<QMenu *>(u"reasonMenu"_s);
    QVERIFY(menu);
    QAction *number = action(u"reason-number"_s);
    QAction *name = action(u"reason-name"_s);
    QAction *all = action(u"reason-all"_s);
    QVERIFY(number && name && all);
    QVERIFY(all->isChecked());
    // Each reason says how many changes carry it; one that no change has is greyed.
    QCOMPARE(number->text(), u"Number (3)"_s);
    QVERIFY(!action(u"reason-quote"_s)->isEnabled());
    number->trigger();
    name->trigger();
    QCOMPARE(model()->reasonFilter(), ReasonFilter::of({ ChangeReason::Number, ChangeReason::Name }));
    QVERIFY(!all->isChecked());
    QCOMPARE(action(u"reasons"_s)->text(), u"Reasons: number, name"_s);
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
        [](QLabel *l) { return l->text().contains(u"8 substantive, 4 of the chosen reasons"_s); }));
    // F9 follows the chosen reasons.
    view()->setCurrentIndex({});
    action(u"nextChosenReason"_s)->trigger();
    action(u"nextChosenReason"_s)->trigger();
    action(u"nextChosenReason"_s)->trigger();
    QCOMPARE(current(), std::pair(3, 1));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Daily: substantive, number: added “20”"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
    all->trigger();
    QVERIFY(!model()->reasonFilter().isActive());
    QCOMPARE(action(u"reasons"_s)->text(), u"Reasons"_s);
    // The filter stays when the comparison is made again.
    number->trigger();
    m_window->showComparison(Fixture::harbourStory());
    QTRY_COMPARE(model()->rowCount(), 4);
    QCOMPARE(model()->reasonFilter(), ReasonFilter::of({ ChangeReason::Number }));
    QVERIFY(number->isChecked());
}

void TestReasonUi::nextChangeOfThisReason()
{
    QAction *next = action(u"nextThisReason"_s);
    QAction *previous = action(u"previousThisReason"_s);
    QVERIFY(next && previous);
    // Without a selected change there is nothing to follow.
    view()->setCurrentIndex({});
    next->trigger();
    QVERIFY(!view()->currentIndex().isValid());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Select a substantive change"_s));
    // From the Daily's first sentence: its first change is the number.
    view()->setCurrentIndex(model()->index(0, 1));
    next->trigger();
    QCOMPARE(current(), std::pair(3, 1));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"number"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
    next->trigger();
    QCOMPARE(current(), std::pair(3, 2));
    next->trigger(); // no further number change
    QCOMPARE(current(), std::pair(3, 2));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"No further number change below"_s));
    previous->trigger();
    QCOMPARE(current(), std::pair(3, 1));
    previous->trigger();
    QCOMPARE(current(), std::pair(0, 1));
    // A date is followed from a sentence whose first change is a date, also through muted ones: the
    // reason is named, so the filter does not matter.
    model()->setReasonFilter(ReasonFilter::of({ ChangeReason::Number }));
    view()->setCurrentIndex(model()->index(2, 2));
    next->trigger();
    QCOMPARE(current(), std::pair(2, 2)); // nothing below
    previous->trigger();
    QCOMPARE(current(), std::pair(0, 1));
    // Pressed again there, it keeps to the date although the cell's first change is a number.
    previous->trigger();
    QCOMPARE(current(), std::pair(0, 1));
    next->trigger();
    QCOMPARE(current(), std::pair(2, 2));
}

void TestReasonUi::nextChangeOfTheClickedChangesReason()
{
    // Find the point of the Daily's first sentence whose tooltip explains the date change, and click it.
    const QRect cell = view()->cellRect(0, 1);
    QPoint hit;
    for (int y = cell.top() + 2; y < cell.bottom() && hit.isNull(); y += 4) {
        for (int x = cell.left() + 2; x < cell.right() && hit.isNull(); x += 3) {
            QHelpEvent help(QEvent::ToolTip, QPoint(x, y), view()->viewport()->mapToGlobal(QPoint(x, y)));
            QApplication::sendEvent(view()->viewport(), &help);
            if (QToolTip::text() == u"substantive, date: Monday → Tuesday"_s)
                hit = QPoint(x, y);
        }
    }
    QVERIFY2(!hit.isNull(), "no point of the cell explains the date change");
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, hit);
    QCOMPARE(current(), std::pair(0, 1));
    QVERIFY(view()->activeChange() >= 0);
    QCOMPARE(model()->comparison().changes.at(view()->activeChange()).reason, ChangeReason::Date);
    action(u"nextThisReason"_s)->trigger();
    QCOMPARE(current(), std::pair(2, 2)); // the Herald's date, not the Daily's next number
    QCOMPARE(view()->activeChange(), -1);
}

void TestReasonUi::versionsPanelCountsByReason()
{
    QTableWidget *table = m_window->versionsPanel()->table();
    QCOMPARE(table->rowCount(), 3);
    const int column = VersionsPanel::FactsColumn;
    QCOMPARE(table->horizontalHeaderItem(column)->text(), u"Facts"_s);
    QTableWidgetItem *daily = table->item(1, column);
    QTableWidgetItem *herald = table->item(2, column);
    QVERIFY(daily && herald);
    QCOMPARE(daily->text(), u"6"_s);
    QCOMPARE(herald->text(), u"2"_s);
    QCOMPARE(daily->toolTip(), u"Daily: 6 substantive: 2 number, 1 date, 1 name, 1 negation, 1 modality"_s);
    const QVariantMap byReason = daily->data(VersionsPanel::ReasonCountsRole).toMap();
    QCOMPARE(byReason.value(u"number"_s).toInt(), 2);
    QCOMPARE(byReason.value(u"negation"_s).toInt(), 1);
    QVERIFY(!byReason.contains(u"quote"_s));
    QCOMPARE(herald->data(VersionsPanel::ReasonCountsRole).toMap(),
        QVariantMap({ { u"number"_s, 1 }, { u"date"_s, 1 } }));
    QCOMPARE(table->item(0, column)->text(), u"—"_s); // the base
}

// The reasons followed are kept in the settings: a window opened later follows them too, and "All
// Reasons" is remembered as well.
void TestReasonUi::chosenReasonsAreRememberedBetweenRuns()
{
    action(u"reason-number"_s)->trigger();
    action(u"reason-name"_s)->trigger();
    m_window.reset();
    auto next = std::make_unique<MainWindow>();
    QCOMPARE(next->model()->reasonFilter(), ReasonFilter::of({ ChangeReason::Number, ChangeReason::Name }));
    QVERIFY(next->findChild<QAction *>(u"reason-number"_s)->isChecked());
    QVERIFY(!next->findChild<QAction *>(u"reason-all"_s)->isChecked());
    QCOMPARE(next->findChild<QAction *>(u"reasons"_s)->text(), u"Reasons: number, name"_s);
    next->findChild<QAction *>(u"reason-all"_s)->trigger();
    next.reset();
    MainWindow third;
    QVERIFY(!third.model()->reasonFilter().isActive());
}

QTEST_MAIN(TestReasonUi)
#include "tst_reasonui.moc"
