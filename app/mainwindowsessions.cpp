// SPDX-License-Identifier: GPL-3.0-or-later
// The window's sessions and notes (issue 16, docs/sessions.md): File > Open Session, Open Recent Session,
// Save Session (As); the notes dock, the note markers, adding and editing notes; asking before closing
// with unsaved notes and offering the recovery file after a crash.
#include "mainwindow_p.h"

#include "messagebar.h"
#include "notemarkers.h"
#include "notespanel.h"
#include "overviewstrip.h"
#include "present/comparisonmodel.h"
#include "quotespanel.h"
#include "sessionnotes.h"
#include "sidebysideview.h"
#include "sourceview.h"
#include "workspace/noteanchoring.h"
#include "workspace/selectionspan.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int MaxRecentSessions = 8;

QString absoluteKey(const QString &key)
{
    // Dropped text is known by its name; a path is kept absolute so that the session finds it again.
    return QFileInfo::exists(key) ? QFileInfo(key).absoluteFilePath() : key;
}

} // namespace

void MainWindow::Private::createSessionParts(QMenu *file, QMenu *edit, QMenu *viewMenu)
{
    notes = new SessionNotes(q);
    notes->setSnapshot([this] { return sessionSnapshot(); });
    notesPanel = new NotesPanel(q);
    notesDock = new QDockWidget(tr("Notes"), q);
    notesDock->setObjectName(u"NotesDock"_s);
    notesDock->setWidget(notesPanel);
    q->addDockWidget(Qt::RightDockWidgetArea, notesDock);
    q->tabifyDockWidget(sourceDock, notesDock);
    viewMenu->addAction(notesDock->toggleViewAction());
    viewMarkers = new NoteMarkers(view, view->viewport(), NoteMarkers::Place::View);
    stripMarkers = new NoteMarkers(view, strip, NoteMarkers::Place::Strip);

    const auto action = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, q);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        q->addAction(a);
        return a;
    };
    QAction *open = action(u"openSession"_s, tr("Open &Session…"));
    connect(open, &QAction::triggered, q, [this] {
        if (!maybeSaveNotes())
            return;
        const QString path = QFileDialog::getOpenFileName(
            q, tr("Open a Session"), {}, tr("Parallax sessions (*.parallax);;All files (*)"));
        if (!path.isEmpty())
            q->openSession(path);
    });
    recentSessionsMenu = new QMenu(tr("Open Recen&t Session"), q);
    recentSessionsMenu->setObjectName(u"recentSessionsMenu"_s);
    QAction *save = action(u"saveSession"_s, tr("Save Sessi&on"), QKeySequence::Save);
    connect(save, &QAction::triggered, q, [this] { saveSession(sessionPath); });
    QAction *saveAs = action(u"saveSessionAs"_s, tr("Save Sessio&n As…"), QKeySequence::SaveAs);
    connect(saveAs, &QAction::triggered, q, [this] { saveSession(QString()); });
    // Before the exports: sessions belong with opening files.
    QAction *before = exportAction;
    const QList<QAction *> fileActions = file->actions();
    const qsizetype at = fileActions.indexOf(exportAction);
    if (at > 0 && fileActions.at(at - 1)->isSeparator())
        before = fileActions.at(at - 1);
    file->insertAction(before, open);
    file->insertMenu(before, recentSessionsMenu);
    file->insertAction(before, save);
    file->insertAction(before, saveAs);
    file->insertSeparator(before);
    for (QAction *a : { save, saveAs })
        a->setEnabled(false);
    connect(model, &QAbstractItemModel::modelReset, q, [this, save, saveAs] {
        save->setEnabled(session->hasInputs());
        saveAs->setEnabled(session->hasInputs());
    });

    QAction *addNote = action(u"addNote"_s, tr("Add No&te…"), QKeySequence(u"Ctrl+M"_s));
    connect(addNote, &QAction::triggered, q, [this] { addNoteHere(); });
    edit->addSeparator();
    edit->addAction(addNote);

    // The source panel's menu: its own entries (Copy, Select All), then a note on the selected words.
    QPlainTextEdit *editor = source->editor();
    editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(editor, &QWidget::customContextMenuRequested, q, [this, editor](const QPoint &pos) {
        std::unique_ptr<QMenu> menu(editor->createStandardContextMenu(pos));
        menu->addSeparator();
        QAction *note = menu->addAction(tr("Add Note on Selection…"));
        note->setEnabled(editor->textCursor().hasSelection() && view->currentIndex().isValid());
        if (menu->exec(editor->viewport()->mapToGlobal(pos)) == note)
            addSourceSelectionNote();
    });
    // The quotes panel's menu: a note on the quotation, in the selected outlet's variant.
    QTreeWidget *tree = quotes->tree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, q, [this, tree](const QPoint &pos) {
        if (QTreeWidgetItem *item = tree->itemAt(pos))
            tree->setCurrentItem(item);
        const auto [group, variant] = quotes->currentQuote();
        if (group < 0)
            return;
        QMenu menu;
        QAction *note = menu.addAction(tr("Add Note on Quotation…"));
        if (menu.exec(tree->viewport()->mapToGlobal(pos)) == note)
            addQuoteNote(group, variantVersion(group, variant));
    });

    connect(notes, &SessionNotes::notesChanged, q, [this] { showNotes(); });
    connect(
        notes, &SessionNotes::modifiedChanged, q, [this](bool modified) { q->setWindowModified(modified); });
    connect(notesPanel, &NotesPanel::noteActivated, q, [this](int index) {
        const Note &n = notes->notes().value(index);
        if (n.isOrphaned())
            return;
        const int column = n.version >= 0 && !view->isVersionHidden(n.version)
            ? n.version
            : view->visibleVersions().value(0);
        view->setCurrentIndex(model->index(n.row, column));
        view->setFocus();
    });
    connect(notesPanel, &NotesPanel::editRequested, q, [this](int index) { editNote(index); });
    connect(notesPanel, &NotesPanel::removeRequested, q, [this](int index) { notes->remove(index); });
    rebuildRecentSessionsMenu();
}

