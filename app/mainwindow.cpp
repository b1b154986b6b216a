// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "findbar.h"
#include "languagemenu.h"
#include "messagebar.h"
#include "overviewstrip.h"
#include "progressindicator.h"
#include "quotespanel.h"
#include "sidebysideview.h"
#include "sourceview.h"
#include "versionspanel.h"

#include "compare/comparator.h"
#include "load/articleloader.h"
#include "present/changecolors.h"
#include "present/comparisonmodel.h"
#include "report/pdfexporter.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QStyleHints>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Started when the program starts (static initialisation), for the start-to-first-paint figure.
const QElapsedTimer &processClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}
[[maybe_unused]] const bool processClockStarted = processClock().isValid();

constexpr int MaxRecent = 10;

// What a comparison is made from: files and folders as given, and text dropped from other programs.
struct Inputs
{
    QStringList paths;
    QList<Version> dropped;
};

Comparison compareInputs(const Inputs &inputs, const CompareOptions &options)
{
    if (inputs.dropped.isEmpty())
        return compareFiles(inputs.paths, options);
    QList<LoadError> errors;
    QList<Version> versions;
    for (const QString &file : collectArticleFiles(inputs.paths, &errors)) {
        if (options.isCanceled && options.isCanceled())
            return {};
        QString error;
        if (auto v = ArticleLoader::loadFile(file, &error))
            versions.append(std::move(*v));
        else
            errors.append({ file, error });
    }
    versions.append(inputs.dropped);
    return compareVersions(std::move(versions), options, std::move(errors));
}

// A short display name for text dragged from a page: host and path, without the noise.
QString nameForUrl(const QUrl &url)
{
    QString host = url.host();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString &suffix : { u".html"_s, u".htm"_s, u".php"_s })
        if (path.endsWith(suffix))
            path.chop(suffix.size());
    QString name = host + path;
    if (name.size() > 60)
        name = name.left(59) + QChar(0x2026);
    return name.isEmpty() ? url.toString() : name;
}

// Browsers say where dragged text came from in different ways; the first that gives a web address wins.
QUrl sourceUrlOf(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile() && url.isValid() && !url.scheme().isEmpty())
            return url;
    }
    // Firefox: the page the selection was dragged from, in UTF-16.
    for (const QString &format : { u"text/x-moz-url-priv"_s, u"text/x-moz-url"_s }) {
        if (!mime->hasFormat(format))
            continue;
        const QByteArray data = mime->data(format);
        const bool utf16 = data.size() > 1 && data.at(1) == '\0';
        const QString text = utf16
            ? QString::fromUtf16(reinterpret_cast<const char16_t *>(data.constData()), data.size() / 2)
            : QString::fromUtf8(data);
        const QUrl url(text.section(u'\n', 0, 0).trimmed());
        if (url.isValid() && !url.scheme().isEmpty())
            return url;
    }
    // The clipboard HTML format of some platforms carries a SourceURL header.
    if (mime->hasHtml()) {
        const QString html = mime->html();
        const qsizetype at = html.indexOf(u"SourceURL:"_s);
        if (at >= 0) {
            const QUrl url(html.mid(at + 10).section(u'\n', 0, 0).trimmed());
            if (url.isValid())
                return url;
        }
    }
    return {};
}

QPalette paletteFromTheme(const KSyntaxHighlighting::Theme &theme)
{
    const QColor background
        = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QColor selection = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
    QPalette p;
    p.setColor(QPalette::Window, background.lighter(115));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::AlternateBase, background.lighter(110));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, background.lighter(125));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, selection);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::ToolTipBase, background.lighter(130));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, text.darker(150));
    p.setColor(QPalette::Disabled, QPalette::Text, text.darker(170));
    p.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(170));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(170));
    return p;
}

} // namespace

class MainWindow::Private
{
public:
    explicit Private(MainWindow *window)
        : q(window)
    { }

    void createWidgets();
    void createActions();
    void readSettings();
    void writeSettings() const;
    void setReadingFontSize(int points);
    void resizePanels();
    void setupDeveloperHooks();

    void startComparison(std::function<Comparison(CompareOptions)> work, const QString &label);
    void applyTheme();
    void onComparisonShown();
    void showLoadErrors();
    void updateSummary();
    void updateWatcher();
    void onWatchedChange();
    void rebuildVersionMenus();
    void rebuildRecentMenu();
    void addRecent(const QStringList &paths);
    void onCurrentChanged(const QModelIndex &index);
    void navigate(bool found, const QString &nothingLeft);
    void showVersionMenu(int version, const QPoint &globalPos);
    void showCellMenu(const QModelIndex &index, const QPoint &globalPos);
    bool handleDrop(const QMimeData *mime);
    void chooseExportFile();
    void openFolderDialog();
    void openFilesDialog();
    void addFilesDialog();

