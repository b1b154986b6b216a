// SPDX-License-Identifier: GPL-3.0-or-later
//
// How well Parallax finds the article in real saved news pages: each page of the news-pages corpus
// (html/<id>.html.gz with a person's marking of the article body in ground-truth.json) goes through the
// real loading code (ArticleLoader::loadData as `parallax compare` reads an .html file); the article text
// is the sentences not marked boilerplate. Scored with the benchmark's own metric: word 4-gram shingles of
// \w+ tokens, precision and recall per page on counts normalised per page, averaged over the pages, F1 of
// the two means. Prints the figures, the pages under 0.5 recall, the worst pages and the time per page
// that docs/web-extraction-evaluation.md reports.
//
//   evaluate_newspages [--data DIR] [--worst N] [--page ID] [--metadata]
//     --page ID    print the metadata and sentences of one page (id or a prefix): article text the
//                  ground truth leaves out, and boilerplate it counts as article (--all: every sentence)
//     --metadata   print each page's outlet, headline, authors and dates
//     --profile    print each page's processor time by stage (decoding, extraction, boilerplate rules)

#include "core/labels.h"
#include "load/articleloader.h"
#include "load/boilerplatedetector.h"
#include "load/extractedtext.h"
#include "load/htmlextractor.h"
#include "load/textdecoder.h"
#include "testpaths.h"

#include <KCompressionDevice>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <ctime>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Python's \w on str: letters, numbers and the underscore (marks are not word characters).
bool isWordChar(char32_t c)
{
    return c == U'_' || QChar::isLetter(c) || QChar::isNumber(c);
}

