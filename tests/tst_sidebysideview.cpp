// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfixture.h"
#include "overviewstrip.h"
#include "present/comparisonmodel.h"
#include "sidebysideview.h"
#include "versionchooser.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestSideBySideView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cellsOfARowShareTopAndHeight();
    void rowIsAsTallAsItsTallestCell();
    void boilerplateIsHiddenUntilShown();
    void hidingAVersionRemovesItsColumn();
    void reorderingFollowsTheHeader();
    void columnOrderSurvivesARecomparison();
    void nextAndPreviousChangeWalkInReadingOrder();
    void nextChangeByKind();
    void cosmeticChangesAreSkippedWhenHidden();
    void clickingAMoveMarkerJumpsToTheOtherPlace();
    void searchFindsAcrossVersions();
    void quoteDivergenceNavigation();
    void scrollingKeepsTheTopRowWhileHeightsSettle();
    void overviewMarksChangedRows();
    void baseColumnHighlightsTheSelectedVersionsChanges();
    void largerFontMakesRowsTaller();
    void hoveringAndClickingASpanSayWhatItIs();
    void aRecomparisonKeepsTheReadersPlace();
    void paintsWithoutAModel();
    void differencesOnlyFoldsIdenticalRuns();
    void nextChangeVisitsEachChangeInACell();
    void theBaseStaysAtTheLeftWhileOthersScroll();
    void wordsInACellAreSelectedAndCopied();
    void manyVersionsAreChosenAndNarrowed();

private:
    std::unique_ptr<ComparisonModel> m_model;
    std::unique_ptr<SideBySideView> m_view;
};

