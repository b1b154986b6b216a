// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "mainwindow_p.h"

#include "colorschememenu.h"
#include "developerhooks.h"
#include "dropdata.h"
#include "findbar.h"
#include "legendpanel.h"
#include "messagebar.h"
#include "overviewstrip.h"
#include "progressindicator.h"
#include "quotespanel.h"
#include "sidebysideview.h"
#include "sourceview.h"
#include "startuptrace.h"
#include "timelinestrip.h"
#include "versionrenamer.h"
#include "versionspanel.h"

#include "core/filepaths.h"
#include "core/labels.h"
#include "present/changecolors.h"
#include "present/comparisonmodel.h"
#include "report/pdfexporter.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyleHints>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, parent)
{ }

MainWindow::MainWindow(ComparisonSession *session, QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>(this))
{
    setObjectName(u"MainWindow"_s);
    // "[*]": where the mark of unsaved notes goes (setWindowModified).
    setWindowTitle(tr("Parallax") + u"[*]"_s);
    setAcceptDrops(true);
    if (session)
        session->setParent(this);
    d->session = session ? session : new ComparisonSession(this);
    d->createWidgets();
    StartupTrace::mark("window: widgets");
    d->createActions();
    d->createLegend();
    d->connectSession();
    StartupTrace::mark("window: actions and menus");
    d->readSettings();
    ColorSchemeMenu::applySaved();
    if (const QString theme = applyDeveloperTheme(); !theme.isEmpty()) {
        d->themeName = theme;
        d->themeFromEnvironment = true;
    }
    StartupTrace::mark("window: settings and colour scheme");
    installDeveloperHooks(this, d->view, d->session, [this] { d->resizePanels(); });
    d->applyTheme();
    StartupTrace::mark("window: theme");
    d->rebuildVersionMenus();
    d->updateSummary();
    d->adoptRunningComparison();
    connect(
        QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] { d->applyTheme(); });
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window after d is gone, and closing hides the docks, whose visibilityChanged
    // reaches lambdas that use d (a heap-use-after-free under ASan): hidden here, while d still lives.
    hide();
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
    source = new SourceView([this] { return &repository(); });

    quotesDock = new QDockWidget(tr("Quotes"), q);
    quotesDock->setObjectName(u"QuotesDock"_s);
    quotesDock->setWidget(quotes);
    versionsDock = new QDockWidget(tr("Versions"), q);
    versionsDock->setObjectName(u"VersionsDock"_s);
    versionsDock->setWidget(versions);
    connect(versionsDock, &QDockWidget::visibilityChanged, versions, &VersionsPanel::setShown);
    sourceDock = new QDockWidget(tr("Source"), q);
    sourceDock->setObjectName(u"SourceDock"_s);
    sourceDock->setWidget(source);
    // A dock's tab behind another stays visible to Qt (moved out of sight): its dock says when it is seen.
    connect(sourceDock, &QDockWidget::visibilityChanged, q, [this](bool visible) {
        sourceShown = visible;
        if (visible && sourceThemeStale)
            applySourceTheme();
    });
    q->addDockWidget(Qt::RightDockWidgetArea, quotesDock);
    q->addDockWidget(Qt::RightDockWidgetArea, versionsDock);
    q->addDockWidget(Qt::RightDockWidgetArea, sourceDock);
    q->tabifyDockWidget(quotesDock, versionsDock);
    q->tabifyDockWidget(versionsDock, sourceDock);
    quotesDock->raise();

    compareProgress = new ProgressIndicator;
    exportProgress = new ProgressIndicator;
    summary = new QLabel;
    baseLabel = new QLabel;
    baseLabel->setObjectName(u"BaseLabel"_s);
    q->statusBar()->addPermanentWidget(compareProgress);
    q->statusBar()->addPermanentWidget(exportProgress);
    q->statusBar()->addPermanentWidget(baseLabel);
    q->statusBar()->addPermanentWidget(summary);

    connect(view, &SideBySideView::currentIndexChanged, q,
        [this](const QModelIndex &index) { onCurrentChanged(index); });
    connect(view, &SideBySideView::spanActivated, q, [this](const QString &text) { showStatus(text); });
    connect(view, &SideBySideView::versionContextMenuRequested, q,
        [this](int version, const QPoint &pos) { showVersionMenu(version, pos); });
    connect(view, &SideBySideView::cellContextMenuRequested, q,
        [this](const QModelIndex &index, const QPoint &pos) { showCellMenu(index, pos); });
    connect(quotes, &QuotesPanel::variantActivated, q, [this](int group, int variant) {
        const int row = model->rowForQuoteVariant(group, variant);
        const int version = model->comparison().quotes.at(group).variants.at(variant).version;
        if (row >= 0)
            view->setCurrentIndex(model->index(row, version));
        showStatus(model->describeQuoteVariant(group, variant).replace(u'\n', u"; "_s));
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

    renamer = new VersionRenamer(
        view->header(), [this](int version, const QString &name) { session->setDisplayName(version, name); },
        q);
    renamer->nameOf = [this](int version) { return session->displayName(version); };
    renamer->addHeader(view->frozenHeader());
    renameAction = new QAction(tr("Rename Version…"), q);
    renameAction->setShortcut(Qt::Key_F2);
    renameAction->setStatusTip(tr("Give the version a name of your own, kept for this folder"));
    connect(renameAction, &QAction::triggered, q, [this] { renameVersion(); });
    q->addAction(renameAction);
}

void MainWindow::Private::createLegend()
{
    legend = new LegendPanel;
    legendDock = new QDockWidget(tr("Legend"), q);
    legendDock->setObjectName(u"LegendDock"_s);
    legendDock->setWidget(legend);
    q->addDockWidget(Qt::RightDockWidgetArea, legendDock);
    q->tabifyDockWidget(sourceDock, legendDock);
    quotesDock->raise();
    connect(showBoilerplate, &QAction::toggled, legend, &LegendPanel::setBoilerplateShown);

    QAction *show = legendDock->toggleViewAction();
    show->setText(tr("&Legend"));
    show->setShortcut(QKeySequence::HelpContents);
    show->setStatusTip(tr("What the colours, bars and marks mean"));
    const QList<QAction *> menus = q->menuBar()->actions();
    if (!menus.isEmpty() && menus.last()->menu()) {
        QMenu *help = menus.last()->menu();
        help->insertAction(help->actions().value(0), show);
    }
    // Where a new reader looks when the colours puzzle: beside the summary.
    auto *button = new QToolButton;
    button->setText(tr("Legend"));
    button->setAutoRaise(true);
    button->setToolTip(show->statusTip());
    connect(button, &QToolButton::clicked, q, [this] {
        legendDock->show();
        legendDock->raise();
    });
    q->statusBar()->addPermanentWidget(button);
}

void MainWindow::Private::renameVersion(int version)
{
    if (version < 0)
        version = view->currentIndex().isValid() ? view->currentIndex().column()
                                                 : view->visibleVersions().value(0, -1);
    if (version >= 0)
        renamer->start(version, session->displayName(version));
}

void MainWindow::Private::readSettings()
{
    QSettings settings;
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
}

// ---- comparing ------------------------------------------------------------------------------------

void MainWindow::Private::connectSession()
{
    using Job = ComparisonSession::Job;
    connect(session, &ComparisonSession::comparisonReady, q, [this] {
        StartupTrace::mark("comparison ready");
        model->setComparison(shownComparison());
        StartupTrace::mark("model reset and window updated");
    });
    // The steps against the previous version come after the rows are shown: the timeline takes them,
    // and the view against the previous version when the reader reads it so.
    connect(session, &ComparisonSession::stepsReady, q, [this] {
        if (againstPrevious && againstPrevious->isChecked())
            model->setComparison(shownComparison());
        else if (timeline)
            timeline->setComparison(session->comparison());
    });
    if (auto *showTimeline = q->findChild<QAction *>(u"showTimeline"_s)) {
        auto want = [this, showTimeline] {
            session->setStepsWanted(showTimeline->isChecked() || againstPrevious->isChecked());
        };
        connect(showTimeline, &QAction::toggled, q, want);
        connect(againstPrevious, &QAction::toggled, q, want);
    }
    connect(session, &ComparisonSession::jobStarted, q, [this](Job job, const QString &label) {
        progressFor(job)->start(label);
        if (job == Job::Comparison && model->isEmpty())
            view->setPlaceholderText(label);
    });
    connect(session, &ComparisonSession::jobProgress, q,
        [this](Job job, int done, int total) { progressFor(job)->setProgress(done, total); });
    connect(session, &ComparisonSession::jobFinished, q, [this](Job job) {
        progressFor(job)->finish();
        if (job == Job::Comparison)
            view->setPlaceholderText({});
    });
    connect(session, &ComparisonSession::comparisonCanceled, q,
        [this] { q->statusBar()->showMessage(tr("Comparison canceled"), 5000); });
    connect(session, &ComparisonSession::inputsChangedOnDisk, q,
        [this] { q->statusBar()->showMessage(tr("A file changed on disk: comparing again"), 4000); });
    connect(session, &ComparisonSession::exportFinished, q,
        [this](bool ok, bool canceled, const QString &fileName, const QString &error) {
            if (canceled) {
                q->statusBar()->showMessage(tr("Export canceled"), 5000);
                Q_EMIT q->exportFinished(false, tr("canceled"));
                return;
            }
            if (ok)
                q->statusBar()->showMessage(
                    tr("Exported to %1").arg(QDir::toNativeSeparators(fileName)), 8000);
            else
                messageBar->showMessage(
                    tr("<b>The PDF could not be written:</b> %1").arg(error.toHtmlEscaped()));
            Q_EMIT q->exportFinished(ok, error);
        });
    connect(compareProgress, &ProgressIndicator::cancelRequested, session,
        [this] { session->cancel(Job::Comparison); });
    connect(exportProgress, &ProgressIndicator::cancelRequested, session,
        [this] { session->cancel(Job::Export); });
}

void MainWindow::Private::adoptRunningComparison()
{
    if (!session->hasInputs())
        return;
    // Started before the window existed: what jobStarted would have shown, and the recent entry
    // openPaths() adds.
    if (session->isRunning(ComparisonSession::Job::Comparison)) {
        compareProgress->start(session->jobLabel());
        if (model->isEmpty())
            view->setPlaceholderText(session->jobLabel());
    }
    addRecent(session->paths());
}

ProgressIndicator *MainWindow::Private::progressFor(ComparisonSession::Job job) const
{
    return job == ComparisonSession::Job::Comparison ? compareProgress : exportProgress;
}

bool MainWindow::isBusy() const
{
    return d->session->isBusy();
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    d->session->openPaths(paths);
    d->addRecent(d->session->paths());
}

void MainWindow::addPaths(const QStringList &paths)
{
    d->session->addPaths(paths);
}

void MainWindow::addText(const QByteArray &data, TextFormat format, const QString &sourceUrl)
{
    LoadError error;
    if (!d->session->addText(data, format, sourceUrl, &error))
        d->messageBar->showMessage(
            tr("<b>The dropped text could not be read:</b> %1").arg(describe(error).toHtmlEscaped()));
}

void MainWindow::reload()
{
    d->session->reload();
}

void MainWindow::setBaseVersion(int version)
{
    d->session->setBaseVersion(version);
}

void MainWindow::showComparison(Comparison comparison)
{
    d->session->setComparison(std::move(comparison));
}

void MainWindow::Private::onComparisonShown()
{
    const Comparison &c = model->comparison();
    QString title = c.title;
    if (title.isEmpty() && !session->paths().isEmpty())
        title = QFileInfo(session->paths().first()).fileName();
    q->setWindowTitle((title.isEmpty() ? tr("Parallax") : tr("%1 — Parallax").arg(title)) + u"[*]"_s);
    source->clear();
    // The view keeps the reader's cell across a re-comparison (a base switch, say) and said so before
    // this clear: the source panel shows that cell's source again.
    if (view->currentIndex().isValid())
        onCurrentChanged(view->currentIndex());
    // Change indexes and cells mean something else in the new comparison.
    followedReason.reset();
    followedAt = { -1, -1 };
    showLoadErrors();
    followBase();
    onTimeComparisonShown();
    rebuildVersionMenus();
    updateSummary();
    if (!findBar->text().isEmpty())
        view->setSearchText(findBar->text());
    onSessionComparisonShown();
    Q_EMIT q->comparisonShown();
}

void MainWindow::Private::showLoadErrors()
{
    const Comparison &c = model->comparison();
    QStringList lines;
    int failed = 0;
    for (const LoadError &e : c.errors) {
        // File names are shown with their control characters and bidi controls as escapes.
        lines.append(
            u"<b>%1</b>: %2"_s.arg(FilePaths::printable(QFileInfo(e.path).fileName()).toHtmlEscaped(),
                FilePaths::printable(describe(e)).toHtmlEscaped()));
        if (e.isFailure() && e.code != LoadError::Code::UnknownBase
            && e.code != LoadError::Code::AmbiguousBase)
            ++failed;
    }
    if (c.versions.isEmpty() && c.errors.isEmpty() && !session->paths().isEmpty())
        lines.append(tr("No article files (.txt, .md, .html) were found in %1.")
                .arg(FilePaths::printable(session->paths().join(u", "_s)).toHtmlEscaped()));
    // A single version opens, but says that it is not a comparison yet.
    if (lines.isEmpty() && c.versions.size() != 1) {
        messageBar->hide();
        return;
    }
    QString text;
    if (c.versions.isEmpty() && !session->paths().isEmpty())
        text = tr("<b>No readable versions in %1:</b> nothing was compared.")
                   .arg(FilePaths::printable(session->paths().join(u", "_s)).toHtmlEscaped())
            + u"<br>"_s;
    else if (c.versions.isEmpty())
        text = tr("<b>Nothing was compared:</b> no version could be read.") + u"<br>"_s;
    else if (c.versions.size() == 1)
        text = tr("<b>Only one version:</b> one version is not a comparison; drop or add another to compare "
                  "it "
                  "with.")
            + u"<br>"_s;
    else if (failed > 0)
        text = tr("<b>%n file(s) could not be read</b>; the others are compared.", nullptr, failed)
            + u"<br>"_s;
    messageBar->showMessage(text + lines.join(u"<br>"_s));
}

void MainWindow::Private::updateSummary()
{
    const Comparison &c = model->comparison();
    exportAction->setEnabled(!c.isEmpty());
    reloadAction->setEnabled(session->hasInputs());
    if (c.isEmpty()) {
        summary->clear();
        return;
    }
    int shown = 0;
    int substantive = 0;
    int followed = 0;
    for (const Change &change : c.changes) {
        if (model->isCosmeticHidden() && isCosmetic(change.kind))
            continue;
        ++shown;
        if (change.kind == ChangeKind::Substantive)
            ++substantive;
        if (change.kind == ChangeKind::Substantive && !model->isMuted(change))
            ++followed;
    }
    QString text = tr("%n version(s) · %1 rows · %2 changes, %3 substantive", nullptr, int(c.versions.size()))
                       .arg(c.rows.size())
                       .arg(shown)
                       .arg(substantive);
    // While some reasons are followed, how many substantive changes the highlighting still points at.
    if (model->reasonFilter().isActive())
        text += tr(", %n of the chosen reasons", nullptr, followed);
    summary->setText(text);
}

void MainWindow::Private::followBase()
{
    const Comparison &c = model->comparison();
    const QString key = c.base >= 0 && c.base < c.versions.size() ? model->versionKey(c.base) : QString();
    // A new base is what the others are read against: it moves to the first column and the reading
    // starts again from the top. The same base compared again keeps the reader's order and place.
    if (!key.isEmpty() && key != shownBaseKey) {
        if (!shownBaseKey.isEmpty() || view->visibleVersions().value(0, c.base) != c.base)
            view->moveVersion(c.base, 0);
        if (!shownBaseKey.isEmpty())
            view->scrollToRow(0);
    }
    shownBaseKey = key;
    updateBaseLabel();
}

void MainWindow::Private::updateBaseLabel()
{
    const Comparison &c = model->comparison();
    if (c.base < 0 || c.base >= c.versions.size() || c.versions.size() < 2) {
        baseLabel->clear();
        baseLabel->setToolTip({});
        return;
    }
    if (showAgainstPreviousLabel())
        return;
    const bool automatic = session->baseKey().isEmpty();
    const QString name = baseLabel->fontMetrics().elidedText(
        c.versions.at(c.base).name, Qt::ElideMiddle, baseLabel->fontMetrics().averageCharWidth() * 24);
    QString text
        = automatic ? tr("Base: %1 (most central)").arg(name) : tr("Base: %1 (your choice)").arg(name);
    // The base column underlines what the selected version changed: which one that is, said here so
    // that the base's marks changing with the selection do not read as the base having changed.
    const QModelIndex current = view->currentIndex();
    if (current.isValid() && current.column() != c.base && current.column() < c.versions.size())
        text += tr(" · marks what %1 changed")
                    .arg(baseLabel->fontMetrics().elidedText(c.versions.at(current.column()).name,
                        Qt::ElideMiddle, baseLabel->fontMetrics().averageCharWidth() * 20));
    baseLabel->setText(text);
    baseLabel->setToolTip(automatic
            ? tr("Chosen automatically as the most central version: it shares most sentences with the "
                 "others. Every column shows its changes against it. Double-click a version in the "
                 "Versions panel to choose another base.")
            : tr("You chose this base. Every column shows its changes against it."));
}

void MainWindow::Private::showStatus(const QString &text, int timeout)
{
    QStatusBar *bar = q->statusBar();
    int room = bar->width() - 24;
    for (QWidget *w : { static_cast<QWidget *>(compareProgress), static_cast<QWidget *>(exportProgress),
             static_cast<QWidget *>(baseLabel), static_cast<QWidget *>(summary) })
        if (w->isVisible())
            room -= w->width() + bar->layout()->spacing() + 8;
    const QString shown = bar->fontMetrics().elidedText(text, Qt::ElideRight, std::max(room, 40));
    bar->setToolTip(shown == text ? QString() : text);
    bar->showMessage(shown, timeout);
}

// ---- theme ----------------------------------------------------------------------------------------

void MainWindow::Private::applyTheme()
{
    // The reading colours follow the application palette (View > Colour Scheme); the source view keeps
    // a syntax theme of the same lightness. PARALLAX_THEME names a syntax theme that sets both instead.
    KSyntaxHighlighting::Theme theme;
    if (!themeName.isEmpty())
        theme = repository().theme(themeName);
    const bool named = theme.isValid();
    const ChangeColors colors
        = named ? ChangeColors::fromTheme(theme) : ChangeColors::fromPalette(QApplication::palette());
    view->setColors(colors);
    strip->update();
    quotes->setColors(colors);
    versions->setColors(colors);
    if (legend)
        legend->setColors(colors);
    if (timeline)
        timeline->setColors(colors);
    if (named) {
        sourceThemeStale = false;
        source->setTheme(theme);
    } else {
        // The syntax theme of the palette's lightness, once the source panel is seen.
        sourceThemeStale = true;
        if (sourceShown)
            applySourceTheme();
    }
}

KSyntaxHighlighting::Repository &MainWindow::Private::repository()
{
    if (!repositoryStore)
        repositoryStore = std::make_unique<KSyntaxHighlighting::Repository>();
    return *repositoryStore;
}

void MainWindow::Private::applySourceTheme()
{
    sourceThemeStale = false;
    source->setTheme(repository().themeForPalette(QApplication::palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && d->themeName.isEmpty())
        d->applyTheme();
}

void MainWindow::Private::onCurrentChanged(const QModelIndex &index)
{
    updateBaseLabel();
    if (!index.isValid())
        return;
    showStatus(describeShownCell(index).replace(u'\n', u"; "_s));
    // The quotes panel follows the reader's cell, so F7 to a divergence selects it there too.
    quotes->showCell(index.row(), index.column());
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

void MainWindow::exportPdf(const QString &fileName)
{
    const Comparison reported = d->reportedComparison();
    d->session->exportPdf(reported, fileName, d->reportChoices().pdf(reported));
}

// ---- drag and drop --------------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (canAcceptDrop(event->mimeData()))
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
    const DropData drop = readDrop(mime);
    if (!drop.paths.isEmpty()) {
        // Onto an open comparison the files become more versions; onto an empty window, a comparison.
        if (model->isEmpty() && session->droppedVersions().isEmpty())
            q->openPaths(drop.paths);
        else
            q->addPaths(drop.paths);
        return true;
    }
    if (!drop.hasText)
        return false;
    q->addText(drop.text, drop.format, drop.sourceUrl);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!d->maybeSaveNotes()) {
        event->ignore();
        return;
    }
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
