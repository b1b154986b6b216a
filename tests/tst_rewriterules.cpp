// SPDX-License-Identifier: GPL-3.0-or-later
// Rewrites, the rules of round 8 (issue 11, docs/alignment.md): split pieces judged once more against every
// version's cells after all versions are placed. Each rule has a case it must link and a counter-case
// it must keep apart; the texts are written for these tests.
#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "rewritefixture.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;
using namespace Parallax::RewriteFixture;

namespace {

// A wire lede, a radio script that says it in three short sentences, and a later site that says the
// third piece's fact ("18,000 people") in the radio's words. The radio's first two sentences say the
// lede well enough that a third piece adds too little for the gap's 1:3 step. `radioThird` is the radio's
// third sentence.
QList<Version> ledeSplitInThree(const QString &radioThird)
{
    return {
        load(u"wire"_s,
            u"Health officials told about 18,000 residents of Lunden on Wednesday to boil their tap water "
            "after E. coli bacteria were found in the town's supply.\n\n"
            "The bacteria were detected in two routine samples taken at the treatment works on Tuesday.\n\n"
            "Schools will stay open and will hand out bottled water to pupils.\n\n"
            "Further test results are expected on Saturday."_s),
        load(u"radio"_s,
            u"Health officials have told residents of Lunden to boil their tap water. E. coli bacteria "
            "were found in the town's supply on Wednesday. "_s
                + radioThird
                + u"\n\nSchools remain open, with bottled water for pupils.\n\n"
                  "New test results are due on Saturday."_s),
        load(u"site"_s,
            u"About 18,000 people in Lunden must boil their tap water until further notice after E. coli "
            "bacteria were found in the supply.\n\n"
            "Two routine samples taken at the treatment works on Tuesday showed the bacteria.\n\n"
            "Schools will stay open and will hand out bottled water to pupils.\n\n"
            "Further test results are expected on Saturday."_s),
    };
}

} // namespace

class TestRewriteRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitPieceJoinsByALaterVersion();
    void unrelatedShortSentenceStaysApart();
};

// The radio's "Around 18,000 people are affected." shares only the number with the wire's lede (the
// radio is placed before the site): half its weight is not said by the wire alone, but the site's lede
// says "18,000 people". Judged once more after every version is placed, it joins the lede's row.
void TestRewriteRules::splitPieceJoinsByALaterVersion()
{
    const Comparison c = compareVersions(ledeSplitInThree(u"Around 18,000 people are affected."_s));
    const int lede = rowOf(c, 0, u"Health officials told"_s);
    QVERIFY(lede >= 0);
    QCOMPARE(rowOf(c, 1, u"Health officials have told"_s), lede);
    QCOMPARE(rowOf(c, 2, u"About 18,000 people"_s), lede);
    QCOMPARE(rowOf(c, 1, u"Around 18,000 people"_s), lede);
    QCOMPARE(c.rows.at(lede).spans.at(1), 3);
}

// The counter-case: a third sentence beside the same lede that says something no version says there
// ("Around 300 people queued ...": "people" is the site's word, the rest is new) stays on a row of its own.
void TestRewriteRules::unrelatedShortSentenceStaysApart()
{
    const Comparison c = compareVersions(
        ledeSplitInThree(u"Around 300 people queued at the town hall for bottled water."_s));
    const int lede = rowOf(c, 0, u"Health officials told"_s);
    QVERIFY(lede >= 0);
    QCOMPARE(rowOf(c, 1, u"Health officials have told"_s), lede);
    const int queued = rowOf(c, 1, u"Around 300 people"_s);
    QVERIFY(queued >= 0);
    QVERIFY(queued != lede);
    const AlignedRow &row = c.rows.at(queued);
    for (int v : { 0, 2 })
        QCOMPARE(row.cells.at(v), -1);
}

QTEST_GUILESS_MAIN(TestRewriteRules)
#include "tst_rewriterules.moc"
