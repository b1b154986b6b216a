// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebysideview.h"

#include "colormix.h"
#include "present/comparisonmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Layouts kept for painting; enough for a full screen of cells several times over.
constexpr int LayoutCacheSize = 3000;
// Idle-time measuring works in slices this long so scrolling stays smooth meanwhile.
constexpr qint64 RefineSliceMs = 6;

bool isDivergent(QuoteFidelity fidelity)
{
    return fidelity != QuoteFidelity::Exact && fidelity != QuoteFidelity::Typographic;
}

} // namespace

SideBySideView::SideBySideView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_header(new QHeaderView(Qt::Horizontal, this))
    , m_colors(ChangeColors::forPrint())
{
    m_layouts.setMaxCost(LayoutCacheSize);
    m_header->setSectionsMovable(true);
    m_header->setSectionsClickable(false);
    m_header->setHighlightSections(false);
    m_header->setSectionResizeMode(QHeaderView::Fixed);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_header->setTextElideMode(Qt::ElideRight);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::sectionMoved, this, [this] {
        rebuildColumns();
        viewport()->update();
    });
    connect(m_header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int version = m_header->logicalIndexAt(pos);
        if (version >= 0)
            Q_EMIT versionContextMenuRequested(version, m_header->mapToGlobal(pos));
    });

    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    m_refineTimer.setInterval(0);
    connect(&m_refineTimer, &QTimer::timeout, this, &SideBySideView::refineSomeHeights);
    updateMetrics();
}

SideBySideView::~SideBySideView() = default;

void SideBySideView::setModel(ComparisonModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_header->setModel(model);
    if (model) {
        connect(
            model, &QAbstractItemModel::modelAboutToBeReset, this, &SideBySideView::onModelAboutToBeReset);
        connect(model, &QAbstractItemModel::modelReset, this, &SideBySideView::onModelReset);
        connect(model, &QAbstractItemModel::dataChanged, this, &SideBySideView::onDataChanged);
    }
    onModelReset();
}

void SideBySideView::setColors(const ChangeColors &colors)
{
    m_colors = colors;
    m_markColors.clear();
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, colors.background);
    pal.setColor(QPalette::Window, colors.background);
    pal.setColor(QPalette::Text, colors.text);
    viewport()->setPalette(pal);
    viewport()->update();
    Q_EMIT geometryChanged();
}

void SideBySideView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void SideBySideView::setBoilerplateShown(bool shown)
{
    if (m_boilerplateShown == shown)
        return;
    m_boilerplateShown = shown;
    rebuildDisplayRows();
    m_searchMatches = countSearchMatches();
    viewport()->update();
}

bool SideBySideView::isVersionHidden(int version) const
{
    return m_header->isSectionHidden(version);
}

void SideBySideView::setVersionHidden(int version, bool hidden)
{
    if (!m_model || version < 0 || version >= m_model->columnCount() || isVersionHidden(version) == hidden)
        return;
    // The last visible version stays: a view with no column would look broken.
    if (hidden && m_columns.size() <= 1)
        return;
    m_header->setSectionHidden(version, hidden);
    rebuildColumns();
    if (hidden && m_current.isValid() && m_current.column() == version)
        setCurrentIndex(m_model->index(m_current.row(), m_columns.value(0)));
    viewport()->update();
}

void SideBySideView::moveVersion(int version, int visualPosition)
{
    if (!m_model || version < 0 || version >= m_model->columnCount())
        return;
    m_header->moveSection(
        m_header->visualIndex(version), std::clamp(visualPosition, 0, m_header->count() - 1));
}

// ---- model changes --------------------------------------------------------------------------------

void SideBySideView::onModelAboutToBeReset()
{
    m_savedOrder.clear();
    m_savedHidden.clear();
    m_savedTop = {};
    m_savedCurrent = {};
    if (!m_model)
        return;
    // The reader's place, by version and sentence: rows are renumbered by a re-comparison, sentences
    // are not.
    auto place = [this](int row, int preferredVersion) -> std::pair<QString, int> {
        QList<int> versions = m_columns;
        versions.prepend(preferredVersion);
        for (int v : std::as_const(versions)) {
            const int sentence = m_model->index(row, v).data(ComparisonModel::SentenceRole).toInt();
            if (v >= 0 && sentence >= 0)
                return { m_model->versionKey(v), sentence };
        }
        return {};
    };
    if (!m_displayRows.isEmpty()) {
        m_savedTop = place(m_displayRows.value(m_anchorRow), -1);
        m_savedTopOffset = m_anchorOffset;
    }
    if (m_current.isValid())
        m_savedCurrent = place(m_current.row(), m_current.column());
    for (int i = 0; i < m_header->count(); ++i) {
        const int version = m_header->logicalIndex(i);
        m_savedOrder.append(m_model->versionKey(version));
        if (m_header->isSectionHidden(version))
            m_savedHidden.append(m_model->versionKey(version));
    }
}

