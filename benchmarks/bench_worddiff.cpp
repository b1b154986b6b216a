// SPDX-License-Identifier: GPL-3.0-or-later
//
// Parallax's word diff (WordDiff, Myers) against dtl (Debian's libdtl-dev, Wu-Manber-Myers O(NP)) on the
// same token-id sequences, side by side in one run: the sentence pairs Parallax aligns in the five seed
// versions, and synthetic pairs from light edits to unrelated sentences. Checks on every pair that
// WordDiff's hunks are a valid edit script and have dtl's length (the edit distance), then prints times
// (processor time, samples of the two taken in turn so that both see the same machine load) and the ratio.
// Prints figures; exits non-zero only when the check fails.
//
//   bench_worddiff [--seeds FOLDER]
//   bench_worddiff --profile [--seeds FOLDER]   WordDiff alone on every set, 20 times, for callgrind:
//       valgrind --tool=callgrind --toggle-collect='Parallax::WordDiff::diff*' bench_worddiff --profile

#include "compare/comparator.h"
#include "syntheticarticle.h"
#include "testpaths.h"
#include "text/worddiff.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

using Clock = std::chrono::steady_clock;

struct PairSet
{
    const char *name;
    QList<QList<int>> a, b; // what WordDiff takes
    std::vector<std::vector<int>> va, vb; // the same ids for dtl

    void add(const QList<int> &x, const QList<int> &y)
    {
        a.append(x);
        b.append(y);
        va.emplace_back(x.begin(), x.end());
        vb.emplace_back(y.begin(), y.end());
    }
    qsizetype size() const { return a.size(); }
};

// Hunks in order, not overlapping, covering every difference: the equal stretches between them match.
bool isValidScript(
    const QList<int> &a, const QList<int> &b, const QList<DiffHunk> &hunks, long long *distance)
{
    int ai = 0, bi = 0;
    *distance = 0;
    auto equalRun = [&](int aEnd, int bEnd) {
        if (aEnd - ai != bEnd - bi || aEnd < ai)
            return false;
        for (; ai < aEnd; ++ai, ++bi)
            if (a[ai] != b[bi])
                return false;
        return true;
    };
    for (const DiffHunk &h : hunks) {
        if (h.aBegin > h.aEnd || h.bBegin > h.bEnd || (h.aBegin == h.aEnd && h.bBegin == h.bEnd))
            return false;
        if (!equalRun(h.aBegin, h.bBegin))
            return false;
        *distance += (h.aEnd - h.aBegin) + (h.bEnd - h.bBegin);
        ai = h.aEnd;
        bi = h.bEnd;
    }
    return equalRun(int(a.size()), int(b.size()));
}

// Sentence pairs as Parallax aligns them in the seeds: every two versions sharing a row, where they differ.
void addSeedPairs(const QString &folder, TokenInterner &interner, PairSet &set)
{
    const Comparison c = compareFiles({ folder });
    for (const AlignedRow &row : std::as_const(c.rows)) {
        for (int i = 0; i < c.versions.size(); ++i) {
            if (row.cells.at(i) < 0)
                continue;
            for (int j = i + 1; j < c.versions.size(); ++j) {
                if (row.cells.at(j) < 0)
                    continue;
                auto cell = [&](int v) {
                    const Version &ver = c.versions.at(v);
                    const qsizetype start = ver.sentences.at(row.cells.at(v)).start;
                    const qsizetype end = ver.sentences.at(row.cells.at(v) + row.spans.at(v) - 1).end;
                    return QStringView(ver.text).mid(start, end - start);
                };
                const QStringView x = cell(i), y = cell(j);
                if (x != y)
                    set.add(interner.tokenize(x).keys, interner.tokenize(y).keys);
            }
        }
    }
}

QString text(const Bench::SyntheticArticle::Sentence &s)
{
    return QString::fromStdString(Bench::SyntheticArticle::renderSentence(s));
}

// Processor time of this thread: on a machine shared with other jobs it varies far less than wall time.
double threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

