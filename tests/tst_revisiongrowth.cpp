// SPDX-License-Identifier: GPL-3.0-or-later
// Many revisions of one article (issue 15): each revision edits a few sentences of the one before, so the
// rows stay about as many as the article's sentences and a version's pass has about the same work whatever
// its place in the series. Aligning twice the revisions should then take about twice the processor time
// (more: the rows the revisions add and cut pile up, 383 -> 492, and lie in later versions' gaps). A pass
// that reads every cell of every row, as each version's anchors, gaps and moves did until 2026-12-02 (all
// texts of a row, read again per version), costs its rows times the versions before it, and the series'
// time grows with the square of its length. Measured on 2026-12-02 (load 6), 64 -> 128 revisions of 300
// sentences: x3.0-3.7 with the rows' texts kept from one pass to the next (align/rowtexts_p.h), x3.5-5.3
// with them read again in every pass (the rest of the old passes' per-cell work, the texts hashed per cell,
// gone already). The bound, x4.5, fails where a pass over all cells of all rows dominates again; it is loose
// for a loaded machine and does not see a smaller step back. Processor time of the two series in one run,
// never an absolute time.
#include "align/sentencealigner.h"
#include "comparisonfixture.h"

#include <QTest>

#include <ctime>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// A deterministic series: `count` versions of an article of `sentences` sentences of twelve words drawn from
// 3,000; each version after the first edits 3 % of the sentences of the one before (a word replaced in two
// edits of three, a sentence cut or a new one added in the others). The same seed gives the same versions,
// so the shorter series is the start of the longer.
QList<QStringList> revisions(int count, int sentences)
{
    quint32 state = 20261202;
    const auto next = [&](int bound) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(bound));
    };
    const auto sentence = [&] {
        QStringList words;
        for (int k = 0; k < 12; ++k)
            words.append(Fixture::madeUpWord(next(3000)));
        return words;
    };
    QList<QList<QStringList>> text(1);
    for (int s = 0; s < sentences; ++s)
        text[0].append(sentence());
    for (int v = 1; v < count; ++v) {
        QList<QStringList> t = text.last();
        for (int e = 0; e < std::max(1, sentences * 3 / 100); ++e) {
            const int at = next(int(t.size()));
            const int kind = next(6);
            if (kind < 4)
                t[at][next(12)] = Fixture::madeUpWord(next(3000));
            else if (kind == 4 && t.size() > 1)
                t.remove(at);
            else
                t.insert(at, sentence());
        }
        text.append(t);
    }
    QList<QStringList> out;
    for (const QList<QStringList> &t : std::as_const(text)) {
        QStringList lines;
        for (const QStringList &words : t)
            lines.append(u"The "_s + words.join(u' ') + u'.');
        out.append(lines);
    }
    return out;
}

struct Run
{
    double cpuSeconds = 0;
    QList<AlignedRow> rows;
    qsizetype sentences = 0;
};

// The best of two alignments against the most central version: processor time of the alignment alone.
Run alignSeries(const QList<QStringList> &series)
{
    QList<Version> versions;
    Run best;
    for (qsizetype v = 0; v < series.size(); ++v) {
        versions.append(Fixture::makeVersion(u"r%1"_s.arg(v), series.at(v)));
        best.sentences += series.at(v).size();
    }
    SentenceAligner aligner;
    aligner.setVersions(versions);
    const int base = aligner.mostCentralVersion();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const std::clock_t started = std::clock();
        QList<AlignedRow> rows = aligner.align(base);
        const double seconds = double(std::clock() - started) / CLOCKS_PER_SEC;
        if (attempt == 0 || seconds < best.cpuSeconds) {
            best.cpuSeconds = seconds;
            best.rows = rows;
        }
    }
    return best;
}

// Every sentence of every version stands in one row, and the revisions share rows: far fewer rows than
// sentences, no more than the article's sentences and the ones the revisions added.
void checkRows(const Run &run, const QList<QStringList> &series)
{
    QList<QSet<int>> seen(series.size());
    qsizetype cells = 0;
    for (const AlignedRow &row : run.rows)
        for (qsizetype v = 0; v < row.cells.size(); ++v)
            if (row.cells.at(v) >= 0) {
                for (int k = 0; k < std::max(1, row.spans.value(v, 1)); ++k)
                    QVERIFY(!seen[v].contains(row.cells.at(v) + k));
                for (int k = 0; k < std::max(1, row.spans.value(v, 1)); ++k)
                    seen[v].insert(row.cells.at(v) + k);
                ++cells;
            }
    for (qsizetype v = 0; v < series.size(); ++v)
        QCOMPARE(seen.at(v).size(), series.at(v).size());
    QVERIFY2(run.rows.size() * 10 < run.sentences,
        qPrintable(u"%1 rows for %2 sentences"_s.arg(run.rows.size()).arg(run.sentences)));
}

} // namespace

class TestRevisionGrowth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twiceTheRevisionsCostAboutTwice();
};

void TestRevisionGrowth::twiceTheRevisionsCostAboutTwice()
{
    const QList<QStringList> longSeries = revisions(128, 300);
    const QList<QStringList> shortSeries = longSeries.mid(0, 64);
    const Run shortRun = alignSeries(shortSeries), longRun = alignSeries(longSeries);
    checkRows(shortRun, shortSeries);
    checkRows(longRun, longSeries);
    qInfo("64 revisions: %lld rows, %.3f s; 128 revisions: %lld rows, %.3f s (processor time)",
        qlonglong(shortRun.rows.size()), shortRun.cpuSeconds, qlonglong(longRun.rows.size()),
        longRun.cpuSeconds);
    const double growth = longRun.cpuSeconds / std::max(shortRun.cpuSeconds, 1e-3);
    QVERIFY2(growth < 4.5, qPrintable(u"twice the revisions took x%1 the time"_s.arg(growth)));
}

QTEST_GUILESS_MAIN(TestRevisionGrowth)
#include "tst_revisiongrowth.moc"
