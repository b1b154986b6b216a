// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "present/changecolors.h"

#include <QImage>
#include <QString>

// The summaries' timeline: when each version appeared and how much it changed, painted as a small chart
// (the window's timeline strip on paper).
namespace Parallax::Internal {

// A version on the timeline.
struct TimelineMark
{
    int version = 0;
    double x = 0; // 0..1 across the chart's width, room for half a label left at each end
    double change = 0; // 0..1
    bool first = false; // the earliest: nothing to change
    bool announced = false; // carries a new correction or update notice
    bool stealth = false;
    QString day; // "2026-10-13", or "no date"
    QString time; // "20:15"; empty when the date has no time
};
// The marks for a chart whose labels are `labelShare` of its width; empty when there is no timeline
// (see timelineChart).
QList<TimelineMark> timelineMarks(const Comparison &c, double labelShare);
QString timelineCaption();

struct TimelineChart
{
    QImage image; // null when there is no timeline to draw
    double width = 0; // its size in CSS pixels (96 per inch)
    double height = 0;
    QString caption; // what the marks mean, also the image's alternative text
};

// The chart when the versions are ordered by time: measured against the previous version
// (Comparison::steps), or put in time order with dates of their own (not only file dates). Each version
// stands where its date puts it; a bar above it is as tall as the share of its predecessor it changed
// (AgainstPrevious::changeShare; without steps, the share not aligned with the predecessor); a flag marks
// an announced correction or update, a red ring a stealth edit. `width` in CSS pixels; `scale` the
// image's pixels per CSS pixel.
TimelineChart timelineChart(const Comparison &c, const ChangeColors &colors, double width, double scale);

// A highlight colour's hue at the strength of a mark: bars, rings and flags.
QColor strongColor(const QColor &colour);

// The chart for the HTML report, which holds no image (docs/html-report.md): boxes placed by inline
// styles, the browser paints them. Empty when there is no timeline.
QString timelineHtml(const Comparison &c, const ChangeColors &colors);

} // namespace Parallax::Internal
