// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleLoader and the extractors: what text a version holds, where its sentences are, what is
// boilerplate, what metadata names it, and that nothing a page references is ever opened.
#include "accesswatch.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "load/extractedtext.h"
#include "testpaths.h"
#include "versiontext.h"

#include <QDir>
#include <QFile>
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

QString engineData(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/engine/"_s + name;
}

Version load(const QString &path)
{
    LoadError error;
    std::optional<Version> v = ArticleLoader::loadFile(path, &error);
    if (!v) {
        qWarning("%s: %s", qPrintable(path), qPrintable(describeInEnglish(error)));
        return {};
    }
    return *v;
}

Version loadText(const QByteArray &data, TextFormat format, const QString &name = u"fallback name"_s)
{
    LoadError error;
    std::optional<Version> v = ArticleLoader::loadData(data, format, name, &error);
    if (!v) {
        qWarning("loadData: %s", qPrintable(describeInEnglish(error)));
        return {};
    }
    return *v;
}

QStringList sentenceTexts(const Version &v, bool boilerplate)
{
    QStringList out;
    for (qsizetype i = 0; i < v.sentences.size(); ++i)
        if (v.sentences.at(i).boilerplate == boilerplate)
            out.append(v.sentenceText(i));
    return out;
}

// Every sentence lies inside the text, in order, without overlap and without surrounding white space.
bool sentencesWellFormed(const Version &v, QString *why)
{
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < v.sentences.size(); ++i) {
        const Sentence &s = v.sentences.at(i);
        if (s.start < previousEnd || s.end <= s.start || s.end > v.text.size()) {
            *why = u"sentence %1 has span [%2, %3) after %4 in a text of %5"_s.arg(i)
                       .arg(s.start)
                       .arg(s.end)
                       .arg(previousEnd)
                       .arg(v.text.size());
            return false;
        }
        const QString t = v.sentenceText(i);
        if (t != t.trimmed()) {
            *why = u"sentence %1 has surrounding white space: [%2]"_s.arg(i).arg(t);
            return false;
        }
        previousEnd = s.end;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestArticleLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleMetadata_data();
    void sampleMetadata();
    void sentencesPointIntoTheText_data();
    void sentencesPointIntoTheText();

    void htmlScriptsAndStylesNeverInText();
    void htmlMetadata();
    void htmlBoilerplateIsMarkedNotDeleted_data();
    void htmlBoilerplateIsMarkedNotDeleted();
    void htmlArticleProseIsKept_data();
    void htmlArticleProseIsKept();
    void htmlReferencedFilesAreNeverOpened();
    void htmlMissingReferencesAreNoError();
    void malformedHtmlIsStillExtracted_data();
    void malformedHtmlIsStillExtracted();
    void htmlEntitiesAndWhiteSpace();
    void htmlWithoutMetadataIsNamedAfterTheFile();

    void markdownMarkupIsStripped_data();
    void markdownMarkupIsStripped();
    void markdownBlockKinds();

    void plainTextIsTheFileItself();
    void plainTextOffsetsSurviveCrLf();
    void plainTextNameIsTheFileName();

    void formatFollowsTheExtension_data();
    void formatFollowsTheExtension();
};

