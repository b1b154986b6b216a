// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfquotetable_p.h"

#include "core/labels.h"
#include "report/notelist_p.h"
#include "report/pdfpagelayout_p.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

// The cells' padding and the table's colours, as the summary's other tables (QTextDocument's
// cellpadding="2" at 96 dpi) have them.
constexpr double PaddingX = 1.5;
constexpr double PaddingY = 1.5;
constexpr double SmallPointSize = 7.5; // how an outlet's words differ, the reader's notes
const QColor headerBackground(0xe8, 0xe8, 0xe8);
const QColor ruleColor(0xe4, 0xe4, 0xe4);

QColor fidelityBackground(QuoteFidelity fidelity, const ChangeColors &colors)
{
    switch (fidelity) {
    case QuoteFidelity::Exact:
        return {};
    case QuoteFidelity::Typographic:
        return colors.typography;
    case QuoteFidelity::Altered:
        return colors.substantive;
    case QuoteFidelity::Truncated:
    case QuoteFidelity::Extended:
    case QuoteFidelity::Merged:
        return colors.wording;
    case QuoteFidelity::Absent:
        return colors.absent;
    }
    return {};
}

// Lines [from, to) of a layout starting at `from` that fit in `room`; at least one when `atLeastOne`.
int linesThatFit(const QTextLayout &layout, int from, double room, bool atLeastOne)
{
    int to = from;
    while (to < layout.lineCount() && linesHeight(layout, from, to + 1) <= room)
        ++to;
    if (to == from && atLeastOne && from < layout.lineCount())
        ++to;
    return to;
}

} // namespace

bool quoteOutletsByName(const Comparison &c, const QList<int> &printed)
{
    return std::all_of(
        printed.cbegin(), printed.cend(), [&c](int v) { return c.versions.at(v).name.size() <= 16; });
}

struct PdfQuoteTable::Row
{
    // Speaker, quotation, then one per printed version; a fidelity's label is laid out once and shared.
    std::vector<std::shared_ptr<const QTextLayout>> cells;
    std::vector<QColor> backgrounds;
    double height = 0; // with the padding
};

struct PdfQuoteTable::Placement
{
    int row = 0;
    int page = 0;
    double y = 0;
    double height = 0;
    std::vector<std::pair<int, int>> lines; // per cell: [from, to)
};

