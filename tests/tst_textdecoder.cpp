// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder: bytes to text the way browsers read a saved page (BOM, strict UTF-8, declared charset,
// detector, windows-1252, with iso-8859-1/latin1 meaning windows-1252).
#include "load/textdecoder.h"

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

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
