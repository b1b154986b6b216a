// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The scaling part of bench_pipeline (issue 15): revision series of real text (corpusseries.h) written
// to a temporary folder, each compared by a child process (`--compare-folder`, as `parallax compare
// --json` does: load, compare, write the JSON report) and by the peer, `git diff --no-index
// --word-diff=porcelain` of the first file against each other file, one process per file as a script
// would run it, on the same files in the same run. Both are timed from this process, wall clock and the
// children's processor time (getrusage); the ratio is the peer's wall time over Parallax's.

#include "align/roles.h"
#include "align/sentencealigner.h"
#include "compare/comparator.h"
#include "compare/pipelinestages_p.h"
#include "corpusseries.h"
#include "load/articleloader.h"
#include "quotes/quotecomparer.h"
#include "report/jsonreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <ctime>
#include <optional>
#include <sys/resource.h>

namespace Parallax::Bench {

using namespace Qt::StringLiterals;

// Processor time of the children waited for so far, in ms.
inline double childrenCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
        + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

// The child's part: compare a folder and write its JSON report, then print one line.
// Peak resident memory of this process so far, in kB.
inline long peakResidentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// The child's part: compare a folder and write its JSON report, then print one line.
inline int compareFolder(const QString &folder)
{
    const Comparison c = compareFiles({ folder });
    const long comparedKb = peakResidentKb();
    // Written as `parallax compare --json` writes it: as it is made.
    QFile out(QDir::temp().filePath(u"parallax-bench-report.json"_s));
    if (out.open(QIODevice::WriteOnly))
        JsonReport::write(c, {}, out);
    out.remove();
    std::printf("SCALE %lld %lld %ld %lld %ld\n", qlonglong(c.versions.size()), qlonglong(c.rows.size()),
        peakResidentKb(), qlonglong(c.changes.size()), comparedKb);
    return 0;
}

// The child's part with --stages: the pipeline's stages one after the other as compareVersions runs
// them (compareFiles' load included), each with its wall and processor time (ms), then the report.
inline int compareFolderStages(const QString &folder)
{
    const auto cpuNow = [] {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
    };
    QElapsedTimer wall;
    double cpu0 = cpuNow();
    wall.start();
    const auto stage = [&](const char *name) {
        const double cpu = cpuNow();
        std::printf(
            "  %-28s %8.0f ms wall %8.0f ms CPU\n", name, double(wall.nsecsElapsed()) / 1e6, cpu - cpu0);
        std::fflush(stdout);
        wall.restart();
        cpu0 = cpu;
    };
    Comparison c;
    // Loaded on all threads, as compareFiles loads them.
    const QStringList files = collectArticleFiles({ folder }, nullptr);
    const QList<std::optional<Version>> loaded = QtConcurrent::blockingMapped(
        Internal::innerPool(), files, [](const QString &f) { return ArticleLoader::loadFile(f, nullptr); });
    for (const std::optional<Version> &v : loaded)
        if (v)
            c.versions.append(*v);
    for (Version &v : c.versions)
        assignRoles(v);
    stage("load");
    SentenceAligner aligner;
    aligner.setVersions(c.versions);
    stage("profiles (setVersions)");
    c.base = aligner.mostCentralVersion();
    stage("base (mostCentralVersion)");
    c.rows = aligner.align(c.base);
    stage("align");
    c.changes = Internal::classifyChanges(c);
    stage("changes");
    c.quotes = QuoteComparer::compare(c, Internal::innerPool());
    stage("quotes");
    Internal::measureSimilarity(c, aligner);
    stage("similarity");
    QFile out(QDir::temp().filePath(u"parallax-bench-stages.json"_s));
    if (out.open(QIODevice::WriteOnly))
        JsonReport::write(c, {}, out);
    out.remove();
    stage("JSON report");
    return 0;
}

struct ScaleRun
{
    bool ok = false;
    int versions = 0;
    qint64 rows = 0, changes = 0;
    double wallMs = 0, cpuMs = 0;
    long peakKb = 0;
    long comparedKb = 0; // peak before the report was written
    double peerWallMs = 0, peerCpuMs = 0;
    qint64 peerBytes = 0; // of word-diff output read
    qint64 textBytes = 0;
};

inline ScaleRun measureFolder(const QString &folder, bool withPeer)
{
    ScaleRun run;
    const QStringList files = QDir(folder).entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    for (const QString &f : files)
        run.textBytes += QFileInfo(QDir(folder).filePath(f)).size();
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const double c0 = childrenCpuMs();
        QElapsedTimer t;
        t.start();
        p.start(QCoreApplication::applicationFilePath(), { u"--compare-folder"_s, folder });
        if (!p.waitForFinished(-1) || p.exitCode() != 0)
            return run;
        run.wallMs = double(t.nsecsElapsed()) / 1e6;
        run.cpuMs = childrenCpuMs() - c0;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() >= 5 && f[0] == "SCALE") {
                run.versions = f[1].toInt();
                run.rows = f[2].toLongLong();
                run.peakKb = f[3].toLong();
                run.changes = f[4].toLongLong();
                run.comparedKb = f.value(5).toLong();
                run.ok = true;
            }
        }
    }
    if (!withPeer || files.size() < 2)
        return run;
    const double c0 = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    const QString first = QDir(folder).filePath(files.first());
    for (qsizetype i = 1; i < files.size(); ++i) {
        QProcess git;
        // Run in the series' folder, outside any repository: started in a git worktree whose main
        // repository the build root cannot see, git stops with "not a git repository" before diffing,
        // and the loop measured nothing.
        git.setWorkingDirectory(folder);
        git.start(u"git"_s,
            { u"diff"_s, u"--no-index"_s, u"--word-diff=porcelain"_s, first,
                QDir(folder).filePath(files.at(i)) });
        git.waitForFinished(-1);
        run.peerBytes += git.readAllStandardOutput().size();
        // 0: the same, 1: different; anything else is a failed diff, and no peer figure.
        if (git.exitStatus() != QProcess::NormalExit || git.exitCode() > 1) {
            std::printf("  peer failed on %s: %s\n", qPrintable(files.at(i)),
                git.readAllStandardError().trimmed().constData());
            return run;
        }
    }
    run.peerWallMs = double(t.nsecsElapsed()) / 1e6;
    run.peerCpuMs = childrenCpuMs() - c0;
    return run;
}

