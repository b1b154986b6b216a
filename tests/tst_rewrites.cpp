// SPDX-License-Identifier: GPL-3.0-or-later
// Rewrites: the rows link paraphrased, split, merged and moved sentences across all versions, and the top
// of a story (headline, standfirst, byline, dateline) aligns role to role. The data-driven part scores
// the hand-made rewrite set (tests/data/rewrites) against its expected rows and the naive baseline; the
// focused cases each build a few short versions of their own.
#include "align/roles.h"
#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "rewritefixture.h"
#include "rewriteset.h"
#include "testpaths.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;
using namespace Parallax::RewriteFixture;

namespace {

int sentenceIndex(const Version &v, const QString &prefix)
{
    for (int s = 0; s < v.sentences.size(); ++s)
        if (v.sentenceText(s).startsWith(prefix))
            return s;
    return -1;
}

} // namespace

class TestRewrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewriteSet_data();
    void rewriteSet();
    void rewriteSetBeatsNaiveBaseline();
    void paraphraseSharesRow();
    void splitInTwoWithRewording();
    void mergeOfTwoSentences();
    void nonBaseVersionsShareRow();
    void splitAcrossTwoRowsWithRewording();
    void seedsSplitAndParaphraseOf003();
    void moveBetweenNonBaseVersions();
    void derivedWordsLinkAMovedParaphrase();
    void shortSummaryOfALongSentenceMoves();
    void headlinesShareOneRow();
    void unrelatedSentencesStayApart();
    void rolesInPlainText();
    void rolesFromMarkup();
    void titleBlockIsTheHeadline();
    void repeatedHeadlineJoinsItsRow();
    void movedMergeTakesBothRows();
    void mergedFromRowsApart();
    void paragraphMovesAsABlock();
};