    MainWindow *q;
    KSyntaxHighlighting::Repository repository;
    ComparisonModel *model = nullptr;
    SideBySideView *view = nullptr;
    OverviewStrip *strip = nullptr;
    FindBar *findBar = nullptr;
    MessageBar *messageBar = nullptr;
    QuotesPanel *quotes = nullptr;
    VersionsPanel *versions = nullptr;
    SourceView *source = nullptr;
    QDockWidget *quotesDock = nullptr;
    QDockWidget *versionsDock = nullptr;
    QDockWidget *sourceDock = nullptr;
    ProgressIndicator *compareProgress = nullptr;
    ProgressIndicator *exportProgress = nullptr;
    QLabel *summary = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *versionsMenu = nullptr;
    QMenu *baseMenu = nullptr;
    QMenu *themeMenu = nullptr;
    QAction *hideCosmetic = nullptr;
    QAction *showBoilerplate = nullptr;
    QAction *exportAction = nullptr;
    QAction *reloadAction = nullptr;

    Inputs inputs;
    QString baseKey; // the base the user chose, kept across reloads
    QString themeName; // empty: follow the desktop
    bool themeFromEnvironment = false;
    int droppedCount = 0;
    int readingFontSize = 0; // points; 0 until read from the settings or the application font
    int generation = 0;
    QFutureWatcher<Comparison> *job = nullptr;
    QFutureWatcher<std::pair<bool, QString>> *exportJob = nullptr;
    QFileSystemWatcher watcher;
    QTimer reloadTimer;
    QStringList watchedArticleFiles;
    bool watchedFileChanged = false;
    QElapsedTimer jobClock;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Parallax"));
    setAcceptDrops(true);
    d->createWidgets();
    d->createActions();
    d->readSettings();
    d->setupDeveloperHooks();
    d->applyTheme();
    d->rebuildVersionMenus();
    d->updateSummary();

    d->reloadTimer.setSingleShot(true);
    // Editors save in several steps (write, rename); wait for the last one.
    d->reloadTimer.setInterval(400);
    connect(&d->reloadTimer, &QTimer::timeout, this, [this] { d->onWatchedChange(); });
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        d->watchedFileChanged = true;
        d->reloadTimer.start();
    });
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this, [this] { d->reloadTimer.start(); });
    connect(
        QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] { d->applyTheme(); });
}

MainWindow::~MainWindow()
{
    // Background work keeps its own copies of everything; ask it to stop early.
    if (d->job)
        d->job->cancel();
    if (d->exportJob)
        d->exportJob->cancel();
}

void MainWindow::Private::createWidgets()
{
    model = new ComparisonModel(q);
    view = new SideBySideView;
    view->setModel(model);
    strip = new OverviewStrip(view);
    findBar = new FindBar;
    findBar->hide();
    messageBar = new MessageBar;

    auto *central = new QWidget;
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(messageBar);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(view, 1);
    row->addWidget(strip);
    column->addLayout(row, 1);
    column->addWidget(findBar);
    q->setCentralWidget(central);

    quotes = new QuotesPanel;
    quotes->setModel(model);
    versions = new VersionsPanel;
    versions->setModel(model);
    source = new SourceView(&repository);

    quotesDock = new QDockWidget(tr("Quotes"), q);
    quotesDock->setObjectName(u"QuotesDock"_s);
    quotesDock->setWidget(quotes);
    versionsDock = new QDockWidget(tr("Versions"), q);
    versionsDock->setObjectName(u"VersionsDock"_s);
    versionsDock->setWidget(versions);
    sourceDock = new QDockWidget(tr("Source"), q);
    sourceDock->setObjectName(u"SourceDock"_s);
    sourceDock->setWidget(source);
    q->addDockWidget(Qt::RightDockWidgetArea, quotesDock);
    q->addDockWidget(Qt::RightDockWidgetArea, versionsDock);
    q->addDockWidget(Qt::RightDockWidgetArea, sourceDock);
    q->tabifyDockWidget(quotesDock, versionsDock);
    q->tabifyDockWidget(versionsDock, sourceDock);
    quotesDock->raise();

    compareProgress = new ProgressIndicator;
    exportProgress = new ProgressIndicator;
    summary = new QLabel;
    q->statusBar()->addPermanentWidget(compareProgress);
    q->statusBar()->addPermanentWidget(exportProgress);
    q->statusBar()->addPermanentWidget(summary);

    connect(view, &SideBySideView::currentIndexChanged, q,
        [this](const QModelIndex &index) { onCurrentChanged(index); });
    connect(view, &SideBySideView::spanActivated, q,
        [this](const QString &text) { q->statusBar()->showMessage(text); });
    connect(view, &SideBySideView::versionContextMenuRequested, q,
        [this](int version, const QPoint &pos) { showVersionMenu(version, pos); });
    connect(view, &SideBySideView::cellContextMenuRequested, q,
        [this](const QModelIndex &index, const QPoint &pos) { showCellMenu(index, pos); });
    connect(quotes, &QuotesPanel::variantActivated, q, [this](int group, int variant) {
        const int row = model->rowForQuoteVariant(group, variant);
        const int version = model->comparison().quotes.at(group).variants.at(variant).version;
        if (row >= 0)
            view->setCurrentIndex(model->index(row, version));
        q->statusBar()->showMessage(model->describeQuoteVariant(group, variant).replace(u'\n', u"; "_s));
    });
    connect(versions, &VersionsPanel::baseRequested, q, [this](int version) { q->setBaseVersion(version); });
    connect(versions, &VersionsPanel::versionActivated, q, [this](int version) {
        const int row = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
        if (row >= 0)
            view->setCurrentIndex(model->index(row, version));
        else if (view->isVersionHidden(version))
            view->setVersionHidden(version, false);
    });
    connect(findBar, &FindBar::textChanged, q, [this](const QString &text) {
        view->setSearchText(text);
        const bool found = !text.isEmpty() && view->findNext(true);
        findBar->setMatchCount(view->searchMatchCount(), found);
    });
    connect(findBar, &FindBar::findNext, q,
        [this] { findBar->setMatchCount(view->searchMatchCount(), view->findNext(true)); });
    connect(findBar, &FindBar::findPrevious, q,
        [this] { findBar->setMatchCount(view->searchMatchCount(), view->findNext(false)); });
    connect(findBar, &FindBar::closed, q, [this] {
        view->setSearchText({});
        view->setFocus();
    });
    connect(model, &QAbstractItemModel::modelReset, q, [this] { onComparisonShown(); });
}

