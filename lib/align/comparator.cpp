// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/comparator.h"

#include "load/articleloader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parallax {

QStringList collectArticleFiles(const QStringList &paths, QList<LoadError> *errors)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDir dir(path);
            const QStringList names = dir.entryList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
            for (const QString &name : names) {
                if (!name.startsWith(u'.') && ArticleLoader::isArticleFile(name))
                    files.append(dir.filePath(name));
            }
        } else if (info.exists()) {
            files.append(path);
        } else if (errors) {
            errors->append({ path, u"no such file or folder"_s });
        }
    }
    return files;
}

Comparison compareFiles(const QStringList &paths, const CompareOptions &options)
{
    QList<LoadError> errors;
    const QStringList files = collectArticleFiles(paths, &errors);
    QList<Version> versions;
    for (const QString &file : files) {
        QString error;
        if (auto v = ArticleLoader::loadFile(file, &error))
            versions.append(std::move(*v));
        else
            errors.append({ file, error });
    }
    return compareVersions(std::move(versions), options, std::move(errors));
}

} // namespace Parallax