QStringList tokens(const QString &text)
{
    QStringList out;
    QString word;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        const bool pair
            = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        if (isWordChar(c)) {
            word.append(text.mid(i, pair ? 2 : 1));
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
        i += pair ? 1 : 0;
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

// The benchmark's shingles: every run of 4 tokens, or the whole text when it has fewer.
std::map<QString, int> shingles(const QString &text)
{
    const QStringList t = tokens(text);
    std::map<QString, int> out;
    constexpr qsizetype n = 4;
    const qsizetype count = std::max<qsizetype>(1, t.size() - n + 1);
    for (qsizetype i = 0; i < count && i < t.size(); ++i)
        ++out[t.mid(i, n).join(QChar(0x1f))];
    return out;
}

struct Score
{
    double tp = 0, fp = 0, fn = 0;
    double precision() const
    {
        if (fp == 0 && fn == 0)
            return 1;
        return tp + fp > 0 ? tp / (tp + fp) : 0;
    }
    double recall() const
    {
        if (fp == 0 && fn == 0)
            return 1;
        return tp + fn > 0 ? tp / (tp + fn) : 0;
    }
};

Score score(const QString &truth, const QString &predicted)
{
    const auto t = shingles(truth);
    const auto p = shingles(predicted);
    Score s;
    for (const auto &[key, tc] : t) {
        const auto it = p.find(key);
        const int pc = it == p.end() ? 0 : it->second;
        s.tp += std::min(tc, pc);
        s.fn += std::max(0, tc - pc);
    }
    for (const auto &[key, pc] : p) {
        const auto it = t.find(key);
        s.fp += std::max(0, pc - (it == t.end() ? 0 : it->second));
    }
    // Normalised so that long pages weigh no more than short ones.
    const double sum = s.tp + s.fp + s.fn;
    if (sum > 0) {
        s.tp /= sum;
        s.fp /= sum;
        s.fn /= sum;
    }
    return s;
}

QByteArray readGzip(const QString &path)
{
    KCompressionDevice device(path, KCompressionDevice::GZip);
    if (!device.open(QIODevice::ReadOnly))
        return {};
    return device.readAll();
}

QString articleText(const Version &v)
{
    QStringList parts;
    for (qsizetype i = 0; i < v.sentences.size(); ++i)
        if (!v.sentences.at(i).boilerplate)
            parts.append(v.sentenceText(i));
    return parts.join(u'\n');
}

struct Page
{
    QString id;
    QString host;
    Score score;
    double ms = 0;
    double cpuMs = 0;
    int sentences = 0;
    int articleSentences = 0;
    QString error;
};

// The processor time of this thread: what the page costs, whatever else the machine is doing.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Each sentence with what the ground truth says of it: "ok", "extra" (article text the person did not mark)
// or "missed" (marked boilerplate but part of the article); --all prints the agreed boilerplate too.
void printPage(const Version &v, const QString &truth, bool all)
{
    std::printf(
        "outlet: %s\nheadline: %s\nauthors: %s\npublished: %s  modified: %s\nurl: %s  language: %s\n\n",
        qPrintable(v.outlet), qPrintable(v.title), qPrintable(v.authors.join(u"; "_s)), qPrintable(v.date),
        qPrintable(v.modified), qPrintable(v.url), qPrintable(v.language));
    const auto truthShingles = shingles(truth);
    static const char *const kinds[] = { "paragraph", "heading", "list item", "caption", "quote" };
    for (qsizetype i = 0; i < v.sentences.size(); ++i) {
        const Sentence &s = v.sentences.at(i);
        const auto own = shingles(v.sentenceText(i));
        qsizetype in = 0, total = 0;
        for (const auto &[key, count] : own) {
            total += count;
            in += truthShingles.contains(key) ? count : 0;
        }
        const bool inTruth = total > 0 && in * 2 >= total;
        const char *verdict = inTruth == !s.boilerplate ? "ok    " : (s.boilerplate ? "MISSED" : "EXTRA ");
        if (!all && s.boilerplate && !inTruth)
            continue;
        std::printf("%s %s %-9s b%-4d| %s\n", verdict, s.boilerplate ? "[boilerplate]" : "[article]    ",
            kinds[int(s.blockKind)], s.block, qPrintable(v.sentenceText(i).left(150)));
    }
    const QStringList t = tokens(truth);
    std::printf("\nground truth: %lld words, from \"%s\" to \"%s\"\n", qlonglong(t.size()),
        qPrintable(t.mid(0, 8).join(u' ')),
        qPrintable(t.mid(std::max<qsizetype>(0, t.size() - 8)).join(u' ')));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString dir = option(u"--data"_s, QStringLiteral(PARALLAX_CORPUS_DIR) + u"/news-pages"_s);
    const int worst = option(u"--worst"_s, u"10"_s).toInt();
    const QString onePage = option(u"--page"_s, QString());
    const bool metadata = args.contains(u"--metadata"_s);

    QFile truthFile(dir + u"/ground-truth.json"_s);
    if (!truthFile.open(QIODevice::ReadOnly)) {
        std::printf(
            "SKIP: %s not found (the news-pages corpus is not there)\n", qPrintable(truthFile.fileName()));
        return 0;
    }
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    QStringList ids = truth.keys();
    ids.sort();

    std::vector<Page> pages;
    std::vector<double> times, cpuTimes;
    for (const QString &id : std::as_const(ids)) {
        if (!onePage.isEmpty() && !id.startsWith(onePage))
            continue;
        const QJsonObject entry = truth.value(id).toObject();
        const QString expected = entry.value(u"articleBody"_s).toString();
        Page page;
        page.id = id;
        page.host = QUrl(entry.value(u"url"_s).toString()).host();
        const QString path = dir + u"/html/"_s + id + u".html.gz"_s;
        const QByteArray data = readGzip(path);
        if (data.isEmpty()) {
            page.error = u"cannot read %1"_s.arg(path);
            pages.push_back(page);
            continue;
        }
        LoadError error;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        const std::optional<Version> v = ArticleLoader::loadData(
            data, TextFormat::Html, id, &error, dir + u"/html/"_s + id + u".html"_s);
        page.cpuMs = cpuMs() - cpuStart;
        page.ms = double(timer.nsecsElapsed()) / 1e6;
        cpuTimes.push_back(page.cpuMs);
        times.push_back(page.ms);
        if (args.contains(u"--profile"_s)) {
            // Processor time of the loader's stages: decoding, HTML extraction (parse, metadata, main
            // content), the textual boilerplate rules; the rest is sentence segmentation.
            double t = cpuMs();
            const TextDecoder::Result decoded = TextDecoder::decode(data, true);
            const double decodeMs = cpuMs() - t;
            t = cpuMs();
            ExtractedText extracted = HtmlExtractor::extract(decoded.text);
            const double extractMs = cpuMs() - t;
            t = cpuMs();
            BoilerplateDetector::mark(extracted);
            const double markMs = cpuMs() - t;
            std::printf(
                "%-10.10s total %6.2f decode %6.2f extract %6.2f mark %6.2f rest %6.2f ms (%lld bytes)\n",
                qPrintable(id), page.cpuMs, decodeMs, extractMs, markMs,
                page.cpuMs - decodeMs - extractMs - markMs, qlonglong(data.size()));
        }
        const QString predicted = v ? articleText(*v) : QString();
        page.score = score(expected, predicted);
        page.error = v ? QString() : describeInEnglish(error);
        if (v) {
            page.sentences = int(v->sentences.size());
            for (const Sentence &s : v->sentences)
                page.articleSentences += s.boilerplate ? 0 : 1;
            if (!onePage.isEmpty())
                printPage(*v, expected, args.contains(u"--all"_s));
            if (metadata)
                std::printf("%-28s outlet=\"%s\" headline=\"%s\" date=\"%s\"\n", qPrintable(page.host),
                    qPrintable(v->name), qPrintable(v->title), qPrintable(v->date));
        }
        pages.push_back(page);
    }
    if (pages.empty()) {
        std::printf("no pages\n");
        return 1;
    }

    // The benchmark's aggregate: precision over the pages that predicted something, recall over the pages
    // whose truth has text.
    double pSum = 0, rSum = 0;
    int pN = 0, rN = 0;
    for (const Page &p : pages) {
        if (p.score.tp + p.score.fp > 0) {
            pSum += p.score.precision();
            ++pN;
        }
        if (p.score.tp + p.score.fn > 0) {
            rSum += p.score.recall();
            ++rN;
        }
    }
    const double precision = pN ? pSum / pN : 0;
    const double recall = rN ? rSum / rN : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    std::printf("\n%zu pages from %s\n", pages.size(), qPrintable(QDir::cleanPath(dir)));
    std::printf("precision %.3f  recall %.3f  F1 %.3f (%.4f)\n", precision, recall, f1, f1);

    auto row = [](const Page &p) {
        const double pr = p.score.precision(), re = p.score.recall();
        std::printf("  %-10.10s %-28s P %.3f R %.3f F1 %.3f  sentences %d/%d  %.1f ms%s%s\n",
            qPrintable(p.id), qPrintable(p.host), pr, re, pr + re > 0 ? 2 * pr * re / (pr + re) : 0.0,
            p.articleSentences, p.sentences, p.cpuMs,
            p.error.isEmpty() ? "" : "  error: ", qPrintable(p.error));
    };
    int low = 0, none = 0;
    for (const Page &p : pages) {
        low += p.score.recall() < 0.5 ? 1 : 0;
        none += p.articleSentences == 0 ? 1 : 0;
    }
    std::printf("\npages under 0.5 recall: %d (with no article sentence at all: %d)\n", low, none);
    for (const Page &p : pages)
        if (p.score.recall() < 0.5)
            row(p);

    std::vector<Page> sorted = pages;
    std::sort(sorted.begin(), sorted.end(), [](const Page &a, const Page &b) {
        const auto f = [](const Page &p) {
            const double pr = p.score.precision(), re = p.score.recall();
            return pr + re > 0 ? 2 * pr * re / (pr + re) : 0.0;
        };
        return f(a) < f(b);
    });
    std::printf("\nworst %d pages by F1:\n", std::min<int>(worst, int(sorted.size())));
    for (int i = 0; i < worst && i < int(sorted.size()); ++i)
        row(sorted[size_t(i)]);

    std::printf(
        "\ntime per page (ArticleLoader::loadData): processor median %.2f ms, max %.2f ms; wall clock "
        "median %.2f ms, max %.2f ms\n",
        median(cpuTimes), cpuTimes.empty() ? 0.0 : *std::max_element(cpuTimes.begin(), cpuTimes.end()),
        median(times), times.empty() ? 0.0 : *std::max_element(times.begin(), times.end()));
    return 0;
}
