// SPDX-License-Identifier: GPL-3.0-or-later
//
// How well the rows link the sentences of rewritten versions. Every story of the rewrite set
// (tests/data/rewrites, expected rows written by hand) runs through the real pipeline
// (ArticleLoader::loadFile, compareVersions with the default base); a link is two sentences of different
// versions in one row. Prints precision, recall and F1 of those links, the same with moves counted as
// links (a moved sentence with the row its move points to), the same with "merged from" links too (a cell's
// sentence with the other rows it also says, AlignedRow::alsoRows), and in the same run the naive baseline
// that links any two sentences sharing at least 30 % of their words. Then, on the real wire copies
// (../shared/corpus/wire-copies, skipped with a message where absent), the share of identical sentence
// pairs of two versions that land in one row. The rewrite set is also scored per kind of link (header,
// copy, paraphrase, split, merge, reorder: RewriteSet::linkKind).
//
//   evaluate_rewrites [--data DIR] [--wire DIR] [--verbose] [--rows]
//     --verbose   print every missed and every wrong link of the rewrite set
//     --rows      print the rows Parallax makes of each story (the start of each cell, moves as "->row",
//                 merged-from rows as "+row")

#include "compare/comparator.h"
#include "core/labels.h"
#include "rewriteset.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::RewriteSet;

namespace {

void printScore(const char *what, const Score &s)
{
    std::printf("  %-30s precision %.3f  recall %.3f  F1 %.3f   (%d right, %d wrong, %d missed)\n", what,
        s.precision(), s.recall(), s.f1(), s.truePositives, s.falsePositives, s.falseNegatives);
}

QByteArray shortText(const Story &story, int v, int s)
{
    return (story.versions.at(v).name + u": "_s + story.versions.at(v).sentenceText(s).left(90)).toUtf8();
}

void printDifferences(const Story &story, const Links &expected, const Links &predicted)
{
    for (const Link &l : expected)
        if (!predicted.count(l))
            std::printf("    missed  %s\n            %s\n", shortText(story, l[0], l[1]).constData(),
                shortText(story, l[2], l[3]).constData());
    for (const Link &l : predicted)
        if (!expected.count(l))
            std::printf("    wrong   %s\n            %s\n", shortText(story, l[0], l[1]).constData(),
                shortText(story, l[2], l[3]).constData());
}

void printRows(const Comparison &c)
{
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        QString line = QString::number(r).rightJustified(3) + u" "_s;
        for (int v = 0; v < row.cells.size(); ++v) {
            QString cell = u"-"_s;
            for (int k = 0; row.cells.at(v) >= 0 && k < row.spans.at(v); ++k)
                cell = (k ? cell + u" + "_s : QString())
                    + c.versions.at(v).sentenceText(row.cells.at(v) + k).left(22);
            if (row.moveTarget.at(v) >= 0)
                cell += u" ->"_s + QString::number(row.moveTarget.at(v));
            for (int u : row.alsoRows.value(v))
                cell += u" +"_s + QString::number(u);
            line += (v ? u" | "_s : QString()) + cell;
        }
        std::printf("  %s\n", line.toUtf8().constData());
    }
}