void SideBySideView::onModelReset()
{
    m_current = {};
    m_contentPaintedSent = false;
    m_layouts.clear();
    m_markColors.clear();
    m_anchorRow = 0;
    m_anchorOffset = 0;
    m_displayRows.clear();
    m_displayIndex.clear();
    m_heights.clear();
    m_exact.clear();
    m_tops = { 0 };
    const int versions = m_model ? m_model->columnCount() : 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    m_cellHeights.fill(-1.0f, qsizetype(rows) * versions);

    // Order and visibility follow the versions (by path or name) across a re-comparison.
    if (m_model && !m_savedOrder.isEmpty()) {
        int position = 0;
        for (const QString &key : std::as_const(m_savedOrder)) {
            const int version = m_model->versionForKey(key);
            if (version < 0)
                continue;
            m_header->moveSection(m_header->visualIndex(version), position++);
            m_header->setSectionHidden(version, m_savedHidden.contains(key));
        }
    }
    rebuildColumns();
    updateHeaderGeometry();
    rebuildDisplayRows();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    // The same story compared again (a reload, another base): stay where the reader was.
    auto rowOf = [this](const std::pair<QString, int> &place) {
        const int version = m_model && !place.first.isEmpty() ? m_model->versionForKey(place.first) : -1;
        return version < 0 ? -1 : m_model->rowForSentence(version, place.second);
    };
    if (const int top = rowOf(m_savedTop); isRowDisplayed(top)) {
        m_anchorRow = m_displayIndex.at(top);
        m_anchorOffset = std::min(m_savedTopOffset, m_heights.at(m_anchorRow) - 1);
        restoreAnchor();
    }
    if (const int row = rowOf(m_savedCurrent); row >= 0)
        m_current = m_model->index(row, m_model->versionForKey(m_savedCurrent.first));
    m_searchMatches = countSearchMatches();
    viewport()->update();
    Q_EMIT currentIndexChanged(m_current);
}

void SideBySideView::onDataChanged()
{
    // Only what is highlighted changes (hiding cosmetic changes); the text and so the layout stay.
    m_markColors.clear();
    viewport()->update();
    Q_EMIT geometryChanged();
}

void SideBySideView::rebuildColumns()
{
    m_columns.clear();
    for (int i = 0; i < m_header->count(); ++i) {
        const int version = m_header->logicalIndex(i);
        if (!m_header->isSectionHidden(version))
            m_columns.append(version);
    }
    m_markColors.clear();
    updateColumnWidth();
    // Rows may have lost or gained their only text, and their tallest cell.
    rebuildDisplayRows();
    updateScrollBars();
    Q_EMIT geometryChanged();
}

// Which rows are shown: boilerplate only on request, and never a row with nothing in any shown column.
void SideBySideView::rebuildDisplayRows()
{
    const int anchorModelRow = m_displayRows.value(m_anchorRow, 0);
    m_displayRows.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_displayIndex.fill(-1, rows);
    const Comparison *c = m_model ? &m_model->comparison() : nullptr;
    for (int r = 0; r < rows; ++r) {
        if (!m_boilerplateShown && c->rows.at(r).boilerplate)
            continue;
        const bool anyText = std::any_of(
            m_columns.begin(), m_columns.end(), [&](int v) { return m_model->cellTextLength(r, v) > 0; });
        if (!anyText)
            continue;
        m_displayIndex[r] = int(m_displayRows.size());
        m_displayRows.append(r);
    }
    m_heights.resize(m_displayRows.size());
    m_exact.resize(m_displayRows.size());
    const qsizetype versions = m_model ? m_model->columnCount() : 0;
    for (qsizetype d = 0; d < m_displayRows.size(); ++d) {
        const int row = m_displayRows.at(d);
        // Rows whose cells were all measured before (a column hidden, boilerplate toggled) stay exact.
        const bool known = std::all_of(m_columns.begin(), m_columns.end(),
            [&](int v) { return m_cellHeights.at(row * versions + v) >= 0; });
        m_exact[d] = known;
        m_heights[d] = known ? measureRow(row) : estimateRow(row);
    }
    // Keep the same sentence at the top: the first shown row at or after the previous one.
    m_anchorRow = 0;
    for (qsizetype d = 0; d < m_displayRows.size(); ++d) {
        if (m_displayRows.at(d) >= anchorModelRow) {
            m_anchorRow = int(d);
            break;
        }
    }
    rebuildTops();
    restoreAnchor();
    scheduleRefine();
    Q_EMIT geometryChanged();
}

void SideBySideView::invalidateHeights()
{
    m_layouts.clear();
    m_cellHeights.fill(-1.0f);
    for (qsizetype d = 0; d < m_displayRows.size(); ++d) {
        m_exact[d] = false;
        m_heights[d] = estimateRow(m_displayRows.at(d));
    }
    rebuildTops();
    restoreAnchor();
    scheduleRefine();
    viewport()->update();
    Q_EMIT geometryChanged();
}

// ---- metrics and geometry -------------------------------------------------------------------------

void SideBySideView::updateMetrics()
{
    const QFontMetricsF fm(font());
    // A little air between lines: prose in narrow columns is easier to follow with it.
    m_leading = std::round(fm.height() * 0.28);
    m_lineHeight = int(std::ceil(fm.height() + m_leading));
    const QString sample = u"The quick brown fox jumps over the lazy dog, said the officials."_s;
    m_averageCharWidth = fm.horizontalAdvance(sample) / sample.size();
    QFont marker = font();
    marker.setItalic(true);
    marker.setPointSizeF(font().pointSizeF() * 0.9);
    m_markerHeight = int(std::ceil(QFontMetricsF(marker).height())) + 4;
    m_padX = std::max(6, int(m_averageCharWidth * 1.2));
    m_padY = std::max(4, int(fm.height() * 0.35));
}