void TestArticleLoader::sampleMetadata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names"); // any of these
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<TextFormat>("format");

    // docs/sample.md, "Metadata".
    QTest::newRow("wire: named after the file, first line is the headline")
        << u"01-wire.txt"_s << QStringList { u"01-wire"_s, u"01-wire.txt"_s }
        << u"Vellport council approves Eastbank tram line after four-hour debate"_s << QString()
        << TextFormat::PlainText;
    QTest::newRow("courier: og:site_name, og:title without the outlet, published time")
        << u"02-vellport-courier.html"_s << QStringList { u"Vellport Courier"_s }
        << u"Eastbank tram gets green light as council votes 9-4"_s << u"2026-10-14T06:05:00+01:00"_s
        << TextFormat::Html;
    QTest::newRow("ledger: named after the file, # heading is the headline")
        << u"03-transit-ledger.md"_s << QStringList { u"03-transit-ledger"_s, u"03-transit-ledger.md"_s }
        << u"Eastbank tram clears final council vote"_s << QString() << TextFormat::Markdown;
    // Dated by its own stamp under the headline, "Updated 14 October 2026 11:20 | Sallowmere Herald".
    QTest::newRow("herald: named after the file, first line is the headline, dated by its stamp")
        << u"04-sallowmere-herald.txt"_s
        << QStringList { u"04-sallowmere-herald"_s, u"04-sallowmere-herald.txt"_s }
        << u"Vellport council backs Eastbank tram line in 9-4 vote"_s << u"2026-10-14T11:20:00"_s
        << TextFormat::PlainText;
}

void TestArticleLoader::sampleMetadata()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(TextFormat, format);

    const QString path = QStringLiteral(PARALLAX_SAMPLE_DIR) + u'/' + file;
    const Version v = load(path);
    QVERIFY(!v.sentences.isEmpty());
    QVERIFY2(names.contains(v.name), qPrintable(v.name));
    QCOMPARE(v.title, title);
    // Without a date in the metadata or the text the file's modification time stands in, named as such.
    if (date.isEmpty())
        QCOMPARE(v.dateSource, u"file-date"_s);
    else
        QCOMPARE(v.date, date);
    QCOMPARE(toString(v.format), toString(format));
    QCOMPARE(v.path, path);
    // All four sample files are UTF-8.
    QCOMPARE(v.encoding.toLower().remove(u'-'), u"utf8"_s);
}

void TestArticleLoader::sentencesPointIntoTheText_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).entryList(QDir::Files, QDir::Name))
        if (ArticleLoader::isArticleFile(f))
            QTest::newRow(qPrintable(u"sample "_s + f)) << QStringLiteral(PARALLAX_SAMPLE_DIR) + u'/' + f;
    for (const char *f : { "furniture.html", "malformed.html", "article.md" })
        QTest::newRow(f) << engineData(QString::fromLatin1(f));
    const QDir seeds(QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s);
    for (const QString &f : seeds.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(u"seed "_s + f)) << seeds.filePath(f);
}

void TestArticleLoader::sentencesPointIntoTheText()
{
    QFETCH(QString, path);
    const Version v = load(path);
    QVERIFY(!v.sentences.isEmpty());
    QString why;
    QVERIFY2(sentencesWellFormed(v, &why), qPrintable(why));
}

void TestArticleLoader::htmlScriptsAndStylesNeverInText()
{
    const Version v = load(engineData(u"furniture.html"_s));
    QVERIFY(!v.sentences.isEmpty());
    for (const QString &needle :
        { u"MUST NOT APPEAR"_s, u"gazetteTracking"_s, u"font-family"_s, u"trackingId"_s })
        QVERIFY2(!v.text.contains(needle), qPrintable(needle + u" in:\n"_s + v.text));
    // The raw source keeps them: the user can still see what the file held.
    QVERIFY(v.rawText.contains(u"gazetteTracking"_s));

    const Version sample = load(QStringLiteral(PARALLAX_SAMPLE_DIR) + u"/02-vellport-courier.html"_s);
    for (const QString &needle : { u"courierAnalytics"_s, u"schema.org"_s, u"NewsArticle"_s, u"paywall"_s })
        QVERIFY2(!sample.text.contains(needle), qPrintable(needle));
}

