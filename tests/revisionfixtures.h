// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the tests of revisions over time share (tst_revisions, tst_timelinechart, tst_sessionupdates,
// tst_revisionwatch): a story in revisions written for the tests, files written into a folder, a
// comparison's versions found by their file names, and a session whose comparisons are waited for.

#include "compare/comparator.h"
#include "core/comparison.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

namespace Parallax::RevisionFixtures {

using namespace Qt::StringLiterals;

// How long a comparison of a few short versions may take on a loaded machine.
constexpr int ComparisonWait = 60000;

// Writes (or replaces) a file with the text, UTF-8.
inline bool write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
}

// One invented story in three revisions, earliest first: the second changes the cost without a word to
// the reader and adds a sentence (a stealth edit); the third corrects the start of construction and
// says so.
inline QStringList footbridgeRevisions()
{
    const QString top = u"Council approves new footbridge.\n\nThe city council voted on Monday to build a "
                        "footbridge across the Orrin river. "_s;
    return {
        top
            + u"The bridge will cost 4 million euros. Construction starts in May. Residents of the east bank "
              "welcomed the decision.\n"_s,
        top
            + u"The bridge will cost 5 million euros. Construction starts in May. Residents of the east bank "
              "welcomed the decision. The mayor called the vote historic.\n"_s,
        top
            + u"The bridge will cost 5 million euros. Construction starts in June. Residents of the east "
              u"bank "
              "welcomed the decision. The mayor called the vote historic.\n\nCorrection: An earlier version "
              "of "
              "this article gave the wrong month for the start of construction.\n"_s,
    };
}

// The texts under the given names in the folder, one for one.
inline bool writeSeries(
    const QTemporaryDir &dir, const QStringList &names, const QStringList &texts = footbridgeRevisions())
{
    if (names.size() != texts.size())
        return false;
    for (qsizetype i = 0; i < names.size(); ++i)
        if (!write(dir.filePath(names.at(i)), texts.at(i)))
            return false;
    return true;
}

// The versions' file names, in the comparison's order.
inline QStringList fileNames(const Comparison &c)
{
    QStringList names;
    for (const Version &v : c.versions)
        names.append(QFileInfo(v.path).fileName());
    return names;
}

// The version read from the file of that name; -1 for none.
inline int versionOfFile(const Comparison &c, const QString &fileName)
{
    return int(fileNames(c).indexOf(fileName));
}

// The folder's versions in time order, each measured against its predecessor (`parallax compare --order
// time --against previous`); options may add a base.
inline Comparison compareInTime(const QString &folder, CompareOptions options = {})
{
    options.order = CompareOptions::Order::Time;
    options.againstPrevious = true;
    return compareFiles({ folder }, options);
}

// A session (ComparisonSession; a template so that tests without the session library can include this)
// and its comparisons as they come: open() and next() wait for the next comparisonReady.
template<typename Session> struct WatchedSession
{
    Session session;
    QSignalSpy ready { &session, &Session::comparisonReady };

    bool open(const QStringList &paths)
    {
        session.openPaths(paths);
        return ready.wait(ComparisonWait);
    }
    bool next() { return ready.wait(ComparisonWait); }
};

} // namespace Parallax::RevisionFixtures
