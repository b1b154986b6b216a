// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder: bytes to text the way browsers read a saved page (BOM, strict UTF-8, declared charset,
// detector, windows-1252, with iso-8859-1/latin1 meaning windows-1252).
#include "load/textdecoder.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Encoding names compare without case, hyphens or underscores: "UTF-16LE" == "utf-16le" == "utf16le".
QString encodingKey(const QString &name)
{
    QString k = name.toLower();
    k.remove(u'-');
    k.remove(u'_');
    return k;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        if (littleEndian)
            out.append(lo).append(hi);
        else
            out.append(hi).append(lo);
    }
    return out;
}

QByteArray wide(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::Stateless);
    return encoder.encode(text);
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

// Prose in which every byte is printable ASCII, for padding in front of what a test is about.
QByteArray asciiProse(qsizetype bytes)
{
    QByteArray out;
    while (out.size() < bytes)
        out += "The council voted on Tuesday to build a tram line to the eastern district. ";
    return out;
}

const QString germanStory
    = u"Die Stadt Z\u00fcrich er\u00f6ffnet im M\u00e4rz eine neue Fu\u00dfg\u00e4ngerbr\u00fccke "
      u"\u00fcber die Limmat. Die Baukosten betrugen 12 Millionen Franken, sagte die "
      u"Stadtr\u00e4tin am Montag. Anwohner begr\u00fc\u00dften die L\u00f6sung."_s;

QByteArray htmlPage(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html>\n<html><head>" + head + "<title>Test page</title></head>\n<body><p>" + body
        + "</p></body></html>\n";
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data();
    void decodes();
    void neverReplacesReadableBytes_data();
    void neverReplacesReadableBytes();
    void declaredCharset_data();
    void declaredCharset();
    void latinLabelsMeanWindows1252_data();
    void latinLabelsMeanWindows1252();
    void strayBytesInUtf8AreReplaced_data();
    void strayBytesInUtf8AreReplaced();
    void legacyEncodingsStayLegacy_data();
    void legacyEncodingsStayLegacy();
    void utf16DeclarationMeansUtf8_data();
    void utf16DeclarationMeansUtf8();
    void binaryAnywhereIsBinary_data();
    void binaryAnywhereIsBinary();
    void wideEncodingsWithoutBom_data();
    void wideEncodingsWithoutBom();
    void controlCharacterStretches();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("isHtml");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");

    const QString text = u"Caf\u00e9 owners said \u201cno\u201d \u2014 \u20ac5 more."_s;
    QTest::newRow("utf-8 without BOM") << text.toUtf8() << false << text << u"utf-8"_s;
    QTest::newRow("utf-8 with BOM, the BOM is not text")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << false << text << u"utf-8"_s;
    QTest::newRow("utf-16le with BOM") << utf16(text, true) << false << text << u"utf-16le"_s;
    QTest::newRow("utf-16be with BOM") << utf16(text, false) << false << text << u"utf-16be"_s;
    // A surrogate without its partner (a truncated or corrupted file) is not text: U+FFFD takes its unit.
    QString lone = u"Half a pair: "_s;
    lone.append(QChar(0xD800));
    lone.append(u" and the rest."_s);
    QString loneReplaced = lone;
    loneReplaced[13] = QChar(QChar::ReplacementCharacter);
    QTest::newRow("utf-16le with BOM and a lone surrogate")
        << utf16(lone, true) << false << loneReplaced << u"utf-16le"_s;
    QTest::newRow("plain ascii") << QByteArray("He said it was fine.") << false << u"He said it was fine."_s
                                 << QString();

    // 0x93/0x94 are curly double quotes, 0x92 the curly apostrophe, 0x80 the euro sign in windows-1252.
    QTest::newRow("windows-1252 curly quotes and euro in plain text")
        << QByteArray("The mayor said \x93we will pay\x94 and the city\x92s share is \x80"
                      "240 million, more than last year\x92s budget for the whole transport network.")
        << false
        << u"The mayor said \u201cwe will pay\u201d and the city\u2019s share is \u20ac"
           u"240 million, more than last year\u2019s budget for the whole transport network."_s
        << u"windows-1252"_s;

    // Browsers read a page labelled iso-8859-1 as windows-1252, so 0x93/0x94 are quotes, not C1 controls.
    QTest::newRow("html declaring iso-8859-1 decodes as windows-1252")
        << htmlPage("<meta charset=\"iso-8859-1\">", "He said \x93yes\x94 for \x80 5.") << true
        << QString::fromUtf8(htmlPage(
               "<meta charset=\"iso-8859-1\">", "He said \xE2\x80\x9Cyes\xE2\x80\x9D for \xE2\x82\xAC 5."))
        << u"windows-1252"_s;
    QTest::newRow("html declaring latin1 via http-equiv decodes as windows-1252")
        << htmlPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=latin1\">",
               "Caf\xE9 \x96 closed\x85")
        << true
        << QString::fromUtf8(
               htmlPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=latin1\">",
                   "Caf\xC3\xA9 \xE2\x80\x93 closed\xE2\x80\xA6"))
        << u"windows-1252"_s;
    // A declared charset never overrides a byte-order mark.
    QTest::newRow("BOM wins over a declared charset")
        << QByteArray("\xEF\xBB\xBF") + htmlPage("<meta charset=\"iso-8859-1\">", "Caf\xC3\xA9") << true
        << QString::fromUtf8(htmlPage("<meta charset=\"iso-8859-1\">", "Caf\xC3\xA9")) << u"utf-8"_s;
    // Valid UTF-8 wins over a wrong declaration (pages re-saved as UTF-8 keep their old meta tag).
    QTest::newRow("valid utf-8 under an iso-8859-1 label stays utf-8")
        << htmlPage("<meta charset=\"iso-8859-1\">", "Caf\xC3\xA9 \xE2\x80\x9Cyes\xE2\x80\x9D") << true
        << QString::fromUtf8(
               htmlPage("<meta charset=\"iso-8859-1\">", "Caf\xC3\xA9 \xE2\x80\x9Cyes\xE2\x80\x9D"))
        << u"utf-8"_s;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, isHtml);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);

    const TextDecoder::Result r = TextDecoder::decode(data, isHtml);
    QVERIFY2(r.ok, qPrintable(r.encoding));
    QCOMPARE(r.text, expected);
    QVERIFY2(!r.encoding.isEmpty(), "the encoding used must be named");
    if (!encoding.isEmpty())
        QCOMPARE(encodingKey(r.encoding), encodingKey(encoding));
}