void SideBySideView::updateColumnWidth()
{
    const int count = int(m_columns.size());
    const int available = viewport()->width();
    // About 32 average characters: narrower columns make prose hard to read, so scroll sideways instead.
    const int minimum = std::max(180, int(m_averageCharWidth * 32) + 2 * m_padX);
    const int width = count > 0 ? std::max(minimum, available / count) : std::max(minimum, available);
    for (int i = 0; i < m_header->count(); ++i) {
        if (m_header->sectionSize(i) != width)
            m_header->resizeSection(i, width);
    }
    if (width != m_columnWidth) {
        m_columnWidth = width;
        invalidateHeights();
    }
}

void SideBySideView::updateHeaderGeometry()
{
    const int height = m_header->sizeHint().height();
    setViewportMargins(0, height, 0, 0);
    const QRect vg = viewport()->geometry();
    m_header->setGeometry(vg.left(), vg.top() - height, vg.width(), height);
}

void SideBySideView::updateScrollBars()
{
    const int total = m_tops.isEmpty() ? 0 : m_tops.last();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, total - viewport()->height()));
    v->setPageStep(viewport()->height());
    v->setSingleStep(m_lineHeight);
    QScrollBar *h = horizontalScrollBar();
    const int width = int(m_columns.size()) * m_columnWidth;
    h->setRange(0, std::max(0, width - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(std::max(1, m_columnWidth / 6));
    m_header->setOffset(h->value());
}

void SideBySideView::rebuildTops()
{
    m_tops.resize(m_heights.size() + 1);
    int y = 0;
    for (qsizetype d = 0; d < m_heights.size(); ++d) {
        m_tops[d] = y;
        y += m_heights.at(d);
    }
    m_tops[m_heights.size()] = y;
}

void SideBySideView::restoreAnchor()
{
    m_adjustingScroll = true;
    updateScrollBars();
    const int wanted = m_tops.value(m_anchorRow, 0) + m_anchorOffset;
    verticalScrollBar()->setValue(wanted);
    m_adjustingScroll = false;
    if (verticalScrollBar()->value() != wanted)
        updateAnchorFromScrollBar();
}

void SideBySideView::updateAnchorFromScrollBar()
{
    const int y = verticalScrollBar()->value();
    m_anchorRow = std::max(0, displayIndexAtY(y));
    m_anchorOffset = y - m_tops.value(m_anchorRow, 0);
}

int SideBySideView::displayIndexAtY(int contentY) const
{
    if (m_displayRows.isEmpty() || contentY < 0)
        return m_displayRows.isEmpty() ? -1 : 0;
    // m_tops is sorted: the row is the last one whose top is at or above y.
    auto it = std::upper_bound(m_tops.begin(), m_tops.end() - 1, contentY);
    const int index = int(it - m_tops.begin()) - 1;
    return std::clamp(index, 0, int(m_displayRows.size()) - 1);
}

int SideBySideView::columnX(int columnIndex) const
{
    return columnIndex * m_columnWidth - horizontalScrollBar()->value();
}

int SideBySideView::columnAt(int viewportX) const
{
    if (m_columns.isEmpty() || m_columnWidth <= 0)
        return -1;
    const int index = (viewportX + horizontalScrollBar()->value()) / m_columnWidth;
    return index >= 0 && index < m_columns.size() ? index : -1;
}

// ---- text layout ----------------------------------------------------------------------------------

QFont SideBySideView::fontFor(int row, int version) const
{
    QFont f = font();
    switch (BlockKind(m_model->data(m_model->index(row, version), ComparisonModel::BlockKindRole).toInt())) {
    case BlockKind::Heading:
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.12);
        break;
    case BlockKind::Caption:
        f.setItalic(true);
        break;
    case BlockKind::Paragraph:
    case BlockKind::ListItem:
    case BlockKind::Quote:
        break;
    }
    return f;
}

qreal SideBySideView::layoutText(QTextLayout &layout, const QString &text, const QFont &font) const
{
    layout.setText(text);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    const qreal width = std::max(20, m_columnWidth - 2 * m_padX - 1);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + m_leading / 2));
        y += line.height() + m_leading;
    }
    layout.endLayout();
    return y;
}

bool SideBySideView::hasMarker(int row, int version) const
{
    return m_model->cellStatus(row, version) == CellStatus::Moved
        && m_model->comparison().rows.at(row).moveTarget.value(version, -1) >= 0
        && m_model->cellTextLength(row, version) > 0;
}

QString SideBySideView::markerText(int row, int version) const
{
    const int target = m_model->comparison().rows.at(row).moveTarget.value(version, -1);
    const bool empty = m_model->cellTextLength(row, version) == 0;
    if (target >= 0) {
        if (empty)
            return target > row ? tr("moved down ↓") : tr("moved up ↑");
        return target < row ? tr("↑ moved here from above") : tr("↓ moved here from below");
    }
    // Page furniture left out by another outlet is not worth a marker.
    if (empty && version != m_model->comparison().base && !m_model->comparison().rows.at(row).boilerplate) {
        const int base = m_model->comparison().base;
        if (m_model->cellTextLength(row, base) > 0)
            return tr("not in this version");
    }
    return {};
}

SideBySideView::CellLayout *SideBySideView::cellLayout(int row, int version) const
{
    const qsizetype key = qsizetype(row) * m_model->columnCount() + version;
    if (CellLayout *cached = m_layouts.object(key))
        return cached;
    const QString text = m_model->cellText(row, version);
    if (text.isEmpty())
        return nullptr;
    auto *layout = new CellLayout;
    layout->height = layoutText(layout->layout, text, fontFor(row, version));
    m_cellHeights[key] = float(layout->height + 2 * m_padY + (hasMarker(row, version) ? m_markerHeight : 0));
    m_layouts.insert(key, layout);
    return layout;
}