void MainWindow::Private::createActions()
{
    auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, q);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        q->addAction(action);
        return action;
    };

    QMenu *file = q->menuBar()->addMenu(tr("&File"));
    QAction *openFolder = makeAction(u"openFolder"_s, tr("Open &Folder…"), QKeySequence::Open);
    openFolder->setIcon(QIcon::fromTheme(u"folder-open"_s));
    connect(openFolder, &QAction::triggered, q, [this] { openFolderDialog(); });
    QAction *openFiles = makeAction(u"openFiles"_s, tr("Open F&iles…"), QKeySequence(u"Ctrl+Shift+O"_s));
    connect(openFiles, &QAction::triggered, q, [this] { openFilesDialog(); });
    QAction *addFiles = makeAction(u"addVersions"_s, tr("&Add Versions…"));
    connect(addFiles, &QAction::triggered, q, [this] { addFilesDialog(); });
    file->addAction(openFolder);
    file->addAction(openFiles);
    recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(u"recentMenu"_s);
    file->addAction(addFiles);
    reloadAction = makeAction(u"reload"_s, tr("Re&load"), QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, q, &MainWindow::reload);
    file->addAction(reloadAction);
    file->addSeparator();
    exportAction = makeAction(u"exportPdf"_s, tr("&Export PDF…"), QKeySequence(u"Ctrl+E"_s));
    connect(exportAction, &QAction::triggered, q, [this] { chooseExportFile(); });
    file->addAction(exportAction);
    file->addSeparator();
    QAction *quit = makeAction(u"quit"_s, tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, q, &QWidget::close);
    file->addAction(quit);

    QMenu *edit = q->menuBar()->addMenu(tr("&Edit"));
    QAction *copy = makeAction(u"copySentence"_s, tr("&Copy Sentence"), QKeySequence::Copy);
    connect(copy, &QAction::triggered, q, [this] {
        const QModelIndex index = view->currentIndex();
        if (index.isValid())
            QGuiApplication::clipboard()->setText(model->cellText(index.row(), index.column()));
    });
    QAction *find = makeAction(u"find"_s, tr("&Find in All Versions…"), QKeySequence::Find);
    connect(find, &QAction::triggered, findBar, &FindBar::activate);
    QAction *findNext = makeAction(u"findNext"_s, tr("Find &Next"), QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, findBar, &FindBar::findNext);
    QAction *findPrevious = makeAction(u"findPrevious"_s, tr("Find Pre&vious"), QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, findBar, &FindBar::findPrevious);
    edit->addAction(copy);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(findNext);
    edit->addAction(findPrevious);

    QMenu *viewMenu = q->menuBar()->addMenu(tr("&View"));
    hideCosmetic = makeAction(u"hideCosmetic"_s, tr("Hide &Cosmetic Changes"), QKeySequence(u"Ctrl+K"_s));
    hideCosmetic->setCheckable(true);
    hideCosmetic->setToolTip(tr("Hide typography and spelling changes"));
    connect(hideCosmetic, &QAction::toggled, q, [this](bool on) {
        model->setCosmeticHidden(on);
        updateSummary();
    });
    showBoilerplate = makeAction(u"showBoilerplate"_s, tr("Show &Boilerplate"), QKeySequence(u"Ctrl+B"_s));
    showBoilerplate->setCheckable(true);
    showBoilerplate->setToolTip(tr("Show newsletter prompts, link lists and other page furniture"));
    connect(showBoilerplate, &QAction::toggled, view, &SideBySideView::setBoilerplateShown);
    viewMenu->addAction(hideCosmetic);
    viewMenu->addAction(showBoilerplate);
    viewMenu->addSeparator();
    QAction *larger = makeAction(u"largerText"_s, tr("&Larger Text"), QKeySequence::ZoomIn);
    connect(larger, &QAction::triggered, q, [this] { setReadingFontSize(readingFontSize + 1); });
    QAction *smaller = makeAction(u"smallerText"_s, tr("&Smaller Text"), QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, q, [this] { setReadingFontSize(readingFontSize - 1); });
    viewMenu->addAction(larger);
    viewMenu->addAction(smaller);
    viewMenu->addSeparator();
    versionsMenu = viewMenu->addMenu(tr("&Versions"));
    connect(versionsMenu, &QMenu::aboutToShow, q, [this] { rebuildVersionMenus(); });
    themeMenu = viewMenu->addMenu(tr("&Theme"));
    viewMenu->addMenu(new LanguageMenu(q));
    viewMenu->addSeparator();
    viewMenu->addAction(quotesDock->toggleViewAction());
    viewMenu->addAction(versionsDock->toggleViewAction());
    viewMenu->addAction(sourceDock->toggleViewAction());

    auto *themes = new QActionGroup(q);
    QAction *followDesktop = themeMenu->addAction(tr("Follow the Desktop"));
    followDesktop->setCheckable(true);
    followDesktop->setData(QString());
    themes->addAction(followDesktop);
    themeMenu->addSeparator();
    QList<KSyntaxHighlighting::Theme> all = repository.themes();
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.translatedName().localeAwareCompare(b.translatedName()) < 0;
    });
    for (const KSyntaxHighlighting::Theme &theme : std::as_const(all)) {
        QAction *action = themeMenu->addAction(theme.translatedName());
        action->setCheckable(true);
        action->setData(theme.name());
        themes->addAction(action);
    }
    connect(themeMenu, &QMenu::aboutToShow, q, [this, themes] {
        for (QAction *action : themes->actions())
            action->setChecked(action->data().toString() == themeName);
    });
    connect(themes, &QActionGroup::triggered, q, [this](QAction *action) {
        themeName = action->data().toString();
        themeFromEnvironment = false;
        applyTheme();
    });

    QMenu *go = q->menuBar()->addMenu(tr("&Go"));
    struct Step
    {
        const char16_t *name;
        QString text;
        QKeySequence shortcut;
        bool forward;
        int kind;
    };
    const QList<Step> steps = {
        { u"nextChange", tr("&Next Change"), QKeySequence(u"F8"_s), true, -1 },
        { u"previousChange", tr("&Previous Change"), QKeySequence(u"Shift+F8"_s), false, -1 },
        { u"nextSubstantive", tr("Next &Substantive Change"), QKeySequence(u"Ctrl+F8"_s), true,
            int(ChangeKind::Substantive) },
        { u"previousSubstantive", tr("Previous Substantive Change"), QKeySequence(u"Ctrl+Shift+F8"_s), false,
            int(ChangeKind::Substantive) },
        { u"nextWording", tr("Next &Wording Change"), QKeySequence(u"Alt+F8"_s), true,
            int(ChangeKind::Wording) },
        { u"previousWording", tr("Previous Wording Change"), QKeySequence(u"Alt+Shift+F8"_s), false,
            int(ChangeKind::Wording) },
        { u"nextSpelling", tr("Next Spe&lling Change"), {}, true, int(ChangeKind::Spelling) },
        { u"nextTypography", tr("Next &Typography Change"), {}, true, int(ChangeKind::Typography) },
    };
    for (const Step &step : steps) {
        QAction *action = makeAction(QString::fromUtf16(step.name), step.text, step.shortcut);
        connect(action, &QAction::triggered, q, [this, step] {
            navigate(view->goToChange(step.forward, step.kind),
                step.forward ? tr("No further change of this kind below")
                             : tr("No further change of this kind above"));
        });
        go->addAction(action);
        if (step.kind == -1 && !step.forward)
            go->addSeparator();
    }
    go->addSeparator();
    QAction *nextQuote
        = makeAction(u"nextQuoteDivergence"_s, tr("Next &Quote Divergence"), QKeySequence(u"F7"_s));
    connect(nextQuote, &QAction::triggered, q,
        [this] { navigate(view->goToQuoteDivergence(true), tr("No further diverging quotation below")); });
    QAction *previousQuote = makeAction(
        u"previousQuoteDivergence"_s, tr("Previous Quote &Divergence"), QKeySequence(u"Shift+F7"_s));
    connect(previousQuote, &QAction::triggered, q,
        [this] { navigate(view->goToQuoteDivergence(false), tr("No further diverging quotation above")); });
    go->addAction(nextQuote);
    go->addAction(previousQuote);

    QMenu *comparisonMenu = q->menuBar()->addMenu(tr("&Comparison"));
    baseMenu = comparisonMenu->addMenu(tr("&Base Version"));
    connect(baseMenu, &QMenu::aboutToShow, q, [this] { rebuildVersionMenus(); });
    QAction *showAll = makeAction(u"showAllVersions"_s, tr("&Show All Versions"));
    connect(showAll, &QAction::triggered, q, [this] {
        for (int v = 0; v < model->columnCount(); ++v)
            view->setVersionHidden(v, false);
    });
    comparisonMenu->addAction(showAll);

    QMenu *help = q->menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Parallax"));
    connect(about, &QAction::triggered, q, [this] {
        QMessageBox::about(q, tr("About Parallax"),
            tr("<p><b>Parallax</b> %1</p><p>Read versions of an article side by side: added, dropped and "
               "moved sentences, changed words by kind, and quotations compared across outlets.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolbar = q->addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(openFolder);
    toolbar->addSeparator();
    toolbar->addAction(q->findChild<QAction *>(u"previousChange"_s));
    toolbar->addAction(q->findChild<QAction *>(u"nextChange"_s));
    toolbar->addAction(nextQuote);
    toolbar->addSeparator();
    toolbar->addAction(hideCosmetic);
    toolbar->addAction(showBoilerplate);
    toolbar->addAction(find);
}

void MainWindow::Private::readSettings()
{
    QSettings settings;
    themeName = settings.value(u"theme"_s).toString();
    const int appSize = std::max(6, QApplication::font().pointSize());
    setReadingFontSize(settings.value(u"readingFontSize"_s, appSize).toInt());
    if (!q->restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        q->resize(1280, 800);
    // The reading columns get most of the width; the panels a column of their own.
    if (!q->restoreState(settings.value(u"window/state"_s).toByteArray()))
        resizePanels();
    rebuildRecentMenu();
}

void MainWindow::Private::resizePanels()
{
    // Room for the versions matrix of a handful of versions; the reading columns get the rest.
    q->resizeDocks({ quotesDock }, { std::clamp(q->width() * 2 / 9, 300, 420) }, Qt::Horizontal);
}

void MainWindow::Private::setReadingFontSize(int points)
{
    readingFontSize = std::clamp(points, 6, 32);
    QFont font = view->font();
    font.setPointSize(readingFontSize);
    view->setFont(font);
}

void MainWindow::Private::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"readingFontSize"_s, readingFontSize);
    settings.setValue(u"window/geometry"_s, q->saveGeometry());
    settings.setValue(u"window/state"_s, q->saveState());
    if (!themeFromEnvironment)
        settings.setValue(u"theme"_s, themeName);
}

// Hooks for the screenshot script and the start-up measurement; they only read the environment.
void MainWindow::Private::setupDeveloperHooks()
{
    const QString theme = qEnvironmentVariable("PARALLAX_THEME");
    if (!theme.isEmpty()) {
        themeName = theme;
        themeFromEnvironment = true;
    }
    // Stands in for a dark desktop where the test display has none.
    if (qEnvironmentVariable("PARALLAX_COLOR_SCHEME") == u"dark"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(
            paletteFromTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme)));
    }
    const QString screenshot = qEnvironmentVariable("PARALLAX_SCREENSHOT");
    const bool reportFirstPaint = qEnvironmentVariableIsSet("PARALLAX_QUIT_AFTER_FIRST_PAINT");
    if (screenshot.isEmpty() && !reportFirstPaint)
        return;
    const QSize size(qEnvironmentVariableIntValue("PARALLAX_WINDOW_WIDTH"),
        qEnvironmentVariableIntValue("PARALLAX_WINDOW_HEIGHT"));
    if (size.isValid() && !size.isEmpty()) {
        q->resize(size);
        resizePanels();
    }
    connect(view, &SideBySideView::contentPainted, q, [this, screenshot, reportFirstPaint] {
        QTextStream err(stderr);
        err << "first comparison painted after " << processClock().elapsed() << " ms since program start\n";
        if (reportFirstPaint) {
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return;
        }
        // Let idle-time measuring and the panels settle, then take the picture.
        QTimer::singleShot(600, q, [this, screenshot] {
            const int steps = qEnvironmentVariableIntValue("PARALLAX_SCREENSHOT_STEPS");
            for (int i = 0; i < steps; ++i)
                view->goToChange(true, -1);
            const QString panel = qEnvironmentVariable("PARALLAX_SCREENSHOT_PANEL");
            if (panel == u"versions"_s)
                versionsDock->raise();
            else if (panel == u"source"_s)
                sourceDock->raise();
            if (qEnvironmentVariableIsSet("PARALLAX_SCREENSHOT_BOILERPLATE"))
                showBoilerplate->setChecked(true);
            QTimer::singleShot(300, q, [this, screenshot] {
                const bool ok = q->grab().save(screenshot);
                QTextStream(stderr) << (ok ? "saved " : "could not save ") << screenshot << '\n';
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    });
}

// ---- comparing ------------------------------------------------------------------------------------

void MainWindow::Private::startComparison(
    std::function<Comparison(CompareOptions)> work, const QString &label)
{
    if (job)
        job->cancel();
    const int mine = ++generation;
    auto *watcher = new QFutureWatcher<Comparison>(q);
    job = watcher;
    jobClock.start();
    connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, mine] {
        watcher->deleteLater();
        if (mine != generation)
            return; // a newer request replaced this one
        job = nullptr;
        view->setPlaceholderText({});
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            q->statusBar()->showMessage(tr("Comparison canceled"), 5000);
            return;
        }
        if (qEnvironmentVariableIsSet("PARALLAX_QUIT_AFTER_FIRST_PAINT"))
            QTextStream(stderr) << "comparison ready after " << jobClock.elapsed() << " ms\n";
        q->showComparison(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)](QPromise<Comparison> &promise) {
        CompareOptions options;
        options.isCanceled = [&promise] { return promise.isCanceled(); };
        options.progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        Comparison result = work(options);
        if (!promise.isCanceled())
            promise.addResult(std::move(result));
    }));
    compareProgress->track(watcher, label);
    if (model->isEmpty())
        view->setPlaceholderText(label);
}

