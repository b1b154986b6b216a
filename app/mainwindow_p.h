// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisonsession.h"
#include "mainwindow.h"
#include "report/reportchoices.h"
#include "sessionnotes.h"
#include "workspace/sessionfile.h"

#include <KSyntaxHighlighting/Repository>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QToolBar;

namespace Parallax {

class FindBar;
class LegendPanel;
class OverviewStrip;
class ProgressIndicator;
class NoteMarkers;
class NotesPanel;
class ReasonMenu;
class TimelineStrip;
class VersionRenamer;

// The window's widgets and the wiring between them and the session. mainwindow.cpp builds the window
// and follows the session; mainwindowmenus.cpp holds the menus, the toolbar and the file dialogs.
class MainWindow::Private
{
public:
    explicit Private(MainWindow *window)
        : q(window)
    { }

    void createWidgets();
    void createActions();
    // The legend panel, its Help menu entry and its status bar button (after createActions).
    void createLegend();
    void readSettings();
    void writeSettings() const;
    void setReadingFontSize(int points);
    void resizePanels();
    void connectSession();
    ProgressIndicator *progressFor(ComparisonSession::Job job) const;
    // The session given to the window may be comparing already.
    void adoptRunningComparison();

    void applyTheme();
    void onComparisonShown();
    void showLoadErrors();
    void updateSummary();
    void updateBaseLabel();
    // A status message cut to the room the permanent widgets leave, the whole of it in the tooltip.
    void showStatus(const QString &text, int timeout = 0);
    // After a file changed on disk and the comparison was made again: what was kept (mainwindowreload.cpp).
    void announceRecompare();
    void followBase();
    void rebuildVersionMenus();
    void rebuildRecentMenu();
    void addRecent(const QStringList &paths);
    void onCurrentChanged(const QModelIndex &index);
    void navigate(bool found, const QString &nothingLeft);
    void showVersionMenu(int version, const QPoint &globalPos);
    // F2: renames the current cell's version, else the first one shown.
    void renameVersion(int version = -1);
    void showCellMenu(const QModelIndex &index, const QPoint &globalPos);
    bool handleDrop(const QMimeData *mime);
    void chooseExportFile();
    // The file name an export dialog proposes (without suffix), and the folder it remembers.
    QString exportSuggestion() const;
    void rememberExportFolder(const QString &file);
    // File > Export HTML / Export CSV (mainwindowmenus.cpp): format is "html" or "csv".
    void chooseReportFile(const QString &format);
    bool writeReport(const QString &fileName, const QString &format);
    static QString articleFileFilter(); // the Open and Add dialogs' article files
    void chooseShownVersions();
    // What the reports show: what the reader sees, with `parallax compare`'s defaults for the rest.
    ReportChoices reportChoices() const;
    QString reportDialogTitle(const QString &format) const;
    void openFolderDialog();
    void openFilesDialog();
    void addFilesDialog();
    // mainwindowreasons.cpp: following the reasons of substantive changes.
    void createReasonActions(QMenu *viewMenu, QMenu *goMenu, QToolBar *toolbar);
    void followThisReason(bool forward);
    void followChosenReasons(bool forward);
    void showReasonStop(const std::optional<ChangeReason> &reason);
    void updateReasonButton();
    // mainwindowsessions.cpp: sessions and notes.
    void createSessionParts(QMenu *file, QMenu *edit, QMenu *viewMenu);
    void showNotes();
    // Edit > Add Note: on the words selected in the source panel when it has the focus, on the quotation
    // selected in the quotes panel when that has it, else on the current cell's row.
    void addNoteHere();
    void addNoteAt(const QModelIndex &index);
    // On characters [start, end) of a version's extracted text (a selection in a cell or the source).
    void addSpanNote(int version, qsizetype start, qsizetype end);
    void addSelectedWordsNote(const QString &selected);
    // On the words selected in the source panel, which shows the current cell's version.
    void addSourceSelectionNote();
    void addQuoteNote(int group, int version = -1);
    // The version of a quotation's variant; -1 for the group's own line (its reference variant).
    int variantVersion(int group, int variant) const;
    // Asks for the note's text and tags and adds it; false when the reader cancels.
    bool writeNote(Note note);
    void editNote(int index);
    SessionFile sessionSnapshot() const;
    bool saveSession(const QString &path);
    void applySession(const SessionFile &session);
    void onSessionComparisonShown();
    bool maybeSaveNotes();
    void offerRecovery();
    void addRecentSession(const QString &path);
    // mainwindowtime.cpp: order by time, against the previous version, the timeline.
    void createTimeParts(QMenu *viewMenu);
    Comparison shownComparison() const; // the session's, or its view against the previous version
    void showComparison(); // shownComparison() in the model, the versions panel told how it reads
    // What the window's exports write: the command line's report, with the steps against the previous
    // version only while the window shows them (as `compare --against previous`).
    Comparison reportedComparison() const;
    void onTimeComparisonShown();
    // An export asked for while the steps against the previous version are still being measured, and the
    // window reads against the previous version: kept (true) and run when they are there, with the export's
    // progress saying what it waits for, instead of writing a report without them.
    bool waitForSteps(std::function<void()> exportNow);
    void runPendingExport();
    bool cancelPendingExport(); // false: none was waiting
    std::function<void()> pendingExport;
    void focusVersion(int version); // the timeline's click: the version's first change
    // Against the previous version: the base label names what the focused version is measured against
    // (false, and nothing done, otherwise); a cell's status message says it too.
    bool showAgainstPreviousLabel();
    QString describeShownCell(const QModelIndex &index) const;

