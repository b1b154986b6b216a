// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Parallax {

ProgressIndicator::ProgressIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_tracking)
            Q_EMIT cancelRequested();
    });
    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        if (m_tracking)
            show();
    });
    hide();
}

void ProgressIndicator::start(const QString &label)
{
    m_tracking = true;
    m_label->setText(label);
    m_bar->setRange(0, 0); // busy until the first progress report
    m_delay.start();
}

void ProgressIndicator::setProgress(int done, int total)
{
    m_bar->setRange(0, std::max(0, total));
    m_bar->setValue(done);
}

void ProgressIndicator::finish()
{
    m_tracking = false;
    m_delay.stop();
    hide();
}

} // namespace Parallax