bool MainWindow::isBusy() const
{
    return d->job != nullptr || d->exportJob != nullptr;
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    d->inputs = { absolute, {} };
    d->baseKey.clear();
    d->addRecent(absolute);
    const Inputs inputs = d->inputs;
    d->startComparison([inputs](CompareOptions options) { return compareInputs(inputs, options); },
        tr("Comparing %1…")
            .arg(absolute.size() == 1 ? QFileInfo(absolute.first()).fileName()
                                      : tr("%n files", nullptr, int(absolute.size()))));
}

void MainWindow::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!d->inputs.paths.contains(absolute))
            d->inputs.paths.append(absolute);
    }
    reload();
}

void MainWindow::addText(const QByteArray &data, TextFormat format, const QString &sourceUrl)
{
    const QUrl url(sourceUrl);
    const QString name = sourceUrl.isEmpty() ? tr("Dropped text %1").arg(++d->droppedCount) : nameForUrl(url);
    QString error;
    std::optional<Version> version = ArticleLoader::loadData(data, format, name, &error, sourceUrl);
    if (!version) {
        d->messageBar->showMessage(
            tr("<b>The dropped text could not be read:</b> %1").arg(error.toHtmlEscaped()));
        return;
    }
    // Named after where it came from, whatever the page's own metadata says.
    if (!sourceUrl.isEmpty() || version->name.isEmpty())
        version->name = name;
    d->inputs.dropped.append(std::move(*version));
    reload();
}

