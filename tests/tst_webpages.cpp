// SPDX-License-Identifier: GPL-3.0-or-later
// Web pages as people bring them: the article found among the page furniture, the page's metadata, pages
// saved by browsers (MHTML single files, "complete" saves with a NAME_files folder) and the encodings
// pages come in. The pages here are written for the test; a few real news pages from the shared corpus
// are checked too where that corpus is present.
#include "accesswatch.h"
#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "report/jsonreport.h"
#include "testpaths.h"
#include "versiontext.h"

#include <KCompressionDevice>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/inotify.h>
#include <unistd.h>

using namespace Parallax;
using namespace Qt::StringLiterals;
using VersionText::describe;
using VersionText::findSentence;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

std::optional<Version> loadPage(const QByteArray &html, LoadError *error = nullptr)
{
    return ArticleLoader::loadData(html, TextFormat::Html, u"page"_s, error);
}

// Whether the sentence is in the version and marked as expected.
void expectSentence(const Version &v, const QString &text, bool boilerplate)
{
    const int i = findSentence(v, text);
    QVERIFY2(i >= 0, qPrintable(u"missing: "_s + text + describe(v)));
    QVERIFY2(v.sentences.at(i).boilerplate == boilerplate,
        qPrintable(
            (boilerplate ? u"not marked as boilerplate: "_s : u"article text marked as boilerplate: "_s)
            + text + describe(v)));
}

const QByteArray storyParagraphs
    = "<p>The ferry between Calder Point and the island of Mora will run every twenty minutes from May, the "
      "harbour board said on Tuesday.</p>\n"
      "<p>The board bought two new boats for the route, which carried more than a million passengers last "
      "year, "
      "and will retire the oldest of its three vessels.</p>\n"
      "<p>Residents of Mora had asked for more crossings since the bridge to the mainland was closed for "
      "repairs in the autumn, the island council said.</p>\n"
      "<p>Tickets will keep their price until the end of the year, and children under twelve will travel "
      "free "
      "at weekends.</p>\n";

// A navigation bar and a column of other stories, each in its own <article> card.
const QByteArray siteFurniture
    = "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
      "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav>\n";
const QByteArray teaserColumn
    = "<div class=\"column\"><article class=\"card\"><h3><a href=\"/a\">Lighthouse keeper retires after "
      "forty "
      "years</a></h3></article><article class=\"card\"><h3><a href=\"/b\">Harbour festival draws record "
      "crowds</a></h3></article></div>\n";

QByteArray readGzip(const QString &path)
{
    KCompressionDevice device(path, KCompressionDevice::GZip);
    return device.open(QIODevice::ReadOnly) ? device.readAll() : QByteArray();
}

QStringList wordTokens(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'_') {
            word.append(c);
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

} // namespace

class TestWebPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storyOutsideTheFirstArticleElement();
    void wrapperNamedLikeFurnitureKeepsTheStory();
    void storyInAnAsideIsNotAllBoilerplate();
    void furnitureInsideTheStoryIsMarked();
    void awkwardTagsKeepTheirText();
    void metadataFromJsonLd();
    void metadataFromMetaTags();
    void outletFromTheCanonicalAddress();
    void encodings_data();
    void encodings();
    void mhtmlPageIsRead();
    void mhtmlBase64Part();
    void mhtmlPartUtf16Label_data();
    void mhtmlPartUtf16Label();
    void malformedMhtml_data();
    void malformedMhtml();
    void savedPageFolderIsNotRead();
    void corpusPages_data();
    void corpusPages();
};

// The first <article> of the page is a teaser card; the story stands in a plain div after it.
void TestWebPages::storyOutsideTheFirstArticleElement()
{
    const QByteArray html = "<html><head><title>Ferries</title></head><body>" + siteFurniture + teaserColumn
        + "<div class=\"story\"><h1>More ferries for Mora</h1>" + storyParagraphs
        + "</div><footer><p>Copyright Calder Post</p></footer></body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    expectSentence(*v,
        u"The ferry between Calder Point and the island of Mora will run every twenty minutes from May, the harbour board said on Tuesday."_s,
        false);
    expectSentence(*v,
        u"Tickets will keep their price until the end of the year, and children under twelve will travel free at weekends."_s,
        false);
    expectSentence(*v, u"Lighthouse keeper retires after forty years"_s, true);
    expectSentence(*v, u"Weather"_s, true);
}

