// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesegmenter.h"

#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

QStringList sentencesOf(const QString &text)
{
    QStringList sentences;
    for (const SentenceSegmenter::Span &span : SentenceSegmenter::split(text))
        sentences.append(text.mid(span.start, span.end - span.start));
    return sentences;
}

// Every span lies inside the text, in order, without overlap, and starts and ends on a visible character.
bool spansAreWellFormed(QStringView text, const QList<SentenceSegmenter::Span> &spans, QString *problem)
{
    qsizetype previousEnd = 0;
    for (const SentenceSegmenter::Span &span : spans) {
        if (span.start < previousEnd || span.end <= span.start || span.end > text.size()) {
            *problem = u"span %1..%2 after %3 in a text of %4"_s.arg(span.start)
                           .arg(span.end)
                           .arg(previousEnd)
                           .arg(text.size());
            return false;
        }
        if (text[span.start].isSpace() || text[span.end - 1].isSpace()) {
            *problem = u"span %1..%2 has white space at an edge"_s.arg(span.start).arg(span.end);
            return false;
        }
        previousEnd = span.end;
    }
    return true;
}

} // namespace

class TestSentenceSegmenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newsCases_data();
    void newsCases();
    void offsetsPointIntoTheInputAndExcludeWhiteSpace();
    void emptyAndBlankInputGiveNoSentence_data();
    void emptyAndBlankInputGiveNoSentence();
    void goldenRules();
    void robustness_data();
    void robustness();
};