void MainWindow::reload()
{
    if (d->inputs.paths.isEmpty() && d->inputs.dropped.isEmpty())
        return;
    const Inputs inputs = d->inputs;
    const QString base = d->baseKey;
    d->startComparison(
        [inputs, base](CompareOptions options) {
            options.base = base;
            return compareInputs(inputs, options);
        },
        tr("Comparing…"));
}

void MainWindow::setBaseVersion(int version)
{
    if (version < 0 || version >= d->model->columnCount() || version == d->model->comparison().base)
        return;
    d->baseKey = d->model->versionKey(version);
    const QList<Version> versions = d->model->comparison().versions;
    const QList<LoadError> errors = d->model->comparison().errors;
    const QString base = d->baseKey;
    d->startComparison(
        [versions, errors, base](CompareOptions options) {
            options.base = base;
            return compareVersions(versions, options, errors);
        },
        tr("Comparing against %1…").arg(d->model->comparison().versions.at(version).name));
}

void MainWindow::showComparison(Comparison comparison)
{
    d->model->setComparison(std::move(comparison));
}

void MainWindow::Private::onComparisonShown()
{
    const Comparison &c = model->comparison();
    QString title = c.title;
    if (title.isEmpty() && !inputs.paths.isEmpty())
        title = QFileInfo(inputs.paths.first()).fileName();
    q->setWindowTitle(title.isEmpty() ? tr("Parallax") : tr("%1 — Parallax").arg(title));
    source->clear();
    showLoadErrors();
    rebuildVersionMenus();
    updateSummary();
    updateWatcher();
    if (!findBar->text().isEmpty())
        view->setSearchText(findBar->text());
    Q_EMIT q->comparisonShown();
}

