// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfixture.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "present/comparisonmodel.h"
#include "quotespanel.h"
#include "sidebysideview.h"
#include "sourceview.h"
#include "testpaths.h"
#include "versionspanel.h"

#include "load/articleloader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The bundled sample, or this test's own small story where the sample is not there yet.
QString sampleDir()
{
    const QString sample = QStringLiteral(PARALLAX_SAMPLE_DIR);
    if (!QDir(sample).entryList(QDir::Files).isEmpty())
        return sample;
    return QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window"_s;
}

int articleFileCount(const QString &dir)
{
    int n = 0;
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        n += ArticleLoader::isArticleFile(name) ? 1 : 0;
    return n;
}

QString windowData(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window/"_s + name;
}

bool sendDrop(QWidget *target, QMimeData *mime)
{
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// A long story with one quotation far down, for the quote panel to scroll to.
Comparison storyWithDistantQuote()
{
    Comparison c = Fixture::generatedStory(4, 300);
    QuoteGroup group;
    group.speaker = u"a spokeswoman"_s;
    group.reference = 0;
    const QString words = c.versions.at(0).sentenceText(250).left(20);
    group.variants = { Fixture::makeQuote(c, 0, 250, words, QuoteFidelity::Exact),
        Fixture::makeQuote(c, 1, 250, words, QuoteFidelity::Exact),
        Fixture::makeQuote(c, 2, 250, words, QuoteFidelity::Altered, { { u"a"_s, u"b"_s } }),
        Fixture::makeQuote(c, 3, 250, words, QuoteFidelity::Exact) };
    c.quotes = { group };
    return c;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSample();
    void modelPassesTheTesterWhileLoadingAndSwitchingBase();
    void droppingFilesComparesThemAndDroppingMoreAddsVersions();
    void droppingHtmlTextAddsANamedVersion();
    void droppingPlainTextWithoutSource();
    void nextAndPreviousChangeActions();
    void hidingCosmeticChangesRepaintsOnlyCosmeticCells();
    void baseSwitchFromTheVersionsPanel();
    void clickingAQuoteScrollsToIt();
    void quotesPanelFiltersAndFollowsTheView();
    void unreadableFilesAreListedAndTheRestCompared();
    void nothingOrOneVersionIsSaidPlainly();
    void aFileChangedOnDiskIsReloaded();
    void findSearchesAllVersions();
    void selectingASentenceShowsItInTheSource();
    void exportPdfReportsItsOutcome();
    void themeChoicePersists();
    void openedFoldersAreRemembered();
    void aNewerRequestReplacesAnOlderOne();

private:
    std::unique_ptr<MainWindow> m_window;
    bool openAndWait(const QStringList &paths);
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ParallaxTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

bool TestMainWindow::openAndWait(const QStringList &paths)
{
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->openPaths(paths);
    return shown.wait(60000);
}

void TestMainWindow::opensTheSample()
{
    const QString dir = sampleDir();
    QVERIFY(openAndWait({ dir }));
    ComparisonModel *model = m_window->model();
    QCOMPARE(model->columnCount(), articleFileCount(dir));
    QVERIFY(model->rowCount() > 3);
    QVERIFY(!m_window->isBusy());
    // The title names the story, and every version has a column with its name in the header.
    QVERIFY2(m_window->windowTitle().contains(
                 model->comparison().title.isEmpty() ? QFileInfo(dir).fileName() : model->comparison().title),
        qPrintable(m_window->windowTitle()));
    QCOMPARE(m_window->view()->visibleVersions().size(), model->columnCount());
    QCOMPARE(m_window->view()->header()->count(), model->columnCount());
    QCOMPARE(m_window->versionsPanel()->table()->rowCount(), model->columnCount());
    // Something is painted in the first displayed row.
    int firstRow = 0;
    while (!m_window->view()->isRowDisplayed(firstRow))
        ++firstRow;
    QVERIFY(m_window->view()->cellRect(firstRow, 0).height() > 0);
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestMainWindow::modelPassesTheTesterWhileLoadingAndSwitchingBase()
{
    QAbstractItemModelTester tester(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openAndWait({ sampleDir() }));
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->setBaseVersion(1);
    QVERIFY(shown.wait(60000));
    m_window->showComparison(Fixture::councilStory());
    QCOMPARE(m_window->model()->rowCount(), 8);
}

void TestMainWindow::droppingFilesComparesThemAndDroppingMoreAddsVersions()
{
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    QMimeData files;
    files.setUrls({ QUrl::fromLocalFile(windowData(u"a-wire.txt"_s)),
        QUrl::fromLocalFile(windowData(u"b-daily.txt"_s)) });
    QVERIFY(sendDrop(m_window.get(), &files));
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_window->model()->columnCount(), 2);

    QMimeData more;
    more.setUrls({ QUrl::fromLocalFile(windowData(u"c-herald.txt"_s)) });
    QVERIFY(sendDrop(m_window.get(), &more));
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_window->model()->columnCount(), 3);
    QStringList paths;
    for (const Version &v : m_window->model()->comparison().versions)
        paths.append(QFileInfo(v.path).fileName());
    paths.sort();
    QCOMPARE(paths, QStringList({ u"a-wire.txt"_s, u"b-daily.txt"_s, u"c-herald.txt"_s }));
}

void TestMainWindow::droppingHtmlTextAddsANamedVersion()
{
    QVERIFY(openAndWait({ windowData(u"a-wire.txt"_s), windowData(u"b-daily.txt"_s) }));
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    QMimeData html;
    html.setHtml(u"<meta charset='utf-8'><h1>Ferry is back</h1><p>The harbour ferry between Northpoint and "
                 "Gull Island will run again on Monday after six weeks of repairs.</p><p>Repairs cost about "
                 "180,000 dollars, the transport office said.</p>"_s);
    html.setText(u"Ferry is back"_s);
    // Firefox names the page a selection was dragged from in UTF-16.
    const QString page = u"https://www.islandnews.example/2026/ferry-is-back.html"_s;
    html.setData(
        u"text/x-moz-url-priv"_s, QByteArray(reinterpret_cast<const char *>(page.utf16()), page.size() * 2));
    QVERIFY(sendDrop(m_window.get(), &html));
    QVERIFY(shown.wait(60000));
    const Comparison &c = m_window->model()->comparison();
    QCOMPARE(c.versions.size(), 3);
    const auto dropped = std::find_if(c.versions.begin(), c.versions.end(),
        [](const Version &v) { return v.name == u"islandnews.example/2026/ferry-is-back"_s; });
    QVERIFY2(dropped != c.versions.end(), qPrintable(c.versions.last().name));
    QVERIFY(dropped->text.contains(u"Gull Island"_s));
    QVERIFY(!dropped->text.contains(u"<p>"_s));
}

void TestMainWindow::droppingPlainTextWithoutSource()
{
    QVERIFY(openAndWait({ windowData(u"a-wire.txt"_s), windowData(u"b-daily.txt"_s) }));
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    QMimeData text;
    text.setText(u"The harbour ferry between Northpoint and Gull Island will run again on Monday."_s);
    QVERIFY(sendDrop(m_window.get(), &text));
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_window->model()->columnCount(), 3);
    QCOMPARE(m_window->model()->comparison().versions.last().name, u"Dropped text 1"_s);
}

