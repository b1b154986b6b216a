// SPDX-License-Identifier: GPL-3.0-or-later
// The window's word after a file changed on disk and the versions were compared again: how many files
// were read again and how many versions' changes were kept (LoadedFiles, compare/recompare.h).
#include "mainwindow_p.h"

#include "comparisonsession.h"

namespace Parallax {

void MainWindow::Private::announceRecompare()
{
    const RecompareStats stats = session->recompareLastTime();
    const int read = session->filesReadLastTime();
    const QString files = tr("%n file(s) read again", nullptr, read);
    if (stats.kept > 0) {
        // The alignment is always redone in full (recompare.h says why); the reader is told, so that the
        // time it takes is no surprise.
        showStatus(tr("Compared again: %1; the changes of %2 of %3 versions kept, the rows aligned anew")
                       .arg(files)
                       .arg(stats.kept)
                       .arg(stats.kept + stats.classified),
            8000);
    } else {
        showStatus(tr("Compared again in full: %1; no version's changes could be kept").arg(files), 8000);
    }
}

} // namespace Parallax