// An ASP.NET page wraps everything in a <form>; some templates give the story's div a class such as
// "promo-layout". Neither may turn the story into boilerplate.
void TestWebPages::wrapperNamedLikeFurnitureKeepsTheStory()
{
    const QByteArray html = "<html><body><form id=\"aspnetForm\">" + siteFurniture
        + "<div class=\"promo-layout sidebar-right\">" + storyParagraphs + "</div></form></body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    expectSentence(*v,
        u"Residents of Mora had asked for more crossings since the bridge to the mainland was closed for repairs in the autumn, the island council said."_s,
        false);
    expectSentence(*v, u"Sport"_s, true);
}

// Where the only prose of the page is inside furniture, it is still the article: no page loses all of it.
void TestWebPages::storyInAnAsideIsNotAllBoilerplate()
{
    const QByteArray html = "<html><body>" + siteFurniture + "<aside class=\"comments\">" + storyParagraphs
        + "</aside></body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    int article = 0;
    for (const Sentence &s : v->sentences)
        article += s.boilerplate ? 0 : 1;
    QVERIFY2(article >= 4, qPrintable(describe(*v)));
}

void TestWebPages::furnitureInsideTheStoryIsMarked()
{
    const QByteArray html = "<html><body><article><h1>More ferries for Mora</h1>"
                            "<div class=\"share-bar\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
        + storyParagraphs.left(storyParagraphs.indexOf("<p>Residents"))
        + "<div class=\"related-stories\"><h2>Related</h2><ul><li><a href=\"/c\">Bridge repairs to take "
          "until "
          "spring</a></li><li><a href=\"/d\">Island school gets new roof</a></li></ul></div>"
          "<div>Advertisement</div>"
        + storyParagraphs.mid(storyParagraphs.indexOf("<p>Residents"))
        + "<figure><img src=\"boat.jpg\"><figcaption>The new ferry on its first trial "
          "run.</figcaption></figure>"
          "<div class=\"newsletter-signup\"><p>Get the Calder Post in your inbox every morning.</p></div>"
          "</article></body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    expectSentence(*v, u"More ferries for Mora"_s, false);
    expectSentence(*v, u"Bridge repairs to take until spring"_s, true);
    expectSentence(*v, u"Advertisement"_s, true);
    expectSentence(*v, u"The new ferry on its first trial run."_s, true);
    expectSentence(*v, u"Get the Calder Post in your inbox every morning."_s, true);
    expectSentence(*v,
        u"Tickets will keep their price until the end of the year, and children under twelve will travel free at weekends."_s,
        false);
}

// Before parsing, script bodies and unread attributes are dropped byte by byte: quoted '>' characters,
// unquoted values, data attributes holding JSON, comments with half a tag in them and scripts holding
// markup must not cost or add a word.
void TestWebPages::awkwardTagsKeepTheirText()
{
    const QByteArray html
        = "<html><head><script>var s = '<p>SCRIPT TEXT</p>'; if (a < b && c > d) {}</script></head><body>"
          "<!-- <a title=\"half a tag --> <p data-props='{\"x\": \"<b>\"}' style=\"color: red\">The ferry "
          "between Calder Point and Mora will run every twenty minutes from May.</p>"
          "<p title=\"a > b\" class=story>The board bought two new boats for the route, which carried a "
          "million passengers.</p><img src=x.jpg alt=\"ALT TEXT\"/><p onclick=\"f('>')\">Tickets keep "
          "their price until the end of the year, the board said.</p><svg><text>SVG TEXT</text></svg>"
          "<p>Children under twelve travel free at weekends, the harbour board said.</p></body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    expectSentence(
        *v, u"The ferry between Calder Point and Mora will run every twenty minutes from May."_s, false);
    expectSentence(
        *v, u"The board bought two new boats for the route, which carried a million passengers."_s, false);
    expectSentence(*v, u"Tickets keep their price until the end of the year, the board said."_s, false);
    expectSentence(*v, u"Children under twelve travel free at weekends, the harbour board said."_s, false);
    for (const QString &leak :
        { u"SCRIPT TEXT"_s, u"ALT TEXT"_s, u"SVG TEXT"_s, u"half a tag"_s, u"color"_s })
        QVERIFY2(!v->text.contains(leak), qPrintable(leak + describe(*v)));
    QCOMPARE(v->sentences.size(), 4);
}