void TestMainWindow::nextAndPreviousChangeActions()
{
    m_window->showComparison(Fixture::councilStory());
    SideBySideView *view = m_window->view();
    ComparisonModel *model = m_window->model();
    action(u"nextChange"_s)->trigger();
    QCOMPARE(view->currentIndex(), model->index(0, 2));
    action(u"nextChange"_s)->trigger();
    QCOMPARE(view->currentIndex(), model->index(1, 1));
    // Selecting a change says what it is.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"seven to two → 7-2"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
    action(u"previousChange"_s)->trigger();
    QCOMPARE(view->currentIndex(), model->index(0, 2));
    action(u"previousChange"_s)->trigger();
    QCOMPARE(view->currentIndex(), model->index(0, 2));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"No further"_s));
    action(u"nextSubstantive"_s)->trigger();
    QCOMPARE(view->currentIndex(), model->index(3, 2));
    action(u"nextQuoteDivergence"_s)->trigger();
    QCOMPARE(view->currentIndex(), model->index(3, 2)); // the only one is above
    action(u"previousQuoteDivergence"_s)->trigger();
    QCOMPARE(view->currentIndex(), model->index(2, 1));
}

void TestMainWindow::hidingCosmeticChangesRepaintsOnlyCosmeticCells()
{
    m_window->showComparison(Fixture::councilStory());
    SideBySideView *view = m_window->view();
    auto cellImage = [view](int row, int version) {
        return view->viewport()->grab(view->cellRect(row, version)).toImage();
    };
    const QImage spellingBefore = cellImage(0, 2);
    const QImage wordingBefore = cellImage(1, 1);
    QAction *hide = action(u"hideCosmetic"_s);
    QVERIFY(hide->isCheckable());
    hide->trigger();
    QVERIFY(m_window->model()->isCosmeticHidden());
    QVERIFY(cellImage(0, 2) != spellingBefore); // the spelling highlight is gone
    QCOMPARE(cellImage(1, 1), wordingBefore); // the wording highlight stays
    action(u"nextChange"_s)->trigger();
    QCOMPARE(view->currentIndex(), m_window->model()->index(1, 1));
    hide->trigger();
    QCOMPARE(cellImage(0, 2), spellingBefore);
}