void TestSideBySideView::init()
{
    m_model = std::make_unique<ComparisonModel>();
    m_model->setComparison(Fixture::councilStory());
    m_view = std::make_unique<SideBySideView>();
    m_view->resize(900, 600);
    m_view->setModel(m_model.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestSideBySideView::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void TestSideBySideView::cellsOfARowShareTopAndHeight()
{
    for (int row : { 0, 2, 3 }) {
        const QRect a = m_view->cellRect(row, 0);
        const QRect b = m_view->cellRect(row, 1);
        const QRect c = m_view->cellRect(row, 2);
        QVERIFY(!a.isNull());
        QCOMPARE(a.top(), b.top());
        QCOMPARE(b.top(), c.top());
        QCOMPARE(a.height(), c.height());
        QVERIFY(a.right() < b.left());
    }
    QVERIFY(m_view->cellRect(1, 0).top() > m_view->cellRect(0, 0).bottom());
}

void TestSideBySideView::rowIsAsTallAsItsTallestCell()
{
    Comparison c = Fixture::councilStory();
    // One long sentence in one version makes the whole row taller.
    Version &daily = c.versions[1];
    const QString longer = u"The vote was 7-2, "_s
        + QString(u"after a long debate about the harbour and the tram "_s).repeated(8) + u"."_s;
    const Sentence s = daily.sentences.at(1);
    daily.text.replace(s.start, s.end - s.start, longer);
    const qsizetype delta = longer.size() - (s.end - s.start);
    daily.sentences[1].end += delta;
    for (qsizetype i = 2; i < daily.sentences.size(); ++i) {
        daily.sentences[i].start += delta;
        daily.sentences[i].end += delta;
    }
    c.changes.clear();
    c.quotes.clear();
    const int before = m_view->rowHeight(1);
    m_model->setComparison(c);
    QTRY_VERIFY(m_view->rowHeight(1) > 3 * before);
    QCOMPARE(m_view->cellRect(1, 0).height(), m_view->cellRect(1, 1).height());
    QCOMPARE(m_view->cellRect(2, 0).top(), m_view->cellRect(2, 1).top());
}

void TestSideBySideView::boilerplateIsHiddenUntilShown()
{
    QVERIFY(!m_view->isRowDisplayed(4));
    QVERIFY(m_view->cellRect(4, 0).isNull());
    m_view->setBoilerplateShown(true);
    QVERIFY(m_view->isRowDisplayed(4));
    QVERIFY(!m_view->cellRect(4, 0).isNull());
    QVERIFY(m_view->cellRect(5, 0).top() > m_view->cellRect(4, 0).top());
    // A newsletter prompt one outlet lacks is not a dropped sentence: no stop there.
    while (m_view->goToChange(true))
        QVERIFY(m_view->currentIndex().row() != 4);
}

void TestSideBySideView::hidingAVersionRemovesItsColumn()
{
    QCOMPARE(m_view->visibleVersions(), QList<int>({ 0, 1, 2 }));
    m_view->setVersionHidden(2, true);
    QCOMPARE(m_view->visibleVersions(), QList<int>({ 0, 1 }));
    QVERIFY(m_view->cellRect(0, 2).isNull());
    // Row 7 holds only the Herald's added sentence: with the Herald hidden it has nothing to show.
    QVERIFY(!m_view->isRowDisplayed(7));
    m_view->setVersionHidden(1, true);
    m_view->setVersionHidden(0, true); // the last visible version stays
    QCOMPARE(m_view->visibleVersions(), QList<int>({ 0 }));
    m_view->setVersionHidden(2, false);
    QVERIFY(m_view->isRowDisplayed(7));
}

void TestSideBySideView::reorderingFollowsTheHeader()
{
    m_view->header()->moveSection(2, 0);
    QCOMPARE(m_view->visibleVersions(), QList<int>({ 2, 0, 1 }));
    QVERIFY(m_view->cellRect(0, 2).left() < m_view->cellRect(0, 0).left());
    m_view->moveVersion(2, 2);
    QCOMPARE(m_view->visibleVersions(), QList<int>({ 0, 1, 2 }));
}

void TestSideBySideView::columnOrderSurvivesARecomparison()
{
    m_view->moveVersion(2, 0);
    m_view->setVersionHidden(1, true);
    Comparison c = Fixture::councilStory();
    c.base = 2;
    m_model->setComparison(c);
    QCOMPARE(m_view->visibleVersions(), QList<int>({ 2, 0 }));
    QVERIFY(m_view->isVersionHidden(1));
}

void TestSideBySideView::nextAndPreviousChangeWalkInReadingOrder()
{
    QSignalSpy current(m_view.get(), &SideBySideView::currentIndexChanged);
    // Row 0: Herald spelling; row 1: Daily wording, Herald dropped the sentence; row 2: Daily quote.
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(0, 2));
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 1));
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 2));
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(2, 1));
    QVERIFY(m_view->goToChange(false));
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 2));
    QCOMPARE(current.size(), 5);
    // The gap the Daily's move leaves in row 3 is not a stop; the Herald's change is, then the move.
    QVERIFY(m_view->goToChange(true));
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(3, 2));
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(5, 1));
    QVERIFY(m_view->goToChange(true)); // typography in row 6
    QVERIFY(m_view->goToChange(true)); // added in row 7
    QCOMPARE(m_view->currentIndex(), m_model->index(7, 2));
    QVERIFY(!m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(7, 2));
}

void TestSideBySideView::nextChangeByKind()
{
    QVERIFY(m_view->goToChange(true, int(ChangeKind::Substantive)));
    QCOMPARE(m_view->currentIndex(), m_model->index(3, 2));
    QVERIFY(!m_view->goToChange(true, int(ChangeKind::Substantive)));
    QVERIFY(m_view->goToChange(false, int(ChangeKind::Wording)));
    QCOMPARE(m_view->currentIndex(), m_model->index(2, 1));
}

void TestSideBySideView::cosmeticChangesAreSkippedWhenHidden()
{
    m_model->setCosmeticHidden(true);
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(1, 1)); // the spelling change in row 0 is skipped
    QVERIFY(!m_view->goToChange(true, int(ChangeKind::Typography)));
}

