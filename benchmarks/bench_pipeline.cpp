// SPDX-License-Identifier: GPL-3.0-or-later
//
// Speed and memory of the whole comparison pipeline: the five seed versions of one real news story
// (in-process, best and median after warm-up, split by stage), then a generated 1,000-sentence article
// with 10, 50 and 100 revisions, each size in its own child process so that its peak memory is its own.
// Prints figures; never fails on a slow result.
//
//   bench_pipeline [--seeds FOLDER] [--runs N] [--repeats R] [--seeds-only]
//                                                    everything (R child runs per size, best kept)
//   bench_pipeline --revisions N [--sentences S] [--profile]
//                                                    one synthetic size (what the child processes run)
//   bench_pipeline --scaling-only [--corpus DIR] [--sentences S] [--keep]
//                                                    revision series of real corpus text against the
//                                                    git word-diff loop, and the growth table
//                                                    (scalingbench.h; the default run ends with it;
//                                                    --keep leaves the files in /tmp)
//   bench_pipeline --compare-folder DIR [--stages | --profile [--focus F1,F2]]
//                                                    one folder as the scaling children compare it; with
//                                                    --stages the time of each stage
//   bench_pipeline --seeds-only --profile [--runs N] [--focus F1,F2]
//                                                    where the seeds' processor time goes (sampler.h),
//                                                    also within the functions named
//   bench_pipeline --dump OUT FOLDER...              the JSON report of each folder (and of a generated
//                                                    article with 10 revisions) into OUT, so that two
//                                                    builds can be checked to give the same results

#include "align/roles.h"
#include "align/sentencealigner.h"
#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "report/jsonreport.h"
#include "sampler.h"
#include "scalingbench.h"
#include "syntheticarticle.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Processor time of this process: on a machine shared with other jobs it varies less than wall time.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

double best(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::min_element(v.begin(), v.end());
}

// A field of /proc/self/status in kB (VmHWM: peak resident memory, VmRSS: current).
long statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    return -1;
}

void printRow(const char *what, const std::vector<double> &times, const char *note = "")
{
    std::printf("  %-34s best %8.3f ms   median %8.3f ms %s\n", what, best(times), median(times), note);
}

// The reports of several folders, for checking that a speed change keeps every result.
int dumpReports(const QString &out, const QStringList &folders)
{
    QDir().mkpath(out);
    auto write = [&](const QString &name, const Comparison &c) {
        QFile f(out + u'/' + name + u".json"_s);
        if (f.open(QIODevice::WriteOnly))
            f.write(JsonReport::toJson(c));
    };
    for (const QString &folder : folders)
        write(QFileInfo(folder).fileName(), compareFiles({ folder }));
    for (int revisions : { 10, 30 }) {
        const Bench::Vocabulary vocabulary(20240611);
        Bench::SyntheticArticle article(vocabulary, 7 + revisions, 300);
        QList<Version> versions;
        for (int r = 0; r <= revisions; ++r) {
            if (r > 0)
                article.revise();
            if (auto v = ArticleLoader::loadData(
                    article.render(), TextFormat::PlainText, u"revision %1"_s.arg(r), nullptr))
                versions.append(std::move(*v));
        }
        write(u"synthetic-%1"_s.arg(revisions), compareVersions(std::move(versions)));
    }
    return 0;
}

// compareFiles on the seeds again and again under the sampling profiler.
int profileSeeds(const QString &folder, int runs, const char *binary, const QStringList &focus)
{
    const QStringList files = collectArticleFiles({ folder }, nullptr);
    if (files.isEmpty()) {
        std::printf("Seeds: %s not found or empty, skipped\n", qPrintable(folder));
        return 0;
    }
    compareFiles(files); // caches warm, as in the timed runs
    Bench::Sampler::start();
    const double c0 = cpuMs();
    for (int run = 0; run < runs; ++run)
        compareFiles(files);
    const double spent = cpuMs() - c0;
    Bench::Sampler::stop();
    std::printf("Profile of %d runs of compareFiles on the seeds (%.2f ms each)\n", runs, spent / runs);
    Bench::Sampler::report(binary);
    for (const QString &f : focus) {
        std::printf("\nWithin %s:\n", qPrintable(f));
        Bench::Sampler::report(binary, 45, f.toUtf8());
    }
    return 0;
}

