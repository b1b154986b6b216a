// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Parallax {

struct CompareOptions
{
    // The base version: a version's name, file name or path. Empty: the version most similar to all
    // others.
    QString base;
    // The order of the versions: as the files are named (and given), or by their dates
    // (VersionDate::timeOrder: earliest first, undated last).
    enum class Order { Name, Time };
    Order order = Order::Name;
    // Also measure each version against its predecessor in time order (Comparison::steps).
    bool againstPrevious = false;
    // Polled between stages; returning true abandons the comparison (the result is then empty).
    std::function<bool()> isCanceled;
    // Reports progress as (done, total) steps.
    std::function<void(int, int)> progress;
    // The changes of a comparison whose rows are made, in the order the pipeline gives them; empty: every
    // version is classified. compare/recompare.h keeps an earlier comparison's changes where they hold.
    std::function<QList<Change>(const Comparison &)> changes;
};

// Expands folders to the article files in them (.txt, .md, .markdown, .html, .htm), sorted by name.
// Paths that are neither an article file nor a folder are reported in errors.
QStringList collectArticleFiles(const QStringList &paths, QList<LoadError> *errors);

// The whole pipeline: load every file, separate boilerplate, segment, align against the base, diff and
// classify, extract quotes, measure similarity. Files that cannot be read are listed in
// Comparison::errors and the others are still compared.
Comparison compareFiles(const QStringList &paths, const CompareOptions &options = {});

// The same for files and folders plus versions already loaded (text dropped from a browser), which
// follow the files in version order.
Comparison compareFiles(const QStringList &paths, QList<Version> loaded, const CompareOptions &options = {});

// The same with the files read by `load` (as ArticleLoader::loadFile: the version, or nullopt with
// *error filled), which may keep what it read before (the window, comparing again after a file changed,
// reads only that one). Called from several threads at once for many files.
using FileLoader = std::function<std::optional<Version>(const QString &file, LoadError *error)>;
Comparison compareFiles(
    const QStringList &paths, QList<Version> loaded, const CompareOptions &options, const FileLoader &load);

// The same for versions already loaded (for text dropped from a browser, or a re-run with another base).
Comparison compareVersions(
    QList<Version> versions, const CompareOptions &options = {}, QList<LoadError> errors = {});

} // namespace Parallax
