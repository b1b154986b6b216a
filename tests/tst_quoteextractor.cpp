// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteextractor.h"

#include "testpaths.h"

#include <QDir>
#include <QTest>

#include "core/labels.h"
#include "load/articleloader.h"

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// A version from a compact description: blocks separated by "\n", sentences inside a block by "|"; a
// block starting with "#" is boilerplate. The sentence boundaries are explicit so that these tests do
// not depend on the segmenter.
Version makeVersion(const QString &description)
{
    Version v;
    v.name = u"test"_s;
    const QStringList blocks = description.split(u'\n');
    for (int b = 0; b < blocks.size(); ++b) {
        QString block = blocks.at(b);
        const bool boilerplate = block.startsWith(u'#');
        if (boilerplate)
            block.remove(0, 1);
        if (b > 0)
            v.text += u"\n\n"_s;
        const QStringList sentences = block.split(u'|');
        for (int s = 0; s < sentences.size(); ++s) {
            if (s > 0)
                v.text += u' ';
            Sentence sentence;
            sentence.start = v.text.size();
            v.text += sentences.at(s);
            sentence.end = v.text.size();
            sentence.block = b;
            sentence.boilerplate = boilerplate;
            v.sentences.append(sentence);
        }
    }
    return v;
}

QStringList texts(const QList<Quotation> &quotes)
{
    QStringList out;
    for (const Quotation &q : quotes)
        out.append(q.text);
    return out;
}

QStringList speakers(const QList<Quotation> &quotes)
{
    QStringList out;
    for (const Quotation &q : quotes)
        out.append(q.speaker);
    return out;
}

} // namespace

class TestQuoteExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotationMarks_data();
    void quotationMarks();
    void spansPointIntoTheText();
    void splitStatementSharesSpeaker();
    void attribution_data();
    void attribution();
    void realSeeds();
};

void TestQuoteExtractor::quotationMarks_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("quotes");

    QTest::newRow("curly") << u"Smith said: “We will win.”"_s << QStringList { u"We will win."_s };
    QTest::newRow("straight, comma before attribution left out")
        << u"\"We will win,\" Smith said."_s << QStringList { u"We will win"_s };
    QTest::newRow("guillemets with inner spaces")
        << u"Smith said « we will win » today."_s << QStringList { u"we will win"_s };
    QTest::newRow("low-high German marks")
        << u"Smith said „we will win“ today."_s << QStringList { u"we will win"_s };
    QTest::newRow("nested curly singles") << u"“He told me ‘never again’ twice,” Jones said."_s
                                          << QStringList { u"He told me ‘never again’ twice"_s };
    QTest::newRow("nested straight singles")
        << u"\"He said 'no' to it,\" Jones said."_s << QStringList { u"He said 'no' to it"_s };
    QTest::newRow("two quotations in one sentence")
        << u"They called it “candid” and “useful” after the talks."_s
        << QStringList { u"candid"_s, u"useful"_s };
    QTest::newRow("split by attribution") << u"“We came to talk,” Jones said.|“We leave with a plan.”"_s
                                          << QStringList { u"We came to talk"_s, u"We leave with a plan."_s };
    QTest::newRow("spanning two sentences")
        << u"“First we talk.|Then we act,” Jones said."_s << QStringList { u"First we talk. Then we act"_s };
    QTest::newRow("curly open, straight close")
        << u"He called it “a new beginning.\"|Then he left."_s << QStringList { u"a new beginning."_s };
    QTest::newRow("straight open, curly close")
        << u"The ministry said \"talks must go on.” It left."_s << QStringList { u"talks must go on."_s };
    QTest::newRow("missing close stops at the block")
        << u"Jones said “we will stay.|Nobody moved.\nOthers said \"here\" loudly."_s
        << QStringList { u"we will stay. Nobody moved."_s, u"here"_s };
    QTest::newRow("second opening mark ends an unclosed quotation")
        << u"He said “one thing.|She said “another thing.”"_s
        << QStringList { u"one thing."_s, u"another thing."_s };
    QTest::newRow("scare quote") << u"They agreed to “stabilize” ties."_s << QStringList { u"stabilize"_s };
    QTest::newRow("headline in single quotes")
        << u"Blinken, Xi Agree to 'Stabilize' Relations"_s << QStringList { u"Stabilize"_s };
    QTest::newRow("apostrophes are not quotes")
        << u"It's the players' union, in the '90s, and the Joneses' car."_s << QStringList {};
    QTest::newRow("boilerplate is skipped")
        << u"Smith said “yes.”\n#Sign up for “Morning News” today."_s << QStringList { u"yes."_s };
    QTest::newRow("empty quotes are no quotation") << u"He wrote “” and “ , ” there."_s << QStringList {};
    QTest::newRow("no quotes") << u"Plain prose without any quotation.|Another one."_s << QStringList {};
}