qreal SideBySideView::cellHeight(int row, int version) const
{
    const qsizetype key = qsizetype(row) * m_model->columnCount() + version;
    const float known = m_cellHeights.at(key);
    if (known >= 0)
        return known;
    qreal height = 0;
    const QString text = m_model->cellText(row, version);
    if (!text.isEmpty()) {
        // Measured without keeping the layout: most measured cells are never painted.
        QTextLayout layout;
        height = layoutText(layout, text, fontFor(row, version)) + 2 * m_padY
            + (hasMarker(row, version) ? m_markerHeight : 0);
    }
    m_cellHeights[key] = float(height);
    return height;
}

int SideBySideView::measureRow(int row) const
{
    qreal height = m_lineHeight + 2 * m_padY; // room for an absence marker
    for (int version : m_columns)
        height = std::max(height, cellHeight(row, version));
    return int(std::ceil(height)) + 1; // the row separator
}

int SideBySideView::estimateRow(int row) const
{
    qsizetype longest = 0;
    for (int version : m_columns)
        longest = std::max(longest, m_model->cellTextLength(row, version));
    const qreal width = std::max(20, m_columnWidth - 2 * m_padX - 1);
    // Word wrapping leaves some room at line ends: count a little more than the bare characters.
    const int lines = std::max(1, int(std::ceil(double(longest) * m_averageCharWidth * 1.08 / width)));
    return lines * m_lineHeight + 2 * m_padY + 1;
}

void SideBySideView::ensureViewportMeasured()
{
    if (m_displayRows.isEmpty())
        return;
    const int firstColumn = std::max(0, columnAt(0));
    const int lastColumn = columnAt(viewport()->width() - 1) < 0 ? int(m_columns.size()) - 1
                                                                 : columnAt(viewport()->width() - 1);
    // Measuring can change heights above or inside the viewport; a few rounds settle it.
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        const int top = verticalScrollBar()->value();
        const int bottom = top + viewport()->height();
        for (int d = std::max(0, displayIndexAtY(top)); d < m_displayRows.size() && m_tops.at(d) < bottom;
            ++d) {
            if (m_exact.at(d))
                continue;
            const int row = m_displayRows.at(d);
            // Cells that will be painted get their layout kept right away.
            for (int c = firstColumn; c <= lastColumn && c < m_columns.size(); ++c)
                cellLayout(row, m_columns.at(c));
            const int height = measureRow(row);
            m_exact[d] = true;
            if (height != m_heights.at(d)) {
                m_heights[d] = height;
                changed = true;
            }
        }
        if (!changed)
            break;
        rebuildTops();
        restoreAnchor();
    }
}

void SideBySideView::scheduleRefine()
{
    if (!m_refineTimer.isActive() && std::find(m_exact.begin(), m_exact.end(), false) != m_exact.end())
        m_refineTimer.start();
}

void SideBySideView::refineSomeHeights()
{
    QElapsedTimer clock;
    clock.start();
    bool changed = false;
    bool done = true;
    // Rows just below the viewport first (where the reader goes next), then from the start.
    const int start = std::max(0, displayIndexAtY(verticalScrollBar()->value()));
    const int n = int(m_displayRows.size());
    for (int i = 0; i < n; ++i) {
        const int d = (start + i) % n;
        if (m_exact.at(d))
            continue;
        if (clock.elapsed() >= RefineSliceMs) {
            done = false;
            break;
        }
        const int height = measureRow(m_displayRows.at(d));
        m_exact[d] = true;
        if (height != m_heights.at(d)) {
            m_heights[d] = height;
            changed = true;
        }
    }
    if (done)
        m_refineTimer.stop();
    if (changed) {
        rebuildTops();
        restoreAnchor();
        Q_EMIT geometryChanged();
    }
}

// ---- painting -------------------------------------------------------------------------------------

void SideBySideView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), m_colors.background);
    if (!m_model || m_displayRows.isEmpty() || m_columns.isEmpty()) {
        paintEmptyHint(painter);
        return;
    }
    ensureViewportMeasured();

    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int firstColumn = std::max(0, columnAt(0));
    const QColor rule = mixColors(m_colors.background, m_colors.text, m_colors.isDark() ? 0.18 : 0.12);
    for (int d = std::max(0, displayIndexAtY(top)); d < m_displayRows.size() && m_tops.at(d) < bottom; ++d) {
        const int row = m_displayRows.at(d);
        const int y = m_tops.at(d) - top;
        const int height = m_heights.at(d);
        if (!event->rect().intersects(QRect(0, y, viewport()->width(), height)))
            continue;
        for (int c = firstColumn; c < m_columns.size(); ++c) {
            const int x = columnX(c);
            if (x >= viewport()->width())
                break;
            paintCell(painter, QRect(x, y, m_columnWidth, height - 1), row, m_columns.at(c));
        }
        painter.fillRect(QRect(0, y + height - 1, viewport()->width(), 1), rule);
    }
    // Column rules over the full height, so short rows still read as columns.
    for (int c = firstColumn; c < m_columns.size(); ++c) {
        const int x = columnX(c) + m_columnWidth - 1;
        if (x - m_columnWidth >= viewport()->width())
            break;
        painter.fillRect(QRect(x, 0, 1, viewport()->height()), rule);
    }
    if (!m_contentPaintedSent) {
        m_contentPaintedSent = true;
        // After this paint has reached the screen.
        QTimer::singleShot(0, this, &SideBySideView::contentPainted);
    }
}

