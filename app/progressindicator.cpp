// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressindicator.h"

#include <QFutureWatcher>
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
        if (m_watcher)
            m_watcher->cancel();
    });
    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        if (m_watcher)
            show();
    });
    hide();
}

void ProgressIndicator::track(QFutureWatcherBase *watcher, const QString &label)
{
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher = watcher;
    m_label->setText(label);
    m_bar->setRange(0, 0); // busy until the first progress report
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
        [this](int minimum, int maximum) { m_bar->setRange(minimum, std::max(minimum, maximum)); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_bar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, &ProgressIndicator::finish);
    m_delay.start();
}

void ProgressIndicator::finish()
{
    m_watcher = nullptr;
    m_delay.stop();
    hide();
}

} // namespace Parallax