void TestQuoteExtractor::quotationMarks()
{
    QFETCH(QString, description);
    QFETCH(QStringList, quotes);
    QCOMPARE(texts(QuoteExtractor::extract(makeVersion(description))), quotes);
}

void TestQuoteExtractor::spansPointIntoTheText()
{
    const Version v = makeVersion(u"Intro sentence.|Jones said “we will stay.”\n“It is vital,” he said."_s);
    const QList<Quotation> quotes = QuoteExtractor::extract(v);
    QCOMPARE(quotes.size(), 2);
    for (const Quotation &q : quotes)
        QCOMPARE(v.text.mid(q.start, q.end - q.start), q.text);
    QCOMPARE(quotes.at(0).sentence, 1);
    QCOMPARE(quotes.at(1).sentence, 2);
}

void TestQuoteExtractor::splitStatementSharesSpeaker()
{
    const Version v = makeVersion(
        u"“We came to talk,” Jones said.|“We leave with a plan.”\n“Another matter,” Smith said.|“And more.”"_s);
    const QList<Quotation> quotes = QuoteExtractor::extract(v);
    QCOMPARE(texts(quotes),
        (QStringList {
            u"We came to talk"_s, u"We leave with a plan."_s, u"Another matter"_s, u"And more."_s }));
    QCOMPARE(speakers(quotes), (QStringList { u"Jones"_s, u"Jones"_s, u"Smith"_s, u"Smith"_s }));
    QCOMPARE(quotes.at(0).statement, 0);
    QCOMPARE(quotes.at(1).statement, 0);
    QCOMPARE(quotes.at(2).statement, 2);
    QCOMPARE(quotes.at(3).statement, 2);

    // The parts in one sentence, as a segmenter may leave "he said." unsplit.
    const QList<Quotation> oneSentence
        = QuoteExtractor::extract(makeVersion(u"“We came to talk,” he said, “and we leave with a plan.”"_s));
    QCOMPARE(oneSentence.size(), 2);
    QCOMPARE(oneSentence.at(1).statement, 0);
}

