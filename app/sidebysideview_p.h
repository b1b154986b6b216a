// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowgeometry.h"
#include "sidebysideview.h"

#include <QCache>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTextLayout>
#include <QTimer>

#include <functional>

namespace Parallax {

// The view's state. sidebysideview.cpp keeps the rows and columns in step with the model, the scroll
// bars and the input; sidebysideviewcells.cpp measures, paints and hit-tests single cells.
class SideBySideView::Private
{
public:
    struct CellLayout
    {
        QTextLayout layout;
        qreal height = 0;
    };
    enum class HitKind { None, Cell, Span, Quote, Marker, Fold };
    struct Hit
    {
        HitKind kind = HitKind::None;
        int row = -1;
        int version = -1;
        int item = -1; // change index, quote group or move target
        int variant = -1;
    };

    explicit Private(SideBySideView *view);

    // sidebysideview.cpp: rows, columns, scrolling.
    void onModelReset();
    void onModelAboutToBeReset();
    void onDataChanged();
    void rebuildColumns();
    void rebuildDisplayRows();
    void invalidateHeights();
    void updateMetrics();
    void updateColumnWidth();
    void updateScrollBars();
    void updateHeaderGeometry();
    void restoreAnchor();
    void updateAnchorFromScrollBar();
    void ensureViewportMeasured();
    void refineSomeHeights();
    void scheduleRefine();
    int columnX(int columnIndex) const;
    int columnAt(int viewportX) const;
    // The base column stays at the left edge while the others scroll sideways under it: when it is
    // the first of two or more shown columns.
    bool isFrozen() const;
    void updateFrozenHeader();
    void paintFrozenEdge(QPainter &painter);
    // intoFolds: also the rows folded away (differences only), whose fold opens when one is chosen.
    bool stepTo(bool forward, const std::function<bool(int, int)> &accept, bool intoFolds = false);
    int countSearchMatches() const;

    // sidebysideviewcells.cpp: one cell.
    qreal layoutText(QTextLayout &layout, const QString &text, const QFont &font) const;
    QFont fontFor(int row, int version) const;
    QFont markerFont() const;
    CellLayout *cellLayout(int row, int version) const;
    int measureRow(int row) const;
    int estimateRow(int row) const;
    bool hasMarker(int row, int version) const;
    QString markerText(int row, int version) const;
    QRect markerRect(const QRect &cell, int row, int version) const;
    Hit hitTest(const QPoint &viewportPos) const;
    QString describe(const Hit &hit) const;
    int focusVersion() const;
    void paintRows(QPainter &painter, const QRect &exposed);
    void paintCell(QPainter &painter, const QRect &rect, int row, int version);
    void paintEmptyCell(QPainter &painter, const QRect &rect, int row, int version, const QColor &background);
    void paintStoryPart(
        QPainter &painter, const QRect &rect, const CellLayout &layout, SentenceRole role) const;
    void paintEmptyHint(QPainter &painter);

    // sidebysideviewselection.cpp: words selected inside one cell.
    int cursorAt(const QPoint &viewportPos, int row, int version) const;
    void appendSelection(QList<QTextLayout::FormatRange> &ranges, int row, int version) const;
    bool hasSelection() const;
    bool extendSelection(QKeyEvent *event);

    // sidebysideviewfolding.cpp: differences only, and changes inside a cell.
    QList<int> foldRows(const QList<int> &shown);
    QList<int> rowsWithFolded() const; // displayed rows, each fold line replaced by its rows
    int foldLineHeight() const;
    bool openFoldHolding(int row);
    void paintFold(QPainter &painter, const QRect &rect, int row);
    QList<int> changeStopsInCell(int row, int version, int kind) const;
    bool stepInsideCell(bool forward, int kind);
    void enterCell(bool forward, int kind);
    void paintActiveChange(
        QPainter &painter, const QPointF &origin, const QTextLayout &layout, int row, int version) const;

    SideBySideView *q;
    QPointer<ComparisonModel> model;
    QHeaderView *header = nullptr;
    QHeaderView *frozenHeader = nullptr; // over the main header's base section while it is frozen
    ChangeColors colors;
    bool boilerplateShown = false;
    bool differencesOnly = false;
    bool narrowColumns = false;
    QHash<int, QList<int>> folds; // fold line (the model row in whose place it stands) -> rows it stands for
    QSet<int> openedFolds; // fold lines the reader opened, until the next comparison or toggle
    QModelIndex current;
    int activeChange = -1; // the change span last clicked in the current cell
    // The selected words: text positions in the current cell, from where the mouse went down (anchor) to
    // where it is (cursor); equal when nothing is selected.
    int selectionAnchor = -1;
    int selectionCursor = -1;
    bool selecting = false;
    QString searchText;
    QString placeholder;
    int searchMatches = 0;

    QList<int> columns; // visible versions in column order
    RowGeometry rows;
    mutable QList<float> cellHeights; // per cell (row * versions + version), -1 unknown
    mutable QCache<qsizetype, CellLayout> layouts;
    mutable QList<QColor> markColors; // per model row; empty when stale

    int columnWidth = 300;
    int padX = 8;
    int padY = 6;
    qreal leading = 3;
    qreal averageCharWidth = 7;
    int lineHeight = 18;
    int markerHeight = 16;

    bool adjustingScroll = false;
    bool contentPaintedSent = false;
    QTimer refineTimer;
    QStringList savedOrder; // version keys in column order, kept across a re-comparison
    QStringList savedHidden;
    std::pair<QString, int> savedTop; // version key and sentence at the top, across a re-comparison
    std::pair<QString, int> savedCurrent;
    int savedTopOffset = 0;
};

} // namespace Parallax
