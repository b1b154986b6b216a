// SPDX-License-Identifier: GPL-3.0-or-later
// The merged-from links' work is bounded (issue 13, lib/align/rowmergebags_p.h): cells with the same terms
// are one bag, the other versions' sentences a cell is judged against are distinct pairs of bags, and the
// window of rows narrows exactly where the judgements it would take pass the budget.
#include "align/rowmergebags_p.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

constexpr int Versions = 20;

// Four rows of twenty versions. Row 0 and row 3: every version has the same sentence. Row 1: versions 0-9
// have the same sentence, 10-19 none. Row 2: every version has a sentence of its own.
struct Story
{
    QList<AlignedRow> rows;
    QList<Version> versions { Versions };
    StorySimilarity similarity;
    QList<bool> plain { true, true, true, true };

    Story()
    {
        QStringList words;
        auto tokens = [&](const QStringList &sentence) {
            QList<int> out;
            for (const QString &w : sentence) {
                qsizetype id = words.indexOf(w);
                if (id < 0) {
                    id = words.size();
                    words.append(w);
                }
                out.append(int(id) << 1);
            }
            return out;
        };
        const QList<int> first = tokens({ u"harbour"_s, u"ferry"_s, u"storm"_s, u"captain"_s });
        const QList<int> second = tokens({ u"council"_s, u"budget"_s, u"bridge"_s, u"repair"_s });
        const QList<int> last = tokens({ u"island"_s, u"route"_s, u"timetable"_s, u"crew"_s });
        QList<QList<QList<int>>> sentences;
        rows.resize(4);
        for (AlignedRow &row : rows) {
            row.cells.fill(-1, Versions);
            row.spans.fill(0, Versions);
        }
        auto place = [&](int r, int v, int sentence) {
            rows[r].cells[v] = sentence;
            rows[r].spans[v] = 1;
        };
        for (int v = 0; v < Versions; ++v) {
            QList<QList<int>> version { first };
            place(0, v, 0);
            if (v < 10) {
                version.append(second);
                place(1, v, 1);
            }
            version.append(tokens({ u"inspector"_s, u"vessel"_s, u"quay%1"_s.arg(v) }));
            place(2, v, int(version.size()) - 1);
            version.append(last);
            place(3, v, int(version.size()) - 1);
            sentences.append(version);
        }
        similarity.build(sentences, words, QList<bool>(words.size(), false));
    }
};

} // namespace

class TstMergeBags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTermsAreOneBag()
    {
        const Story story;
        const MergeBags bags(story.rows, story.versions, story.similarity, story.plain);
        QCOMPARE(bags.id(0, 3), bags.id(0, 15));
        QCOMPARE(bags.id(1, 0), bags.id(1, 9));
        QCOMPARE(bags.id(1, 15), -1);
        QVERIFY(bags.id(2, 3) != bags.id(2, 4));
        QCOMPARE(bags.bag(bags.id(2, 3)).terms.size(), 3);
        QCOMPARE(bags.bag(-1).terms.size(), 0);
        // A row that is not plain has no bags.
        Story other;
        other.plain[3] = false;
        QCOMPARE(MergeBags(other.rows, other.versions, other.similarity, other.plain).id(3, 0), -1);
    }

    void pairsAreDistinct()
    {
        const Story story;
        const MergeBags bags(story.rows, story.versions, story.similarity, story.plain);
        // Versions 0-9 keep rows 0 and 1 word for word: one pair.
        QCOMPARE(bags.pairs(0, 1, false).size(), 1);
        QCOMPARE(bags.pairs(0, 1, false).first(), std::make_pair(bags.id(0, 0), bags.id(1, 0)));
        // Each has its own sentence in row 2: ten pairs, in the versions' order.
        const auto pairs = bags.pairs(2, 1, false);
        QCOMPARE(pairs.size(), 10);
        for (int w = 0; w < 10; ++w)
            QCOMPARE(pairs.at(w), std::make_pair(bags.id(2, w), bags.id(1, w)));
        // A cell alone on its row is judged against the sentences of the other row alone.
        QCOMPARE(bags.pairs(2, 3, true), (QList<std::pair<int, int>> { { -1, bags.id(3, 0) } }));
    }

    void windowNarrowsAtTheBudget()
    {
        const Story story;
        const MergeBags bags(story.rows, story.versions, story.similarity, story.plain);
        // Versions 10-19 lack row 1: at one row apart, row 0's one bag against one pair (1) and row 2's
        // ten bags against ten pairs (100); at two rows apart, row 3's one bag against one pair (1).
        QCOMPARE(bags.window(40, 3, 102), 40);
        QCOMPARE(bags.window(40, 3, 101), 1);
        QCOMPARE(bags.window(40, 3, 100), 0);
        QCOMPARE(bags.window(1, 3, 101), 1);
        // Cells of fewer terms than asked take no part: nothing to judge.
        QCOMPARE(bags.window(40, 5, 0), 40);
    }
};

QTEST_GUILESS_MAIN(TstMergeBags)
#include "tst_mergebags.moc"