void MainWindow::Private::showNotes()
{
    notesPanel->setNotes(notes->notes(), model->comparison(), notes->tags());
    viewMarkers->setNotes(notes->notes());
    stripMarkers->setNotes(notes->notes());
    stripMarkers->update();
}

void MainWindow::Private::addNoteHere()
{
    const QWidget *focus = QApplication::focusWidget();
    QPlainTextEdit *editor = source->editor();
    if (focus && (focus == editor || editor->isAncestorOf(focus)) && editor->textCursor().hasSelection()) {
        addSourceSelectionNote();
        return;
    }
    QTreeWidget *tree = quotes->tree();
    if (focus && (focus == tree || tree->isAncestorOf(focus))) {
        if (const auto [group, variant] = quotes->currentQuote(); group >= 0) {
            addQuoteNote(group, variantVersion(group, variant));
            return;
        }
    }
    // Words selected inside the current cell: a span of that version, as from the source panel.
    if (focus && (focus == view || view->isAncestorOf(focus)) && !view->selectedText().isEmpty()) {
        addSelectedWordsNote(view->selectedText());
        return;
    }
    addNoteAt(view->currentIndex());
}

void MainWindow::Private::addNoteAt(const QModelIndex &index)
{
    const Comparison &c = model->comparison();
    if (!index.isValid() || c.rows.isEmpty())
        return;
    writeNote(model->cellText(index.row(), index.column()).isEmpty()
            ? NoteAnchoring::onRow(c, index.row(), -1)
            : NoteAnchoring::onRow(c, index.row(), index.column()));
}

void MainWindow::Private::addSpanNote(int version, qsizetype start, qsizetype end)
{
    const Note note = NoteAnchoring::onSpan(model->comparison(), version, start, end);
    if (note.row < 0) {
        messageBar->showMessage(
            tr("A note needs words of one sentence or more: the selection holds none.").toHtmlEscaped());
        return;
    }
    writeNote(note);
}

void MainWindow::Private::addSourceSelectionNote()
{
    addSelectedWordsNote(source->editor()->textCursor().selectedText());
}

