// SPDX-License-Identifier: GPL-3.0-or-later
// Rewrites, the rules of round 8 (issue 11, docs/alignment.md): split pieces judged once more against every
// version's cells after all versions are placed; numbers written in words. Each rule has a case it must link
// and a counter-case it must keep apart; the texts are written for these tests.
#include "align/numberwords_p.h"
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
    void numberWordRuns_data();
    void numberWordRuns();
    void pronounOneIsNoCount();
    void numberInWordsMatchesDigits();
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

void TestRewriteRules::numberWordRuns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length"); // tokens the run from the first word takes; 0 for none
    QTest::addColumn<qint64>("value");
    QTest::newRow("thousands and hundreds") << u"four thousand two hundred flats"_s << 4 << qint64(4200);
    QTest::newRow("and after hundred") << u"two hundred and fifty homes"_s << 4 << qint64(250);
    QTest::newRow("hyphenated tens") << u"twenty-five million euros"_s << 2 << qint64(25'000'000);
    QTest::newRow("tens and unit") << u"sixty seven passengers"_s << 2 << qint64(67);
    QTest::newRow("a lone number") << u"nine votes to four"_s << 0 << qint64(0);
    QTest::newRow("two counts side by side") << u"two three bedroom flats"_s << 0 << qint64(0);
    QTest::newRow("a unit before tens") << u"five twenty"_s << 0 << qint64(0);
    QTest::newRow("scales out of order") << u"two thousand million"_s << 2 << qint64(2000);
    QTest::newRow("and ending the run") << u"one hundred and counting"_s << 2 << qint64(100);
}

void TestRewriteRules::numberWordRuns()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(qint64, value);
    const QStringList words = text.split(u' ');
    QList<int> tokens;
    for (int i = 0; i < words.size(); ++i)
        tokens.append(i << 1);
    qint64 found = 0;
    QCOMPARE(int(Internal::numberWordRun(tokens, 0, words, &found)), length);
    if (length > 0)
        QCOMPARE(found, value);
}

void TestRewriteRules::pronounOneIsNoCount()
{
    const QStringList words { u"no"_s, u"one"_s, u"was"_s, u"hurt"_s, u"one"_s, u"of"_s, u"them"_s };
    const QList<int> tokens { 0 << 1, 1 << 1, 2 << 1, 3 << 1, 4 << 1, 5 << 1, 6 << 1 };
    QVERIFY(Internal::pronounOne(tokens, 1, words));
    QVERIFY(!Internal::pronounOne(tokens, 4, words)); // "one of them" counts one
    QVERIFY(!Internal::pronounOne(tokens, 0, words));
}

// A radio script says the wire's "4,200 flats" as "four thousand two hundred flats", at the end of the
// script: one number, the sentence's strongest anchor, makes it a move from the wire's row (the radio's three
// words all said there). The counter-case: "four hundred" is another number, and the sentence stays on its
// own.
void TestRewriteRules::numberInWordsMatchesDigits()
{
    auto story = [](const QString &radioFlats) {
        return compareVersions({
            load(u"wire"_s,
                u"The supreme court upheld the city's ban on short holiday lets in the old town on "
                u"Tuesday.\n\n"
                "The ban, which took effect in January, covers about 4,200 flats inside the old walls.\n\n"
                "Two judges dissented, saying owners deserved a transition period."_s),
            load(u"radio"_s,
                u"The supreme court has upheld the city's ban on short holiday lets in the old town.\n\n"
                "Two judges dissented and would have given owners a transition period.\n\n"_s
                    + radioFlats),
        });
    };
    const Comparison same = story(u"Around four thousand two hundred flats are covered."_s);
    const int flats = rowOf(same, 0, u"The ban, which took effect"_s);
    QVERIFY(flats >= 0);
    const int moved = rowOf(same, 1, u"Around four thousand"_s);
    QVERIFY(moved >= 0);
    QCOMPARE(same.rows.at(moved).moveTarget.at(1), flats);

    const Comparison other = story(u"Around four hundred flats are covered."_s);
    const int wire = rowOf(other, 0, u"The ban, which took effect"_s);
    const int alone = rowOf(other, 1, u"Around four hundred"_s);
    QVERIFY(wire >= 0 && alone >= 0 && alone != wire);
    QCOMPARE(other.rows.at(alone).moveTarget.at(1), -1);
}

QTEST_GUILESS_MAIN(TestRewriteRules)
#include "tst_rewriterules.moc"