void TestSentenceSegmenter::newsCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // Datelines stay in the first sentence.
    QTest::newRow("dateline with (AP) and em dash")
        << u"CAIRO (AP) \u2014 Officials reopened the border crossing on Tuesday. Trucks lined up for miles."_s
        << QStringList { u"CAIRO (AP) \u2014 Officials reopened the border crossing on Tuesday."_s,
               u"Trucks lined up for miles."_s };
    QTest::newRow("dateline with double hyphen")
        << u"WASHINGTON -- The Senate approved the measure late Friday. It now goes to the House."_s
        << QStringList { u"WASHINGTON -- The Senate approved the measure late Friday."_s,
               u"It now goes to the House."_s };
    QTest::newRow("dateline with an abbreviated city")
        << u"ST. PAUL, Minn. (AP) \u2014 Lawmakers adjourned without a budget."_s
        << QStringList { u"ST. PAUL, Minn. (AP) \u2014 Lawmakers adjourned without a budget."_s };
    QTest::newRow("dateline dash glued to U.S.")
        << u"BEIJING \u2014U.S. Trade Representative Jane Doe arrived on Sunday."_s
        << QStringList { u"BEIJING \u2014U.S. Trade Representative Jane Doe arrived on Sunday."_s };
    QTest::newRow("dateline ending in D.C. before a dash")
        << u"WASHINGTON, D.C. \u2014 The agency issued new rules."_s
        << QStringList { u"WASHINGTON, D.C. \u2014 The agency issued new rules."_s };

    // Abbreviations.
    QTest::newRow("U.S. before a title stays inside")
        << u"U.S. Trade Representative Maria Lopez met her counterpart in Geneva."_s
        << QStringList { u"U.S. Trade Representative Maria Lopez met her counterpart in Geneva."_s };
    QTest::newRow("U.S. before a sentence opener ends the sentence")
        << u"The talks took place in the U.S. They lasted two days."_s
        << QStringList { u"The talks took place in the U.S."_s, u"They lasted two days."_s };
    QTest::newRow("U.K. before lower case stays inside")
        << u"The U.K. government declined to comment."_s
        << QStringList { u"The U.K. government declined to comment."_s };
    QTest::newRow("Gov. Sen. Rep. before names")
        << u"Gov. Ann Lee, Sen. Tom Ray and Rep. Kim Ono (D-Calif.) signed the letter."_s
        << QStringList { u"Gov. Ann Lee, Sen. Tom Ray and Rep. Kim Ono (D-Calif.) signed the letter."_s };
    QTest::newRow("Dr. Mr. Mrs. Ms. titles")
        << u"Dr. Ana Ruiz thanked Mr. and Mrs. Park and Ms. Ito for their help."_s
        << QStringList { u"Dr. Ana Ruiz thanked Mr. and Mrs. Park and Ms. Ito for their help."_s };
    QTest::newRow("military ranks") << u"Lt. Gen. Omar Diaz and Col. Jane Frye briefed reporters."_s
                                    << QStringList {
                                           u"Lt. Gen. Omar Diaz and Col. Jane Frye briefed reporters."_s
                                       };
    QTest::newRow("Jr. ends a sentence before a pronoun")
        << u"The prize went to Carl Hayes Jr. He accepted it in person."_s
        << QStringList { u"The prize went to Carl Hayes Jr."_s, u"He accepted it in person."_s };
    QTest::newRow("Inc. before a job title stays inside")
        << u"Acme Inc. Chief Executive Dana Ross resigned on Monday."_s
        << QStringList { u"Acme Inc. Chief Executive Dana Ross resigned on Monday."_s };
    QTest::newRow("Co. ends a sentence before an article")
        << u"He sold the stake to Brown & Co. The deal closed on Friday."_s
        << QStringList { u"He sold the stake to Brown & Co."_s, u"The deal closed on Friday."_s };
    QTest::newRow("p.m. before a weekday stays inside")
        << u"The vote is set for 3 p.m. Tuesday in the main chamber."_s
        << QStringList { u"The vote is set for 3 p.m. Tuesday in the main chamber."_s };
    QTest::newRow("p.m. ends a sentence before a subject")
        << u"Polls close at 8 p.m. Officials expect a high turnout."_s
        << QStringList { u"Polls close at 8 p.m."_s, u"Officials expect a high turnout."_s };
    QTest::newRow("a.m. after an opening preposition stays inside")
        << u"At 6 a.m. Gen. Diaz ordered the convoy to move."_s
        << QStringList { u"At 6 a.m. Gen. Diaz ordered the convoy to move."_s };
    QTest::newRow("month abbreviation before a day")
        << u"The law takes effect Jan. 1, officials said. Critics plan to sue."_s
        << QStringList { u"The law takes effect Jan. 1, officials said."_s, u"Critics plan to sue."_s };
    QTest::newRow("No. before a number")
        << u"She wore No. 23 for the club. Fans cheered."_s
        << QStringList { u"She wore No. 23 for the club."_s, u"Fans cheered."_s };
    QTest::newRow("e.g. and etc. inside a sentence")
        << u"Some states, e.g. Texas, sued over tariffs, quotas, etc. and lost."_s
        << QStringList { u"Some states, e.g. Texas, sued over tariffs, quotas, etc. and lost."_s };
    QTest::newRow("case name with v.")
        << u"The court cited Brown v. Board of Education in its ruling."_s
        << QStringList { u"The court cited Brown v. Board of Education in its ruling."_s };

    // Initials, numbers, addresses.
    QTest::newRow("middle initial") << u"President John F. Kennedy visited Berlin in 1963."_s
                                    << QStringList { u"President John F. Kennedy visited Berlin in 1963."_s };
    QTest::newRow("run of initials")
        << u"A novel by J. R. R. Tolkien topped the list. It was reprinted twice."_s
        << QStringList { u"A novel by J. R. R. Tolkien topped the list."_s, u"It was reprinted twice."_s };
    QTest::newRow("decimals and fractions")
        << u"Growth slowed to 3.5 percent, about 1/2 of the forecast. Markets fell 2.1 percent."_s
        << QStringList { u"Growth slowed to 3.5 percent, about 1/2 of the forecast."_s,
               u"Markets fell 2.1 percent."_s };
    QTest::newRow("amount at the end of a sentence")
        << u"The fine was $2.5 million. The firm will appeal."_s
        << QStringList { u"The fine was $2.5 million."_s, u"The firm will appeal."_s };
    QTest::newRow("URL at the end of a sentence")
        << u"The report is at https://example.org/2023/report.html. Read it in full."_s
        << QStringList { u"The report is at https://example.org/2023/report.html."_s, u"Read it in full."_s };
    QTest::newRow("e-mail address with inner periods")
        << u"Send tips to news.desk@example.com. Editors reply daily."_s
        << QStringList { u"Send tips to news.desk@example.com."_s, u"Editors reply daily."_s };

    // Quotes and brackets.
    QTest::newRow("straight quote ends the sentence")
        << u"He said, \"Stop.\" Then he left."_s
        << QStringList { u"He said, \"Stop.\""_s, u"Then he left."_s };
    QTest::newRow("exclamation in quote before attribution")
        << u"\"Stop!\" he said."_s << QStringList { u"\"Stop!\" he said."_s };
    QTest::newRow("question in curly quote before attribution")
        << u"\u201CWhy now?\u201D she asked. Nobody answered."_s
        << QStringList { u"\u201CWhy now?\u201D she asked."_s, u"Nobody answered."_s };
    QTest::newRow("curly quote ends the sentence")
        << u"She called it \u201Ca new beginning.\u201D Talks resume next week."_s
        << QStringList { u"She called it \u201Ca new beginning.\u201D"_s, u"Talks resume next week."_s };
    QTest::newRow("quoted lower-case term after U.S.")
        << u"He backed the U.S. \u2018one China\u2019 policy."_s
        << QStringList { u"He backed the U.S. \u2018one China\u2019 policy."_s };
    QTest::newRow("quoted question before a named speaker")
        << u"\u201CIs this fair?\u201D Foreign Minister Qin Gang asked. Nobody replied."_s
        << QStringList { u"\u201CIs this fair?\u201D Foreign Minister Qin Gang asked."_s,
               u"Nobody replied."_s };
    QTest::newRow("quoted question before a pronoun")
        << u"\u201CIs this fair?\u201D He wondered aloud."_s
        << QStringList { u"\u201CIs this fair?\u201D"_s, u"He wondered aloud."_s };
    QTest::newRow("photo credit closing a caption")
        << u"The envoy boards his plane in Beijing, June 19, 2023. (Jane Roe/Pool Photo via AP)"_s
        << QStringList {
               u"The envoy boards his plane in Beijing, June 19, 2023. (Jane Roe/Pool Photo via AP)"_s
           };
    QTest::newRow("sentence in brackets")
        << u"The minister left early. (He declined to comment.) Talks went on."_s
        << QStringList { u"The minister left early."_s, u"(He declined to comment.)"_s, u"Talks went on."_s };

    // Ellipses and runs of marks.
    QTest::newRow("ellipsis inside a sentence") << u"The plan was \u2026 unusual, he said."_s
                                                << QStringList { u"The plan was \u2026 unusual, he said."_s };
    QTest::newRow("ellipsis ends a sentence")
        << u"He paused... Then he answered."_s << QStringList { u"He paused..."_s, u"Then he answered."_s };
    QTest::newRow("ellipsis before the pronoun I")
        << u"I thought . . . I was wrong, she said."_s
        << QStringList { u"I thought . . . I was wrong, she said."_s };
    QTest::newRow("period and ellipsis")
        << u"It never happened.... The next day was calm."_s
        << QStringList { u"It never happened...."_s, u"The next day was calm."_s };
    QTest::newRow("question and exclamation run")
        << u"Really?! Nobody expected that."_s << QStringList { u"Really?!"_s, u"Nobody expected that."_s };
    QTest::newRow("no-break space between sentences")
        << u"Prices rose 5%.\u00A0Analysts were surprised."_s
        << QStringList { u"Prices rose 5%."_s, u"Analysts were surprised."_s };
    QTest::newRow("missing space after a period")
        << u"Talks ended.The ministers left."_s
        << QStringList { u"Talks ended."_s, u"The ministers left."_s };

    // Headings, lines and lists.
    QTest::newRow("heading without punctuation")
        << u"Blinken meets Xi in Beijing"_s << QStringList { u"Blinken meets Xi in Beijing"_s };
    QTest::newRow("bulleted lines after a heading")
        << u"READ MORE:\n\u2022 Trade talks stall\n\u2022 Markets rally"_s
        << QStringList { u"READ MORE:"_s, u"\u2022 Trade talks stall"_s, u"\u2022 Markets rally"_s };
    QTest::newRow("hyphen bullets on lines")
        << u"Key points:\n- Talks will resume\n- Both sides agreed"_s
        << QStringList { u"Key points:"_s, u"- Talks will resume"_s, u"- Both sides agreed"_s };
    QTest::newRow("numbered items on one line")
        << u"1. Talks resume 2. Sanctions stay 3. Visits continue"_s
        << QStringList { u"1. Talks resume"_s, u"2. Sanctions stay"_s, u"3. Visits continue"_s };
    QTest::newRow("lettered items with parentheses")
        << u"a) cut tariffs b) raise quotas"_s << QStringList { u"a) cut tariffs"_s, u"b) raise quotas"_s };
    QTest::newRow("enumeration inside a sentence is not a list")
        << u"They demanded 1) more money and 2) fewer hours."_s
        << QStringList { u"They demanded 1) more money and 2) fewer hours."_s };
    QTest::newRow("label line ending in a colon")
        << u"Share:\nMore In Politics"_s << QStringList { u"Share:"_s, u"More In Politics"_s };
    QTest::newRow("short line before a capital is a heading")
        << u"Success\nYou are now signed up for our newsletter."_s
        << QStringList { u"Success"_s, u"You are now signed up for our newsletter."_s };
    QTest::newRow("hard-wrapped prose is one sentence")
        << u"The delegation met officials from\nBeijing and Washington on Monday."_s
        << QStringList { u"The delegation met officials from\nBeijing and Washington on Monday."_s };
    QTest::newRow("blank line always ends a sentence")
        << u"Updated with latest details\n\nShare"_s
        << QStringList { u"Updated with latest details"_s, u"Share"_s };
}

