// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

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

    // Work began (busy until the first progress report), went on, or ended.
    void start(const QString &label);
    void setProgress(int done, int total);
    void finish();
    bool isTracking() const { return m_tracking; }

Q_SIGNALS:
    void cancelRequested();

private:
    bool m_tracking = false;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QTimer m_delay;
};

} // namespace Parallax