// Bytes that are not UTF-8 still decode to readable text: no U+FFFD, accented letters kept.
void TestTextDecoder::neverReplacesReadableBytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("isHtml");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("invalid utf-8 falls back (latin-1 bytes in plain text)")
        << QByteArray("The caf\xE9 on the corner reopened on Monday after the r\xE9novation, its owner said.")
        << false << u"caf\u00e9 on the corner"_s;
    QTest::newRow("invalid utf-8: a lone continuation byte")
        << QByteArray("Prices rose \x80 sharply in the third quarter, the bank said on Tuesday.") << false
        << u"Prices rose"_s;
    QTest::newRow("invalid utf-8: truncated multi-byte sequence at the end")
        << QByteArray("The council met again on Tuesday evening \xE2\x80") << false << u"Tuesday evening"_s;
    // The declaration is disproved by the bytes; the text must not fill with replacement characters.
    QTest::newRow("html declaring utf-8 but holding latin-1 bytes")
        << htmlPage("<meta charset=\"utf-8\">",
               "The caf\xE9 owner said the r\xE9novation cost \xA3"
               "40,000 and took most of the summer.")
        << true << u"caf\u00e9 owner said the r\u00e9novation cost \u00a340,000"_s;
}

void TestTextDecoder::neverReplacesReadableBytes()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, isHtml);
    QFETCH(QString, mustContain);

    const TextDecoder::Result r = TextDecoder::decode(data, isHtml);
    QVERIFY2(r.ok, qPrintable(r.encoding));
    QVERIFY2(!r.text.contains(QChar(QChar::ReplacementCharacter)),
        qPrintable(u"replacement character in: "_s + r.text));
    QVERIFY2(r.text.contains(mustContain), qPrintable(r.text));
}

void TestTextDecoder::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("declared");

    QTest::newRow("meta charset") << htmlPage("<meta charset=\"windows-1252\">", "x")
                                  << QByteArray("windows-1252");
    QTest::newRow("meta charset, single quotes, upper case")
        << htmlPage("<META CHARSET='ISO-8859-1'>", "x") << QByteArray("iso-8859-1");
    QTest::newRow("meta charset without quotes")
        << htmlPage("<meta charset=utf-8>", "x") << QByteArray("utf-8");
    QTest::newRow("http-equiv content type")
        << htmlPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">", "x")
        << QByteArray("iso-8859-15");
    QTest::newRow("no declaration") << htmlPage("<meta name=\"author\" content=\"x\">", "x") << QByteArray();
    // The HTML standard's prescan looks at the first 1024 bytes only.
    QTest::newRow("declaration after the first 1024 bytes is ignored")
        << htmlPage("<!-- " + QByteArray(1100, 'x') + " --><meta charset=\"iso-8859-1\">", "x")
        << QByteArray();
}