void TestSideBySideView::clickingAMoveMarkerJumpsToTheOtherPlace()
{
    const QRect gap = m_view->cellRect(3, 1);
    QVERIFY(!gap.isNull());
    QSignalSpy activated(m_view.get(), &SideBySideView::spanActivated);
    // The marker sits in the middle of the gap's first line.
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {}, QPoint(gap.center().x(), gap.top() + gap.height() / 2));
    QCOMPARE(m_view->currentIndex(), m_model->index(5, 1));
    QCOMPARE(activated.size(), 1);
}

void TestSideBySideView::searchFindsAcrossVersions()
{
    m_view->setSearchText(u"NEWSLETTER"_s);
    QCOMPARE(m_view->searchMatchCount(), 0); // only in hidden boilerplate
    m_view->setSearchText(u"four"_s);
    QCOMPARE(m_view->searchMatchCount(), 3); // "four" twice, "fourteen" once
    QVERIFY(m_view->findNext(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(3, 0));
    QVERIFY(m_view->findNext(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(3, 2));
    QVERIFY(m_view->findNext(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(5, 1));
    QVERIFY(m_view->findNext(true)); // wraps
    QCOMPARE(m_view->currentIndex(), m_model->index(3, 0));
    m_view->setSearchText(u"zebra"_s);
    QVERIFY(!m_view->findNext(true));
}

void TestSideBySideView::quoteDivergenceNavigation()
{
    QVERIFY(m_view->goToQuoteDivergence(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(2, 1));
    QVERIFY(!m_view->goToQuoteDivergence(true));
}

void TestSideBySideView::scrollingKeepsTheTopRowWhileHeightsSettle()
{
    m_model->setComparison(Fixture::generatedStory(12, 600));
    m_view->setCurrentIndex(m_model->index(300, 3));
    const QRect before = m_view->cellRect(300, 3);
    QVERIFY(before.top() >= 0 && before.bottom() <= m_view->viewport()->height());
    // Let idle-time measuring finish: the selected row must not move meanwhile.
    QTest::qWait(50);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->cellRect(300, 3).top(), before.top(), 5000);
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum());
    QVERIFY(!m_view->cellRect(599, 0).isNull());
    QVERIFY(m_view->cellRect(599, 0).bottom() <= m_view->viewport()->height());
}

void TestSideBySideView::overviewMarksChangedRows()
{
    const QList<OverviewMark> marks = m_view->overviewMarks();
    // Rows 0, 1, 2, 3, 5, 6, 7 have something to see; row 4 is hidden boilerplate.
    QCOMPARE(marks.size(), 7);
    for (qsizetype i = 1; i < marks.size(); ++i)
        QVERIFY(marks.at(i).top >= marks.at(i - 1).bottom - 1e-9);
    QVERIFY(marks.last().bottom <= 1.0 + 1e-9);
    OverviewStrip strip(m_view.get());
    strip.resize(16, 400);
    QVERIFY(!strip.grab().isNull());
}

void TestSideBySideView::baseColumnHighlightsTheSelectedVersionsChanges()
{
    auto baseCell = [this] { return m_view->viewport()->grab(m_view->cellRect(1, 0)).toImage(); };
    // The Daily changed row 1 ("seven to two" -> "7-2"); the Herald has nothing there.
    m_view->setCurrentIndex(m_model->index(1, 1));
    const QImage withDaily = baseCell();
    m_view->setCurrentIndex(m_model->index(1, 2));
    const QImage withHerald = baseCell();
    QVERIFY(withDaily != withHerald);
    m_view->setCurrentIndex(m_model->index(1, 1));
    QCOMPARE(baseCell(), withDaily);
}

void TestSideBySideView::largerFontMakesRowsTaller()
{
    const int before = m_view->rowHeight(0);
    QFont larger = m_view->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    m_view->setFont(larger);
    QTRY_VERIFY(m_view->rowHeight(0) > before);
    QCOMPARE(m_view->cellRect(0, 0).height(), m_view->cellRect(0, 2).height());
}

void TestSideBySideView::hoveringAndClickingASpanSayWhatItIs()
{
    // Walk over the Herald's first cell until the tooltip names the change.
    const QRect cell = m_view->cellRect(0, 2);
    QPoint hit;
    for (int y = cell.top() + 2; y < cell.bottom() && hit.isNull(); y += 4) {
        for (int x = cell.left() + 2; x < cell.right() && hit.isNull(); x += 3) {
            QHelpEvent help(QEvent::ToolTip, QPoint(x, y), m_view->viewport()->mapToGlobal(QPoint(x, y)));
            QApplication::sendEvent(m_view->viewport(), &help);
            if (QToolTip::text() == u"spelling: Tuesday → Tusday"_s)
                hit = QPoint(x, y);
        }
    }
    const int y = cell.top() + QFontMetrics(m_view->font()).height();
    QVERIFY2(!hit.isNull(), "no point of the cell explains the spelling change");
    QSignalSpy activated(m_view.get(), &SideBySideView::spanActivated);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, hit);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"spelling: Tuesday → Tusday"_s);
    QCOMPARE(m_view->currentIndex(), m_model->index(0, 2));
    // Over plain words of the same cell the tooltip describes the cell.
    QHelpEvent plain(QEvent::ToolTip, QPoint(cell.left() + 12, y),
        m_view->viewport()->mapToGlobal(QPoint(cell.left() + 12, y)));
    QApplication::sendEvent(m_view->viewport(), &plain);
    QVERIFY2(QToolTip::text().startsWith(u"Herald: changed"_s), qPrintable(QToolTip::text()));
}

