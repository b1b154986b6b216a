// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparator.h"

#include "align/changeclassifier.h"
#include "align/roles.h"
#include "align/sentencealigner.h"
#include "core/filepaths.h"
#include "load/articleloader.h"
#include "quotes/quotecomparer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <functional>

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
    QList<LoadError> errors;
    const QStringList files = collectArticleFiles(paths, &errors);
    QList<Version> versions;
    const int total = int(files.size()) * 2 + 1;
    for (int i = 0; i < files.size(); ++i) {
        if (options.isCanceled && options.isCanceled())
            return {};
        LoadError error;
        if (auto v = ArticleLoader::loadFile(files.at(i), &error))
            versions.append(std::move(*v));
        else
            errors.append(error);
        if (options.progress)
            options.progress(i + 1, total);
    }
    versions.append(std::move(loaded));
    return compareVersions(std::move(versions), options, std::move(errors));
}

Comparison compareVersions(QList<Version> versions, const CompareOptions &options, QList<LoadError> errors)
{
    Comparison c;
    c.errors = std::move(errors);
    disambiguateNames(versions);
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

    // Statuses and the changes inside aligned and moved sentences.
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        for (int v = 0; v < nv; ++v) {
            const int cell = row.cells.at(v);
            const CellStatus status = row.status.at(v);
            if (v == base || cell < 0 || (status != CellStatus::Changed && status != CellStatus::Moved))
                continue;
            // A moved sentence is compared with its counterpart where the base has it.
            const int baseRow = status == CellStatus::Moved ? row.moveTarget.at(v) : r;
            const AlignedRow &b = c.rows.at(baseRow);
            // A move between two versions that are not the base has no base text to compare with.
            if (b.cells.at(base) < 0)
                continue;
            const QStringView before = baseVersion.cellText(b.cells.at(base), b.spans.at(base));
            const QStringView after = c.versions.at(v).cellText(cell, row.spans.at(v));
            if (before == after)
                continue;
            classifier.setDocuments(baseVersion.text, c.versions.at(v).text);
            const qsizetype baseOffset = baseVersion.sentences.at(b.cells.at(base)).start;
            const qsizetype offset = c.versions.at(v).sentences.at(cell).start;
            for (const SentenceChange &sc : classifier.compare(before, after)) {
                Change ch;
                ch.version = v;
                ch.row = r;
                ch.sentence = cell;
                ch.baseSentence = b.cells.at(base);
                ch.kind = sc.kind;
                ch.reason = sc.reason;
                ch.before = before.mid(sc.beforeStart, sc.beforeEnd - sc.beforeStart).toString();
                ch.after = after.mid(sc.afterStart, sc.afterEnd - sc.afterStart).toString();
                ch.baseStart = baseOffset + sc.beforeStart;
                ch.baseEnd = baseOffset + sc.beforeEnd;
                ch.start = offset + sc.afterStart;
                ch.end = offset + sc.afterEnd;
                c.changes.append(ch);
            }
        }
    }

    c.quotes = QuoteComparer::compare(c);

    // Similarity: the weighted share of words that aligned sentences have in common.
    QList<double> totals(nv, 0.0);
    for (int v = 0; v < nv; ++v)
        for (int s = 0; s < c.versions.at(v).sentences.size(); ++s)
            if (!aligner.profile(v, s).boilerplate)
                totals[v] += aligner.profile(v, s).weight;
    QList<QList<double>> shared(nv, QList<double>(nv, 0.0));
    QList<double> keptOfBase(nv, 0.0);
    for (const AlignedRow &row : std::as_const(c.rows)) {
        if (row.boilerplate)
            continue;
        QList<QList<int>> bags(nv);
        QList<double> weights(nv, 0.0);
        for (int v = 0; v < nv; ++v)
            if (row.cells.at(v) >= 0)
                bags[v] = aligner.bag(v, row.cells.at(v), row.spans.at(v), &weights[v]);
        for (int i = 0; i < nv; ++i) {
            if (row.cells.at(i) < 0)
                continue;
            for (int j = i + 1; j < nv; ++j) {
                if (row.cells.at(j) < 0)
                    continue;
                const double common = aligner.similarity(bags[i], weights[i], bags[j], weights[j])
                    * (weights[i] + weights[j]) / 2;
                shared[i][j] += common;
                shared[j][i] += common;
            }
        }
        // Moved sentences are kept content too.
        if (row.cells.at(base) >= 0) {
            for (int v = 0; v < nv; ++v) {
                if (v == base || row.cells.at(v) >= 0 || row.moveTarget.at(v) < 0)
                    continue;
                const AlignedRow &to = c.rows.at(row.moveTarget.at(v));
                double w = 0;
                const QList<int> moved = aligner.bag(v, to.cells.at(v), to.spans.at(v), &w);
                keptOfBase[v]
                    += aligner.similarity(bags[base], weights[base], moved, w) * (weights[base] + w) / 2;
            }
        }
    }
    c.similarity = QList<QList<double>>(nv, QList<double>(nv, 1.0));
    c.baseShare = QList<double>(nv, 1.0);
    c.ownShare = QList<double>(nv, 0.0);
    for (int i = 0; i < nv; ++i) {
        for (int j = 0; j < nv; ++j)
            if (i != j)
                c.similarity[i][j]
                    = totals[i] + totals[j] > 0 ? 2 * shared[i][j] / (totals[i] + totals[j]) : 0;
        if (i != base) {
            const double kept = shared[i][base] + keptOfBase[i];
            c.baseShare[i] = totals[base] > 0 ? std::min(1.0, kept / totals[base]) : 0;
            c.ownShare[i] = totals[i] > 0 ? std::max(0.0, 1.0 - kept / totals[i]) : 0;
        }
    }
    if (options.progress)
        options.progress(1, 1);
    return c;
}

} // namespace Parallax
