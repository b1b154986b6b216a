// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/extractedtext.h"

namespace Parallax {

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

} // namespace Parallax
