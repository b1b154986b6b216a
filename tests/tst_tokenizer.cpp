// SPDX-License-Identifier: GPL-3.0-or-later
// Tokenizer and TypographyNormalizer: the units a word diff works on (never half a word) and the form in
// which spellings that differ only in typography compare equal.
#include "text/tokenizer.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

QChar typeLetter(Token::Type t)
{
    switch (t) {
    case Token::Word:
        return u'W';
    case Token::Number:
        return u'N';
    case Token::Punctuation:
        return u'P';
    case Token::Space:
        return u'S';
    }
    return u'?';
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data();
    void tokens();
    void tokensCoverTheText_data();
    void tokensCoverTheText();
    void normalize_data();
    void normalize();
    void typographicVariantsShareAKey_data();
    void typographicVariantsShareAKey();
    void typographicChars_data();
    void typographicChars();
};

void TestTokenizer::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // the tokens that are not white space
    QTest::addColumn<QString>("types"); // W word, N number, P punctuation, ? any; one letter per token

    QTest::newRow("it's is one word")
        << u"In it's readout"_s << QStringList { u"In"_s, u"it's"_s, u"readout"_s } << u"WWW"_s;
    QTest::newRow("it’s with a curly apostrophe is one word")
        << u"defended it\u2019s figures"_s << QStringList { u"defended"_s, u"it\u2019s"_s, u"figures"_s }
        << u"WWW"_s;
    QTest::newRow("its") << u"In its readout"_s << QStringList { u"In"_s, u"its"_s, u"readout"_s }
                         << u"WWW"_s;
    QTest::newRow("possessive before a space")
        << u"the city's buses"_s << QStringList { u"the"_s, u"city's"_s, u"buses"_s } << u"WWW"_s;
    QTest::newRow("plural possessive: the apostrophe is not inside a word")
        << u"Traders' Association"_s << QStringList { u"Traders"_s, u"'"_s, u"Association"_s } << u"WPW"_s;
    QTest::newRow("hyphenated compound is one word")
        << u"military-to-military contacts"_s << QStringList { u"military-to-military"_s, u"contacts"_s }
        << u"WW"_s;
    QTest::newRow("spaced words stay three")
        << u"military to military"_s << QStringList { u"military"_s, u"to"_s, u"military"_s } << u"WWW"_s;
    QTest::newRow("number-word compound is one token")
        << u"a 20-minute trip"_s << QStringList { u"a"_s, u"20-minute"_s, u"trip"_s } << u"W?W"_s;
    QTest::newRow("decimal") << u"about 3.5 km"_s << QStringList { u"about"_s, u"3.5"_s, u"km"_s }
                             << u"WNW"_s;
    QTest::newRow("thousands separator")
        << u"over 1,000 people"_s << QStringList { u"over"_s, u"1,000"_s, u"people"_s } << u"WNW"_s;
    QTest::newRow("thousands separator then a comma")
        << u"cost 1,000, then"_s << QStringList { u"cost"_s, u"1,000"_s, u","_s, u"then"_s } << u"WNPW"_s;
    QTest::newRow("money") << u"$640 million"_s << QStringList { u"$"_s, u"640"_s, u"million"_s } << u"PNW"_s;
    QTest::newRow("time of day") << u"at 10:30 today"_s << QStringList { u"at"_s, u"10:30"_s, u"today"_s }
                                 << u"WNW"_s;
    QTest::newRow("fraction") << u"7 1/2 hours"_s << QStringList { u"7"_s, u"1/2"_s, u"hours"_s } << u"NNW"_s;
    QTest::newRow("year before the full stop")
        << u"since 2019."_s << QStringList { u"since"_s, u"2019"_s, u"."_s } << u"WNP"_s;
    QTest::newRow("ellipsis dots are one token")
        << u"wait... then"_s << QStringList { u"wait"_s, u"..."_s, u"then"_s } << u"WPW"_s;
    QTest::newRow("double hyphen is one token")
        << u"line -- a branch"_s << QStringList { u"line"_s, u"--"_s, u"a"_s, u"branch"_s } << u"WPWW"_s;
    QTest::newRow("em dash between words is punctuation")
        << u"line\u2014a branch"_s << QStringList { u"line"_s, u"\u2014"_s, u"a"_s, u"branch"_s }
        << u"WPWW"_s;
    QTest::newRow("curly quotes are their own tokens")
        << u"to \u201cstabilize\u201d ties"_s
        << QStringList { u"to"_s, u"\u201c"_s, u"stabilize"_s, u"\u201d"_s, u"ties"_s } << u"WPWPW"_s;
    QTest::newRow("straight quote and comma")
        << u"\"No,\" he said."_s
        << QStringList { u"\""_s, u"No"_s, u","_s, u"\""_s, u"he"_s, u"said"_s, u"."_s } << u"PWPPWWP"_s;
    QTest::newRow("accented letters stay in the word")
        << u"the caf\u00e9 r\u00e9opened"_s << QStringList { u"the"_s, u"caf\u00e9"_s, u"r\u00e9opened"_s }
        << u"WWW"_s;
    QTest::newRow("question and exclamation")
        << u"Why?! Now."_s << QStringList { u"Why"_s, u"?!"_s, u"Now"_s, u"."_s } << u"WPWP"_s;
    QTest::newRow("empty") << QString() << QStringList() << QString();
}

