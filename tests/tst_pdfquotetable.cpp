// SPDX-License-Identifier: GPL-3.0-or-later
// The summary's quotation table (PdfQuoteTable), read back with pdftotext: a list of quotations longer
// than a page goes on over pages with the column headers on each, every quotation once and in order with
// how the other version differs, a reader's note on a quotation in its row, and the notes list after the
// table.
#include "compare/comparator.h"
#include "load/articleloader.h"
#include "report/pdfexporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestPdfQuoteTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longTableOverPages();
};

namespace {

constexpr int QuoteCount = 120;

QString word(const char *prefix, int i)
{
    return QString::fromLatin1(prefix) + u"%1"_s.arg(i, 4, 10, QChar(u'0'));
}

// Two versions of QuoteCount quotations by one speaker; the second changes one word in each.
Comparison quotations()
{
    const QStringList filler { u"harbour"_s, u"ferries"_s, u"resume"_s, u"service"_s, u"after"_s,
        u"repairs"_s, u"this"_s, u"week"_s };
    QString first;
    QString second;
    for (int i = 0; i < QuoteCount; ++i) {
        const QString head = filler.mid(0, 3 + i % 5).join(u' ');
        first += u"\"The %1 %2 again,\" said Ilse Brandvold.\n"_s.arg(head, word("zqa", i));
        second += u"\u201cThe %1 %2 again,\u201d Brandvold said.\n"_s.arg(head, word("zqb", i));
    }
    QList<Version> versions;
    for (const auto &[text, name] : { std::pair { first, u"First"_s }, std::pair { second, u"Second"_s } }) {
        auto version = ArticleLoader::loadData(text.toUtf8(), TextFormat::PlainText, name, nullptr);
        if (version)
            versions.append(std::move(*version));
    }
    return compareVersions(versions);
}

} // namespace

void TestPdfQuoteTable::longTableOverPages()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
    const Comparison c = quotations();
    QCOMPARE(c.quotes.size(), QuoteCount);

    PdfExporter::Options options;
    Note note;
    note.target = Note::Target::Quote;
    note.quoteGroup = 7;
    note.text = u"compare with the council minutes"_s;
    note.author = u"Ana"_s;
    note.row = 7; // placed (notes are placed by the session; here by hand)
    note.version = 0;
    options.notes.append(note);

    QTemporaryDir dir;
    const QString file = dir.filePath(u"quotes.pdf"_s);
    QString error;
    QVERIFY2(PdfExporter::exportToFile(c, file, options, &error), qPrintable(error));
    QProcess process;
    process.start(u"pdftotext"_s, { u"-raw"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s });
    QVERIFY(process.waitForFinished(60000) && process.exitCode() == 0);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    for (QString &page : pages)
        page = page.simplified();

    // Each quotation's row, with the second version's changed word, once, in order; every page holding
    // rows begins them with the column headers.
    int pagesWithRows = 0;
    qsizetype lastPage = -1;
    qsizetype lastAt = -1;
    for (int i = 0; i < QuoteCount; ++i) {
        const QString change = u"Second: %1 -> %2"_s.arg(word("zqa", i), word("zqb", i));
        qsizetype found = -1;
        qsizetype at = -1;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const qsizetype count = pages.at(p).count(change);
            QVERIFY2(count <= 1 && (count == 0 || found < 0), qPrintable(change));
            if (count == 1) {
                found = p;
                at = pages.at(p).indexOf(change);
            }
        }
        QVERIFY2(found >= 0, qPrintable(change + u" is missing"_s));
        QVERIFY2(
            found > lastPage || (found == lastPage && at > lastAt), qPrintable(change + u" out of order"_s));
        if (found != lastPage) {
            ++pagesWithRows;
            const qsizetype header = pages.at(found).indexOf(u"Speaker Quotation First Second"_s);
            QVERIFY2(header >= 0 && header < at, qPrintable(u"no column headers above "_s + change));
        }
        lastPage = found;
        lastAt = at;
    }
    QVERIFY2(pagesWithRows >= 3, "the table was expected to go on over several pages");

    // The note in its quotation's row, right under the change; the notes list after the last row.
    const QString all = pages.join(u' ');
    const QString noted = u"Second: %1 -> %2"_s.arg(word("zqa", 7), word("zqb", 7));
    QVERIFY(all.contains(noted + u" \u270e1 compare with the council minutes \u2014 Ana"_s));
    const qsizetype list = pages.at(lastPage).indexOf(u"Notes # Row Version"_s, lastAt);
    const qsizetype listLater
        = lastPage + 1 < pages.size() ? pages.at(lastPage + 1).indexOf(u"Notes # Row"_s) : -1;
    QVERIFY2(list > lastAt || listLater >= 0, "the notes list does not follow the quotation table");
}

QTEST_MAIN(TestPdfQuoteTable)
#include "tst_pdfquotetable.moc"
