// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parallax {

// File names as the system has them. On Linux a name is bytes; most are UTF-8, but one written by an old
// program or unpacked from an archive made elsewhere may not be, and QString (and so QFile) cannot hold
// it. Such a name travels in a QString with each byte that is not part of valid UTF-8 kept as a lone low
// surrogate U+DC80..U+DCFF (Python's "surrogateescape"): the file can still be opened (toNative gives
// the bytes back) and its name shown (printable writes the byte as \xE9).
namespace FilePaths {

QString fromNative(const QByteArray &bytes);
QByteArray toNative(QStringView path);
// Whether the path holds a byte that is not UTF-8 (Qt's file classes cannot open it by name).
bool hasEscapedBytes(QStringView path);

// Text from a file name or another outside string, safe to print on a terminal or show in the window: a
// control character (an escape sequence could move the cursor or recolour the terminal), a bidi control
// (it would reverse the rest of the line) or a lone surrogate is written as an escape (\x1B, \u202E;
// a byte that is not UTF-8 as \xE9).
QString printable(QStringView text);

struct Identity
{
    quint64 device = 0;
    quint64 inode = 0;
    friend bool operator==(const Identity &, const Identity &) = default;
};

struct Status
{
    enum Kind { Missing, LinkLoop, Inaccessible, Regular, Folder, Other };
    Kind kind = Missing;
    bool isLink = false; // the path itself is a symbolic link
    qint64 size = 0;
    Identity identity; // of the file the path leads to (links followed)
    int error = 0; // errno when the path leads nowhere
};

// What the path leads to, links followed (a loop of links anywhere on the way is LinkLoop).
Status status(const QString &path);
// The names in a folder (not "." and ".."), sorted as QDir::Name sorts; ok false when it cannot be read.
QStringList folderEntries(const QString &folder, bool *ok);

} // namespace FilePaths

} // namespace Parallax