void TestSideBySideView::aRecomparisonKeepsTheReadersPlace()
{
    const Comparison story = Fixture::generatedStory(4, 300);
    m_model->setComparison(story);
    m_view->setCurrentIndex(m_model->index(200, 1));
    const int top = m_view->cellRect(200, 1).top();
    // Compared again, every row one further down (an empty row in front): same sentence, new row.
    Comparison again = story;
    again.rows.prepend(Fixture::makeRow({ -1, -1, -1, -1 }, QList<CellStatus>(4, CellStatus::Absent)));
    for (Change &change : again.changes)
        ++change.row;
    m_model->setComparison(again);
    QCOMPARE(m_view->currentIndex(), m_model->index(201, 1));
    const QRect rect = m_view->cellRect(201, 1);
    QVERIFY(rect.top() >= 0 && rect.bottom() <= m_view->viewport()->height());
    QVERIFY(std::abs(rect.top() - top) <= m_view->rowHeight(201));
    // Another story starts at the top.
    m_model->setComparison(Fixture::councilStory());
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    QVERIFY(!m_view->currentIndex().isValid());
}

void TestSideBySideView::paintsWithoutAModel()
{
    SideBySideView empty;
    empty.resize(300, 200);
    QVERIFY(!empty.grab().isNull());
    QVERIFY(!empty.goToChange(true));
    QVERIFY(!empty.findNext(true));
}

namespace {

// Three versions of twenty sentences; the second rewrites sentence 10 (two changes in it) and 11.
Comparison mostlyIdentical()
{
    using namespace Fixture;
    QStringList base;
    for (int i = 0; i < 20; ++i)
        base.append(u"Sentence %1 reads the same in every version."_s.arg(i));
    QStringList other = base;
    other[10] = u"Sentence 10 reads differently in this version."_s;
    other[11] = u"Sentence 11 reads the same in one version."_s;
    Comparison c;
    c.base = 0;
    c.versions = { makeVersion(u"A"_s, base), makeVersion(u"B"_s, other), makeVersion(u"C"_s, base) };
    using S = CellStatus;
    for (int i = 0; i < 20; ++i)
        c.rows.append(makeRow({ i, i, i }, { S::Same, i == 10 || i == 11 ? S::Changed : S::Same, S::Same }));
    c.changes = {
        makeChange(c, 1, 10, ChangeKind::Substantive, u"the same"_s, u"differently"_s),
        makeChange(c, 1, 10, ChangeKind::Substantive, u"every"_s, u"this"_s),
        makeChange(c, 1, 11, ChangeKind::Substantive, u"every"_s, u"one"_s),
    };
    return c;
}

} // namespace

