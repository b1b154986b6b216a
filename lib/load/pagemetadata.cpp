// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/pagemetadata.h"
#include "load/gumbonode_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

using Internal::attribute;

QString textContent(const GumboNode *node)
{
    QString out;
    std::vector<const GumboNode *> stack { node };
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA)
            out += QString::fromUtf8(n->v.text.text);
        else if (n->type == GUMBO_NODE_ELEMENT)
            for (unsigned i = n->v.element.children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(n->v.element.children.data[i - 1]));
    }
    return out;
}

// JSON-LD strings may hold HTML entities and tags (some publishers put markup in articleBody).
QString plainText(const QString &s)
{
    if (!s.contains(u'<') && !s.contains(u'&'))
        return s.simplified();
    QString out;
    out.reserve(s.size());
    bool inTag = false;
    for (const QChar c : s) {
        if (c == u'<')
            inTag = true;
        else if (c == u'>' && inTag)
            inTag = false, out.append(u' ');
        else if (!inTag)
            out.append(c);
    }
    out.replace(u"&nbsp;"_s, u" "_s);
    out.replace(u"&quot;"_s, u"\""_s);
    out.replace(u"&#39;"_s, u"'"_s);
    out.replace(u"&rsquo;"_s, u"\u2019"_s);
    out.replace(u"&lsquo;"_s, u"\u2018"_s);
    out.replace(u"&rdquo;"_s, u"\u201d"_s);
    out.replace(u"&ldquo;"_s, u"\u201c"_s);
    out.replace(u"&amp;"_s, u"&"_s);
    return out.simplified();
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return plainText(v.toString());
    if (v.isObject())
        return plainText(v.toObject().value(u"name"_s).toString());
    if (v.isArray() && !v.toArray().isEmpty())
        return nameOf(v.toArray().first());
    return {};
}

QStringList namesOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.append(nameOf(e));
    } else {
        out.append(nameOf(v));
    }
    out.removeAll(QString());
    // A person's profile address is not a name.
    out.removeIf([](const QString &s) { return s.startsWith(u"http"_s); });
    return out;
}

bool isArticleType(const QJsonValue &type)
{
    auto one = [](const QString &t) {
        return t.endsWith(u"Article"_s) || t == u"BlogPosting"_s || t == u"LiveBlogPosting"_s
            || t == u"Report"_s || t == u"AnalysisNewsArticle"_s;
    };
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (one(t.toString()))
                return true;
        return false;
    }
    return one(type.toString());
}

// Every object of a JSON-LD document, @graph members and nested values included.
void collectObjects(const QJsonValue &v, std::vector<QJsonObject> &out, int depth = 0)
{
    if (depth > 8)
        return;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectObjects(e, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        out.push_back(o);
        if (o.contains(u"@graph"_s))
            collectObjects(o.value(u"@graph"_s), out, depth + 1);
        if (o.contains(u"mainEntity"_s))
            collectObjects(o.value(u"mainEntity"_s), out, depth + 1);
    }
}

void readJsonLd(const QString &json, PageMetadata &m, bool &haveArticle)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    std::vector<QJsonObject> objects;
    collectObjects(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), objects);
    for (const QJsonObject &o : objects) {
        const bool article = isArticleType(o.value(u"@type"_s));
        if (!article) {
            // A WebSite or Organization object names the outlet when no article says it.
            const QString type = o.value(u"@type"_s).toString();
            if (m.siteName.isEmpty() && (type == u"WebSite"_s || type == u"NewsMediaOrganization"_s))
                m.siteName = nameOf(o);
            continue;
        }
        if (haveArticle)
            continue; // the first article object is the page's story; later ones are related stories
        haveArticle = true;
        if (const QString h = plainText(o.value(u"headline"_s).toString()); !h.isEmpty())
            m.headline = h;
        if (const QStringList a = namesOf(o.value(u"author"_s)); !a.isEmpty())
            m.authors = a;
        if (const QString d = o.value(u"datePublished"_s).toString(); !d.isEmpty())
            m.published = d;
        if (const QString d = o.value(u"dateModified"_s).toString(); !d.isEmpty())
            m.modified = d;
        if (const QString p = nameOf(o.value(u"publisher"_s)); !p.isEmpty())
            m.siteName = p;
        if (const QString l = o.value(u"inLanguage"_s).toString(); !l.isEmpty())
            m.language = l;
        const QJsonValue body = o.value(u"articleBody"_s);
        if (body.isString())
            m.articleBody = plainText(body.toString());
        if (m.canonicalUrl.isEmpty()) {
            const QJsonValue entity = o.value(u"mainEntityOfPage"_s);
            const QString url = entity.isObject()
                ? entity.toObject().value(u"@id"_s).toString()
                : (entity.isString() ? entity.toString() : o.value(u"url"_s).toString());
            if (url.startsWith(u"http"_s))
                m.canonicalUrl = url;
        }
    }
}

} // namespace

