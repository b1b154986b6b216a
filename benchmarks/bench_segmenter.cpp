// SPDX-License-Identifier: GPL-3.0-or-later
// Sentence segmentation speed on the real-news seeds and on synthetic 1 MB inputs, next to Qt's
// QTextBoundaryFinder as the peer. `bench_segmenter --dump` prints the seeds' sentences one a line.
#include "text/sentencesegmenter.h"

#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextBoundaryFinder>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Blocks as a loader hands them over: paragraphs separated by blank lines.
QStringList seedBlocks(qsizetype *utf8Bytes)
{
    QStringList blocks;
    *utf8Bytes = 0;
    const QDir dir(QStringLiteral(PARALLAX_CORPUS_DIR "/seeds"));
    for (const QString &name : dir.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        *utf8Bytes += bytes.size();
        const QString text = QString::fromUtf8(bytes);
        qsizetype start = 0;
        while (start < text.size()) {
            qsizetype end = text.indexOf(u"\n\n", start);
            if (end < 0)
                end = text.size();
            if (end > start)
                blocks.append(text.sliced(start, end - start));
            start = end + 2;
        }
    }
    return blocks;
}

qsizetype segmentWithParallax(const QStringList &blocks)
{
    qsizetype sentences = 0;
    for (const QString &block : blocks)
        sentences += SentenceSegmenter::split(block).size();
    return sentences;
}

qsizetype segmentWithQt(const QStringList &blocks)
{
    qsizetype sentences = 0;
    for (const QString &block : blocks) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, block);
        while (finder.toNextBoundary() >= 0)
            ++sentences;
    }
    return sentences;
}

// Repeats the work for at least half a second and prints MB/s of UTF-8 input.
void measure(const char *label, qsizetype utf8Bytes, const std::function<qsizetype()> &work)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype rounds = 0;
    qsizetype sentences = 0;
    do {
        sentences = work();
        ++rounds;
    } while (timer.nsecsElapsed() < 500'000'000);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double megabytes = double(utf8Bytes) * rounds / (1024.0 * 1024.0);
    std::printf("%-44s %9.1f MB/s  %8.3f ms/round  %7lld sentences\n", label, megabytes / seconds,
        seconds * 1000.0 / rounds, static_cast<long long>(sentences));
}

QString repeatToSize(QStringView unit, qsizetype size)
{
    QString text;
    text.reserve(size + unit.size());
    while (text.size() < size)
        text += unit;
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qsizetype seedBytes = 0;
    const QStringList blocks = seedBlocks(&seedBytes);

    if (app.arguments().contains(u"--dump"_s)) {
        QTextStream out(stdout);
        for (const QString &block : blocks) {
            for (const SentenceSegmenter::Span &span : SentenceSegmenter::split(block))
                out << "| " << QStringView(block).sliced(span.start, span.end - span.start) << '\n';
            out << "----\n";
        }
        return 0;
    }

    if (blocks.isEmpty()) {
        std::printf("bench_segmenter: no seeds under %s, only synthetic inputs\n", PARALLAX_CORPUS_DIR);
    } else {
        std::printf(
            "seeds: %lld blocks, %.1f KB UTF-8\n", static_cast<long long>(blocks.size()), seedBytes / 1024.0);
        measure("seeds, SentenceSegmenter", seedBytes, [&] { return segmentWithParallax(blocks); });
        measure("seeds, QTextBoundaryFinder (peer)", seedBytes, [&] { return segmentWithQt(blocks); });
    }

    const struct
    {
        const char *label;
        QString text;
    } synthetic[] = {
        { "1 MB line of news prose",
            repeatToSize(u"U.S. Secretary of State Jane Doe met Gov. Lee at 5 p.m. Tuesday in Washington. "
                         u"\u201CIt was productive,\u201D she said. Talks resume in Jan. 2024... ",
                1024 * 1024) },
        { "1 MB line of abbreviations", repeatToSize(u"At 5 a.m. Mr. X. U.S. Inc. ", 1024 * 1024) },
        { "1 MB of word.Word without spaces", repeatToSize(u"ab.Cd.", 1024 * 1024) },
        { "1 MB of periods", QString(1024 * 1024, u'.') },
    };
    for (const auto &input : synthetic) {
        const qsizetype bytes = input.text.toUtf8().size();
        measure(input.label, bytes, [&] { return SentenceSegmenter::split(input.text).size(); });
    }
    return 0;
}