void TestTextDecoder::declaredCharset()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, declared);
    QCOMPARE(TextDecoder::declaredHtmlCharset(data).toLower(), declared);
}

void TestTextDecoder::latinLabelsMeanWindows1252_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("canonical");

    for (const char *label : { "iso-8859-1", "ISO-8859-1", "latin1", "us-ascii", "windows-1252", "cp1252" })
        QTest::newRow(label) << QByteArray(label) << QByteArray("windows-1252");
    QTest::newRow("utf8 alias") << QByteArray("utf8") << QByteArray("utf-8");
    QTest::newRow("utf-8 with spaces") << QByteArray(" UTF-8 ") << QByteArray("utf-8");
}

void TestTextDecoder::latinLabelsMeanWindows1252()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, canonical);
    QCOMPARE(TextDecoder::canonicalLabel(label).toLower(), canonical);
}

// The reproducer: one stray byte used to turn a whole UTF-8 file into windows-1252 ("ZÃ¼rich").
void TestTextDecoder::strayBytesInUtf8AreReplaced_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("isHtml");
    QTest::addColumn<int>("replacements");

    const QByteArray utf8 = germanStory.toUtf8();
    QTest::newRow("one stray byte in the middle")
        << QByteArray(utf8.left(40) + "\xFF" + utf8.mid(40)) << false << 1;
    QTest::newRow("a latin-1 byte among UTF-8 umlauts")
        << QByteArray(utf8 + " Caf\xE9 bleibt.") << false << 1;
    // Qt's decoder replaces a sequence cut by the end of the data byte by byte.
    QTest::newRow("a sequence cut at the end") << QByteArray(utf8 + " \xE2\x80") << false << 2;
    QTest::newRow("two stray bytes in a page") << htmlPage("<meta charset=\"utf-8\">",
        utf8.left(utf8.indexOf(" Die Baukosten")) + "\x80" + utf8.mid(utf8.indexOf(" Die Baukosten"))
            + "\xC0") << true << 2;
    // A declaration of another encoding does not outweigh what the bytes say.
    QTest::newRow("stray byte under a windows-1252 label")
        << htmlPage("<meta charset=\"windows-1252\">", utf8 + "\x9D") << true << 1;
    QTest::newRow("stray byte after a UTF-8 byte-order mark")
        << QByteArray("\xEF\xBB\xBF" + utf8 + "\xFF") << false << 1;
    // Overlong forms and encoded surrogates have the shape of UTF-8 and never occur in 8-bit text: however
    // many there are next to the few valid sequences of a short text, the file stays UTF-8 with U+FFFD.
    const QByteArray shortUtf8 = "Die Br\xC3\xBC"
                                 "cke in Z\xC3\xBCrich bleibt zu.";
    QTest::newRow("overlong forms") << QByteArray(
        shortUtf8 + " \xC0\xAF \xE0\x80\xAF \xF0\x80\x80\xAF \xC1\xBF.")
                                    << false << -1;
    QTest::newRow("encoded surrogates")
        << QByteArray(shortUtf8 + " Lone \xED\xA0\x80 and \xED\xBF\xBF and \xED\xB0\x80 half.") << false
        << -1;
    QTest::newRow("beyond U+10FFFF") << QByteArray(shortUtf8 + " \xF4\x90\x80\x80 \xF7\xBF\xBF\xBF.") << false
                                     << -1;
}

void TestTextDecoder::strayBytesInUtf8AreReplaced()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, isHtml);
    QFETCH(int, replacements);
    const TextDecoder::Result r = TextDecoder::decode(data, isHtml);
    QVERIFY2(r.ok, qPrintable(r.encoding));
    QCOMPARE(encodingKey(r.encoding), u"utf8"_s);
    QVERIFY2(r.text.contains(u"Z\u00fcrich"_s), qPrintable(r.text));
    if (replacements < 0) {
        // Qt decides how many U+FFFD a damaged sequence becomes; each damaged place is at least one.
        QVERIFY2(r.text.count(QChar(QChar::ReplacementCharacter)) >= 2, qPrintable(r.text));
        QVERIFY2(!r.text.contains(QChar(u'/')) && !r.text.contains(u"\u00c0"_s), qPrintable(r.text));
        return;
    }
    QVERIFY2(r.text.contains(u"Fu\u00dfg\u00e4ngerbr\u00fccke"_s), qPrintable(r.text));
    QCOMPARE(r.text.count(QChar(QChar::ReplacementCharacter)), replacements);
}

