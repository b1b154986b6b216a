// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filepaths.h"

#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>
#else
#include <QDir>
#endif

using namespace Qt::StringLiterals;

namespace Parallax::FilePaths {

namespace {

constexpr char16_t EscapedByteBase = 0xDC00; // a byte b >= 0x80 that is not UTF-8 travels as U+DC00 + b

bool isEscapedByte(QStringView s, qsizetype i)
{
    const char16_t c = s.at(i).unicode();
    if (c < 0xDC80 || c > 0xDCFF)
        return false;
    // A low surrogate that completes a pair is part of a real character.
    return i == 0 || !s.at(i - 1).isHighSurrogate();
}

// The length of the valid UTF-8 sequence at data[i], or 0 (overlong forms, encoded surrogates and code
// points past U+10FFFF are not valid, as in the Unicode standard's definition).
int validSequenceLength(const QByteArray &data, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < data.size() ? uchar(data.at(k)) : 0u; };
    const uchar b = at(i);
    const auto cont = [&](qsizetype k) { return (at(k) & 0xC0) == 0x80; };
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        const uchar b1 = at(i + 1);
        const bool ok1 = b == 0xE0 ? (b1 >= 0xA0 && b1 <= 0xBF)
            : b == 0xED            ? (b1 >= 0x80 && b1 <= 0x9F)
                                   : cont(i + 1);
        return ok1 && cont(i + 2) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const uchar b1 = at(i + 1);
        const bool ok1 = b == 0xF0 ? (b1 >= 0x90 && b1 <= 0xBF)
            : b == 0xF4            ? (b1 >= 0x80 && b1 <= 0x8F)
                                   : cont(i + 1);
        return ok1 && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString fromNative(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const int n = validSequenceLength(bytes, i);
        if (n == 0) {
            out.append(QChar(char16_t(EscapedByteBase + uchar(bytes.at(i)))));
            ++i;
        } else {
            out.append(QString::fromUtf8(bytes.constData() + i, n));
            i += n;
        }
    }
    return out;
}

QByteArray toNative(QStringView path)
{
    QByteArray out;
    out.reserve(path.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (!isEscapedByte(path, i))
            continue;
        out += path.mid(start, i - start).toUtf8();
        out += char(path.at(i).unicode() - EscapedByteBase);
        start = i + 1;
    }
    out += path.mid(start).toUtf8();
    return out;
}

bool hasEscapedBytes(QStringView path)
{
    for (qsizetype i = 0; i < path.size(); ++i)
        if (isEscapedByte(path, i))
            return true;
    return false;
}

QString printable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(i + 1));
            ++i;
            continue;
        }
        const char16_t u = c.unicode();
        const auto hex
            = [](uint v, int width) { return QString::number(v, 16).toUpper().rightJustified(width, u'0'); };
        if (isEscapedByte(text, i))
            out += u"\\x"_s + hex(u - EscapedByteBase, 2);
        else if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
            out += u"\\x"_s + hex(u, 2);
        else if (c.isSurrogate() || isBidiControl(u))
            out += u"\\u"_s + hex(u, 4);
        else
            out.append(c);
    }
    return out;
}

#ifdef Q_OS_UNIX

Status status(const QString &path)
{
    Status s;
    const QByteArray native = toNative(path);
    struct stat st;
    if (::lstat(native.constData(), &st) == 0)
        s.isLink = S_ISLNK(st.st_mode);
    if (::stat(native.constData(), &st) != 0) {
        s.error = errno;
        s.kind = s.error == ELOOP                       ? Status::LinkLoop
            : (s.error == ENOENT || s.error == ENOTDIR) ? Status::Missing
                                                        : Status::Inaccessible;
        return s;
    }
    s.kind = S_ISREG(st.st_mode) ? Status::Regular : S_ISDIR(st.st_mode) ? Status::Folder : Status::Other;
    s.size = qint64(st.st_size);
    s.identity = { quint64(st.st_dev), quint64(st.st_ino) };
    return s;
}

QStringList folderEntries(const QString &folder, bool *ok)
{
    QStringList names;
    DIR *dir = ::opendir(toNative(folder).constData());
    if (ok)
        *ok = dir != nullptr;
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(fromNative(name));
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

#else

Status status(const QString &path)
{
    Status s;
    const QFileInfo info(path);
    s.isLink = info.isSymLink();
    if (!info.exists()) {
        s.kind = Status::Missing;
        return s;
    }
    s.kind = info.isFile() ? Status::Regular : info.isDir() ? Status::Folder : Status::Other;
    s.size = info.size();
    // Without inodes the canonical path stands for the file.
    s.identity = { 0, quint64(qHash(info.canonicalFilePath())) };
    return s;
}

QStringList folderEntries(const QString &folder, bool *ok)
{
    const QDir dir(folder);
    if (ok)
        *ok = dir.exists() && QFileInfo(folder).isReadable();
    return dir.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

#endif

} // namespace Parallax::FilePaths
