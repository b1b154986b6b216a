// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"
#include "present/comparisonmodel.h"

#include <QTextLayout>

namespace Parallax {

// What the reading view draws over a cell's text, as formats for QTextLayout::draw: the changes of the
// version in focus (background by kind, substantive ones bold), diverging quotations (dashed
// underline) and search matches. Removed words have no text to colour: they come back as carets,
// drawn as a bar where the words were.
struct CellFormats
{
    QList<QTextLayout::FormatRange> ranges;
    QList<CellSpan> carets;
};

// Whether a quotation reads differently from its reference (more than typography).
bool isDivergent(QuoteFidelity fidelity);

// spans: the cell's change spans; only those of focusVersion are shown (-1: none). searchText is
// matched without regard to case.
CellFormats cellFormats(const QString &text, const QList<CellSpan> &spans, int focusVersion,
    const QList<QuoteSpan> &quotes, const QString &searchText, const ChangeColors &colors);

// The colour of a search match on this background.
QColor searchMatchColor(const ChangeColors &colors);
// The tint of a change span, and the colour of the caret that marks a deletion. A muted span (a
// substantive change of a reason the reader's filter leaves out) keeps only a trace of its colour and
// is not bold: the reader still sees that something changed there without being pointed at it.
QColor spanColor(const CellSpan &span, const ChangeColors &colors);
QColor caretColor(const CellSpan &span, const ChangeColors &colors);

} // namespace Parallax
