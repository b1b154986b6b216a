// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinestrip.h"

#include "colormix.h"

#include "compare/againstprevious.h"
#include "load/versiondate.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int BarHeight = 28; // the tallest bar: a predecessor changed through and through
constexpr double MarkerRadius = 4.5;

} // namespace

TimelineStrip::TimelineStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Timeline of the versions"));
}

void TimelineStrip::setComparison(const Comparison &comparison)
{
    m_comparison = comparison;
    layoutMarkers();
    update();
}

void TimelineStrip::setColors(const ChangeColors &colors)
{
    m_colors = colors;
    update();
}

QSize TimelineStrip::sizeHint() const
{
    return { 400, BarHeight + fontMetrics().height() * 2 + 20 };
}

QSize TimelineStrip::minimumSizeHint() const
{
    return { 100, sizeHint().height() };
}

void TimelineStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutMarkers();
}

void TimelineStrip::layoutMarkers()
{
    m_markers.clear();
    const Comparison &c = m_comparison;
    if (c.steps.isEmpty())
        return;
    // Versions placed by their time between the earliest and the latest; the undated after them, a
    // step apart. Markers closer than a label's width are pushed apart (in time order), so that no two
    // labels overlap.
    // Room for half a label beside the first and the last marker.
    const double margin = labelWidth() / 2 + 4;
    const double left = margin;
    const double right = std::max(left + 1, width() - margin);
    QList<QDateTime> moments;
    for (const VersionStep &s : c.steps)
        moments.append(VersionDate::moment(c.versions.at(s.version)));
    const QList<double> xs = AgainstPrevious::timePositions(moments, left, right, labelWidth() + 4);
    for (qsizetype i = 0; i < c.steps.size(); ++i) {
        const VersionStep &s = c.steps.at(i);
        Marker m;
        m.version = s.version;
        m.first = s.previous < 0;
        m.x = xs.at(i);
        m.change = AgainstPrevious::changeShare(c, s);
        m.announced = !AgainstPrevious::newNotices(c, s).isEmpty();
        m.stealth = AgainstPrevious::isStealthEdit(c, s);
        m_markers.append(m);
    }
}

double TimelineStrip::labelWidth() const
{
    // A date with its time in full ("2026-03-10 08:00"), whatever the font's digits are like.
    return std::max(double(fontMetrics().averageCharWidth() * 16),
        double(fontMetrics().horizontalAdvance(u"0000-00-00 00:00"_s) + 8));
}

const TimelineStrip::Marker *TimelineStrip::markerOf(int version) const
{
    for (const Marker &m : m_markers)
        if (m.version == version)
            return &m;
    return nullptr;
}

QPointF TimelineStrip::markerCentre(int version) const
{
    const Marker *m = markerOf(version);
    return m ? QPointF(m->x, 6 + BarHeight + MarkerRadius) : QPointF();
}

int TimelineStrip::versionAt(const QPointF &point) const
{
    int best = -1;
    double bestDistance = fontMetrics().averageCharWidth() * 3;
    for (const Marker &m : m_markers) {
        const double d = std::abs(point.x() - m.x);
        if (d <= bestDistance) {
            best = m.version;
            bestDistance = d;
        }
    }
    return best;
}

QString TimelineStrip::describe(int version) const
{
    const Comparison &c = m_comparison;
    const VersionStep *s = AgainstPrevious::stepOf(c, version);
    if (!s)
        return {};
    const Version &v = c.versions.at(version);
    QString date = v.date.isEmpty() ? tr("no date") : v.date;
    if (v.dateSource == u"file-date"_s)
        date = tr("%1 (file date)").arg(date);
    else if (v.dateSource == u"file-name"_s)
        date = tr("%1 (from the file name)").arg(date);
    else if (v.dateSource == u"text"_s)
        date = tr("%1 (as the text states)").arg(date);
    else if (v.dateSource == u"document"_s)
        date = tr("%1 (document properties)").arg(date);
    QStringList lines { v.name, date };
    if (s->previous < 0) {
        lines.append(tr("The earliest version"));
    } else {
        lines.append(tr("Against %1: %2 sentence(s) added, %3 removed, %4 reworded, %5 moved")
                .arg(c.versions.at(s->previous).name)
                .arg(s->added)
                .arg(s->removed)
                .arg(s->changed)
                .arg(s->moved));
    }
    for (const AgainstPrevious::NoticeSentence &n : AgainstPrevious::newNotices(c, *s))
        lines.append(tr("Notice: %1").arg(v.sentenceText(n.sentence)));
    if (AgainstPrevious::isStealthEdit(c, *s))
        lines.append(tr("Changed without a correction or update notice (stealth edit)"));
    return lines.join(u'\n');
}

