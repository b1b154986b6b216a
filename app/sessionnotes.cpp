// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionnotes.h"

#include "workspace/noteanchoring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Thirty seconds after the last change: often enough that a crash costs little, seldom enough that
// typing a note does not write the file at every word.
constexpr int DefaultAutosaveDelay = 30000;

} // namespace

SessionNotes::SessionNotes(QObject *parent)
    : QObject(parent)
    , m_recoveryFile(defaultRecoveryFile())
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(DefaultAutosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, &SessionNotes::autosave);
}

SessionNotes::~SessionNotes() = default;

const QList<Note> &SessionNotes::notes() const
{
    return m_notes;
}

void SessionNotes::setNotes(const QList<Note> &notes)
{
    m_notes = notes;
    setModified(false);
    Q_EMIT notesChanged();
}

int SessionNotes::add(Note note)
{
    if (note.author.isEmpty())
        note.author = systemUser();
    if (!note.time.isValid())
        note.time = QDateTime::currentDateTimeUtc();
    m_notes.append(note);
    changed();
    return int(m_notes.size() - 1);
}

void SessionNotes::edit(int index, const QString &text, const QStringList &tags, const QString &author)
{
    if (index < 0 || index >= m_notes.size())
        return;
    Note &n = m_notes[index];
    n.text = text;
    n.tags = tags;
    n.author = author;
    n.time = QDateTime::currentDateTimeUtc();
    changed();
}

void SessionNotes::remove(int index)
{
    if (index < 0 || index >= m_notes.size())
        return;
    m_notes.removeAt(index);
    changed();
}

int SessionNotes::place(const Comparison &comparison)
{
    const int moved = NoteAnchoring::place(m_notes, comparison);
    // A note placed elsewhere is a change to save: its anchor now names the new place.
    if (moved > 0)
        changed();
    else
        Q_EMIT notesChanged();
    return moved;
}

QStringList SessionNotes::tags() const
{
    QStringList all = standardNoteTags();
    for (const Note &n : m_notes)
        for (const QString &t : n.tags)
            if (!all.contains(t))
                all.append(t);
    return all;
}

int SessionNotes::orphanedCount() const
{
    return int(std::count_if(m_notes.cbegin(), m_notes.cend(), [](const Note &n) { return n.isOrphaned(); }));
}

bool SessionNotes::isModified() const
{
    return m_modified;
}

void SessionNotes::setModified(bool modified)
{
    if (!modified) {
        m_autosave.stop();
        removeRecoveryFile();
    }
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void SessionNotes::setSnapshot(std::function<SessionFile()> snapshot)
{
    m_snapshot = std::move(snapshot);
}

QString SessionNotes::recoveryFile() const
{
    return m_recoveryFile;
}

void SessionNotes::setRecoveryFile(const QString &path)
{
    m_recoveryFile = path;
}

void SessionNotes::setAutosaveDelay(int milliseconds)
{
    m_autosave.setInterval(milliseconds);
}

bool SessionNotes::autosave()
{
    if (!m_modified || !m_snapshot || m_recoveryFile.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_recoveryFile).absolutePath());
    QString error;
    return SessionFiles::save(m_snapshot(), m_recoveryFile, &error);
}

void SessionNotes::removeRecoveryFile()
{
    if (!m_recoveryFile.isEmpty())
        QFile::remove(m_recoveryFile);
}

QString SessionNotes::defaultRecoveryFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : folder + u"/recovery.parallax"_s;
}

QString SessionNotes::systemUser()
{
    for (const char *name : { "USER", "LOGNAME", "USERNAME" })
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return QDir::home().dirName();
}

void SessionNotes::changed()
{
    setModified(true);
    m_autosave.start();
    Q_EMIT notesChanged();
}

} // namespace Parallax
