// SPDX-License-Identifier: GPL-3.0-or-later
// The reading window as a new reader meets it: the legend, the base first and explained, versions
// renamed in place and kept per folder, a status bar and panels that keep their size.
#include "legendpanel.h"
#include "mainwindow.h"
#include "present/comparisonmodel.h"
#include "present/legend.h"
#include "sidebysideview.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

QString windowData(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window/"_s + name;
}

// A folder of the three window test versions, one of them under a very long file name.
bool makeFolder(const QTemporaryDir &dir, const QString &longName = {})
{
    return QFile::copy(
               windowData(u"a-wire.txt"_s), dir.filePath(longName.isEmpty() ? u"a-wire.txt"_s : longName))
        && QFile::copy(windowData(u"b-daily.txt"_s), dir.filePath(u"b-daily.txt"_s))
        && QFile::copy(windowData(u"c-herald.txt"_s), dir.filePath(u"c-herald.txt"_s));
}

} // namespace

class TestReadingWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theLegendIsInTheWindow();
    void theBaseComesFirstAndSaysWhy();
    void versionsAreRenamedInPlace();
    void selectingKeepsTheLayout();

private:
    bool openAndWait(const QStringList &paths);
    bool waitShown(const std::function<void()> &action);
    QLabel *baseLabel() const { return m_window->findChild<QLabel *>(u"BaseLabel"_s); }
    std::unique_ptr<MainWindow> m_window;
};

void TestReadingWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ParallaxTest"_s);
    QCoreApplication::setApplicationName(u"tst_readingwindow"_s);
}

void TestReadingWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReadingWindow::cleanup()
{
    m_window.reset();
}

bool TestReadingWindow::waitShown(const std::function<void()> &action)
{
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    action();
    return !shown.isEmpty() || shown.wait(60000);
}

bool TestReadingWindow::openAndWait(const QStringList &paths)
{
    return waitShown([&] { m_window->openPaths(paths); });
}

void TestReadingWindow::theLegendIsInTheWindow()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"LegendDock"_s);
    QVERIFY(dock);
    auto *legend = qobject_cast<LegendPanel *>(dock->widget());
    QVERIFY(legend);
    // The report's entries, in the report's words, and what only the window shows.
    const QList<LegendEntry> shared = changeLegend(ChangeColors::forPrint(), {});
    QCOMPARE(legend->texts().size(), shared.size() + 2);
    for (const LegendEntry &entry : shared)
        QVERIFY2(legend->texts().contains(entry.text), qPrintable(entry.text));
    QVERIFY(legend->texts().join(u' ').contains(u"Overview strip"_s));
    // Boilerplate shown or left out changes its entry.
    const QString before = legend->texts().last();
    QVERIFY(legend->texts().join(u' ').contains(u"left out"_s));
    legend->setBoilerplateShown(true);
    QVERIFY(!legend->texts().join(u' ').contains(u"left out"_s));
    QCOMPARE(legend->texts().last(), before);

    // Help > Legend (F1) and the status bar button bring it up.
    dock->hide();
    QAction *show = dock->toggleViewAction();
    QCOMPARE(show->shortcut(), QKeySequence(QKeySequence::HelpContents));
    show->trigger();
    QVERIFY(dock->isVisible());
}

void TestReadingWindow::theBaseComesFirstAndSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir));
    QVERIFY(openAndWait({ dir.path() }));
    SideBySideView *view = m_window->view();
    const Comparison &c = m_window->model()->comparison();
    QCOMPARE(view->visibleVersions().first(), c.base);
    QVERIFY2(baseLabel()->text().contains(u"most central"_s), qPrintable(baseLabel()->text()));
    QVERIFY(baseLabel()->toolTip().contains(u"shares most sentences"_s));

    // Selecting a sentence of another version: the base's marks are that version's changes, and the
    // base label says so.
    const int other = view->visibleVersions().last();
    view->setCurrentIndex(m_window->model()->index(0, other));
    QVERIFY2(baseLabel()->text().contains(m_window->model()->comparison().versions.at(other).name),
        qPrintable(baseLabel()->text()));

    // Reading further down, then another base: it moves to the first column and reading starts at the top.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    const QString wantedKey = m_window->model()->versionKey(other);
    QVERIFY(waitShown([&] { m_window->setBaseVersion(other); }));
    const int base = m_window->model()->comparison().base;
    QCOMPARE(m_window->model()->versionKey(base), wantedKey);
    QCOMPARE(view->visibleVersions().first(), base);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY2(baseLabel()->text().contains(u"your choice"_s), qPrintable(baseLabel()->text()));

    // The reader's own order survives a reload with the same base.
    view->moveVersion(base, 2);
    QVERIFY(waitShown([&] { m_window->reload(); }));
    QCOMPARE(view->visibleVersions().at(2), m_window->model()->comparison().base);
}

