// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/outputfile.h"

#include "core/filepaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Parallax::OutputFile {

QString refusal(const QString &path, const QStringList &inputs)
{
    if (path.isEmpty())
        return QCoreApplication::translate("Parallax::OutputFile", "no file name given");
    // Links are followed (QSaveFile writes to the file a link leads to).
    const FilePaths::Status status = FilePaths::status(path);
    switch (status.kind) {
    case FilePaths::Status::Missing:
        // A new file is fine; a link to nothing would make one somewhere else.
        if (status.isLink)
            return QCoreApplication::translate("Parallax::OutputFile",
                "a link to a file that does not exist; a report is written only to a regular file");
        return {};
    case FilePaths::Status::LinkLoop:
        return QCoreApplication::translate(
            "Parallax::OutputFile", "a link that leads back to itself through other links");
    case FilePaths::Status::Inaccessible:
        return qt_error_string(status.error);
    case FilePaths::Status::Folder:
        return QCoreApplication::translate(
            "Parallax::OutputFile", "is a folder; a report is written only to a regular file");
    case FilePaths::Status::Other:
        return QCoreApplication::translate("Parallax::OutputFile",
            "not a regular file (a device, pipe or socket); a report is written only to a regular "
            "file");
    case FilePaths::Status::Regular:
        break;
    }
    for (const QString &input : inputs) {
        const FilePaths::Status in = FilePaths::status(input);
        if (in.kind == FilePaths::Status::Regular && in.identity == status.identity)
            return QCoreApplication::translate(
                "Parallax::OutputFile", "is one of the files compared (%1); the report would replace it")
                .arg(FilePaths::printable(input));
    }
    return {};
}

bool sameFile(const QString &a, const QString &b)
{
    const FilePaths::Status sa = FilePaths::status(a), sb = FilePaths::status(b);
    if (sa.kind == FilePaths::Status::Regular && sb.kind == FilePaths::Status::Regular)
        return sa.identity == sb.identity;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

bool write(const QString &path, const QByteArray &data, const QStringList &inputs, QString *error)
{
    return write(path, [&data](QIODevice &file) { return file.write(data) == data.size(); }, inputs, error);
}

bool write(const QString &path, const std::function<bool(QIODevice &)> &writeTo, const QStringList &inputs,
    QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = FilePaths::printable(path) + u": "_s + reason;
        return false;
    };
    if (const QString why = refusal(path, inputs); !why.isEmpty())
        return fail(why);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeTo(file) || !file.commit())
        return fail(file.errorString());
    return true;
}

QStringList inputsOf(const Comparison &comparison)
{
    QStringList inputs;
    for (const Version &v : comparison.versions)
        if (!v.path.isEmpty())
            inputs.append(v.path);
    for (const LoadError &e : comparison.errors)
        if (e.code != LoadError::Code::UnknownBase && e.code != LoadError::Code::AmbiguousBase)
            inputs.append(e.path);
    return inputs;
}

} // namespace Parallax::OutputFile