void TestWebPages::metadataFromJsonLd()
{
    const QByteArray html = R"(<html lang="en-GB"><head><title>More ferries for Mora | Calder Post</title>
<link rel="canonical" href="https://www.calderpost.example/news/ferries-mora">
<meta property="og:title" content="Ferries: a new timetable">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Calder Post Online"},
 {"@type":"NewsArticle","headline":"More ferries for Mora","datePublished":"2025-03-04T08:00:00Z",
  "dateModified":"2025-03-04T10:30:00Z","author":[{"@type":"Person","name":"Ines Laird"},
  {"@type":"Person","name":"Tom Achebe"}],"publisher":{"@type":"Organization","name":"Calder Post"},
  "articleBody":"The ferry between Calder Point and the island of Mora will run every twenty minutes from May."}]}
</script></head><body>)"
        + storyParagraphs + "</body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    QCOMPARE(v->title, u"More ferries for Mora"_s);
    QCOMPARE(v->outlet, u"Calder Post"_s);
    QCOMPARE(v->name, u"Calder Post"_s);
    QCOMPARE(v->authors, (QStringList { u"Ines Laird"_s, u"Tom Achebe"_s }));
    QCOMPARE(v->date, u"2025-03-04T08:00:00Z"_s);
    QCOMPARE(v->modified, u"2025-03-04T10:30:00Z"_s);
    QCOMPARE(v->url, u"https://www.calderpost.example/news/ferries-mora"_s);
    QCOMPARE(v->language, u"en-GB"_s);

    // The fields reach the JSON report.
    const QJsonObject report
        = QJsonDocument::fromJson(JsonReport::toJson(compareVersions({ *v, *v }))).object();
    const QJsonObject first = report.value(u"versions"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"outlet"_s).toString(), u"Calder Post"_s);
    QCOMPARE(first.value(u"authors"_s).toArray().size(), 2);
    QCOMPARE(first.value(u"authors"_s).toArray().at(1).toString(), u"Tom Achebe"_s);
    QCOMPARE(first.value(u"modified"_s).toString(), u"2025-03-04T10:30:00Z"_s);
    QCOMPARE(first.value(u"url"_s).toString(), u"https://www.calderpost.example/news/ferries-mora"_s);
    QCOMPARE(first.value(u"language"_s).toString(), u"en-GB"_s);
}

void TestWebPages::metadataFromMetaTags()
{
    const QByteArray html = R"(<html><head><title>More ferries for Mora - Calder Post</title>
<meta property="og:site_name" content="The Calder Post">
<meta name="author" content="By Ines Laird">
<meta property="article:published_time" content="2025-03-04T08:00:00Z">
<meta property="article:modified_time" content="2025-03-05T09:00:00Z">
<meta property="og:url" content="https://calderpost.example/ferries">
</head><body><h1>More ferries for Mora</h1>)"
        + storyParagraphs + "</body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    QCOMPARE(v->outlet, u"The Calder Post"_s);
    QCOMPARE(v->name, u"The Calder Post"_s);
    QCOMPARE(v->authors, QStringList { u"Ines Laird"_s });
    QCOMPARE(v->date, u"2025-03-04T08:00:00Z"_s);
    QCOMPARE(v->modified, u"2025-03-05T09:00:00Z"_s);
    QCOMPARE(v->url, u"https://calderpost.example/ferries"_s);
}

