// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonsession.h"

#include "backgroundjob.h"
#include "dropdata.h"
#include "loadedfiles.h"
#include "versionnames.h"

#include "compare/againstprevious.h"
#include "compare/comparator.h"
#include "load/articleloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Parallax {

class ComparisonSession::Private
{
public:
    explicit Private(ComparisonSession *session)
        : q(session)
    { }

    void startComparison(std::function<Comparison(const CompareOptions &)> work, const QString &label);
    void show(Comparison result, qint64 elapsed, bool guessNames = true);
    void startSteps();
    void cancelSteps();
    // The versions as loaded, with the names the comparator knows them by.
    QList<Version> loadedVersions() const;
    void updateWatcher();
    void onWatchedChange();

    ComparisonSession *q;
    QStringList paths; // files and folders as given, made absolute
    QList<Version> dropped; // text dropped from other programs, loaded already
    int droppedCount = 0;
    QString baseKey; // the base the user chose, kept across reloads
    CompareOptions::Order order = CompareOptions::Order::Name;
    Comparison comparison; // with the display names
    QStringList loadedNames; // per version of the comparison: its name as loaded
    bool guessedNames = true;
    VersionNames names;
    qint64 lastComparisonTime = -1;

    int generation = 0;
    QPointer<QFutureWatcher<Comparison>> job;
    QPointer<QFutureWatcher<std::pair<bool, QString>>> exportJob;
    QPointer<QFutureWatcher<QList<VersionStep>>> stepsJob;
    bool stepsWanted = true;
    int shownCount = 0; // comparisons shown so far: steps measured on an older one are dropped
    QElapsedTimer jobClock;
    QString jobLabel;

    QFileSystemWatcher watcher;
    QTimer reloadTimer;
    QStringList watchedArticleFiles;
    bool watchedFileChanged = false;
    // The files as read: comparing again after one changed reads that one only.
    std::shared_ptr<LoadedFiles> files = std::make_shared<LoadedFiles>();
};

ComparisonSession::ComparisonSession(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->reloadTimer.setSingleShot(true);
    // Editors save in several steps (write, rename); wait for the last one.
    d->reloadTimer.setInterval(400);
    connect(&d->reloadTimer, &QTimer::timeout, this, [this] { d->onWatchedChange(); });
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        d->files->forget(path);
        d->watchedFileChanged = true;
        d->reloadTimer.start();
    });
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this, [this] { d->reloadTimer.start(); });
}

ComparisonSession::~ComparisonSession()
{
    cancel(Job::Comparison);
    cancel(Job::Export);
    d->cancelSteps();
}

// ---- inputs ---------------------------------------------------------------------------------------

void ComparisonSession::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    d->paths = absolute;
    d->dropped.clear();
    d->baseKey.clear();
    // Opened anew: every file is read again.
    d->files->clear();
    d->startComparison([absolute, files = d->files](
                           const CompareOptions &options) { return files->compare(absolute, {}, options); },
        // The words shown while comparing were the window's: they keep its translation context.
        QCoreApplication::translate("Parallax::MainWindow", "Comparing %1…")
            .arg(absolute.size() == 1 ? QFileInfo(absolute.first()).fileName()
                                      : QCoreApplication::translate("Parallax::MainWindow", "%n files",
                                            nullptr, int(absolute.size()))));
}

void ComparisonSession::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!d->paths.contains(absolute))
            d->paths.append(absolute);
    }
    reload();
}

bool ComparisonSession::addText(
    const QByteArray &data, TextFormat format, const QString &sourceUrl, LoadError *error)
{
    const QString name = sourceUrl.isEmpty()
        ? QCoreApplication::translate("Parallax::MainWindow", "Dropped text %1").arg(++d->droppedCount)
        : nameForUrl(QUrl(sourceUrl));
    std::optional<Version> version = ArticleLoader::loadData(data, format, name, error, sourceUrl);
    if (!version)
        return false;
    // Named after where it came from, whatever the page's own metadata says.
    if (!sourceUrl.isEmpty() || version->name.isEmpty())
        version->name = name;
    d->dropped.append(std::move(*version));
    reload();
    return true;
}

void ComparisonSession::reload()
{
    if (!hasInputs())
        return;
    const QStringList paths = d->paths;
    const QList<Version> dropped = d->dropped;
    const QString base = d->baseKey;
    d->startComparison(
        [paths, dropped, base, files = d->files](CompareOptions options) {
            options.base = base;
            return files->compare(paths, dropped, options);
        },
        QCoreApplication::translate("Parallax::MainWindow", "Comparing…"));
}

