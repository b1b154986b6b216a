// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/extractedtext.h"

#include <QRegularExpression>

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int MaxTreeDepth = 1500;

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
        return true;
    default:
        return false;
    }
}

bool isBoilerplateTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
        return true;
    default:
        return false;
    }
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

// Class and id names that page templates give to everything around the article.
bool hasBoilerplateName(const GumboElement &element)
{
    static const QRegularExpression names(
        uR"((^|[\s_-])(share|sharing|social|newsletter|subscribe|signup|sign-up|promo|related|recommended|read-?more|more-?in|comments?|disqus|advert|ads?|sponsor|cookie|breadcrumbs?|menu|navbar|nav|footer|sidebar|masthead|caption|credit|byline|dateline|kicker|eyebrow|timestamp|article-meta|tags|trending|popular|outbrain|taboola)([\s_-]|$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString names_ = attribute(element, "class") + u' ' + attribute(element, "id") + u' '
        + attribute(element, "role") + u' ' + attribute(element, "aria-label");
    return names.match(names_).hasMatch();
}

BlockKind kindOf(GumboTag tag, BlockKind inherited)
{
    switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return BlockKind::Heading;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
        return BlockKind::ListItem;
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
        return BlockKind::Caption;
    case GUMBO_TAG_BLOCKQUOTE:
        return BlockKind::Quote;
    case GUMBO_TAG_P:
        return inherited == BlockKind::Caption || inherited == BlockKind::Quote ? inherited
                                                                                : BlockKind::Paragraph;
    default:
        return inherited;
    }
}

const GumboNode *findFirst(const GumboNode *root, GumboTag tag)
{
    std::vector<const GumboNode *> stack { root };
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        if (node->v.element.tag == tag)
            return node;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return nullptr;
}

QString textContent(const GumboNode *node)
{
    QString out;
    std::vector<const GumboNode *> stack { node };
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE)
            out += QString::fromUtf8(n->v.text.text);
        else if (n->type == GUMBO_NODE_ELEMENT)
            for (unsigned i = n->v.element.children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(n->v.element.children.data[i - 1]));
    }
    return out.simplified();
}

void readMetadata(const GumboNode *head, ExtractedText &out)
{
    if (!head)
        return;
    QString ogTitle;
    const GumboVector &children = head->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(children.data[i]);
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = node->v.element;
        if (e.tag == GUMBO_TAG_TITLE && out.title.isEmpty()) {
            out.title = textContent(node);
        } else if (e.tag == GUMBO_TAG_META) {
            const QString key
                = (attribute(e, "property") + attribute(e, "name") + attribute(e, "itemprop")).toLower();
            const QString content = attribute(e, "content").simplified();
            if (content.isEmpty())
                continue;
            if (key == u"og:site_name"_s || (key == u"application-name"_s && out.siteName.isEmpty()))
                out.siteName = content;
            else if (key == u"og:title"_s)
                ogTitle = content;
            else if ((key == u"article:published_time"_s || key == u"datepublished"_s || key == u"date"_s
                         || key == u"pubdate"_s || key == u"dc.date"_s || key == u"dcterms.date"_s)
                && out.date.isEmpty())
                out.date = content;
        }
    }
    if (!ogTitle.isEmpty())
        out.title = ogTitle;
}

struct Frame
{
    const GumboNode *node;
    unsigned next; // next child to visit
    BlockKind kind;
    bool boilerplate;
};

class Walker
{
public:
    explicit Walker(ExtractedText &out)
        : m_out(out)
    { }

    void walk(const GumboNode *body, const GumboNode *article)
    {
        std::vector<Frame> stack;
        // With an <article> on the page, what stands outside it is the site around the story.
        enter(body, stack, BlockKind::Paragraph, article != nullptr);
        while (!stack.empty()) {
            Frame &f = stack.back();
            const GumboVector &children = f.node->v.element.children;
            if (f.next >= children.length) {
                const GumboTag tag = f.node->v.element.tag;
                stack.pop_back();
                if (isBlock(tag))
                    flush();
                if (!stack.empty()) {
                    m_kind = stack.back().kind;
                    m_boilerplate = stack.back().boilerplate;
                }
                continue;
            }
            const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
            const BlockKind kind = f.kind;
            const bool boilerplate = f.boilerplate;
            switch (child->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                appendText(child->v.text.text);
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE:
                enter(child, stack, kind, boilerplate && child != article);
                break;
            default:
                break;
            }
        }
        flush();
    }

private:
    void enter(const GumboNode *node, std::vector<Frame> &stack, BlockKind kind, bool boilerplate)
    {
        const GumboElement &e = node->v.element;
        if (isSkipped(e.tag) || gumbo_get_attribute(&e.attributes, "hidden")
            || attribute(e, "aria-hidden") == u"true"_s)
            return;
        if (e.tag == GUMBO_TAG_IMG) {
            // Alternative text is not article text; the image is never loaded.
            return;
        }
        if (isBlock(e.tag))
            flush();
        const bool bp = boilerplate || isBoilerplateTag(e.tag) || hasBoilerplateName(e);
        const BlockKind k = kindOf(e.tag, kind);
        stack.push_back({ node, 0, k, bp });
        m_kind = k;
        m_boilerplate = bp;
    }

