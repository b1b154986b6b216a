// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include "colormix.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Parallax {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warm tint of the window colour: noticeable without alarming.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, mixColors(pal.color(QPalette::Window), QColor(0xf0, 0xa8, 0x30), 0.25));
    setPalette(pal);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &html)
{
    m_label->setText(html);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace Parallax
