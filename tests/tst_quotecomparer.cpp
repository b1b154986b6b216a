// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotecomparer.h"

#include "compare/comparator.h"
#include "core/labels.h"
#include "testpaths.h"

#include <QDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The changed words as the JSON report writes them, "before -> after".
QStringList wordChangeTexts(const QuoteVariant &variant)
{
    QStringList texts;
    for (const WordChange &change : variant.wordChanges)
        texts.append(toString(change));
    return texts;
}

// A version from a compact description: blocks separated by "\n", sentences inside a block by "|".
Version makeVersion(const QString &description, const QString &name = u"v"_s)
{
    Version v;
    v.name = name;
    const QStringList blocks = description.split(u'\n');
    for (int b = 0; b < blocks.size(); ++b) {
        if (b > 0)
            v.text += u"\n\n"_s;
        const QStringList sentences = blocks.at(b).split(u'|');
        for (int s = 0; s < sentences.size(); ++s) {
            if (s > 0)
                v.text += u' ';
            Sentence sentence;
            sentence.start = v.text.size();
            v.text += sentences.at(s);
            sentence.end = v.text.size();
            sentence.block = b;
            v.sentences.append(sentence);
        }
    }
    return v;
}

// Versions whose sentence i all stand in row i: the tests write their versions in parallel.
Comparison alignedByIndex(const QStringList &descriptions, int base = 0)
{
    Comparison c;
    for (int i = 0; i < descriptions.size(); ++i)
        c.versions.append(makeVersion(descriptions.at(i), u"v%1"_s.arg(i)));
    c.base = base;
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

const QuoteGroup *groupQuoting(const QList<QuoteGroup> &groups, const QString &words)
{
    for (const QuoteGroup &g : groups) {
        for (const QuoteVariant &v : g.variants) {
            if (v.text.contains(words))
                return &g;
        }
    }
    return nullptr;
}

} // namespace

class TestQuoteComparer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fidelity_data();
    void fidelity();
    void alteredWinsOverMerged();
    void joinedQuotationIsMergedInBothGroups();
    void scareQuotesGroupOnlyWithTheSameWords();
    void repeatedQuotationMakesNoExtraGroup();
    void referenceIsTheLongestWithoutTheBase();
    void sharedGroupsComeFirstInBaseOrder();
    void paraphraseFoundOutsideTheRow();
    void emptyComparison();
    void realSeeds();
};

void TestQuoteComparer::fidelity_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QuoteFidelity>("fidelity");
    QTest::addColumn<QStringList>("wordChanges");
    QTest::addColumn<int>("sentence");

    const QString city = u"“We will rebuild the city in two years,” Mayor Ann Lee said."_s;
    QTest::newRow("exact") << city << city << QuoteFidelity::Exact << QStringList {} << 0;
    QTest::newRow("typographic: only the quote marks differ")
        << city << u"\"We will rebuild the city in two years,\" Mayor Ann Lee said."_s
        << QuoteFidelity::Typographic << QStringList {} << 0;
    QTest::newRow("typographic: apostrophe and dash") << u"Lee said: “We’re rebuilding the city — fast.”"_s
                                                      << u"Lee said: \"We're rebuilding the city - fast.\""_s
                                                      << QuoteFidelity::Typographic << QStringList {} << 0;
    QTest::newRow("typographic: case and punctuation only")
        << u"Lee said: “We will rebuild, and fast.”"_s << u"Lee said: “we will rebuild and fast!”"_s
        << QuoteFidelity::Typographic << QStringList {} << 0;
    QTest::newRow("altered: inserted article")
        << u"“The two sides have also made progress and reached agreement on some specific issues,” Xi said."_s
        << u"Xi said “The two sides have also made progress and reached the agreement on some specific issues.”"_s
        << QuoteFidelity::Altered << QStringList { u"reached agreement -> reached the agreement"_s } << 0;
    QTest::newRow("altered: replaced number")
        << city << u"“We will rebuild the city in three years,” Lee said."_s << QuoteFidelity::Altered
        << QStringList { u"two -> three"_s } << 0;
    QTest::newRow("altered: dropped word inside")
        << city << u"“We will rebuild the city in years,” Lee said."_s << QuoteFidelity::Altered
        << QStringList { u"in two years -> in years"_s } << 0;
    QTest::newRow("truncated") << u"“We will rebuild the city and we will do it together,” Lee said."_s
                               << u"Lee said “we will do it together.”"_s << QuoteFidelity::Truncated
                               << QStringList {} << 0;
    QTest::newRow("extended") << u"Lee said “we will do it together.”"_s
                              << u"“We will rebuild the city and we will do it together,” Lee said."_s
                              << QuoteFidelity::Extended << QStringList {} << 0;
    QTest::newRow("absent, paraphrased in the aligned sentence")
        << u"Mayor Ann Lee said “the harbour bridge will reopen in May.”"_s
        << u"Mayor Ann Lee said the harbour bridge would reopen in May."_s << QuoteFidelity::Absent
        << QStringList {} << 0;
    QTest::newRow("absent, not reported")
        << u"Mayor Ann Lee said “the harbour bridge will reopen in May.”"_s
        << u"The weather was fine all week."_s << QuoteFidelity::Absent << QStringList {} << -1;
}

