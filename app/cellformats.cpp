// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellformats.h"

#include "colormix.h"

namespace Parallax {

bool isDivergent(QuoteFidelity fidelity)
{
    return fidelity != QuoteFidelity::Exact && fidelity != QuoteFidelity::Typographic;
}

QColor searchMatchColor(const ChangeColors &colors)
{
    return mixColors(colors.background, QColor(0x1e, 0x9b, 0xff), colors.isDark() ? 0.5 : 0.35);
}

QColor spanColor(const CellSpan &span, const ChangeColors &colors)
{
    const QColor tint = colors.forKind(span.kind);
    return span.muted ? mixColors(colors.background, tint, 0.4) : tint;
}

QColor caretColor(const CellSpan &span, const ChangeColors &colors)
{
    const QColor strong = strongColor(colors.forKind(span.kind), colors.isDark());
    return span.muted ? mixColors(colors.background, strong, 0.35) : strong;
}

CellFormats cellFormats(const QString &text, const QList<CellSpan> &spans, int focusVersion,
    const QList<QuoteSpan> &quotes, const QString &searchText, const ChangeColors &colors)
{
    CellFormats result;
    for (const CellSpan &span : spans) {
        if (span.version != focusVersion)
            continue;
        if (span.length == 0) {
            result.carets.append(span);
            continue;
        }
        QTextLayout::FormatRange range;
        range.start = int(span.offset);
        range.length = int(span.length);
        range.format.setBackground(spanColor(span, colors));
        if (span.kind == ChangeKind::Substantive && !span.muted)
            range.format.setFontWeight(QFont::DemiBold);
        result.ranges.append(range);
    }
    for (const QuoteSpan &quote : quotes) {
        if (!isDivergent(quote.fidelity))
            continue;
        QTextLayout::FormatRange range;
        range.start = int(quote.offset);
        range.length = int(quote.length);
        range.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        range.format.setUnderlineColor(strongColor(colors.wording, colors.isDark()));
        result.ranges.append(range);
    }
    if (!searchText.isEmpty()) {
        const QColor match = searchMatchColor(colors);
        for (qsizetype at = text.indexOf(searchText, 0, Qt::CaseInsensitive); at >= 0;
            at = text.indexOf(searchText, at + searchText.size(), Qt::CaseInsensitive)) {
            QTextLayout::FormatRange range;
            range.start = int(at);
            range.length = int(searchText.size());
            range.format.setBackground(match);
            range.format.setFontUnderline(true);
            result.ranges.append(range);
        }
    }
    return result;
}

} // namespace Parallax