void SideBySideView::paintEmptyHint(QPainter &painter)
{
    painter.setPen(m_colors.dimmedText);
    QString hint = m_placeholder;
    if (m_model && !m_model->isEmpty())
        hint = tr("Nothing to show: every row is hidden boilerplate or belongs to a hidden version.");
    else if (hint.isEmpty())
        hint = tr("Open a folder of article versions (Ctrl+O) or drop files, a folder or text from a browser "
                  "here.");
    painter.drawText(viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, hint);
}

// Whose changes the base column highlights: the selected version's, so the base shows the other side of
// exactly what the reader is looking at (and nothing while no other version is selected).
int SideBySideView::focusVersion() const
{
    if (m_current.isValid() && m_current.column() != m_model->comparison().base)
        return m_current.column();
    return -1;
}

void SideBySideView::paintCell(QPainter &painter, const QRect &rect, int row, int version)
{
    const CellStatus status = m_model->cellStatus(row, version);
    const bool dark = m_colors.isDark();
    CellLayout *layout = cellLayout(row, version);
    // An empty cell is tinted only when it marks something (a dropped or moved sentence); beside
    // another version's added sentence it stays plain, or the page turns grey with non-events.
    QColor background = !layout && markerText(row, version).isEmpty() ? QColor() : m_colors.forStatus(status);
    if (!background.isValid())
        background = m_colors.background;
    // The selected sentence and its counterparts in every column (and a moved one's other place).
    const bool inCurrentRow = m_current.isValid() && m_current.row() == row;
    const bool isMoveCounterpart = m_current.isValid() && m_current.column() == version
        && m_model->comparison().rows.at(m_current.row()).moveTarget.value(version, -1) == row;
    if (inCurrentRow || isMoveCounterpart)
        background = mixColors(background, m_colors.selection, dark ? 0.35 : 0.3);
    painter.fillRect(rect.adjusted(0, 0, -1, 0), background);

    if (status == CellStatus::Added || status == CellStatus::Moved) {
        const QColor stripe = strongColor(m_colors.forStatus(status), dark);
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), stripe);
    }

    if (!layout) {
        paintEmptyCell(painter, rect, row, version, background);
    } else {
        const QPointF origin(rect.left() + m_padX, rect.top() + m_padY);
        const QModelIndex index = m_model->index(row, version);
        QList<QTextLayout::FormatRange> formats;
        QList<CellSpan> carets;
        const bool isBase = version == m_model->comparison().base;
        const int focus = isBase ? focusVersion() : version;
        for (const CellSpan &span : m_model->cellSpans(row, version)) {
            if (span.version != focus)
                continue;
            if (span.length == 0) {
                carets.append(span);
                continue;
            }
            QTextLayout::FormatRange range;
            range.start = int(span.offset);
            range.length = int(span.length);
            range.format.setBackground(m_colors.forKind(span.kind));
            if (span.kind == ChangeKind::Substantive)
                range.format.setFontWeight(QFont::DemiBold);
            formats.append(range);
        }
        for (const QuoteSpan &quote : m_model->quoteSpans(row, version)) {
            if (!isDivergent(quote.fidelity))
                continue;
            QTextLayout::FormatRange range;
            range.start = int(quote.offset);
            range.length = int(quote.length);
            range.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            range.format.setUnderlineColor(strongColor(m_colors.wording, dark));
            formats.append(range);
        }
        if (!m_searchText.isEmpty()) {
            const QString text = layout->layout.text();
            const QColor match = mixColors(m_colors.background, QColor(0x1e, 0x9b, 0xff), dark ? 0.5 : 0.35);
            for (qsizetype at = text.indexOf(m_searchText, 0, Qt::CaseInsensitive); at >= 0;
                at = text.indexOf(m_searchText, at + m_searchText.size(), Qt::CaseInsensitive)) {
                QTextLayout::FormatRange range;
                range.start = int(at);
                range.length = int(m_searchText.size());
                range.format.setBackground(match);
                range.format.setFontUnderline(true);
                formats.append(range);
            }
        }
        const bool boilerplate = index.data(ComparisonModel::BoilerplateRole).toBool();
        painter.setPen(boilerplate ? m_colors.dimmedText : m_colors.text);
        layout->layout.draw(&painter, origin, formats);
        for (const CellSpan &caret : std::as_const(carets)) {
            const QTextLine line = layout->layout.lineForTextPosition(int(caret.offset));
            if (!line.isValid())
                continue;
            const qreal x = line.cursorToX(int(caret.offset));
            painter.fillRect(QRectF(origin.x() + x - 1, origin.y() + line.y(), 2.5, line.height()),
                strongColor(m_colors.forKind(caret.kind), dark));
        }
        if (hasMarker(row, version)) {
            QFont marker = font();
            marker.setItalic(true);
            marker.setPointSizeF(font().pointSizeF() * 0.9);
            marker.setUnderline(true);
            painter.setFont(marker);
            painter.setPen(strongColor(m_colors.moved, dark));
            painter.drawText(
                markerRect(rect, row, version), Qt::AlignLeft | Qt::AlignVCenter, markerText(row, version));
            painter.setFont(font());
        }
    }

    if (m_current.isValid() && m_current.row() == row && m_current.column() == version) {
        QPen pen(strongColor(m_colors.selection, dark), 2);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect).adjusted(1, 1, -2, -1));
    }
}