void TestQuoteComparer::fidelity()
{
    QFETCH(QString, base);
    QFETCH(QString, other);
    QFETCH(QuoteFidelity, fidelity);
    QFETCH(QStringList, wordChanges);
    QFETCH(int, sentence);

    const Comparison c = alignedByIndex({ base, other });
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QVERIFY(!groups.isEmpty());
    const QuoteGroup &g = groups.first();
    QCOMPARE(g.variants.size(), 2);
    QCOMPARE(g.reference, 0);
    QCOMPARE(toString(g.variants.at(0).fidelity), toString(QuoteFidelity::Exact));
    const QuoteVariant &v = g.variants.at(1);
    QCOMPARE(v.version, 1);
    QCOMPARE(toString(v.fidelity), toString(fidelity));
    QCOMPARE(wordChangeTexts(v), wordChanges);
    QCOMPARE(v.sentence, sentence);
    if (fidelity == QuoteFidelity::Absent) {
        QVERIFY(v.text.isEmpty());
        if (sentence >= 0)
            QCOMPARE(
                c.versions.at(1).text.mid(v.start, v.end - v.start), c.versions.at(1).sentenceText(sentence));
    } else {
        QCOMPARE(c.versions.at(1).text.mid(v.start, v.end - v.start), v.text);
    }
}

void TestQuoteComparer::alteredWinsOverMerged()
{
    // The seeds' case: one outlet splits Xi's statement by its attribution, another quotes it whole with
    // a word added.
    const Comparison c = alignedByIndex({
        u"“The two sides have also made progress and reached agreement on some specific issues,” Xi Jinping said.|“This is very good.”|Xi smiled."_s,
        u"At the meeting Xi told Blinken that “The two sides have also made progress and reached the agreement on some specific issues. This is very good.”"_s,
    });
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QCOMPARE(groups.size(), 2);
    const QuoteGroup &agreement = groups.at(0);
    QCOMPARE(agreement.speaker, u"Xi"_s);
    QCOMPARE(toString(agreement.variants.at(1).fidelity), toString(QuoteFidelity::Altered));
    QCOMPARE(wordChangeTexts(agreement.variants.at(1)),
        QStringList { u"reached agreement -> reached the agreement"_s });
    const QuoteGroup &good = groups.at(1);
    QCOMPARE(good.variants.at(0).text, u"This is very good."_s);
    QCOMPARE(good.speaker, u"Xi"_s);
    QCOMPARE(toString(good.variants.at(1).fidelity), toString(QuoteFidelity::Merged));
}