void TestWebPages::outletFromTheCanonicalAddress()
{
    const QByteArray html
        = "<html><head><title>More ferries for Mora</title>"
          "<link rel=\"canonical\" href=\"https://www.calderpost.example/ferries\"></head><body>"
        + storyParagraphs + "<time datetime=\"2025-03-04\">4 March</time></body></html>";
    const std::optional<Version> v = loadPage(html);
    QVERIFY(v);
    QCOMPARE(v->outlet, u"calderpost.example"_s);
    QCOMPARE(v->date, u"2025-03-04"_s);
    QCOMPARE(v->title, u"More ferries for Mora"_s);
}

void TestWebPages::encodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<bool>("declared");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("windows-1252 declared") << QByteArray("windows-1252") << true
                                           << u"Le caf\u00e9 \u201cNo\u00ebl\u201d a rouvert \u2014 enfin."_s;
    QTest::newRow("ISO-8859-2 declared")
        << QByteArray("ISO-8859-2") << true << u"Kr\u00f3l \u0141ukasz \u017c\u0105da wyja\u015bnie\u0144."_s;
    QTest::newRow("Shift_JIS declared")
        << QByteArray("Shift_JIS") << true
        << u"\u6e2f\u306e\u30d5\u30a7\u30ea\u30fc\u304c\u5897\u4fbf\u3055\u308c\u308b\u3002"_s;
    QTest::newRow("UTF-8 undeclared")
        << QByteArray("UTF-8") << false
        << u"\u00c9t\u00e9 \u00e0 Z\u00fcrich, \u0436\u0430\u0440\u0430 \u2014 \u00e9t\u00e9."_s;
    QTest::newRow("windows-1252 undeclared")
        << QByteArray("windows-1252") << false
        << u"Die Stra\u00dfenbahn f\u00e4hrt k\u00fcnftig \u00f6fter \u00fcber die Br\u00fccke, hie\u00df es."_s;
}

void TestWebPages::encodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(bool, declared);
    QFETCH(QString, sentence);
    QStringEncoder encoder(encoding.constData());
    QVERIFY(encoder.isValid());
    QString page = u"<html><head>"_s;
    if (declared)
        page += u"<meta charset=\""_s + QString::fromLatin1(encoding) + u"\">"_s;
    // Enough text of the language for a detector to go by.
    page += u"</head><body><p>"_s + sentence + u"</p><p>"_s + sentence + u"</p><p>"_s + sentence
        + u"</p></body></html>"_s;
    const QByteArray bytes = encoder.encode(page);
    QVERIFY(!encoder.hasError());
    const std::optional<Version> v = loadPage(bytes);
    QVERIFY(v);
    QVERIFY2(findSentence(*v, sentence) >= 0, qPrintable(v->encoding + describe(*v)));
}

namespace {

QByteArray mhtmlMessage(const QByteArray &htmlPartHeaders, const QByteArray &htmlPartBody)
{
    return "From: <Saved by Blink>\r\n"
           "Snapshot-Content-Location: https://calderpost.example/ferries\r\n"
           "Subject: More ferries for Mora\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/related;\r\n"
           "\ttype=\"text/html\";\r\n"
           "\tboundary=\"----MultipartBoundary--Xy12--\"\r\n"
           "\r\n"
           "\r\n"
           "------MultipartBoundary--Xy12--\r\n"
        + htmlPartHeaders + "\r\n" + htmlPartBody
        + "\r\n"
          "------MultipartBoundary--Xy12--\r\n"
          "Content-Type: text/css\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n"
          "Content-Location: https://calderpost.example/site.css\r\n"
          "\r\n"
          "body::after { content: \"STYLE PART MUST NOT APPEAR\"; }\r\n"
          "------MultipartBoundary--Xy12--\r\n"
          "Content-Type: text/html\r\n"
          "Content-ID: <frame-1@mhtml.blink>\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n"
          "\r\n"
          "<html><body><p>An advertising frame that must not appear in the text.</p></body></html>\r\n"
          "------MultipartBoundary--Xy12--\r\n"
          "Content-Type: image/png\r\n"
          "Content-Transfer-Encoding: base64\r\n"
          "Content-Location: https://calderpost.example/boat.png\r\n"
          "\r\n"
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
          "\r\n"
          "------MultipartBoundary--Xy12----\r\n";
}

} // namespace

