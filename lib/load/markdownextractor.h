// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/extractedtext.h"

namespace Parallax {

class MarkdownExtractor
{
public:
    // The text of a Markdown document (CommonMark with GitHub tables, via md4c), markup removed.
    static ExtractedText extract(const QString &markdown, bool *ok = nullptr); // *ok false: the parser failed
};

} // namespace Parallax