void SideBySideView::paintEmptyCell(
    QPainter &painter, const QRect &rect, int row, int version, const QColor &background)
{
    const QString text = markerText(row, version);
    if (text.isEmpty())
        return;
    const bool dark = m_colors.isDark();
    const bool moved = m_model->comparison().rows.at(row).moveTarget.value(version, -1) >= 0;
    // A visible gap: fine hatching where the sentence would stand, quiet enough to read past.
    const QColor hatch = mixColors(
        m_colors.background, moved ? strongColor(m_colors.moved, dark) : m_colors.text, dark ? 0.22 : 0.16);
    painter.fillRect(rect.adjusted(3, 0, -1, 0), QBrush(hatch, Qt::BDiagPattern));
    QFont marker = font();
    marker.setItalic(true);
    marker.setPointSizeF(font().pointSizeF() * 0.9);
    marker.setUnderline(moved);
    painter.setFont(marker);
    painter.setPen(moved ? strongColor(m_colors.moved, dark) : m_colors.dimmedText);
    // The label on a background of its own, so the hatching does not run through the words.
    const QRect box = markerRect(rect, row, version);
    const QRect label = painter.fontMetrics()
                            .boundingRect(box, Qt::AlignLeft | Qt::AlignVCenter, text)
                            .adjusted(-4, -1, 4, 1);
    painter.fillRect(label, background);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.setFont(font());
}

QRect SideBySideView::markerRect(const QRect &cell, int row, int version) const
{
    if (m_model->cellTextLength(row, version) == 0)
        return QRect(cell.left() + m_padX, cell.top() + m_padY, cell.width() - 2 * m_padX, m_lineHeight);
    const CellLayout *layout = cellLayout(row, version);
    const qreal textHeight = layout ? layout->height : 0;
    return QRect(cell.left() + m_padX, cell.top() + m_padY + int(textHeight), cell.width() - 2 * m_padX,
        m_markerHeight);
}

// ---- geometry queries -----------------------------------------------------------------------------

bool SideBySideView::isRowDisplayed(int row) const
{
    return row >= 0 && row < m_displayIndex.size() && m_displayIndex.at(row) >= 0;
}

int SideBySideView::rowHeight(int row) const
{
    return isRowDisplayed(row) ? m_heights.at(m_displayIndex.at(row)) : 0;
}

QRect SideBySideView::cellRect(int row, int version) const
{
    if (!isRowDisplayed(row))
        return {};
    const int column = int(m_columns.indexOf(version));
    if (column < 0)
        return {};
    const int d = m_displayIndex.at(row);
    return QRect(
        columnX(column), m_tops.at(d) - verticalScrollBar()->value(), m_columnWidth, m_heights.at(d) - 1);
}

QModelIndex SideBySideView::indexAt(const QPoint &pos) const
{
    if (!m_model || m_displayRows.isEmpty())
        return {};
    const int y = pos.y() + verticalScrollBar()->value();
    if (y < 0 || y >= m_tops.last())
        return {};
    const int column = columnAt(pos.x());
    if (column < 0)
        return {};
    return m_model->index(m_displayRows.at(displayIndexAtY(y)), m_columns.at(column));
}

SideBySideView::Hit SideBySideView::hitTest(const QPoint &pos) const
{
    Hit hit;
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return hit;
    hit.kind = HitKind::Cell;
    hit.row = index.row();
    hit.version = index.column();
    const QRect cell = cellRect(hit.row, hit.version);
    const int target = m_model->comparison().rows.at(hit.row).moveTarget.value(hit.version, -1);
    if (target >= 0 && markerRect(cell, hit.row, hit.version).contains(pos)) {
        hit.kind = HitKind::Marker;
        hit.item = target;
        return hit;
    }
    CellLayout *layout = cellLayout(hit.row, hit.version);
    if (!layout)
        return hit;
    const QPointF local = QPointF(pos) - QPointF(cell.left() + m_padX, cell.top() + m_padY);
    for (int i = 0; i < layout->layout.lineCount(); ++i) {
        const QTextLine line = layout->layout.lineAt(i);
        if (local.y() < line.y() - m_leading / 2 || local.y() >= line.y() + line.height() + m_leading / 2)
            continue;
        if (local.x() < 0 || local.x() > line.naturalTextWidth() + 2)
            return hit;
        const int cursor = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        const bool isBase = hit.version == m_model->comparison().base;
        const int focus = isBase ? focusVersion() : hit.version;
        for (const CellSpan &span : m_model->cellSpans(hit.row, hit.version)) {
            if (span.version != focus)
                continue;
            const bool inside = span.length > 0 ? cursor >= span.offset && cursor < span.offset + span.length
                                                : std::abs(line.cursorToX(int(span.offset)) - local.x()) <= 4;
            if (inside) {
                hit.kind = HitKind::Span;
                hit.item = span.change;
                return hit;
            }
        }
        for (const QuoteSpan &quote : m_model->quoteSpans(hit.row, hit.version)) {
            if (cursor >= quote.offset && cursor < quote.offset + quote.length) {
                hit.kind = HitKind::Quote;
                hit.item = quote.group;
                hit.variant = quote.variant;
                return hit;
            }
        }
        return hit;
    }
    return hit;
}

QString SideBySideView::describe(const Hit &hit) const
{
    switch (hit.kind) {
    case HitKind::None:
        return {};
    case HitKind::Cell:
        return m_model->describeCell(hit.row, hit.version);
    case HitKind::Span:
        return ComparisonModel::describeChange(m_model->comparison().changes.at(hit.item));
    case HitKind::Quote:
        return m_model->describeQuoteVariant(hit.item, hit.variant);
    case HitKind::Marker:
        return tr("Go to the other place (row %1)").arg(hit.item + 1);
    }
    return {};
}