// Chrome writes the page quoted-printable, with soft line breaks in the middle of words and =XX for
// non-ASCII bytes and for '='.
void TestWebPages::mhtmlPageIsRead()
{
    const QByteArray qp
        = "<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html; charset=3D=\r\n"
          "windows-1252\"><title>More ferries for Mora | Calder Post</title></head><body>\r\n"
          "<nav><ul><li><a href=3D\"/\">Home</a></li><li><a href=3D\"/news\">News</a></li></ul></nav>\r\n"
          "<article><p>The ferry between Calder Point and the caf=E9 on Mora will run every twen=\r\n"
          "ty minutes from May, the harbour board said on Tuesday.</p>\r\n"
          "<p>A code sample quoting ------MultipartBoundary--Xy12-- inside a line does not end the "
          "page.</p>\r\n"
          "<p>The board bought two new boats for the route, which carried more than a mil=\r\n"
          "lion passengers last year.</p></article></body></html>";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ferries.mhtml"_s);
    QVERIFY(writeFile(path,
        mhtmlMessage("Content-Type: text/html; charset=\"windows-1252\"\r\n"
                     "Content-Transfer-Encoding: quoted-printable\r\n"
                     "Content-Location: https://calderpost.example/ferries\r\n",
            qp)));
    QVERIFY(ArticleLoader::isArticleFile(path));
    LoadError error;
    const std::optional<Version> v = ArticleLoader::loadFile(path, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QCOMPARE(toString(v->format), toString(TextFormat::Html));
    expectSentence(*v,
        u"The ferry between Calder Point and the caf\u00e9 on Mora will run every twenty minutes from May, the harbour board said on Tuesday."_s,
        false);
    expectSentence(*v,
        u"The board bought two new boats for the route, which carried more than a million passengers last year."_s,
        false);
    expectSentence(*v, u"News"_s, true);
    QVERIFY2(
        findSentence(*v,
            u"A code sample quoting ------MultipartBoundary--Xy12-- inside a line does not end the page."_s)
            >= 0,
        qPrintable(describe(*v)));
    QCOMPARE(v->name, u"Calder Post"_s);
    QVERIFY(!v->text.contains(u"STYLE PART"_s));
    QVERIFY(!v->text.contains(u"advertising frame"_s));
    QVERIFY(!v->text.contains(u"iVBOR"_s));
}

void TestWebPages::mhtmlBase64Part()
{
    const QByteArray html = "<html><body><p>Die F\xc3\xa4hre nach Mora f\xc3\xa4hrt ab Mai alle zwanzig "
                            "Minuten, teilte die Hafenbeh\xc3\xb6rde mit.</p></body></html>";
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"faehre.mht"_s);
    QVERIFY(writeFile(path,
        mhtmlMessage("Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n", html.toBase64())));
    LoadError error;
    const std::optional<Version> v = ArticleLoader::loadFile(path, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    expectSentence(*v,
        u"Die F\u00e4hre nach Mora f\u00e4hrt ab Mai alle zwanzig Minuten, teilte die Hafenbeh\u00f6rde mit."_s,
        false);
}

// A part's "charset=utf-16" is taken as an HTML <meta> declaration is: the bytes decide. UTF-8 bytes under
// the label stay UTF-8; real UTF-16 (a byte-order mark, in base64) is still read as UTF-16.
void TestWebPages::mhtmlPartUtf16Label_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    const QString page = u"<html><body><p>Die F\u00e4hre nach Z\u00fcrich f\u00e4hrt ab Mai alle zwanzig "
                         u"Minuten.</p></body></html>"_s;
    QTest::newRow("UTF-8 bytes") << QByteArray("Content-Type: text/html; charset=utf-16\r\n")
                                 << page.toUtf8();
    QTest::newRow("UTF-16LE bytes with a byte-order mark, base64")
        << QByteArray("Content-Type: text/html; charset=\"UTF-16\"\r\nContent-Transfer-Encoding: base64\r\n")
        << QByteArray(QByteArray("\xFF\xFE")
               + QByteArray(reinterpret_cast<const char *>(page.utf16()), page.size() * 2))
               .toBase64();
}