void TestArticleLoader::htmlMetadata()
{
    const Version v = load(engineData(u"furniture.html"_s));
    QCOMPARE(v.name, u"Harrowby Gazette"_s);
    QCOMPARE(v.title, u"Harrowby lido reopens after three-year repair"_s);
    QCOMPARE(v.date, u"2025-06-02T09:30:00Z"_s);
    QCOMPARE(toString(v.format), toString(TextFormat::Html));
    QCOMPARE(v.encoding.toLower().remove(u'-'), u"utf8"_s);

    // loadData takes the same metadata from the bytes; the name argument is only the fallback.
    QFile f(engineData(u"furniture.html"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Version d = loadText(f.readAll(), TextFormat::Html, u"dropped text"_s);
    QCOMPARE(d.name, u"Harrowby Gazette"_s);
    QCOMPARE(d.title, v.title);
}

void TestArticleLoader::htmlBoilerplateIsMarkedNotDeleted_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("mustBeKept"); // kept in the text (marked) rather than left out

    QTest::newRow("navigation") << u"Front page"_s << false;
    QTest::newRow("share widget") << u"Share on Facebook"_s << false;
    QTest::newRow("photo caption") << u"Swimmers at the reopened lido"_s << true;
    QTest::newRow("photo credit") << u"Photo: Pia Marsh"_s << false;
    QTest::newRow("READ MORE heading") << u"READ MORE"_s << true;
    QTest::newRow("READ MORE link") << u"Council defends cost of pool heating plan"_s << true;
    QTest::newRow("newsletter prompt") << u"morning briefing in your inbox"_s << true;
    QTest::newRow("More In heading") << u"More In Local"_s << true;
    QTest::newRow("More In story") << u"Bakery on Mill Lane closes"_s << true;
    QTest::newRow("comment disclaimer") << u"Comments are moderated"_s << true;
    QTest::newRow("copyright line") << u"All rights reserved"_s << false;
}

// Page furniture is either outside the text or inside it and marked; what lies in the story body is
// kept, so the user can show it.
void TestArticleLoader::htmlBoilerplateIsMarkedNotDeleted()
{
    QFETCH(QString, fragment);
    QFETCH(bool, mustBeKept);

    const Version v = load(engineData(u"furniture.html"_s));
    QVERIFY(!v.sentences.isEmpty());
    bool found = false;
    for (qsizetype i = 0; i < v.sentences.size(); ++i) {
        if (!v.sentenceText(i).contains(fragment))
            continue;
        found = true;
        QVERIFY2(v.sentences.at(i).boilerplate,
            qPrintable(u"not marked as boilerplate: "_s + v.sentenceText(i) + describe(v)));
    }
    if (mustBeKept)
        QVERIFY2(found, qPrintable(u"silently deleted: "_s + fragment + describe(v)));
    else
        QVERIFY2(found || !v.text.contains(fragment), "in the text but in no sentence");
}

void TestArticleLoader::htmlArticleProseIsKept_data()
{
    QTest::addColumn<QString>("sentence");
    for (const QString &s :
        {
            u"The Harrowby open-air pool reopened on Saturday after a repair that took three years and cost £2.1 million."_s,
            u"More than 600 swimmers queued at the gates before the first session, the leisure trust said."_s,
            u"The pool had been closed since a crack was found in its concrete basin during a routine inspection."_s,
            u"Tickets cost £4 for adults and £2 for children, and the pool will stay open until the end of September."_s,
        })
        QTest::newRow(qPrintable(s.left(40))) << s;
}

void TestArticleLoader::htmlArticleProseIsKept()
{
    QFETCH(QString, sentence);
    const Version v = load(engineData(u"furniture.html"_s));
    const int i = findSentence(v, sentence);
    QVERIFY2(i >= 0, qPrintable(u"missing sentence"_s + describe(v)));
    QVERIFY2(
        !v.sentences.at(i).boilerplate, qPrintable(u"article prose marked as boilerplate"_s + describe(v)));
    QCOMPARE(v.sentences.at(i).blockKind, BlockKind::Paragraph);
}

// Every kind of reference a saved page can hold points at a real file in a watched folder; loading the
// page must open none of them.
void TestArticleLoader::htmlReferencedFilesAreNeverOpened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"assets"_s));
    const QString assets = dir.filePath(u"assets"_s);
    const QStringList files { u"style.css"_s, u"app.js"_s, u"photo.jpg"_s, u"frame.html"_s, u"clip.mp4"_s,
        u"icon.png"_s, u"embed.svg"_s, u"imported.css"_s, u"font.woff2"_s };
    for (const QString &f : files)
        QVERIFY(writeFile(assets + u'/' + f, "body { color: red }\n"));

    const QByteArray abs = QFile::encodeName(assets);
    const QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Refs</title>\n"
                            "<link rel=\"stylesheet\" href=\"assets/style.css\">\n"
                            "<link rel=\"icon\" href=\"file://"
        + abs
        + "/icon.png\">\n"
          "<link rel=\"preload\" href=\""
        + abs
        + "/font.woff2\" as=\"font\">\n"
          "<style>@import url(\"assets/imported.css\");</style>\n"
          "<script src=\""
        + abs
        + "/app.js\"></script>\n"
          "</head><body><article>\n"
          "<p>The first paragraph of the story has a picture.</p>\n"
          "<img src=\"assets/photo.jpg\" srcset=\"assets/photo.jpg 2x\">\n"
          "<iframe src=\"assets/frame.html\"></iframe>\n"
          "<video src=\"assets/clip.mp4\" poster=\"assets/photo.jpg\"></video>\n"
          "<object data=\"assets/embed.svg\"></object><embed src=\"assets/embed.svg\">\n"
          "<p style=\"background: url(assets/photo.jpg)\">The second paragraph of the story ends here.</p>\n"
          "</article></body></html>\n";
    const QString page = dir.filePath(u"page.html"_s);
    QVERIFY(writeFile(page, html));

    AccessWatch watch(assets);
    QVERIFY2(watch.isValid(), "inotify is not available");
    // The watch works: reading a file there is seen.
    {
        QFile control(assets + u"/style.css"_s);
        QVERIFY(control.open(QIODevice::ReadOnly));
        control.readAll();
    }
    QVERIFY2(
        watch.touched().contains(u"style.css"_s), "the access watch saw nothing; the check would be void");

    const Version v = load(page);
    QVERIFY(findSentence(v, u"The first paragraph of the story has a picture."_s) >= 0);
    QVERIFY(findSentence(v, u"The second paragraph of the story ends here."_s) >= 0);
    const QStringList touched = watch.touched();
    QVERIFY2(touched.isEmpty(), qPrintable(u"the loader opened: "_s + touched.join(u", "_s)));
    QVERIFY(!v.text.contains(u"color: red"_s));
}