void TestMainWindow::baseSwitchFromTheVersionsPanel()
{
    QVERIFY(openAndWait({ sampleDir() }));
    const int before = m_window->model()->comparison().base;
    const int wanted = before == 2 ? 1 : 2;
    QTableWidget *table = m_window->versionsPanel()->table();
    m_window->findChild<QDockWidget *>(u"VersionsDock"_s)->raise();
    QTRY_VERIFY(table->isVisible());
    const QRect cell = table->visualItemRect(table->item(wanted, 0));
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    // A double click is a press and release followed by a double-click event.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(shown.wait(60000));
    const Comparison &c = m_window->model()->comparison();
    QCOMPARE(c.base, wanted);
    QVERIFY(m_window->model()->headerData(wanted, Qt::Horizontal).toString().contains(u"(base)"_s));
    QVERIFY(!m_window->model()->headerData(before, Qt::Horizontal).toString().contains(u"(base)"_s));
    // The base column shows no changes of its own.
    for (const Change &change : c.changes)
        QVERIFY(change.version != wanted);
}

void TestMainWindow::clickingAQuoteScrollsToIt()
{
    m_window->showComparison(storyWithDistantQuote());
    SideBySideView *view = m_window->view();
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY(view->cellRect(250, 2).top() > view->viewport()->height());
    QuotesPanel *panel = m_window->quotesPanel();
    QTRY_VERIFY(panel->tree()->isVisible());
    QCOMPARE(panel->itemFor(0, -1)->text(1), u"1 altered"_s);
    QTreeWidgetItem *item = panel->itemFor(0, 2);
    QVERIFY(item);
    QCOMPARE(item->text(1), u"altered"_s);
    panel->tree()->scrollToItem(item);
    QTest::mouseClick(
        panel->tree()->viewport(), Qt::LeftButton, {}, panel->tree()->visualItemRect(item).center());
    QCOMPARE(view->currentIndex(), m_window->model()->index(250, 2));
    QVERIFY(view->verticalScrollBar()->value() > 0);
    const QRect rect = view->cellRect(250, 2);
    QVERIFY(rect.top() >= 0);
    QVERIFY(rect.bottom() <= view->viewport()->height());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"altered"_s));
}

// Groups are one line with a verdict; "words differ" leaves out a quotation some outlet merely lacks;
// F7 to a divergence selects it in the panel, whose pane shows every outlet's words in full.
void TestMainWindow::quotesPanelFiltersAndFollowsTheView()
{
    Comparison c = Fixture::councilStory();
    QuoteGroup lacking;
    lacking.speaker = u"a critic"_s;
    lacking.reference = 0;
    const QString words = u"ignores housing"_s;
    lacking.variants = { Fixture::makeQuote(c, 0, 5, words, QuoteFidelity::Exact),
        Fixture::makeQuote(c, 1, 5, words, QuoteFidelity::Exact),
        Fixture::makeQuote(c, 2, -1, QString(), QuoteFidelity::Absent) };
    c.quotes.append(lacking);
    m_window->showComparison(c);
    QuotesPanel *panel = m_window->quotesPanel();
    QTRY_VERIFY(panel->tree()->isVisible());
    QCOMPARE(panel->itemFor(0, -1)->text(1), u"1 altered"_s);
    QCOMPARE(panel->itemFor(1, -1)->text(1), u"1 absent"_s);
    QVERIFY(!panel->itemFor(0, -1)->isExpanded());
    panel->setFilter(QuotesPanel::Filter::WordsDiffer);
    QVERIFY(panel->itemFor(0, -1));
    QVERIFY(!panel->itemFor(1, -1));
    panel->setFilter(QuotesPanel::Filter::Absent);
    QVERIFY(!panel->itemFor(0, -1));
    QVERIFY(panel->itemFor(1, -1));
    panel->setFilter(QuotesPanel::Filter::All);
    SideBySideView *view = m_window->view();
    view->setCurrentIndex({});
    QVERIFY(view->goToQuoteDivergence(true));
    QCOMPARE(view->currentIndex(), m_window->model()->index(2, 1));
    QCOMPARE(panel->tree()->currentItem(), panel->itemFor(0, 1));
    QVERIFY(panel->itemFor(0, -1)->isExpanded());
    const QString details = panel->details()->toPlainText();
    QVERIFY2(details.contains(u"We have reached the agreement on the essentials,"_s), qPrintable(details));
    QVERIFY(details.contains(u"Herald"_s));
}

