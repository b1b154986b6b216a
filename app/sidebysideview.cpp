// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebysideview.h"
#include "sidebysideview_p.h"

#include "present/comparisonmodel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QHelpEvent>
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

} // namespace

SideBySideView::Private::Private(SideBySideView *view)
    : q(view)
    , header(new QHeaderView(Qt::Horizontal, view))
    , frozenHeader(new QHeaderView(Qt::Horizontal, view))
    , colors(ChangeColors::forPrint())
{
    layouts.setMaxCost(LayoutCacheSize);
}

SideBySideView::SideBySideView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , d(std::make_unique<Private>(this))
{
    QHeaderView *header = d->header;
    header->setSectionsMovable(true);
    header->setSectionsClickable(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // In the middle: the end of a long name is where "(base)" stands.
    header->setTextElideMode(Qt::ElideMiddle);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        d->rebuildColumns();
        viewport()->update();
    });
    for (QHeaderView *h : { header, d->frozenHeader }) {
        connect(h, &QHeaderView::customContextMenuRequested, this, [this, h](const QPoint &pos) {
            const int version = h->logicalIndexAt(pos);
            if (version >= 0)
                Q_EMIT versionContextMenuRequested(version, h->mapToGlobal(pos));
        });
    }
    // The frozen base's header: the base's section alone, in bold, not draggable (the base leads).
    QHeaderView *frozen = d->frozenHeader;
    frozen->setObjectName(u"FrozenHeader"_s);
    frozen->setSectionsMovable(false);
    frozen->setSectionsClickable(false);
    frozen->setHighlightSections(false);
    frozen->setSectionResizeMode(QHeaderView::Fixed);
    frozen->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    frozen->setTextElideMode(Qt::ElideMiddle);
    frozen->setContextMenuPolicy(Qt::CustomContextMenu);
    QFont bold = frozen->font();
    bold.setBold(true);
    frozen->setFont(bold);
    frozen->hide();

    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    d->refineTimer.setInterval(0);
    connect(&d->refineTimer, &QTimer::timeout, this, [this] { d->refineSomeHeights(); });
    d->updateMetrics();
}

SideBySideView::~SideBySideView() = default;

void SideBySideView::setModel(ComparisonModel *model)
{
    if (d->model)
        disconnect(d->model, nullptr, this, nullptr);
    d->model = model;
    d->header->setModel(model);
    d->frozenHeader->setModel(model);
    if (model) {
        connect(
            model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { d->onModelAboutToBeReset(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { d->onModelReset(); });
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { d->onDataChanged(); });
    }
    d->onModelReset();
}

ComparisonModel *SideBySideView::model() const
{
    return d->model;
}

QHeaderView *SideBySideView::header() const
{
    return d->header;
}

QHeaderView *SideBySideView::frozenHeader() const
{
    return d->frozenHeader;
}

int SideBySideView::frozenVersion() const
{
    return d->isFrozen() ? d->columns.first() : -1;
}

void SideBySideView::setColors(const ChangeColors &colors)
{
    d->colors = colors;
    d->markColors.clear();
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, colors.background);
    pal.setColor(QPalette::Window, colors.background);
    pal.setColor(QPalette::Text, colors.text);
    viewport()->setPalette(pal);
    viewport()->update();
    Q_EMIT geometryChanged();
}

const ChangeColors &SideBySideView::colors() const
{
    return d->colors;
}

void SideBySideView::setPlaceholderText(const QString &text)
{
    d->placeholder = text;
    viewport()->update();
}

void SideBySideView::setBoilerplateShown(bool shown)
{
    if (d->boilerplateShown == shown)
        return;
    d->boilerplateShown = shown;
    d->rebuildDisplayRows();
    d->searchMatches = d->countSearchMatches();
    viewport()->update();
}

bool SideBySideView::isBoilerplateShown() const
{
    return d->boilerplateShown;
}

QList<int> SideBySideView::visibleVersions() const
{
    return d->columns;
}

bool SideBySideView::isVersionHidden(int version) const
{
    return d->header->isSectionHidden(version);
}

