// SPDX-License-Identifier: GPL-3.0-or-later
// Quote extraction and comparison on the five seed versions (or on generated text when the corpus is
// absent), and how the time grows with the number of versions. Prints figures; `--dump` also prints the
// quote groups found in the seeds.
#include "compare/comparator.h"
#include "core/labels.h"
#include "quotes/quotecomparer.h"
#include "quotes/quoteextractor.h"
#include "testpaths.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    double best = 0; // fastest run: the figure least disturbed by other load on the machine
    double median = 0;
};

// Repeated runs, in microseconds.
template<typename F> Timing timeMicros(int runs, F &&f)
{
    std::vector<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(times.begin(), times.end());
    return { times.front(), times[times.size() / 2] };
}

// A news-like version of about `paragraphs` paragraphs, each with a quotation; `variant` changes a word
// here and there so that the versions are alike but not equal.
Version generatedVersion(int paragraphs, int variant)
{
    static const QStringList speakers { u"Jones"_s, u"Smith"_s, u"Garcia"_s, u"Chen"_s, u"Okafor"_s };
    Version v;
    v.name = u"generated %1"_s.arg(variant);
    for (int p = 0; p < paragraphs; ++p) {
        const QString speaker = speakers.at(p % speakers.size());
        const QString number = QString::number(p + ((p + variant) % 7 == 0 ? 1 : 0));
        const QString sentences[] = {
            u"Officials from district %1 met on Monday to discuss the harbour plan and its budget."_s.arg(p),
            u"“We have reached agreement on %1 specific issues and the work starts soon,” %2 said."_s.arg(
                number, speaker),
            u"“This is very good for the city,” %1 added, according to a statement."_s.arg(speaker),
        };
        for (const QString &s : sentences) {
            Sentence sentence;
            sentence.start = v.text.size();
            v.text += s;
            sentence.end = v.text.size();
            sentence.block = p;
            v.sentences.append(sentence);
            v.text += u' ';
        }
        v.text += u"\n\n"_s;
    }
    return v;
}

Comparison indexAligned(QList<Version> versions)
{
    Comparison c;
    c.versions = std::move(versions);
    qsizetype rows = 0;
    for (const Version &v : std::as_const(c.versions))
        rows = std::max(rows, v.sentences.size());
    for (qsizetype r = 0; r < rows; ++r) {
        AlignedRow row;
        for (const Version &v : std::as_const(c.versions)) {
            const bool has = r < v.sentences.size();
            row.cells.append(has ? int(r) : -1);
            row.spans.append(has ? 1 : 0);
            row.status.append(has ? CellStatus::Same : CellStatus::Absent);
            row.moveTarget.append(-1);
        }
        c.rows.append(row);
    }
    return c;
}

