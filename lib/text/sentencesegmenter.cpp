// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesegmenter.h"

namespace Parallax {

// Placeholder until the real segmenter lands: one sentence per block.
QList<SentenceSegmenter::Span> SentenceSegmenter::split(QStringView text)
{
    qsizetype start = 0, end = text.size();
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return {};
    return { Span { start, end } };
}

} // namespace Parallax