void TestSentenceSegmenter::newsCases()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentencesOf(text), expected);
}

void TestSentenceSegmenter::offsetsPointIntoTheInputAndExcludeWhiteSpace()
{
    const QString text = u"  \tFirst one.\u00A0 Second one.\n  "_s;
    const QList<SentenceSegmenter::Span> spans = SentenceSegmenter::split(text);
    const QList<SentenceSegmenter::Span> expected {
        { 3, 13 },
        { 15, 26 },
    };
    QCOMPARE(spans, expected);
    // A view into the middle of a larger string reports offsets relative to the view.
    const QString outer = u"xx He left. She stayed. yy"_s;
    const QStringView view = QStringView(outer).sliced(3, 20);
    const QList<SentenceSegmenter::Span> inView = SentenceSegmenter::split(view);
    QCOMPARE(inView.size(), 2);
    QCOMPARE(view.sliced(inView[0].start, inView[0].end - inView[0].start), u"He left.");
    QCOMPARE(view.sliced(inView[1].start, inView[1].end - inView[1].start), u"She stayed.");
}

void TestSentenceSegmenter::emptyAndBlankInputGiveNoSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces and tabs") << u" \t  "_s;
    QTest::newRow("line breaks") << u"\n\r\n\n"_s;
    QTest::newRow("no-break and zero-width spaces") << u"\u00A0\u200B\u202F\uFEFF"_s;
}

