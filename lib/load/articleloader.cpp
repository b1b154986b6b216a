// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/articleloader.h"

#include "text/sentencesegmenter.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parallax {

// Interim loader: UTF-8 plain text, one block per line.
std::optional<Version> ArticleLoader::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    return loadData(f.readAll(), formatForPath(path), QFileInfo(path).fileName(), error, path);
}

std::optional<Version> ArticleLoader::loadData(
    const QByteArray &data, TextFormat format, const QString &name, QString *, const QString &path)
{
    Version v;
    v.name = name;
    v.path = path;
    v.format = format;
    v.text = QString::fromUtf8(data);
    v.rawText = v.text;
    qsizetype pos = 0;
    int block = 0;
    while (pos < v.text.size()) {
        qsizetype nl = v.text.indexOf(u'\n', pos);
        if (nl < 0)
            nl = v.text.size();
        for (const auto &s : SentenceSegmenter::split(QStringView(v.text).mid(pos, nl - pos)))
            v.sentences.append(Sentence { pos + s.start, pos + s.end, block, BlockKind::Paragraph, false });
        ++block;
        pos = nl + 1;
    }
    return v;
}

TextFormat ArticleLoader::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s)
        return TextFormat::Html;
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return TextFormat::Markdown;
    return TextFormat::PlainText;
}

bool ArticleLoader::isArticleFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"txt"_s || suffix == u"md"_s || suffix == u"markdown"_s || suffix == u"html"_s
        || suffix == u"htm"_s || suffix == u"xhtml"_s;
}

} // namespace Parallax