PdfQuoteTable::PdfQuoteTable(const Comparison &c, const QList<int> &printed,
    const PdfExporter::Options &options, const PdfStyle &style, QPaintDevice *device)
    : m_style(style)
{
    const double padX = style.pt(PaddingX);
    const double padY = style.pt(PaddingY);
    const double lineGap = 0;
    QFont headerFont = style.summary;
    headerFont.setBold(true);
    QFont small = style.summary;
    small.setPointSizeF(SmallPointSize);
    QTextCharFormat smallFormat;
    smallFormat.setFont(small);
    QTextCharFormat noteFormat = smallFormat;
    noteFormat.setFontItalic(true);

    const bool byName = quoteOutletsByName(c, printed);
    const auto outlet
        = [&](int v) { return byName ? c.versions.value(v).name : QString::number(printed.indexOf(v) + 1); };
    QStringList titles { PdfExporter::tr("Speaker"), PdfExporter::tr("Quotation") };
    for (const int v : printed)
        titles.append(outlet(v));

    // Columns: the speaker a fixed share, each outlet as wide as its title or its widest label (at most
    // half of what the speaker leaves, shared), the quotation the rest.
    const double width = style.bodyRect().width();
    const double speakerWidth = 0.11 * width;
    const QFontMetricsF metrics(style.summary, device);
    const QFontMetricsF headerMetrics(headerFont, device);
    double outletWidth = style.pt(40);
    for (qsizetype i = 2; i < titles.size(); ++i)
        outletWidth
            = std::max(outletWidth, headerMetrics.horizontalAdvance(titles.at(i)) + 2 * padX + style.pt(8));
    for (const QuoteFidelity fidelity :
        { QuoteFidelity::Exact, QuoteFidelity::Typographic, QuoteFidelity::Altered, QuoteFidelity::Truncated,
            QuoteFidelity::Extended, QuoteFidelity::Merged, QuoteFidelity::Absent })
        outletWidth
            = std::max(outletWidth, metrics.horizontalAdvance(label(fidelity)) + 2 * padX + style.pt(8));
    if (!printed.isEmpty())
        outletWidth = std::min(outletWidth, 0.5 * (width - speakerWidth) / double(printed.size()));
    const double quoteWidth = width - speakerWidth - outletWidth * double(printed.size());
    m_columnX = { 0, speakerWidth, speakerWidth + quoteWidth };
    for (qsizetype i = 1; i <= printed.size(); ++i)
        m_columnX.push_back(speakerWidth + quoteWidth + outletWidth * double(i));

    const auto layout = [&](const RichText &text, const QFont &font, std::size_t column) {
        const double inner = m_columnX[column + 1] - m_columnX[column] - 2 * padX;
        return layoutRichText(text, font, device, std::max(inner, style.pt(4)), lineGap);
    };
    for (qsizetype i = 0; i < titles.size(); ++i) {
        RichText title;
        title.append(titles.at(i));
        m_header.push_back(layout(title, headerFont, std::size_t(i)));
        m_headerHeight = std::max(m_headerHeight, m_header.back()->boundingRect().height() + 2 * padY);
    }

    // The reader's notes on quotations (issue 16), by group: one pass over the notes, not one a group.
    const QList<int> numbers = noteNumbers(options.notes);
    QHash<int, QStringList> notesOfGroup;
    for (qsizetype i = 0; i < options.notes.size(); ++i) {
        const Note &n = options.notes.at(i);
        if (n.target == Note::Target::Quote && !n.isOrphaned())
            notesOfGroup[n.quoteGroup].append(noteLine(n, numbers.at(i)));
    }

    QHash<int, std::shared_ptr<const QTextLayout>> labels; // by fidelity (the outlet columns are alike)
    QHash<QString, std::shared_ptr<const QTextLayout>> speakers; // a speaker is quoted many times
    m_rows.reserve(std::size_t(c.quotes.size()));
    for (qsizetype g = 0; g < c.quotes.size(); ++g) {
        const QuoteGroup &group = c.quotes.at(g);
        Row row;
        const QString name = group.speaker.isEmpty() ? PdfExporter::tr("(unattributed)") : group.speaker;
        std::shared_ptr<const QTextLayout> &speaker = speakers[name];
        if (!speaker) {
            RichText text;
            text.append(name);
            speaker = layout(text, style.summary, 0);
        }
        row.cells.push_back(speaker);

        const QuoteVariant reference = group.variants.value(group.reference);
        RichText quote;
        quote.append(u"\u201c"_s + reference.text + u"\u201d"_s);
        for (const QuoteVariant &variant : group.variants) {
            // Typographic variants differ in quote marks only: their words would repeat the quotation.
            if (!printed.contains(variant.version) || variant.fidelity == QuoteFidelity::Exact
                || variant.fidelity == QuoteFidelity::Typographic || variant.fidelity == QuoteFidelity::Absent
                || variant.version == reference.version)
                continue;
            QString detail = outlet(variant.version) + u": "_s;
            if (!variant.wordChanges.isEmpty()) {
                QStringList words;
                for (const WordChange &change : variant.wordChanges)
                    words.append(toString(change));
                detail += words.join(u"; "_s);
            } else {
                detail += u"\u201c"_s + variant.text + u"\u201d"_s;
            }
            quote.append(QString(QChar::LineSeparator) + detail, smallFormat);
        }
        for (const QString &line : notesOfGroup.value(int(g)))
            quote.append(QString(QChar::LineSeparator) + line, noteFormat);
        row.cells.push_back(layout(quote, style.summary, 1));
        row.backgrounds.resize(2);

        for (qsizetype i = 0; i < printed.size(); ++i) {
            QuoteFidelity fidelity = QuoteFidelity::Absent;
            for (const QuoteVariant &variant : group.variants) {
                if (variant.version == printed.at(i))
                    fidelity = variant.fidelity;
            }
            std::shared_ptr<const QTextLayout> &labelLayout = labels[int(fidelity)];
            if (!labelLayout) {
                RichText text;
                text.append(label(fidelity));
                labelLayout = layout(text, style.summary, std::size_t(i) + 2);
            }
            row.cells.push_back(labelLayout);
            row.backgrounds.push_back(fidelityBackground(fidelity, style.colors));
        }
        for (const auto &cell : row.cells)
            row.height = std::max(row.height, linesHeight(*cell, 0, cell->lineCount()) + 2 * padY);
        m_rows.push_back(std::move(row));
    }
}