// The bundled Courier page refers to stylesheets, scripts and images that do not exist.
void TestArticleLoader::htmlMissingReferencesAreNoError()
{
    LoadError error;
    const auto v = ArticleLoader::loadFile(
        QStringLiteral(PARALLAX_SAMPLE_DIR) + u"/02-vellport-courier.html"_s, &error);
    QVERIFY2(v.has_value(), qPrintable(describeInEnglish(error)));
}

void TestArticleLoader::malformedHtmlIsStillExtracted_data()
{
    QTest::addColumn<QString>("sentence");
    for (const QString &s : {
             u"The first paragraph of the ferry story is never closed."_s,
             u"The second paragraph has bold text that is never closed, and italic too."_s,
             u"A third paragraph sits inside a div that never ends."_s,
             u"The ferry will run every twenty minutes from May."_s,
             u"The final paragraph comes after the stray tags."_s,
         })
        QTest::newRow(qPrintable(s.left(40))) << s;
}

void TestArticleLoader::malformedHtmlIsStillExtracted()
{
    QFETCH(QString, sentence);
    const Version v = load(engineData(u"malformed.html"_s));
    QVERIFY(!v.sentences.isEmpty());
    const int i = findSentence(v, sentence);
    QVERIFY2(i >= 0, qPrintable(u"missing"_s + describe(v)));
    QVERIFY2(!v.sentences.at(i).boilerplate, qPrintable(describe(v)));
    QVERIFY(!v.text.contains(u'<'));
    QCOMPARE(v.title, u"A page with broken markup"_s);
}