void SideBySideView::setVersionHidden(int version, bool hidden)
{
    if (!d->model || version < 0 || version >= d->model->columnCount() || isVersionHidden(version) == hidden)
        return;
    // The last visible version stays: a view with no column would look broken.
    if (hidden && d->columns.size() <= 1)
        return;
    d->header->setSectionHidden(version, hidden);
    d->rebuildColumns();
    if (hidden && d->current.isValid() && d->current.column() == version)
        setCurrentIndex(d->model->index(d->current.row(), d->columns.value(0)));
    viewport()->update();
}

void SideBySideView::setShownVersions(const QList<int> &versions)
{
    if (!d->model || versions.isEmpty())
        return;
    for (int v = 0; v < d->model->columnCount(); ++v)
        d->header->setSectionHidden(v, !versions.contains(v));
    d->rebuildColumns();
    if (d->current.isValid() && isVersionHidden(d->current.column()))
        setCurrentIndex(d->model->index(d->current.row(), d->columns.value(0)));
    viewport()->update();
}

void SideBySideView::setNarrowColumns(bool narrow)
{
    if (d->narrowColumns == narrow)
        return;
    d->narrowColumns = narrow;
    d->updateColumnWidth();
    d->updateScrollBars();
    d->restoreAnchor();
    viewport()->update();
    Q_EMIT geometryChanged();
}

bool SideBySideView::hasNarrowColumns() const
{
    return d->narrowColumns;
}

void SideBySideView::moveVersion(int version, int visualPosition)
{
    if (!d->model || version < 0 || version >= d->model->columnCount())
        return;
    d->header->moveSection(
        d->header->visualIndex(version), std::clamp(visualPosition, 0, d->header->count() - 1));
}

// ---- model changes --------------------------------------------------------------------------------

void SideBySideView::Private::onModelAboutToBeReset()
{
    savedOrder.clear();
    savedHidden.clear();
    savedTop = {};
    savedCurrent = {};
    if (!model)
        return;
    // The reader's place, by version and sentence: rows are renumbered by a re-comparison, sentences
    // are not.
    auto place = [this](int row, int preferredVersion) -> std::pair<QString, int> {
        QList<int> versions = columns;
        versions.prepend(preferredVersion);
        for (int v : std::as_const(versions)) {
            const int sentence = model->index(row, v).data(ComparisonModel::SentenceRole).toInt();
            if (v >= 0 && sentence >= 0)
                return { model->versionKey(v), sentence };
        }
        return {};
    };
    if (!rows.isEmpty()) {
        savedTop = place(rows.rows().value(rows.anchor()), -1);
        savedTopOffset = rows.anchorOffset();
    }
    if (current.isValid())
        savedCurrent = place(current.row(), current.column());
    for (int i = 0; i < header->count(); ++i) {
        const int version = header->logicalIndex(i);
        savedOrder.append(model->versionKey(version));
        if (header->isSectionHidden(version))
            savedHidden.append(model->versionKey(version));
    }
}

void SideBySideView::Private::onModelReset()
{
    current = {};
    activeChange = -1;
    openedFolds.clear();
    contentPaintedSent = false;
    layouts.clear();
    markColors.clear();
    rows.clear();
    const int versions = model ? model->columnCount() : 0;
    const int rowCount = model ? model->rowCount() : 0;
    cellHeights.fill(-1.0f, qsizetype(rowCount) * versions);

    // Order and visibility follow the versions (by path or name) across a re-comparison.
    if (model && !savedOrder.isEmpty()) {
        int position = 0;
        for (const QString &key : std::as_const(savedOrder)) {
            const int version = model->versionForKey(key);
            if (version < 0)
                continue;
            header->moveSection(header->visualIndex(version), position++);
            header->setSectionHidden(version, savedHidden.contains(key));
        }
    }
    rebuildColumns();
    updateHeaderGeometry();
    rebuildDisplayRows();
    q->verticalScrollBar()->setValue(0);
    q->horizontalScrollBar()->setValue(0);
    // The same story compared again (a reload, another base): stay where the reader was.
    auto rowOf = [this](const std::pair<QString, int> &place) {
        const int version = model && !place.first.isEmpty() ? model->versionForKey(place.first) : -1;
        return version < 0 ? -1 : model->rowForSentence(version, place.second);
    };
    if (const int top = rowOf(savedTop); rows.isDisplayed(top)) {
        const int anchor = rows.displayIndex(top);
        rows.setAnchor(anchor, std::min(savedTopOffset, rows.height(anchor) - 1));
        restoreAnchor();
    }
    if (const int row = rowOf(savedCurrent); row >= 0)
        current = model->index(row, model->versionForKey(savedCurrent.first));
    searchMatches = countSearchMatches();
    q->viewport()->update();
    Q_EMIT q->currentIndexChanged(current);
}

