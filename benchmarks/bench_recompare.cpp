// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing again after one file changed (compare/recompare.h, issue 15): the whole pipeline against the
// pipeline that keeps the unchanged versions' changes, on the same files, both with every file already
// loaded (as the window keeps them: app/loadedfiles.h), so that only the comparison is timed. The edited
// file gets one sentence added at its end; the two JSON reports are compared byte for byte.
//
//   bench_recompare FOLDER [VERSION...]     default: the middle version and the last one (not the base)
//
// e.g. the scaling bench's 101 long revisions (bench_pipeline --scaling-only --keep leaves them in /tmp).

#include "compare/recompare.h"
#include "load/articleloader.h"
#include "report/jsonreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstdio>
#include <ctime>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timed
{
    Comparison comparison;
    double wallMs = 0;
    double cpuMs = 0;
};

Timed timed(const std::function<Comparison()> &run)
{
    QElapsedTimer wall;
    wall.start();
    const double cpu = processCpuMs();
    Timed t;
    t.comparison = run();
    t.cpuMs = processCpuMs() - cpu;
    t.wallMs = double(wall.nsecsElapsed()) / 1e6;
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_recompare FOLDER [VERSION...]\n");
        return 1;
    }
    const QStringList paths = collectArticleFiles({ args.first() }, nullptr);
    QHash<QString, Version> loaded;
    for (const QString &path : paths) {
        LoadError error;
        if (const std::optional<Version> v = ArticleLoader::loadFile(path, &error))
            loaded.insert(path, *v);
    }
    std::printf("bench_recompare: %s, %lld files; times are the comparison's alone (files loaded before)\n",
        qPrintable(args.first()), qlonglong(paths.size()));
    const Timed first = timed([&] {
        return compareFiles(paths, {}, {},
            [&](const QString &file, LoadError *) { return std::optional<Version>(loaded.value(file)); });
    });
    std::printf("  first comparison: %.0f ms wall, %.0f ms CPU, base %d, %lld changes\n", first.wallMs,
        first.cpuMs, first.comparison.base, qlonglong(first.comparison.changes.size()));
    QList<int> edited;
    for (qsizetype i = 1; i < args.size(); ++i)
        edited.append(args.at(i).toInt());
    if (edited.isEmpty())
        edited = { int(paths.size()) / 2, int(paths.size()) - 1 };
    for (int v : std::as_const(edited)) {
        if (v == first.comparison.base)
            v = v > 0 ? v - 1 : v + 1;
        if (v < 0 || v >= paths.size())
            continue;
        // The edited version: a sentence added at its end, segmented as a file with it would be.
        QHash<QString, Version> now = loaded;
        const QString file = paths.at(v);
        QFile f(file);
        const QByteArray data = f.open(QIODevice::ReadOnly)
            ? f.readAll() + "\n\nA spokesperson declined to comment on the figures on Sunday.\n"
            : QByteArray();
        LoadError error;
        const std::optional<Version> again = ArticleLoader::loadData(
            data, ArticleLoader::formatForPath(file), QFileInfo(file).completeBaseName(), &error, file);
        if (!again) {
            std::printf("  version %d: cannot be read again\n", v);
            continue;
        }
        now.insert(file, *again);
        const FileLoader fromMemory
            = [&now](const QString &f, LoadError *) { return std::optional<Version>(now.value(f)); };
        const Timed full = timed([&] { return compareFiles(paths, {}, {}, fromMemory); });
        RecompareStats stats;
        const Timed kept
            = timed([&] { return recompareFiles(first.comparison, paths, {}, {}, fromMemory, &stats); });
        const bool same = JsonReport::toJson(full.comparison) == JsonReport::toJson(kept.comparison);
        std::printf(
            "  version %d (%s) edited:\n"
            "    full comparison          %7.0f ms wall %7.0f ms CPU\n"
            "    changes of %3d versions kept, %3d classified: %7.0f ms wall %7.0f ms CPU (CPU x%.2f)\n"
            "    reports %s\n",
            v, qPrintable(QFileInfo(file).fileName()), full.wallMs, full.cpuMs, stats.kept, stats.classified,
            kept.wallMs, kept.cpuMs, kept.cpuMs / full.cpuMs, same ? "byte-identical" : "DIFFER");
        if (!same)
            return 1;
    }
    return 0;
}
