// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/markdownextractor.h"

#include <QHash>

#include <md4c.h>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

struct MarkdownState
{
    ExtractedText *out = nullptr;
    QByteArray block; // UTF-8 text of the open block
    QList<BlockKind> kinds { BlockKind::Paragraph };
    int htmlDepth = 0;

    void flush()
    {
        const QString text = QString::fromUtf8(block).simplified();
        if (!text.isEmpty()) {
            if (out->title.isEmpty() && kinds.last() == BlockKind::Heading)
                out->title = text;
            out->appendBlock(text, kinds.last(), false);
        }
        block.clear();
    }
};

int enterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<MarkdownState *>(userdata);
    s->flush();
    BlockKind kind = s->kinds.last();
    switch (type) {
    case MD_BLOCK_H:
        kind = BlockKind::Heading;
        break;
    case MD_BLOCK_LI:
        kind = BlockKind::ListItem;
        break;
    case MD_BLOCK_QUOTE:
        kind = BlockKind::Quote;
        break;
    case MD_BLOCK_P:
        if (kind == BlockKind::Heading)
            kind = BlockKind::Paragraph;
        break;
    default:
        break;
    }
    s->kinds.append(kind);
    return 0;
}

int leaveBlock(MD_BLOCKTYPE, void *, void *userdata)
{
    auto *s = static_cast<MarkdownState *>(userdata);
    s->flush();
    if (s->kinds.size() > 1)
        s->kinds.removeLast();
    return 0;
}

int enterSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int leaveSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

QByteArray decodeEntity(const MD_CHAR *text, MD_SIZE size)
{
    const QByteArray e(text, qsizetype(size));
    if (e.startsWith("&#")) {
        bool ok = false;
        const uint code = e.startsWith("&#x") || e.startsWith("&#X") ? e.mid(3, e.size() - 4).toUInt(&ok, 16)
                                                                     : e.mid(2, e.size() - 3).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1).toUtf8();
        }
        return e;
    }
    static const QHash<QByteArray, QByteArray> named { { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
        { "&quot;", "\"" }, { "&apos;", "'" }, { "&nbsp;", "\xC2\xA0" }, { "&mdash;", "\xE2\x80\x94" },
        { "&ndash;", "\xE2\x80\x93" }, { "&hellip;", "\xE2\x80\xA6" }, { "&lsquo;", "\xE2\x80\x98" },
        { "&rsquo;", "\xE2\x80\x99" }, { "&ldquo;", "\xE2\x80\x9C" }, { "&rdquo;", "\xE2\x80\x9D" } };
    return named.value(e, e);
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<MarkdownState *>(userdata);
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        s->block.append(text, qsizetype(size));
        break;
    case MD_TEXT_ENTITY:
        s->block.append(decodeEntity(text, size));
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        s->block.append(' ');
        break;
    case MD_TEXT_NULLCHAR:
        s->block.append("\xEF\xBF\xBD");
        break;
    case MD_TEXT_HTML:
        break;
    }
    return 0;
}

} // namespace

ExtractedText MarkdownExtractor::extract(const QString &markdown, bool *ok)
{
    ExtractedText out;
    MarkdownState state;
    state.out = &out;
    MD_PARSER parser {};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    const QByteArray utf8 = markdown.toUtf8();
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state) != 0 && ok)
        *ok = false;
    state.flush();
    return out;
}

} // namespace Parallax