void TestQuoteComparer::joinedQuotationIsMergedInBothGroups()
{
    const Comparison c = alignedByIndex({
        u"“We came to talk about the harbour,” Jones said.|“We leave with a plan for the docks.”"_s,
        u"Jones said: “We came to talk about the harbour. We leave with a plan for the docks.”"_s,
    });
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QCOMPARE(groups.size(), 2);
    for (const QuoteGroup &g : groups) {
        QCOMPARE(g.reference, 0);
        QCOMPARE(g.speaker, u"Jones"_s);
        QCOMPARE(toString(g.variants.at(1).fidelity), toString(QuoteFidelity::Merged));
        QCOMPARE(g.variants.at(1).text,
            u"We came to talk about the harbour. We leave with a plan for the docks."_s);
    }
    QVERIFY(groups.at(0).variants.at(0).start < groups.at(1).variants.at(0).start);
}

void TestQuoteComparer::scareQuotesGroupOnlyWithTheSameWords()
{
    const Comparison c = alignedByIndex({
        u"They agreed to “stabilize” ties.|Both sides spoke."_s,
        u"“We need to stabilize the relationship now,” Smith said.|Both sides spoke."_s,
        u"Leaders agreed to \"stabilize\" relations.|Both sides spoke."_s,
    });
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QCOMPARE(groups.size(), 2);
    const QuoteGroup &scare = groups.at(0);
    QCOMPARE(scare.variants.at(0).text, u"stabilize"_s);
    QCOMPARE(toString(scare.variants.at(1).fidelity), toString(QuoteFidelity::Absent));
    QCOMPARE(toString(scare.variants.at(2).fidelity),
        toString(QuoteFidelity::Typographic)); // only the marks differ
    const QuoteGroup &sentence = groups.at(1);
    QCOMPARE(sentence.reference, 1);
    QCOMPARE(toString(sentence.variants.at(0).fidelity), toString(QuoteFidelity::Absent));
    QCOMPARE(toString(sentence.variants.at(2).fidelity), toString(QuoteFidelity::Absent));
}

void TestQuoteComparer::repeatedQuotationMakesNoExtraGroup()
{
    const Comparison c = alignedByIndex({
        u"They agreed to “stabilize” ties."_s,
        u"Blinken, Xi Agree to 'Stabilize' Relations\nBlinken, Xi Agree to 'Stabilize' Relations\nThey agreed to \"stabilize\" the relationship."_s,
    });
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(toString(groups.at(0).variants.at(1).fidelity), toString(QuoteFidelity::Typographic));
}

void TestQuoteComparer::referenceIsTheLongestWithoutTheBase()
{
    const Comparison c = alignedByIndex({
        u"The council met on Monday."_s,
        u"“We will rebuild the city,” Lee said."_s,
        u"“We will rebuild the city and we will do it together,” Lee said."_s,
    });
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QCOMPARE(groups.size(), 1);
    const QuoteGroup &g = groups.at(0);
    QCOMPARE(g.reference, 2);
    QCOMPARE(toString(g.variants.at(0).fidelity), toString(QuoteFidelity::Absent));
    QCOMPARE(toString(g.variants.at(1).fidelity), toString(QuoteFidelity::Truncated));
    QCOMPARE(toString(g.variants.at(2).fidelity), toString(QuoteFidelity::Exact));
    QCOMPARE(g.speaker, u"Lee"_s);
}

void TestQuoteComparer::sharedGroupsComeFirstInBaseOrder()
{
    const Comparison c = alignedByIndex(
        {
            u"“Only the base has these words about ferries,” Lee said.|“Both versions carry this quotation on trains,” Lee added."_s,
            u"“Both versions carry this quotation on trains,” Lee added.|“The second version alone speaks of buses,” Lee said."_s,
            u"The third version quotes nobody at all."_s,
        },
        1);
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QCOMPARE(groups.size(), 3);
    QVERIFY(groups.at(0).variants.at(0).text.contains(u"trains"_s));
    QCOMPARE(groups.at(0).reference, 1);
    // Single-version groups follow, the base's own first.
    QVERIFY(groups.at(1).variants.at(1).text.contains(u"buses"_s));
    QVERIFY(groups.at(2).variants.at(0).text.contains(u"ferries"_s));
    for (const QuoteGroup &g : groups)
        QCOMPARE(g.variants.size(), 3);
}

