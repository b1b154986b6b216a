// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus, toolbar, context menus, recent files and file dialogs.
#include "mainwindow_p.h"

#include "colorschememenu.h"

#include "findbar.h"
#include "languagemenu.h"
#include "sidebysideview.h"
#include "versionchooser.h"

#include "messagebar.h"
#include "present/comparisonmodel.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/outputfile.h"

#include <KSyntaxHighlighting/Theme>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int MaxRecent = 10;
// More versions than this: View > Versions lists none of them, Choose Versions… does.
constexpr int MaxVersionsInMenu = 30;

} // namespace

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
    // Dropping works on an open comparison too, not only on the empty window that says so.
    const QString dropHint
        = tr("Or drop files, or text from a browser, onto the window: they are added as versions");
    addFiles->setStatusTip(dropHint);
    addFiles->setToolTip(dropHint);
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
    QAction *exportHtml = makeAction(u"exportHtml"_s, tr("Export &HTML…"));
    connect(exportHtml, &QAction::triggered, q, [this] { chooseReportFile(u"html"_s); });
    QAction *exportCsv = makeAction(u"exportCsv"_s, tr("Export CS&V…"));
    connect(exportCsv, &QAction::triggered, q, [this] { chooseReportFile(u"csv"_s); });
    file->addAction(exportHtml);
    file->addAction(exportCsv);
    // Off as in `parallax compare` (--annotate-cosmetic): typography and spelling changes stay highlighted in
    // the reports but are not numbered, or they crowd out the changes of substance.
    numberCosmetic = makeAction(u"numberCosmetic"_s, tr("Nu&mber Cosmetic Changes in Reports"));
    numberCosmetic->setCheckable(true);
    numberCosmetic->setStatusTip(tr("Number typography and spelling changes in exported reports, as "
                                    "parallax compare --annotate-cosmetic does"));
    file->addAction(numberCosmetic);
    // Like Export PDF: only while there is a comparison.
    const auto enableReports = [this, exportHtml, exportCsv] {
        exportHtml->setEnabled(!model->isEmpty());
        exportCsv->setEnabled(!model->isEmpty());
    };
    enableReports();
    connect(model, &QAbstractItemModel::modelReset, q, enableReports);
    file->addSeparator();
    QAction *quit = makeAction(u"quit"_s, tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, q, &QWidget::close);
    file->addAction(quit);

    QMenu *edit = q->menuBar()->addMenu(tr("&Edit"));
    // The words selected in the cell, or the whole sentence when none are.
    QAction *copy = makeAction(u"copySentence"_s, tr("&Copy"), QKeySequence::Copy);
    connect(copy, &QAction::triggered, q, [this] {
        if (view->currentIndex().isValid())
            QGuiApplication::clipboard()->setText(view->copyText());
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
    // As in diff tools: identical rows folded away, one line standing for each run.
    QAction *differencesOnly
        = makeAction(u"differencesOnly"_s, tr("&Differences Only"), QKeySequence(u"Ctrl+D"_s));
    differencesOnly->setCheckable(true);
    differencesOnly->setToolTip(tr("Fold runs of sentences that read the same in every shown version"));
    connect(differencesOnly, &QAction::toggled, view, &SideBySideView::setDifferencesOnly);
    viewMenu->addAction(hideCosmetic);
    viewMenu->addAction(showBoilerplate);
    viewMenu->addAction(differencesOnly);
    viewMenu->addSeparator();
    QAction *larger = makeAction(u"largerText"_s, tr("&Larger Text"), QKeySequence::ZoomIn);
    connect(larger, &QAction::triggered, q, [this] { setReadingFontSize(readingFontSize + 1); });
    QAction *smaller = makeAction(u"smallerText"_s, tr("&Smaller Text"), QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, q, [this] { setReadingFontSize(readingFontSize - 1); });
    viewMenu->addAction(larger);
    viewMenu->addAction(smaller);
    viewMenu->addSeparator();
    versionsMenu = viewMenu->addMenu(tr("&Versions"));
    // For many versions: a list with a filter instead of a menu of a hundred check boxes, and columns
    // narrow enough for a dozen to stand side by side.
    chooseVersions
        = makeAction(u"chooseVersions"_s, tr("&Choose Versions…"), QKeySequence(u"Ctrl+Shift+V"_s));
    connect(chooseVersions, &QAction::triggered, q, [this] { chooseShownVersions(); });
    narrowColumns = makeAction(u"narrowColumns"_s, tr("&Narrow Columns"));
    narrowColumns->setCheckable(true);
    connect(narrowColumns, &QAction::toggled, view, &SideBySideView::setNarrowColumns);
    connect(versionsMenu, &QMenu::aboutToShow, q, [this] { rebuildVersionMenus(); });
    themeMenu = new ColorSchemeMenu(q);
    viewMenu->addMenu(themeMenu);
    viewMenu->addMenu(new LanguageMenu(q));
    viewMenu->addSeparator();
    viewMenu->addAction(quotesDock->toggleViewAction());
    viewMenu->addAction(versionsDock->toggleViewAction());
    viewMenu->addAction(sourceDock->toggleViewAction());

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
    createReasonActions(viewMenu, go, toolbar);
    createSessionParts(file, edit, viewMenu);
    createTimeParts(viewMenu);
}

// ---- menus ----------------------------------------------------------------------------------------

void MainWindow::Private::rebuildVersionMenus()
{
    versionsMenu->clear();
    baseMenu->clear();
    const Comparison &c = model->comparison();
    versionsMenu->addAction(chooseVersions);
    versionsMenu->addAction(narrowColumns);
    versionsMenu->addSeparator();
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
        // Beyond a screenful the list with its filter (Choose Versions…) serves better.
        if (c.versions.size() <= MaxVersionsInMenu) {
            QAction *shown = versionsMenu->addAction(name);
            shown->setCheckable(true);
            shown->setChecked(!view->isVersionHidden(v));
            connect(shown, &QAction::toggled, q, [this, v](bool on) { view->setVersionHidden(v, !on); });
        }
        QAction *base = baseMenu->addAction(name);
        base->setCheckable(true);
        base->setChecked(v == c.base);
        bases->addAction(base);
        connect(base, &QAction::triggered, q, [this, v] { q->setBaseVersion(v); });
    }
}