void TestMainWindow::unreadableFilesAreListedAndTheRestCompared()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"gone-missing.html"_s);
    QVERIFY(openAndWait({ windowData(u"a-wire.txt"_s), windowData(u"b-daily.txt"_s), missing }));
    QCOMPARE(m_window->model()->columnCount(), 2);
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY2(m_window->messageBar()->text().contains(u"gone-missing.html"_s),
        qPrintable(m_window->messageBar()->text()));
}

// An empty folder or a missing path compares nothing, and one version is no comparison: the message says
// so instead of "the others are compared" or nothing at all. File names print their escapes.
void TestMainWindow::nothingOrOneVersionIsSaidPlainly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = dir.filePath(u"empty-folder"_s);
    QVERIFY(QDir().mkdir(empty));
    for (const QStringList &paths : { QStringList { empty }, QStringList { dir.filePath(u"gone.txt"_s) } }) {
        QVERIFY(openAndWait(paths));
        QCOMPARE(m_window->model()->columnCount(), 0);
        QVERIFY(m_window->messageBar()->isVisible());
        const QString text = m_window->messageBar()->text();
        QVERIFY2(text.contains(u"nothing was compared"_s, Qt::CaseInsensitive)
                && !text.contains(u"the others are compared"_s),
            qPrintable(text));
        // It names what was opened: the folder with nothing readable in it, or the missing path.
        QVERIFY2(text.contains(u"No readable versions in "_s + QFileInfo(paths.first()).absoluteFilePath()),
            qPrintable(text));
    }
    QVERIFY(openAndWait({ windowData(u"a-wire.txt"_s) }));
    QCOMPARE(m_window->model()->columnCount(), 1);
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY2(m_window->messageBar()->text().contains(u"one version is not a comparison"_s),
        qPrintable(m_window->messageBar()->text()));

    const QString escape = dir.filePath(u"red\x1b[31m.txt"_s);
    QFile file(escape);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(openAndWait({ windowData(u"a-wire.txt"_s), windowData(u"b-daily.txt"_s), escape }));
    const QString text = m_window->messageBar()->text();
    QVERIFY2(text.contains(u"red\\x1B[31m.txt"_s) && !text.contains(QChar(0x1b)), qPrintable(text));
    QVERIFY2(text.contains(u"could not be read"_s), qPrintable(text));
}

void TestMainWindow::aFileChangedOnDiskIsReloaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : { u"a-wire.txt"_s, u"b-daily.txt"_s })
        QVERIFY(QFile::copy(windowData(name), dir.filePath(name)));
    QVERIFY(openAndWait({ dir.path() }));
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    {
        QFile f(dir.filePath(u"b-daily.txt"_s));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n\nA late correction was added to this story.\n");
    }
    QVERIFY(shown.wait(10000));
    const Comparison &c = m_window->model()->comparison();
    const bool found = std::any_of(c.versions.begin(), c.versions.end(),
        [](const Version &v) { return v.text.contains(u"late correction"_s); });
    QVERIFY(found);
}

void TestMainWindow::findSearchesAllVersions()
{
    m_window->showComparison(Fixture::councilStory());
    action(u"find"_s)->trigger();
    auto *field = m_window->findChild<QLineEdit *>();
    QVERIFY(field && field->isVisible());
    QTest::keyClicks(field, u"fourteen"_s);
    QCOMPARE(m_window->view()->currentIndex(), m_window->model()->index(3, 2));
    QCOMPARE(m_window->view()->searchMatchCount(), 1);
}