void MainWindow::Private::showLoadErrors()
{
    const Comparison &c = model->comparison();
    QStringList lines;
    for (const LoadError &e : c.errors)
        lines.append(
            u"<b>%1</b>: %2"_s.arg(QFileInfo(e.path).fileName().toHtmlEscaped(), e.reason.toHtmlEscaped()));
    if (c.versions.isEmpty() && c.errors.isEmpty() && !inputs.paths.isEmpty())
        lines.append(tr("No article files (.txt, .md, .html) were found in %1.")
                .arg(inputs.paths.join(u", "_s).toHtmlEscaped()));
    if (lines.isEmpty()) {
        messageBar->hide();
        return;
    }
    QString text;
    if (!c.errors.isEmpty())
        text = tr("<b>%n file(s) could not be read</b>; the others are compared.", nullptr,
                   int(c.errors.size()))
            + u"<br>"_s;
    if (c.versions.size() == 1)
        text += tr("Only one version could be read: drop or add another to compare.") + u"<br>"_s;
    messageBar->showMessage(text + lines.join(u"<br>"_s));
}

void MainWindow::Private::updateSummary()
{
    const Comparison &c = model->comparison();
    exportAction->setEnabled(!c.isEmpty());
    reloadAction->setEnabled(!inputs.paths.isEmpty() || !inputs.dropped.isEmpty());
    if (c.isEmpty()) {
        summary->clear();
        return;
    }
    int shown = 0;
    int substantive = 0;
    for (const Change &change : c.changes) {
        if (model->isCosmeticHidden() && isCosmetic(change.kind))
            continue;
        ++shown;
        if (change.kind == ChangeKind::Substantive)
            ++substantive;
    }
    summary->setText(tr("%1 versions · %2 rows · %3 changes, %4 substantive")
            .arg(c.versions.size())
            .arg(c.rows.size())
            .arg(shown)
            .arg(substantive));
}

void MainWindow::Private::updateWatcher()
{
    if (!watcher.files().isEmpty())
        watcher.removePaths(watcher.files());
    if (!watcher.directories().isEmpty())
        watcher.removePaths(watcher.directories());
    watchedArticleFiles = collectArticleFiles(inputs.paths, nullptr);
    QStringList paths;
    for (const Version &v : model->comparison().versions) {
        if (!v.path.isEmpty() && QFileInfo::exists(v.path))
            paths.append(v.path);
    }
    for (const QString &path : std::as_const(inputs.paths)) {
        if (QFileInfo(path).isDir())
            paths.append(path);
    }
    if (!paths.isEmpty())
        watcher.addPaths(paths);
}