int benchSeeds(const QString &folder, int runs)
{
    QList<LoadError> errors;
    const QStringList files = collectArticleFiles({ folder }, &errors);
    if (files.isEmpty()) {
        std::printf("Seeds: %s not found or empty, skipped\n\n", qPrintable(folder));
        return 0;
    }
    std::printf("Seeds: %lld files in %s, %d runs after 5 warm-up runs\n", qlonglong(files.size()),
        qPrintable(folder), runs);

    std::vector<double> whole, wholeCpu, load, compare, profile, central, align;
    Comparison last;
    for (int run = -5; run < runs; ++run) {
        auto t0 = Clock::now();
        const double c0 = cpuMs();
        Comparison c = compareFiles(files);
        const double wholeMs = msSince(t0);
        const double wholeCpuMs = cpuMs() - c0;

        double t = cpuMs();
        QList<Version> versions;
        for (const QString &file : files) {
            if (auto v = ArticleLoader::loadFile(file, nullptr))
                versions.append(std::move(*v));
        }
        const double loadMs = cpuMs() - t;
        // As compareVersions does before it aligns.
        for (Version &v : versions)
            assignRoles(v);

        // Sentence alignment alone, to split compareVersions into alignment and the rest.
        t = cpuMs();
        SentenceAligner aligner;
        aligner.setVersions(versions);
        const double profileMs = cpuMs() - t;
        t = cpuMs();
        const int base = aligner.mostCentralVersion();
        const double centralMs = cpuMs() - t;
        t = cpuMs();
        const QList<AlignedRow> rows = aligner.align(base);
        const double alignMs = cpuMs() - t;

        t = cpuMs();
        Comparison c2 = compareVersions(versions);
        const double compareMs = cpuMs() - t;
        if (run >= 0) {
            whole.push_back(wholeMs);
            wholeCpu.push_back(wholeCpuMs);
            load.push_back(loadMs);
            profile.push_back(profileMs);
            central.push_back(centralMs);
            align.push_back(alignMs);
            compare.push_back(compareMs);
        }
        if (rows.size() != c2.rows.size())
            std::printf("  note: aligner alone gave %lld rows, compareVersions %lld\n",
                qlonglong(rows.size()), qlonglong(c2.rows.size()));
        last = std::move(c);
    }
    qsizetype sentences = 0, chars = 0;
    for (const Version &v : std::as_const(last.versions)) {
        sentences += v.sentences.size();
        chars += v.text.size();
    }
    std::printf(
        "  %lld versions, %lld sentences, %lld characters -> %lld rows, %lld changes, %lld quote groups\n",
        qlonglong(last.versions.size()), qlonglong(sentences), qlonglong(chars), qlonglong(last.rows.size()),
        qlonglong(last.changes.size()), qlonglong(last.quotes.size()));
    printRow("compareFiles (whole pipeline), wall", whole);
    printRow("compareFiles, processor time", wholeCpu,
        median(wholeCpu) < 10 ? "(target < 10 ms: met)" : "(target < 10 ms: NOT met)");
    std::printf("  stages in processor time:\n");
    printRow("  loading (ArticleLoader::loadFile)", load);
    printRow("  compareVersions", compare);
    printRow("    profiling sentences", profile);
    printRow("    choosing the base version", central);
    printRow("    aligning sentences", align);
    std::printf("\n");
    return 0;
}

struct RevisionResult
{
    int revisions = 0;
    int versions = 0;
    long long sentences = 0;
    long long bytes = 0;
    double loadMs = 0;
    double compareMs = 0;
    double cpuMs = 0; // processor time of loading and comparing
    double compareCpuMs = 0; // of comparing alone
    // Stages of compareVersions, measured on a separate SentenceAligner run.
    double profileMs = 0; // SentenceAligner::setVersions
    double centralMs = 0; // mostCentralVersion
    double alignMs = 0; // align
    long baselineKb = 0; // resident memory with the texts generated, before the pipeline
    long peakKb = 0;
    long long rows = 0;
    long long changes = 0;
};