void TestMainWindow::selectingASentenceShowsItInTheSource()
{
    QVERIFY(openAndWait({ windowData(u"a-wire.txt"_s), windowData(u"c-herald.txt"_s) }));
    m_window->findChild<QDockWidget *>(u"SourceDock"_s)->raise();
    QPlainTextEdit *editor = m_window->sourceView()->editor();
    QTRY_VERIFY(editor->isVisible());
    ComparisonModel *model = m_window->model();
    int row = 0;
    while (row < model->rowCount() && !model->cellText(row, 1).contains(u"water taxi"_s))
        ++row;
    QVERIFY(row < model->rowCount());
    m_window->view()->setCurrentIndex(model->index(row, 1));
    QVERIFY(editor->toPlainText().contains(u"Islanders had relied"_s));
    QVERIFY2(editor->textCursor().selectedText().startsWith(u"Islanders had relied"_s),
        qPrintable(editor->textCursor().selectedText()));
    // After a base switch the view keeps the reader's cell, and the source panel still shows its source.
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->setBaseVersion(model->comparison().base == 0 ? 1 : 0);
    QVERIFY(shown.wait(60000));
    const QModelIndex kept = m_window->view()->currentIndex();
    QCOMPARE(kept.column(), 1);
    QVERIFY(model->cellText(kept.row(), 1).contains(u"water taxi"_s));
    QVERIFY(editor->toPlainText().contains(u"Islanders had relied"_s));
    QVERIFY(editor->textCursor().selectedText().startsWith(u"Islanders had relied"_s));
}

void TestMainWindow::exportPdfReportsItsOutcome()
{
    m_window->showComparison(Fixture::councilStory());
    m_window->view()->setVersionHidden(1, true);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"story.pdf"_s);
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    m_window->exportPdf(file);
    QVERIFY(finished.wait(60000));
    const bool ok = finished.first().at(0).toBool();
    if (ok) {
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    } else {
        // A failure is never silent: the reason is on screen.
        const QString error = finished.first().at(1).toString();
        QVERIFY(!error.isEmpty());
        QVERIFY(m_window->messageBar()->isVisible());
        QVERIFY(m_window->messageBar()->text().contains(error.toHtmlEscaped()));
    }
}

// View > Colour Scheme sets the whole application palette (menus, status bar, panels), the reading
// colours follow it, and the choice is kept.
void TestMainWindow::themeChoicePersists()
{
    const auto schemeAction = [this](const QString &id) -> QAction * {
        auto *menu = m_window->findChild<QMenu *>(u"colorSchemeMenu"_s);
        for (QAction *a : menu ? menu->actions() : QList<QAction *>()) {
            if (a->isCheckable() && a->data().toString() == id)
                return a;
        }
        return nullptr;
    };
    const auto isDark
        = [](const QWidget *w) { return w->palette().color(QPalette::Window).lightness() < 128; };
    QAction *dark = schemeAction(u"ParallaxDark"_s);
    QVERIFY(dark);
    QVERIFY(dark->isEnabled()); // the bundled scheme was found by KColorSchemeManager
    QVERIFY(!isDark(m_window->statusBar()));
    dark->trigger();
    // Widgets take the new application palette as its change event reaches them.
    QTRY_VERIFY(isDark(m_window->statusBar()));
    QVERIFY(isDark(m_window->menuBar()));
    QVERIFY(isDark(m_window->findChild<QDockWidget *>(u"QuotesDock"_s)));
    QVERIFY(m_window->view()->colors().isDark());
    // The source panel takes the scheme's syntax theme when it is shown (the repository of themes is
    // read only then).
    m_window->findChild<QDockWidget *>(u"SourceDock"_s)->raise();
    QTRY_VERIFY(m_window->sourceView()->editor()->palette().color(QPalette::Base).lightness() < 128);
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->view()->colors().isDark());
    QVERIFY(schemeAction(u"ParallaxDark"_s)->isChecked());
    QAction *light = schemeAction(u"ParallaxLight"_s);
    QVERIFY(light);
    light->trigger();
    QTRY_VERIFY(!isDark(m_window->statusBar()));
    QVERIFY(!m_window->view()->colors().isDark());
    QAction *system = schemeAction(QString());
    QVERIFY(system);
    system->trigger();
    QCOMPARE(QSettings().value(u"colorScheme"_s).toString(), QString());
}

void TestMainWindow::openedFoldersAreRemembered()
{
    const QString dir = QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window"_s;
    QVERIFY(openAndWait({ dir }));
    m_window = std::make_unique<MainWindow>();
    auto *recent = m_window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    QList<QAction *> entries = recent->actions();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first()->text(), QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath()));
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    entries.first()->trigger();
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_window->model()->columnCount(), 3);
}

void TestMainWindow::aNewerRequestReplacesAnOlderOne()
{
    QSignalSpy shown(m_window.get(), &MainWindow::comparisonShown);
    m_window->openPaths({ sampleDir() });
    m_window->openPaths({ windowData(u"a-wire.txt"_s), windowData(u"c-herald.txt"_s) });
    QVERIFY(shown.wait(60000));
    // Whatever the first request produced in the meantime is dropped, never shown after the second.
    QTest::qWait(500);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(m_window->model()->columnCount(), 2);
    QVERIFY(!m_window->isBusy());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
