// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendpanel.h"

#include "colormix.h"

#include "present/legend.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// A sample of the mark as the reading view draws it, on the view's background.
QPixmap sample(LegendEntry::Sample kind, const QColor &color, const ChangeColors &colors, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size * 2, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(colors.background);
    QPainter painter(&pixmap);
    const QRect box(0, 0, size * 2, size);
    const bool dark = colors.isDark();
    switch (kind) {
    case LegendEntry::Sample::Highlight:
        painter.fillRect(box.adjusted(2, 3, -2, -3), color);
        break;
    case LegendEntry::Sample::Stripe:
        painter.fillRect(box, color);
        painter.fillRect(QRect(0, 0, 3, size), strongColor(color, dark));
        break;
    case LegendEntry::Sample::Hatch:
        painter.fillRect(box, color);
        painter.fillRect(box.adjusted(3, 0, 0, 0),
            QBrush(mixColors(colors.background, colors.text, dark ? 0.22 : 0.16), Qt::BDiagPattern));
        break;
    case LegendEntry::Sample::Underline:
        painter.fillRect(QRect(2, size - 4, size * 2 - 4, 2), strongColor(color, dark));
        break;
    case LegendEntry::Sample::Text: {
        painter.setPen(color);
        painter.drawText(box, Qt::AlignCenter, u"Abc"_s);
        break;
    }
    }
    painter.setPen(mixColors(colors.background, colors.text, 0.3));
    painter.drawRect(box.adjusted(0, 0, -1, -1));
    return pixmap;
}

} // namespace

LegendPanel::LegendPanel(QWidget *parent)
    : QWidget(parent)
    , m_colors(ChangeColors::forPrint())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_entries = new QWidget;
    new QGridLayout(m_entries);
    scroll->setWidget(m_entries);
    layout->addWidget(scroll);
    rebuild();
}

void LegendPanel::setColors(const ChangeColors &colors)
{
    m_colors = colors;
    rebuild();
}

void LegendPanel::setBoilerplateShown(bool shown)
{
    m_boilerplateShown = shown;
    rebuild();
}

QStringList LegendPanel::texts() const
{
    return m_texts;
}

void LegendPanel::rebuild()
{
    auto *grid = static_cast<QGridLayout *>(m_entries->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    using Sample = LegendEntry::Sample;
    QList<LegendEntry> entries = changeLegend(m_colors, { .showBoilerplate = m_boilerplateShown });
    // What only the window shows.
    entries.append({ Sample::Stripe, mixColors(m_colors.background, m_colors.selection, 0.3),
        tr("The selected sentence: its row tinted in every version, the cell framed. The base column "
           "then underlines the words the selected version changed.") });
    entries.append({ Sample::Highlight, m_colors.substantive,
        tr("Overview strip (right edge): a mark for every row with changes, in the colour of its strongest "
           "change; click it to go there.") });

    const int size = fontMetrics().height();
    int row = 0;
    auto *intro = new QLabel(tr("Each row holds one sentence of every version, aligned with the base. "
                                "Select a sentence in any version to see what it changed."));
    intro->setWordWrap(true);
    grid->addWidget(intro, row++, 0, 1, 2);
    for (const LegendEntry &entry : std::as_const(entries)) {
        auto *swatch = new QLabel;
        swatch->setPixmap(sample(entry.sample, entry.color, m_colors, size, devicePixelRatioF()));
        swatch->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(entry.text);
        text->setWordWrap(true);
        grid->addWidget(swatch, row, 0);
        grid->addWidget(text, row++, 1);
        m_texts.append(entry.text);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
}

} // namespace Parallax
