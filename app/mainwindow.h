// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace Parallax {

// The reading window: versions side by side, aligned sentence against sentence.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Compares the given files and folders (replacing the current comparison).
    void openPaths(const QStringList &paths);
};

} // namespace Parallax