void TestArticleLoader::htmlEntitiesAndWhiteSpace()
{
    const QByteArray html
        = "<html><head><title>T</title></head><body><p>VELLPORT (NP) &mdash; The city\n"
          "        council met   on Tuesday &amp; Wednesday.</p><p>It said &ldquo;yes&rdquo;&nbsp;twice.</p>"
          "</body></html>";
    const Version v = loadText(html, TextFormat::Html);
    QCOMPARE(v.sentences.size(), 2);
    QCOMPARE(v.sentenceText(0), u"VELLPORT (NP) \u2014 The city council met on Tuesday & Wednesday."_s);
    // A no-break space is typography the classifier reports: it survives extraction.
    QCOMPARE(v.sentenceText(1), u"It said \u201cyes\u201d\u00a0twice."_s);
}

void TestArticleLoader::htmlWithoutMetadataIsNamedAfterTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"anonymous-page.html"_s);
    QVERIFY(writeFile(path, "<html><body><p>A page without a title or a site name.</p></body></html>"));
    const Version v = load(path);
    QVERIFY(!v.sentences.isEmpty());
    QVERIFY2(v.name == u"anonymous-page"_s || v.name == u"anonymous-page.html"_s, qPrintable(v.name));

    const Version d = loadText(
        "<html><body><p>Dropped text from a browser.</p></body></html>", TextFormat::Html, u"Dropped text"_s);
    QCOMPARE(d.name, u"Dropped text"_s);
}

void TestArticleLoader::markdownMarkupIsStripped_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<BlockKind>("kind");

    QTest::newRow("bold and a link keep their words")
        << u"The Old Harbour Bridge will close for six weeks from 3 March, the city council said on Friday."_s
        << BlockKind::Paragraph;
    QTest::newRow("emphasis and inline code keep their words")
        << u"Drivers will be sent along Quay Road instead, and the ferry will run every ten minutes during the closure."_s
        << BlockKind::Paragraph;
    QTest::newRow("top heading") << u"Harbour bridge to close for repairs"_s << BlockKind::Heading;
    QTest::newRow("second-level heading") << u"What changes for travellers"_s << BlockKind::Heading;
    QTest::newRow("bullet list item")
        << u"Buses 4 and 12 will use the ferry terminal stop."_s << BlockKind::ListItem;
    QTest::newRow("second bullet") << u"Cyclists can still cross on the footbridge."_s << BlockKind::ListItem;
    QTest::newRow("ordered list item")
        << u"Parking on Quay Road will be free at weekends."_s << BlockKind::ListItem;
    QTest::newRow("block quote") << u"The bridge has carried traffic since 1931, the council said."_s
                                 << BlockKind::Quote;
}

void TestArticleLoader::markdownMarkupIsStripped()
{
    QFETCH(QString, sentence);
    QFETCH(BlockKind, kind);
    const Version v = load(engineData(u"article.md"_s));
    const int i = findSentence(v, sentence);
    QVERIFY2(i >= 0, qPrintable(u"missing"_s + describe(v)));
    QCOMPARE(v.sentences.at(i).blockKind, kind);
    QVERIFY(!v.sentences.at(i).boilerplate);
}

void TestArticleLoader::markdownBlockKinds()
{
    const Version v = load(engineData(u"article.md"_s));
    QCOMPARE(toString(v.format), toString(TextFormat::Markdown));
    QCOMPARE(v.title, u"Harbour bridge to close for repairs"_s);
    for (const QString &markup : { u"**"_s, u"]("_s, u"https://example.org"_s, u"# "_s, u"`"_s, u"- Buses"_s,
             u"1. Parking"_s, u"> The"_s, u"*Quay"_s })
        QVERIFY2(!v.text.contains(markup), qPrintable(markup + u" left in:\n"_s + v.text));
    // The raw source is the Markdown as written.
    QVERIFY(v.rawText.contains(u"**Old Harbour Bridge**"_s));
    QCOMPARE(sentenceTexts(v, false).size(), 8);
}

