// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace Parallax {

// The notes dock: every note of the session with its row, version, tags, text and author; filters by
// tag and by version; orphaned notes (their passage found nowhere) listed last with their old passage.
// Activating a note jumps to it; the context menu edits or removes it.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setNotes(const QList<Note> &notes, const Comparison &comparison, const QStringList &tags);
    // Index into the notes of the entry selected; -1 when none.
    int currentNote() const;
    int visibleCount() const;

Q_SIGNALS:
    void noteActivated(int index);
    void editRequested(int index);
    void removeRequested(int index);

private:
    void rebuild();

    QComboBox *m_tag = nullptr;
    QComboBox *m_version = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<Note> m_notes;
    QStringList m_versionNames;
    QStringList m_tags;
};

// Writing or editing one note: its text, tags (the standard ones to tick, others typed), and author.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const Note &note, const QStringList &knownTags, QWidget *parent = nullptr);
    Note note() const;

private:
    Note m_note;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_author = nullptr;
};

} // namespace Parallax
