// SPDX-License-Identifier: GPL-3.0-or-later
// Quotation extraction from each of up to three plain-text versions (the input split at 0x1E), then the
// matching of quotations across them (QuoteComparer, without rows: it must cope).
#include "fuzzinput.h"

#include "quotes/quotecomparer.h"
#include "quotes/quoteextractor.h"

using namespace Parallax;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Comparison comparison;
    comparison.versions
        = Fuzz::loadVersions(Fuzz::splitVersions(Fuzz::bytesOf(data, size), 3), TextFormat::PlainText);
    if (comparison.versions.isEmpty())
        return 0;
    for (const Version &v : std::as_const(comparison.versions)) {
        for (const Quotation &q : QuoteExtractor::extract(v)) {
            Fuzz::check(q.start >= 0 && q.start <= q.end && q.end <= v.text.size(),
                "a quotation lies inside the text");
            Fuzz::check(q.sentence >= 0 && q.sentence < v.sentences.size(), "a quotation is in a sentence");
            Fuzz::check(Fuzz::isValidUtf16(q.text) && Fuzz::isValidUtf16(q.speaker),
                "quoted words and speaker are valid UTF-16");
        }
    }
    const QList<QuoteGroup> groups = QuoteComparer::compare(comparison);
    for (const QuoteGroup &g : groups) {
        Fuzz::check(
            g.variants.size() == comparison.versions.size(), "a quote group has a variant per version");
        Fuzz::check(g.reference >= 0 && g.reference < g.variants.size(), "the reference is a variant");
        for (const QuoteVariant &qv : g.variants) {
            const Version &v = comparison.versions.at(qv.version);
            Fuzz::check(qv.sentence >= -1 && qv.sentence < v.sentences.size(), "a variant's sentence exists");
            Fuzz::check(qv.sentence < 0 || (qv.start <= qv.end && qv.end <= v.text.size()),
                "a variant lies inside its version's text");
        }
    }
    return 0;
}
