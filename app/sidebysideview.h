// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"
#include "present/comparisonmodel.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QModelIndex>
#include <QPointer>
#include <QTextLayout>
#include <QTimer>

class QHeaderView;

namespace Parallax {

// A mark in the overview strip: where a changed row sits, as fractions of the whole content height.
struct OverviewMark
{
    double top = 0;
    double bottom = 0;
    QColor color;
};

// The reading view: one column per version, word-wrapped prose, every aligned row as tall as its
// tallest cell so the columns never drift apart, and one scrollbar for all. Cells are laid out with
// QTextLayout and painted by hand; change spans are drawn as overlays at paint time.
//
// Speed with many versions and rows: only rows in the viewport are laid out and kept (in a bounded
// cache); cell heights are cached per column width; rows not measured yet get an estimate from their
// length that is replaced by the exact height in idle time, keeping the row at the top of the viewport
// where it is.
class SideBySideView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);
    ~SideBySideView() override;

    void setModel(ComparisonModel *model);
    ComparisonModel *model() const { return m_model; }
    // Drag a section to reorder versions; the header is the source of truth for column order.
    QHeaderView *header() const { return m_header; }

    void setColors(const ChangeColors &colors);
    const ChangeColors &colors() const { return m_colors; }

    // Boilerplate rows (newsletter prompts, related links) are hidden unless shown here.
    // What the empty view says (how to start, or that a comparison is being prepared).
    void setPlaceholderText(const QString &text);

    void setBoilerplateShown(bool shown);
    bool isBoilerplateShown() const { return m_boilerplateShown; }

    // Versions in column order, without hidden ones.
    QList<int> visibleVersions() const { return m_columns; }
    void setVersionHidden(int version, bool hidden);
    bool isVersionHidden(int version) const;
    void moveVersion(int version, int visualPosition);

    QModelIndex currentIndex() const { return m_current; }
    // Selects a cell and scrolls it into view (centred when it was out of view).
    void setCurrentIndex(const QModelIndex &index);
    void scrollToRow(int row);
    bool isRowDisplayed(int row) const;
    // Viewport coordinates of a cell; empty when its row or version is not displayed.
    QRect cellRect(int row, int version) const;
    QModelIndex indexAt(const QPoint &viewportPos) const;
    int rowHeight(int row) const;

    // Moves to the next or previous change in reading order (row by row, then column by column). kind
    // -1: any change, added, dropped or moved sentence; otherwise an int(ChangeKind). Returns false when
    // there is none in that direction.
    bool goToChange(bool forward, int kind = -1);
    bool goToQuoteDivergence(bool forward);

    // Highlights every occurrence (case-insensitive) in every version; findNext moves to the next cell.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool findNext(bool forward);
    int searchMatchCount() const { return m_searchMatches; }

    // For the overview strip.
    QList<OverviewMark> overviewMarks() const;
    double viewportTopFraction() const;
    double viewportFraction() const;
    void scrollToFraction(double fraction);

Q_SIGNALS:
    void currentIndexChanged(const QModelIndex &index);
    // A highlighted span or marker was clicked: what it is, for the status bar.
    void spanActivated(const QString &description);
    // Row heights, the scroll position or what is shown changed.
    void geometryChanged();
    // The first paint showing rows after the comparison was set.
    void contentPainted();
    void versionContextMenuRequested(int version, const QPoint &globalPos);
    void cellContextMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct CellLayout
    {
        QTextLayout layout;
        qreal height = 0;
    };
    enum class HitKind { None, Cell, Span, Quote, Marker };
    struct Hit
    {
        HitKind kind = HitKind::None;
        int row = -1;
        int version = -1;
        int item = -1; // change index, quote group or move target
        int variant = -1;
    };

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
    void rebuildTops();
    void restoreAnchor();
    void updateAnchorFromScrollBar();
    void ensureViewportMeasured();
    void refineSomeHeights();
    void scheduleRefine();

    qreal layoutText(QTextLayout &layout, const QString &text, const QFont &font) const;
    QFont fontFor(int row, int version) const;
    CellLayout *cellLayout(int row, int version) const;
    qreal cellHeight(int row, int version) const;
    int measureRow(int row) const;
    int estimateRow(int row) const;
    bool hasMarker(int row, int version) const;
    QString markerText(int row, int version) const;
    int displayIndexAtY(int contentY) const;
    int columnX(int columnIndex) const;
    int columnAt(int viewportX) const;
    QRect markerRect(const QRect &cell, int row, int version) const;
    Hit hitTest(const QPoint &viewportPos) const;
    QString describe(const Hit &hit) const;
    int focusVersion() const;

    void paintCell(QPainter &painter, const QRect &rect, int row, int version);
    void paintEmptyCell(QPainter &painter, const QRect &rect, int row, int version, const QColor &background);
    void paintEmptyHint(QPainter &painter);

    bool isStop(int row, int version, int kind) const;
    bool stepTo(bool forward, const std::function<bool(int, int)> &accept);
    int countSearchMatches() const;
    QList<QColor> rowMarkColors() const;

    QPointer<ComparisonModel> m_model;
    QHeaderView *m_header = nullptr;
    ChangeColors m_colors;
    bool m_boilerplateShown = false;
    QModelIndex m_current;
    QString m_searchText;
    QString m_placeholder;
    int m_searchMatches = 0;

    QList<int> m_columns; // visible versions in column order
    QList<int> m_displayRows; // model rows shown, in order
    QList<int> m_displayIndex; // model row -> index in m_displayRows, or -1
    QList<int> m_heights; // per displayed row: exact or estimated
    QList<bool> m_exact; // per displayed row
    QList<int> m_tops; // per displayed row plus one: the content y of its top
    mutable QList<float> m_cellHeights; // per cell (row * versions + version), -1 unknown
    mutable QCache<qsizetype, CellLayout> m_layouts;
    mutable QList<QColor> m_markColors; // per model row; empty when stale

    int m_columnWidth = 300;
    int m_padX = 8;
    int m_padY = 6;
    qreal m_leading = 3;
    qreal m_averageCharWidth = 7;
    int m_lineHeight = 18;
    int m_markerHeight = 16;

    int m_anchorRow = 0; // displayed row at the top of the viewport
    int m_anchorOffset = 0; // pixels of it scrolled out of view
    bool m_adjustingScroll = false;
    bool m_contentPaintedSent = false;
    QTimer m_refineTimer;
    QStringList m_savedOrder; // version keys in column order, kept across a re-comparison
    QStringList m_savedHidden;
    std::pair<QString, int> m_savedTop; // version key and sentence at the top, across a re-comparison
    std::pair<QString, int> m_savedCurrent;
    int m_savedTopOffset = 0;
};

} // namespace Parallax
