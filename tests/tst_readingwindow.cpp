// SPDX-License-Identifier: GPL-3.0-or-later
// The reading window as a new reader meets it: the legend, the base first and explained, versions
// renamed in place and kept per folder, a status bar and panels that keep their size.
#include "legendpanel.h"
#include "mainwindow.h"
#include "present/comparisonmodel.h"
#include "present/legend.h"
#include "sidebysideview.h"
#include "testpaths.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
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
    void theWindowAndTheCommandLineWriteOneReport();
    void theFrozenBaseIsRenamedInPlace();

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
    // As the program starts: the English plural forms ("7 changes are numbered") come from a translation.
    Translations::install(QLocale(u"en"_s));
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

// One default for both: the window's PDF at its defaults is the PDF `parallax compare --pdf` writes, page
// for page and word for word, and the command line's JSON names the versions as the window does.
void TestReadingWindow::theWindowAndTheCommandLineWriteOneReport()
{
    const QString binary = qEnvironmentVariable("PARALLAX_BINARY");
    if (binary.isEmpty() || QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("needs the parallax binary (PARALLAX_BINARY) and pdftotext (poppler-utils)");
    QTemporaryDir dir;
    QTemporaryDir out;
    QVERIFY(makeFolder(dir));
    // A fourth copy with a wire credit in its dateline: named by it in both.
    QFile wire(windowData(u"a-wire.txt"_s));
    QVERIFY(wire.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(wire.readAll());
    text.replace(u"The harbour ferry between"_s, u"NORTHPOINT (Reuters) — The harbour ferry between"_s);
    QFile agency(dir.filePath(u"d-agency.txt"_s));
    QVERIFY(agency.open(QIODevice::WriteOnly));
    agency.write(text.toUtf8());
    agency.close();
    QVERIFY(openAndWait({ dir.path() }));
    const Comparison &c = m_window->model()->comparison();
    // Cosmetic changes are what the two defaults disagreed on.
    QVERIFY(std::any_of(
        c.changes.cbegin(), c.changes.cend(), [](const Change &x) { return isCosmetic(x.kind); }));

    const QString windowPdf = out.filePath(u"window.pdf"_s);
    QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
    m_window->exportPdf(windowPdf);
    QVERIFY(exported.wait(60000));
    QVERIFY(exported.first().at(0).toBool());

    const QString cliPdf = out.filePath(u"cli.pdf"_s);
    const QString cliJson = out.filePath(u"cli.json"_s);
    QProcess cli;
    cli.start(binary, { u"compare"_s, u"--pdf"_s, cliPdf, u"--json"_s, cliJson, dir.path() });
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);

    auto textOf = [](const QString &pdf) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
        pdftotext.waitForFinished(60000);
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f');
    };
    const QStringList windowPages = textOf(windowPdf);
    const QStringList cliPages = textOf(cliPdf);
    QVERIFY(windowPages.size() > 1);
    QCOMPARE(windowPages.size(), cliPages.size());
    // Line by line, so that a difference shows where it is.
    for (qsizetype i = 0; i < windowPages.size(); ++i) {
        const QStringList windowLines = windowPages.at(i).split(u'\n');
        const QStringList cliLines = cliPages.at(i).split(u'\n');
        for (qsizetype l = 0; l < std::min(windowLines.size(), cliLines.size()); ++l)
            QCOMPARE(windowLines.at(l).simplified(), cliLines.at(l).simplified());
        QCOMPARE(windowLines.size(), cliLines.size());
    }

    QFile json(cliJson);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray versions
        = QJsonDocument::fromJson(json.readAll()).object().value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), c.versions.size());
    bool credited = false;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QString name = versions.at(i).toObject().value(u"name"_s).toString();
        QCOMPARE(name, c.versions.at(i).name);
        credited = credited || name != QFileInfo(c.versions.at(i).path).completeBaseName();
    }
    // Some version is named by its credit line, not its file name: the naming is not a no-op.
    QVERIFY(credited);

    // Numbering cosmetic changes is a choice the window offers and the dialog names.
    auto *number = m_window->findChild<QAction *>(u"numberCosmetic"_s);
    QVERIFY(number);
    QVERIFY(!number->isChecked());
    number->setChecked(true);
    const QString numberedPdf = out.filePath(u"numbered.pdf"_s);
    exported.clear();
    m_window->exportPdf(numberedPdf);
    QVERIFY(exported.wait(60000));
    QVERIFY(textOf(numberedPdf) != windowPages);
}

// The base's header stands over the others while they scroll: a double click there renames the base.
void TestReadingWindow::theFrozenBaseIsRenamedInPlace()
{
    QTemporaryDir dir;
    QVERIFY(makeFolder(dir));
    m_window->resize(700, 700);
    QVERIFY(openAndWait({ dir.path() }));
    SideBySideView *view = m_window->view();
    const int base = m_window->model()->comparison().base;
    QCOMPARE(view->frozenVersion(), base);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    QHeaderView *frozen = view->frozenHeader();
    QVERIFY(frozen->isVisible());
    QTest::mouseDClick(frozen->viewport(), Qt::LeftButton, {}, QPoint(20, frozen->height() / 2));
    QLineEdit *editor = frozen->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->geometry().left(), 0);
    editor->setText(u"Harbour Wire"_s);
    QVERIFY(waitShown([&] { QTest::keyClick(editor, Qt::Key_Return); }));
    QCOMPARE(m_window->model()->comparison().versions.at(m_window->model()->comparison().base).name,
        u"Harbour Wire"_s);
}

QTEST_MAIN(TestReadingWindow)
#include "tst_readingwindow.moc"
