// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/htmlprescan.h"

#include <QByteArrayView>

#include <array>
#include <cstring>

namespace Parallax::HtmlPrescan {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
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

// Where the closing tag </name (any case) starts at or after from, or -1.
qsizetype findClosing(const QByteArray &html, qsizetype from, const char *name)
{
    const qsizetype n = qsizetype(std::strlen(name));
    for (qsizetype i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
        if (i + 2 + n <= html.size() && equalsLower(QByteArrayView(html).mid(i + 2, n), name)
            && (i + 2 + n == html.size() || !isNameChar(html.at(i + 2 + n))))
            return i;
    }
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The attributes the extractor and the metadata reader look at; the others (src, srcset, style, data-*,
// event handlers, ...) are often most of a tag's bytes.
bool isKeptAttribute(QByteArrayView name, QByteArrayView tag)
{
    static constexpr std::array kept { "class", "id", "role", "aria-label", "aria-hidden", "hidden",
        "itemprop", "property", "name", "content", "rel", "lang", "datetime", "type", "charset",
        "http-equiv" };
    for (const char *k : kept)
        if (equalsLower(name, k))
            return true;
    return equalsLower(name, "href") && equalsLower(tag, "link");
}

// Copies the start tag at i (its name ends at nameEnd) to out without the attributes nobody reads; returns
// where scanning goes on. A tag that does not parse cleanly is left as written.
qsizetype rewriteStartTag(
    const QByteArray &html, qsizetype i, qsizetype nameEnd, QByteArray &out, qsizetype &copied)
{
    const qsizetype n = html.size();
    struct Span
    {
        qsizetype start, end;
    };
    std::array<Span, 24> keep {};
    int kept = 0;
    bool dropped = false;
    qsizetype k = nameEnd;
    for (;;) {
        while (k < n && (isSpace(html.at(k)) || html.at(k) == '/'))
            ++k;
        if (k >= n)
            return nameEnd;
        if (html.at(k) == '>')
            break;
        const qsizetype attrStart = k;
        while (k < n && !isSpace(html.at(k)) && html.at(k) != '/' && html.at(k) != '>' && html.at(k) != '=')
            ++k;
        const qsizetype attrNameEnd = k;
        qsizetype p = k;
        while (p < n && isSpace(html.at(p)))
            ++p;
        if (p < n && html.at(p) == '=') {
            ++p;
            while (p < n && isSpace(html.at(p)))
                ++p;
            if (p >= n)
                return nameEnd;
            if (html.at(p) == '"' || html.at(p) == '\'') {
                const qsizetype close = html.indexOf(html.at(p), p + 1);
                if (close < 0)
                    return nameEnd;
                k = close + 1;
            } else {
                k = p;
                while (k < n && !isSpace(html.at(k)) && html.at(k) != '>')
                    ++k;
            }
        }
        if (attrNameEnd == attrStart) // a stray '=' or quote: leave the tag alone
            return nameEnd;
        const QByteArrayView name = QByteArrayView(html).mid(attrStart, attrNameEnd - attrStart);
        if (isKeptAttribute(name, QByteArrayView(html).mid(i + 1, nameEnd - i - 1))) {
            if (kept == int(keep.size()))
                return nameEnd;
            keep[size_t(kept++)] = { attrStart, k };
        } else {
            dropped = true;
        }
    }
    const qsizetype tagEnd = k;
    if (!dropped)
        return tagEnd + 1;
    out.append(QByteArrayView(html).mid(copied, nameEnd - copied));
    for (int a = 0; a < kept; ++a) {
        out.append(' ');
        out.append(
            QByteArrayView(html).mid(keep[size_t(a)].start, keep[size_t(a)].end - keep[size_t(a)].start));
    }
    out.append(html.at(tagEnd - 1) == '/' ? "/>" : ">");
    copied = tagEnd + 1;
    return tagEnd + 1;
}

} // namespace

QByteArray withoutScriptBodies(const QByteArray &html)
{
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0;
    qsizetype i = 0;
    while ((i = html.indexOf('<', i)) >= 0) {
        qsizetype j = i + 1;
        while (j < html.size() && isNameChar(html.at(j)))
            ++j;
        const QByteArrayView name = QByteArrayView(html).mid(i + 1, j - i - 1);
        const char *element = equalsLower(name, "script") ? "script"
            : equalsLower(name, "style")                  ? "style"
            : equalsLower(name, "svg")                    ? "svg"
                                                          : nullptr;
        if (!element) {
            if (QByteArrayView(html).mid(i, 4) == "<!--") {
                const qsizetype end = html.indexOf("-->", i + 4);
                if (end < 0)
                    break;
                i = end + 3;
                continue;
            }
            i = j > i + 1 ? rewriteStartTag(html, i, j, out, copied) : j;
            continue;
        }
        const qsizetype tagEnd = html.indexOf('>', j);
        if (tagEnd < 0)
            break;
        if (html.at(tagEnd - 1) == '/') { // <svg ... />
            i = tagEnd + 1;
            continue;
        }
        const qsizetype close = findClosing(html, tagEnd + 1, element);
        if (close < 0)
            break;
        const bool jsonLd = element[1] == 'c'
            && QByteArrayView(html).mid(j, tagEnd - j).toByteArray().toLower().contains("ld+json");
        if (!jsonLd) {
            out.append(QByteArrayView(html).mid(copied, tagEnd + 1 - copied));
            copied = close;
        }
        i = close + 2;
    }
    if (copied == 0)
        return html;
    out.append(QByteArrayView(html).mid(copied));
    return out;
}

int estimatedDepth(const QByteArray &html)
{
    static constexpr std::array voidTags { "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr", "p", "li", "option" };
    int depth = 0, deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = html.indexOf('<'); i >= 0 && i + 1 < n; i = html.indexOf('<', i + 1)) {
        const bool closing = html.at(i + 1) == '/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && isNameChar(html.at(j)))
            ++j;
        if (j == nameStart || !((html.at(nameStart) | 0x20) >= 'a' && (html.at(nameStart) | 0x20) <= 'z'))
            continue;
        const qsizetype close = html.indexOf('>', j);
        if (close < 0)
            break;
        const QByteArrayView name = QByteArrayView(html).mid(nameStart, j - nameStart);
        bool isVoid = false;
        for (const char *v : voidTags)
            isVoid = isVoid || equalsLower(name, v);
        if (closing)
            depth = std::max(0, depth - 1);
        else if (html.at(close - 1) != '/' && !isVoid)
            deepest = std::max(deepest, ++depth);
        i = close;
    }
    return deepest;
}

} // namespace Parallax::HtmlPrescan