void ComparisonSession::setBaseVersion(int version)
{
    const Comparison &c = d->comparison;
    if (version < 0 || version >= c.versions.size() || version == c.base)
        return;
    const QList<Version> versions = d->loadedVersions();
    d->baseKey = VersionNames::keyOf(versions.at(version));
    const QList<LoadError> errors = c.errors;
    const QString base = d->baseKey;
    d->startComparison(
        [versions, errors, base](CompareOptions options) {
            options.base = base;
            return compareVersions(versions, options, errors);
        },
        QCoreApplication::translate("Parallax::MainWindow", "Comparing against %1…")
            .arg(c.versions.at(version).name));
}

void ComparisonSession::setOrder(CompareOptions::Order order)
{
    if (order == d->order)
        return;
    d->order = order;
    reload();
}

CompareOptions::Order ComparisonSession::order() const
{
    return d->order;
}

void ComparisonSession::setComparison(Comparison comparison)
{
    d->show(std::move(comparison), -1, false);
}

void ComparisonSession::Private::show(Comparison result, qint64 elapsed, bool guessNames)
{
    comparison = std::move(result);
    loadedNames.clear();
    for (const Version &v : std::as_const(comparison.versions))
        loadedNames.append(v.name);
    guessedNames = guessNames;
    names.apply(comparison.versions, guessNames);
    lastComparisonTime = elapsed;
    ++shownCount;
    cancelSteps();
    updateWatcher();
    Q_EMIT q->comparisonReady();
    startSteps();
}

void ComparisonSession::Private::startSteps()
{
    if (!stepsWanted || stepsJob || comparison.versions.isEmpty() || !comparison.steps.isEmpty())
        return;
    const int mine = shownCount;
    // A copy shares the versions' and rows' data with the one shown: nothing is copied until one changes.
    stepsJob = startBackgroundJob<QList<VersionStep>>(
        q,
        [c = comparison](
            const JobControl &control) { return AgainstPrevious::measure(c, control.isCanceled); },
        [this, mine](QFutureWatcher<QList<VersionStep>> *watcher) {
            if (watcher == stepsJob)
                stepsJob = nullptr;
            if (mine != shownCount || wasCanceled(watcher))
                return;
            comparison.steps = watcher->future().takeResult();
            Q_EMIT q->stepsReady();
        });
}

void ComparisonSession::Private::cancelSteps()
{
    if (stepsJob)
        stepsJob->cancel();
    stepsJob = nullptr;
}

void ComparisonSession::setStepsWanted(bool wanted)
{
    d->stepsWanted = wanted;
    if (wanted)
        d->startSteps();
}

int ComparisonSession::filesReadLastTime() const
{
    return d->files->lastReadCount();
}

RecompareStats ComparisonSession::recompareLastTime() const
{
    return d->files->lastRecompare();
}

bool ComparisonSession::hasSteps() const
{
    return !d->comparison.steps.isEmpty();
}

const Comparison &ComparisonSession::comparison() const
{
    return d->comparison;
}

QStringList ComparisonSession::paths() const
{
    return d->paths;
}

const QList<Version> &ComparisonSession::droppedVersions() const
{
    return d->dropped;
}

bool ComparisonSession::hasInputs() const
{
    return !d->paths.isEmpty() || !d->dropped.isEmpty();
}

QString ComparisonSession::baseKey() const
{
    return d->baseKey;
}

QList<Version> ComparisonSession::Private::loadedVersions() const
{
    QList<Version> versions = comparison.versions;
    for (qsizetype i = 0; i < versions.size() && i < loadedNames.size(); ++i)
        versions[i].name = loadedNames.at(i);
    return versions;
}

QString ComparisonSession::displayName(int version) const
{
    return version >= 0 && version < d->comparison.versions.size() ? d->comparison.versions.at(version).name
                                                                   : QString();
}

QString ComparisonSession::automaticName(int version) const
{
    if (version < 0 || version >= d->comparison.versions.size())
        return {};
    const Version loaded = d->loadedVersions().at(version);
    return d->guessedNames ? VersionNames::automaticName(loaded) : loaded.name;
}

void ComparisonSession::setDisplayName(int version, const QString &name)
{
    if (version < 0 || version >= d->comparison.versions.size())
        return;
    const QList<Version> loaded = d->loadedVersions();
    d->names.setUserName(loaded.at(version), name);
    d->comparison.versions = loaded;
    d->names.apply(d->comparison.versions, d->guessedNames);
    Q_EMIT comparisonReady();
}

