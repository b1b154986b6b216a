// SPDX-License-Identifier: GPL-3.0-or-later
// What a drop brings, read from the MIME data the way browsers and file managers send it.
#include "dropdata.h"

#include <QMimeData>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestDropData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void localFilesWinOverText();
    void htmlWinsOverPlainText();
    void blankTextIsNothing();
    void sourceFromAWebUrl();
    void sourceFromFirefoxInUtf16();
    void sourceFromTheClipboardHtmlHeader();
    void namesForUrls_data();
    void namesForUrls();
};

void TestDropData::localFilesWinOverText()
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(u"/tmp/a.txt"_s), QUrl(u"https://example.org/"_s),
        QUrl::fromLocalFile(u"/tmp/folder"_s) });
    mime.setText(u"some text"_s);
    QVERIFY(canAcceptDrop(&mime));
    const DropData drop = readDrop(&mime);
    QCOMPARE(drop.paths, (QStringList { u"/tmp/a.txt"_s, u"/tmp/folder"_s }));
    QVERIFY(!drop.hasText);
    QVERIFY(drop.text.isEmpty());
}

void TestDropData::htmlWinsOverPlainText()
{
    QMimeData mime;
    mime.setHtml(u"<p>The ferry runs again.</p>"_s);
    mime.setText(u"The ferry runs again."_s);
    const DropData drop = readDrop(&mime);
    QVERIFY(drop.paths.isEmpty());
    QVERIFY(drop.hasText);
    QVERIFY(drop.format == TextFormat::Html);
    QCOMPARE(drop.text, QByteArray("<p>The ferry runs again.</p>"));

    QMimeData plain;
    plain.setText(u"Only words. Ünïcode too."_s);
    const DropData text = readDrop(&plain);
    QVERIFY(text.format == TextFormat::PlainText);
    QCOMPARE(QString::fromUtf8(text.text), u"Only words. Ünïcode too."_s);
    QVERIFY(text.sourceUrl.isEmpty());
}

void TestDropData::blankTextIsNothing()
{
    QMimeData mime;
    mime.setText(u"  \n\t "_s);
    QVERIFY(canAcceptDrop(&mime)); // while dragging, the text is not read yet
    const DropData drop = readDrop(&mime);
    QVERIFY(drop.isEmpty());
    QMimeData nothing;
    nothing.setData(u"application/x-something"_s, "data");
    QVERIFY(!canAcceptDrop(&nothing));
    QVERIFY(readDrop(&nothing).isEmpty());
}

void TestDropData::sourceFromAWebUrl()
{
    QMimeData mime;
    mime.setUrls({ QUrl(u"https://news.example/story"_s) });
    mime.setHtml(u"<p>Text.</p>"_s);
    QCOMPARE(readDrop(&mime).sourceUrl, u"https://news.example/story"_s);
}

void TestDropData::sourceFromFirefoxInUtf16()
{
    QMimeData mime;
    const QString firefox = u"https://www.islandnews.example/ferry.html\nFerry is back"_s;
    mime.setData(u"text/x-moz-url-priv"_s,
        QByteArray(reinterpret_cast<const char *>(firefox.utf16()), firefox.size() * 2));
    mime.setText(u"The ferry runs again."_s);
    QCOMPARE(sourceUrlOf(&mime), QUrl(u"https://www.islandnews.example/ferry.html"_s));
    QCOMPARE(readDrop(&mime).sourceUrl, u"https://www.islandnews.example/ferry.html"_s);

    QMimeData utf8;
    utf8.setData(u"text/x-moz-url"_s, "https://herald.example/a\nTitle");
    QCOMPARE(sourceUrlOf(&utf8), QUrl(u"https://herald.example/a"_s));
}

void TestDropData::sourceFromTheClipboardHtmlHeader()
{
    QMimeData mime;
    mime.setHtml(u"Version:0.9\nSourceURL:https://daily.example/news/1\n<html><p>Text.</p></html>"_s);
    QCOMPARE(sourceUrlOf(&mime), QUrl(u"https://daily.example/news/1"_s));
    QMimeData none;
    none.setHtml(u"<p>No header.</p>"_s);
    QVERIFY(sourceUrlOf(&none).isEmpty());
}

void TestDropData::namesForUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::newRow("www and suffix") << u"https://www.islandnews.example/2026/ferry-is-back.html"_s
                                    << u"islandnews.example/2026/ferry-is-back"_s;
    QTest::newRow("trailing slashes")
        << u"https://herald.example/news/ferry//"_s << u"herald.example/news/ferry"_s;
    QTest::newRow("php") << u"http://daily.example/view.php"_s << u"daily.example/view"_s;
    QTest::newRow("long") << u"https://paper.example/"_s + QString(80, u'x')
                          << u"paper.example/"_s + QString(45, u'x') + QChar(0x2026);
    QTest::newRow("no host or path") << u"about:blank"_s << u"blank"_s;
}

void TestDropData::namesForUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    QCOMPARE(nameForUrl(QUrl(url)), name);
}

QTEST_MAIN(TestDropData)
#include "tst_dropdata.moc"
