// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"
#include "workspace/sessionfile.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Parallax {

// The reader's notes as the window works on them, without any widget: adding, editing and removing,
// placing them in each new comparison, whether they are saved, and the recovery file. While there are
// unsaved changes, the whole session is written to the recovery file a while after the last change
// (autosaveDelay), so that a crash loses at most that much; saving the session or discarding the notes
// removes it. On start, a recovery file left behind means the last run ended without saving.
class SessionNotes : public QObject
{
    Q_OBJECT
public:
    explicit SessionNotes(QObject *parent = nullptr);
    ~SessionNotes() override;

    const QList<Note> &notes() const;
    // Replaces all notes (a session opened, recovered or closed); they count as saved.
    void setNotes(const QList<Note> &notes);
    // Adds a note (author and time filled in when empty); returns its index.
    int add(Note note);
    void edit(int index, const QString &text, const QStringList &tags, const QString &author);
    void remove(int index);
    // Places every note in the comparison now shown; returns how many moved (docs/sessions.md).
    int place(const Comparison &comparison);
    // Every tag in use, the standard ones first.
    QStringList tags() const;
    int orphanedCount() const;

    bool isModified() const;
    void setModified(bool modified);

    // The whole session to write to the recovery file; set by the window.
    void setSnapshot(std::function<SessionFile()> snapshot);
    // Default: recovery.parallax in the application's data folder (QStandardPaths::AppDataLocation).
    QString recoveryFile() const;
    void setRecoveryFile(const QString &path);
    void setAutosaveDelay(int milliseconds);
    // Writes the recovery file now (also what the timer does); false when there is nothing to write.
    bool autosave();
    void removeRecoveryFile();
    static QString defaultRecoveryFile();

    // The system user's name, for new notes.
    static QString systemUser();

Q_SIGNALS:
    void notesChanged();
    void modifiedChanged(bool modified);

private:
    void changed();

    QList<Note> m_notes;
    bool m_modified = false;
    std::function<SessionFile()> m_snapshot;
    QString m_recoveryFile;
    QTimer m_autosave;
};

} // namespace Parallax
