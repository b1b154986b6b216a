// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QToolButton;

namespace Parallax {

// A label, a progress bar and a Cancel button in the status bar for work running in the background.
// It appears only when the work takes long enough to notice, so quick loads do not flicker.
class ProgressIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressIndicator(QWidget *parent = nullptr);

    void track(QFutureWatcherBase *watcher, const QString &label);
    bool isTracking() const { return !m_watcher.isNull(); }

private:
    void finish();

    QPointer<QFutureWatcherBase> m_watcher;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QTimer m_delay;
};

} // namespace Parallax
