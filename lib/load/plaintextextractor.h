// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/extractedtext.h"

namespace Parallax {

class PlainTextExtractor
{
public:
    // Blocks of a plain-text article: one per line, except that hard-wrapped lines of a paragraph are
    // joined. The text is the input itself, so offsets point into the file's decoded text.
    static ExtractedText extract(const QString &text);
};

} // namespace Parallax