void TestWebPages::mhtmlPartUtf16Label()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"faehre.mhtml"_s);
    QVERIFY(writeFile(path, mhtmlMessage(headers, body)));
    LoadError error;
    const std::optional<Version> v = ArticleLoader::loadFile(path, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    expectSentence(*v, u"Die F\u00e4hre nach Z\u00fcrich f\u00e4hrt ab Mai alle zwanzig Minuten."_s, false);
}

void TestWebPages::malformedMhtml_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("HTML saved under .mhtml")
        << QByteArray("<html><body><p>Not a MIME message.</p></body></html>");
    QTest::newRow("multipart without boundary")
        << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<p>x</p>\r\n");
    QTest::newRow("no HTML part") << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related; "
                                                "boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\n"
                                                "xyz\r\n--b--\r\n");
    QTest::newRow("empty HTML part") << QByteArray(
        "Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
        "Content-Type: text/html\r\n\r\n\r\n--b--\r\n");
    QTest::newRow("an image") << QByteArray("Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0");
    QTest::newRow("truncated after the headers")
        << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n");
}

// Each case fails with a reason saying what is wrong, and the comparison names the file.
void TestWebPages::malformedMhtml()
{
    QFETCH(QByteArray, data);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"broken.mhtml"_s);
    QVERIFY(writeFile(path, data));
    LoadError error;
    QVERIFY(!ArticleLoader::loadFile(path, &error));
    QVERIFY2(toString(error.code).startsWith(u"mhtml-"_s), qPrintable(toString(error.code)));
    // What a person reads says which kind of file it is.
    QVERIFY2(describeInEnglish(error).contains(u"MHTML"_s), qPrintable(describeInEnglish(error)));

    QVERIFY(writeFile(dir.filePath(u"good.html"_s), "<html><body>" + storyParagraphs + "</body></html>"));
    const Comparison c = compareFiles({ path, dir.filePath(u"good.html"_s) });
    QCOMPARE(c.errors.size(), 1);
    QCOMPARE(c.errors.first().path, path);
    QCOMPARE(toString(c.errors.first().code), toString(error.code));
    QCOMPARE(c.errors.first().detail, error.detail);
}

