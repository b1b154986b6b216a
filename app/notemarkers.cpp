// SPDX-License-Identifier: GPL-3.0-or-later
#include "notemarkers.h"

#include "present/comparisonmodel.h"
#include "sidebysideview.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// The marks' colour: the amber of paper notes, readable on the light and the dark themes.
const QColor NoteColor(0xe0, 0x9b, 0x1a);

} // namespace

NoteMarkers::NoteMarkers(SideBySideView *view, QWidget *host, Place place)
    : QWidget(host)
    , m_view(view)
    , m_place(place)
{
    setObjectName(place == Place::View ? u"noteMarkers"_s : u"noteStripMarkers"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(host->rect());
    host->installEventFilter(this);
    connect(view, &SideBySideView::geometryChanged, this, qOverload<>(&QWidget::update));
    show();
}

void NoteMarkers::setNotes(const QList<Note> &notes)
{
    m_notes = notes;
    update();
}

QList<std::pair<int, int>> NoteMarkers::markedCells() const
{
    QList<std::pair<int, int>> cells;
    if (!m_view)
        return cells;
    const QList<int> shown = m_view->visibleVersions();
    for (const Note &n : m_notes) {
        if (n.isOrphaned() || !m_view->isRowDisplayed(n.row) || shown.isEmpty())
            continue;
        int version = shown.contains(n.version) ? n.version : -1;
        if (version < 0) {
            if (n.target == Note::Target::Span)
                continue; // its version is hidden
            version = shown.first();
        }
        if (!cells.contains(std::pair { n.row, version }))
            cells.append({ n.row, version });
    }
    return cells;
}

void NoteMarkers::paintEvent(QPaintEvent *)
{
    if (!m_view)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_place == Place::View) {
        const int size = std::max(8, fontMetrics().height() * 2 / 3);
        for (const auto &[row, version] : markedCells()) {
            const QRect cell = m_view->cellRect(row, version);
            if (cell.isEmpty() || !rect().intersects(cell))
                continue;
            QPainterPath corner;
            corner.moveTo(cell.right() - size, cell.top());
            corner.lineTo(cell.right(), cell.top());
            corner.lineTo(cell.right(), cell.top() + size);
            corner.closeSubpath();
            painter.fillPath(corner, NoteColor);
        }
        return;
    }
    // The strip: each displayed row's share of the whole height, as the change marks are placed.
    const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
    QList<double> top(rows + 1, 0.0);
    for (int r = 0; r < rows; ++r)
        top[r + 1] = top[r] + (m_view->isRowDisplayed(r) ? m_view->rowHeight(r) : 0);
    if (rows == 0 || top.last() <= 0)
        return;
    const double h = height();
    const double dot = std::max(4.0, width() / 2.0);
    for (const Note &n : std::as_const(m_notes)) {
        if (n.isOrphaned() || n.row >= rows || !m_view->isRowDisplayed(n.row))
            continue;
        const double y = (top.at(n.row) + top.at(n.row + 1)) / 2 / top.last() * h;
        painter.setPen(Qt::NoPen);
        painter.setBrush(NoteColor);
        painter.drawEllipse(QPointF(width() / 2.0, y), dot / 2, dot / 2);
    }
}

bool NoteMarkers::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Parallax
