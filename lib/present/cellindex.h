// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Parallax {

// Where a cell's sentences lie in its version's text, clamped to the text.
struct CellRange
{
    qsizetype start = 0; // offset into Version::text
    qsizetype end = 0;
    int firstSentence = -1;
    int lastSentence = -1;
    bool isValid() const { return firstSentence >= 0; }
    qsizetype length() const { return end - start; }
};

// A highlighted stretch of a cell's text: one change, kept as an overlay (offset and length into the
// cell's display text) and turned into a text format only when painted.
struct CellSpan
{
    qsizetype offset = 0;
    qsizetype length = 0; // 0 for a deletion: painted as a caret where the words were
    ChangeKind kind = ChangeKind::Substantive;
    int change = -1; // index into Comparison::changes
    // The version the change belongs to. In the base column this names the other version whose change
    // the base words are the "before" side of.
    int version = -1;
    // A substantive change of a reason the reader's filter leaves out: drawn faintly (reasonfilter.h).
    bool muted = false;
};

// A quotation inside a cell's text.
struct QuoteSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
    int group = -1; // index into Comparison::quotes
    int variant = -1; // index into QuoteGroup::variants
    QuoteFidelity fidelity = QuoteFidelity::Exact;
};

// The cells of one comparison, derived once and read by the item model, the reading view and the PDF:
// each cell's range and text, the changes and quotations in it, the base-side spans of other versions'
// changes, the row of every sentence, and the one policy for which cells and changes a reader is
// pointed at (navigation stops in the window, numbered notes in the PDF). Holds a pointer to the
// comparison, which must outlive it.
class CellIndex
{
public:
    CellIndex() = default;
    explicit CellIndex(const Comparison &comparison);

    const Comparison &comparison() const { return *m_comparison; }
    bool isCell(int row, int version) const;

    CellRange range(int row, int version) const;
    // The cell's text as shown: its sentences as they stand in the version, with line breaks and tabs
    // as spaces (same length, so offsets into it stay valid).
    QString text(int row, int version) const;
    qsizetype textLength(int row, int version) const { return range(row, version).length(); }

    // The changes (indexes into Comparison::changes) of a version's cell, in text order, all kinds.
    QList<int> changes(int row, int version) const;
    // The cell's change spans, offsets relative to the cell text. In the base column: the base words
    // that other versions changed. Only kinds for which `shown` is true.
    QList<CellSpan> spans(int row, int version, const std::function<bool(ChangeKind)> &shown) const;
    QList<QuoteSpan> quoteSpans(int row, int version) const;

    // The aligned row holding a version's sentence, or -1.
    int rowOfSentence(int version, int sentence) const;
    // The row a quote variant stands in (for an absent variant: the row of the group's reference).
    int rowOfQuoteVariant(int group, int variant) const;
    // A quotation group diverges when some variant is more than typographically different.
    bool isQuoteDivergent(int group) const;

    // The cell status as a reader sees it: a cell whose only changes are cosmetic reads as the same
    // while cosmetic changes are hidden.
    CellStatus shownStatus(int row, int version, bool cosmeticShown) const;
    // The reading policy: a change is pointed at (a navigation stop, a numbered PDF note) unless it is
    // cosmetic and cosmetic changes are hidden.
    static bool isPointedAt(ChangeKind kind, bool cosmeticShown)
    {
        return cosmeticShown || !isCosmetic(kind);
    }
    // A cell is a navigation stop when its version differs there from the base: changed, added or moved
    // text, or a base sentence this version dropped (not the gap a move leaves, which the move itself
    // stands for, nor gaps beside another version's addition, nor left-out boilerplate).
    bool isStop(int row, int version, bool cosmeticShown) const;

private:
    qsizetype key(int row, int version) const
    {
        return qsizetype(row) * m_comparison->versions.size() + version;
    }

    const Comparison *m_comparison = nullptr;
    QHash<qsizetype, QList<int>> m_cellChanges;
    QHash<int, QList<int>> m_baseChanges; // per row: every change, read from the base column
    QHash<qsizetype, QList<std::pair<int, int>>> m_cellQuotes; // (group, variant) starting in a cell
    QList<QList<int>> m_sentenceRows; // per version: sentence index to row
};

} // namespace Parallax
