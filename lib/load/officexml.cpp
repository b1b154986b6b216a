// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/officexml_p.h"

#include <QList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Parallax::OfficeXml {

namespace {

// No document nests its elements this deep; a file that does is refused rather than walked (and laid out
// for the source panel, whose indentation grows with the depth).
constexpr qsizetype MaxDepth = 512;

// Transitional and Strict OOXML name the WordprocessingML namespace differently.
bool isWord(const QXmlStreamReader &r)
{
    const QStringView ns = r.namespaceUri();
    return ns == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s
        || ns == u"http://purl.oclc.org/ooxml/wordprocessingml/main"_s;
}

bool isOdfText(const QXmlStreamReader &r)
{
    return r.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
}

QString wordAttribute(const QXmlStreamReader &r, QStringView name)
{
    for (const QXmlStreamAttribute &a : r.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

// A DOCTYPE in a document part is refused when it declares entities: QXmlStreamReader would expand
// internal ones (billion laughs), and no Office application writes any.
bool declaresEntities(const QXmlStreamReader &r)
{
    return r.tokenType() == QXmlStreamReader::DTD && !r.entityDeclarations().isEmpty();
}

Failure finish(const QXmlStreamReader &r, bool entities)
{
    if (entities)
        return Failure::Entities;
    return r.hasError() ? Failure::Invalid : Failure::None;
}

// A style name as Word and LibreOffice write it in any interface language: the names in the files are
// the English built-in ones ("heading 1", "Heading_20_1", "Title").
BlockKind kindOfStyleName(QString name)
{
    name = name.toLower().replace(u"_20_"_s, u" "_s);
    if (name.startsWith(u"heading"_s) || name == u"title"_s || name == u"subtitle"_s)
        return BlockKind::Heading;
    if (name.startsWith(u"list"_s))
        return BlockKind::ListItem;
    if (name == u"quote"_s || name == u"intense quote"_s || name == u"quotations"_s)
        return BlockKind::Quote;
    if (name == u"caption"_s || name == u"illustration"_s || name == u"figure"_s)
        return BlockKind::Caption;
    return BlockKind::Paragraph;
}

// A paragraph being read; paragraphs nest where a text box sits inside one.
struct Paragraph
{
    QString text;
    BlockKind kind = BlockKind::Paragraph;
    bool list = false;
    bool markDeleted = false; // Word: the paragraph mark is a tracked deletion, so it joins the next one
};

void emit(ExtractedText &out, const QString &text, BlockKind kind)
{
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return;
    if (out.title.isEmpty() && kind == BlockKind::Heading)
        out.title = simple;
    out.appendBlock(simple, kind, false);
}

} // namespace

QHash<QString, BlockKind> wordStyles(const QByteArray &xml, Failure *failure)
{
    struct Style
    {
        QString name;
        QString basedOn;
        bool outline = false;
    };
    QHash<QString, Style> styles;
    QXmlStreamReader r(xml);
    QString current;
    bool entities = false;
    while (!r.atEnd() && !entities) {
        r.readNext();
        entities = declaresEntities(r);
        if (!r.isStartElement() || !isWord(r))
            continue;
        const QStringView name = r.name();
        if (name == u"style"_s) {
            current = wordAttribute(r, u"styleId");
            styles.insert(current, {});
        } else if (!current.isEmpty() && name == u"name"_s) {
            styles[current].name = wordAttribute(r, u"val");
        } else if (!current.isEmpty() && name == u"basedOn"_s) {
            styles[current].basedOn = wordAttribute(r, u"val");
        } else if (!current.isEmpty() && name == u"outlineLvl"_s) {
            styles[current].outline = wordAttribute(r, u"val").toInt() < 9;
        } else if (name == u"pPrChange"_s || name == u"rPrChange"_s) {
            r.skipCurrentElement();
        }
    }
    *failure = finish(r, entities);
    QHash<QString, BlockKind> kinds;
    for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
        // A style based on a heading is a heading; the chain is short, and bounded against loops.
        QString id = it.key();
        BlockKind kind = BlockKind::Paragraph;
        for (int depth = 0; depth < 10 && styles.contains(id) && kind == BlockKind::Paragraph; ++depth) {
            const Style &s = styles[id];
            kind = s.outline ? BlockKind::Heading : kindOfStyleName(s.name);
            id = s.basedOn;
        }
        kinds.insert(it.key(), kind);
    }
    return kinds;
}

Failure readWordBody(const QByteArray &xml, const QHash<QString, BlockKind> &styles, ExtractedText &out)
{
    QXmlStreamReader r(xml);
    QList<Paragraph> open;
    QStringList path; // local names of the open elements
    QString carried; // text of a paragraph whose mark was deleted
    bool entities = false;
    while (!r.atEnd() && !entities) {
        r.readNext();
        entities = declaresEntities(r);
        if (r.isEndElement()) {
            if (!path.isEmpty())
                path.removeLast();
            if (isWord(r) && r.name() == u"p"_s && !open.isEmpty()) {
                Paragraph p = open.takeLast();
                if (p.list && p.kind == BlockKind::Paragraph)
                    p.kind = BlockKind::ListItem;
                if (p.markDeleted) {
                    carried += p.text + u' ';
                } else {
                    emit(out, carried + p.text, p.kind);
                    carried.clear();
                }
            }
            continue;
        }
        if (!r.isStartElement())
            continue;
        const QStringView name = r.name();
        const bool word = isWord(r);
        // Deleted and moved-away text, old formatting (it names the old style), field instructions, and
        // the fallback copy of content that mc:Choice already holds.
        if ((word
                && (name == u"delText"_s || name == u"moveFrom"_s || name == u"instrText"_s
                    || name == u"pPrChange"_s || name == u"rPrChange"_s || name == u"sectPrChange"_s
                    || name == u"tblPrChange"_s || name == u"trPrChange"_s || name == u"tcPrChange"_s))
            || name == u"Fallback"_s) {
            r.skipCurrentElement();
            continue;
        }
        if (word && name == u"del"_s) {
            // Inside a paragraph mark's run properties the deletion removes the mark itself.
            if (path.size() >= 2 && path.last() == u"rPr"_s && path.at(path.size() - 2) == u"pPr"_s
                && !open.isEmpty())
                open.last().markDeleted = true;
            r.skipCurrentElement();
            continue;
        }
        path.append(name.toString());
        if (path.size() > MaxDepth)
            return Failure::Invalid;
        if (!word)
            continue;
        if (name == u"p"_s) {
            open.append(Paragraph {});
        } else if (open.isEmpty()) {
            continue;
        } else if (name == u"pStyle"_s) {
            open.last().kind
                = styles.value(wordAttribute(r, u"val"), kindOfStyleName(wordAttribute(r, u"val")));
        } else if (name == u"numPr"_s) {
            open.last().list = true;
        } else if (name == u"t"_s) {
            open.last().text += r.readElementText(QXmlStreamReader::SkipChildElements);
            path.removeLast();
        } else if (name == u"tab"_s || name == u"br"_s || name == u"cr"_s) {
            // A tab stop inside paragraph properties is a definition, not a character.
            if (path.size() < 2 || path.at(path.size() - 2) != u"tabs"_s)
                open.last().text += u' ';
        } else if (name == u"noBreakHyphen"_s) {
            open.last().text += u'-';
        }
    }
    if (!carried.isEmpty())
        emit(out, carried, BlockKind::Paragraph);
    return finish(r, entities);
}

Failure readOpenDocumentBody(const QByteArray &xml, ExtractedText &out)
{
    QXmlStreamReader r(xml);
    QHash<QString, QString> parentStyle; // automatic style -> the named style it derives from
    QString currentStyle;
    QList<Paragraph> open;
    int listItems = 0;
    qsizetype depth = 0;
    bool entities = false;
    while (!r.atEnd() && !entities) {
        r.readNext();
        entities = declaresEntities(r);
        depth += r.isStartElement() ? 1 : r.isEndElement() ? -1 : 0;
        if (depth > MaxDepth)
            return Failure::Invalid;
        if (r.isCharacters() && !open.isEmpty()) {
            open.last().text += r.text();
            continue;
        }
        const bool text = isOdfText(r);
        if (r.isEndElement()) {
            if (text && r.name() == u"list-item"_s)
                --listItems;
            if (text && (r.name() == u"p"_s || r.name() == u"h"_s) && !open.isEmpty()) {
                const Paragraph p = open.takeLast();
                emit(out, p.text, p.kind);
            }
            continue;
        }
        if (!r.isStartElement())
            continue;
        const QStringView name = r.name();
        if (name == u"style"_s && r.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s) {
            currentStyle = r.attributes().value(u"style:name"_s).toString();
            parentStyle.insert(currentStyle, r.attributes().value(u"style:parent-style-name"_s).toString());
            continue;
        }
        // Deleted text kept for the record, comments, foot- and endnotes, generated tables of contents
        // and indexes, and the descriptions of images.
        if ((text
                && (name == u"tracked-changes"_s || name == u"note"_s || name == u"table-of-content"_s
                    || name == u"alphabetical-index"_s || name == u"illustration-index"_s
                    || name == u"bibliography"_s))
            || name == u"annotation"_s
            || (r.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s
                && (name == u"title"_s || name == u"desc"_s))) {
            r.skipCurrentElement(); // its end element too
            --depth;
            continue;
        }
        if (!text)
            continue;
        if (name == u"h"_s) {
            open.append(Paragraph { {}, BlockKind::Heading });
        } else if (name == u"p"_s) {
            const QString style = r.attributes().value(u"text:style-name"_s).toString();
            BlockKind kind = kindOfStyleName(style);
            if (kind == BlockKind::Paragraph)
                kind = kindOfStyleName(parentStyle.value(style));
            if (listItems > 0 && kind == BlockKind::Paragraph)
                kind = BlockKind::ListItem;
            open.append(Paragraph { {}, kind });
        } else if (name == u"list-item"_s) {
            ++listItems;
        } else if (!open.isEmpty() && (name == u"s"_s || name == u"tab"_s || name == u"line-break"_s)) {
            open.last().text += u' ';
        }
    }
    return finish(r, entities);
}

Properties readProperties(const QByteArray &xml)
{
    Properties p;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (declaresEntities(r))
            return {};
        if (!r.isStartElement())
            continue;
        const QString name = r.name().toString();
        if (name != u"title"_s && name != u"initial-creator"_s && name != u"creator"_s && name != u"created"_s
            && name != u"creation-date"_s && name != u"modified"_s && name != u"date"_s)
            continue;
        const QString value = r.readElementText(QXmlStreamReader::SkipChildElements).simplified();
        if (name == u"title"_s)
            p.title = value;
        else if (name == u"initial-creator"_s || (name == u"creator"_s && p.creator.isEmpty()))
            p.creator = value;
        else if (name == u"created"_s || name == u"creation-date"_s)
            p.created = value;
        else if (name == u"modified"_s || name == u"date"_s)
            p.modified = value;
    }
    return p;
}

QString indented(const QByteArray &xml)
{
    QString out;
    QXmlStreamReader r(xml);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    qsizetype depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.hasError() || r.tokenType() == QXmlStreamReader::DTD)
            break;
        depth += r.isStartElement() ? 1 : r.isEndElement() ? -1 : 0;
        if (depth > MaxDepth)
            return QString::fromUtf8(xml);
        // White space between elements is the writer's to lay out.
        if (r.isWhitespace())
            continue;
        w.writeCurrentToken(r);
    }
    return out;
}

} // namespace Parallax::OfficeXml