void MainWindow::Private::onWatchedChange()
{
    // A folder change matters only when its set of article files changed (not when a PDF was written
    // there); a file change always does.
    const bool fileChanged = std::exchange(watchedFileChanged, false);
    if (!fileChanged && collectArticleFiles(inputs.paths, nullptr) == watchedArticleFiles)
        return;
    q->statusBar()->showMessage(tr("A file changed on disk: comparing again"), 4000);
    q->reload();
}

// ---- theme ----------------------------------------------------------------------------------------

void MainWindow::Private::applyTheme()
{
    KSyntaxHighlighting::Theme theme;
    if (!themeName.isEmpty())
        theme = repository.theme(themeName);
    if (!theme.isValid())
        theme = repository.themeForPalette(QApplication::palette());
    const ChangeColors colors = ChangeColors::fromTheme(theme);
    view->setColors(colors);
    strip->update();
    quotes->setColors(colors);
    versions->setColors(colors);
    source->setTheme(theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && d->themeName.isEmpty())
        d->applyTheme();
}

// ---- menus ----------------------------------------------------------------------------------------

void MainWindow::Private::rebuildVersionMenus()
{
    versionsMenu->clear();
    baseMenu->clear();
    const Comparison &c = model->comparison();
    versionsMenu->setEnabled(!c.isEmpty());
    baseMenu->setEnabled(c.versions.size() > 1);
    auto *bases = new QActionGroup(baseMenu);
    for (int v : view->visibleVersions() + [&] {
             QList<int> hidden;
             for (int i = 0; i < c.versions.size(); ++i)
                 if (view->isVersionHidden(i))
                     hidden.append(i);
             return hidden;
         }()) {
        const QString name = c.versions.at(v).name;
        QAction *shown = versionsMenu->addAction(name);
        shown->setCheckable(true);
        shown->setChecked(!view->isVersionHidden(v));
        connect(shown, &QAction::toggled, q, [this, v](bool on) { view->setVersionHidden(v, !on); });
        QAction *base = baseMenu->addAction(name);
        base->setCheckable(true);
        base->setChecked(v == c.base);
        bases->addAction(base);
        connect(base, &QAction::triggered, q, [this, v] { q->setBaseVersion(v); });
    }
}

void MainWindow::Private::addRecent(const QStringList &paths)
{
    QSettings settings;
    QVariantList recent = settings.value(u"recent"_s).toList();
    const QVariant entry = QVariant(paths);
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(u"recent"_s, recent);
    rebuildRecentMenu();
}

