// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "text/worddiff.h"

namespace Parallax {

// One classified difference between two aligned sentences, with spans relative to the texts compared.
struct SentenceChange
{
    ChangeKind kind = ChangeKind::Substantive;
    qsizetype beforeStart = 0, beforeEnd = 0;
    qsizetype afterStart = 0, afterEnd = 0;
};

// Diffs two aligned sentences on word and punctuation tokens (never half words) and says of each
// difference how much it matters:
// typography  quotes, apostrophes, dashes, ellipses, spaces and no-break spaces only;
// spelling    its/it's and other confusables, doubled words, hyphenation, capitalisation, one-word typos;
// wording     function words and grammar ("if" -> "whether", "were" -> "was", "Still" -> "But");
// substantive numbers, dates, names, negation, content words, added or removed clauses.
class ChangeClassifier
{
public:
    explicit ChangeClassifier(TokenInterner &interner)
        : m_interner(interner)
    { }

    QList<SentenceChange> compare(QStringView before, QStringView after);

    static ChangeKind classify(const TokenizedText &before, const TokenizedText &after, const DiffHunk &hunk);

private:
    TokenInterner &m_interner;
};

} // namespace Parallax