void dump(const Comparison &c, const QList<QuoteGroup> &groups)
{
    for (const QuoteGroup &g : groups) {
        std::printf("group  speaker=%s  reference=%d\n", qPrintable(g.speaker), g.reference);
        for (const QuoteVariant &v : g.variants) {
            QString text = v.text;
            if (v.fidelity == QuoteFidelity::Absent && v.sentence >= 0)
                text = u"(paraphrase) "_s + c.versions.at(v.version).sentenceText(v.sentence);
            QStringList words;
            for (const WordChange &change : v.wordChanges)
                words.append(toString(change));
            std::printf("  v%d %-11s s%-3d %s%s\n", v.version, qPrintable(toString(v.fidelity)), v.sentence,
                qPrintable(text.left(110)),
                words.isEmpty() ? "" : qPrintable(u"  ["_s + words.join(u"; "_s) + u']'));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool wantDump = app.arguments().contains(u"--dump"_s);

    const QString seeds = QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s;
    Comparison comparison;
    QString source;
    if (QDir(seeds).exists()) {
        comparison = compareFiles({ seeds });
        source = u"the five seeds"_s;
    } else {
        QList<Version> versions;
        for (int i = 0; i < 5; ++i)
            versions.append(generatedVersion(35, i));
        comparison = indexAligned(versions);
        source = u"five generated versions (corpus absent)"_s;
    }
    qsizetype bytes = 0;
    for (const Version &v : std::as_const(comparison.versions))
        bytes += v.text.size();

    int quotations = 0;
    const Timing tokenizeUs = timeMicros(400, [&] {
        for (const Version &v : std::as_const(comparison.versions))
            Tokenizer::tokenize(v.text);
    });
    const Timing extractUs = timeMicros(400, [&] {
        quotations = 0;
        for (const Version &v : std::as_const(comparison.versions))
            quotations += int(QuoteExtractor::extract(v).size());
    });
    QList<QuoteGroup> groups;
    const Timing compareUs = timeMicros(400, [&] { groups = QuoteComparer::compare(comparison); });
    std::printf("bench_quotes: %s, %lld versions, %lld characters\n", qPrintable(source),
        qlonglong(comparison.versions.size()), qlonglong(bytes));
    std::printf("                               best (us)  median (us)\n");
    std::printf("  tokenizing the texts (peer): %9.1f  %9.1f\n", tokenizeUs.best, tokenizeUs.median);
    std::printf("  QuoteExtractor::extract:     %9.1f  %9.1f  (%d quotations)\n", extractUs.best,
        extractUs.median, quotations);
    std::printf("  QuoteComparer::compare:      %9.1f  %9.1f  (%lld groups; extraction included)\n",
        compareUs.best, compareUs.median, qlonglong(groups.size()));

    // Growth with the number of versions, each about 10 KB with 35 quotations.
    std::printf("  QuoteComparer::compare on generated versions of ~10 KB:\n");
    for (int count : { 5, 10, 20, 50 }) {
        QList<Version> versions;
        for (int i = 0; i < count; ++i)
            versions.append(generatedVersion(35, i));
        const Comparison c = indexAligned(versions);
        QList<QuoteGroup> g;
        const Timing us = timeMicros(count <= 10 ? 50 : 10, [&] { g = QuoteComparer::compare(c); });
        std::printf("    %3d versions: %9.1f  %9.1f  (%lld groups)\n", count, us.best, us.median,
            qlonglong(g.size()));
    }

    // Bad input: everything in one block, many quotation marks, a huge text. Each must stay far from
    // the pipeline's 2 s limit.
    std::printf("  bad input (QuoteComparer::compare with one small version beside it):\n");
    const Version small = generatedVersion(3, 0);
    auto oneBlock = [](const QString &text, qsizetype sentenceLength) {
        Version v;
        v.name = u"one block"_s;
        v.text = text;
        for (qsizetype start = 0; start < text.size(); start += sentenceLength)
            v.sentences.append({ start, std::min(text.size(), start + sentenceLength), 0 });
        return v;
    };
    struct Case
    {
        const char *name;
        Version version;
    };
    QString prose;
    {
        const Version g = generatedVersion(120, 3);
        while (prose.size() < 1024 * 1024)
            prose += g.text;
    }
    QString huge;
    while (huge.size() < 20 * 1024 * 1024 / 2)
        huge += prose;
    const Case cases[] = {
        { "1 MB of quoted prose in one block", oneBlock(prose.left(1024 * 1024), 120) },
        { "1 MB of quoted prose, one sentence", oneBlock(prose.left(1024 * 1024), 1024 * 1024) },
        { "1 MB of opening quotation marks", oneBlock(QString(1024 * 1024, QChar(0x201c)), 100) },
        { "1 MB of \" a\" pairs, one sentence",
            oneBlock(u"\" a\" "_s.repeated(1024 * 1024 / 5), 1024 * 1024) },
        { "20 MB of quoted prose", generatedVersion(0, 0) },
    };
    for (const Case &c : cases) {
        Comparison bad;
        bad.versions = { small, c.version };
        if (bad.versions[1].text.isEmpty()) {
            bad.versions[1] = oneBlock(huge, 150);
            for (qsizetype i = 0; i < bad.versions[1].sentences.size(); ++i)
                bad.versions[1].sentences[i].block = int(i / 5);
        }
        QElapsedTimer timer;
        timer.start();
        const QList<QuoteGroup> g = QuoteComparer::compare(bad);
        std::printf("    %-38s %8.1f ms  (%lld characters, %lld groups)\n", c.name,
            double(timer.nsecsElapsed()) / 1e6, qlonglong(bad.versions[1].text.size()), qlonglong(g.size()));
    }

    if (wantDump)
        dump(comparison, groups);
    return 0;
}
