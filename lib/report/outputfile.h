// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parallax {

// Where a report may go. It is written whole to a temporary file that then replaces the target
// (QSaveFile), so the target must be a regular file or a path where nothing is yet: a device such as
// /dev/null, a pipe or a folder would be replaced by a regular file (as root, /dev/null too). And it must be
// none of the files compared: the report would destroy what it reports on. Anything else is refused with
// the reason, before any work is done where the caller can check early, and again when writing.
namespace OutputFile {

// Empty when a report may be written to `path`; else why not, a sentence fragment to print after "PATH: ".
// `inputs`: the files and folders read (links and hard links to them count as them).
QString refusal(const QString &path, const QStringList &inputs);
// Whether two paths lead to the same file (or both name the same path that does not exist yet).
bool sameFile(const QString &a, const QString &b);
// Writes `data` to `path` after checking refusal(); on failure *error is "PATH: reason".
bool write(const QString &path, const QByteArray &data, const QStringList &inputs, QString *error);
// The same with the text written by `writeTo` as it is made (false when it could not write).
bool write(const QString &path, const std::function<bool(QIODevice &)> &writeTo, const QStringList &inputs,
    QString *error);
// The inputs of a comparison: the files of its versions and the paths that could not be read.
QStringList inputsOf(const Comparison &comparison);

} // namespace OutputFile

} // namespace Parallax