void SideBySideView::Private::onDataChanged()
{
    // Only what is highlighted changes (hiding cosmetic changes); the text and so the layout stay.
    markColors.clear();
    // Rows that differed only cosmetically read the same while cosmetic changes are hidden: fold anew.
    if (differencesOnly)
        rebuildDisplayRows();
    q->viewport()->update();
    Q_EMIT q->geometryChanged();
}

void SideBySideView::Private::rebuildColumns()
{
    columns.clear();
    for (int i = 0; i < header->count(); ++i) {
        const int version = header->logicalIndex(i);
        if (!header->isSectionHidden(version))
            columns.append(version);
    }
    markColors.clear();
    updateColumnWidth();
    updateFrozenHeader();
    // Rows may have lost or gained their only text, and their tallest cell.
    rebuildDisplayRows();
    updateScrollBars();
    Q_EMIT q->geometryChanged();
}

// Which rows are shown: boilerplate only on request, and never a row with nothing in any shown column.
void SideBySideView::Private::rebuildDisplayRows()
{
    QList<int> shown;
    const int rowCount = model ? model->rowCount() : 0;
    const Comparison *c = model ? &model->comparison() : nullptr;
    for (int r = 0; r < rowCount; ++r) {
        if (!boilerplateShown && c->rows.at(r).boilerplate)
            continue;
        const bool anyText = std::any_of(
            columns.begin(), columns.end(), [&](int v) { return model->cellTextLength(r, v) > 0; });
        if (anyText)
            shown.append(r);
    }
    shown = foldRows(shown);
    const qsizetype versions = model ? model->columnCount() : 0;
    rows.setRows(shown, rowCount, [&](int row) {
        if (folds.contains(row))
            return RowGeometry::Height { foldLineHeight(), true };
        // Rows whose cells were all measured before (a column hidden, boilerplate toggled) stay exact.
        const bool known = std::all_of(
            columns.begin(), columns.end(), [&](int v) { return cellHeights.at(row * versions + v) >= 0; });
        return RowGeometry::Height { known ? measureRow(row) : estimateRow(row), known };
    });
    restoreAnchor();
    scheduleRefine();
    Q_EMIT q->geometryChanged();
}

void SideBySideView::Private::invalidateHeights()
{
    layouts.clear();
    cellHeights.fill(-1.0f);
    rows.estimateAll([this](int row) { return estimateRow(row); });
    restoreAnchor();
    scheduleRefine();
    q->viewport()->update();
    Q_EMIT q->geometryChanged();
}

// ---- metrics and geometry -------------------------------------------------------------------------

void SideBySideView::Private::updateMetrics()
{
    const QFontMetricsF fm(q->font());
    // A little air between lines: prose in narrow columns is easier to follow with it.
    leading = std::round(fm.height() * 0.28);
    lineHeight = int(std::ceil(fm.height() + leading));
    const QString sample = u"The quick brown fox jumps over the lazy dog, said the officials."_s;
    averageCharWidth = fm.horizontalAdvance(sample) / sample.size();
    markerHeight = int(std::ceil(QFontMetricsF(markerFont()).height())) + 4;
    padX = std::max(6, int(averageCharWidth * 1.2));
    padY = std::max(4, int(fm.height() * 0.35));
}

