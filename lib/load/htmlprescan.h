// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Parallax {

// One linear pass over a page before gumbo parses it. It reads the page the way an HTML tokenizer does
// (tags, quoted attributes, comments, raw-text elements) and writes it again with every element closed
// explicitly, in order, so that the parser's tree construction never meets its expensive cases: deep
// stacks of open elements scanned on every tag, formatting elements reopened in every paragraph
// (the "adoption agency" and "reconstruct the active formatting elements" steps), thousands of
// attributes checked against each other. What the rewrite leaves out is markup, never text:
//   - the contents of <script>, <style>, <template>, <svg> and <math> (not text; JSON-LD scripts, which
//     carry the metadata, are kept) and comments;
//   - the attributes no one reads (src, srcset, style, data-*, ...), and repeats of the ones kept;
//   - start tags past the limits below; a block element left out becomes a line break (<br>) so that its
//     text still stands apart.
// The implied end tags of HTML (a <p> closes an open paragraph, <li> an open list item, <td> an open
// cell, ...) are written out, so the tree gumbo builds from the result is the one it would have built
// from the page, with formatting elements closed at the end of their block instead of reopened.
namespace HtmlPrescan {

// Deepest nesting of open elements written; real pages stay well under 100.
constexpr int MaxDepth = 256;
// Open formatting elements (<b>, <i>, <a>, <font>, ...) at one time.
constexpr int MaxOpenFormatting = 24;
// Elements written in all (each costs gumbo a tree node; a 16 MB page of <br> is 3 million of them).
constexpr qsizetype MaxElements = 200000;

struct Result
{
    QByteArray html;
    qsizetype droppedTags = 0; // start tags left out because of the limits
};

Result bounded(const QByteArray &html);

} // namespace HtmlPrescan

} // namespace Parallax
