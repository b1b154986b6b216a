// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "text/tokenizer.h"
#include "text/worddiff.h"

#include <QList>
#include <QString>

#include <algorithm>

// How faithfully a variant renders the reference wording of a quotation (QuoteFidelity).
namespace Parallax::Internal {

// The word tokens of a text as interned ids (case folded), for the word diff of one variant.
struct DiffText
{
    QString text;
    QList<Token> tokens;
    QList<int> ids;
};

DiffText diffText(const QString &text, TokenInterner &interner);

// One changed passage of a word diff, with a word of context around an insertion or deletion.
WordChange describe(const DiffHunk &h, const DiffText &a, const DiffText &b);

// The fidelity of a variant against the reference; the word ids are made only when the characters and
// the typographic forms differ.
template<typename DiffTexts>
QuoteFidelity classify(const QString &referenceText, const QString &variantText, DiffTexts &&diffTexts,
    bool merged, QList<WordChange> *wordChanges)
{
    if (referenceText == variantText)
        return QuoteFidelity::Exact;
    if (TypographyNormalizer::normalize(referenceText) == TypographyNormalizer::normalize(variantText))
        return QuoteFidelity::Typographic;
    const auto [referencePtr, variantPtr] = diffTexts();
    const DiffText &reference = *referencePtr;
    const DiffText &variant = *variantPtr;
    if (reference.ids == variant.ids)
        return QuoteFidelity::Typographic; // only case or punctuation differ
    // A contiguous part or a whole with more around it; the word diff alone could place a repeated word
    // ("we will ... we will") inside rather than at the edge.
    auto contains = [](const QList<int> &outer, const QList<int> &inner) {
        return std::search(outer.cbegin(), outer.cend(), inner.cbegin(), inner.cend()) != outer.cend();
    };
    if (variant.ids.size() < reference.ids.size() && contains(reference.ids, variant.ids))
        return merged ? QuoteFidelity::Merged : QuoteFidelity::Truncated;
    if (variant.ids.size() > reference.ids.size() && contains(variant.ids, reference.ids))
        return merged ? QuoteFidelity::Merged : QuoteFidelity::Extended;
    const QList<DiffHunk> hunks = WordDiff::diff(reference.ids, variant.ids);
    const int n = int(reference.ids.size()), m = int(variant.ids.size());
    QList<DiffHunk> inner;
    bool cutAtEdge = false, addedAtEdge = false;
    for (const DiffHunk &h : hunks) {
        const bool pure = h.aBegin == h.aEnd || h.bBegin == h.bEnd;
        const bool atEdge = (h.aBegin == 0 && h.bBegin == 0) || (h.aEnd == n && h.bEnd == m);
        if (pure && atEdge)
            (h.aBegin == h.aEnd ? addedAtEdge : cutAtEdge) = true;
        else
            inner.append(h);
    }
    if (!inner.isEmpty()) {
        for (const DiffHunk &h : std::as_const(inner))
            wordChanges->append(describe(h, reference, variant));
        return QuoteFidelity::Altered;
    }
    if (merged)
        return QuoteFidelity::Merged;
    if (cutAtEdge && !addedAtEdge)
        return QuoteFidelity::Truncated;
    if (addedAtEdge && !cutAtEdge)
        return QuoteFidelity::Extended;
    // Cut at one end and lengthened at the other: a shifted excerpt, reported word by word.
    for (const DiffHunk &h : hunks)
        wordChanges->append(describe(h, reference, variant));
    return QuoteFidelity::Altered;
}

} // namespace Parallax::Internal