    void appendText(const char *utf8)
    {
        const QString s = QString::fromUtf8(utf8);
        for (const QChar c : s) {
            // HTML white space collapses; a no-break space is text.
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
                if (!m_block.isEmpty() && !m_block.endsWith(u' '))
                    m_block.append(u' ');
            } else {
                if (m_block.isEmpty()) {
                    m_blockKind = m_kind;
                    m_blockBoilerplate = m_boilerplate;
                }
                m_block.append(c);
            }
        }
    }

    void flush()
    {
        if (!m_block.isEmpty())
            m_out.appendBlock(m_block, m_blockKind, m_blockBoilerplate);
        m_block.clear();
    }

    ExtractedText &m_out;
    QString m_block;
    BlockKind m_kind = BlockKind::Paragraph;
    bool m_boilerplate = false;
    BlockKind m_blockKind = BlockKind::Paragraph;
    bool m_blockBoilerplate = false;
};

// The deepest nesting of open elements, estimated by a quick scan of the tags (void elements and
// self-closing tags do not nest). gumbo's tree building slows down badly past a few thousand open
// elements, so such pages take the plain tag-stripping path.
int estimatedDepth(QStringView html)
{
    static const QStringList voidTags { u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s,
        u"img"_s, u"input"_s, u"link"_s, u"meta"_s, u"param"_s, u"source"_s, u"track"_s, u"wbr"_s, u"p"_s,
        u"li"_s, u"option"_s };
    int depth = 0, deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (html[i] != u'<')
            continue;
        const bool closing = html[i + 1] == u'/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-'))
            ++j;
        if (j == nameStart || !html[nameStart].isLetter())
            continue;
        const QString name = html.mid(nameStart, j - nameStart).toString().toLower();
        qsizetype close = html.indexOf(u'>', j);
        if (close < 0)
            break;
        const bool selfClosing = html[close - 1] == u'/';
        if (closing)
            depth = std::max(0, depth - 1);
        else if (!selfClosing && !voidTags.contains(name))
            deepest = std::max(deepest, ++depth);
        i = close;
    }
    return deepest;
}

// Text of a page without building a tree: tags removed, block tags and <br> as paragraph breaks, script
// and style contents dropped, the common entities decoded.
ExtractedText stripTags(QStringView html)
{
    static const QRegularExpression dropped(uR"(<(script|style|noscript|template|svg)\b.*?</\1\s*>)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blockTag(
        uR"(<\s*/?\s*(p|div|h[1-6]|li|br|tr|td|th|blockquote|section|article|header|footer|ul|ol|table|figure|figcaption|pre)\b[^>]*>)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyTag(uR"(<[^>]*>)"_s);
    QString text = html.toString();
    text.remove(dropped);
    text.replace(blockTag, u"\n\n"_s);
    text.remove(anyTag);
    text.replace(u"&nbsp;"_s, u"\u00a0"_s);
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&amp;"_s, u"&"_s);
    ExtractedText out;
    for (const QStringView para : QStringView(text).split(u"\n\n"_s))
        out.appendBlock(para.toString().simplified(), BlockKind::Paragraph, false);
    return out;
}

} // namespace

ExtractedText HtmlExtractor::extract(const QString &html, QString *error)
{
    if (estimatedDepth(html) > MaxTreeDepth)
        return stripTags(html);
    ExtractedText out;
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output) {
        if (error)
            *error = u"the HTML parser could not read this page"_s;
        return out;
    }
    readMetadata(findFirst(output->root, GUMBO_TAG_HEAD), out);
    const GumboNode *body = findFirst(output->root, GUMBO_TAG_BODY);
    if (body) {
        const GumboNode *article = findFirst(body, GUMBO_TAG_ARTICLE);
        if (!article)
            article = findFirst(body, GUMBO_TAG_MAIN);
        Walker(out).walk(body, article);
    }
    if (out.title.isEmpty()) {
        if (const GumboNode *h1 = findFirst(output->root, GUMBO_TAG_H1))
            out.title = textContent(h1);
    }
    gumbo_destroy_output(&options, output);
    return out;
}

} // namespace Parallax