void SideBySideView::Private::updateColumnWidth()
{
    const int count = int(columns.size());
    const int available = q->viewport()->width();
    // About 32 average characters: narrower columns make prose hard to read, so scroll sideways instead.
    const int minimum = narrowColumns ? std::max(90, int(averageCharWidth * 16) + 2 * padX)
                                      : std::max(180, int(averageCharWidth * 32) + 2 * padX);
    const int width = count > 0 ? std::max(minimum, available / count) : std::max(minimum, available);
    for (QHeaderView *h : { header, frozenHeader }) {
        for (int i = 0; i < h->count(); ++i) {
            if (h->sectionSize(i) != width)
                h->resizeSection(i, width);
        }
    }
    if (width != columnWidth) {
        columnWidth = width;
        invalidateHeights();
        updateFrozenHeader();
    }
}

bool SideBySideView::Private::isFrozen() const
{
    return model && columns.size() >= 2 && columns.first() == model->comparison().base;
}

void SideBySideView::Private::updateFrozenHeader()
{
    const bool frozen = isFrozen();
    if (frozen) {
        for (int i = 0; i < frozenHeader->count(); ++i)
            frozenHeader->setSectionHidden(i, i != columns.first());
        const QRect vg = q->viewport()->geometry();
        const int height = header->height();
        frozenHeader->setGeometry(vg.left(), vg.top() - height, std::min(columnWidth, vg.width()), height);
        frozenHeader->raise();
    }
    frozenHeader->setVisible(frozen);
}

void SideBySideView::Private::updateHeaderGeometry()
{
    const int height = header->sizeHint().height();
    q->setViewportMargins(0, height, 0, 0);
    const QRect vg = q->viewport()->geometry();
    header->setGeometry(vg.left(), vg.top() - height, vg.width(), height);
    updateFrozenHeader();
}

void SideBySideView::Private::updateScrollBars()
{
    QScrollBar *v = q->verticalScrollBar();
    const int viewportHeight = q->viewport()->height();
    v->setRange(0, std::max(0, rows.totalHeight() - viewportHeight));
    v->setPageStep(viewportHeight);
    v->setSingleStep(lineHeight);
    QScrollBar *h = q->horizontalScrollBar();
    const int width = int(columns.size()) * columnWidth;
    h->setRange(0, std::max(0, width - q->viewport()->width()));
    h->setPageStep(q->viewport()->width());
    h->setSingleStep(std::max(1, columnWidth / 6));
    header->setOffset(h->value());
}

void SideBySideView::Private::restoreAnchor()
{
    adjustingScroll = true;
    updateScrollBars();
    const int wanted = rows.anchorY();
    q->verticalScrollBar()->setValue(wanted);
    adjustingScroll = false;
    if (q->verticalScrollBar()->value() != wanted)
        updateAnchorFromScrollBar();
}

void SideBySideView::Private::updateAnchorFromScrollBar()
{
    rows.setAnchorFromY(q->verticalScrollBar()->value());
}

int SideBySideView::Private::columnX(int columnIndex) const
{
    if (columnIndex == 0 && isFrozen())
        return 0;
    return columnIndex * columnWidth - q->horizontalScrollBar()->value();
}

int SideBySideView::Private::columnAt(int viewportX) const
{
    if (columns.isEmpty() || columnWidth <= 0)
        return -1;
    // The frozen column covers what scrolls under it.
    if (viewportX >= 0 && viewportX < columnWidth && isFrozen())
        return 0;
    const int index = (viewportX + q->horizontalScrollBar()->value()) / columnWidth;
    return index >= 0 && index < columns.size() ? index : -1;
}

void SideBySideView::Private::ensureViewportMeasured()
{
    if (rows.isEmpty())
        return;
    const int viewportWidth = q->viewport()->width();
    const int firstColumn = std::max(0, columnAt(0));
    const int lastColumn
        = columnAt(viewportWidth - 1) < 0 ? int(columns.size()) - 1 : columnAt(viewportWidth - 1);
    // Measuring can change heights above or inside the viewport; a few rounds settle it.
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        const int top = q->verticalScrollBar()->value();
        const int bottom = top + q->viewport()->height();
        for (int d = std::max(0, rows.displayIndexAt(top)); d < rows.count() && rows.top(d) < bottom; ++d) {
            if (rows.isExact(d))
                continue;
            const int row = rows.row(d);
            // Cells that will be painted get their layout kept right away.
            for (int c = firstColumn; c <= lastColumn && c < columns.size(); ++c)
                cellLayout(row, columns.at(c));
            changed = rows.setMeasured(d, measureRow(row)) || changed;
        }
        if (!changed)
            break;
        rows.updateTops();
        restoreAnchor();
        // Rows above moved: what was moved on screen by a scroll no longer stands where it is drawn.
        q->viewport()->update();
    }
}

