// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace Parallax {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{ }

MainWindow::~MainWindow() = default;

void MainWindow::openPaths(const QStringList &paths)
{
    Q_UNUSED(paths);
}

} // namespace Parallax
