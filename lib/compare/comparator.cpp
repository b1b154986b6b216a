// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparator.h"

#include "compare/againstprevious.h"
#include "compare/pipelinestages_p.h"

#include "align/roles.h"
#include "align/sentencealigner.h"
#include "core/filepaths.h"
#include "load/articleloader.h"
#include "load/versiondate.h"
#include "quotes/quotecomparer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <functional>
#include <future>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Two versions with the same display name (two pages of one site) get their file names added.
void disambiguateNames(QList<Version> &versions)
{
    QHash<QString, int> count;
    for (const Version &v : std::as_const(versions))
        ++count[v.name];
    for (Version &v : versions) {
        if (count.value(v.name) > 1 && !v.path.isEmpty())
            v.name = u"%1 (%2)"_s.arg(v.name, QFileInfo(v.path).fileName());
    }
}

// The versions `wanted` names, by the first kind of name that matches any: the path, then the version's
// name or file name, then the file name without its suffix, then the name in any case. More than one
// match is ambiguous.
QList<int> matchBase(const QList<Version> &versions, const QString &wanted)
{
    const QString wantedPath = QFileInfo(wanted).absoluteFilePath();
    const std::function<bool(const Version &)> tiers[] = {
        [&](const Version &v) {
            return !v.path.isEmpty() && QFileInfo(v.path).absoluteFilePath() == wantedPath;
        },
        [&](const Version &v) {
            return v.name == wanted || (!v.path.isEmpty() && QFileInfo(v.path).fileName() == wanted);
        },
        [&](const Version &v) { return !v.path.isEmpty() && QFileInfo(v.path).completeBaseName() == wanted; },
        [&](const Version &v) { return v.name.compare(wanted, Qt::CaseInsensitive) == 0; },
    };
    for (const auto &matches : tiers) {
        QList<int> found;
        for (int i = 0; i < versions.size(); ++i)
            if (matches(versions.at(i)))
                found.append(i);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

QStringList collectArticleFiles(const QStringList &paths, QList<LoadError> *errors)
{
    QStringList files;
    // The same file named twice, or reached through two links or hard links, is one version: it is read
    // under the first path and the others are noted.
    QHash<QPair<quint64, quint64>, QString> seenFiles;
    QSet<QString> seenPaths;
    auto add = [&](const QString &file, const FilePaths::Status &status) {
        if (status.kind == FilePaths::Status::Regular) {
            const QPair<quint64, quint64> key(status.identity.device, status.identity.inode);
            if (const auto first = seenFiles.constFind(key); first != seenFiles.cend()) {
                if (errors)
                    errors->append({ file, LoadError::Code::Duplicate, *first });
                return;
            }
            seenFiles.insert(key, file);
        }
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (seenPaths.contains(absolute))
            return;
        seenPaths.insert(absolute);
        files.append(file);
    };
    for (const QString &path : paths) {
        const FilePaths::Status status = FilePaths::status(path);
        if (status.kind == FilePaths::Status::Folder) {
            // The images and scripts a browser saved with a page are not versions of the story.
            if (const QString page = ArticleLoader::savedPageOfAssetsFolder(path); !page.isEmpty()) {
                if (errors)
                    errors->append({ path, LoadError::Code::SavedPageAssets, QFileInfo(page).fileName() });
                continue;
            }
            // The folder is listed by the system's bytes: a name that is not UTF-8 is still a file to read
            // (or to report), and never hides the names after it.
            bool readable = false;
            const QStringList names = FilePaths::folderEntries(path, &readable);
            if (!readable) {
                if (errors)
                    errors->append({ path, LoadError::Code::FolderUnreadable, {} });
                continue;
            }
            const QDir dir(path);
            int found = 0;
            for (const QString &name : names) {
                if (name.startsWith(u'.') || !ArticleLoader::isArticleFile(name))
                    continue;
                const QString file = dir.filePath(name);
                // Broken links and loops go to the loader, which says which it is; folders are skipped.
                const FilePaths::Status entry = FilePaths::status(file);
                if (entry.kind == FilePaths::Status::Folder)
                    continue;
                add(file, entry);
                ++found;
            }
            if (found == 0 && errors)
                errors->append({ path, LoadError::Code::FolderWithoutArticles, {} });
        } else if (status.kind != FilePaths::Status::Missing || status.isLink) {
            // A broken link, a loop of links or a file that cannot be read goes to the loader, which says
            // which it is.
            add(path, status);
        } else if (errors) {
            errors->append({ path, LoadError::Code::Missing, {} });
        }
    }
    return files;
}

Comparison compareFiles(const QStringList &paths, const CompareOptions &options)
{
    return compareFiles(paths, {}, options);
}

Comparison compareFiles(const QStringList &paths, QList<Version> loaded, const CompareOptions &options)
{
    return compareFiles(paths, std::move(loaded), options,
        [](const QString &file, LoadError *error) { return ArticleLoader::loadFile(file, error); });
}

Comparison compareFiles(const QStringList &paths, QList<Version> loaded, const CompareOptions &options,
    const FileLoader &loadFile)
{
    QList<LoadError> errors;
    const QStringList files = collectArticleFiles(paths, &errors);
    // Each file is read, decoded and segmented on its own, so many files load on the global thread pool;
    // the versions keep the order of the files.
    struct Loaded
    {
        std::optional<Version> version;
        LoadError error;
    };
    const int total = int(files.size()) * 2 + 1;
    QMutex progressLock;
    int loadedCount = 0;
    const auto load = [&](const QString &file) {
        Loaded out;
        if (options.isCanceled && options.isCanceled())
            return out;
        out.version = loadFile(file, &out.error);
        const QMutexLocker locker(&progressLock);
        if (options.progress)
            options.progress(++loadedCount, total);
        return out;
    };
    // A few files load faster than threads start.
    constexpr qsizetype FilesForThreads = 8;
    QList<Loaded> results;
    if (files.size() >= FilesForThreads) {
        results = QtConcurrent::blockingMapped<QList<Loaded>>(Internal::innerPool(), files, load);
    } else {
        for (const QString &file : files)
            results.append(load(file));
    }
    if (options.isCanceled && options.isCanceled())
        return {};
    QList<Version> versions;
    for (Loaded &result : results) {
        if (result.version)
            versions.append(std::move(*result.version));
        else
            errors.append(std::move(result.error));
    }
    versions.append(std::move(loaded));
    return compareVersions(std::move(versions), options, std::move(errors));
}

Comparison compareVersions(QList<Version> versions, const CompareOptions &options, QList<LoadError> errors)
{
    Comparison c;
    c.errors = std::move(errors);
    disambiguateNames(versions);
    if (options.order == CompareOptions::Order::Time) {
        QList<Version> byTime;
        for (int i : VersionDate::timeOrder(versions))
            byTime.append(std::move(versions[i]));
        versions = std::move(byTime);
    }
    for (Version &v : versions)
        assignRoles(v);
    c.versions = std::move(versions);
    const int nv = int(c.versions.size());
    if (nv == 0)
        return c;

    SentenceAligner aligner;
    aligner.setVersions(c.versions);
    c.base = -1;
    if (!options.base.isEmpty()) {
        const QList<int> matches = matchBase(c.versions, options.base);
        if (matches.size() == 1) {
            c.base = matches.first();
        } else if (matches.isEmpty()) {
            c.errors.append({ options.base, LoadError::Code::UnknownBase, {} });
        } else {
            QStringList names;
            for (int m : matches)
                names.append(c.versions.at(m).path.isEmpty() ? c.versions.at(m).name : c.versions.at(m).path);
            c.errors.append({ options.base, LoadError::Code::AmbiguousBase, names.join(u", "_s) });
        }
    }
    if (c.base < 0)
        c.base = aligner.mostCentralVersion();
    const int base = c.base;
    const Version &baseVersion = c.versions.at(base);
    c.title = baseVersion.title;
    for (qsizetype i = 0; i < c.versions.size() && c.title.isEmpty(); ++i)
        c.title = c.versions.at(i).title;

    c.rows = aligner.align(base, options.isCanceled);
    if (options.isCanceled && options.isCanceled())
        return {};

    // The quotations read only the versions, the base and the rows: they are compared on a thread of their
    // own while the changes are classified and the similarity measured, which write other fields. Not a
    // thread of the inner pool: waiting there for its own extraction work, queued behind it in the same
    // pool, held a pool of one thread forever.
    std::future<QList<QuoteGroup>> quotes
        = std::async(std::launch::async, [&c] { return QuoteComparer::compare(c, Internal::innerPool()); });

    // The changes inside aligned and moved sentences.
    c.changes = options.changes ? options.changes(c) : Internal::classifyChanges(c);

    // Similarity: the weighted share of words that aligned sentences have in common.
    Internal::measureSimilarity(c, aligner);
    c.quotes = quotes.get();
    if (options.againstPrevious) {
        c.steps = AgainstPrevious::measure(c, options.isCanceled);
        if (options.isCanceled && options.isCanceled())
            return {};
    }
    if (options.progress)
        options.progress(1, 1);
    return c;
}

} // namespace Parallax