void TestSideBySideView::differencesOnlyFoldsIdenticalRuns()
{
    m_model->setComparison(mostlyIdentical());
    m_view->setDifferencesOnly(true);
    // Rows 0-8 fold into one line (no context needed at the top), row 9 stays as the change's context,
    // rows 10 and 11 differ, row 12 is context and 13-19 fold.
    QCOMPARE(m_view->foldSize(0), 9);
    QVERIFY(!m_view->isRowDisplayed(5));
    for (int row : { 9, 10, 11, 12 })
        QVERIFY(m_view->isRowDisplayed(row));
    QCOMPARE(m_view->foldSize(13), 7);
    QVERIFY(m_view->rowHeight(0) < 2 * m_view->rowHeight(9)); // one line for nine rows
    QVERIFY(m_view->grab().width() > 0);
    // Next change passes the fold lines by.
    m_view->setCurrentIndex({});
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(10, 1));
    // Hiding the version that differs: every row reads the same in the versions left.
    m_view->setCurrentIndex({}); // a selected row inside a fold would open it
    m_view->setVersionHidden(1, true);
    QCOMPARE(m_view->foldSize(0), 20);
    m_view->setVersionHidden(1, false);
    QCOMPARE(m_view->foldSize(0), 9);
    // Enter on a fold line opens it; a click on one too.
    m_view->setCurrentIndex(m_model->index(0, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(m_view->foldSize(0), 0);
    QVERIFY(m_view->isRowDisplayed(5));
    QCOMPARE(m_view->foldSize(13), 7);
    m_view->scrollToRow(13);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->cellRect(13, 0).center());
    QVERIFY(m_view->isRowDisplayed(16));
    // Find searches folded rows too, and opens the fold of a match.
    m_view->setDifferencesOnly(false);
    m_view->setDifferencesOnly(true);
    QVERIFY(!m_view->isRowDisplayed(17));
    m_view->setSearchText(u"sentence 17 "_s);
    QCOMPARE(m_view->searchMatchCount(), 3);
    QVERIFY(m_view->findNext(true));
    QCOMPARE(m_view->currentIndex().row(), 17);
    QVERIFY(m_view->isRowDisplayed(17));
    m_view->setSearchText({});
    // Selecting a folded row (from the quotes panel, say) opens its fold.
    m_view->setCurrentIndex({});
    m_view->setDifferencesOnly(false);
    m_view->setDifferencesOnly(true);
    QVERIFY(!m_view->isRowDisplayed(16));
    m_view->setCurrentIndex(m_model->index(16, 2));
    QVERIFY(m_view->isRowDisplayed(16));
    m_view->setDifferencesOnly(false);
    for (int row = 0; row < 20; ++row)
        QVERIFY(m_view->isRowDisplayed(row));
}

void TestSideBySideView::nextChangeVisitsEachChangeInACell()
{
    m_model->setComparison(mostlyIdentical());
    m_view->setCurrentIndex({});
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(10, 1));
    QCOMPARE(m_view->activeChange(), 0);
    QSignalSpy said(m_view.get(), &SideBySideView::spanActivated);
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(10, 1));
    QCOMPARE(m_view->activeChange(), 1);
    QCOMPARE(said.size(), 1);
    QVERIFY(m_view->goToChange(true));
    QCOMPARE(m_view->currentIndex(), m_model->index(11, 1));
    // Backwards into the cell: its last change first.
    QVERIFY(m_view->goToChange(false));
    QCOMPARE(m_view->currentIndex(), m_model->index(10, 1));
    QCOMPARE(m_view->activeChange(), 1);
    QVERIFY(m_view->goToChange(false));
    QCOMPARE(m_view->activeChange(), 0);
    QVERIFY(!m_view->goToChange(false));
}

