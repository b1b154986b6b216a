// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/extractedtext.h"

#include <vector>

struct GumboInternalNode;

namespace Parallax {

// Where a block of an HTML page's extracted text came from: the innermost block element holding it and how
// much of its text is link text.
struct HtmlBlockSource
{
    const GumboInternalNode *owner = nullptr;
    qsizetype linkChars = 0;
};

// Finds the article in a web page the way the readability extractors do: the element of the page that holds
// the most prose (paragraphs of sentences with few links) against the least of everything else, with the
// schema.org articleBody where the page carries one as the surest sign of what is prose. Blocks outside that
// element and the page furniture inside it (navigation, share bars, related-story lists, newsletter boxes,
// captions, ...) are marked boilerplate; nothing is removed. Blocks of the best content element are marked
// core, so that no later rule can leave the page without article text.
class MainContent
{
public:
    // blocks[i] of extracted came from sources[i]; body is the page's <body>; articleBody is the text of a
    // JSON-LD articleBody (or empty).
    static void mark(ExtractedText &extracted, const std::vector<HtmlBlockSource> &sources,
        const GumboInternalNode *body, const QString &articleBody);

    // After the textual boilerplate rules: if they left (almost) none of the core text, the core blocks are
    // article text again.
    static void keepCore(ExtractedText &extracted);
};

} // namespace Parallax