void MainWindow::Private::chooseShownVersions()
{
    const Comparison &c = model->comparison();
    if (c.isEmpty())
        return;
    QStringList names;
    for (const Version &v : c.versions)
        names.append(v.name);
    VersionChooser chooser(names, c.base, view->visibleVersions(), q);
    if (chooser.exec() == QDialog::Accepted)
        view->setShownVersions(chooser.chosen());
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
    QAction *rename = menu.addAction(renameAction->text());
    menu.addSeparator();
    QAction *showAll = menu.addAction(tr("Show All Versions"));
    QAction *chosen = menu.exec(globalPos);
    if (chosen == rename)
        renameVersion(version);
    else if (chosen == base)
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
    menu.addSeparator();
    QAction *note = menu.addAction(tr("Add Note…"));
    QAction *chosen = menu.exec(globalPos);
    if (chosen == note)
        addNoteAt(index);
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

// ---- files ----------------------------------------------------------------------------------------

void MainWindow::Private::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(q, tr("Open a Folder of Versions"));
    if (!folder.isEmpty())
        q->openPaths({ folder });
}

// Every format the loader reads (ArticleLoader::formatForPath, DocumentFormats), as the man page and the
// desktop file's MIME list name them.
QString MainWindow::Private::articleFileFilter()
{
    return tr("Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.docx *.odt *.pdf *.eml);;"
              "All files (*)");
}

void MainWindow::Private::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(q, tr("Open Versions"), {}, articleFileFilter());
    if (!files.isEmpty())
        q->openPaths(files);
}