void TestRewrites::rewriteSet_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<double>("precisionFloor");
    const QStringList folders
        = RewriteSet::storyFolders(QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/rewrites"_s);
    QVERIFY2(folders.size() >= 3, "the rewrite set has at least three stories");
    for (const QString &f : folders)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f << 0.95;
    // The held-out stories (tests/data/rewrites-heldout/README.md): 0.945 when they were added, 0.972 and
    // 0.983 since round 9's rules (sub-headings, merged-from links judged without the source both name);
    // issue 11's 0.95 holds for them too.
    const QStringList heldOut
        = RewriteSet::storyFolders(QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/rewrites-heldout"_s);
    QVERIFY2(heldOut.size() >= 2, "the held-out set has at least two stories");
    for (const QString &f : heldOut)
        QTest::newRow(qPrintable(u"heldout-"_s + QFileInfo(f).fileName())) << f << 0.95;
    // The blind stories (tests/data/rewrites-blind/README.md), written in round 9 and kept from the
    // engineers who chose that round's rules: 0.875 and 0.923. A guard against losing ground on text
    // nobody tuned to; issue 11's 0.95 does not hold for them yet.
    const QStringList blind
        = RewriteSet::storyFolders(QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/rewrites-blind"_s);
    QVERIFY2(blind.size() >= 2, "the blind set has at least two stories");
    for (const QString &f : blind)
        QTest::newRow(qPrintable(u"blind-"_s + QFileInfo(f).fileName())) << f << 0.85;
}

// Each story: precise links (held-out stories: see rewriteSet_data), more of them right than the naive
// baseline finds, and every sentence in exactly one row.
void TestRewrites::rewriteSet()
{
    QFETCH(QString, folder);
    QFETCH(double, precisionFloor);
    RewriteSet::Story story;
    QString error;
    QVERIFY2(RewriteSet::loadStory(folder, &story, &error), qPrintable(error));
    const Comparison c = compareVersions(story.versions);
    const RewriteSet::Links expected = RewriteSet::expectedLinks(story);
    QVERIFY(expected.size() >= 40);
    RewriteSet::Score ours, naive;
    ours.add(expected, RewriteSet::predictedLinks(c, true));
    naive.add(expected, RewriteSet::naiveLinks(story.versions));
    QVERIFY2(ours.precision() >= precisionFloor, qPrintable(u"precision %1"_s.arg(ours.precision())));
    QVERIFY2(ours.f1() > naive.f1(), qPrintable(u"F1 %1, naive %2"_s.arg(ours.f1()).arg(naive.f1())));
    for (int v = 0; v < c.versions.size(); ++v) {
        QList<int> seen(c.versions.at(v).sentences.size(), 0);
        for (const AlignedRow &row : c.rows)
            for (int k = 0; row.cells.at(v) >= 0 && k < row.spans.at(v); ++k)
                ++seen[row.cells.at(v) + k];
        QCOMPARE(seen.count(1), seen.size());
    }
    // The first expected row of every story is its headlines: one row, whatever the wording.
    const QList<QList<int>> &headlines = story.rows.first();
    int row = -1;
    for (int v = 0; v < headlines.size(); ++v) {
        if (headlines.at(v).isEmpty())
            continue;
        QCOMPARE(toString(c.versions.at(v).sentences.at(headlines.at(v).first()).role),
            toString(SentenceRole::Headline));
        const int r = rowOf(c, v, c.versions.at(v).sentenceText(headlines.at(v).first()));
        QVERIFY(r >= 0);
        if (row < 0)
            row = r;
        QCOMPARE(r, row);
    }
}

// The whole set, as the done criterion states it: F1 at least 0.05 above the naive baseline.
void TestRewrites::rewriteSetBeatsNaiveBaseline()
{
    RewriteSet::Score ours, naive;
    for (const QString &folder :
        RewriteSet::storyFolders(QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/rewrites"_s)) {
        RewriteSet::Story story;
        QString error;
        QVERIFY2(RewriteSet::loadStory(folder, &story, &error), qPrintable(error));
        const RewriteSet::Links expected = RewriteSet::expectedLinks(story);
        ours.add(expected, RewriteSet::predictedLinks(compareVersions(story.versions), true));
        naive.add(expected, RewriteSet::naiveLinks(story.versions));
    }
    QVERIFY2(ours.precision() >= 0.95, qPrintable(u"precision %1"_s.arg(ours.precision())));
    QVERIFY2(ours.f1() >= naive.f1() + 0.05, qPrintable(u"F1 %1, naive %2"_s.arg(ours.f1()).arg(naive.f1())));
}

// A sentence reworded with synonyms and another order of its clauses, between two kept sentences.
void TestRewrites::paraphraseSharesRow()
{
    const Comparison c = compareVersions({
        load(u"a"_s,
            u"The museum in Orlen will close for two years from June while its roof is replaced.\n\n"
            "Curators rejected a plan to move the collection to a warehouse outside the town.\n\n"
            "The renovation is expected to cost 38 million euros, most of it paid by the region."_s),
        load(u"b"_s,
            u"The museum in Orlen will close for two years from June while its roof is replaced.\n\n"
            "A proposal to store the collection in a warehouse beyond the town was turned down by "
            "curators.\n\n"
            "The renovation is expected to cost 38 million euros, most of it paid by the region."_s),
    });
    QVERIFY(rowOf(c, 0, u"Curators rejected"_s) >= 0);
    QCOMPARE(rowOf(c, 1, u"A proposal to store"_s), rowOf(c, 0, u"Curators rejected"_s));
}

void TestRewrites::splitInTwoWithRewording()
{
    const Comparison c = compareVersions({
        load(u"a"_s,
            u"Rescuers reached the three climbers stranded on Mount Kessel on Sunday, after a storm had kept "
            "helicopters grounded for two days.\n\n"
            "All three were taken to hospital in Varna with frostbite."_s),
        load(u"b"_s,
            u"Rescuers reached the three stranded climbers on Mount Kessel on Sunday. A storm had grounded "
            "the helicopters for two days.\n\n"
            "All three were taken to hospital in Varna with frostbite."_s),
    });
    const int row = rowOf(c, 0, u"Rescuers reached"_s);
    QVERIFY(row >= 0);
    QCOMPARE(rowOf(c, 1, u"Rescuers reached"_s), row);
    QCOMPARE(rowOf(c, 1, u"A storm had grounded"_s), row);
    QCOMPARE(c.rows.at(row).spans.at(1), 2);
}

void TestRewrites::mergeOfTwoSentences()
{
    const Comparison c = compareVersions({
        load(u"a"_s,
            u"The bakery chain Holm will open 14 new shops in the north next year. "
            "The expansion will create about 300 jobs, the company said.\n\n"
            "Its founder, Ida Holm, started the business in a garage in 1994."_s),
        load(u"b"_s,
            u"Holm, the bakery chain, said it would open 14 new shops in the north next year, creating "
            "some 300 jobs.\n\n"
            "Its founder, Ida Holm, started the business in a garage in 1994."_s),
    });
    const int row = rowOf(c, 1, u"Holm, the bakery chain"_s);
    QVERIFY(row >= 0);
    QCOMPARE(rowOf(c, 0, u"The bakery chain Holm"_s), row);
    QCOMPARE(rowOf(c, 0, u"The expansion will create"_s), row);
}

// Two versions that are not the base share a sentence the base lacks: one row for both.
void TestRewrites::nonBaseVersionsShareRow()
{
    const QString top = u"The port of Selm handled a record 41 million tonnes of cargo last year.\n\n"_s;
    const QString middle = u"Container traffic rose by 12 percent, driven by new routes to Asia.\n\n"_s;
    const QString end = u"The port authority plans to deepen the main channel by 2029."_s;
    CompareOptions options;
    options.base = u"base"_s;
    const Comparison c = compareVersions(
        {
            load(u"base"_s, top + middle + end),
            load(u"second"_s,
                top + middle + u"Dock workers threatened to strike over night shifts in March.\n\n"_s + end),
            load(u"third"_s,
                top + middle + u"In March, dockers warned that they could strike over the night shifts.\n\n"_s
                    + end),
        },
        options);
    QCOMPARE(c.base, 0);
    const int row = rowOf(c, 1, u"Dock workers"_s);
    QVERIFY(row >= 0);
    QCOMPARE(rowOf(c, 2, u"In March, dockers"_s), row);
    QCOMPARE(c.rows.at(row).cells.at(0), -1);
    QCOMPARE(toString(c.rows.at(row).status.at(1)), toString(CellStatus::Added));
}

// The seeds' pattern (issue 11): one version's second sentence says the end of the first sentence of the
// other and its third says the second in other words, while a third version added sentences between the
// two. The second joins the first row as a split piece; the third aligns with the second row, the
// closest pair in the small block between two matched pairs.
void TestRewrites::splitAcrossTwoRowsWithRewording()
{
    const QString first
        = u"The mayor of Dorn met the rail minister on Friday and said they agreed to keep the night "
          "train to the capital, but the minister turned down his request for a new station.\n\n"_s;
    const QString second
        = u"After the meeting, the mayor said the line would not be electrified before 2030, "
          "something the town considers essential for its two factories.\n\n"_s;
    const QString end = u"The town council will discuss the timetable again in March.\n\n"
                        "Rail passengers' groups welcomed the decision on the night train."_s;
    CompareOptions options;
    options.base = u"wire"_s;
    const Comparison c = compareVersions(
        {
            load(u"wire"_s, first + second + end),
            load(u"copy"_s,
                first
                    + u"\"We will keep asking for the station,\" he told the local radio. Freight operators "
                      "said they would add a second daily service.\n\n"_s
                    + second + end),
            load(u"rewrite"_s,
                u"Dorn's mayor held talks with the rail minister on Friday. Although the two agreed that the "
                "night train to the capital would stay, the mayor's request for a new station was rejected. "
                "The town considers electrification essential for its two factories, which will have to wait "
                "until 2030.\n\n"_s
                    + end),
        },
        options);
    const int row = rowOf(c, 0, u"The mayor of Dorn"_s);
    QVERIFY(row >= 0);
    QCOMPARE(rowOf(c, 2, u"Dorn's mayor held talks"_s), row);
    QCOMPARE(rowOf(c, 2, u"Although the two agreed"_s), row);
    QCOMPARE(c.rows.at(row).spans.at(2), 2);
    const int next = rowOf(c, 0, u"After the meeting"_s);
    QVERIFY(next > row);
    QCOMPARE(rowOf(c, 2, u"The town considers electrification"_s), next);
    // The added sentences of the copy are not the rewrite's.
    QCOMPARE(c.rows.at(rowOf(c, 1, u"Freight operators"_s)).cells.at(2), -1);
    QCOMPARE(c.rows.at(rowOf(c, 1, u"\"We will keep asking"_s)).cells.at(2), -1);
}

// The real case of issue 11 on the seeds (skipped without the corpus): 003 renders the wire's "After
// meeting Xi, Blinken said China is not ready to resume military-to-military contacts, something the
// U.S. considers crucial ..." in two rewritten sentences, the first of which also says the end of the
// wire's first sentence; and it renders the quote on military exchanges as reported speech.
void TestRewrites::seedsSplitAndParaphraseOf003()
{
    const QDir seeds(QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s);
    const QStringList files = seeds.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    if (files.size() != 5)
        QSKIP("the seed corpus (../shared/corpus/seeds) is not here");
    QList<Version> versions;
    for (const QString &f : files) {
        LoadError error;
        auto v = ArticleLoader::loadFile(seeds.filePath(f), &error);
        QVERIFY2(v, qPrintable(describeInEnglish(error)));
        versions.append(std::move(*v));
    }
    const Comparison c = compareVersions(versions);
    QCOMPARE(c.base, 0);
    const int first = rowOf(c, 0, u"U.S. Secretary of State"_s);
    const int second = rowOf(c, 0, u"After meeting Xi, Blinken said"_s);
    QVERIFY(first >= 0 && second > first);
    QCOMPARE(rowOf(c, 3, u"Although they agreed"_s), first);
    QCOMPARE(rowOf(c, 3, u"The U.S. considers such communication"_s), second);
    QCOMPARE(rowOf(c, 3, u"He attributed the difficulty"_s), rowOf(c, 0, u"\u201CThe U.S. side is surely"_s));
}

// The base lacks a sentence that two other versions place differently: a move links them, and the moved
// cell points at a row where the base has nothing.
void TestRewrites::moveBetweenNonBaseVersions()
{
    const QString a = u"The port of Selm handled a record 41 million tonnes of cargo last year.\n\n"_s;
    const QString b = u"Container traffic rose by 12 percent, driven by new routes to Asia.\n\n"_s;
    const QString cc = u"Bulk cargo fell slightly as coal shipments to the power station ended.\n\n"_s;
    const QString d = u"The port authority plans to deepen the main channel by 2029."_s;
    const QString extra = u"Dock workers threatened to strike over night shifts in March.\n\n"_s;
    CompareOptions options;
    options.base = u"base"_s;
    const Comparison c = compareVersions(
        {
            load(u"base"_s, a + b + cc + d),
            load(u"second"_s, a + extra + b + cc + d),
            load(u"third"_s, a + b + cc + extra + d),
        },
        options);
    const int early = rowOf(c, 1, u"Dock workers"_s), late = rowOf(c, 2, u"Dock workers"_s);
    QVERIFY(early >= 0 && late >= 0);
    QVERIFY(early != late);
    QCOMPARE(c.rows.at(early).cells.at(0), -1);
    QCOMPARE(c.rows.at(late).cells.at(0), -1);
    // One of the two is the moved one, and both rows point at each other.
    const bool thirdMoved = c.rows.at(late).moveTarget.at(2) == early;
    const bool secondMoved = c.rows.at(early).moveTarget.at(1) == late;
    QVERIFY(thirdMoved != secondMoved);
    const int version = thirdMoved ? 2 : 1;
    const int from = thirdMoved ? early : late, to = thirdMoved ? late : early;
    QCOMPARE(c.rows.at(from).moveTarget.at(version), to);
    QCOMPARE(toString(c.rows.at(to).status.at(version)), toString(CellStatus::Moved));
    // The base shares nothing with a move between two other versions: no change is classified for it.
    for (const Change &ch : c.changes)
        QVERIFY(ch.row != to || ch.version != version);
}

// "signed" and "signatures" are one word family (WordNet's derivational links): with the number and the
// petition they carry a paraphrase that moved to another place above the move floor.
void TestRewrites::derivedWordsLinkAMovedParaphrase()
{
    const QString top = u"The city of Harl will close its public baths in June to save money.\n\n"_s;
    const QString vote = u"The council approved the closure by 12 votes to 7 on Tuesday evening.\n\n"_s;
    const QString pool = u"The building, which opened in 1931, needs a new roof and new pumps.\n\n"_s;
    const Comparison c = compareVersions({
        load(u"a"_s,
            top + vote + pool
                + u"A petition against the closure collected more than 8,400 signatures in two weeks."_s),
        load(u"b"_s,
            top + u"More than 8,400 people have signed a petition opposing the closure.\n\n"_s + vote + pool),
    });
    const int from = rowOf(c, 0, u"A petition against"_s), to = rowOf(c, 1, u"More than 8,400"_s);
    QVERIFY(from >= 0 && to >= 0);
    QVERIFY(from == to || c.rows.at(from).moveTarget.at(1) == to);
}

// A short sentence whose few content words a long one all says (a summary moved up the story) is linked to
// it, though Dice over the two, the long one's many other words included, stays below the move floor.
void TestRewrites::shortSummaryOfALongSentenceMoves()
{
    const QString budget = u"The city council approved a budget of 48 million dollars on Monday.\n\n"_s;
    const QString mayor = u"The mayor said the money would pay for road repairs and two new schools.\n\n"_s;
    const QString unions = u"Teachers' unions, which had staged three strikes over pay since 2024, described "
                           u"the plan as a welcome surprise after years of cuts to classroom budgets.\n\n"_s;
    const QString rest = u"Opposition councillors voted against it.\n\nWork on the schools will start in "
                         u"September."_s;
    const Comparison c = compareVersions({
        load(u"a"_s, budget + mayor + unions + rest),
        load(u"b"_s, budget + u"Teachers' unions welcomed the plan.\n\n"_s + mayor + rest),
    });
    const int from = rowOf(c, 0, u"Teachers' unions, which"_s),
              to = rowOf(c, 1, u"Teachers' unions welcomed"_s);
    QVERIFY(from >= 0 && to >= 0);
    QVERIFY(from != to);
    QCOMPARE(c.rows.at(from).moveTarget.at(1), to);
    QCOMPARE(toString(c.rows.at(to).status.at(1)), toString(CellStatus::Moved));
    // A short sentence of which the long one says only half stays apart.
    const Comparison other = compareVersions({
        load(u"a"_s, budget + mayor + unions + rest),
        load(u"b"_s, budget + u"School cleaners' unions rejected the plan.\n\n"_s + mayor + rest),
    });
    const int lone = rowOf(other, 1, u"School cleaners"_s);
    QVERIFY(lone >= 0);
    QCOMPARE(other.rows.at(lone).moveTarget.at(1), -1);
    QCOMPARE(other.rows.at(lone).cells.at(0), -1);
}

void TestRewrites::headlinesShareOneRow()
{
    const QString body
        = u"The regional court in Tamsk ruled on Thursday that the new bypass road may be built.\n\n"
          "Residents had argued that the road would cut through a protected wetland.\n\n"_s;
    const Comparison c = compareVersions({
        load(u"a"_s, u"Court clears way for Tamsk bypass\n\nBy Olga Brandt\n\n"_s + body),
        load(u"b"_s,
            u"Judges side with road builders in wetland dispute\n\nAnna Lind and Petr Novak\n\n"_s + body),
        load(u"c"_s, u"Tamsk bypass can go ahead, court rules\n\n"_s + body),
    });
    for (int v = 0; v < 3; ++v)
        QCOMPARE(toString(c.versions.at(v).sentences.first().role), toString(SentenceRole::Headline));
    const int row = rowOf(c, 0, u"Court clears way"_s);
    QCOMPARE(rowOf(c, 1, u"Judges side"_s), row);
    QCOMPARE(rowOf(c, 2, u"Tamsk bypass can go"_s), row);
    QCOMPARE(rowOf(c, 1, u"Anna Lind"_s), rowOf(c, 0, u"By Olga Brandt"_s));
    // A headline never joins a body sentence.
    QVERIFY(rowOf(c, 0, u"The regional court"_s) != row);
}

// Sentences on one topic that say different things are not linked.
void TestRewrites::unrelatedSentencesStayApart()
{
    const Comparison c = compareVersions({
        load(u"a"_s,
            u"The zoo in Brell welcomed two snow leopard cubs on Monday.\n\n"
            "Keepers said both cubs were healthy and feeding well.\n\n"
            "The zoo will reopen its big cat house in May."_s),
        load(u"b"_s,
            u"The zoo in Brell welcomed two snow leopard cubs on Monday.\n\n"
            "Visitor numbers at the zoo fell by a third during the winter.\n\n"
            "The zoo will reopen its big cat house in May."_s),
    });
    QVERIFY(rowOf(c, 0, u"Keepers said"_s) != rowOf(c, 1, u"Visitor numbers"_s));
}

void TestRewrites::rolesInPlainText()
{
    Version v = load(u"a"_s,
        u"Home\n\nHarbour fees to rise by a fifth\n\nShipping lines warn of higher prices for importers\n\n"
        "By Karl Moen\n\nUpdated 3 February 2027, 14:20\n\n"
        "KELD (NP) — The harbour of Keld will raise its fees by 20 percent from April. "
        "The board approved the rise on Monday.\n\n"
        "Shipping lines said the cost would be passed on.\n\n"
        "Mayor Vera Holt\n\nsaid nothing."_s);
    assignRoles(v);
    auto role = [&](const QString &prefix) { return v.sentences.at(sentenceIndex(v, prefix)).role; };
    QCOMPARE(toString(role(u"Harbour fees"_s)), toString(SentenceRole::Headline));
    QCOMPARE(toString(role(u"Shipping lines warn"_s)), toString(SentenceRole::Standfirst));
    QCOMPARE(toString(role(u"By Karl Moen"_s)), toString(SentenceRole::Byline));
    QCOMPARE(toString(role(u"Updated 3 February"_s)), toString(SentenceRole::Dateline));
    QCOMPARE(toString(role(u"KELD (NP)"_s)), toString(SentenceRole::Lede));
    QCOMPARE(toString(role(u"The board approved"_s)), toString(SentenceRole::Lede));
    QCOMPARE(toString(role(u"Shipping lines said"_s)), toString(SentenceRole::Body));
    // Below the lede nothing is a headline or a byline, whatever its form.
    QCOMPARE(toString(role(u"Mayor Vera Holt"_s)), toString(SentenceRole::Body));
}

void TestRewrites::rolesFromMarkup()
{
    LoadError error;
    auto v = ArticleLoader::loadData(
        "# Harbour fees to rise\n\n*Importers face higher prices*\n\nThe harbour of Keld will raise its fees "
        "by "
        "20 percent from April, its board said.\n\n## What changes\n\nFees for cruise ships double.\n",
        TextFormat::Markdown, u"md"_s, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    assignRoles(*v);
    QCOMPARE(toString(v->sentences.at(0).role), toString(SentenceRole::Headline));
    QCOMPARE(toString(v->sentences.at(1).role), toString(SentenceRole::Standfirst));
    QCOMPARE(toString(v->sentences.at(2).role), toString(SentenceRole::Lede));
    QCOMPARE(toString(v->sentences.at(3).role), toString(SentenceRole::Body)); // a sub-heading
    QCOMPARE(toString(SentenceRole::Standfirst), u"standfirst"_s);
}

// The sender's name set as a heading above the headline (a press release's letterhead) is not the
// headline: the block that is the document's title is, and what stands above it is no role.
void TestRewrites::titleBlockIsTheHeadline()
{
    LoadError error;
    auto v = ArticleLoader::loadData(
        "<html><head><title>Eastbank tram contract goes to tender</title></head><body><article>"
        "<h2>Vellport Transit Authority</h2><h1>Eastbank tram contract goes to tender</h1>"
        "<p>The transit authority will put the first construction contract for the tram line out to tender "
        "on Monday.</p><p>Bids close in December, and the contract is to be awarded in February.</p>"
        "</article></body></html>",
        TextFormat::Html, u"html"_s, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    assignRoles(*v);
    auto role = [&](const QString &prefix) { return v->sentences.at(sentenceIndex(*v, prefix)).role; };
    QCOMPARE(toString(role(u"Vellport Transit"_s)), toString(SentenceRole::Body));
    QCOMPARE(toString(role(u"Eastbank tram"_s)), toString(SentenceRole::Headline));
    QCOMPARE(toString(role(u"The transit authority"_s)), toString(SentenceRole::Lede));
}

// A page that prints its headline twice (seed 003) says one headline: both copies stand in the row of the
// other versions' headline, not the second on a row of its own marked added.
void TestRewrites::repeatedHeadlineJoinsItsRow()
{
    const QString headline = u"Storm closes Varna airport for a second day\n\n"_s;
    const QString body
        = u"Flights from Varna were cancelled on Tuesday as winds reached 120 kilometres an hour.\n\n"
          "The airport expects to reopen on Wednesday morning."_s;
    const Comparison c = compareVersions({
        load(u"wire"_s, headline + u"By Ana Petrova\n\n"_s + body),
        load(u"site"_s, headline + headline + body),
    });
    const int row = rowOf(c, 0, u"Storm closes"_s);
    QVERIFY(row >= 0);
    QCOMPARE(c.rows.at(row).cells.at(1), 0);
    QCOMPARE(c.rows.at(row).spans.at(1), 2);
    // Two texts that differ stay apart: only the word-for-word repeat joins.
    QVERIFY(rowOf(c, 0, u"By Ana Petrova"_s) != row);
}

// A sentence that says what two neighbouring sentences of the base say, and also moved further down: the
// move points at one row that holds both.
void TestRewrites::movedMergeTakesBothRows()
{
    const QString intro
        = u"Rail operator Nordline closed the Tamsin bridge in Orrin on Wednesday after inspectors "
          "found cracks in two of its girders.\n\n"_s;
    const QString history
        = u"The bridge was built in 1911 and last strengthened in 1987. A routine inspection "
          "in March had found no serious faults.\n\n"_s;
    const QString buses
        = u"Replacement buses will run between Orrin Central and Wellby until the repairs are "
          "done.\n\n"_s;
    const QString freight = u"Freight trains will be diverted through Hallam, adding 90 kilometres.\n\n"_s;
    const QString merged = u"Built in 1911 and last strengthened in 1987, the bridge had passed a routine "
                           "inspection in March with no serious faults."_s;
    const Comparison c = compareVersions({
        load(u"wire"_s, intro + history + buses + freight),
        load(u"local"_s, intro + buses + freight + merged),
    });
    const int from = rowOf(c, 0, u"The bridge was built"_s);
    QVERIFY(from >= 0);
    QCOMPARE(rowOf(c, 0, u"A routine inspection"_s), from);
    const int to = rowOf(c, 1, u"Built in 1911"_s);
    QVERIFY(to >= 0);
    QCOMPARE(c.rows.at(from).moveTarget.at(1), to);
    QCOMPARE(c.rows.at(to).moveTarget.at(1), from);
}

// One sentence of the radio says what two sentences of the wire say that stand apart (the lede and the cost
// two sentences on), while the paper keeps them apart too: the radio's sentence stands on the lede's row
// and names the cost's row as a row it also says; its other sentences name none.
void TestRewrites::mergedFromRowsApart()
{
    const QString wire
        = u"The town of Marlow will close its central swimming pool for eighteen months from July while "
          "the roof is rebuilt.\n\n"
          "About 900 people swim there every week.\n\n"
          "The repairs will cost 6.4 million euros, which the council will borrow from the regional bank.\n\n"
          "Lessons for schools will move to the leisure centre in Eastfield.\n\n"
          "Opposition councillors said the pool should have been repaired years ago."_s;
    const QString paper
        = u"Marlow's central swimming pool will close for eighteen months from July so that its roof can be "
          "rebuilt.\n\n"
          "Some 900 swimmers use it every week.\n\n"
          "The council will borrow the 6.4 million euros the repairs cost from the regional bank.\n\n"
          "School lessons will move to the leisure centre in Eastfield.\n\n"
          "Opposition councillors said the repairs were years overdue."_s;
    const QString radio
        = u"Marlow's central pool shuts in July for eighteen months of roof repairs costing 6.4 million "
          "euros.\n\n"
          "School swimming lessons move to Eastfield.\n\n"
          "The opposition says the pool should have been repaired years ago."_s;
    const Comparison c
        = compareVersions({ load(u"wire"_s, wire), load(u"paper"_s, paper), load(u"radio"_s, radio) });
    const int lede = rowOf(c, 0, u"The town of Marlow"_s), cost = rowOf(c, 0, u"The repairs will cost"_s);
    QVERIFY(lede >= 0 && cost >= 0 && lede != cost);
    QCOMPARE(rowOf(c, 2, u"Marlow's central pool"_s), lede);
    QCOMPARE(rowOf(c, 1, u"The council will borrow"_s), cost);
    QCOMPARE(c.rows.at(lede).alsoRows.value(2), QList<int> { cost });
    // The paper says the two apart, and the radio's other sentences say one row each.
    QVERIFY(c.rows.at(lede).alsoRows.value(1).isEmpty());
    for (const QString &other : { u"School swimming"_s, u"The opposition says"_s }) {
        const int r = rowOf(c, 2, other);
        QVERIFY(r >= 0);
        QVERIFY2(c.rows.at(r).alsoRows.value(2).isEmpty(), qPrintable(other));
    }
    // The links the rewrite set's scoring makes of it: the radio's sentence with the wire's and the
    // paper's cost sentences.
    const RewriteSet::Links links = RewriteSet::predictedLinks(c, true);
    const int radioLede = sentenceIndex(c.versions.at(2), u"Marlow's central pool"_s);
    QVERIFY(links.count(
        RewriteSet::makeLink(0, sentenceIndex(c.versions.at(0), u"The repairs will cost"_s), 2, radioLede)));
    QVERIFY(links.count(RewriteSet::makeLink(
        1, sentenceIndex(c.versions.at(1), u"The council will borrow"_s), 2, radioLede)));
    QVERIFY(!RewriteSet::predictedLinks(c, true, false)
            .count(RewriteSet::makeLink(
                0, sentenceIndex(c.versions.at(0), u"The repairs will cost"_s), 2, radioLede)));
}

// An editor who moves a paragraph moves its sentences together and may reword each: two neighbouring
// sentences, each saying one of two neighbouring rows the version left empty too weakly for a move on
// its own, have moved as a block. The same weak paraphrase moved alone, beside an addition, stays apart.
void TestRewrites::paragraphMovesAsABlock()
{
    const QString lede = u"The city of Brask opened its new concert hall on Saturday after four years of "
                         u"building work.\n\n"_s;
    const QString tickets = u"Tickets for the first season sold out within two hours.\n\n"_s;
    const QString snow = u"Heavy snow delayed the roof by three months in the winter of 2024.\n\n"_s;
    const QString rest = u"The acoustics were designed by the Finnish firm Laukka.\n\n\"We built it for the "
                         u"whole city,\" said mayor Ines Roth.\n\n"_s;
    const QString end = u"The hall seats 1,400 people."_s;
    const QString seats = u"Every ticket for the opening season was gone within a morning.\n\n"_s;
    const Comparison c = compareVersions({
        load(u"a"_s, lede + tickets + snow + rest + end),
        load(u"b"_s,
            lede + rest + seats + u"Snowfall that winter held up the roofers for a quarter of a year.\n\n"_s
                + end),
    });
    const int ticketsRow = rowOf(c, 0, u"Tickets for"_s), seatsRow = rowOf(c, 1, u"Every ticket"_s);
    const int snowRow = rowOf(c, 0, u"Heavy snow"_s), snowfallRow = rowOf(c, 1, u"Snowfall that"_s);
    QVERIFY(ticketsRow >= 0 && seatsRow >= 0 && snowRow >= 0 && snowfallRow >= 0);
    QVERIFY(ticketsRow != seatsRow && snowRow != snowfallRow);
    QCOMPARE(c.rows.at(ticketsRow).moveTarget.at(1), seatsRow);
    QCOMPARE(c.rows.at(snowRow).moveTarget.at(1), snowfallRow);
    // Alone, beside a sentence that says nothing of the snow, the tickets' paraphrase is an addition.
    const Comparison alone = compareVersions({
        load(u"a"_s, lede + tickets + snow + rest + end),
        load(u"b"_s,
            lede + rest + seats + u"Parking near the hall will cost four euros an evening.\n\n"_s + end),
    });
    const int lone = rowOf(alone, 1, u"Every ticket"_s);
    QVERIFY(lone >= 0);
    QCOMPARE(alone.rows.at(lone).cells.at(0), -1);
    QCOMPARE(alone.rows.at(lone).moveTarget.at(1), -1);
}

QTEST_GUILESS_MAIN(TestRewrites)
#include "tst_rewrites.moc"
