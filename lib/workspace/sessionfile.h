// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/note.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parallax {

// A saved workspace: what is compared and how it is shown, and the reader's notes; a `.parallax` file
// (JSON, docs/sessions.md). It holds no article text: opening it reads the files again, and the notes
// find their passages in them (NoteAnchoring).
struct SessionFile
{
    // The schema this code writes; a file of a later schema is refused rather than half read.
    static constexpr int Schema = 1;

    QStringList inputs; // files and folders, absolute in memory (relative to the session file on disk)
    QString base; // the chosen base's version key; empty: the most central
    QStringList columnOrder; // version keys, left to right; empty: as loaded
    QStringList hiddenVersions; // version keys
    // How the versions are ordered: "name" (as loaded) or "time" (by their dates); empty: by name. An
    // optional key of schema 1: older files lack it, older readers ignore it.
    QString order;
    QHash<QString, QString> displayNames; // version key -> the name the reader gave it
    QJsonObject
        reading; // the window's reading options (font size, cosmetic changes shown, ...), as it writes them
    QList<Note> notes;

    friend bool operator==(const SessionFile &, const SessionFile &) = default;
};

namespace SessionFiles {

// The file's bytes; paths (inputs and version keys) under the session file's folder are written
// relative to it, so that a folder of articles and its session can be moved or shared together.
QByteArray toJson(const SessionFile &session, const QString &sessionPath);
// Reads a session; a null optional with *error set when the bytes are no session of a known schema.
// Relative paths are resolved against the session file's folder.
std::optional<SessionFile> fromJson(const QByteArray &data, const QString &sessionPath, QString *error);

// Writes the session atomically (QSaveFile: afterwards the file holds the old session or the new one,
// never a part of either), refusing to replace any of its inputs. On failure *error is "PATH: reason".
bool save(const SessionFile &session, const QString &path, QString *error);
std::optional<SessionFile> load(const QString &path, QString *error);

// Whether a path names a session file (by its extension, as the file dialogs and the command line do).
bool isSessionFile(const QString &path);
inline constexpr char16_t Extension[] = u"parallax";

} // namespace SessionFiles

} // namespace Parallax
