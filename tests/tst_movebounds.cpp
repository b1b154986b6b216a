// SPDX-License-Identifier: GPL-3.0-or-later
// Moves on hostile sizes (issue 13): a version that shuffles every sentence of the base, word for word or
// with one word of each replaced, from a vocabulary so small that every sentence shares words with every
// other. The aligner's move search must stay linear in the sentences: sentences found word for word are
// linked by their text, the pairs compared are bounded (MaxMovePairs, then a few rows a sentence), and the
// block moves check each pair a bounded number of times. The test compares the processor time of one size
// with that of twice the size in the same run (linear: about twice; the quadratic search this replaced:
// four times and more), never an absolute time.
#include "align/sentencealigner.h"
#include "comparisonfixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <ctime>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Our own small vocabulary: nouns and verbs of a harbour story.
const QStringList nouns { u"ferry"_s, u"harbour"_s, u"pier"_s, u"storm"_s, u"council"_s, u"engineer"_s,
    u"timetable"_s, u"vessel"_s, u"quay"_s, u"captain"_s, u"passenger"_s, u"repair"_s, u"budget"_s,
    u"bridge"_s, u"tide"_s, u"crew"_s, u"route"_s, u"island"_s, u"board"_s, u"inspector"_s };
const QStringList verbs { u"inspected"_s, u"delayed"_s, u"approved"_s, u"repaired"_s, u"closed"_s,
    u"announced"_s, u"funded"_s, u"questioned"_s, u"praised"_s, u"reopened"_s };

QStringList words(QRandomGenerator &rng, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(
            i % 4 == 2 ? verbs.at(rng.bounded(int(verbs.size()))) : nouns.at(rng.bounded(int(nouns.size()))));
    return out;
}

struct Shuffle
{
    QList<Version> versions;
    QList<int> origin; // per sentence of the second version: the first version's sentence it came from
};

// `count` sentences of the small vocabulary (with `named`, five words and two names only that sentence
// has), and the same shuffled (one word of each replaced when `reworded`).
Shuffle shuffled(int count, bool named, bool reworded)
{
    QRandomGenerator rng { quint32(count) };
    QStringList first;
    for (int i = 0; i < count; ++i)
        first.append(u"The "_s
            + (named ? words(rng, 5).join(u' ') + u' ' + Fixture::madeUpWord(i) + u' '
                        + Fixture::madeUpWord(i + count)
                     : words(rng, 9).join(u' '))
            + u'.');
    Shuffle out;
    for (int i = 0; i < count; ++i)
        out.origin.append(i);
    std::shuffle(out.origin.begin(), out.origin.end(), rng);
    QStringList second;
    for (const int i : std::as_const(out.origin)) {
        QStringList w = first.at(i).chopped(1).split(u' ');
        if (reworded)
            w[1 + rng.bounded(5)] = u"lighthouse"_s;
        second.append(w.join(u' ') + u'.');
    }
    out.versions = { Fixture::makeVersion(u"a"_s, first), Fixture::makeVersion(u"b"_s, second) };
    return out;
}

struct Run
{
    double cpuSeconds = 0;
    QList<AlignedRow> rows;
};

// The best of two runs: processor time of this process while profiling and aligning.
Run align(const QList<Version> &versions)
{
    Run best;
    for (int attempt = 0; attempt < 2; ++attempt) {
        SentenceAligner aligner;
        const std::clock_t started = std::clock();
        aligner.setVersions(versions);
        QList<AlignedRow> rows = aligner.align(0);
        const double seconds = double(std::clock() - started) / CLOCKS_PER_SEC;
        if (attempt == 0 || seconds < best.cpuSeconds)
            best = { seconds, rows };
    }
    return best;
}

// Every sentence of the second version in exactly one row; the count of those in the row of the first
// version's sentence they came from or linked by a move to that row.
int keptOrMoved(const Shuffle &s, const QList<AlignedRow> &rows)
{
    QList<int> rowOfFirst(s.versions.at(0).sentences.size(), -1);
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (int k = 0; rows.at(r).cells.at(0) >= 0 && k < rows.at(r).spans.at(0); ++k)
            rowOfFirst[rows.at(r).cells.at(0) + k] = int(r);
    int found = 0;
    QList<int> seen(s.versions.at(1).sentences.size(), 0);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const AlignedRow &row = rows.at(r);
        for (int k = 0; row.cells.at(1) >= 0 && k < row.spans.at(1); ++k) {
            const int sentence = row.cells.at(1) + k;
            ++seen[sentence];
            const int home = rowOfFirst.at(s.origin.at(sentence));
            found += (home == r || row.moveTarget.at(1) == home) ? 1 : 0;
        }
    }
    return seen.count(1) == seen.size() ? found : -1;
}

} // namespace

class TestMoveBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fewWordsShuffledGrowLinearly();
    void shuffledCopiesAreMoves();
    void shuffledRewordsAreMoves();
};

// Sentences of nine words from thirty: every pair shares enough to be compared, which made the move search
// compare all pairs and the block moves search them again. Twice the sentences must take about twice the
// time; every sentence stays in exactly one row (which row the aligner gives sentences this alike is
// not what this test is about).
void TestMoveBounds::fewWordsShuffledGrowLinearly()
{
    const Shuffle small = shuffled(1000, false, false), big = shuffled(2000, false, false);
    const Run smallRun = align(small.versions), bigRun = align(big.versions);
    qInfo("1000 sentences %.3f s, 2000 sentences %.3f s (processor time)", smallRun.cpuSeconds,
        bigRun.cpuSeconds);
    QVERIFY(keptOrMoved(small, smallRun.rows) >= 0);
    QVERIFY(keptOrMoved(big, bigRun.rows) >= 0);
    const double growth = bigRun.cpuSeconds / std::max(smallRun.cpuSeconds, 1e-3);
    QVERIFY2(growth < 3.0, qPrintable(u"twice the sentences took x%1 the time"_s.arg(growth)));
}

// Every sentence moved word for word: (almost) each is found in its row or linked to it by a move.
void TestMoveBounds::shuffledCopiesAreMoves()
{
    const Shuffle s = shuffled(2000, true, false);
    const int found = keptOrMoved(s, align(s.versions).rows);
    qInfo("%d of 2000 kept or moved", found);
    QVERIFY2(found >= 1980, qPrintable(QString::number(found)));
}

// One word of every moved sentence replaced: no text is found whole, too many pairs to compare them all
// (past MaxMovePairs), so each sentence is compared with the few rows that share its rarer words, which
// still finds (almost) every move.
void TestMoveBounds::shuffledRewordsAreMoves()
{
    const Shuffle s = shuffled(2000, true, true);
    const int found = keptOrMoved(s, align(s.versions).rows);
    qInfo("%d of 2000 kept or moved", found);
    QVERIFY2(found >= 1900, qPrintable(QString::number(found)));
}

QTEST_GUILESS_MAIN(TestMoveBounds)
#include "tst_movebounds.moc"
