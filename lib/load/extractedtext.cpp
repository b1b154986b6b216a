// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/extractedtext.h"

namespace Parallax {

void ExtractedText::appendBlock(QStringView blockText, BlockKind kind, bool boilerplate)
{
    blockText = blockText.trimmed();
    if (blockText.isEmpty())
        return;
    if (!text.isEmpty())
        text.append(u"\n\n");
    const qsizetype start = text.size();
    text.append(blockText);
    blocks.append({ start, text.size(), kind, boilerplate });
}

} // namespace Parallax