void TestReadingWindow::versionsAreRenamedInPlace()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir));
    QVERIFY(openAndWait({ dir.path() }));
    SideBySideView *view = m_window->view();
    const int version = view->visibleVersions().last();
    const QString key = m_window->model()->versionKey(version);
    view->setCurrentIndex(m_window->model()->index(0, version));

    // F2 opens an editor over the column's header, holding the name.
    QAction *rename = nullptr;
    for (QAction *a : m_window->actions())
        if (a->shortcut() == QKeySequence(Qt::Key_F2))
            rename = a;
    QVERIFY(rename);
    rename->trigger();
    auto *editor = view->header()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), m_window->model()->comparison().versions.at(version).name);
    // Escape keeps the old name.
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!view->header()->viewport()->findChild<QLineEdit *>()
        || !view->header()->viewport()->findChild<QLineEdit *>()->isVisible());

    // A double click on the header, a new name, Enter: the header, the model (and so the reports) use it.
    const QRect section(view->header()->sectionViewportPosition(version), 0,
        view->header()->sectionSize(version), view->header()->height());
    QTest::mouseDClick(view->header()->viewport(), Qt::LeftButton, {}, section.center());
    editor = nullptr;
    for (QLineEdit *e : view->header()->viewport()->findChildren<QLineEdit *>())
        if (e->isVisible())
            editor = e;
    QVERIFY(editor);
    editor->setText(u"Gull Island Gazette"_s);
    QVERIFY(waitShown([&] { QTest::keyClick(editor, Qt::Key_Return); }));
    const int renamed = m_window->model()->versionForKey(key);
    QCOMPARE(m_window->model()->comparison().versions.at(renamed).name, u"Gull Island Gazette"_s);
    QVERIFY(
        m_window->model()->headerData(renamed, Qt::Horizontal).toString().contains(u"Gull Island Gazette"_s));

    // The folder keeps the name for the next window.
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait({ dir.path() }));
    QCOMPARE(m_window->model()->comparison().versions.at(m_window->model()->versionForKey(key)).name,
        u"Gull Island Gazette"_s);
}

void TestReadingWindow::selectingKeepsTheLayout()
{
    QTemporaryDir dir;
    const QString longName
        = u"a-very-long-file-name-that-goes-on-and-on-about-the-harbour-ferry-and-its-repairs-after-the-storm.txt"_s;
    QVERIFY(makeFolder(dir, longName));
    QVERIFY(openAndWait({ dir.path() }));
    auto *sourceDock = m_window->findChild<QDockWidget *>(u"SourceDock"_s);
    QVERIFY(sourceDock);
    sourceDock->show();
    sourceDock->raise();
    QApplication::processEvents();
    SideBySideView *view = m_window->view();
    const int viewWidth = view->width();
    const int dockWidth = sourceDock->width();
    // Every version's cell in turn, the long-named one among them: nothing changes width.
    for (int version : view->visibleVersions()) {
        view->setCurrentIndex(m_window->model()->index(1, version));
        QApplication::processEvents();
        QCOMPARE(sourceDock->width(), dockWidth);
        QCOMPARE(view->width(), viewWidth);
        // The status bar's message fits beside the permanent widgets.
        QStatusBar *bar = m_window->statusBar();
        const int messageWidth = bar->fontMetrics().horizontalAdvance(bar->currentMessage());
        QVERIFY2(messageWidth <= bar->width() - baseLabel()->width(), qPrintable(bar->currentMessage()));
    }
}

QTEST_MAIN(TestReadingWindow)
#include "tst_readingwindow.moc"
