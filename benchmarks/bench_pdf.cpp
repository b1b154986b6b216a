// SPDX-License-Identifier: GPL-3.0-or-later
//
// Time and size of the annotated PDF export: the five seed versions of one real news story (the target
// is under 2 s), with and without cosmetic notes and boilerplate, then a generated 300-sentence article
// with 4, 8 and 12 versions. The comparison is made once per case and left out of the timing; each
// export runs several times and the best and median wall and processor times are printed with the file's
// size and its page count. Prints figures; never fails on a slow result.
//
//   bench_pdf [--seeds FOLDER] [--runs N]
//   bench_pdf --growth [--runs N]           the export's time per quotation and per moved sentence at
//                                           doubling sizes, with the ratio of each time per item to the
//                                           smallest size's (1.0: linear; a table that grows faster than
//                                           its rows shows at once)
//   bench_pdf --folder FOLDER [--folder FOLDER...] [--runs N] [--output FILE]
//                                           only these folders' comparisons (FILE: the last export)
//   bench_pdf --seeds FOLDER --profile [--focus F1,F2]
//                                           where the export of the folder's comparison spends its processor
//                                           time (sampler.h), also within the functions named

#include "compare/comparator.h"
#include "load/articleloader.h"
#include "report/pdfexporter.h"
#include "sampler.h"
#include "syntheticarticle.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

using Clock = std::chrono::steady_clock;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