// The other side of the same rule: text in an 8-bit or double-byte encoding forms few valid UTF-8
// sequences, so it is never read as UTF-8 with holes.
void TestTextDecoder::legacyEncodingsStayLegacy_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("windows-1252 German") << QByteArray("windows-1252") << germanStory;
    QTest::newRow("windows-1252 French")
        << QByteArray("windows-1252")
        << u"\u00c9lectricit\u00e9 : le pr\u00e9fet a d\u00e9cid\u00e9 \u00ab tr\u00e8s vite \u00bb, "
           u"a d\u00e9clar\u00e9 \u00c9lodie B\u00e9rang\u00e8re \u00e0 No\u00ebl."_s;
    QTest::newRow("GBK Chinese") << QByteArray("GBK")
                                 << u"\u5e02\u8bae\u4f1a\u5468\u4e8c\u6295\u7968\u51b3\u5b9a\u4fee\u5efa"
                                    u"\u4e00\u6761\u901a\u5f80\u4e1c\u533a\u7684\u6709\u8f68\u7535\u8f66"
                                    u"\u7ebf\u8def\u3002\u53cd\u5bf9\u8005\u8ba4\u4e3a\u8fd9\u7b14\u94b1"
                                    u"\u5e94\u8be5\u7528\u4e8e\u516c\u5171\u6c7d\u8f66\u3002"_s;
    QTest::newRow("Shift_JIS Japanese")
        << QByteArray("Shift_JIS")
        << u"\u5e02\u8b70\u4f1a\u306f\u706b\u66dc\u65e5\u3001\u6771\u90e8\u5730\u533a\u3078\u306e"
           u"\u8def\u9762\u96fb\u8eca\u306e\u5efa\u8a2d\u3092\u6c7a\u3081\u305f\u3002\u53cd\u5bfe"
           u"\u6d3e\u306f\u30d0\u30b9\u306b\u4f7f\u3046\u3079\u304d\u3060\u3068\u8a00\u3063\u305f\u3002"_s;
}

void TestTextDecoder::legacyEncodingsStayLegacy()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QString, text);
    QStringEncoder encoder(encoding.constData());
    if (!encoder.isValid())
        QSKIP(qPrintable(u"Qt cannot encode "_s + QString::fromLatin1(encoding) + u" here"_s));
    const QByteArray data = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const TextDecoder::Result r = TextDecoder::decode(data, false);
    QVERIFY2(r.ok, qPrintable(r.encoding));
    QVERIFY2(encodingKey(r.encoding) != u"utf8"_s, qPrintable(r.text));
    QVERIFY(!r.text.contains(QChar(QChar::ReplacementCharacter)));
}

// Browsers read a document that declares UTF-16 but arrives as bytes as UTF-8 (and the words
// "charset=utf-16" in the text declare nothing).
void TestTextDecoder::utf16DeclarationMeansUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mustContain");

    const QByteArray latin1 = "Der Caf\xE9"
                              "besitzer in Z\xFCrich sagte, die Renovierung habe den Sommer gedauert.";
    QTest::newRow("meta charset utf-16 over latin-1 bytes")
        << htmlPage("<meta charset=\"utf-16\">", latin1) << u"Caf\u00e9besitzer in Z\u00fcrich"_s;
    QTest::newRow("http-equiv utf-16le over latin-1 bytes")
        << htmlPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-16LE\">", latin1)
        << u"Caf\u00e9besitzer in Z\u00fcrich"_s;
    QTest::newRow("meta charset utf-16 over UTF-8 with a stray byte")
        << htmlPage("<meta charset=\"utf-16\">", germanStory.toUtf8() + "\xFF") << u"Z\u00fcrich"_s;
    QTest::newRow("the words charset=utf-16 in the text") << QByteArray(
        "<html><body><p>Save it with charset=utf-16 if you must. " + latin1 + "</p></body></html>")
                                                          << u"Caf\u00e9besitzer in Z\u00fcrich"_s;
}

void TestTextDecoder::utf16DeclarationMeansUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mustContain);
    const TextDecoder::Result r = TextDecoder::decode(data, true);
    QVERIFY2(r.ok, qPrintable(r.encoding));
    QVERIFY2(!encodingKey(r.encoding).startsWith(u"utf16"_s), qPrintable(r.encoding));
    QVERIFY2(r.text.contains(mustContain), qPrintable(r.encoding + u": "_s + r.text.left(300)));
}