void TestArticleLoader::plainTextIsTheFileItself()
{
    const QString path = QStringLiteral(PARALLAX_SAMPLE_DIR) + u"/04-sallowmere-herald.txt"_s;
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString decoded = QString::fromUtf8(f.readAll());
    const Version v = load(path);
    QCOMPARE(v.text, decoded);
    QCOMPARE(v.rawText, decoded);
    // The no-break space of H2 is still in the sentence.
    bool nbsp = false;
    for (qsizetype i = 0; i < v.sentences.size(); ++i) {
        const QString t = v.sentenceText(i);
        QCOMPARE(t, decoded.mid(v.sentences.at(i).start, v.sentences.at(i).end - v.sentences.at(i).start));
        nbsp = nbsp || t.contains(u"$640\u00a0million"_s);
    }
    QVERIFY(nbsp);
}

void TestArticleLoader::plainTextOffsetsSurviveCrLf()
{
    const QByteArray data
        = "Harbour bridge to close\r\n\r\nThe bridge will close on Monday. Drivers will use Quay Road.\r\n"
          "\r\nThe ferry will run every ten minutes.\r\n";
    const Version v = loadText(data, TextFormat::PlainText);
    QCOMPARE(v.text, QString::fromLatin1(data));
    const QStringList expected { u"The bridge will close on Monday."_s, u"Drivers will use Quay Road."_s,
        u"The ferry will run every ten minutes."_s };
    for (const QString &s : expected)
        QVERIFY2(findSentence(v, s) >= 0, qPrintable(s + describe(v)));
    for (qsizetype i = 0; i < v.sentences.size(); ++i)
        QVERIFY2(!v.sentenceText(i).contains(u'\r'), qPrintable(v.sentenceText(i)));
    QCOMPARE(v.title, u"Harbour bridge to close"_s);
}

void TestArticleLoader::plainTextNameIsTheFileName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"river-story.v2.txt"_s);
    QVERIFY(writeFile(path, "The river rose by two metres overnight.\n"));
    const Version v = load(path);
    QVERIFY2(v.name == u"river-story.v2"_s || v.name == u"river-story.v2.txt"_s, qPrintable(v.name));
    QCOMPARE(v.path, path);
    QCOMPARE(toString(v.format), toString(TextFormat::PlainText));
}

void TestArticleLoader::formatFollowsTheExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isArticle");
    QTest::addColumn<TextFormat>("format");
    QTest::newRow(".txt") << u"a/b.txt"_s << true << TextFormat::PlainText;
    QTest::newRow(".md") << u"b.md"_s << true << TextFormat::Markdown;
    QTest::newRow(".markdown") << u"b.markdown"_s << true << TextFormat::Markdown;
    QTest::newRow(".html") << u"b.html"_s << true << TextFormat::Html;
    QTest::newRow(".HTM upper case") << u"B.HTM"_s << true << TextFormat::Html;
    QTest::newRow(".pdf is read when named, not collected") << u"b.pdf"_s << false << TextFormat::Pdf;
    QTest::newRow(".DOCX upper case") << u"b.DOCX"_s << true << TextFormat::Docx;
    QTest::newRow(".odt") << u"b.odt"_s << true << TextFormat::Odt;
    QTest::newRow(".eml") << u"b.eml"_s << true << TextFormat::Email;
    QTest::newRow(".doc is not an article file") << u"b.doc"_s << false << TextFormat::PlainText;
    QTest::newRow(".png is not an article file") << u"b.png"_s << false << TextFormat::PlainText;
}

void TestArticleLoader::formatFollowsTheExtension()
{
    QFETCH(QString, path);
    QFETCH(bool, isArticle);
    QFETCH(TextFormat, format);
    QCOMPARE(ArticleLoader::isArticleFile(path), isArticle);
    if (isArticle)
        QCOMPARE(toString(ArticleLoader::formatForPath(path)), toString(format));
}

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
