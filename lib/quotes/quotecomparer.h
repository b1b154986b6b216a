// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>

class QThreadPool;

namespace Parallax {

// Groups the same quotation across the versions of a comparison and tells how faithfully each version
// renders it.
//
// Quotations match by their words, ignoring case and typography: a changed word, a shortened or
// lengthened quotation and two quotations joined into one still match; quotations of one or two words
// ("stabilize") match only the same words, never a longer quotation that happens to contain them.
// A version's quotation that joins two groups' quotations is a variant of both.
//
// Every group has one variant per version, measured against its reference (the base version's variant
// where the base has the quotation, else the longest). The fidelity is the first that applies of:
// exact (same characters, same quote marks); typographic (same words once the quote marks, quotes,
// dashes, spaces, case and punctuation are set aside); altered (words inside the shared part changed;
// wordChanges lists them as {before, after}, taking precedence over the kinds below because changed words
// matter more than a changed extent); merged (the quotation also covers another group's); truncated (a
// contiguous part); extended (the whole and more); absent (no such quotation: sentence, start and end then
// point at the sentence that reports the statement without quote marks, found in the aligned row or by word
// overlap, or sentence is -1; text stays empty).
//
// Groups found in two or more versions come first, then those only one version quotes, each ordered by
// where they first appear in the base version (then in the next versions).
class QuoteComparer
{
public:
    // Reads comparison.versions, .base and .rows (rows may be empty); does not modify the comparison.
    // With a pool, each version's quotations are extracted on its threads (the caller waits; the result
    // is the same as without).
    static QList<QuoteGroup> compare(const Comparison &comparison, QThreadPool *pool = nullptr);
};

} // namespace Parallax
