// SPDX-License-Identifier: GPL-3.0-or-later
// Rewrites, the rules of round 9 (issue 11, docs/alignment.md): a sub-heading inside the body links to
// sub-headings only; who said it is not what was said (the attribution frame of a sentence, and merged-from
// links judged without the source two sentences both name); a sentence moved and split in two. Each rule has
// a case it must link and a counter-case it must keep apart; the texts are written for these tests.
#include "align/attribution_p.h"
#include "align/roles.h"
#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "rewritefixture.h"
#include "rewriteset.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;
using namespace Parallax::RewriteFixture;

namespace {

Version loadMarkdown(const QString &name, const QString &text)
{
    LoadError error;
    auto v = ArticleLoader::loadData(text.toUtf8(), TextFormat::Markdown, name, &error);
    if (!v)
        qFatal("%s", qPrintable(describeInEnglish(error)));
    return *v;
}

// The words attributionWords() finds, joined by spaces.
QString frameOf(const QString &sentence)
{
    QStringList words;
    for (const Token &t : Tokenizer::tokenize(sentence))
        if (t.type == Token::Word || t.type == Token::Number)
            words.append(sentence.mid(t.start, t.end - t.start));
    QStringList out;
    for (int k : Internal::attributionWords(sentence))
        out.append(words.at(k));
    return out.join(u' ');
}

// A wire story and a site that puts a sub-heading under its lede that says words of the wire's lede the
// site's lede does not ("jewellery", "took"). `subheading` is the site's sub-heading line.
QList<Version> theftWithSubheading(const QString &subheading)
{
    return {
        load(u"wire"_s,
            u"Thieves took seven pieces of antique jewellery from the Oldham Street museum early on Sunday, "
            "police said.\n\n"
            "The most valuable of the stolen pieces is a sapphire necklace made in 1790.\n\n"
            "The raiders got in through a skylight and were gone within ten minutes.\n\n"
            "The museum will stay closed until further notice."_s),
        loadMarkdown(u"site"_s,
            u"# Seven jewels taken in museum raid\n\n"
            "Seven antique pieces were stolen from the Oldham Street museum early on Sunday.\n\n"_s
                + subheading
                + u"\n\nThe best known of the stolen pieces is a sapphire necklace made in 1790.\n\n"
                  "## How did it happen?\n\n"
                  "The thieves got in through a skylight and were gone within ten minutes.\n\n"
                  "The museum has closed until further notice."_s),
    };
}

// An operator's outage figures and its reconnection estimate: the first version says them apart, the
// second says the figures in a sentence of its own. `secondOutage` is that sentence.
QList<Version> outageAndEstimate(const QString &secondOutage)
{
    return {
        load(u"first"_s,
            u"About 14,000 homes along the coast were without electricity on Tuesday morning after the "
            u"storm.\n\n"
            "A gust of 87 mph was recorded at the lighthouse shortly after 3 am.\n\n"
            "Rail services between Bramley and Carrick have been suspended while the line is checked.\n\n"
            "Northline Power said most customers should be reconnected by the end of the day.\n\n"
            "Ferries from Bramley harbour have been cancelled for the day."_s),
        load(u"second"_s,
            secondOutage
                + u"\n\nA gust of 94 mph was recorded at the lighthouse shortly after 3 am.\n\n"
                  "Rail services between Bramley and Carrick have been suspended while the line is "
                  "checked.\n\n"
                  "Ferries from Bramley harbour have been cancelled for the day."_s),
    };
}

// A storm story whose second version moves the power-line advice to its end and says it in two sentences,
// the second of which is `secondPiece`.
QList<Version> adviceMovedAndSplit(const QString &secondPiece)
{
    return {
        load(u"wire"_s,
            u"Storm Ola brought down trees across the county overnight.\n\n"
            "The coast road is closed between Ashby and Corran.\n\n"
            "Engineers advised people to stay away from fallen power lines and to report them on the "
            "emergency "
            "number, 105.\n\n"
            "Rail services between Ashby and Corran have been suspended.\n\n"
            "Ferries from Ashby harbour have been cancelled for the day.\n\n"
            "Schools in Corran will open late."_s),
        load(u"update"_s,
            u"Storm Ola brought down trees across the county overnight.\n\n"
            "The coast road is closed between Ashby and Corran.\n\n"
            "Rail services between Ashby and Corran have been suspended.\n\n"
            "Ferries from Ashby harbour have been cancelled for the day.\n\n"
            "Schools in Corran will open late.\n\n"
            "Engineers reminded people not to go near fallen power lines. "_s
                + secondPiece),
    };
}

// A storm story whose update moves the trains down beside a quote that shares their words ("a train running
// through Corran"); `quote` is the wire's quote.
QList<Version> trainsMovedBesideAQuote(const QString &quote)
{
    return {
        load(u"wire"_s,
            u"Storm Ola brought down trees across the county overnight.\n\n"
            "Trains between Ashby and Corran will not run again until Wednesday morning.\n\n"
            "Ferries from Ashby harbour have been cancelled for the day.\n\n"
            "Schools in Corran will open late.\n\n"_s
                + quote + u"\n\nForecasters expect the wind to ease by the evening."_s),
        load(u"update"_s,
            u"Storm Ola brought down trees across the county overnight.\n\n"
            "Ferries from Ashby harbour have been cancelled for the day.\n\n"
            "Schools in Corran will open late.\n\n"
            "Trains between Ashby and Corran will run again from Wednesday morning.\n\n"
            "Forecasters expect the wind to ease by the evening."_s),
    };
}

} // namespace

class TestRewriteFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subheadingIsNotBody();
    void subheadingStaysOffTheLede();
    void subheadingsShareARow();
    void attributionWords_data();
    void attributionWords();
    void sameSourceIsNoMerge();
    void sameSourceWithTheFactMerges();
    void movedSentenceSplitInTwo();
    void movedSentenceBesideAnAddition();
    void contextYieldsToContent();
};

void TestRewriteFrames::subheadingIsNotBody()
{
    QList<Version> story = theftWithSubheading(u"## What was taken"_s);
    for (Version &v : story)
        assignRoles(v);
    const Version &site = story.at(1);
    QList<bool> sub;
    for (const Sentence &s : site.sentences)
        sub.append(isSubheading(s));
    // The headline is a role of the top, the sub-headings are body headings, the rest running text.
    QVERIFY(site.sentences.first().role == SentenceRole::Headline);
    QCOMPARE(sub, (QList<bool> { false, false, true, false, true, false, false }));
    for (const Sentence &s : story.at(0).sentences)
        QVERIFY(!isSubheading(s));
}

// "The jewellery they took" says words of the wire's lede and stands right under the site's lede, where a
// split piece of the lede would stand: it is no piece of it and no rewrite of any wire sentence, so it
// stands on a row of its own.
void TestRewriteFrames::subheadingStaysOffTheLede()
{
    const Comparison c = compareVersions(theftWithSubheading(u"## The jewellery they took"_s));
    const int lede = rowOf(c, 0, u"Thieves took"_s);
    QVERIFY(lede >= 0);
    QCOMPARE(rowOf(c, 1, u"Seven antique pieces"_s), lede);
    QCOMPARE(c.rows.at(lede).spans.at(1), 1);
    const int heading = rowOf(c, 1, u"The jewellery they took"_s);
    QVERIFY(heading >= 0 && heading != lede);
    QCOMPARE(c.rows.at(heading).cells.at(0), -1);
    QCOMPARE(c.rows.at(heading).moveTarget.at(1), -1);
    for (const AlignedRow &row : c.rows)
        for (const QList<int> &also : row.alsoRows)
            QVERIFY(!also.contains(heading));
}

// The counter-case: two versions' sub-headings of the same words still share a row.
void TestRewriteFrames::subheadingsShareARow()
{
    QList<Version> story = theftWithSubheading(u"## How the thieves got in"_s);
    story.append(loadMarkdown(u"update"_s,
        u"# Museum raid: two arrested\n\n"
        "Seven pieces of antique jewellery were stolen from the Oldham Street museum early on Sunday.\n\n"
        "## How the thieves got in\n\n"
        "The thieves got in through a skylight and were gone within ten minutes.\n\n"
        "The museum has closed until further notice."_s));
    const Comparison c = compareVersions(story);
    const int heading = rowOf(c, 1, u"How the thieves got in"_s);
    QVERIFY(heading >= 0);
    QCOMPARE(rowOf(c, 2, u"How the thieves got in"_s), heading);
    QCOMPARE(c.rows.at(heading).cells.at(0), -1);
}

void TestRewriteFrames::attributionWords_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("frame");
    QTest::newRow("source at the end")
        << u"A 40-year-old man was arrested on Monday, Detective Inspector Ruth Vale said."_s
        << u"Detective Inspector Ruth Vale said"_s;
    QTest::newRow("source opens the sentence")
        << u"Detective Inspector Ruth Vale said the gang had planned the raid for months."_s
        << u"Detective Inspector Ruth Vale said"_s;
    QTest::newRow("subject with appositions")
        << u"Ian Moss, the company's operations manager, said 300 staff would work through the night."_s
        << u"Ian Moss the company's operations manager said"_s;
    QTest::newRow("relative clause on the speaker")
        << u"Ruth Vale, who is leading the inquiry, said the raid was planned down to the minute."_s
        << u"Ruth Vale who is leading the inquiry said"_s;
    QTest::newRow("speaker after the quotation")
        << u"\"We will keep going through the night,\" said operations manager Ian Moss."_s
        << u"said operations manager Ian Moss"_s;
    QTest::newRow("verb with a short object")
        << u"\"It was terrifying,\" a witness told reporters."_s << u"a witness told reporters"_s;
    QTest::newRow("according to")
        << u"No illness had been reported by Wednesday, according to the regional health authority."_s
        << u"according to the regional health authority"_s;
    QTest::newRow("auxiliary") << u"Three roads are closed, and police have said more may follow."_s
                               << u"police have said"_s;
    // Counter-cases: no speaker, a verb phrase before the verb, a quoted "said".
    QTest::newRow("no reporting verb") << u"The museum will stay closed until further notice."_s << QString();
    QTest::newRow("verb phrase is no speaker")
        << u"The museum has closed and has not said when it will reopen."_s << QString();
    QTest::newRow("quoted words") << u"\"Nobody said it would be easy\" is painted on the wall."_s
                                  << QString();
    QTest::newRow("number is no speaker") << u"About 300 said they would stay."_s << QString();
}