QString TimelineStrip::placeholderText() const
{
    if (!m_markers.isEmpty())
        return {};
    // The steps come after the rows (ComparisonSession::stepsReady): until then the strip says it waits.
    if (m_comparison.versions.size() > 1 && m_comparison.steps.isEmpty())
        return tr("Measuring how much each version changed the one before it…");
    return tr("The timeline appears when versions are compared.");
}

void TimelineStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = m_colors.isDark();
    painter.fillRect(rect(), mixColors(m_colors.background, m_colors.text, dark ? 0.08 : 0.04));
    if (m_markers.isEmpty()) {
        painter.setPen(mixColors(m_colors.background, m_colors.text, 0.6));
        painter.drawText(rect(), Qt::AlignCenter, placeholderText());
        return;
    }
    const double axis = 6 + BarHeight + MarkerRadius;
    const QColor line = mixColors(m_colors.background, m_colors.text, 0.45);
    painter.setPen(QPen(line, 1));
    painter.drawLine(QPointF(m_markers.first().x, axis), QPointF(m_markers.last().x, axis));
    const QColor bar = strongColor(m_colors.wording, dark);
    const QColor stealth = strongColor(m_colors.substantive, dark);
    const QFontMetrics fm = fontMetrics();
    const double labelWidth = this->labelWidth();
    for (const Marker &m : std::as_const(m_markers)) {
        const Version &v = m_comparison.versions.at(m.version);
        if (!m.first) {
            // The square root keeps a revision of a word or two visible beside a rewrite.
            const double h = std::max(1.0, std::sqrt(m.change) * BarHeight);
            painter.fillRect(QRectF(m.x - 3, axis - MarkerRadius - h, 6, h), m.stealth ? stealth : bar);
        }
        painter.setPen(QPen(m.stealth ? stealth : line, m.stealth ? 2 : 1));
        painter.setBrush(m.first ? m_colors.background : (m.stealth ? m_colors.substantive : bar));
        painter.drawEllipse(QPointF(m.x, axis), MarkerRadius, MarkerRadius);
        if (m.announced) {
            // A flag on a pole: the revision says what it changed.
            painter.setPen(QPen(m_colors.text, 1));
            const QPointF top(m.x + MarkerRadius + 1, axis - MarkerRadius - BarHeight * 0.6);
            painter.drawLine(QPointF(m.x + MarkerRadius + 1, axis), top);
            painter.setBrush(strongColor(m_colors.added, dark));
            painter.drawPolygon(QPolygonF({ top, top + QPointF(9, 3), top + QPointF(0, 6) }));
        }
        painter.setPen(m_colors.text);
        // Revisions of one story often share the start of their names: the middle gives way.
        const QString name = fm.elidedText(v.name, Qt::ElideMiddle, int(labelWidth));
        const QString day
            = fm.elidedText(v.date.left(16).replace(u'T', u' '), Qt::ElideRight, int(labelWidth));
        const QRectF labels(m.x - labelWidth / 2, axis + MarkerRadius + 2, labelWidth, fm.height() * 2);
        painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, name + u'\n' + day);
    }
}

void TimelineStrip::mousePressEvent(QMouseEvent *event)
{
    const int version = versionAt(event->position());
    if (version >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT versionActivated(version);
}

bool TimelineStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int version = versionAt(help->pos());
        const QString text = version >= 0
            ? describe(version)
            : tr("When each version appeared and how much of the one before it it changed; click a version "
                 "to go to its changes");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Parallax
