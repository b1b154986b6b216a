// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"

#include <QWidget>

class QVBoxLayout;

namespace Parallax {

// The legend in the window: the PDF's (present/legend.h) drawn with the reading view's own colours
// and marks, and what the window adds (the selection, the overview strip, the base column).
class LegendPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LegendPanel(QWidget *parent = nullptr);

    void setColors(const ChangeColors &colors);
    void setBoilerplateShown(bool shown);
    // The entries' words in order, for tests and tooltips.
    QStringList texts() const;

private:
    void rebuild();

    ChangeColors m_colors;
    bool m_boilerplateShown = false;
    QWidget *m_entries = nullptr;
    QStringList m_texts;
};

} // namespace Parallax
