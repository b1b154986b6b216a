// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Parallax {

// What long work sees of the job it runs in: whether it should stop early, and where to report progress.
// Both fit the isCanceled/progress members of CompareOptions and PdfExporter::Options.
struct JobControl
{
    std::function<bool()> isCanceled;
    std::function<void(int, int)> progress; // (done, total)
};

// Runs work(JobControl) on the thread pool and returns a watcher owned by owner. A result is added
// only when the work was not canceled, so a watcher that finishes without a result was canceled.
// onFinished(watcher) runs in owner's thread when the work ends (canceled or not); the watcher is
// deleted afterwards. The watcher's progress signals report what the work reports.
template<typename T, typename Work, typename Finished>
QFutureWatcher<T> *startBackgroundJob(QObject *owner, Work work, Finished onFinished)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, onFinished] {
        watcher->deleteLater();
        onFinished(watcher);
    });
    // Connected first, then started, as QFutureWatcher asks: no early signal is lost.
    watcher->setFuture(QtConcurrent::run([work = std::move(work)](QPromise<T> &promise) mutable {
        JobControl control;
        control.isCanceled = [&promise] { return promise.isCanceled(); };
        control.progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        T result = work(control);
        if (!promise.isCanceled())
            promise.addResult(std::move(result));
    }));
    return watcher;
}

// Whether a finished job was canceled (or ended without a result, which is the same to its owner).
template<typename T> bool wasCanceled(const QFutureWatcher<T> *watcher)
{
    return watcher->isCanceled() || watcher->future().resultCount() == 0;
}

} // namespace Parallax
