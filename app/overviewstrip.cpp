// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewstrip.h"

#include "colormix.h"
#include "sidebysideview.h"

#include "present/legend.h"

#include <QHelpEvent>

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace Parallax {

OverviewStrip::OverviewStrip(SideBySideView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    connect(view, &SideBySideView::geometryChanged, this, qOverload<>(&QWidget::update));
}

QSize OverviewStrip::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 2 + 2, 100 };
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChangeColors &colors = m_view->colors();
    painter.fillRect(rect(), mixColors(colors.background, colors.text, colors.isDark() ? 0.08 : 0.05));
    const double h = height();
    // Thin rows still get a visible mark.
    for (const OverviewMark &mark : m_view->overviewMarks()) {
        const double top = std::floor(mark.top * h);
        const double bottom = std::max(top + 2, std::ceil(mark.bottom * h));
        painter.fillRect(QRectF(1, top, width() - 2, bottom - top), mark.color);
    }
    const double top = m_view->viewportTopFraction() * h;
    const double extent = std::max(6.0, m_view->viewportFraction() * h);
    QColor shade = colors.text;
    shade.setAlphaF(0.14f);
    painter.fillRect(QRectF(0, top, width(), extent), shade);
    painter.setPen(mixColors(colors.background, colors.text, 0.5));
    painter.drawRect(QRectF(0.5, top + 0.5, width() - 1.0, extent - 1.0));
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    scrollTo(event->position().toPoint().y());
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        scrollTo(event->position().toPoint().y());
}

bool OverviewStrip::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    setToolTip(describeAt(help->pos().y()));
    return QWidget::event(event);
}

QString OverviewStrip::describeAt(int y) const
{
    const QString general
        = tr("Where the changes are: a mark for every row with changes, in the colour of its "
             "strongest change; click to go there");
    if (!m_view || height() <= 0)
        return general;
    // The mark drawn under the pointer (thin marks are drawn 2 pixels tall).
    const double h = height();
    QColor color;
    for (const OverviewMark &mark : m_view->overviewMarks()) {
        const double top = std::floor(mark.top * h);
        const double bottom = std::max(top + 2, std::ceil(mark.bottom * h));
        if (y >= top - 1 && y <= bottom + 1)
            color = mark.color;
    }
    if (!color.isValid())
        return general;
    for (const LegendEntry &entry : changeLegend(m_view->colors(), {}))
        if (entry.color == color && entry.sample != LegendEntry::Sample::Underline)
            return tr("%1 — click to go there").arg(entry.text);
    return general;
}

void OverviewStrip::scrollTo(int y)
{
    if (height() > 0)
        m_view->scrollToFraction(double(y) / height());
}

} // namespace Parallax