void SideBySideView::Private::scheduleRefine()
{
    if (!refineTimer.isActive() && rows.hasEstimates())
        refineTimer.start();
}

void SideBySideView::Private::refineSomeHeights()
{
    QElapsedTimer clock;
    clock.start();
    bool changed = false;
    bool done = true;
    // Rows just below the viewport first (where the reader goes next), then from the start.
    const int start = std::max(0, rows.displayIndexAt(q->verticalScrollBar()->value()));
    const int n = rows.count();
    for (int i = 0; i < n; ++i) {
        const int d = (start + i) % n;
        if (rows.isExact(d))
            continue;
        if (clock.elapsed() >= RefineSliceMs) {
            done = false;
            break;
        }
        changed = rows.setMeasured(d, measureRow(rows.row(d))) || changed;
    }
    if (done)
        refineTimer.stop();
    if (changed) {
        rows.updateTops();
        restoreAnchor();
        Q_EMIT q->geometryChanged();
    }
}

// ---- geometry queries -----------------------------------------------------------------------------

bool SideBySideView::isRowDisplayed(int row) const
{
    return d->rows.isDisplayed(row);
}

int SideBySideView::rowHeight(int row) const
{
    return isRowDisplayed(row) ? d->rows.height(d->rows.displayIndex(row)) : 0;
}

QRect SideBySideView::cellRect(int row, int version) const
{
    if (!isRowDisplayed(row))
        return {};
    const int column = int(d->columns.indexOf(version));
    if (column < 0)
        return {};
    const int index = d->rows.displayIndex(row);
    return QRect(d->columnX(column), d->rows.top(index) - verticalScrollBar()->value(), d->columnWidth,
        d->rows.height(index) - 1);
}

QModelIndex SideBySideView::indexAt(const QPoint &pos) const
{
    if (!d->model || d->rows.isEmpty())
        return {};
    const int y = pos.y() + verticalScrollBar()->value();
    if (y < 0 || y >= d->rows.totalHeight())
        return {};
    const int column = d->columnAt(pos.x());
    if (column < 0)
        return {};
    return d->model->index(d->rows.row(d->rows.displayIndexAt(y)), d->columns.at(column));
}

// ---- interaction ----------------------------------------------------------------------------------

QModelIndex SideBySideView::currentIndex() const
{
    return d->current;
}

void SideBySideView::setCurrentIndex(const QModelIndex &index)
{
    if (index.isValid() && index.model() != d->model)
        return;
    if (index.isValid()) {
        if (!isRowDisplayed(index.row()) && d->model->comparison().rows.at(index.row()).boilerplate)
            setBoilerplateShown(true);
        if (isVersionHidden(index.column()))
            setVersionHidden(index.column(), false);
        d->openFoldHolding(index.row());
    }
    const bool changed = index != d->current;
    if (changed) {
        d->activeChange = -1;
        d->selectionAnchor = d->selectionCursor = -1;
    }
    d->current = index;
    if (index.isValid()) {
        const QRect rect = cellRect(index.row(), index.column());
        if (rect.isNull() || rect.top() < 0 || rect.bottom() > viewport()->height())
            scrollToRow(index.row());
        const int column = int(d->columns.indexOf(index.column()));
        const bool frozen = d->isFrozen();
        if (column >= 0 && !(frozen && column == 0)) {
            QScrollBar *h = horizontalScrollBar();
            const int left = column * d->columnWidth;
            // Not under the frozen base.
            const int hiddenLeft = frozen ? d->columnWidth : 0;
            if (left - h->value() < hiddenLeft)
                h->setValue(left - hiddenLeft);
            else if (left + d->columnWidth > h->value() + viewport()->width())
                h->setValue(left + d->columnWidth - viewport()->width());
        }
    }
    viewport()->update();
    if (changed)
        Q_EMIT currentIndexChanged(d->current);
}