// The words (selected in the current cell or in the source panel, which shows that cell's version) are
// matched to the version's text; of words that recur, those nearest the cell's sentence are meant.
void MainWindow::Private::addSelectedWordsNote(const QString &selected)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid() || selected.isEmpty())
        return;
    const Version &v = model->comparison().versions.at(index.column());
    const int sentence = model->data(index, ComparisonModel::SentenceRole).toInt();
    const qsizetype near
        = sentence >= 0 && sentence < v.sentences.size() ? v.sentences.at(sentence).start : 0;
    const auto [start, end] = NoteAnchoring::spanOfSelection(v, selected, near);
    if (start < 0) {
        messageBar->showMessage(tr("The selected words are not in the text Parallax read from %1, so no note "
                                   "can be placed on them: select words of the article itself.")
                .arg(v.name)
                .toHtmlEscaped());
        return;
    }
    addSpanNote(index.column(), start, end);
}

void MainWindow::Private::addQuoteNote(int group, int version)
{
    writeNote(NoteAnchoring::onQuote(model->comparison(), group, version));
}

int MainWindow::Private::variantVersion(int group, int variant) const
{
    const Comparison &c = model->comparison();
    if (group < 0 || group >= c.quotes.size() || variant < 0)
        return -1;
    return c.quotes.at(group).variants.value(variant).version;
}

bool MainWindow::Private::writeNote(Note note)
{
    if (note.versionKey.isEmpty())
        return false;
    note.versionKey = absoluteKey(note.versionKey);
    note.author = SessionNotes::systemUser();
    NoteDialog dialog(note, notes->tags(), q);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    notes->add(dialog.note());
    notesDock->show();
    return true;
}

void MainWindow::Private::editNote(int index)
{
    if (index < 0 || index >= notes->notes().size())
        return;
    NoteDialog dialog(notes->notes().at(index), notes->tags(), q);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Note n = dialog.note();
    notes->edit(index, n.text, n.tags, n.author);
}

SessionFile MainWindow::Private::sessionSnapshot() const
{
    SessionFile s;
    for (const QString &path : session->paths())
        s.inputs.append(absoluteKey(path));
    s.base = absoluteKey(session->baseKey());
    const int count = int(model->comparison().versions.size());
    bool reordered = false;
    for (int visual = 0; visual < count; ++visual) {
        const int version = view->header()->logicalIndex(visual);
        reordered = reordered || version != visual;
        s.columnOrder.append(absoluteKey(model->versionKey(version)));
    }
    if (!reordered)
        s.columnOrder.clear();
    for (int v = 0; v < count; ++v)
        if (view->isVersionHidden(v))
            s.hiddenVersions.append(absoluteKey(model->versionKey(v)));
    s.reading
        = QJsonObject { { u"fontSize"_s, readingFontSize }, { u"hideCosmetic"_s, hideCosmetic->isChecked() },
              { u"showBoilerplate"_s, showBoilerplate->isChecked() } };
    // Revisions read against the previous version stay so when the session is opened again.
    if (againstPrevious->isChecked())
        s.reading.insert(u"againstPrevious"_s, true);
    s.notes = notes->notes();
    if (session->order() == CompareOptions::Order::Time)
        s.order = u"time"_s;
    return s;
}

bool MainWindow::Private::saveSession(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(q, tr("Save Session"),
            sessionPath.isEmpty() && !session->paths().isEmpty()
                ? QFileInfo(session->paths().first()).absolutePath() + u"/session.parallax"_s
                : sessionPath,
            tr("Parallax sessions (*.parallax)"));
        if (target.isEmpty())
            return false;
        if (!SessionFiles::isSessionFile(target))
            target += u".parallax"_s;
    }
    QString error;
    if (!SessionFiles::save(sessionSnapshot(), target, &error)) {
        QMessageBox::warning(q, tr("Session Not Saved"), error);
        return false;
    }
    sessionPath = QFileInfo(target).absoluteFilePath();
    notes->setModified(false);
    addRecentSession(sessionPath);
    return true;
}

void MainWindow::Private::applySession(const SessionFile &s)
{
    pendingSession = s;
    notes->setNotes(s.notes);
    if (s.reading.contains(u"fontSize"_s))
        setReadingFontSize(s.reading.value(u"fontSize"_s).toInt());
    if (s.reading.contains(u"hideCosmetic"_s)
        && hideCosmetic->isChecked() != s.reading.value(u"hideCosmetic"_s).toBool())
        hideCosmetic->trigger();
    if (s.reading.contains(u"showBoilerplate"_s)
        && showBoilerplate->isChecked() != s.reading.value(u"showBoilerplate"_s).toBool())
        showBoilerplate->trigger();
    if (againstPrevious->isChecked() != s.reading.value(u"againstPrevious"_s).toBool())
        againstPrevious->setChecked(!againstPrevious->isChecked());
    session->setOrder(s.order == u"time"_s ? CompareOptions::Order::Time : CompareOptions::Order::Name);
    session->openPaths(s.inputs);
}

