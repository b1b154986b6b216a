// SPDX-License-Identifier: GPL-3.0-or-later
// The row numbers of the side-by-side pages, read back with pdftotext: every row's number once, in
// order, right-aligned under the "Row" header, and text a reader can copy and search like any other.
#include "report/pdfexporter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Words without digits, so that the only numbers on a side-by-side page are the rows' and the footer's.
const QStringList words { u"harbour"_s, u"ferry"_s, u"crossing"_s, u"storm"_s, u"repairs"_s, u"council"_s,
    u"engineers"_s, u"timetable"_s, u"passengers"_s, u"weather"_s, u"pier"_s, u"crews"_s };

QString sentence(int index, int length)
{
    QStringList picked;
    for (int w = 0; w < length; ++w)
        picked.append(words.at((index * 7 + w * 5) % words.size()));
    picked.first()[0] = picked.first().at(0).toUpper();
    return picked.join(u' ') + u'.';
}

Version makeVersion(const QString &name, int sentences, int lengthShift)
{
    Version version;
    version.name = name;
    version.path = u"/stories/"_s + name + u".txt"_s;
    for (int i = 0; i < sentences; ++i) {
        if (i > 0)
            version.text += u" "_s;
        Sentence s;
        s.start = version.text.size();
        // Some sentences long enough to wrap, so that rows differ in height.
        version.text += sentence(i, 4 + (i + lengthShift) % 9 * 3);
        s.end = version.text.size();
        version.sentences.append(s);
    }
    return version;
}

// Two versions of 130 sentences, aligned one to one, then a row only the second has: numbers of one,
// two and three digits over several pages.
Comparison comparison(int rows)
{
    Comparison c;
    c.title = u"Harbour ferry timetable"_s;
    c.versions = { makeVersion(u"first"_s, rows, 0), makeVersion(u"second"_s, rows + 1, 2) };
    for (int i = 0; i <= rows; ++i) {
        AlignedRow row;
        row.cells = { i < rows ? i : -1, i };
        row.spans = { i < rows ? 1 : 0, 1 };
        row.status = { CellStatus::Same, i < rows ? CellStatus::Same : CellStatus::Added };
        row.moveTarget = { -1, -1 };
        c.rows.append(row);
    }
    return c;
}

struct Word
{
    QString text;
    double xMax;
    double yMin;
};

} // namespace

class TestPdfRowNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyRowIsNumberedOnceInOrderAndAligned();

private:
    QTemporaryDir m_dir;
};

void TestPdfRowNumbers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
}

void TestPdfRowNumbers::everyRowIsNumberedOnceInOrderAndAligned()
{
    const int rows = 130;
    const QString file = m_dir.filePath(u"rows.pdf"_s);
    QString error;
    QVERIFY2(PdfExporter::exportToFile(comparison(rows), file, {}, &error), qPrintable(error));
    QProcess process;
    process.start(u"pdftotext"_s, { u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString html = QString::fromUtf8(process.readAllStandardOutput());

    // <word xMin="…" yMin="…" xMax="…" yMax="…">text</word>
    const QRegularExpression wordPattern(u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                                         u"xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>"_s);
    QList<int> numbers;
    QList<double> rights;
    int sideBySidePages = 0;
    for (const QString &page : html.split(u"<page "_s).mid(1)) {
        QList<Word> pageWords;
        for (auto it = wordPattern.globalMatch(page); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            pageWords.append({ m.captured(4), m.captured(3).toDouble(), m.captured(2).toDouble() });
        }
        // The header's "Row" stands right-aligned in the column of the numbers.
        const auto header = std::find_if(
            pageWords.cbegin(), pageWords.cend(), [](const Word &w) { return w.text == u"Row"_s; });
        if (header == pageWords.cend())
            continue;
        ++sideBySidePages;
        double lastY = -1;
        for (const Word &w : std::as_const(pageWords)) {
            bool isNumber = false;
            const int number = w.text.toInt(&isNumber);
            if (!isNumber || std::abs(w.xMax - header->xMax) > 0.5)
                continue;
            QVERIFY2(w.yMin > lastY, qPrintable(u"row %1 above the one before it"_s.arg(number)));
            lastY = w.yMin;
            numbers.append(number);
            rights.append(w.xMax);
        }
    }
    QVERIFY2(sideBySidePages >= 3, qPrintable(u"%1 side-by-side pages"_s.arg(sideBySidePages)));
    QList<int> expected;
    for (int i = 1; i <= rows + 1; ++i)
        expected.append(i);
    QCOMPARE(numbers, expected);
    // Right-aligned: one right edge for numbers of one, two and three digits.
    const auto [low, high] = std::minmax_element(rights.cbegin(), rights.cend());
    QVERIFY2(*high - *low < 0.2, qPrintable(u"right edges from %1 to %2"_s.arg(*low).arg(*high)));
}

QTEST_MAIN(TestPdfRowNumbers)
#include "tst_pdfrownumbers.moc"