// ---- interaction ----------------------------------------------------------------------------------

void SideBySideView::setCurrentIndex(const QModelIndex &index)
{
    if (index.isValid() && index.model() != m_model)
        return;
    if (index.isValid()) {
        if (!isRowDisplayed(index.row()) && m_model->comparison().rows.at(index.row()).boilerplate)
            setBoilerplateShown(true);
        if (isVersionHidden(index.column()))
            setVersionHidden(index.column(), false);
    }
    const bool changed = index != m_current;
    m_current = index;
    if (index.isValid()) {
        const QRect rect = cellRect(index.row(), index.column());
        if (rect.isNull() || rect.top() < 0 || rect.bottom() > viewport()->height())
            scrollToRow(index.row());
        const int column = int(m_columns.indexOf(index.column()));
        if (column >= 0) {
            QScrollBar *h = horizontalScrollBar();
            const int left = column * m_columnWidth;
            if (left < h->value())
                h->setValue(left);
            else if (left + m_columnWidth > h->value() + viewport()->width())
                h->setValue(left + m_columnWidth - viewport()->width());
        }
    }
    viewport()->update();
    if (changed)
        Q_EMIT currentIndexChanged(m_current);
}

void SideBySideView::scrollToRow(int row)
{
    if (!isRowDisplayed(row))
        return;
    const int d = m_displayIndex.at(row);
    // Exact heights around the target, so it lands where intended.
    bool changed = false;
    for (int i = std::max(0, d - 40); i < std::min(int(m_displayRows.size()), d + 60); ++i) {
        if (m_exact.at(i))
            continue;
        const int height = measureRow(m_displayRows.at(i));
        m_exact[i] = true;
        changed = changed || height != m_heights.at(i);
        m_heights[i] = height;
    }
    if (changed) {
        rebuildTops();
        restoreAnchor();
    }
    const int height = m_heights.at(d);
    const int wanted
        = height >= viewport()->height() ? m_tops.at(d) : m_tops.at(d) - (viewport()->height() - height) / 2;
    verticalScrollBar()->setValue(wanted);
    Q_EMIT geometryChanged();
}

void SideBySideView::scrollContentsBy(int dx, int)
{
    if (dx != 0)
        m_header->setOffset(horizontalScrollBar()->value());
    if (!m_adjustingScroll)
        updateAnchorFromScrollBar();
    viewport()->update();
    Q_EMIT geometryChanged();
}

void SideBySideView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateHeaderGeometry();
    updateColumnWidth();
    updateScrollBars();
    restoreAnchor();
    Q_EMIT geometryChanged();
}

void SideBySideView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateHeaderGeometry();
        const int before = m_columnWidth;
        updateColumnWidth();
        if (before == m_columnWidth)
            invalidateHeights();
    }
}

void SideBySideView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.kind == HitKind::None)
        return;
    if (hit.kind == HitKind::Marker && event->button() == Qt::LeftButton) {
        setCurrentIndex(m_model->index(hit.item, hit.version));
        Q_EMIT spanActivated(m_model->describeCell(hit.item, hit.version));
        return;
    }
    setCurrentIndex(m_model->index(hit.row, hit.version));
    if (hit.kind == HitKind::Span || hit.kind == HitKind::Quote)
        Q_EMIT spanActivated(describe(hit));
}

void SideBySideView::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept(); // handled on press
}

void SideBySideView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFrom(this, event->pos()));
    if (index.isValid())
        Q_EMIT cellContextMenuRequested(index, event->globalPos());
}

void SideBySideView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_displayRows.isEmpty() || m_columns.isEmpty()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int d = m_current.isValid() ? m_displayIndex.value(m_current.row(), 0) : -1;
    const int column = m_current.isValid() ? std::max(0, int(m_columns.indexOf(m_current.column()))) : 0;
    const int rows = int(m_displayRows.size());
    const int pageRows = std::max(1, viewport()->height() / std::max(1, m_lineHeight * 3));
    int newRow = d;
    int newColumn = column;
    switch (event->key()) {
    case Qt::Key_Down:
        newRow = d + 1;
        break;
    case Qt::Key_Up:
        newRow = d < 0 ? 0 : d - 1;
        break;
    case Qt::Key_Right:
        newRow = std::max(0, d);
        newColumn = column + 1;
        break;
    case Qt::Key_Left:
        newRow = std::max(0, d);
        newColumn = column - 1;
        break;
    case Qt::Key_PageDown:
        newRow = d + pageRows;
        break;
    case Qt::Key_PageUp:
        newRow = d - pageRows;
        break;
    case Qt::Key_Home:
        newRow = 0;
        break;
    case Qt::Key_End:
        newRow = rows - 1;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    newRow = std::clamp(newRow, 0, rows - 1);
    newColumn = std::clamp(newColumn, 0, int(m_columns.size()) - 1);
    setCurrentIndex(m_model->index(m_displayRows.at(newRow), m_columns.at(newColumn)));
    event->accept();
}

bool SideBySideView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitTest(help->pos());
        const QString text = describe(hit);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

// ---- navigation and search ------------------------------------------------------------------------

