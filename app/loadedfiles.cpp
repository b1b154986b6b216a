// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadedfiles.h"

#include "load/articleloader.h"

#include <QFileInfo>

namespace Parallax {

Comparison LoadedFiles::compare(const QStringList &paths, QList<Version> extra, const CompareOptions &options)
{
    QAtomicInt read = 0;
    const auto load = [this, &read](const QString &file, LoadError *error) -> std::optional<Version> {
        const QFileInfo info(file);
        const QString key = info.absoluteFilePath();
        const qint64 size = info.size();
        const QDateTime modified = info.lastModified();
        {
            const QMutexLocker locker(&m_lock);
            const auto kept = m_entries.constFind(key);
            if (kept != m_entries.cend() && kept->size == size && kept->modified == modified)
                return kept->version;
        }
        read.fetchAndAddRelaxed(1);
        std::optional<Version> version = ArticleLoader::loadFile(file, error);
        const QMutexLocker locker(&m_lock);
        if (version)
            m_entries.insert(key, { *version, size, modified });
        else
            m_entries.remove(key);
        return version;
    };
    Comparison previous;
    {
        const QMutexLocker locker(&m_lock);
        previous = m_previous;
    }
    RecompareStats stats;
    Comparison c = recompareFiles(previous, paths, std::move(extra), options, load, &stats);
    const QMutexLocker locker(&m_lock);
    m_lastReadCount = read.loadRelaxed();
    m_lastRecompare = stats;
    // A canceled comparison is empty: the one before stays the one to keep changes from.
    if (!c.versions.isEmpty())
        m_previous = c;
    return c;
}

void LoadedFiles::forget(const QString &path)
{
    const QMutexLocker locker(&m_lock);
    m_entries.remove(QFileInfo(path).absoluteFilePath());
}

void LoadedFiles::clear()
{
    const QMutexLocker locker(&m_lock);
    m_entries.clear();
    m_previous = {};
}

RecompareStats LoadedFiles::lastRecompare() const
{
    const QMutexLocker locker(&m_lock);
    return m_lastRecompare;
}

int LoadedFiles::lastReadCount() const
{
    const QMutexLocker locker(&m_lock);
    return m_lastReadCount;
}

} // namespace Parallax
