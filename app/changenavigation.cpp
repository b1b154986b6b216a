// SPDX-License-Identifier: GPL-3.0-or-later
#include "changenavigation.h"

#include "cellformats.h"
#include "colormix.h"

#include "present/comparisonmodel.h"

#include <algorithm>

namespace Parallax {

bool isChangeStop(const ComparisonModel &model, int row, int version, int kind)
{
    const CellIndex &index = model.cellIndex();
    if (version == model.comparison().base)
        return false;
    if (kind >= 0) {
        for (const CellSpan &span : model.cellSpans(row, version)) {
            if (int(span.kind) == kind && !span.muted)
                return true;
        }
        return false;
    }
    // The reading policy the PDF's numbered notes follow too.
    if (!index.isStop(row, version, !model.isCosmeticHidden()))
        return false;
    // A changed sentence whose every shown change is of a reason the reader's filter leaves out is not
    // pointed at, as one with only hidden cosmetic changes is not.
    if (model.reasonFilter().isActive() && model.cellStatus(row, version) == CellStatus::Changed) {
        const QList<CellSpan> spans = model.cellSpans(row, version);
        return spans.isEmpty()
            || std::any_of(spans.begin(), spans.end(), [](const CellSpan &span) { return !span.muted; });
    }
    return true;
}

bool hasChangeOfReason(const ComparisonModel &model, int row, int version, std::optional<ChangeReason> reason)
{
    if (version == model.comparison().base)
        return false;
    const QList<Change> &changes = model.comparison().changes;
    for (const int i : model.changesInCell(row, version)) {
        const Change &change = changes.at(i);
        if (change.kind != ChangeKind::Substantive)
            continue;
        if (reason ? change.reason == *reason : !model.isMuted(change))
            return true;
    }
    return false;
}

std::optional<ChangeReason> reasonAt(const ComparisonModel &model, int row, int version, int preferredChange)
{
    const QList<Change> &changes = model.comparison().changes;
    const QList<CellSpan> spans = model.cellSpans(row, version);
    for (const CellSpan &span : spans) {
        if (span.change == preferredChange && span.kind == ChangeKind::Substantive
            && changes.at(span.change).reason != ChangeReason::None)
            return changes.at(span.change).reason;
    }
    // Spans come in text order (in the base column, by version first): the first one read.
    std::optional<ChangeReason> first;
    qsizetype firstOffset = 0;
    for (const CellSpan &span : spans) {
        const ChangeReason reason = changes.at(span.change).reason;
        if (span.kind != ChangeKind::Substantive || reason == ChangeReason::None)
            continue;
        if (!first || span.offset < firstOffset) {
            first = reason;
            firstOffset = span.offset;
        }
    }
    return first;
}

bool hasDivergentQuote(const ComparisonModel &model, int row, int version)
{
    const QList<QuoteSpan> quotes = model.quoteSpans(row, version);
    return std::any_of(
        quotes.begin(), quotes.end(), [](const QuoteSpan &q) { return isDivergent(q.fidelity); });
}

std::optional<CellPosition> stepInReadingOrder(const QList<int> &rows, const QList<int> &columns,
    CellPosition current, bool forward, const std::function<bool(int row, int version)> &accept)
{
    if (rows.isEmpty() || columns.isEmpty())
        return std::nullopt;
    const int columnCount = int(columns.size());
    const int total = int(rows.size()) * columnCount;
    int position = forward ? -1 : total;
    const qsizetype currentRow = current.row >= 0 ? rows.indexOf(current.row) : -1;
    const qsizetype currentColumn = columns.indexOf(current.version);
    if (currentRow >= 0 && currentColumn >= 0)
        position = int(currentRow) * columnCount + int(currentColumn);
    for (int p = position + (forward ? 1 : -1); p >= 0 && p < total; p += forward ? 1 : -1) {
        const int row = rows.at(p / columnCount);
        const int version = columns.at(p % columnCount);
        if (accept(row, version))
            return CellPosition { row, version };
    }
    return std::nullopt;
}

int countMatches(
    const ComparisonModel &model, const QList<int> &rows, const QList<int> &columns, const QString &text)
{
    if (text.isEmpty())
        return 0;
    int count = 0;
    for (int row : rows) {
        for (int version : columns)
            count += int(model.cellText(row, version).count(text, Qt::CaseInsensitive));
    }
    return count;
}

QList<QColor> rowMarkColors(
    const ComparisonModel &model, const QList<int> &columns, const ChangeColors &colors)
{
    const bool dark = colors.isDark();
    const int rows = model.rowCount();
    QList<QColor> marks(rows);
    for (int row = 0; row < rows; ++row) {
        // The strongest thing in the row decides its colour.
        int best = 0;
        QColor color;
        auto consider = [&](int rank, const QColor &c) {
            if (rank > best) {
                best = rank;
                color = c;
            }
        };
        for (int version : columns) {
            if (!isChangeStop(model, row, version, -1))
                continue;
            switch (model.strongestChange(row, version)) {
            case int(ChangeKind::Substantive):
                consider(6, colors.substantive);
                break;
            case int(ChangeKind::Wording):
                consider(5, colors.wording);
                break;
            case int(ChangeKind::Spelling):
                consider(2, colors.spelling);
                break;
            case int(ChangeKind::Typography):
                consider(1, colors.typography);
                break;
            default:
                break;
            }
            const CellStatus status = model.cellStatus(row, version);
            if (status == CellStatus::Moved)
                consider(4, colors.moved);
            else if (status == CellStatus::Added || status == CellStatus::Absent)
                consider(3, status == CellStatus::Added ? colors.added : colors.dimmedText);
        }
        marks[row] = best > 0 ? strongColor(color, dark) : QColor();
    }
    return marks;
}

} // namespace Parallax
