// SPDX-License-Identifier: GPL-3.0-or-later
// A version's date from what its text states at the top (a press release's dateline, an update stamp),
// ranked against the page's metadata, the file name and a document's own properties; and a PDF press
// release's headline, its largest heading under a smaller letterhead. PDFs are made at test time.
#include "align/roles.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "load/textdate.h"
#include "load/versiondate.h"
#include "pdffixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Parallax;
using PdfFixture::PdfLine;

namespace {

Version loaded(const QByteArray &data, TextFormat format, const QString &path = {})
{
    LoadError error;
    std::optional<Version> v = ArticleLoader::loadData(data, format, u"test"_s, &error, path);
    if (!v)
        qFatal("not loaded: %s", qPrintable(describeInEnglish(error)));
    return *v;
}

// A press release as newsrooms get it: the sender's name in capitals, a label, the title in large type,
// then the text opening with its dateline.
QList<PdfLine> release(const QString &dateline)
{
    return {
        { 0, 20, 20, u"VELLPORT TRANSIT AUTHORITY"_s, 13 },
        { 0, 20, 28, u"Press release"_s, 10 },
        { 0, 20, 45, u"Eastbank tram contract goes to tender"_s, 20 },
        { 0, 20, 60, dateline + u"The transit authority will put the first construction"_s },
        { 0, 20, 66, u"contract for the Eastbank tram out to tender on 2 November 2026."_s },
        { 0, 20, 78, u"Bids will close on 18 December 2026, the authority said on Tuesday."_s },
    };
}

} // namespace

class TestVersionDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("when");
        QTest::newRow("day month year") << u"BERLIN, 3 March 2026 --"_s << u"2026-03-03 00:00"_s;
        QTest::newRow("month day, year") << u"FOR IMMEDIATE RELEASE March 3, 2026"_s << u"2026-03-03 00:00"_s;
        QTest::newRow("short month") << u"Mar. 3, 2026"_s << u"2026-03-03 00:00"_s;
        QTest::newRow("with its time") << u"Published: 13 October 2026, 20:15"_s << u"2026-10-13 20:15"_s;
        QTest::newRow("afternoon") << u"Updated Oct. 14, 2026 at 7:05 p.m."_s << u"2026-10-14 19:05"_s;
        QTest::newRow("german") << u"Aktualisiert am 14. Oktober 2026, 11.35 Uhr"_s << u"2026-10-14 11:35"_s;
        QTest::newRow("german numbers") << u"Stand: 14.10.2026"_s << u"2026-10-14 00:00"_s;
        QTest::newRow("french") << u"Mis à jour le 1er mars 2026 à 11h20"_s << u"2026-03-01 11:20"_s;
        QTest::newRow("iso") << u"2026-03-03"_s << u"2026-03-03 00:00"_s;
        QTest::newRow("no calendar day") << u"30 February 2026"_s << QString();
        QTest::newRow("no month") << u"Route 3 Tuesday 2026"_s << QString();
        QTest::newRow("no year") << u"on 3 March"_s << QString();
        QTest::newRow("us numbers are ambiguous") << u"03/04/2026"_s << QString();
    }

    void datesInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, when);
        const QList<TextDate::Found> found = TextDate::datesIn(text);
        if (when.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).when.toString()));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().when.toString(u"yyyy-MM-dd HH:mm"_s), when);
    }

    void dateStatedAtTheTop_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("date");
        QTest::newRow("release line")
            << u"Eastbank tram contract goes to tender\n\nPRESS RELEASE · For immediate release · 14 October "
               "2026\n\nThe authority will put the contract out to tender on 2 November 2026.\n"_s
            << u"2026-10-14"_s;
        QTest::newRow("dateline opening the text")
            << u"Eastbank tram contract goes to tender\n\nBERLIN, 3 March 2026 -- The authority will put the "
               "contract out to tender on 2 November 2026, its chief executive said on a visit to the site.\n"_s
            << u"2026-03-03"_s;
        QTest::newRow("agency in the dateline")
            << u"Ferry resumes\n\nKETTLE BAY (NP) March 10, 2026 -- The ferry between the bay and the island "
               "runs again after the storm damaged its landing stage last week, the harbour said.\n"_s
            << u"2026-03-10"_s;
        QTest::newRow("the update, not the first publication")
            << u"Ferry resumes\n\nPublished: 10 March 2026, 08:00\n\nUpdated: 10 March 2026, 16:30\n\nThe "
               u"ferry "
               "runs again.\n"_s
            << u"2026-03-10T16:30:00"_s;
        // A date in running text is what the story is about, not when it was written.
        QTest::newRow("dates inside the text") << u"Ferry resumes\n\nThe ferry between the bay and the "
                                                  u"island, closed since 3 March 2026 after a "
                                                  "storm, runs again, the harbour authority said.\n"_s
                                               << QString();
        QTest::newRow("a short sentence with a date")
            << u"Ferry resumes\n\nBids will close on 18 December 2026, the harbour said.\n"_s << QString();
        // So is a date in the headline.
        QTest::newRow("date in the title")
            << u"Ferry to resume on 12 May 2026\n\nThe ferry between the bay and the island runs again next "
               "month, the harbour authority said.\n"_s
            << QString();
        QTest::newRow("below the top")
            << u"Ferry resumes\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nSeven "
               u"more.\n\n"
               "Updated: 10 March 2026\n"_s
            << QString();
    }

    void dateStatedAtTheTop()
    {
        QFETCH(QString, text);
        QFETCH(QString, date);
        const Version v = loaded(text.toUtf8(), TextFormat::PlainText);
        QCOMPARE(TextDate::statedAtTop(v), date);
        QCOMPARE(v.date, date);
        QCOMPARE(v.dateSource, date.isEmpty() ? QString() : u"text"_s);
    }

    // The rank of the sources: a web page's own date and a file name's timestamp above the text's
    // dateline, the dateline above a document's properties and the file's modification time.
    void sourcesRank()
    {
        const QByteArray body = "Ferry resumes\n\nBERLIN, 3 March 2026 -- The ferry runs again, the harbour "
                                "authority said on Tuesday after repairs to its landing stage.\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
                return QString();
            f.close();
            f.setFileTime(
                QDateTime(QDate(2021, 4, 5), QTime(6, 7), QTimeZone::UTC), QFileDevice::FileModificationTime);
            return f.fileName();
        };
        auto load = [](const QString &path) {
            LoadError error;
            const std::optional<Version> v = ArticleLoader::loadFile(path, &error);
            return v ? *v : Version();
        };
        const Version text = load(write(u"ferry.txt"_s, body));
        QCOMPARE(text.date, u"2026-03-03"_s);
        QCOMPARE(text.dateSource, u"text"_s);
        const Version named = load(write(u"ferry-20260304101500.txt"_s, body));
        QCOMPARE(named.dateSource, u"file-name"_s);
        QCOMPARE(named.date, u"2026-03-04T10:15:00Z"_s);
        const Version page = load(write(u"ferry.html"_s,
            "<html><head><meta property=\"article:published_time\" content=\"2026-03-05\"></head><body>"
            "<h1>Ferry resumes</h1><p>BERLIN, 3 March 2026 -- The ferry runs again, the harbour authority "
            "said on Tuesday after repairs to its landing stage.</p></body></html>"));
        QCOMPARE(page.dateSource, u"metadata"_s);
        QCOMPARE(page.date, u"2026-03-05"_s);
        const Version undated = load(write(u"other.txt"_s, "Ferry resumes\n\nThe ferry runs again.\n"));
        QCOMPARE(undated.dateSource, u"file-date"_s);

        // A Word file's created date is the file's own: below the dateline, above the modification time.
        Version word = text;
        word.format = TextFormat::Docx;
        word.date = u"2026-02-27T09:00:00Z"_s;
        word.dateSource.clear();
        VersionDate::assign(word, u"draft.docx"_s, QDateTime::currentDateTimeUtc());
        QCOMPARE(word.date, u"2026-03-03"_s);
        QCOMPARE(word.dateSource, u"text"_s);
        Version plainWord = undated;
        plainWord.format = TextFormat::Docx;
        plainWord.date.clear();
        plainWord.modified = u"2026-02-27T09:00:00Z"_s;
        plainWord.dateSource.clear();
        VersionDate::assign(plainWord, u"draft.docx"_s, QDateTime::currentDateTimeUtc());
        QCOMPARE(plainWord.date, u"2026-02-27T09:00:00Z"_s);
        QCOMPARE(plainWord.dateSource, u"document"_s);
    }

    // A press release printed to PDF: its date is the one its dateline states, not the day it was
    // printed (the PDF's creation date, today); without a dateline, that creation date, said as such.
    void pdfPressReleaseTakesItsDateline()
    {
        const Version dated
            = loaded(PdfFixture::pdf(release(u"BERLIN, 3 March 2026 -- "_s)), TextFormat::Pdf);
        QCOMPARE(dated.date, u"2026-03-03"_s);
        QCOMPARE(dated.dateSource, u"text"_s);
        const Version undated = loaded(PdfFixture::pdf(release({})), TextFormat::Pdf);
        QCOMPARE(undated.dateSource, u"document"_s);
        QCOMPARE(QDateTime::fromString(undated.date, Qt::ISODate).date(), QDate::currentDate());
    }

    // The title of a PDF without a title in its properties is its largest type on the first page, and
    // that block is the headline: the sender's name and the label above it, in smaller type, are not.
    void pdfHeadlineIsTheLargestHeading()
    {
        Version v = loaded(PdfFixture::pdf(release(u"BERLIN, 3 March 2026 -- "_s)), TextFormat::Pdf);
        QCOMPARE(v.title, u"Eastbank tram contract goes to tender"_s);
        assignRoles(v);
        QStringList headlines;
        for (qsizetype i = 0; i < v.sentences.size(); ++i)
            if (v.sentences.at(i).role == SentenceRole::Headline)
                headlines.append(v.sentenceText(i));
        QCOMPARE(headlines, QStringList { u"Eastbank tram contract goes to tender"_s });
        QCOMPARE(v.sentences.first().role == SentenceRole::Headline, false);
        QVERIFY(v.sentenceText(0).contains(u"VELLPORT"_s));
        bool lede = false;
        for (qsizetype i = 0; i < v.sentences.size(); ++i)
            lede = lede
                || (v.sentences.at(i).role == SentenceRole::Lede
                    && v.sentenceText(i).startsWith(u"BERLIN"_s));
        QVERIFY(lede);
    }
};

QTEST_MAIN(TestVersionDates)
#include "tst_versiondates.moc"