void TestQuoteExtractor::attribution_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("speakers");

    QTest::newRow("X said after") << u"“We will win,” Smith said."_s << QStringList { u"Smith"_s };
    QTest::newRow("said X after") << u"“We will win,” said Henry Wang, founder of the center."_s
                                  << QStringList { u"Henry Wang"_s };
    QTest::newRow("X said before") << u"Smith said, “We will win.”"_s << QStringList { u"Smith"_s };
    QTest::newRow("X told Y that") << u"Xi told Blinken that “this is very good.”"_s
                                   << QStringList { u"Xi"_s };
    QTest::newRow("apposition with the name")
        << u"Still, China's top diplomat for the Western Hemisphere, Yang Tao, said it “marks a new beginning.”"_s
        << QStringList { u"Yang Tao"_s };
    QTest::newRow("name, a role at a place, told")
        << u"“The economy is weak,” George Magnus, a research associate at Oxford University, told Bloomberg TV."_s
        << QStringList { u"George Magnus"_s };
    QTest::newRow("according to after")
        << u"“Talks went well,” according to Foreign Minister Qin Gang."_s << QStringList { u"Qin Gang"_s };
    QTest::newRow("according to before")
        << u"According to Blinken, the trip was “productive.”"_s << QStringList { u"Blinken"_s };
    QTest::newRow("titles stripped, surname used later")
        << u"“We are ready,” said Gov. Jane Doe.|Doe left early."_s << QStringList { u"Doe"_s };
    QTest::newRow("full name when no surname is used alone")
        << u"“We are ready,” said Gov. Jane Doe."_s << QStringList { u"Jane Doe"_s };
    QTest::newRow("pronoun resolves to the surname")
        << u"U.S. Secretary of State Antony Blinken arrived on Monday.|Blinken met officials.\n“It is vital,” he said."_s
        << QStringList { u"Blinken"_s };
    QTest::newRow("pronoun takes the subject, not the object")
        << u"Chinese President Xi Jinping met Secretary Blinken.\n“This is very good,” he said.|Xi smiled."_s
        << QStringList { u"Xi"_s };
    QTest::newRow("pronoun skips possessives")
        << u"Yang Tao said Blinken's visit was “a new beginning.”\n“The U.S. side knows why,” he said."_s
        << QStringList { u"Yang Tao"_s, u"Yang Tao"_s };
    QTest::newRow("pronoun later in the same sentence")
        << u"Secretary Antony Blinken spoke first.|It is unclear what President Xi meant, but he told Blinken that he “hopes to see progress.”"_s
        << QStringList { u"Xi"_s };
    QTest::newRow("the role noun stands for the person")
        << u"President Joe Biden spoke in California.|The president said “you know” it went well.|Biden left."_s
        << QStringList { u"Biden"_s };
    QTest::newRow("coordinated verb takes the first subject")
        << u"Secretary Antony Blinken met President Xi Jinping and said they agreed to “stabilize” ties.|Blinken left."_s
        << QStringList { u"Blinken"_s };
    QTest::newRow("organisation") << u"The State Department said Blinken “underscored the importance.”"_s
                                  << QStringList { u"State Department"_s };
    QTest::newRow("possessive phrase") << u"China's foreign ministry said “it is necessary to choose.”"_s
                                       << QStringList { u"China's foreign ministry"_s };
    QTest::newRow("it stands for the organisation quoted before")
        << u"China's foreign ministry said “talks must go on.”|It blamed the “erroneous perception” of China.|And, it said Washington must halt “the decline.”"_s
        << QStringList { u"China's foreign ministry"_s, u"China's foreign ministry"_s,
               u"China's foreign ministry"_s };
    QTest::newRow("it without an organisation before")
        << u"Smith spoke.|It said “nothing new.”"_s << QStringList { QString() };
    QTest::newRow("split statement continues the speaker")
        << u"“Progress is hard,” Blinken told reporters.|“It takes time.”"_s
        << QStringList { u"Blinken"_s, u"Blinken"_s };
    QTest::newRow("attribution after a question")
        << u"“Is it over?” Smith asked.|Nobody answered."_s << QStringList { u"Smith"_s };
    QTest::newRow("unattributed") << u"The banner read “welcome home.”"_s << QStringList { QString() };
    QTest::newRow("narration after a finished quotation is no attribution")
        << u"Officials saw a “low point.”|China said nothing new."_s << QStringList { QString() };
}

void TestQuoteExtractor::attribution()
{
    QFETCH(QString, description);
    QFETCH(QStringList, speakers);
    QCOMPARE(::speakers(QuoteExtractor::extract(makeVersion(description))), speakers);
}

void TestQuoteExtractor::realSeeds()
{
    const QDir seeds(QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s);
    if (!seeds.exists())
        QSKIP("the real-news corpus (../shared/corpus/seeds) is absent");
    const QStringList files = seeds.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 3);
    LoadError error;
    const auto ap = ArticleLoader::loadFile(seeds.filePath(files.at(0)), &error);
    QVERIFY2(ap, qPrintable(describeInEnglish(error)));
    const QList<Quotation> quotes = QuoteExtractor::extract(*ap);
    QVERIFY(quotes.size() >= 15);
    bool xiAgreement = false, yangTao = false;
    for (const Quotation &q : quotes) {
        QCOMPARE(ap->text.mid(q.start, q.end - q.start), q.text);
        QVERIFY2(q.text.size() < 400, qPrintable(q.text)); // no run-away quotation
        if (q.text.contains(u"reached agreement on some specific issues"_s))
            xiAgreement = q.speaker == u"Xi"_s;
        if (q.text.startsWith(u"The U.S. side is surely aware"_s))
            yangTao = q.speaker == u"Yang Tao"_s;
    }
    QVERIFY(xiAgreement);
    QVERIFY(yangTao);
}

QTEST_GUILESS_MAIN(TestQuoteExtractor)
#include "tst_quoteextractor.moc"
