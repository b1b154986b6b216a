// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/htmlextractor.h"
#include "load/htmlprescan.h"
#include "load/maincontent.h"
#include "load/pagemetadata.h"

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

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

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
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

struct Frame
{
    const GumboNode *node;
    unsigned next; // next child to visit
    BlockKind kind;
    const GumboNode *owner; // the innermost block element
    bool link; // inside <a>
};

class Walker
{
public:
    Walker(ExtractedText &out, std::vector<HtmlBlockSource> &sources)
        : m_out(out)
        , m_sources(sources)
    { }

    void walk(const GumboNode *body)
    {
        std::vector<Frame> stack;
        enter(body, stack, BlockKind::Paragraph, body, false);
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
                    m_owner = stack.back().owner;
                    m_link = stack.back().link;
                }
                continue;
            }
            const auto *child = static_cast<const GumboNode *>(children.data[f.next++]);
            const BlockKind kind = f.kind;
            const GumboNode *owner = f.owner;
            const bool link = f.link;
            switch (child->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                appendText(child->v.text.text);
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE:
                enter(child, stack, kind, owner, link);
                break;
            default:
                break;
            }
        }
        flush();
    }

private:
    void enter(
        const GumboNode *node, std::vector<Frame> &stack, BlockKind kind, const GumboNode *owner, bool link)
    {
        const GumboElement &e = node->v.element;
        if (isSkipped(e.tag) || gumbo_get_attribute(&e.attributes, "hidden")
            || attribute(e, "aria-hidden") == u"true"_s)
            return;
        if (e.tag == GUMBO_TAG_IMG) {
            // Alternative text is not article text; the image is never loaded.
            return;
        }
        const bool block = isBlock(e.tag);
        if (block)
            flush();
        const BlockKind k = kindOf(e.tag, kind);
        const GumboNode *o = block ? node : owner;
        const bool l = link || e.tag == GUMBO_TAG_A;
        stack.push_back({ node, 0, k, o, l });
        m_kind = k;
        m_owner = o;
        m_link = l;
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
                    m_blockOwner = m_owner;
                    m_linkChars = 0;
                }
                m_block.append(c);
                m_linkChars += m_link ? 1 : 0;
            }
        }
    }

    void flush()
    {
        if (!m_block.isEmpty()) {
            const qsizetype before = m_out.blocks.size();
            m_out.appendBlock(m_block, m_blockKind, false);
            if (m_out.blocks.size() > before)
                m_sources.push_back({ m_blockOwner, m_linkChars });
        }
        m_block.clear();
    }

    ExtractedText &m_out;
    std::vector<HtmlBlockSource> &m_sources;
    QString m_block;
    BlockKind m_kind = BlockKind::Paragraph;
    const GumboNode *m_owner = nullptr;
    bool m_link = false;
    BlockKind m_blockKind = BlockKind::Paragraph;
    const GumboNode *m_blockOwner = nullptr;
    qsizetype m_linkChars = 0;
};

} // namespace

ExtractedText HtmlExtractor::extract(const QString &html, bool *ok)
{
    // The prescan bounds what gumbo's tree construction has to do (nesting, formatting elements,
    // attributes, elements) and leaves out what is not text, in one linear pass.
    const QByteArray utf8 = HtmlPrescan::bounded(html.toUtf8()).html;
    ExtractedText out;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output) {
        if (ok)
            *ok = false;
        return out;
    }
    const PageMetadata meta = PageMetadata::read(output->root);
    out.title = meta.headline;
    out.siteName = meta.siteName;
    out.date = meta.published;
    out.modified = meta.modified;
    out.authors = meta.authors;
    out.canonicalUrl = meta.canonicalUrl;
    out.language = meta.language;
    if (const GumboNode *body = findFirst(output->root, GUMBO_TAG_BODY)) {
        std::vector<HtmlBlockSource> sources;
        Walker(out, sources).walk(body);
        MainContent::mark(out, sources, body, meta.articleBody);
    }
    gumbo_destroy_output(&options, output);
    return out;
}

} // namespace Parallax