void SideBySideView::scrollToRow(int row)
{
    if (!isRowDisplayed(row))
        return;
    RowGeometry &rows = d->rows;
    const int index = rows.displayIndex(row);
    // Exact heights around the target, so it lands where intended.
    bool changed = false;
    for (int i = std::max(0, index - 40); i < std::min(rows.count(), index + 60); ++i) {
        if (!rows.isExact(i))
            changed = rows.setMeasured(i, d->measureRow(rows.row(i))) || changed;
    }
    if (changed) {
        rows.updateTops();
        d->restoreAnchor();
    }
    const int height = rows.height(index);
    const int wanted = height >= viewport()->height() ? rows.top(index)
                                                      : rows.top(index) - (viewport()->height() - height) / 2;
    verticalScrollBar()->setValue(wanted);
    Q_EMIT geometryChanged();
}

void SideBySideView::scrollContentsBy(int dx, int dy)
{
    if (dx != 0)
        d->header->setOffset(horizontalScrollBar()->value());
    if (!d->adjustingScroll)
        d->updateAnchorFromScrollBar();
    // A reader's vertical scroll moves everything painted (the frozen column too) by dy: the screen's
    // pixels are moved and only the strip scrolled into view is painted, which keeps scrolling smooth with
    // a hundred columns. Anything else (sideways, under a frozen column; heights settling) paints anew.
    if (dx == 0 && dy != 0 && !d->adjustingScroll && std::abs(dy) < viewport()->height())
        viewport()->scroll(0, dy);
    else
        viewport()->update();
    Q_EMIT geometryChanged();
}

void SideBySideView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    d->updateHeaderGeometry();
    d->updateColumnWidth();
    d->updateScrollBars();
    d->restoreAnchor();
    Q_EMIT geometryChanged();
}

void SideBySideView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        d->updateMetrics();
        d->updateHeaderGeometry();
        const int before = d->columnWidth;
        d->updateColumnWidth();
        if (before == d->columnWidth)
            d->invalidateHeights();
    }
}

void SideBySideView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), d->colors.background);
    if (!d->model || d->rows.isEmpty() || d->columns.isEmpty()) {
        d->paintEmptyHint(painter);
        return;
    }
    d->ensureViewportMeasured();
    d->paintRows(painter, event->rect());
    if (!d->contentPaintedSent) {
        d->contentPaintedSent = true;
        // After this paint has reached the screen.
        QTimer::singleShot(0, this, &SideBySideView::contentPainted);
    }
}

void SideBySideView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    using HitKind = Private::HitKind;
    const Private::Hit hit = d->hitTest(event->position().toPoint());
    if (hit.kind == HitKind::None)
        return;
    if (hit.kind == HitKind::Fold) {
        setCurrentIndex(d->model->index(hit.row, hit.version));
        if (event->button() == Qt::LeftButton)
            openFold(hit.row);
        return;
    }
    if (hit.kind == HitKind::Marker && event->button() == Qt::LeftButton) {
        setCurrentIndex(d->model->index(hit.item, hit.version));
        Q_EMIT spanActivated(d->model->describeCell(hit.item, hit.version));
        return;
    }
    setCurrentIndex(d->model->index(hit.row, hit.version));
    d->activeChange = hit.kind == HitKind::Span ? hit.item : -1;
    // Where a drag selecting words starts; a click alone selects none.
    if (event->button() == Qt::LeftButton) {
        d->selectionAnchor = d->selectionCursor
            = d->cursorAt(event->position().toPoint(), hit.row, hit.version);
        d->selecting = d->selectionAnchor >= 0;
    }
    if (hit.kind == HitKind::Span || hit.kind == HitKind::Quote)
        Q_EMIT spanActivated(d->describe(hit));
}

void SideBySideView::mouseReleaseEvent(QMouseEvent *event)
{
    d->selecting = false;
    event->accept(); // handled on press
}

void SideBySideView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFrom(this, event->pos()));
    if (index.isValid())
        Q_EMIT cellContextMenuRequested(index, event->globalPos());
}

bool SideBySideView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && d->model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = d->describe(d->hitTest(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Parallax