void TestSentenceSegmenter::emptyAndBlankInputGiveNoSentence()
{
    QFETCH(QString, text);
    QVERIFY(SentenceSegmenter::split(text).isEmpty());
}

void TestSentenceSegmenter::goldenRules()
{
    const QString path = QStringLiteral(PARALLAX_CORPUS_DIR "/golden-rules-en.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(u"Golden Rules corpus not found at %1"_s.arg(path)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(document.isArray(), qPrintable(error.errorString()));
    const QJsonArray rules = document.array();
    QCOMPARE(rules.size(), 48);

    int passed = 0;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules[i].toObject();
        const QString text = rule[u"text"].toString();
        QStringList expected;
        for (const QJsonValue &sentence : rule[u"expected"].toArray())
            expected.append(sentence.toString().trimmed());
        QStringList actual;
        for (const QString &sentence : sentencesOf(text))
            actual.append(sentence.trimmed());
        if (actual == expected) {
            ++passed;
            continue;
        }
        qInfo().noquote() << u"Golden Rule %1 fails: %2\n  expected: %3\n  actual:   %4"_s.arg(i + 1).arg(
            text, expected.join(u" | "), actual.join(u" | "));
    }
    qInfo().noquote() << u"Golden Rules: %1 of %2 (%3 %)"_s.arg(passed)
                             .arg(rules.size())
                             .arg(100.0 * passed / rules.size(), 0, 'f', 1);
    QVERIFY2(passed >= 47, qPrintable(u"only %1 of 48 Golden Rules pass"_s.arg(passed)));
}

