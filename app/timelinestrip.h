// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "present/changecolors.h"

#include <QWidget>

namespace Parallax {

// A strip above the reading view: the versions on a time axis, when each appeared (VersionDate), and
// above each a bar as tall as the share of its predecessor it changed (Comparison::steps). A revision
// that announces a correction or update has a flag; one that changes the story without a notice (a
// stealth edit) is drawn in the substantive colour with a ring. Clicking a version focuses it.
class TimelineStrip : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineStrip(QWidget *parent = nullptr);

    // The comparison as compared (with its steps), not the view against the previous version.
    void setComparison(const Comparison &comparison);
    void setColors(const ChangeColors &colors);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where a version's marker stands (its centre), for tests; a null point when it has none.
    QPointF markerCentre(int version) const;
    // The version whose marker (or bar, or label) is under the point; -1 for none.
    int versionAt(const QPointF &point) const;
    // What the strip shows instead of markers: that the steps are being measured (a comparison without
    // them yet), or that there is nothing to show; empty when it shows markers.
    QString placeholderText() const;
    // What the strip says of a version: its date, predecessor, counts and notices (the tooltip).
    QString describe(int version) const;

Q_SIGNALS:
    void versionActivated(int version);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Marker
    {
        int version = 0;
        double x = 0;
        double change = 0; // 0..1: the share of its predecessor changed
        bool first = false;
        bool announced = false; // carries a new correction or update notice
        bool stealth = false;
    };
    void layoutMarkers();
    double labelWidth() const;
    const Marker *markerOf(int version) const;

    Comparison m_comparison;
    ChangeColors m_colors = ChangeColors::forPrint();
    QList<Marker> m_markers;
};

} // namespace Parallax