// Identical sentences (same text, once in each of two versions) of each wire-copy story: how many pairs
// share a row, and how many share a row or a move.
void evaluateWireCopies(const QString &root, bool verbose)
{
    const QDir dir(root);
    if (!dir.exists()) {
        std::printf("\nwire copies: %s not found, skipped\n", qPrintable(root));
        return;
    }
    long pairs = 0, together = 0, linked = 0;
    int stories = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const Comparison c = compareFiles({ dir.filePath(name) });
        if (c.versions.size() < 2)
            continue;
        ++stories;
        const int nv = int(c.versions.size());
        QList<QHash<QString, int>> once(nv); // per version: text -> sentence, -1 when repeated
        for (int v = 0; v < nv; ++v)
            for (int s = 0; s < c.versions.at(v).sentences.size(); ++s) {
                const QString key = c.versions.at(v).sentenceText(s).simplified();
                once[v][key] = once[v].contains(key) ? -1 : s;
            }
        QList<QList<int>> rowOf(nv);
        for (int v = 0; v < nv; ++v)
            rowOf[v] = QList<int>(c.versions.at(v).sentences.size(), -1);
        for (int r = 0; r < c.rows.size(); ++r)
            for (int v = 0; v < nv; ++v)
                for (int k = 0; c.rows.at(r).cells.at(v) >= 0 && k < c.rows.at(r).spans.at(v); ++k)
                    rowOf[v][c.rows.at(r).cells.at(v) + k] = r;
        const Links withMoves = predictedLinks(c, true);
        for (int a = 0; a < nv; ++a)
            for (auto it = once[a].cbegin(); it != once[a].cend(); ++it) {
                if (it.value() < 0)
                    continue;
                for (int b = a + 1; b < nv; ++b) {
                    const int sb = once[b].value(it.key(), -1);
                    if (sb < 0)
                        continue;
                    ++pairs;
                    together += rowOf[a][it.value()] == rowOf[b][sb] ? 1 : 0;
                    if (verbose && rowOf[a][it.value()] != rowOf[b][sb])
                        std::printf("  apart in %s (%s %s / %s %s): %s\n", qPrintable(name),
                            qPrintable(toString(c.versions.at(a).sentences.at(it.value()).role)),
                            qPrintable(toString(c.rows.at(rowOf[a][it.value()]).status.at(a))),
                            qPrintable(toString(c.versions.at(b).sentences.at(sb).role)),
                            qPrintable(toString(c.rows.at(rowOf[b][sb]).status.at(b))),
                            qPrintable(it.key().left(80)));
                    linked += withMoves.count(makeLink(a, it.value(), b, sb)) ? 1 : 0;
                }
            }
    }
    std::printf("\nwire copies (%d stories, %.1f s): identical sentence pairs %ld\n", stories,
        timer.elapsed() / 1000.0, pairs);
    std::printf("  in one row                     %.2f %%\n", pairs ? 100.0 * together / pairs : 0);
    std::printf("  in one row or linked by a move %.2f %%\n", pairs ? 100.0 * linked / pairs : 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString data = QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/rewrites"_s;
    QString wire = QStringLiteral(PARALLAX_CORPUS_DIR) + u"/wire-copies"_s;
    bool verbose = false, showRows = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--data"_s && i + 1 < args.size())
            data = args.at(++i);
        else if (args.at(i) == u"--wire"_s && i + 1 < args.size())
            wire = args.at(++i);
        else if (args.at(i) == u"--verbose"_s)
            verbose = true;
        else if (args.at(i) == u"--rows"_s)
            showRows = true;
        else {
            std::fprintf(stderr, "usage: evaluate_rewrites [--data DIR] [--wire DIR] [--verbose] [--rows]\n");
            return 2;
        }
    }

    Score rows, rowsAndMoves, withAlso, naive;
    KindScores kinds, naiveKinds;
    int stories = 0;
    std::printf("rewrite set %s\n", qPrintable(data));
    for (const QString &folder : storyFolders(data)) {
        Story story;
        QString error;
        if (!loadStory(folder, &story, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        ++stories;
        const Comparison c = compareVersions(story.versions);
        const Links expected = expectedLinks(story);
        const Links predicted = predictedLinks(c, false, false);
        const Links predictedMoves = predictedLinks(c, true, false);
        const Links predictedAll = predictedLinks(c, true, true);
        const Links baseline = naiveLinks(story.versions);
        Score s, sm, sa, sn;
        s.add(expected, predicted);
        sm.add(expected, predictedMoves);
        sa.add(expected, predictedAll);
        sn.add(expected, baseline);
        rows.add(expected, predicted);
        rowsAndMoves.add(expected, predictedMoves);
        withAlso.add(expected, predictedAll);
        naive.add(expected, baseline);
        kinds.add(story, c, expected, predictedAll);
        naiveKinds.add(story, c, expected, baseline);
        std::printf("%s: %d versions, %d expected links; F1 rows %.3f, rows+moves %.3f, all %.3f (P %.3f), "
                    "naive %.3f\n",
            qPrintable(story.name), int(story.versions.size()), int(expected.size()), s.f1(), sm.f1(),
            sa.f1(), sa.precision(), sn.f1());
        if (verbose)
            printDifferences(story, expected, predictedAll);
        if (showRows)
            printRows(c);
    }
    std::printf("\nall %d stories\n", stories);
    printScore("Parallax rows", rows);
    printScore("Parallax rows and moves", rowsAndMoves);
    printScore("Parallax all (+ merged from)", withAlso);
    printScore("naive (>= 30 % shared words)", naive);
    std::printf("  F1 margin over naive (all links): %+.3f\n", withAlso.f1() - naive.f1());
    std::printf("\nper kind of link (all links: rows, moves, merged from; naive in brackets)\n");
    for (int k = 0; k < LinkKindCount; ++k) {
        const Score &s = kinds.scores[size_t(k)], &n = naiveKinds.scores[size_t(k)];
        std::printf(
            "  %-11s %3d expected  precision %.3f  recall %.3f  F1 %.3f   (naive P %.3f R %.3f F1 %.3f)\n",
            linkKindName(LinkKind(k)), s.truePositives + s.falseNegatives, s.precision(), s.recall(), s.f1(),
            n.precision(), n.recall(), n.f1());
    }

    evaluateWireCopies(wire, verbose);
    return 0;
}
