// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/extractedtext.h"

namespace Parallax {

class BoilerplateDetector
{
public:
    // Marks newsletter prompts, READ MORE / related-story lists, share widgets, trailing "More In ..."
    // blocks, comment disclaimers, photo captions and credits, advertisements and copyright lines.
    static void mark(ExtractedText &extracted);
};

} // namespace Parallax