namespace {

// A mouse event with the left button held, as a drag sends them.
void dragTo(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons = Qt::LeftButton)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)),
        type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

void TestSideBySideView::theBaseStaysAtTheLeftWhileOthersScroll()
{
    const int base = m_model->comparison().base;
    // Narrow enough that the three columns scroll sideways.
    m_view->resize(430, 600);
    QScrollBar *h = m_view->horizontalScrollBar();
    QTRY_VERIFY(h->maximum() > 0);
    QCOMPARE(m_view->frozenVersion(), base);
    QVERIFY(m_view->frozenHeader()->isVisible());
    QWidget *viewport = m_view->viewport();
    const QRect before = m_view->cellRect(0, base);
    QCOMPARE(before.left(), 0);
    const QImage painted = viewport->grab().toImage();

    h->setValue(h->maximum());
    const QRect after = m_view->cellRect(0, base);
    QCOMPARE(after, before);
    QCOMPARE(m_view->frozenHeader()->sectionViewportPosition(base), 0);
    QCOMPARE(m_view->frozenHeader()->geometry().left(), m_view->header()->geometry().left());
    // The base's cells paint the same as before the scroll (up to its edge, where the shadow starts).
    const QImage scrolled = viewport->grab().toImage();
    const QRect baseArea(0, 0, before.width() - 3, viewport->height());
    QCOMPARE(scrolled.copy(baseArea), painted.copy(baseArea));
    // The last version ends at the right edge, beside the base, not under it.
    const int last = m_view->visibleVersions().last();
    QVERIFY(m_view->cellRect(0, last).left() >= before.right());
    QVERIFY(m_view->cellRect(0, last).right() <= viewport->width());
    // What scrolled under the base is not what a click there reaches.
    QCOMPARE(m_view->indexAt(QPoint(20, before.center().y())), m_model->index(0, base));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(20, before.center().y()));
    QCOMPARE(m_view->currentIndex(), m_model->index(0, base));
    // Choosing the version right of the base brings it out from under it.
    const int second = m_view->visibleVersions().at(1);
    m_view->setCurrentIndex(m_model->index(0, second));
    QVERIFY(m_view->cellRect(0, second).left() >= before.right());
    QVERIFY(h->value() < h->maximum());
    // Another version first: nothing is frozen.
    m_view->moveVersion(second, 0);
    QCOMPARE(m_view->frozenVersion(), -1);
    QVERIFY(!m_view->frozenHeader()->isVisible());
}