PdfQuoteTable::~PdfQuoteTable() = default;

bool PdfQuoteTable::fitsAt(double top, double pageHeight) const
{
    const double room = pageHeight - top - m_headerHeight;
    if (m_rows.empty())
        return room >= 0;
    const double first = m_rows.front().height;
    // A row taller than a page breaks anyway: a few of its lines are enough here.
    return first <= room || (first > pageHeight - m_headerHeight && room >= m_style.pt(36));
}

void PdfQuoteTable::placeHeader(int page, double y)
{
    m_headers.emplace_back(page, y);
}

void PdfQuoteTable::paginate(int firstPage, double top, double pageHeight)
{
    m_placements.clear();
    m_headers.clear();
    int page = firstPage;
    double y = top;
    if (!fitsAt(top, pageHeight)) {
        ++page;
        y = 0;
    }
    placeHeader(page, y);
    y += m_headerHeight;
    const double padY = m_style.pt(PaddingY);
    const auto nextPage = [&] {
        ++page;
        placeHeader(page, 0);
        y = m_headerHeight;
    };
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        if (y + row.height > pageHeight && y > m_headerHeight && row.height <= pageHeight - m_headerHeight)
            nextPage();
        if (y + row.height <= pageHeight) {
            Placement placed { int(r), page, y, row.height, {} };
            for (const auto &cell : row.cells)
                placed.lines.emplace_back(0, cell->lineCount());
            m_placements.push_back(std::move(placed));
            y += row.height;
            continue;
        }
        // Taller than the room left: as many lines of each cell as fit, the rest on the next pages.
        std::vector<int> from(row.cells.size(), 0);
        for (;;) {
            const double room = pageHeight - y - 2 * padY;
            Placement placed { int(r), page, y, 0, {} };
            bool done = true;
            double tallest = 0;
            for (std::size_t k = 0; k < row.cells.size(); ++k) {
                const QTextLayout &cell = *row.cells[k];
                const int to = linesThatFit(cell, from[k], room, y <= m_headerHeight);
                placed.lines.emplace_back(from[k], to);
                tallest = std::max(tallest, linesHeight(cell, from[k], to));
                from[k] = to;
                done = done && to >= cell.lineCount();
            }
            placed.height = tallest + 2 * padY;
            if (tallest > 0 || done) {
                y += placed.height;
                m_placements.push_back(std::move(placed));
            }
            if (done)
                break;
            nextPage();
        }
    }
    m_lastPage = page;
    m_bottom = y;
}

void PdfQuoteTable::paintPage(QPainter *painter, int page, const QPointF &origin) const
{
    const double padX = m_style.pt(PaddingX);
    const double padY = m_style.pt(PaddingY);
    const double width = m_columnX.back();
    painter->save();
    painter->translate(origin);
    for (const auto &[headerPage, y] : m_headers) {
        if (headerPage != page)
            continue;
        painter->fillRect(QRectF(0, y, width, m_headerHeight), headerBackground);
        painter->setPen(m_style.colors.text);
        for (std::size_t k = 0; k < m_header.size(); ++k) {
            const QTextLayout &title = *m_header[k];
            drawLines(painter, title, 0, title.lineCount(), QPointF(m_columnX[k] + padX, y + padY));
        }
    }
    const auto first = std::lower_bound(m_placements.cbegin(), m_placements.cend(), page,
        [](const Placement &p, int value) { return p.page < value; });
    for (auto it = first; it != m_placements.cend() && it->page == page; ++it) {
        const Row &row = m_rows[std::size_t(it->row)];
        for (std::size_t k = 0; k < row.cells.size(); ++k) {
            const QRectF rect(m_columnX[k], it->y, m_columnX[k + 1] - m_columnX[k], it->height);
            if (row.backgrounds[k].isValid())
                painter->fillRect(rect, row.backgrounds[k]);
            // QTextLayout draws unformatted text with the painter's pen.
            painter->setPen(m_style.colors.text);
            const auto [from, to] = it->lines[k];
            drawLines(painter, *row.cells[k], from, to, QPointF(rect.left() + padX, rect.top() + padY));
        }
        painter->setPen(QPen(ruleColor, m_style.pt(0.4)));
        const double lineY = it->y + it->height;
        painter->drawLine(QPointF(0, lineY), QPointF(width, lineY));
    }
    painter->restore();
}

} // namespace Parallax::Internal
