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

} // namespace Parallax