// The child's part: generate, then load and compare once, and print one machine-readable line.
int runRevisions(int revisions, int sentences, const char *profileBinary = nullptr)
{
    QList<QByteArray> texts;
    {
        const Bench::Vocabulary vocabulary(20240611);
        Bench::SyntheticArticle article(vocabulary, 7 + revisions, sentences);
        texts.append(article.render());
        for (int r = 0; r < revisions; ++r) {
            article.revise();
            texts.append(article.render());
        }
    }
    RevisionResult res;
    res.revisions = revisions;
    res.baselineKb = statusKb("VmRSS");
    auto t0 = Clock::now();
    const double c0 = cpuMs();
    QList<Version> versions;
    for (int i = 0; i < texts.size(); ++i) {
        LoadError error;
        auto v = ArticleLoader::loadData(texts.at(i), TextFormat::PlainText, u"revision %1"_s.arg(i), &error);
        if (!v) {
            std::fprintf(stderr, "revision %d: %s\n", i, qPrintable(describeInEnglish(error)));
            return 1;
        }
        res.sentences += v->sentences.size();
        res.bytes += texts.at(i).size();
        versions.append(std::move(*v));
    }
    res.loadMs = msSince(t0);
    res.cpuMs = cpuMs() - c0;
    res.versions = int(versions.size());
    {
        double t = cpuMs();
        SentenceAligner aligner;
        aligner.setVersions(versions);
        res.profileMs = cpuMs() - t;
        t = cpuMs();
        const int base = aligner.mostCentralVersion();
        res.centralMs = cpuMs() - t;
        t = cpuMs();
        aligner.align(base);
        res.alignMs = cpuMs() - t;
    }
    t0 = Clock::now();
    const double c1 = cpuMs();
    if (profileBinary)
        Bench::Sampler::start(2000);
    const Comparison c = compareVersions(std::move(versions));
    if (profileBinary) {
        Bench::Sampler::stop();
        Bench::Sampler::report(profileBinary);
    }
    res.compareMs = msSince(t0);
    res.compareCpuMs = cpuMs() - c1;
    res.cpuMs += res.compareCpuMs;
    res.peakKb = statusKb("VmHWM");
    res.rows = c.rows.size();
    res.changes = c.changes.size();
    std::printf("RESULT %d %d %lld %lld %.3f %.3f %ld %ld %lld %lld %.3f %.3f %.3f %.3f %.3f\n",
        res.revisions, res.versions, res.sentences, res.bytes, res.loadMs, res.compareMs, res.baselineKb,
        res.peakKb, res.rows, res.changes, res.profileMs, res.centralMs, res.alignMs, res.cpuMs,
        res.compareCpuMs);
    return 0;
}

bool runChild(int revisions, int sentences, RevisionResult *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
        { u"--revisions"_s, QString::number(revisions), u"--sentences"_s, QString::number(sentences) });
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return false;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 16)
            return false;
        out->revisions = f[1].toInt();
        out->versions = f[2].toInt();
        out->sentences = f[3].toLongLong();
        out->bytes = f[4].toLongLong();
        out->loadMs = f[5].toDouble();
        out->compareMs = f[6].toDouble();
        out->baselineKb = f[7].toLong();
        out->peakKb = f[8].toLong();
        out->rows = f[9].toLongLong();
        out->changes = f[10].toLongLong();
        out->profileMs = f[11].toDouble();
        out->centralMs = f[12].toDouble();
        out->alignMs = f[13].toDouble();
        out->cpuMs = f[14].toDouble();
        out->compareCpuMs = f[15].toDouble();
        return true;
    }
    return false;
}