void TestSentenceSegmenter::robustness_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minimumSentences");

    QString prose;
    while (prose.size() < 1024 * 1024)
        prose
            += u"The U.S. envoy met Gov. Lee at 5 p.m. Tuesday. Talks resumed... \u201CWhy?\u201D he asked. "_s;
    QTest::newRow("1 MB single line of prose") << prose << 10000;
    QTest::newRow("1 MB without white space") << QString(1024 * 1024, u'a') << 1;
    QTest::newRow("1 MB of periods") << QString(1024 * 1024, u'.') << 1;
    QString dotted;
    while (dotted.size() < 1024 * 1024)
        dotted += u"ab.Cd."_s;
    QTest::newRow("1 MB of word.Word without spaces") << dotted << 1;
    QString abbreviations;
    while (abbreviations.size() < 1024 * 1024)
        abbreviations += u"At 5 a.m. Mr. X. U.S. Inc. "_s;
    QTest::newRow("1 MB of abbreviations") << abbreviations << 1;
    QString breaks;
    while (breaks.size() < 1024 * 1024)
        breaks += u"word\n \n\u2022 - 1. "_s;
    QTest::newRow("1 MB of line breaks and bullets") << breaks << 1;

    QString junk(64 * 1024, QChar());
    QRandomGenerator random(20230619);
    for (QChar &c : junk)
        c = QChar(char16_t(random.bounded(0x10000)));
    QTest::newRow("random UTF-16 junk") << junk << 1;
    QTest::newRow("NUL bytes") << QString(u"Hello\0world. \0\0 Next.\0"_s) << 1;
    QTest::newRow("lone period") << u"."_s << 1;
    QTest::newRow("lone question marks") << u"?!?"_s << 1;
    QTest::newRow("lone ellipsis") << u" \u2026 "_s << 1;
    QTest::newRow("lone bullet") << u"\u2022"_s << 1;
    QTest::newRow("lone list marker") << u"1. "_s << 1;
    QTest::newRow("dangling quote and bracket") << u"\u201C(\u2019"_s << 1;
}

void TestSentenceSegmenter::robustness()
{
    QFETCH(QString, text);
    QFETCH(int, minimumSentences);
    const QList<SentenceSegmenter::Span> spans = SentenceSegmenter::split(text);
    QString problem;
    QVERIFY2(spansAreWellFormed(text, spans, &problem), qPrintable(problem));
    QVERIFY2(spans.size() >= minimumSentences, qPrintable(u"%1 sentences"_s.arg(spans.size())));
}

QTEST_GUILESS_MAIN(TestSentenceSegmenter)
#include "tst_sentencesegmenter.moc"