void TestQuoteComparer::paraphraseFoundOutsideTheRow()
{
    const Comparison c = alignedByIndex({
        u"Mayor Ann Lee spoke.|She said “the harbour bridge will reopen in May after repairs.”"_s,
        u"The harbour bridge will reopen in May after repairs, Mayor Ann Lee said.|The mayor spoke."_s,
        u"Repairs on the harbour road ended in June.|Mayor Ann Lee spoke."_s,
    });
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).speaker, u"Ann Lee"_s); // the text never calls her "Lee" alone
    QCOMPARE(toString(groups.at(0).variants.at(1).fidelity), toString(QuoteFidelity::Absent));
    QCOMPARE(groups.at(0).variants.at(1).sentence, 0);
    // Two shared words ("harbour", "repairs") outside the aligned row are no paraphrase.
    QCOMPARE(groups.at(0).variants.at(2).sentence, -1);
}

void TestQuoteComparer::emptyComparison()
{
    QVERIFY(QuoteComparer::compare(Comparison {}).isEmpty());
    const Comparison noQuotes = alignedByIndex({ u"Nothing quoted."_s, u"Nothing here either."_s });
    QVERIFY(QuoteComparer::compare(noQuotes).isEmpty());
}

void TestQuoteComparer::realSeeds()
{
    const QDir seeds(QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s);
    if (!seeds.exists())
        QSKIP("the real-news corpus (../shared/corpus/seeds) is absent");
    const Comparison c = compareFiles({ seeds.path() });
    QCOMPARE(c.versions.size(), 5);
    const QList<QuoteGroup> groups = QuoteComparer::compare(c);
    QVERIFY(groups.size() >= 10);

    bool singlesStarted = false;
    for (const QuoteGroup &g : groups) {
        QCOMPARE(g.variants.size(), c.versions.size());
        QVERIFY(g.variants.at(g.reference).fidelity != QuoteFidelity::Absent);
        int present = 0;
        for (const QuoteVariant &v : g.variants) {
            present += v.fidelity != QuoteFidelity::Absent ? 1 : 0;
            if (v.fidelity != QuoteFidelity::Absent) {
                const Version &version = c.versions.at(v.version);
                QCOMPARE(version.text.mid(v.start, v.end - v.start), v.text);
            }
        }
        if (present < 2)
            singlesStarted = true;
        else
            QVERIFY2(!singlesStarted, "a shared group after a single-version group");
    }

    // Xi's "reached agreement" and another outlet's "reached the agreement" are one group, altered.
    const QuoteGroup *agreement = groupQuoting(groups, u"reached agreement on some specific issues"_s);
    QVERIFY(agreement);
    QCOMPARE(agreement->speaker, u"Xi"_s);
    bool altered = false;
    for (const QuoteVariant &v : agreement->variants) {
        if (v.text.contains(u"reached the agreement on some specific issues"_s)) {
            QCOMPARE(toString(v.fidelity), toString(QuoteFidelity::Altered));
            QVERIFY(
                v.wordChanges.contains(WordChange { u"reached agreement"_s, u"reached the agreement"_s }));
            altered = true;
        }
    }
    QVERIFY(altered);
    // The AP text carried by two outlets quotes it the same, only the quote marks differ.
    int sameWords = 0;
    for (const QuoteVariant &v : agreement->variants)
        sameWords += v.fidelity == QuoteFidelity::Exact || v.fidelity == QuoteFidelity::Typographic ? 1 : 0;
    QVERIFY(sameWords >= 2);

    // "stabilize" is quoted by three versions, in curly, straight and single quotes.
    const QuoteGroup *stabilize = nullptr;
    for (const QuoteGroup &g : groups) {
        if (g.variants.at(g.reference).text.compare(u"stabilize"_s, Qt::CaseInsensitive) == 0)
            stabilize = &g;
    }
    QVERIFY(stabilize);
    int quoted = 0;
    for (const QuoteVariant &v : stabilize->variants)
        quoted += v.fidelity != QuoteFidelity::Absent ? 1 : 0;
    QVERIFY(quoted >= 3);
}

QTEST_GUILESS_MAIN(TestQuoteComparer)
#include "tst_quotecomparer.moc"