// "Save Page As, complete": NAME.html and NAME_files/ with the page's frames, scripts and styles. Opening
// the parent folder offers the page (and the other articles there), never the assets, and reads none of
// them; opening the assets folder itself says what it is.
void TestWebPages::savedPageFolderIsNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString page = dir.filePath(u"Ferries to Mora.html"_s);
    QVERIFY(writeFile(page, "<html><body>" + storyParagraphs + "</body></html>"));
    QVERIFY(
        writeFile(dir.filePath(u"other outlet.md"_s), "# Ferries\n\nThe ferry to Mora runs more often.\n"));
    const QString assets = dir.filePath(u"Ferries to Mora_files"_s);
    QVERIFY(QDir(dir.path()).mkdir(u"Ferries to Mora_files"_s));
    for (const QString &f : { u"ad-frame.html"_s, u"comments.htm"_s, u"readme.txt"_s, u"notes.md"_s })
        QVERIFY(writeFile(assets + u'/' + f, "<p>An asset, not a version of the story.</p>\n"));

    AccessWatch watch(assets);
    QVERIFY2(watch.isValid(), "inotify is not available");
    QList<LoadError> errors;
    const QStringList files = collectArticleFiles({ dir.path() }, &errors);
    QCOMPARE(files.size(), 2);
    QVERIFY(files.contains(QDir(dir.path()).filePath(u"Ferries to Mora.html"_s)));
    QVERIFY(errors.isEmpty());
    const Comparison c = compareFiles({ dir.path() });
    QCOMPARE(c.versions.size(), 2);
    const QStringList touched = watch.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(u"read from the assets folder: "_s + touched.join(u", "_s)));

    errors.clear();
    QVERIFY(collectArticleFiles({ assets }, &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(toString(errors.first().code), u"saved-page-assets"_s);
    QCOMPARE(errors.first().detail, u"Ferries to Mora.html"_s);
    QVERIFY2(
        describe(errors.first()).contains(u"Ferries to Mora.html"_s), qPrintable(describe(errors.first())));
    QVERIFY(watch.touched().isEmpty());
    QCOMPARE(ArticleLoader::savedPageOfAssetsFolder(assets), page);
    QVERIFY(ArticleLoader::savedPageOfAssetsFolder(dir.path()).isEmpty());
}

void TestWebPages::corpusPages_data()
{
    QTest::addColumn<QString>("id");
    // Pages where the whole article was once marked boilerplate (an early teaser <article>, furniture
    // names on the story's wrappers), and one whose story sits among lists of other stories.
    QTest::newRow("sciencealert") << u"14cc2a0ca5"_s;
    QTest::newRow("nypost") << u"432362af0b"_s;
    QTest::newRow("vox") << u"16c30add7e"_s;
    QTest::newRow("theverge") << u"785affa2c3"_s;
    QTest::newRow("indiapost") << u"5f9c5ed5d6"_s;
}

// The first and last words of the article a person marked are in article sentences; the navigation and
// lists before the article are boilerplate.
void TestWebPages::corpusPages()
{
    QFETCH(QString, id);
    const QDir corpus(QStringLiteral(PARALLAX_CORPUS_DIR) + u"/news-pages"_s);
    QFile truthFile(corpus.filePath(u"ground-truth.json"_s));
    if (!truthFile.open(QIODevice::ReadOnly))
        QSKIP("the news-pages corpus (../shared/corpus/news-pages) is not there");
    const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
    QString key;
    for (const QString &k : truth.keys())
        if (k.startsWith(id))
            key = k;
    QVERIFY2(!key.isEmpty(), qPrintable(u"no page "_s + id));
    const QByteArray html = readGzip(corpus.filePath(u"html/"_s + key + u".html.gz"_s));
    QVERIFY(!html.isEmpty());
    LoadError error;
    const std::optional<Version> v = loadPage(html, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));

    QString article;
    int firstArticle = -1;
    for (qsizetype i = 0; i < v->sentences.size(); ++i) {
        if (v->sentences.at(i).boilerplate)
            continue;
        if (firstArticle < 0)
            firstArticle = int(i);
        article += v->sentenceText(i) + u' ';
    }
    QVERIFY(firstArticle >= 0);
    const QString articleWords = wordTokens(article).join(u' ');
    const QStringList truthWords = wordTokens(truth.value(key).toObject().value(u"articleBody"_s).toString());
    QVERIFY(truthWords.size() > 20);
    const QString opening = truthWords.mid(0, 6).join(u' ');
    const QString closing = truthWords.mid(truthWords.size() - 6).join(u' ');
    QVERIFY2(articleWords.contains(opening), qPrintable(u"first words not in the article: "_s + opening));
    QVERIFY2(articleWords.contains(closing), qPrintable(u"last words not in the article: "_s + closing));
    // Menus and lists of links before the story's first sentence and after its last are boilerplate.
    const QString truthJoined = truthWords.join(u' ');
    qsizetype openingAt = -1, closingAt = -1;
    for (qsizetype i = 0; i < v->sentences.size(); ++i) {
        const QString words = wordTokens(v->sentenceText(i)).join(u' ');
        if (v->sentences.at(i).boilerplate || words.isEmpty() || !truthJoined.contains(words))
            continue;
        if (openingAt < 0)
            openingAt = i;
        closingAt = i;
    }
    QVERIFY(openingAt >= 0);
    int listItemsOutside = 0;
    for (qsizetype i = 0; i < v->sentences.size(); ++i) {
        const Sentence &s = v->sentences.at(i);
        if (s.blockKind != BlockKind::ListItem || (i >= openingAt && i <= closingAt))
            continue;
        ++listItemsOutside;
        QVERIFY2(s.boilerplate,
            qPrintable(u"a list item outside the story is article text: "_s + v->sentenceText(i)));
    }
    QVERIFY2(listItemsOutside > 0, "the page has no menu or link list to check");
}

QTEST_GUILESS_MAIN(TestWebPages)
#include "tst_webpages.moc"