qint64 ComparisonSession::lastComparisonTime() const
{
    return d->lastComparisonTime;
}

// ---- background work ------------------------------------------------------------------------------

void ComparisonSession::Private::startComparison(
    std::function<Comparison(const CompareOptions &)> work, const QString &label)
{
    if (job)
        job->cancel();
    cancelSteps();
    const int mine = ++generation;
    jobClock.start();
    job = startBackgroundJob<Comparison>(
        q,
        [work = std::move(work), order = order](const JobControl &control) {
            CompareOptions options;
            options.order = order;
            // The steps against the previous version follow in a job of their own (startSteps).
            options.isCanceled = control.isCanceled;
            options.progress = control.progress;
            return work(options);
        },
        [this, mine](QFutureWatcher<Comparison> *watcher) {
            if (mine != generation)
                return; // a newer request replaced this one
            job = nullptr;
            Q_EMIT q->jobFinished(Job::Comparison);
            if (wasCanceled(watcher)) {
                Q_EMIT q->comparisonCanceled();
                return;
            }
            show(watcher->future().takeResult(), jobClock.elapsed());
        });
    QFutureWatcher<Comparison> *watcher = job;
    auto report = [this, watcher] {
        if (watcher == job)
            Q_EMIT q->jobProgress(Job::Comparison, watcher->progressValue(), watcher->progressMaximum());
    };
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, q, report);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, q, report);
    jobLabel = label;
    Q_EMIT q->jobStarted(Job::Comparison, label);
}

QString ComparisonSession::jobLabel() const
{
    return d->jobLabel;
}

void ComparisonSession::exportPdf(
    const Comparison &comparison, const QString &fileName, const PdfExporter::Options &options)
{
    if (comparison.isEmpty() || d->exportJob)
        return;
    d->exportJob = startBackgroundJob<std::pair<bool, QString>>(
        this,
        [comparison, fileName, options](const JobControl &control) {
            PdfExporter::Options running = options;
            running.isCanceled = control.isCanceled;
            running.progress = control.progress;
            QString error;
            const bool ok = PdfExporter::exportToFile(comparison, fileName, running, &error);
            return std::pair<bool, QString>(ok, error);
        },
        [this, fileName](QFutureWatcher<std::pair<bool, QString>> *watcher) {
            d->exportJob = nullptr;
            Q_EMIT jobFinished(Job::Export);
            if (wasCanceled(watcher)) {
                Q_EMIT exportFinished(false, true, fileName, {});
                return;
            }
            const auto [ok, error] = watcher->result();
            Q_EMIT exportFinished(ok, false, fileName, error);
        });
    QFutureWatcherBase *watcher = d->exportJob;
    auto report = [this, watcher] {
        Q_EMIT jobProgress(Job::Export, watcher->progressValue(), watcher->progressMaximum());
    };
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, report);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, report);
    Q_EMIT jobStarted(Job::Export, QCoreApplication::translate("Parallax::MainWindow", "Writing PDF…"));
}

bool ComparisonSession::isBusy() const
{
    return d->job || d->exportJob;
}

bool ComparisonSession::isRunning(Job job) const
{
    return job == Job::Comparison ? !d->job.isNull() : !d->exportJob.isNull();
}

void ComparisonSession::cancel(Job job)
{
    if (job == Job::Comparison && d->job)
        d->job->cancel();
    else if (job == Job::Export && d->exportJob)
        d->exportJob->cancel();
}

// ---- watching the files ---------------------------------------------------------------------------

void ComparisonSession::Private::updateWatcher()
{
    if (!watcher.files().isEmpty())
        watcher.removePaths(watcher.files());
    if (!watcher.directories().isEmpty())
        watcher.removePaths(watcher.directories());
    watchedArticleFiles = collectArticleFiles(paths, nullptr);
    QStringList watched;
    for (const Version &v : std::as_const(comparison.versions)) {
        if (!v.path.isEmpty() && QFileInfo::exists(v.path))
            watched.append(v.path);
    }
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo(path).isDir())
            watched.append(path);
    }
    if (!watched.isEmpty())
        watcher.addPaths(watched);
}

void ComparisonSession::Private::onWatchedChange()
{
    // A folder change matters only when its set of article files changed (not when a PDF was written
    // there); a file change always does.
    const bool fileChanged = std::exchange(watchedFileChanged, false);
    if (!fileChanged && collectArticleFiles(paths, nullptr) == watchedArticleFiles)
        return;
    Q_EMIT q->inputsChangedOnDisk();
    q->reload();
}

} // namespace Parallax