    void rebuildRecentSessionsMenu();

    MainWindow *q;
    ComparisonSession *session = nullptr;
    // Made on first use (the source panel shown, a named theme): reading its definitions and choosing a
    // theme from them takes 50-150 ms that the first rows need not wait for.
    KSyntaxHighlighting::Repository &repository();
    std::unique_ptr<KSyntaxHighlighting::Repository> repositoryStore;
    bool sourceThemeStale = false; // the source panel's theme is set when the panel is next shown
    bool sourceShown = false; // the source panel's tab is in front
    void applySourceTheme();
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
    LegendPanel *legend = nullptr;
    QDockWidget *legendDock = nullptr;
    ProgressIndicator *compareProgress = nullptr;
    ProgressIndicator *exportProgress = nullptr;
    QLabel *summary = nullptr;
    QLabel *baseLabel = nullptr; // which version is the base, and why
    QString shownBaseKey; // the base last shown: a new one moves to the first column
    QMenu *recentMenu = nullptr;
    QMenu *versionsMenu = nullptr;
    QMenu *baseMenu = nullptr;
    QMenu *themeMenu = nullptr;
    QAction *hideCosmetic = nullptr;
    QAction *showBoilerplate = nullptr;
    QAction *exportAction = nullptr;
    QAction *numberCosmetic = nullptr;
    QAction *chooseVersions = nullptr;
    QAction *narrowColumns = nullptr;
    QAction *reloadAction = nullptr;
    ReasonMenu *reasonMenu = nullptr;
    VersionRenamer *renamer = nullptr;
    QAction *renameAction = nullptr;
    QAction *reasonButton = nullptr;
    // The reason "next change of this reason" last followed, and the cell it stopped at: pressed again
    // there, it keeps to that reason even where the cell's first change has another.
    std::optional<ChangeReason> followedReason;
    std::pair<int, int> followedAt { -1, -1 };

    // Sessions and notes (mainwindowsessions.cpp).
    SessionNotes *notes = nullptr;
    NotesPanel *notesPanel = nullptr;
    QDockWidget *notesDock = nullptr;
    NoteMarkers *viewMarkers = nullptr;
    NoteMarkers *stripMarkers = nullptr;
    QMenu *recentSessionsMenu = nullptr;
    QString sessionPath; // the session file last opened or saved; empty: none yet
    // A session being opened: applied (base, columns, hidden versions, notes) when its comparison is shown.
    std::optional<SessionFile> pendingSession;

    // Revisions over time (mainwindowtime.cpp).
    TimelineStrip *timeline = nullptr;
    QAction *orderByTime = nullptr;
    QAction *againstPrevious = nullptr;
    std::function<bool()> timelineShown;
    QString themeName; // empty: follow the desktop
    bool themeFromEnvironment = false;
    int readingFontSize = 0; // points; 0 until read from the settings or the application font
};

} // namespace Parallax