bool SideBySideView::isStop(int row, int version, int kind) const
{
    const Comparison &c = m_model->comparison();
    if (version == c.base)
        return false;
    if (kind >= 0) {
        for (const CellSpan &span : m_model->cellSpans(row, version)) {
            if (int(span.kind) == kind)
                return true;
        }
        return false;
    }
    switch (m_model->cellStatus(row, version)) {
    case CellStatus::Same:
        return false;
    case CellStatus::Changed:
    case CellStatus::Added:
    case CellStatus::Moved:
        return true;
    case CellStatus::Absent:
        // A dropped sentence counts where the base has it; the gap a move leaves does not (the move
        // itself is the stop), nor the gaps beside another version's added sentence.
        return c.rows.at(row).moveTarget.value(version, -1) < 0 && m_model->cellTextLength(row, c.base) > 0
            && !c.rows.at(row).boilerplate;
    }
    return false;
}

bool SideBySideView::stepTo(bool forward, const std::function<bool(int, int)> &accept)
{
    if (!m_model || m_displayRows.isEmpty() || m_columns.isEmpty())
        return false;
    const int columns = int(m_columns.size());
    const int total = int(m_displayRows.size()) * columns;
    int position = forward ? -1 : total;
    if (m_current.isValid() && isRowDisplayed(m_current.row()) && m_columns.contains(m_current.column()))
        position = m_displayIndex.at(m_current.row()) * columns + int(m_columns.indexOf(m_current.column()));
    for (int p = position + (forward ? 1 : -1); p >= 0 && p < total; p += forward ? 1 : -1) {
        const int row = m_displayRows.at(p / columns);
        const int version = m_columns.at(p % columns);
        if (accept(row, version)) {
            setCurrentIndex(m_model->index(row, version));
            return true;
        }
    }
    return false;
}

bool SideBySideView::goToChange(bool forward, int kind)
{
    return stepTo(forward, [this, kind](int row, int version) { return isStop(row, version, kind); });
}

bool SideBySideView::goToQuoteDivergence(bool forward)
{
    if (!m_model)
        return false;
    return stepTo(forward, [this](int row, int version) {
        const QList<QuoteSpan> quotes = m_model->quoteSpans(row, version);
        return std::any_of(
            quotes.begin(), quotes.end(), [](const QuoteSpan &q) { return isDivergent(q.fidelity); });
    });
}

void SideBySideView::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_searchMatches = countSearchMatches();
    viewport()->update();
}

bool SideBySideView::findNext(bool forward)
{
    if (m_searchText.isEmpty())
        return false;
    if (stepTo(forward, [this](int row, int version) {
            return m_model->cellText(row, version).contains(m_searchText, Qt::CaseInsensitive);
        }))
        return true;
    // Wrap around, like every find bar.
    const QModelIndex before = m_current;
    m_current = {};
    if (stepTo(forward, [this](int row, int version) {
            return m_model->cellText(row, version).contains(m_searchText, Qt::CaseInsensitive);
        }))
        return true;
    m_current = before;
    return false;
}

int SideBySideView::countSearchMatches() const
{
    if (!m_model || m_searchText.isEmpty())
        return 0;
    int count = 0;
    for (int row : m_displayRows) {
        for (int version : m_columns)
            count += int(m_model->cellText(row, version).count(m_searchText, Qt::CaseInsensitive));
    }
    return count;
}

// ---- overview -------------------------------------------------------------------------------------

QList<QColor> SideBySideView::rowMarkColors() const
{
    if (!m_markColors.isEmpty() || !m_model)
        return m_markColors;
    const bool dark = m_colors.isDark();
    const int rows = m_model->rowCount();
    m_markColors.resize(rows);
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
        for (int version : m_columns) {
            if (!isStop(row, version, -1))
                continue;
            switch (m_model->strongestChange(row, version)) {
            case int(ChangeKind::Substantive):
                consider(6, m_colors.substantive);
                break;
            case int(ChangeKind::Wording):
                consider(5, m_colors.wording);
                break;
            case int(ChangeKind::Spelling):
                consider(2, m_colors.spelling);
                break;
            case int(ChangeKind::Typography):
                consider(1, m_colors.typography);
                break;
            default:
                break;
            }
            const CellStatus status = m_model->cellStatus(row, version);
            if (status == CellStatus::Moved)
                consider(4, m_colors.moved);
            else if (status == CellStatus::Added || status == CellStatus::Absent)
                consider(3, status == CellStatus::Added ? m_colors.added : m_colors.dimmedText);
        }
        m_markColors[row] = best > 0 ? strongColor(color, dark) : QColor();
    }
    return m_markColors;
}

QList<OverviewMark> SideBySideView::overviewMarks() const
{
    QList<OverviewMark> marks;
    if (m_displayRows.isEmpty() || m_tops.last() <= 0)
        return marks;
    const QList<QColor> colors = rowMarkColors();
    const double total = m_tops.last();
    for (qsizetype d = 0; d < m_displayRows.size(); ++d) {
        const QColor &color = colors.at(m_displayRows.at(d));
        if (color.isValid())
            marks.append({ m_tops.at(d) / total, m_tops.at(d + 1) / total, color });
    }
    return marks;
}

double SideBySideView::viewportTopFraction() const
{
    const int total = m_tops.isEmpty() ? 0 : m_tops.last();
    return total > 0 ? double(verticalScrollBar()->value()) / total : 0.0;
}

double SideBySideView::viewportFraction() const
{
    const int total = m_tops.isEmpty() ? 0 : m_tops.last();
    return total > 0 ? std::min(1.0, double(viewport()->height()) / total) : 1.0;
}

void SideBySideView::scrollToFraction(double fraction)
{
    const int total = m_tops.isEmpty() ? 0 : m_tops.last();
    verticalScrollBar()->setValue(int(fraction * total - viewport()->height() / 2.0));
}

} // namespace Parallax