int benchRevisions(int sentences, int repeats)
{
    std::printf(
        "Synthetic article: %d sentences, N revisions each editing 2-5 %% of sentences; N+1 versions\n"
        "compared in a fresh child process per run (the run of least processor time of %d; memory is the\n"
        "child's peak resident size, base MB its size before loading). load, compare and wall are wall\n"
        "time; CPU is the processor time of loading and comparing.\n",
        sentences, repeats);
    std::printf("  %5s %8s %10s %8s %9s %10s %9s %9s %8s %8s %6s %7s\n", "N", "versions", "sentences",
        "MB text", "load ms", "compare ms", "wall ms", "CPU ms", "peak MB", "base MB", "rows", "changes");
    std::vector<RevisionResult> results;
    for (int revisions : { 10, 50, 100 }) {
        RevisionResult bestRun;
        bool any = false;
        for (int r = 0; r < repeats; ++r) {
            RevisionResult res;
            if (!runChild(revisions, sentences, &res)) {
                std::printf("  %5d  child process failed\n", revisions);
                continue;
            }
            if (!any || res.cpuMs < bestRun.cpuMs)
                bestRun = res;
            any = true;
        }
        if (!any)
            continue;
        const RevisionResult &res = bestRun;
        std::printf("  %5d %8d %10lld %8.1f %9.1f %10.1f %9.1f %9.1f %8.1f %8.1f %6lld %7lld\n",
            res.revisions, res.versions, res.sentences, res.bytes / 1048576.0, res.loadMs, res.compareMs,
            res.loadMs + res.compareMs, res.cpuMs, res.peakKb / 1024.0, res.baselineKb / 1024.0, res.rows,
            res.changes);
        results.push_back(res);
    }
    std::printf("  stages of compareVersions in processor time (a separate SentenceAligner run): profiling /"
                " choosing the base / aligning\n");
    for (const RevisionResult &res : results)
        std::printf("  %5d %10.1f ms %10.1f ms %10.1f ms   (rest of compareVersions: about %.1f ms)\n",
            res.revisions, res.profileMs, res.centralMs, res.alignMs,
            std::max(0.0, res.compareCpuMs - res.profileMs - res.centralMs - res.alignMs));
    for (const RevisionResult &res : results) {
        if (res.revisions == 50) {
            std::printf("  N = 50: %.0f ms processor time, %.0f ms wall (target < 2000 ms: %s), peak %.0f MB "
                        "(target < 300 MB: %s)\n",
                res.cpuMs, res.loadMs + res.compareMs, res.cpuMs < 2000 ? "met" : "NOT met",
                res.peakKb / 1024.0, res.peakKb < 300 * 1024 ? "met" : "NOT met");
        }
    }
    if (results.size() == 3) {
        auto total = [](const RevisionResult &r) { return r.cpuMs; };
        const double t10 = total(results[0]), t50 = total(results[1]), t100 = total(results[2]);
        std::printf("  growth of processor time: 10 -> 50 revisions (x%.1f versions): x%.2f; 50 -> 100 "
                    "(x%.1f): x%.2f;"
                    " per version %.1f / %.1f / %.1f ms\n",
            double(results[1].versions) / results[0].versions, t50 / t10,
            double(results[2].versions) / results[1].versions, t100 / t50, t10 / results[0].versions,
            t50 / results[1].versions, t100 / results[2].versions);
    }
    std::printf("\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int sentences = option(u"--sentences"_s, u"1000"_s).toInt();
    if (args.contains(u"--dump"_s)) {
        const qsizetype i = args.indexOf(u"--dump"_s);
        return dumpReports(args.value(i + 1), args.mid(i + 2));
    }
    if (args.contains(u"--compare-folder"_s)) {
        if (args.contains(u"--stages"_s))
            return Bench::compareFolderStages(option(u"--compare-folder"_s, QString()));
        if (!args.contains(u"--profile"_s))
            return Bench::compareFolder(option(u"--compare-folder"_s, QString()));
        Bench::Sampler::start(2000);
        const Comparison c = compareFiles({ option(u"--compare-folder"_s, QString()) });
        Bench::Sampler::stop();
        Bench::Sampler::report(argv[0]);
        for (const QString &f : option(u"--focus"_s, QString()).split(u',', Qt::SkipEmptyParts))
            Bench::Sampler::report(argv[0], 40, f.toUtf8());
        return 0;
    }
    if (args.contains(u"--revisions"_s))
        return runRevisions(option(u"--revisions"_s, u"10"_s).toInt(), sentences,
            args.contains(u"--profile"_s) ? argv[0] : nullptr);

    std::printf("bench_pipeline  %s  %s, %u hardware threads\n\n",
        qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)),
        qPrintable(QSysInfo::prettyProductName()), std::thread::hardware_concurrency());
    const QString seeds = option(u"--seeds"_s, QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s);
    if (args.contains(u"--profile"_s))
        return profileSeeds(seeds, option(u"--runs"_s, u"300"_s).toInt(), argv[0],
            option(u"--focus"_s, QString()).split(u',', Qt::SkipEmptyParts));
    const QString corpus = option(u"--corpus"_s, QStringLiteral(PARALLAX_CORPUS_DIR));
    if (args.contains(u"--scaling-only"_s))
        return Bench::benchScaling(corpus, sentences, args.contains(u"--keep"_s));
    benchSeeds(seeds, option(u"--runs"_s, u"50"_s).toInt());
    if (args.contains(u"--seeds-only"_s))
        return 0;
    benchRevisions(sentences, option(u"--repeats"_s, u"3"_s).toInt());
    return Bench::benchScaling(corpus, sentences, args.contains(u"--keep"_s));
}
