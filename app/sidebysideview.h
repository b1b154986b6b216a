// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"
#include "present/comparisonmodel.h"

#include <QAbstractScrollArea>
#include <QModelIndex>

#include <memory>
#include <optional>

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
//
// In parts: RowGeometry (rowgeometry.h) knows where rows stand, cellformats.h turns a cell's spans into
// text formats, changenavigation.h finds the next change or match; sidebysideviewcells.cpp lays out,
// paints and hit-tests cells; this class is the scroll-area shell around them.
class SideBySideView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);
    ~SideBySideView() override;

    void setModel(ComparisonModel *model);
    ComparisonModel *model() const;
    // Drag a section to reorder versions; the header is the source of truth for column order.
    QHeaderView *header() const;
    // The base's header while the base column is frozen at the left edge (hidden otherwise).
    QHeaderView *frozenHeader() const;
    // The version whose column stays at the left edge while the others scroll sideways, or -1.
    int frozenVersion() const;

    void setColors(const ChangeColors &colors);
    const ChangeColors &colors() const;

    // Boilerplate rows (newsletter prompts, related links) are hidden unless shown here.
    // What the empty view says (how to start, or that a comparison is being prepared).
    void setPlaceholderText(const QString &text);

    void setBoilerplateShown(bool shown);
    bool isBoilerplateShown() const;

    // Differences only: runs of rows that read the same in every shown version fold into one line
    // (present/rowfolding.h), shown in the place of the run's first row; clicking it or pressing Enter
    // on it opens it. Hiding versions makes it a filter for rows where the shown ones differ.
    void setDifferencesOnly(bool on);
    bool isDifferencesOnly() const;
    // How many rows the fold line in a row's place stands for; 0 where there is none.
    int foldSize(int row) const;
    void openFold(int row);

    // Versions in column order, without hidden ones.
    QList<int> visibleVersions() const;
    void setVersionHidden(int version, bool hidden);
    bool isVersionHidden(int version) const;
    void moveVersion(int version, int visualPosition);
    // Shows these versions and hides the others, in one step (a hundred versions toggled one by one would
    // lay out the rows a hundred times). Ignored when empty.
    void setShownVersions(const QList<int> &versions);
    // Narrow columns: about 16 characters wide instead of 32, so that many versions fit side by side
    // for scanning (the text wraps more; the full width is a toggle away).
    void setNarrowColumns(bool narrow);
    bool hasNarrowColumns() const;

    QModelIndex currentIndex() const;
    // The words selected with the mouse (or Shift+arrows) in the current cell; empty when none.
    QString selectedText() const;
    // What Ctrl+C copies: the selected words, else the whole current cell.
    QString copyText() const;
    // Selects a cell and scrolls it into view (centred when it was out of view).
    void setCurrentIndex(const QModelIndex &index);
    void scrollToRow(int row);
    bool isRowDisplayed(int row) const;
    // Viewport coordinates of a cell; empty when its row or version is not displayed.
    QRect cellRect(int row, int version) const;
    QModelIndex indexAt(const QPoint &viewportPos) const;
    int rowHeight(int row) const;

    // Moves to the next or previous change in reading order (row by row, then column by column; in a
    // cell with several changes, change by change: activeChange() names it). kind
    // -1: any change, added, dropped or moved sentence; otherwise an int(ChangeKind). Returns false when
    // there is none in that direction.
    bool goToChange(bool forward, int kind = -1);
    bool goToQuoteDivergence(bool forward);
    // Moves to the next or previous cell holding a substantive change of the reason; without a reason,
    // of any reason the model's reason filter follows (any substantive change without a filter).
    bool goToReason(bool forward, std::optional<ChangeReason> reason = std::nullopt);
    // The change (index into Comparison::changes) whose span the reader last clicked in the current
    // cell, or -1: what "next change of this reason" starts from.
    int activeChange() const;

    // Highlights every occurrence (case-insensitive) in every version; findNext moves to the next cell.
    void setSearchText(const QString &text);
    QString searchText() const;
    bool findNext(bool forward);
    int searchMatchCount() const;

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
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
