// SPDX-License-Identifier: GPL-3.0-or-later
#include "dropdata.h"

#include <QMimeData>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

bool hasLocalFiles(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
}

} // namespace

bool canAcceptDrop(const QMimeData *mime)
{
    return hasLocalFiles(mime) || mime->hasHtml() || mime->hasText();
}

DropData readDrop(const QMimeData *mime)
{
    DropData drop;
    if (hasLocalFiles(mime)) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                drop.paths.append(url.toLocalFile());
        }
        return drop;
    }
    if (mime->hasHtml()) {
        drop.text = mime->html().toUtf8();
        drop.format = TextFormat::Html;
    } else if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        drop.text = mime->text().toUtf8();
        drop.format = TextFormat::PlainText;
    } else {
        return drop;
    }
    drop.hasText = true;
    drop.sourceUrl = sourceUrlOf(mime).toString();
    return drop;
}

QUrl sourceUrlOf(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile() && url.isValid() && !url.scheme().isEmpty())
            return url;
    }
    // Firefox: the page the selection was dragged from, in UTF-16.
    for (const QString &format : { u"text/x-moz-url-priv"_s, u"text/x-moz-url"_s }) {
        if (!mime->hasFormat(format))
            continue;
        const QByteArray data = mime->data(format);
        const bool utf16 = data.size() > 1 && data.at(1) == '\0';
        const QString text = utf16
            ? QString::fromUtf16(reinterpret_cast<const char16_t *>(data.constData()), data.size() / 2)
            : QString::fromUtf8(data);
        const QUrl url(text.section(u'\n', 0, 0).trimmed());
        if (url.isValid() && !url.scheme().isEmpty())
            return url;
    }
    // The clipboard HTML format of some platforms carries a SourceURL header.
    if (mime->hasHtml()) {
        const QString html = mime->html();
        const qsizetype at = html.indexOf(u"SourceURL:"_s);
        if (at >= 0) {
            const QUrl url(html.mid(at + 10).section(u'\n', 0, 0).trimmed());
            if (url.isValid())
                return url;
        }
    }
    return {};
}

QString nameForUrl(const QUrl &url)
{
    QString host = url.host();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString &suffix : { u".html"_s, u".htm"_s, u".php"_s })
        if (path.endsWith(suffix))
            path.chop(suffix.size());
    QString name = host + path;
    if (name.size() > 60)
        name = name.left(59) + QChar(0x2026);
    return name.isEmpty() ? url.toString() : name;
}

} // namespace Parallax