void TestSideBySideView::wordsInACellAreSelectedAndCopied()
{
    const int version = 1;
    const QString text = m_model->cellText(0, version);
    QVERIFY(text.size() > 20);
    QWidget *viewport = m_view->viewport();
    const QRect cell = m_view->cellRect(0, version);
    const QPoint start(cell.left() + 12, cell.top() + cell.height() / 2);
    const QPoint end(cell.left() + cell.width() / 2, start.y());

    // A click alone selects nothing: Ctrl+C copies the whole sentence, as before.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, start);
    QCOMPARE(m_view->currentIndex(), m_model->index(0, version));
    QVERIFY(m_view->selectedText().isEmpty());
    QCOMPARE(m_view->copyText(), text);
    const QImage unselected = viewport->grab().toImage();

    dragTo(viewport, QEvent::MouseButtonPress, start);
    dragTo(viewport, QEvent::MouseMove, end);
    dragTo(viewport, QEvent::MouseButtonRelease, end, Qt::NoButton);
    const QString selected = m_view->selectedText();
    QVERIFY(!selected.isEmpty());
    QVERIFY(selected.size() < text.size());
    QVERIFY(text.contains(selected));
    QCOMPARE(m_view->copyText(), selected);
    // It is painted in the selection colour.
    const QColor highlight = m_view->palette().color(QPalette::Active, QPalette::Highlight);
    const QImage selectedImage = viewport->grab().toImage();
    auto countHighlight = [&](const QImage &image) {
        int n = 0;
        for (int y = cell.top(); y < cell.bottom(); ++y) {
            for (int x = cell.left(); x < cell.right(); ++x)
                n += image.pixelColor(x, y) == highlight ? 1 : 0;
        }
        return n;
    };
    QVERIFY(countHighlight(selectedImage) > 10);
    QCOMPARE(countHighlight(unselected), 0);

    // A double click selects one word.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, end);
    const QString word = m_view->selectedText();
    QVERIFY(!word.isEmpty());
    QVERIFY(!word.contains(u' '));
    QVERIFY(text.contains(word));

    // Shift+Right from a click before the first line: one character at a time.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(cell.left() + 1, cell.top() + 1));
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), text.left(2));
    QCOMPARE(m_view->currentIndex(), m_model->index(0, version));
    // Another cell drops the selection.
    m_view->setCurrentIndex(m_model->index(0, 0));
    QVERIFY(m_view->selectedText().isEmpty());
}

// A hundred and one versions: the reader picks a few in the chooser (its filter narrows the list, the
// base comes back with any other), the view shows those in one step, and narrow columns fit more.
void TestSideBySideView::manyVersionsAreChosenAndNarrowed()
{
    m_model->setComparison(Fixture::generatedStory(101, 60));
    const Comparison &c = m_model->comparison();
    QCOMPARE(m_view->visibleVersions().size(), 101);
    QStringList names;
    for (const Version &v : c.versions)
        names.append(v.name);
    VersionChooser chooser(names, c.base, m_view->visibleVersions());
    QCOMPARE(chooser.chosen().size(), 101);
    chooser.setFilter(names.at(42));
    QVERIFY(chooser.visibleCount() >= 1);
    QVERIFY(chooser.visibleCount() < 101);
    for (int v = 0; v < 101; ++v)
        chooser.setChecked(v, false);
    QVERIFY(chooser.chosen().isEmpty());
    const int other = c.base == 42 ? 43 : 42;
    chooser.setChecked(other, true);
    chooser.setChecked(7 == c.base ? 8 : 7, true);
    QList<int> chosen = chooser.chosen();
    QCOMPARE(chosen.size(), 3);
    QVERIFY(chosen.contains(c.base));

    const QScrollBar *h = m_view->horizontalScrollBar();
    const int wideRange = h->maximum();
    m_view->setShownVersions(chosen);
    QList<int> shown = m_view->visibleVersions();
    std::sort(shown.begin(), shown.end());
    std::sort(chosen.begin(), chosen.end());
    QCOMPARE(shown, chosen);
    QVERIFY(h->maximum() < wideRange);
    QVERIFY(!m_view->cellRect(0, other).isNull());

    m_view->setShownVersions(m_view->visibleVersions() + QList<int> { 1, 2, 3, 4, 5, 6 });
    const int width = m_view->cellRect(0, m_view->visibleVersions().last()).width();
    m_view->setNarrowColumns(true);
    const int narrow = m_view->cellRect(0, m_view->visibleVersions().last()).width();
    QVERIFY2(narrow < width * 0.75, qPrintable(u"%1 vs %2"_s.arg(narrow).arg(width)));
    // Rows re-wrap: every painted row still holds its tallest cell.
    for (int v : m_view->visibleVersions())
        QCOMPARE(
            m_view->cellRect(0, v).height(), m_view->cellRect(0, m_view->visibleVersions().first()).height());
}

QTEST_MAIN(TestSideBySideView)
#include "tst_sidebysideview.moc"
