// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/note.h"

#include <QPointer>
#include <QWidget>

namespace Parallax {

class SideBySideView;

// Where the notes are, drawn over the reading view and the overview strip without changing either: a
// folded-corner mark in the top right of each noted cell (a note on a row or a quotation marks its
// version's cell, or the row's first shown cell), and a dot at the notes' rows in the strip. Both follow
// the view's scrolling and layout (SideBySideView::geometryChanged); they take no mouse input.
class NoteMarkers : public QWidget
{
    Q_OBJECT
public:
    enum class Place { View, Strip };
    // A child of the view's viewport (Place::View) or of the strip (Place::Strip).
    NoteMarkers(SideBySideView *view, QWidget *host, Place place);

    void setNotes(const QList<Note> &notes);
    // The cells marked in the view, as (row, version): for tests and screenshots.
    QList<std::pair<int, int>> markedCells() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<SideBySideView> m_view;
    Place m_place;
    QList<Note> m_notes;
};

} // namespace Parallax