// Times several ways of diffing the same pairs side by side: samples of each are interleaved so that
// they all see the same load on the machine. Returns the median ns per pair of each.
std::vector<double> timeSideBySide(qsizetype pairs, const std::vector<std::function<void()>> &runs)
{
    std::vector<int> reps;
    for (const auto &run : runs) {
        // Enough repetitions for about 20 ms per sample.
        int r = 1;
        for (;;) {
            const double t0 = threadCpuNs();
            for (int i = 0; i < r; ++i)
                run();
            if (threadCpuNs() - t0 > 20e6 || r > (1 << 20))
                break;
            r *= 2;
        }
        reps.push_back(r);
    }
    std::vector<std::vector<double>> samples(runs.size());
    for (int round = 0; round < 9; ++round) {
        for (size_t k = 0; k < runs.size(); ++k) {
            const double t0 = threadCpuNs();
            for (int i = 0; i < reps[k]; ++i)
                runs[k]();
            samples[k].push_back((threadCpuNs() - t0) / reps[k] / double(pairs));
        }
    }
    std::vector<double> medians;
    for (auto &v : samples) {
        std::sort(v.begin(), v.end());
        medians.push_back(v[v.size() / 2]);
    }
    return medians;
}

volatile long long sink = 0;

bool benchSet(const PairSet &set, double *ratio)
{
    if (set.size() == 0) {
        std::printf("  %-28s no pairs\n", set.name);
        return true;
    }
    // The check: valid scripts of dtl's length on every pair.
    qsizetype mismatches = 0, invalid = 0;
    long long tokens = 0, distanceSum = 0;
    for (qsizetype i = 0; i < set.size(); ++i) {
        long long distance = 0;
        if (!isValidScript(set.a[i], set.b[i], WordDiff::diff(set.a[i], set.b[i]), &distance))
            ++invalid;
        dtl::Diff<int, std::vector<int>> d(set.va[size_t(i)], set.vb[size_t(i)]);
        d.compose();
        if (d.getEditDistance() != distance) {
            if (mismatches < 3)
                std::printf("    pair %lld: WordDiff distance %lld, dtl %lld\n", qlonglong(i), distance,
                    d.getEditDistance());
            ++mismatches;
        }
        tokens += set.a[i].size() + set.b[i].size();
        distanceSum += distance;
    }

    const std::vector<double> t = timeSideBySide(set.size(),
        { [&] {
             long long n = 0;
             for (qsizetype i = 0; i < set.size(); ++i)
                 n += WordDiff::diff(set.a[i], set.b[i]).size();
             sink = sink + n;
         },
            [&] {
                long long n = 0;
                for (size_t i = 0; i < set.va.size(); ++i) {
                    dtl::Diff<int, std::vector<int>> d(set.va[i], set.vb[i]);
                    d.compose();
                    n += d.getEditDistance();
                }
                sink = sink + n;
            },
            [&] {
                long long n = 0;
                for (size_t i = 0; i < set.va.size(); ++i) {
                    dtl::Diff<int, std::vector<int>> d(set.va[i], set.vb[i]);
                    d.onOnlyEditDistance();
                    d.compose();
                    n += d.getEditDistance();
                }
                sink = sink + n;
            } });
    std::printf("  %-28s %6lld %7.1f %6.1f %11.0f %11.0f %7.2f %13.0f %7.2f   %s\n", set.name,
        qlonglong(set.size()), double(tokens) / double(2 * set.size()),
        double(distanceSum) / double(set.size()), t[0], t[1], t[1] / t[0], t[2], t[2] / t[0],
        mismatches == 0 && invalid == 0 ? "ok" : "FAILED");
    if (invalid)
        std::printf("    %lld invalid WordDiff scripts\n", qlonglong(invalid));
    if (mismatches)
        std::printf(
            "    %lld pairs where WordDiff and dtl disagree on the edit distance\n", qlonglong(mismatches));
    *ratio = t[1] / t[0];
    return mismatches == 0 && invalid == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype seedsArg = args.indexOf(u"--seeds"_s);
    const QString seeds = seedsArg >= 0 && seedsArg + 1 < args.size()
        ? args.at(seedsArg + 1)
        : QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s;

    std::printf("bench_worddiff  %s  %s\n\n", qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)),
        qPrintable(QSysInfo::prettyProductName()));

    TokenInterner interner;
    std::vector<PairSet> sets;
    sets.push_back({ "seeds: aligned pairs", {}, {}, {}, {} });
    addSeedPairs(seeds, interner, sets.back());
    if (sets.back().size() == 0)
        std::printf("Seeds: %s not found or without differing aligned pairs\n", qPrintable(seeds));

    const Bench::Vocabulary vocabulary(99);
    Bench::SyntheticArticle article(vocabulary, 5, 2000);
    PairSet light { "synthetic: 1-2 edits", {}, {}, {}, {} };
    PairSet heavy { "synthetic: 5-10 edits", {}, {}, {}, {} };
    PairSet unrelated { "synthetic: unrelated", {}, {}, {}, {} };
    PairSet paragraphs { "synthetic: 8-sentence paras", {}, {}, {}, {} };
    Bench::Random rng(17);
    for (int i = 0; i < 1000; ++i) {
        const auto &s = article.sentence(i);
        const QString original = text(s);
        light.add(interner.tokenize(original).keys,
            interner.tokenize(text(article.edited(s, rng.between(1, 2)))).keys);
        heavy.add(interner.tokenize(original).keys,
            interner.tokenize(text(article.edited(s, rng.between(5, 10)))).keys);
        if (i < 300)
            unrelated.add(
                interner.tokenize(original).keys, interner.tokenize(text(article.sentence(1999 - i))).keys);
    }
    for (int p = 0; p < 100; ++p) {
        QString before, after;
        for (int k = 0; k < 8; ++k) {
            const auto &s = article.sentence(1000 + p * 8 + k);
            before += text(s) + u' ';
            after += text(k % 3 == 0 ? article.edited(s, rng.between(1, 3)) : s) + u' ';
        }
        paragraphs.add(interner.tokenize(before).keys, interner.tokenize(after).keys);
    }
    sets.push_back(std::move(light));
    sets.push_back(std::move(heavy));
    sets.push_back(std::move(unrelated));
    sets.push_back(std::move(paragraphs));

    if (args.contains(u"--profile"_s)) {
        long long hunks = 0;
        for (int r = 0; r < 20; ++r)
            for (const PairSet &set : sets)
                for (qsizetype i = 0; i < set.size(); ++i)
                    hunks += WordDiff::diff(set.a[i], set.b[i]).size();
        std::printf("%lld hunks\n", hunks);
        return 0;
    }

    std::printf("Times are processor time per pair, the median of 9 samples taken in turn.\n"
                "dtl full: Diff::compose() with its edit script (WordDiff builds hunks); dtl distance: "
                "onOnlyEditDistance().\n"
                "ratio: dtl / WordDiff, above 1 where WordDiff is faster.\n\n");
    std::printf("  %-28s %6s %7s %6s %11s %11s %7s %13s %7s   %s\n", "pairs", "count", "tokens", "edits",
        "WordDiff ns", "dtl full ns", "ratio", "dtl dist. ns", "ratio", "same distance");
    bool ok = true;
    std::vector<double> ratios;
    for (const PairSet &set : sets) {
        double ratio = 0;
        ok = benchSet(set, &ratio) && ok;
        ratios.push_back(ratio);
    }
    if (sets.front().size() > 0) {
        const double r = ratios.front();
        std::printf("\nOn the aligned seed pairs WordDiff is %s dtl: %.0f %% %s.\n",
            r >= 1 ? "at least as fast as" : "slower than", r >= 1 ? (r - 1) * 100 : (1 / r - 1) * 100,
            r >= 1 ? "faster" : "more time");
    }
    std::printf("\nEdit-script check (valid WordDiff hunks, same length as dtl's) on every pair: %s\n",
        ok ? "passed" : "FAILED");
    return ok ? 0 : 1;
}