void MainWindow::Private::onSessionComparisonShown()
{
    const Comparison &c = model->comparison();
    if (pendingSession) {
        const SessionFile s = *pendingSession;
        // The base first: choosing it compares again, and the rest waits for that comparison.
        const int base = NoteAnchoring::versionOf(c, s.base);
        if (base >= 0 && base != c.base) {
            q->setBaseVersion(base);
            return;
        }
        pendingSession.reset();
        int position = 0;
        for (const QString &key : s.columnOrder)
            if (const int v = NoteAnchoring::versionOf(c, key); v >= 0)
                view->moveVersion(v, position++);
        for (const QString &key : s.hiddenVersions)
            if (const int v = NoteAnchoring::versionOf(c, key); v >= 0 && view->visibleVersions().size() > 1)
                view->setVersionHidden(v, true);
        const bool wasModified = notes->isModified();
        notes->place(c);
        // Opening is no change of its own, unless notes moved with the files.
        notes->setModified(wasModified && notes->isModified());
        const int orphans = notes->orphanedCount();
        if (orphans > 0)
            messageBar->showMessage(
                tr("%n note(s) could not be placed: their passage is no longer in the files. "
                   "They are listed as orphaned in the Notes panel with their old text.",
                    "", orphans)
                    .toHtmlEscaped());
        return;
    }
    const int before = notes->orphanedCount();
    notes->place(c);
    if (notes->orphanedCount() > before)
        messageBar->showMessage(
            tr("%n note(s) lost their place after the files changed; they are kept as orphaned.", "",
                notes->orphanedCount() - before)
                .toHtmlEscaped());
}

bool MainWindow::Private::maybeSaveNotes()
{
    if (!notes->isModified())
        return true;
    const auto answer = QMessageBox::question(q, tr("Unsaved Notes"),
        tr("The notes have changes that are not saved in a session. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveSession(sessionPath);
    notes->setModified(false);
    return true;
}

void MainWindow::Private::offerRecovery()
{
    const QString recovery = notes->recoveryFile();
    if (recovery.isEmpty() || !QFileInfo::exists(recovery))
        return;
    QString error;
    const auto s = SessionFiles::load(recovery, &error);
    if (!s || s->notes.isEmpty()) {
        notes->removeRecoveryFile();
        return;
    }
    const auto answer = QMessageBox::question(q, tr("Recover Notes"),
        tr("Parallax did not close normally and %n note(s) were not saved. Recover them?", "",
            int(s->notes.size())),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        notes->removeRecoveryFile();
        return;
    }
    applySession(*s);
    // Recovered notes are unsaved until the reader saves them.
    notes->setModified(true);
}

void MainWindow::Private::addRecentSession(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentSessions"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentSessions)
        recent.removeLast();
    settings.setValue(u"recentSessions"_s, recent);
    rebuildRecentSessionsMenu();
}

void MainWindow::Private::rebuildRecentSessionsMenu()
{
    recentSessionsMenu->clear();
    const QStringList recent = QSettings().value(u"recentSessions"_s).toStringList();
    for (const QString &path : recent) {
        QAction *a = recentSessionsMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, q, [this, path] {
            if (maybeSaveNotes())
                q->openSession(path);
        });
    }
    recentSessionsMenu->setEnabled(!recent.isEmpty());
}

// ---- MainWindow ----------------------------------------------------------------------------------

bool MainWindow::openSession(const QString &path)
{
    QString error;
    const auto s = SessionFiles::load(path, &error);
    if (!s) {
        d->messageBar->showMessage(error.toHtmlEscaped());
        return false;
    }
    d->sessionPath = QFileInfo(path).absoluteFilePath();
    d->addRecentSession(d->sessionPath);
    d->applySession(*s);
    return true;
}

bool MainWindow::saveSession(const QString &path)
{
    return d->saveSession(path);
}

void MainWindow::offerRecovery()
{
    d->offerRecovery();
}

SessionNotes *MainWindow::notes() const
{
    return d->notes;
}

} // namespace Parallax
