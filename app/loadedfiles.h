// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparator.h"
#include "compare/recompare.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace Parallax {

// The article files a session has read, kept as loaded, so that comparing again after one file changed
// on disk reads that file only: the others' decoding, text extraction and segmentation are not done
// again. The alignment is the pipeline's whole run on the versions (the aligner adds the versions one
// after another to shared rows and weighs words over all of them, so one version's alignment is not
// independent of the others'); the changes of the versions whose text and pairs of sentences with the
// base are unchanged are kept from the last comparison (compare/recompare.h). The result is the one
// compareFiles gives.
// Thread-safe: comparisons run in background jobs, an older one possibly still ending.
class LoadedFiles
{
public:
    // What compareFiles(paths, extra, options) does, with every file whose size and modification time
    // are those it had when read, and that forget() was not told about, taken as it was loaded.
    Comparison compare(const QStringList &paths, QList<Version> extra, const CompareOptions &options);
    // A file the watcher saw change: read again next time, whatever its time says.
    void forget(const QString &path);
    void clear();
    // How many files the last compare() read from disk (the others were kept).
    int lastReadCount() const;
    // How many versions' changes the last compare() kept from the one before, and classified anew.
    RecompareStats lastRecompare() const;

private:
    struct Entry
    {
        Version version;
        qint64 size = -1;
        QDateTime modified;
    };
    mutable QMutex m_lock;
    QHash<QString, Entry> m_entries; // by absolute path
    int m_lastReadCount = 0;
    Comparison m_previous; // the last comparison made, whose changes the next may keep
    RecompareStats m_lastRecompare;
};

} // namespace Parallax