void TestRewriteFrames::attributionWords()
{
    QFETCH(QString, sentence);
    QFETCH(QString, frame);
    QCOMPARE(frameOf(sentence), frame);
}

// The second version's outage sentence and the first's reconnection estimate share only "Northline Power
// said": the outage cell does not also say the estimate's row.
void TestRewriteFrames::sameSourceIsNoMerge()
{
    const Comparison c = compareVersions(outageAndEstimate(
        u"Northline Power said 31,000 homes were without electricity, as the wind brought down more lines inland."_s));
    const int outage = rowOf(c, 0, u"About 14,000 homes"_s);
    const int estimate = rowOf(c, 0, u"Northline Power said most"_s);
    QVERIFY(outage >= 0 && estimate >= 0);
    QCOMPARE(rowOf(c, 1, u"Northline Power said 31,000"_s), outage);
    QVERIFY(!c.rows.at(outage).alsoRows.value(1).contains(estimate));
}

// The counter-case: a sentence that states the estimate as well, in the same source's name, is linked with
// both (by its row, a move or a merged-from link).
void TestRewriteFrames::sameSourceWithTheFactMerges()
{
    const Comparison c = compareVersions(
        outageAndEstimate(u"Northline Power said 31,000 homes were without electricity and most customers "
                          "should be reconnected by the end of the day."_s));
    const RewriteSet::Links links = RewriteSet::predictedLinks(c, true, true);
    // The first version's outage (0) and estimate (3), the second's merged sentence (0).
    QVERIFY(c.versions.at(0).sentenceText(3).startsWith(u"Northline Power said most"_s));
    QVERIFY(links.count(RewriteSet::makeLink(0, 0, 1, 0)));
    QVERIFY(links.count(RewriteSet::makeLink(0, 3, 1, 0)));
}

// The update's two last sentences together say the wire's advice (each its own part: keeping away, reporting
// on 105): one cell of two sentences, moved from the wire's row.
void TestRewriteFrames::movedSentenceSplitInTwo()
{
    const Comparison c = compareVersions(
        adviceMovedAndSplit(u"Anyone who sees one should report it on the emergency number, 105."_s));
    const int advice = rowOf(c, 0, u"Engineers advised"_s);
    const int moved = rowOf(c, 1, u"Engineers reminded"_s);
    QVERIFY(advice >= 0 && moved >= 0 && moved != advice);
    QCOMPARE(rowOf(c, 1, u"Anyone who sees one"_s), moved);
    QCOMPARE(c.rows.at(moved).spans.at(1), 2);
    QCOMPARE(c.rows.at(moved).moveTarget.at(1), advice);
    QCOMPARE(c.rows.at(advice).moveTarget.at(1), moved);
}

// The counter-case: a sentence beside the moved one that says something else stays a row of its own.
void TestRewriteFrames::movedSentenceBesideAnAddition()
{
    const Comparison c
        = compareVersions(adviceMovedAndSplit(u"Volunteers cleared the churchyard on Sunday afternoon."_s));
    const int added = rowOf(c, 1, u"Volunteers cleared"_s);
    QVERIFY(added >= 0);
    QCOMPARE(c.rows.at(added).spans.at(1), 1);
    QCOMPARE(c.rows.at(added).moveTarget.at(1), -1);
    QCOMPARE(c.rows.at(added).cells.at(0), -1);
}

// Between the schools and the forecast, the update's trains and the wire's quote are the rows and sentences
// left: the context would pair them ("train", "running", "Corran"), but the trains plainly rewrite the wire's
// trains sentence higher up, and move there; the quote stays the wire's alone.
void TestRewriteFrames::contextYieldsToContent()
{
    const Comparison c = compareVersions(trainsMovedBesideAQuote(
        u"One woman said the wind had sounded like a train running through Corran."_s));
    const int trains = rowOf(c, 0, u"Trains between"_s);
    const int quote = rowOf(c, 0, u"One woman"_s);
    const int moved = rowOf(c, 1, u"Trains between"_s);
    QVERIFY(trains >= 0 && quote >= 0 && moved >= 0);
    QVERIFY(moved != quote);
    QCOMPARE(c.rows.at(quote).cells.at(1), -1);
    QCOMPARE(c.rows.at(moved).moveTarget.at(1), trains);
}

QTEST_GUILESS_MAIN(TestRewriteFrames)
#include "tst_rewriteframes.moc"
