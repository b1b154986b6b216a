// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax {

// One paragraph, heading, list item or caption of an article's extracted text.
struct TextBlock
{
    qsizetype start = 0;
    qsizetype end = 0;
    BlockKind kind = BlockKind::Paragraph;
    bool boilerplate = false;
    bool core = false; // part of the page's main content block (HTML): kept if every rule marked it
};

// The readable text of a source file with its block structure and metadata; what the HTML, Markdown and
// plain-text extractors produce and the sentence segmenter consumes.
struct ExtractedText
{
    QString text;
    QList<TextBlock> blocks;
    QString title;
    QString siteName;
    QString date;
    QString modified;
    QStringList authors;
    QString canonicalUrl;
    QString language;

    // Appends a block, separated from the previous one by a blank line. Surrounding white space is
    // dropped; an empty block is not added.
    void appendBlock(QStringView blockText, BlockKind kind, bool boilerplate);
};

class HtmlExtractor
{
public:
    // The text of an HTML page, parsed with gumbo (an HTML5 parser): scripts, styles and other non-text
    // elements are skipped; the article is found by MainContent and everything around it (navigation,
    // footers, share widgets, newsletter and related-story boxes, captions, other stories) is kept as
    // boilerplate. The page's metadata (PageMetadata) fills title, site name, dates, authors, address and
    // language. Nothing the page references is fetched.
    static ExtractedText extract(const QString &html, bool *ok = nullptr); // *ok false: the parser failed
};

class MarkdownExtractor
{
public:
    // The text of a Markdown document (CommonMark with GitHub tables, via md4c), markup removed.
    static ExtractedText extract(const QString &markdown, bool *ok = nullptr); // *ok false: the parser failed
};

class PlainTextExtractor
{
public:
    // Blocks of a plain-text article: one per line, except that hard-wrapped lines of a paragraph are
    // joined. The text is the input itself, so offsets point into the file's decoded text.
    static ExtractedText extract(const QString &text);
};

class BoilerplateDetector
{
public:
    // Marks newsletter prompts, READ MORE / related-story lists, share widgets, trailing "More In ..."
    // blocks, comment disclaimers, photo captions and credits, advertisements and copyright lines.
    static void mark(ExtractedText &extracted);
};

} // namespace Parallax