void TestTokenizer::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QString, types);

    QStringList actual;
    QString actualTypes;
    for (const Token &t : Tokenizer::tokenize(text)) {
        if (t.type == Token::Space)
            continue;
        actual.append(text.mid(t.start, t.end - t.start));
        actualTypes.append(typeLetter(t.type));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(actualTypes.size(), types.size());
    for (qsizetype i = 0; i < types.size(); ++i)
        if (types.at(i) != u'?')
            QVERIFY2(actualTypes.at(i) == types.at(i),
                qPrintable(u"token %1 (%2): type %3, expected %4"_s.arg(i).arg(
                    actual.at(i), actualTypes.at(i), types.at(i))));
}

void TestTokenizer::tokensCoverTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("seed sentence")
        << u"BEIJING -- U.S. Secretary of State Antony Blinken met Monday with Chinese President Xi Jinping and said they agreed to \"stabilize\" badly deteriorated U.S.-China ties."_s;
    QTest::newRow("curly and no-break space")
        << u"\u201cWe reached agreement,\u201d she said\u00a0\u2014 in July\u2026  twice\t\n(again)."_s;
    QTest::newRow("only spaces") << u"   \u00a0 "_s;
    QTest::newRow("symbols") << u"#$%&*+=<>@[]^_{|}~ \u00a9 \u20ac5 \u00bd"_s;
    QTest::newRow("surrogate pair") << u"emoji \U0001F600 end"_s;
}

// Tokens are contiguous and non-empty, and spaces are exactly the white space: a diff over tokens can
// rebuild either text and never cuts a word in two.
void TestTokenizer::tokensCoverTheText()
{
    QFETCH(QString, text);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    qsizetype at = 0;
    for (const Token &t : tokens) {
        QCOMPARE(t.start, at);
        QVERIFY(t.end > t.start);
        const QString piece = text.mid(t.start, t.end - t.start);
        QCOMPARE(piece.trimmed().isEmpty(), t.type == Token::Space);
        at = t.end;
    }
    QCOMPARE(at, text.size());
    // A surrogate pair is never split.
    for (const Token &t : tokens)
        QVERIFY(t.start == 0 || !text.at(t.start).isLowSurrogate());
}

void TestTokenizer::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("curly double quotes") << u"\u201cHello,\u201d she said"_s << u"\"Hello,\" she said"_s;
    QTest::newRow("curly apostrophe") << u"it\u2019s the city\u2019s"_s << u"it's the city's"_s;
    QTest::newRow("single curly quotes")
        << u"\u2018China threat theory\u2019"_s << u"'China threat theory'"_s;
    QTest::newRow("em dash") << u"a \u2014 b"_s << u"a - b"_s;
    QTest::newRow("double hyphen") << u"a -- b"_s << u"a - b"_s;
    QTest::newRow("en dash") << u"2030\u20132031"_s << u"2030-2031"_s;
    QTest::newRow("ellipsis") << u"wait\u2026"_s << u"wait..."_s;
    QTest::newRow("no-break space") << u"$640\u00a0million"_s << u"$640 million"_s;
    QTest::newRow("runs of white space") << u"a \t\n  b"_s << u"a b"_s;
    QTest::newRow("case is kept") << u"The U.S. President"_s << u"The U.S. President"_s;
    QTest::newRow("letters untouched") << u"caf\u00e9 na\u00efve"_s << u"caf\u00e9 na\u00efve"_s;
}

void TestTokenizer::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TypographyNormalizer::normalize(text), expected);
}

void TestTokenizer::typographicVariantsShareAKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("em dash and double hyphen") << u"\u2014"_s << u"--"_s << true;
    QTest::newRow("curly and straight apostrophe in a word") << u"city\u2019s"_s << u"city's"_s << true;
    QTest::newRow("opening curly and straight quote") << u"\u201c"_s << u"\""_s << true;
    QTest::newRow("ellipsis and three dots") << u"\u2026"_s << u"..."_s << true;
    QTest::newRow("its and it's differ") << u"its"_s << u"it's"_s << false;
    QTest::newRow("case differs") << u"President"_s << u"president"_s << false;
    QTest::newRow("hyphen word and spaced words differ")
        << u"military-to-military"_s << u"military"_s << false;
}

void TestTokenizer::typographicVariantsShareAKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const QList<Token> ta = Tokenizer::tokenize(a), tb = Tokenizer::tokenize(b);
    QCOMPARE(ta.size(), 1);
    QCOMPARE(tb.size(), 1);
    QCOMPARE(TypographyNormalizer::tokenKey(a, ta.first().type)
            == TypographyNormalizer::tokenKey(b, tb.first().type),
        same);
    // Spaces all share one key, whatever they are made of.
    QCOMPARE(TypographyNormalizer::tokenKey(u"\u00a0"_s, Token::Space),
        TypographyNormalizer::tokenKey(u" \n "_s, Token::Space));
}

void TestTokenizer::typographicChars_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<bool>("typographic");
    const QList<QPair<QChar, bool>> cases { { u'"', true }, { u'\'', true }, { QChar(0x201c), true },
        { QChar(0x201d), true }, { QChar(0x2018), true }, { QChar(0x2019), true }, { QChar(0x2014), true },
        { QChar(0x2013), true }, { u'-', true }, { QChar(0x2026), true }, { QChar(0x00a0), true },
        { u' ', true }, { u'a', false }, { u'.', false }, { u',', false }, { u'7', false }, { u'$', false } };
    for (const auto &[c, typographic] : cases)
        QTest::addRow("U+%04X", c.unicode()) << c << typographic;
}

void TestTokenizer::typographicChars()
{
    QFETCH(QChar, c);
    QFETCH(bool, typographic);
    QCOMPARE(TypographyNormalizer::isTypographicChar(c), typographic);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