void MainWindow::Private::rebuildRecentMenu()
{
    recentMenu->clear();
    const QVariantList recent = QSettings().value(u"recent"_s).toList();
    for (const QVariant &entry : recent) {
        const QStringList paths = entry.toStringList();
        if (paths.isEmpty())
            continue;
        const QString first = QDir::toNativeSeparators(paths.first());
        const QString label
            = paths.size() == 1 ? first : tr("%1 and %n more", nullptr, int(paths.size() - 1)).arg(first);
        QAction *action = recentMenu->addAction(label);
        connect(action, &QAction::triggered, q, [this, paths] { q->openPaths(paths); });
    }
    recentMenu->setEnabled(!recentMenu->isEmpty());
    if (!recentMenu->isEmpty()) {
        recentMenu->addSeparator();
        connect(recentMenu->addAction(tr("Clear List")), &QAction::triggered, q, [this] {
            QSettings().remove(u"recent"_s);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::Private::showVersionMenu(int version, const QPoint &globalPos)
{
    const Comparison &c = model->comparison();
    if (version < 0 || version >= c.versions.size())
        return;
    QMenu menu;
    const QString name = c.versions.at(version).name;
    QAction *base = menu.addAction(tr("Make “%1” the Base").arg(name));
    base->setEnabled(version != c.base);
    QAction *hide = menu.addAction(tr("Hide “%1”").arg(name));
    hide->setEnabled(view->visibleVersions().size() > 1);
    menu.addSeparator();
    QAction *showAll = menu.addAction(tr("Show All Versions"));
    QAction *chosen = menu.exec(globalPos);
    if (chosen == base)
        q->setBaseVersion(version);
    else if (chosen == hide)
        view->setVersionHidden(version, true);
    else if (chosen == showAll)
        for (int v = 0; v < c.versions.size(); ++v)
            view->setVersionHidden(v, false);
}

void MainWindow::Private::showCellMenu(const QModelIndex &index, const QPoint &globalPos)
{
    QMenu menu;
    QAction *copy = menu.addAction(tr("Copy Sentence"));
    copy->setEnabled(!model->cellText(index.row(), index.column()).isEmpty());
    QAction *inSource = menu.addAction(tr("Show in Source"));
    menu.addSeparator();
    QAction *base = menu.addAction(tr("Make This Version the Base"));
    base->setEnabled(index.column() != model->comparison().base);
    QAction *hide = menu.addAction(tr("Hide This Version"));
    hide->setEnabled(view->visibleVersions().size() > 1);
    QAction *chosen = menu.exec(globalPos);
    if (chosen == copy) {
        QGuiApplication::clipboard()->setText(model->cellText(index.row(), index.column()));
    } else if (chosen == inSource) {
        sourceDock->show();
        sourceDock->raise();
        onCurrentChanged(index);
    } else if (chosen == base) {
        q->setBaseVersion(index.column());
    } else if (chosen == hide) {
        view->setVersionHidden(index.column(), true);
    }
}

void MainWindow::Private::onCurrentChanged(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    q->statusBar()->showMessage(model->describeCell(index.row(), index.column()).replace(u'\n', u"; "_s));
    // For a gap, the version's nearest sentence above: where the missing one would have stood.
    int sentence = -1;
    for (int row = index.row(); row >= 0 && sentence < 0; --row)
        sentence = model->index(row, index.column()).data(ComparisonModel::SentenceRole).toInt();
    source->showSentence(model->comparison().versions.at(index.column()), std::max(0, sentence));
}

void MainWindow::Private::navigate(bool found, const QString &nothingLeft)
{
    if (!found)
        q->statusBar()->showMessage(nothingLeft, 4000);
}

// ---- files ----------------------------------------------------------------------------------------

void MainWindow::Private::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(q, tr("Open a Folder of Versions"));
    if (!folder.isEmpty())
        q->openPaths({ folder });
}

void MainWindow::Private::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        q, tr("Open Versions"), {}, tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (!files.isEmpty())
        q->openPaths(files);
}

void MainWindow::Private::addFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        q, tr("Add Versions"), {}, tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (!files.isEmpty())
        q->addPaths(files);
}

void MainWindow::Private::chooseExportFile()
{
    if (model->isEmpty())
        return;
    QString suggestion = model->comparison().title.isEmpty() ? tr("comparison") : model->comparison().title;
    suggestion.replace(u'/', u'-');
    if (!inputs.paths.isEmpty()) {
        const QFileInfo first(inputs.paths.first());
        suggestion = (first.isDir() ? first.absoluteFilePath() : first.absolutePath()) + u'/' + suggestion;
    }
    const QString file
        = QFileDialog::getSaveFileName(q, tr("Export PDF"), suggestion + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        q->exportPdf(file);
}

void MainWindow::exportPdf(const QString &fileName)
{
    if (d->model->isEmpty() || d->exportJob)
        return;
    const Comparison comparison = d->model->comparison();
    PdfExporter::Options options;
    options.visibleVersions = d->view->visibleVersions();
    options.annotateCosmetic = !d->model->isCosmeticHidden();
    options.showBoilerplate = d->view->isBoilerplateShown();
    auto *watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    d->exportJob = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName] {
        watcher->deleteLater();
        d->exportJob = nullptr;
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            statusBar()->showMessage(tr("Export canceled"), 5000);
            Q_EMIT exportFinished(false, tr("canceled"));
            return;
        }
        const auto [ok, error] = watcher->result();
        if (ok)
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(fileName)), 8000);
        else
            d->messageBar->showMessage(
                tr("<b>The PDF could not be written:</b> %1").arg(error.toHtmlEscaped()));
        Q_EMIT exportFinished(ok, error);
    });
    watcher->setFuture(QtConcurrent::run(
        [comparison, fileName, options](QPromise<std::pair<bool, QString>> &promise) mutable {
            options.isCanceled = [&promise] { return promise.isCanceled(); };
            options.progress = [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            };
            QString error;
            const bool ok = PdfExporter::exportToFile(comparison, fileName, options, &error);
            promise.addResult(std::pair<bool, QString>(ok, error));
        }));
    d->exportProgress->track(watcher, tr("Writing PDF…"));
}

// ---- drag and drop --------------------------------------------------------------------------------

namespace {

bool hasLocalFiles(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (hasLocalFiles(mime) || mime->hasHtml() || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (d->handleDrop(event->mimeData()))
        event->acceptProposedAction();
}

bool MainWindow::Private::handleDrop(const QMimeData *mime)
{
    if (hasLocalFiles(mime)) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        // Onto an open comparison the files become more versions; onto an empty window, a comparison.
        if (model->isEmpty() && inputs.dropped.isEmpty())
            q->openPaths(paths);
        else
            q->addPaths(paths);
        return true;
    }
    const QString url = sourceUrlOf(mime).toString();
    if (mime->hasHtml()) {
        q->addText(mime->html().toUtf8(), TextFormat::Html, url);
        return true;
    }
    if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        q->addText(mime->text().toUtf8(), TextFormat::PlainText, url);
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    d->writeSettings();
    QMainWindow::closeEvent(event);
}

// ---- accessors ------------------------------------------------------------------------------------

ComparisonModel *MainWindow::model() const
{
    return d->model;
}

SideBySideView *MainWindow::view() const
{
    return d->view;
}

QuotesPanel *MainWindow::quotesPanel() const
{
    return d->quotes;
}

VersionsPanel *MainWindow::versionsPanel() const
{
    return d->versions;
}

SourceView *MainWindow::sourceView() const
{
    return d->source;
}

MessageBar *MainWindow::messageBar() const
{
    return d->messageBar;
}

} // namespace Parallax