PageMetadata PageMetadata::read(const GumboNode *document)
{
    PageMetadata ld; // from JSON-LD, which wins where it has a value
    PageMetadata meta; // from meta tags and the page
    bool haveArticle = false;
    QString title, h1, time, ogSiteName, applicationName;
    std::vector<const GumboNode *> stack { document };
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = node->v.element;
        switch (e.tag) {
        case GUMBO_TAG_HTML:
            meta.language = attribute(node, "lang").trimmed();
            break;
        case GUMBO_TAG_TITLE:
            if (title.isEmpty())
                title = textContent(node).simplified();
            continue;
        case GUMBO_TAG_H1:
            if (h1.isEmpty())
                h1 = textContent(node).simplified();
            continue;
        case GUMBO_TAG_TIME:
            if (time.isEmpty())
                time = attribute(node, "datetime").trimmed();
            break;
        case GUMBO_TAG_LINK:
            if (attribute(node, "rel").toLower().split(u' ').contains(u"canonical"_s))
                meta.canonicalUrl = attribute(node, "href").trimmed();
            continue;
        case GUMBO_TAG_SCRIPT:
            if (attribute(node, "type").trimmed().toLower() == u"application/ld+json"_s)
                readJsonLd(textContent(node), ld, haveArticle);
            continue;
        case GUMBO_TAG_META: {
            const QString key
                = (attribute(node, "property") + attribute(node, "name") + attribute(node, "itemprop"))
                      .toLower();
            const QString content = plainText(attribute(node, "content"));
            if (content.isEmpty())
                continue;
            if (key == u"og:site_name"_s)
                ogSiteName = content;
            else if (key == u"application-name"_s)
                applicationName = content;
            else if (key == u"og:title"_s || (key == u"twitter:title"_s && meta.headline.isEmpty()))
                meta.headline = content;
            else if ((key == u"article:published_time"_s || key == u"datepublished"_s || key == u"date"_s
                         || key == u"pubdate"_s || key == u"dc.date"_s || key == u"dcterms.date"_s
                         || key == u"dc.date.issued"_s || key == u"parsely-pub-date"_s)
                && meta.published.isEmpty())
                meta.published = content;
            else if ((key == u"article:modified_time"_s || key == u"og:updated_time"_s
                         || key == u"datemodified"_s || key == u"dcterms.modified"_s)
                && meta.modified.isEmpty())
                meta.modified = content;
            else if ((key == u"author"_s || key == u"article:author"_s || key == u"byl"_s
                         || key == u"parsely-author"_s || key == u"dc.creator"_s
                         || key == u"sailthru.author"_s)
                && !content.startsWith(u"http"_s)) {
                QString name = content;
                if (name.startsWith(u"By "_s, Qt::CaseInsensitive))
                    name = name.mid(3).trimmed();
                if (!meta.authors.contains(name))
                    meta.authors.append(name);
            } else if (key == u"og:url"_s && meta.canonicalUrl.isEmpty()) {
                meta.canonicalUrl = content;
            } else if ((key == u"og:locale"_s || key == u"content-language"_s || key == u"language"_s)
                && meta.language.isEmpty()) {
                meta.language = content;
            }
            continue;
        }
        default:
            break;
        }
        for (unsigned i = e.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(e.children.data[i - 1]));
    }
    meta.siteName = ogSiteName.isEmpty() ? applicationName : ogSiteName;

    PageMetadata m = meta;
    auto prefer = [](QString &to, const QString &from) {
        if (!from.isEmpty())
            to = from;
    };
    prefer(m.headline, ld.headline);
    if (!ld.authors.isEmpty())
        m.authors = ld.authors;
    prefer(m.published, ld.published);
    prefer(m.modified, ld.modified);
    // The og:site_name is the outlet's name as it writes it; JSON-LD publishers are sometimes the owning
    // company.
    if (m.siteName.isEmpty())
        m.siteName = ld.siteName;
    if (m.language.isEmpty())
        m.language = ld.language;
    if (m.canonicalUrl.isEmpty())
        m.canonicalUrl = ld.canonicalUrl;
    m.articleBody = ld.articleBody;
    // The <title> often ends in the outlet's name, which the loader takes from it where nothing else names
    // the outlet; the first <h1> is the last resort.
    if (m.headline.isEmpty())
        m.headline = title.isEmpty() ? h1 : title;
    if (m.published.isEmpty())
        m.published = time;
    m.language.replace(u'_', u'-');
    return m;
}

} // namespace Parallax