void TestTextDecoder::binaryAnywhereIsBinary_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("UTF-8 byte-order mark, then random bytes")
        << QByteArray("\xEF\xBB\xBF" + randomBytes(20'000, 1));
    QTest::newRow("UTF-16LE byte-order mark, then random bytes")
        << QByteArray("\xFF\xFE" + randomBytes(20'000, 2));
    QTest::newRow("UTF-16BE byte-order mark, then random bytes")
        << QByteArray("\xFE\xFF" + randomBytes(20'000, 3));
    QTest::newRow("UTF-32LE byte-order mark, then random bytes")
        << QByteArray(QByteArray("\xFF\xFE\x00\x00", 4) + randomBytes(20'000, 4));
    QTest::newRow("UTF-16LE byte-order mark, then text with NULs")
        << QByteArray(wide(u"\uFEFFThe ferry will run."_s, QStringConverter::Utf16LE) + QByteArray(64, '\0'));
    QTest::newRow("100 KB of prose, then NUL bytes") << QByteArray(asciiProse(100'000)
        + QByteArray("\0\0\0\x01\x02"
                     "binary\0",
            12)
        + asciiProse(1000));
    QTest::newRow("1 MB of prose, then a picture")
        << QByteArray(asciiProse(1'000'000) + randomBytes(5000, 5));
    QTest::newRow("UTF-16LE prose, then random bytes") << QByteArray(
        wide(QString::fromLatin1(asciiProse(200'000)), QStringConverter::Utf16LE) + randomBytes(40'000, 6));
}

void TestTextDecoder::binaryAnywhereIsBinary()
{
    QFETCH(QByteArray, data);
    const TextDecoder::Result r = TextDecoder::decode(data, false);
    QVERIFY2(!r.ok, qPrintable(r.encoding + u": "_s + r.text.left(100)));
    QVERIFY(r.binary);
}

void TestTextDecoder::wideEncodingsWithoutBom_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString russian
        = u"\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0441\u043e\u0432\u0435\u0442 "
          u"\u043f\u0440\u043e\u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043b \u0437\u0430 "
          u"\u0442\u0440\u0430\u043c\u0432\u0430\u0439, \u0441\u043a\u0430\u0437\u0430\u043b "
          u"\u043c\u044d\u0440 \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a."_s;
    for (const auto &[name, encoding] : { std::pair { "utf-16le", QStringConverter::Utf16LE },
             std::pair { "utf-16be", QStringConverter::Utf16BE },
             std::pair { "utf-32le", QStringConverter::Utf32LE },
             std::pair { "utf-32be", QStringConverter::Utf32BE } }) {
        QTest::addRow("German, %s", name)
            << wide(germanStory, encoding) << germanStory << QString::fromLatin1(name);
        QTest::addRow("Russian, %s", name) << wide(russian, encoding) << russian << QString::fromLatin1(name);
    }
    const QString emoji = u"Fans cheered \U0001F389 as the ferry left at six."_s;
    QTest::newRow("emoji, utf-16le") << wide(emoji, QStringConverter::Utf16LE) << emoji << u"utf-16le"_s;
}

void TestTextDecoder::wideEncodingsWithoutBom()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const TextDecoder::Result r = TextDecoder::decode(data, false);
    QVERIFY2(r.ok, qPrintable(r.encoding + (r.binary ? u" binary"_s : QString())));
    QCOMPARE(encodingKey(r.encoding), encodingKey(encoding));
    QCOMPARE(r.text, text);
}

void TestTextDecoder::controlCharacterStretches()
{
    const QString prose = QString::fromLatin1(asciiProse(200'000));
    QVERIFY(!TextDecoder::hasControlCharacterStretch(prose));
    // Tabs, line and page breaks are text.
    QVERIFY(!TextDecoder::hasControlCharacterStretch(QString(prose).replace(u' ', u'\t')));
    QVERIFY(!TextDecoder::hasControlCharacterStretch(QString(prose).replace(u' ', u'\f')));
    // A few escape characters in prose are not a stretch...
    QString colored = prose;
    for (qsizetype i = 1000; i < colored.size(); i += 1000)
        colored[i] = QChar(0x1b);
    QVERIFY(!TextDecoder::hasControlCharacterStretch(colored));
    // ... a block of them anywhere is, after 64 KB too.
    QString tail = prose;
    tail.insert(150'000, QString(600, QChar(0x01)));
    QVERIFY(TextDecoder::hasControlCharacterStretch(tail));
    QVERIFY(TextDecoder::hasControlCharacterStretch(u"\x01\x02 ab"_s));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