inline int benchScaling(const QString &corpus, int sentences, bool keep)
{
    const CorpusSeries series(corpus);
    if (series.isEmpty()) {
        std::printf("Scaling: no corpus text in %s, skipped\n", qPrintable(corpus));
        return 0;
    }
    QProcess probe;
    probe.start(u"git"_s, { u"--version"_s });
    const bool haveGit = probe.waitForFinished() && probe.exitCode() == 0;
    QTemporaryDir tmp(QDir::temp().filePath(u"parallax-scaling-XXXXXX"_s));
    if (!tmp.isValid())
        return 1;
    tmp.setAutoRemove(!keep);
    const QList<QStringList> longArticle = series.article(sentences);
    const QList<QStringList> shortStory = series.article(40);
    int longSentences = 0, shortSentences = 0;
    for (const QStringList &p : longArticle)
        longSentences += int(p.size());
    for (const QStringList &p : shortStory)
        shortSentences += int(p.size());
    std::printf(
        "Scaling on real text (%s, generated into %s at run time): an article of %d sentences put\n"
        "together from the corpus's articles, and a story of %d sentences, each revised again and\n"
        "again (3 %% of the sentences a revision: words changed, dropped or swapped, sentences added\n"
        "from other outlets' copies or cut, paragraphs moved, numbers updated). Parallax: a child\n"
        "process loads, compares and writes the JSON report. Peer: git diff --no-index\n"
        "--word-diff=porcelain of the first file against each other, one process each. Wall and\n"
        "CPU (the children's processor time) measured here; ratio = peer wall / Parallax wall.\n",
        qPrintable(corpus), qPrintable(tmp.path()), longSentences, shortSentences);
    if (!haveGit)
        std::printf("  git not found: the peer column is left empty\n");
    std::printf("  %-22s %8s %7s %9s %9s %8s %7s %8s %10s %10s %7s\n", "series", "versions", "MB", "wall ms",
        "CPU ms", "peak MB", "rows", "changes", "peer wall", "peer CPU", "ratio");
    auto print = [&](const char *name, const ScaleRun &r) {
        if (!r.ok) {
            std::printf("  %-22s  child process failed\n", name);
            return;
        }
        std::printf("  %-22s %8d %7.1f %9.0f %9.0f %8.1f %7lld %8lld", name, r.versions,
            r.textBytes / 1048576.0, r.wallMs, r.cpuMs, r.peakKb / 1024.0, qlonglong(r.rows),
            qlonglong(r.changes));
        if (r.peerWallMs > 0)
            std::printf(" %10.0f %10.0f %7.2f\n", r.peerWallMs, r.peerCpuMs, r.peerWallMs / r.wallMs);
        else
            std::printf("\n");
    };
    std::vector<ScaleRun> growth;
    for (int versions : { 11, 26, 51, 101 }) {
        const QString folder = tmp.filePath(u"long-%1"_s.arg(versions));
        if (!series.writeSeries(longArticle, versions, 3, 20261201, folder))
            return 1;
        growth.push_back(measureFolder(folder, haveGit && versions == 101));
        print(qPrintable(u"long article, %1"_s.arg(versions)), growth.back());
        if (!keep)
            QDir(folder).removeRecursively();
    }
    {
        const QString folder = tmp.filePath(u"short-301"_s);
        if (!series.writeSeries(shortStory, 301, 3, 20261202, folder))
            return 1;
        print("short story, 301", measureFolder(folder, haveGit));
        if (!keep)
            QDir(folder).removeRecursively();
    }
    std::printf("  growth of the long article (doubling the versions: at most x2.2 allowed):\n");
    for (size_t k = 1; k < growth.size(); ++k) {
        const ScaleRun &a = growth[k - 1], &b = growth[k];
        if (!a.ok || !b.ok)
            continue;
        std::printf("    %3d -> %3d versions (x%.2f): wall x%.2f, CPU x%.2f, peak memory x%.2f\n", a.versions,
            b.versions, double(b.versions) / a.versions, b.wallMs / a.wallMs, b.cpuMs / a.cpuMs,
            double(b.peakKb) / a.peakKb);
    }
    if (growth.size() == 4 && growth[3].ok)
        std::printf("  101 long revisions: peak %.0f MB (target < 300 MB: %s)\n", growth[3].peakKb / 1024.0,
            growth[3].peakKb < 300 * 1024 ? "met" : "NOT met");
    std::printf("\n");
    return 0;
}

} // namespace Parallax::Bench
