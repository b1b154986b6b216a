// SPDX-License-Identifier: GPL-3.0-or-later
// Sentence alignment of two or three plain-text versions (the input split at 0x1E): every sentence of every
// version must end up in exactly one row, whatever the base.
#include "fuzzinput.h"

#include "align/sentencealigner.h"

using namespace Parallax;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<Version> versions
        = Fuzz::loadVersions(Fuzz::splitVersions(Fuzz::bytesOf(data, size), 3), TextFormat::PlainText);
    if (versions.size() < 2)
        return 0;
    SentenceAligner aligner;
    aligner.setVersions(versions);
    const int base = aligner.mostCentralVersion();
    Fuzz::check(base >= 0 && base < versions.size(), "the central version is one of the versions");
    const QList<AlignedRow> rows = aligner.align(base);

    for (qsizetype v = 0; v < versions.size(); ++v) {
        QList<int> seen(versions.at(v).sentences.size(), 0);
        for (const AlignedRow &row : rows) {
            Fuzz::check(row.cells.size() == versions.size() && row.spans.size() == versions.size()
                    && row.status.size() == versions.size(),
                "a row has one cell per version");
            const int first = row.cells.at(v);
            if (first < 0)
                continue;
            Fuzz::check(
                row.spans.at(v) >= 1 && first + row.spans.at(v) <= seen.size(), "a cell's sentences exist");
            for (int s = first; s < first + row.spans.at(v); ++s)
                ++seen[s];
            const int target = row.moveTarget.value(v, -1);
            Fuzz::check(target >= -1 && target < rows.size(), "a move target is a row");
        }
        for (int count : std::as_const(seen))
            Fuzz::check(count == 1, "every sentence is in exactly one row");
    }
    return 0;
}
