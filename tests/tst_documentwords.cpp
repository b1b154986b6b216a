// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentWords answers whether a text has a word as a whole word, in any case, from the text's runs of
// letters and digits gathered once: the answers must be those of ReasonWords::containsWord, which scans
// the text, for every kind of word the change rules ask about (names, numbers, words with hyphens or
// full stops, other scripts, parts of words, words at the edges of the text).
#include "align/changereason_p.h"
#include "align/documentwords.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TstDocumentWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAnswersAsScanning_data();
    void sameAnswersAsScanning();
    void tokensOfTheText();
};

void TstDocumentWords::sameAnswersAsScanning_data()
{
    QTest::addColumn<QString>("text");
    const QString story = u"Smith told the council on Tuesday that 1,200 homes in São Paulo-Nord lost power. "
                          u"\u201cWe will rebuild,\u201d said Al-Libi of the U.S. agency; ÉCOLE staff and "
                          u"the 3rd team (Müller's) stayed. Straße closed at 9:30 a.m."_s;
    QTest::newRow("story") << story;
    QTest::newRow("empty") << QString();
    QTest::newRow("one word") << u"Ferry"_s;
    // A combining iota subscript is no letter but folds to one: such a text is scanned as before.
    QTest::newRow("iota subscript") << u"The \u0345 sign and \u03b9 letter"_s;
}

void TstDocumentWords::sameAnswersAsScanning()
{
    QFETCH(QString, text);
    const QStringList words { u"smith"_s, u"SMITH"_s, u"Smit"_s, u"mith"_s, u"tuesday"_s, u"1"_s, u"200"_s,
        u"1,200"_s, u"são"_s, u"SÃO"_s, u"paulo"_s, u"paulo-nord"_s, u"nord"_s, u"al-libi"_s, u"libi"_s,
        u"al"_s, u"u.s"_s, u"U.S."_s, u"us"_s, u"école"_s, u"ecole"_s, u"3rd"_s, u"müller"_s, u"müller's"_s,
        u"s"_s, u"straße"_s, u"strasse"_s, u"9"_s, u"30"_s, u"9:30"_s, u"a.m"_s, u"closed"_s, u"close"_s,
        u"ferry"_s, u"FERRY"_s, u"ferr"_s, u"\u03b9"_s, u"\u0399"_s, u"sign"_s, u"x"_s, QString() };
    const DocumentWords document(text);
    for (const QString &w : words)
        QVERIFY2(document.contains(w) == ReasonWords::containsWord(text, w), qPrintable(w));
    // Some answers are yes, some no: the comparison above checks both ways.
    if (text.startsWith(u"Smith"_s)) {
        QVERIFY(document.contains(u"SMITH"_s));
        QVERIFY(document.contains(u"paulo-nord"_s));
        QVERIFY(!document.contains(u"mith"_s));
        QVERIFY(!document.contains(u"strasse"_s));
    }
}

void TstDocumentWords::tokensOfTheText()
{
    const QString text = u"Ferry sails at 9."_s;
    const DocumentWords document(text);
    const QList<Token> expected = Tokenizer::tokenize(text);
    QCOMPARE(document.tokens().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(document.tokens().at(i).start, expected.at(i).start);
        QCOMPARE(document.tokens().at(i).end, expected.at(i).end);
    }
}

QTEST_GUILESS_MAIN(TstDocumentWords)
#include "tst_documentwords.moc"