void MainWindow::Private::addFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(q, tr("Add Versions"), {}, articleFileFilter());
    if (!files.isEmpty())
        q->addPaths(files);
}

void MainWindow::Private::chooseExportFile()
{
    if (model->isEmpty())
        return;
    const QString file = QFileDialog::getSaveFileName(
        q, reportDialogTitle(u"pdf"_s), exportSuggestion() + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (!file.isEmpty()) {
        rememberExportFolder(file);
        q->exportPdf(file);
    }
}

void MainWindow::Private::chooseReportFile(const QString &format)
{
    if (model->isEmpty())
        return;
    const bool html = format == u"html"_s;
    const QString suggestion = exportSuggestion();
    const QString file = html ? QFileDialog::getSaveFileName(q, reportDialogTitle(format),
                                    suggestion + u".html"_s, tr("HTML files (*.html *.htm)"))
                              : QFileDialog::getSaveFileName(q, reportDialogTitle(format),
                                    suggestion + u".csv"_s, tr("CSV files (*.csv)"));
    if (!file.isEmpty()) {
        rememberExportFolder(file);
        writeReport(file, format);
    }
}

// Reports go where the reader keeps documents, or where the last one went; not into the folder of
// articles, which is often a download or scratch folder (and is watched: a report there is no version).
QString MainWindow::Private::exportSuggestion() const
{
    QString name = model->comparison().title.isEmpty() ? tr("comparison") : model->comparison().title;
    name.replace(u'/', u'-');
    QString folder = QSettings().value(u"lastExportFolder"_s).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? name : QDir(folder).filePath(name);
}

void MainWindow::Private::rememberExportFolder(const QString &file)
{
    QSettings().setValue(u"lastExportFolder"_s, QFileInfo(file).absolutePath());
}

// The reports of what the reader sees: the versions shown, in their order, boilerplate when it is
// shown, the reasons followed; cosmetic changes numbered only when asked (File menu), as on the command
// line, and never while they are hidden. The same comparison and choices give `parallax compare`'s report.
ReportChoices MainWindow::Private::reportChoices() const
{
    ReportChoices choices;
    choices.versions = view->visibleVersions();
    choices.annotateCosmetic = numberCosmetic->isChecked() && !model->isCosmeticHidden();
    choices.showBoilerplate = view->isBoilerplateShown();
    choices.notes = notes->notes();
    choices.followedReasons = model->reasonFilter().chosen();
    return choices;
}

// The dialog says what the report numbers, so that a report with fewer numbers than changes in the
// window is no surprise.
QString MainWindow::Private::reportDialogTitle(const QString &format) const
{
    const bool numbered = reportChoices().annotateCosmetic;
    if (format == u"csv"_s)
        return tr("Export CSV");
    if (format == u"html"_s)
        return numbered ? tr("Export HTML (cosmetic changes numbered)")
                        : tr("Export HTML (cosmetic changes highlighted, not numbered)");
    return numbered ? tr("Export PDF (cosmetic changes numbered)")
                    : tr("Export PDF (cosmetic changes highlighted, not numbered)");
}

// Written at once: HTML and CSV take milliseconds even for many versions.
bool MainWindow::Private::writeReport(const QString &fileName, const QString &format)
{
    if (waitForSteps([this, fileName, format] { writeReport(fileName, format); }))
        return true;
    const Comparison c = reportedComparison();
    const ReportChoices choices = reportChoices();
    const QByteArray data
        = format == u"html"_s ? HtmlReport::toHtml(c, choices.html(c)) : CsvReport::toCsv(c, choices.csv(c));
    // The same rule as the command line's: only a regular file that is not one of the inputs is
    // replaced, atomically.
    QString error;
    if (!OutputFile::write(fileName, data, OutputFile::inputsOf(c), &error)) {
        messageBar->showMessage(tr("<b>The report could not be written:</b> %1").arg(error.toHtmlEscaped()));
        return false;
    }
    q->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(fileName)), 8000);
    return true;
}

} // namespace Parallax