// Pages of a PDF written by QPdfWriter: its page objects are plain text in the file.
int pageCount(const QString &file)
{
    QFile pdf(file);
    if (!pdf.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = pdf.readAll();
    return int(bytes.count("/Type /Page\n")) + int(bytes.count("/Type /Page\r\n"))
        + int(bytes.count("/Type /Page ")) + int(bytes.count("/Type /Page/"));
}

void measure(const char *label, const Comparison &comparison, const PdfExporter::Options &options, int runs,
    const QString &file)
{
    std::vector<double> times;
    std::vector<double> cpu; // processor time: on a shared machine, wall time measures the others too
    for (int run = 0; run < runs; ++run) {
        QString error;
        const auto start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        const bool ok = PdfExporter::exportToFile(comparison, file, options, &error);
        cpu.push_back(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!ok) {
            std::printf("%-44s failed: %s\n", label, qPrintable(error));
            return;
        }
    }
    std::printf("%-44s %3d rows %4lld changes  best %7.1f ms  median %7.1f ms  cpu best %7.1f median %7.1f ms"
                "  %7.1f KiB  %3d pages\n",
        label, int(comparison.rows.size()), qsizetype(comparison.changes.size()),
        *std::min_element(times.begin(), times.end()), median(times),
        *std::min_element(cpu.begin(), cpu.end()), median(cpu), double(QFileInfo(file).size()) / 1024.0,
        pageCount(file));
}

Comparison synthetic(int versions, int sentences)
{
    const Bench::Vocabulary vocabulary(20240611);
    Bench::SyntheticArticle article(vocabulary, 11 + versions, sentences);
    QList<Version> loaded;
    for (int i = 0; i < versions; ++i) {
        if (i > 0)
            article.revise();
        auto v = ArticleLoader::loadData(
            article.render(), TextFormat::PlainText, u"revision %1"_s.arg(i), nullptr);
        if (v)
            loaded.append(std::move(*v));
    }
    return compareVersions(loaded);
}

// Two versions of `count` quotations, one word of each changed in the second version (which also
// attributes them the other way round): every quotation group is altered.
Comparison quotations(int count)
{
    const Bench::Vocabulary vocabulary(20261202);
    Bench::Random rng { std::uint64_t(count) };
    QString a;
    QString b;
    for (int i = 0; i < count; ++i) {
        QStringList words;
        for (int w = 0; w < 9; ++w)
            words.append(QString::fromStdString(vocabulary.contentWord(rng)));
        const QString quote = words.join(u' ');
        words[rng.below(9)] = QString::fromStdString(vocabulary.contentWord(rng));
        a += u"\"%1,\" said Edda Varnholt.\n"_s.arg(quote);
        b += u"\u201c%1,\u201d Varnholt said.\n"_s.arg(words.join(u' '));
    }
    QList<Version> loaded;
    for (const auto &[text, name] : { std::pair { a, u"first"_s }, std::pair { b, u"second"_s } }) {
        if (auto v = ArticleLoader::loadData(text.toUtf8(), TextFormat::PlainText, name, nullptr))
            loaded.append(std::move(*v));
    }
    return compareVersions(loaded);
}

// Two versions of `count` sentences, the second the first shuffled: every sentence moved.
Comparison shuffledSentences(int count)
{
    const Bench::Vocabulary vocabulary(20261203);
    Bench::Random rng { std::uint64_t(count) };
    QStringList sentences;
    for (int i = 0; i < count; ++i) {
        QStringList words;
        for (int w = 0; w < 9; ++w)
            words.append(QString::fromStdString(vocabulary.contentWord(rng)));
        words[0][0] = words[0][0].toUpper();
        sentences.append(words.join(u' ') + u'.');
    }
    QStringList shuffled = sentences;
    for (qsizetype i = shuffled.size() - 1; i > 0; --i)
        shuffled.swapItemsAt(i, rng.below(int(i + 1)));
    QList<Version> loaded;
    for (const auto &[list, name] :
        { std::pair { sentences, u"first"_s }, std::pair { shuffled, u"second"_s } }) {
        if (auto v
            = ArticleLoader::loadData(list.join(u"\n\n"_s).toUtf8(), TextFormat::PlainText, name, nullptr))
            loaded.append(std::move(*v));
    }
    return compareVersions(loaded);
}

// Best processor time of `runs` exports, in ms: on a machine shared with other work, wall time measures
// the others as much as the export.
double bestExport(const Comparison &comparison, int runs, const QString &file)
{
    double best = 0;
    for (int run = 0; run < runs; ++run) {
        QString error;
        const std::clock_t start = std::clock();
        if (!PdfExporter::exportToFile(comparison, file, {}, &error))
            std::printf("export failed: %s\n", qPrintable(error));
        const double ms = 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
        best = run == 0 ? ms : std::min(best, ms);
    }
    return best;
}

void growth(const char *what, Comparison (*make)(int), const QList<int> &sizes, int runs, const QString &file)
{
    std::printf("%s\n%8s %8s %10s %12s %8s %6s\n", what, "items", "rows", "best cpu ms", "ms per item",
        "ratio", "pages");
    double first = 0;
    for (const int n : sizes) {
        const Comparison comparison = make(n);
        const double ms = bestExport(comparison, runs, file);
        const double perItem = ms / n;
        if (first == 0)
            first = perItem;
        std::printf("%8d %8lld %12.1f %12.3f %8.2f %6d\n", n, qsizetype(comparison.rows.size()), ms, perItem,
            perItem / first, pageCount(file));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a QGuiApplication; a display does not.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString seeds = QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s;
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--seeds"_s)
            seeds = args.at(i + 1);
        else if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(i + 1).toInt());
    }
    QTemporaryDir dir;
    QString file = dir.filePath(u"bench.pdf"_s);
    if (const qsizetype at = args.indexOf(u"--output"_s); at > 0 && at + 1 < args.size())
        file = args.at(at + 1); // to look at the last export written
    if (args.contains(u"--growth"_s)) {
        const int growthRuns = args.contains(u"--runs"_s) ? runs : 2;
        growth("PDF export, changed quotations (2 versions; the comparison is not timed)", quotations,
            { 625, 1250, 2500, 5000 }, growthRuns, file);
        growth("PDF export, every sentence moved (2 versions)", shuffledSentences, { 625, 1250, 2500, 5000 },
            growthRuns, file);
        return 0;
    }
    // Only the given folders (hostile cases kept by run_hostile.py --keep, say), default options.
    QStringList folders;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--folder"_s)
            folders.append(args.at(i + 1));
    }
    if (!folders.isEmpty()) {
        std::printf("PDF export (%d runs each; the comparison itself is not timed)\n", runs);
        for (const QString &folder : std::as_const(folders)) {
            const Comparison comparison = compareFiles({ folder });
            // The last two parts of the path: run_hostile.py keeps each case's inputs in CASE/in.
            const QByteArray label
                = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()).section(u'/', -2).right(44).toUtf8();
            measure(label.constData(), comparison, {}, runs, file);
        }
        return 0;
    }
    if (args.contains(u"--profile"_s)) {
        const Comparison comparison = compareFiles({ seeds });
        QString error;
        Bench::Sampler::start();
        PdfExporter::exportToFile(comparison, file, {}, &error);
        Bench::Sampler::stop();
        Bench::Sampler::report(argv[0]);
        const qsizetype focus = args.indexOf(u"--focus"_s);
        for (const QString &f : args.value(focus + 1).split(u',', Qt::SkipEmptyParts))
            if (focus >= 0)
                Bench::Sampler::report(argv[0], 40, f.toUtf8());
        return 0;
    }
    std::printf("PDF export (%d runs each; the comparison itself is not timed)\n", runs);

    if (QDir(seeds).exists()) {
        const auto start = Clock::now();
        const Comparison comparison = compareFiles({ seeds });
        std::printf("seeds: %lld versions compared in %.1f ms\n", qsizetype(comparison.versions.size()),
            std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        PdfExporter::Options options;
        measure("seeds, default", comparison, options, runs, file);
        options.annotateCosmetic = true;
        options.showBoilerplate = true;
        measure("seeds, cosmetic notes and boilerplate", comparison, options, runs, file);
    } else {
        std::printf("seeds: %s is absent, skipped\n", qPrintable(seeds));
    }

    for (const int versions : { 4, 8, 12 }) {
        const Comparison comparison = synthetic(versions, 300);
        const QByteArray label = u"synthetic, 300 sentences, %1 versions"_s.arg(versions).toUtf8();
        measure(label.constData(), comparison, {}, runs, file);
    }
    return 0;
}
