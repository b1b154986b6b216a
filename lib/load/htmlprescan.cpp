// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/htmlprescan.h"

#include <QByteArrayView>

#include <gumbo.h>

#include <array>
#include <cstring>
#include <vector>

namespace Parallax::HtmlPrescan {

namespace {

enum Flag : unsigned {
    Void = 1u << 0, // never has contents or an end tag
    Formatting = 1u << 1, // kept in the parser's list of active formatting elements
    Special = 1u << 2, // the HTML standard's "special" category: an end tag of another element stops there
    ClosesP = 1u << 3, // its start tag closes an open <p>
    Boundary = 1u << 4, // delimits the "has an element in scope" searches
};

using FlagTable = std::array<unsigned, GUMBO_TAG_LAST + 1>;

const FlagTable &flagTable()
{
    static const FlagTable table = [] {
        FlagTable t {};
        auto set = [&t](unsigned flag, std::initializer_list<GumboTag> tags) {
            for (const GumboTag tag : tags)
                t[size_t(tag)] |= flag;
        };
        set(Void,
            { GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR,
                GUMBO_TAG_COL, GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR, GUMBO_TAG_IMAGE, GUMBO_TAG_IMG,
                GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN, GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_PARAM,
                GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR, GUMBO_TAG_ISINDEX });
        set(Formatting,
            { GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM, GUMBO_TAG_FONT,
                GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG,
                GUMBO_TAG_TT, GUMBO_TAG_U });
        set(ClosesP,
            { GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER,
                GUMBO_TAG_DETAILS, GUMBO_TAG_DIALOG, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL,
                GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER,
                GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_NAV,
                GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_SEARCH, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY,
                GUMBO_TAG_UL, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
                GUMBO_TAG_H6, GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_FORM, GUMBO_TAG_LI, GUMBO_TAG_DD,
                GUMBO_TAG_DT, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_TABLE, GUMBO_TAG_HR, GUMBO_TAG_XMP });
        set(Special | Boundary,
            { GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TD,
                GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE });
        set(Special,
            { GUMBO_TAG_ADDRESS, GUMBO_TAG_AREA, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BASE,
                GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR,
                GUMBO_TAG_BUTTON, GUMBO_TAG_CENTER, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD,
                GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EMBED,
                GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM,
                GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4,
                GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEAD, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_HR,
                GUMBO_TAG_IFRAME, GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN, GUMBO_TAG_LI,
                GUMBO_TAG_LINK, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_META,
                GUMBO_TAG_NAV, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_OL,
                GUMBO_TAG_P, GUMBO_TAG_PARAM, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE, GUMBO_TAG_SCRIPT,
                GUMBO_TAG_SEARCH, GUMBO_TAG_SECTION, GUMBO_TAG_SELECT, GUMBO_TAG_SOURCE, GUMBO_TAG_STYLE,
                GUMBO_TAG_SUMMARY, GUMBO_TAG_TBODY, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TFOOT, GUMBO_TAG_THEAD,
                GUMBO_TAG_TITLE, GUMBO_TAG_TR, GUMBO_TAG_TRACK, GUMBO_TAG_UL, GUMBO_TAG_WBR, GUMBO_TAG_XMP });
        return t;
    }();
    return table;
}

unsigned flags(GumboTag tag)
{
    return flagTable()[size_t(tag)];
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsLower(QByteArrayView a, const char *b)
{
    const size_t n = std::strlen(b);
    if (size_t(a.size()) != n)
        return false;
    for (size_t i = 0; i < n; ++i)
        if (lower(a[qsizetype(i)]) != b[i])
            return false;
    return true;
}

// The attributes the extractor and the metadata reader look at; the others (src, srcset, style, data-*,
// event handlers, ...) are often most of a tag's bytes. The index is the attribute's bit in a tag's set.
constexpr std::array keptAttributes { "class", "id", "role", "aria-label", "aria-hidden", "hidden",
    "itemprop", "property", "name", "content", "rel", "lang", "datetime", "type", "charset", "http-equiv",
    "href" };

int keptAttribute(QByteArrayView name, GumboTag tag)
{
    for (size_t k = 0; k < keptAttributes.size(); ++k)
        if (equalsLower(name, keptAttributes[k]))
            return std::strcmp(keptAttributes[k], "href") == 0 && tag != GUMBO_TAG_LINK ? -1 : int(k);
    return -1;
}

// A start or end tag as the HTML tokenizer reads it.
struct Tag
{
    qsizetype nameStart = 0, nameEnd = 0;
    qsizetype end = 0; // just after the '>'
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool selfClosing = false;
    struct Span
    {
        qsizetype start, end;
    };
    std::array<Span, keptAttributes.size()> attributes {};
    int attributeCount = 0;
    bool jsonLd = false; // type="application/ld+json"
};

struct Open
{
    GumboTag tag;
    QByteArray name; // for tags gumbo does not know
};

class Prescan
{
public:
    explicit Prescan(const QByteArray &html)
        : m_in(html)
        , m_n(html.size())
    {
        m_out.reserve(m_n);
    }

    Result run()
    {
        qsizetype p = 0;
        while (p < m_n) {
            const qsizetype lt = m_in.indexOf('<', p);
            if (lt < 0 || lt + 1 >= m_n) {
                m_out.append(QByteArrayView(m_in).mid(p));
                break;
            }
            m_out.append(QByteArrayView(m_in).mid(p, lt - p));
            p = markup(lt);
        }
        if (!m_rawTail)
            closeAbove(0);
        return { std::move(m_out), m_dropped };
    }

private:
    // Reads the markup at lt (a '<'), writes what it becomes; returns where the text goes on.
    qsizetype markup(qsizetype lt)
    {
        const char c = m_in.at(lt + 1);
        if (c == '!') {
            if (QByteArrayView(m_in).mid(lt, 4) == "<!--") {
                // A comment; "<!-->" and "<!--->" are empty ones. One left open runs to the end.
                if (QByteArrayView(m_in).mid(lt + 4, 1) == ">")
                    return lt + 5;
                if (QByteArrayView(m_in).mid(lt + 4, 2) == "->")
                    return lt + 6;
                const qsizetype end = m_in.indexOf("-->", lt + 4);
                return end < 0 ? m_n : end + 3;
            }
            const qsizetype gt = m_in.indexOf('>', lt + 2);
            if (gt < 0)
                return m_n;
            if (m_out.isEmpty() && equalsLower(QByteArrayView(m_in).mid(lt, 9), "<!doctype"))
                m_out.append(QByteArrayView(m_in).mid(lt, gt + 1 - lt)); // it decides the quirks mode
            return gt + 1;
        }
        if (c == '?') {
            const qsizetype gt = m_in.indexOf('>', lt + 2);
            return gt < 0 ? m_n : gt + 1;
        }
        if (c == '/') {
            if (lt + 2 >= m_n)
                return m_n;
            if (m_in.at(lt + 2) == '>')
                return lt + 3;
            if (!isAlpha(m_in.at(lt + 2))) {
                const qsizetype gt = m_in.indexOf('>', lt + 2);
                return gt < 0 ? m_n : gt + 1;
            }
            Tag t;
            if (!readTag(lt + 2, t))
                return m_n; // a tag left open at the end of the file is no tag
            endTag(t);
            return t.end;
        }
        if (!isAlpha(c)) {
            m_out.append('<');
            return lt + 1;
        }
        Tag t;
        if (!readTag(lt + 1, t))
            return m_n;
        return startTag(t);
    }

    // Reads a tag whose name starts at nameStart: its name and the attributes worth keeping, as the HTML
    // tokenizer does (quoted values may hold '>'). False when the file ends inside the tag.
    bool readTag(qsizetype nameStart, Tag &t)
    {
        qsizetype k = nameStart;
        while (k < m_n && !isSpace(m_in.at(k)) && m_in.at(k) != '/' && m_in.at(k) != '>')
            ++k;
        t.nameStart = nameStart;
        t.nameEnd = k;
        t.tag = gumbo_tagn_enum(m_in.constData() + nameStart, unsigned(k - nameStart));
        unsigned seen = 0;
        for (;;) {
            while (k < m_n && (isSpace(m_in.at(k)) || m_in.at(k) == '/')) {
                t.selfClosing = m_in.at(k) == '/' && k + 1 < m_n && m_in.at(k + 1) == '>';
                ++k;
            }
            if (k >= m_n)
                return false;
            if (m_in.at(k) == '>')
                break;
            t.selfClosing = false;
            const qsizetype attrStart = k++; // a leading '=' belongs to the name
            while (k < m_n && !isSpace(m_in.at(k)) && m_in.at(k) != '/' && m_in.at(k) != '>'
                && m_in.at(k) != '=')
                ++k;
            const qsizetype attrNameEnd = k;
            while (k < m_n && isSpace(m_in.at(k)))
                ++k;
            qsizetype valueStart = -1, valueEnd = -1;
            if (k < m_n && m_in.at(k) == '=') {
                ++k;
                while (k < m_n && isSpace(m_in.at(k)))
                    ++k;
                if (k >= m_n)
                    return false;
                const char q = m_in.at(k);
                if (q == '"' || q == '\'') {
                    const qsizetype close = m_in.indexOf(q, k + 1);
                    if (close < 0)
                        return false;
                    valueStart = k + 1;
                    valueEnd = close;
                    k = close + 1;
                } else if (q != '>') {
                    valueStart = k;
                    while (k < m_n && !isSpace(m_in.at(k)) && m_in.at(k) != '>')
                        ++k;
                    valueEnd = k;
                }
            } else if (k > attrNameEnd) {
                k = attrNameEnd; // white space then another attribute: this one has no value
            }
            const int kept
                = keptAttribute(QByteArrayView(m_in).mid(attrStart, attrNameEnd - attrStart), t.tag);
            if (kept < 0 || (seen & (1u << kept)))
                continue; // repeats are ignored by the parser as well
            seen |= 1u << kept;
            t.attributes[size_t(t.attributeCount++)] = { attrStart, k };
            if (std::strcmp(keptAttributes[size_t(kept)], "type") == 0 && valueStart >= 0)
                t.jsonLd = QByteArrayView(m_in)
                               .mid(valueStart, valueEnd - valueStart)
                               .toByteArray()
                               .toLower()
                               .contains("ld+json");
        }
        t.end = k + 1;
        return true;
    }

    // Where the end tag </name (name in lower case, followed by white space, '/' or '>') starts at or after
    // from, or -1.
    qsizetype findEndTag(qsizetype from, const QByteArray &name) const
    {
        for (qsizetype i = m_in.indexOf("</", from); i >= 0; i = m_in.indexOf("</", i + 2))
            if (isTagName(i + 2, name))
                return i;
        return -1;
    }

    // Whether name (in lower case) stands at at, followed by white space, '/' or '>'.
    bool isTagName(qsizetype at, const QByteArray &name) const
    {
        const qsizetype after = at + name.size();
        return after < m_n && equalsLower(QByteArrayView(m_in).mid(at, name.size()), name.constData())
            && (isSpace(m_in.at(after)) || m_in.at(after) == '/' || m_in.at(after) == '>');
    }

    // Just after the '>' of the end tag at close, or the end of the file.
    qsizetype afterTag(qsizetype close) const
    {
        const qsizetype gt = m_in.indexOf('>', close);
        return gt < 0 ? m_n : gt + 1;
    }

    // Where the element whose start tag ends at from ends, counting nested elements of the same name:
    // just after its end tag, or the end of the file.
    qsizetype skipNested(qsizetype from, const QByteArray &name) const
    {
        int depth = 1;
        for (qsizetype i = m_in.indexOf('<', from); i >= 0 && i + 1 < m_n; i = m_in.indexOf('<', i + 1)) {
            const bool closing = m_in.at(i + 1) == '/';
            if (!isTagName(i + (closing ? 2 : 1), name))
                continue;
            depth += closing ? -1 : 1;
            if (depth == 0)
                return afterTag(i);
        }
        return m_n;
    }

    void writeStartTag(const Tag &t)
    {
        m_out.append('<');
        m_out.append(QByteArrayView(m_in).mid(t.nameStart, t.nameEnd - t.nameStart));
        for (int a = 0; a < t.attributeCount; ++a) {
            m_out.append(' ');
            const Tag::Span &s = t.attributes[size_t(a)];
            m_out.append(QByteArrayView(m_in).mid(s.start, s.end - s.start));
        }
        m_out.append('>');
        ++m_elements;
    }

    QByteArrayView nameOf(const Tag &t) const
    {
        return QByteArrayView(m_in).mid(t.nameStart, t.nameEnd - t.nameStart);
    }

    bool matches(const Open &e, const Tag &t) const
    {
        return e.tag == t.tag && (t.tag != GUMBO_TAG_UNKNOWN || equalsLower(nameOf(t), e.name.constData()));
    }

    // Writes the end tags of the open elements from the innermost down to the one at index, inclusive.
    void closeAbove(size_t index)
    {
        while (m_open.size() > index) {
            const Open &e = m_open.back();
            m_out.append("</");
            m_out.append(e.tag == GUMBO_TAG_UNKNOWN ? QByteArrayView(e.name)
                                                    : QByteArrayView(gumbo_normalized_tagname(e.tag)));
            m_out.append('>');
            if (flags(e.tag) & Formatting)
                --m_formatting;
            m_open.pop_back();
        }
    }

    // The innermost open element that pred accepts, searching down to the first scope boundary (and the
    // elements extra adds to the boundaries); -1 when there is none in scope.
    template<typename Pred> qsizetype inScope(Pred pred, std::initializer_list<GumboTag> extra = {}) const
    {
        for (qsizetype k = qsizetype(m_open.size()) - 1; k >= 0; --k) {
            const GumboTag tag = m_open[size_t(k)].tag;
            if (pred(m_open[size_t(k)]))
                return k;
            if (flags(tag) & Boundary)
                return -1;
            for (const GumboTag x : extra)
                if (tag == x)
                    return -1;
        }
        return -1;
    }

    void closeInScope(GumboTag target, std::initializer_list<GumboTag> extra = {})
    {
        const qsizetype k = inScope([target](const Open &e) { return e.tag == target; }, extra);
        if (k >= 0)
            closeAbove(size_t(k));
    }

    // Pops the elements above the innermost one of tags (inside the innermost table), if there is one.
    void closeUpTo(std::initializer_list<GumboTag> tags)
    {
        for (qsizetype k = qsizetype(m_open.size()) - 1; k >= 0; --k) {
            const GumboTag tag = m_open[size_t(k)].tag;
            for (const GumboTag x : tags)
                if (tag == x) {
                    closeAbove(size_t(k) + 1);
                    return;
                }
            if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HTML)
                return;
        }
    }

    // The implied end tags of a start tag: what HTML's tree construction closes before inserting it.
    void impliedEnds(GumboTag tag)
    {
        if (flags(tag) & ClosesP)
            closeInScope(GUMBO_TAG_P, { GUMBO_TAG_BUTTON });
        switch (tag) {
        case GUMBO_TAG_LI:
            closeInScope(GUMBO_TAG_LI, { GUMBO_TAG_OL, GUMBO_TAG_UL });
            break;
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT: {
            const qsizetype k
                = inScope([](const Open &e) { return e.tag == GUMBO_TAG_DD || e.tag == GUMBO_TAG_DT; },
                    { GUMBO_TAG_DL });
            if (k >= 0)
                closeAbove(size_t(k));
            break;
        }
        case GUMBO_TAG_TR:
            closeUpTo({ GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TABLE });
            break;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            closeUpTo({ GUMBO_TAG_TR, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TABLE });
            break;
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_COLGROUP:
            closeUpTo({ GUMBO_TAG_TABLE });
            break;
        case GUMBO_TAG_OPTION:
        case GUMBO_TAG_OPTGROUP:
            if (!m_open.empty() && m_open.back().tag == GUMBO_TAG_OPTION)
                closeAbove(m_open.size() - 1);
            if (tag == GUMBO_TAG_OPTGROUP && !m_open.empty() && m_open.back().tag == GUMBO_TAG_OPTGROUP)
                closeAbove(m_open.size() - 1);
            break;
        case GUMBO_TAG_A:
        case GUMBO_TAG_NOBR:
        case GUMBO_TAG_BUTTON:
        case GUMBO_TAG_SELECT:
            closeInScope(tag);
            break;
        default:
            if (isHeading(tag) && !m_open.empty() && isHeading(m_open.back().tag))
                closeAbove(m_open.size() - 1);
            break;
        }
    }

    // Drops a start tag past the limits; a block's text still stands apart.
    void drop(const Tag &t)
    {
        ++m_dropped;
        const unsigned f = flags(t.tag);
        if ((f & Special) && !(f & Formatting) && m_elements < MaxElements) {
            m_out.append("<br>");
            ++m_elements;
        }
    }

    // Whether only <html> and <head> are open: a <head> or <body> tag after other elements is ignored.
    bool onlyDocumentOpen() const
    {
        for (const Open &e : m_open)
            if (e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_HEAD)
                return false;
        return true;
    }

    qsizetype startTag(const Tag &t)
    {
        const GumboTag tag = t.tag;
        const QByteArrayView name = nameOf(t);
        const QByteArray lowerName = name.toByteArray().toLower();
        // Not text: left out with their contents (JSON-LD kept for the metadata).
        if (tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH)
            return t.selfClosing ? t.end : skipNested(t.end, lowerName);
        if ((tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) && !t.jsonLd) {
            const qsizetype close = findEndTag(t.end, lowerName);
            return close < 0 ? m_n : afterTag(close);
        }
        switch (tag) {
        case GUMBO_TAG_HTML:
            if (m_open.empty() && !m_seenHtml) {
                m_seenHtml = true;
                writeStartTag(t);
                m_open.push_back({ tag, {} });
            }
            return t.end;
        case GUMBO_TAG_HEAD:
            if (!m_seenHead && !m_seenBody && onlyDocumentOpen()) {
                m_seenHead = true;
                writeStartTag(t);
                m_open.push_back({ tag, {} });
            }
            return t.end;
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_FRAMESET:
            if (!m_seenBody && onlyDocumentOpen()) {
                m_seenBody = true;
                closeInScope(GUMBO_TAG_HEAD);
                writeStartTag(t);
                m_open.push_back({ tag, {} });
            }
            return t.end;
        case GUMBO_TAG_FORM:
            for (const Open &e : m_open)
                if (e.tag == GUMBO_TAG_FORM)
                    return t.end; // HTML ignores a form inside a form
            break;
        default:
            break;
        }
        impliedEnds(tag);
        const unsigned f = flags(tag);
        // Raw text: the body as written, up to its end tag; one left open runs to the end of the file.
        const bool raw = tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TITLE
            || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_IFRAME
            || tag == GUMBO_TAG_NOEMBED || tag == GUMBO_TAG_NOFRAMES || tag == GUMBO_TAG_PLAINTEXT;
        if (raw) {
            const qsizetype close = tag == GUMBO_TAG_PLAINTEXT ? -1 : findEndTag(t.end, lowerName);
            writeStartTag(t);
            if (close < 0) {
                m_out.append(QByteArrayView(m_in).mid(t.end));
                m_rawTail = true;
                return m_n;
            }
            m_out.append(QByteArrayView(m_in).mid(t.end, close - t.end));
            m_out.append("</");
            m_out.append(gumbo_normalized_tagname(tag));
            m_out.append('>');
            return afterTag(close);
        }
        if (m_elements >= MaxElements || ((f & Formatting) && m_formatting >= MaxOpenFormatting)
            || (!(f & Void) && m_open.size() >= size_t(MaxDepth))) {
            drop(t);
            return t.end;
        }
        writeStartTag(t);
        if (f & Void)
            return t.end;
        m_open.push_back({ tag, tag == GUMBO_TAG_UNKNOWN ? lowerName : QByteArray() });
        if (f & Formatting)
            ++m_formatting;
        return t.end;
    }

    void endTag(const Tag &t)
    {
        const GumboTag tag = t.tag;
        const unsigned f = flags(tag);
        switch (tag) {
        case GUMBO_TAG_HTML:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH:
            return; // everything is closed at the end
        case GUMBO_TAG_BR:
            if (m_elements < MaxElements) {
                m_out.append("<br>"); // HTML reads </br> as <br>
                ++m_elements;
            }
            return;
        case GUMBO_TAG_P:
            closeInScope(GUMBO_TAG_P, { GUMBO_TAG_BUTTON });
            return;
        case GUMBO_TAG_LI:
            closeInScope(GUMBO_TAG_LI, { GUMBO_TAG_OL, GUMBO_TAG_UL });
            return;
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_COLGROUP:
            // Table parts close what is open inside them, up to their table.
            for (qsizetype k = qsizetype(m_open.size()) - 1; k >= 0; --k) {
                const GumboTag open = m_open[size_t(k)].tag;
                if (open == tag) {
                    closeAbove(size_t(k));
                    return;
                }
                if (open == GUMBO_TAG_TABLE || open == GUMBO_TAG_TEMPLATE || open == GUMBO_TAG_HTML)
                    return;
            }
            return;
        default:
            break;
        }
        if (isHeading(tag)) {
            const qsizetype k = inScope([](const Open &e) { return isHeading(e.tag); });
            if (k >= 0)
                closeAbove(size_t(k));
            return;
        }
        if ((f & Special) && tag != GUMBO_TAG_UNKNOWN) {
            closeInScope(tag);
            return;
        }
        // Any other end tag (formatting elements among them) closes its element when only ordinary
        // elements are open inside it; otherwise it is ignored and the element ends with its block.
        for (qsizetype k = qsizetype(m_open.size()) - 1; k >= 0; --k) {
            const Open &e = m_open[size_t(k)];
            if (matches(e, t)) {
                closeAbove(size_t(k));
                return;
            }
            if (flags(e.tag) & Special)
                return;
        }
    }

    const QByteArray &m_in;
    const qsizetype m_n;
    QByteArray m_out;
    std::vector<Open> m_open;
    int m_formatting = 0;
    qsizetype m_elements = 0;
    qsizetype m_dropped = 0;
    bool m_seenHtml = false;
    bool m_seenHead = false;
    bool m_seenBody = false;
    bool m_rawTail = false; // the page ends inside a raw-text element: nothing can be closed after it
};

} // namespace

Result bounded(const QByteArray &html)
{
    return Prescan(html).run();
}

} // namespace Parallax::HtmlPrescan
