// SPDX-License-Identifier: GPL-3.0-or-later
// PDFs read by the parallax-pdftext helper under limits: the line format it speaks, that it reads what the
// in-process reader reads, that a PDF past a limit gets its own message while the other versions load,
// and that a PDF too long is refused instead of cut.
#include "core/labels.h"
#include "load/pdfdocument.h"
#include "load/pdfhelper.h"
#include "load/pdfreader.h"
#include "load/pdftext.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentMap>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// A PDF whose pages have the given content streams, with a correct cross-reference table: small, and
// cheap to make at thousands of pages.
QByteArray handMadePdf(const QList<QByteArray> &pages)
{
    QList<QByteArray> objects;
    const int n = int(pages.size());
    const int first = 4; // 1 catalog, 2 pages, 3 font; then page and content pairs
    QByteArray kids;
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(first + 2 * i) + " 0 R ";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(n) + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < n; ++i) {
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            "/Contents "
            + QByteArray::number(first + 2 * i + 1) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(pages.at(i).size()) + " >>\nstream\n" + pages.at(i)
            + "\nendstream");
    }
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray page(const QByteArray &first, const QByteArray &second)
{
    return "BT /F1 12 Tf 72 700 Td 16 TL (" + first + ") ' (" + second + ") ' ET";
}

QString helperProgram()
{
    const QString binary = qEnvironmentVariable("PARALLAX_BINARY");
    return binary.isEmpty() ? QString() : PdfHelper::locate(QFileInfo(binary).absolutePath());
}

QByteArray finding()
{
    QFile file(
        QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/../hostile/findings/pdf-degenerate-text-matrix.pdf"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PdfText sample()
{
    PdfText text;
    text.pageSizes = { QSizeF(612, 792), QSizeF(), QSizeF(595.275, 841.89) };
    text.lines = {
        { u"The ferry left at 7.30 \u2013 late."_s, QRectF(72.125, 91.5, 300.0625, 12.000001), 0, false },
        { u"back\\slash, tab\there, new\nline, cr\r, \\n written"_s, QRectF(-1e-9, 1e9, 0, 0), 2, false },
        { u"Z\u00fcrich \U0001F6A2 \u05e9\u05dc\u05d5\u05dd"_s, QRectF(1.0 / 3, 2.0 / 3, 0.1, 0.2), 2,
            false },
    };
    text.title = u"A title with \\ and \n"_s;
    text.author = u"R\u00e9dactrice"_s;
    text.created = u"2025-01-07T10:00:00Z"_s;
    return text;
}

} // namespace

class TestPdfHelper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineFormatRoundTrips();
    void lineFormatRefusesDamagedOutput();
    void helperReadsWhatTheProcessReads();
    void helperLoadsInParallel();
    void tooManyPagesIsRefused();
    void limitsGetTheirMessages();
    void helperFailuresGetAMessage();
    void commandLineLoadsTheOtherVersions();
};

void TestPdfHelper::lineFormatRoundTrips()
{
    const PdfText text = sample();
    std::optional<PdfText> back = PdfText::fromWire(text.toWire());
    QVERIFY(back);
    QCOMPARE(back->lines.size(), text.lines.size());
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        QCOMPARE(back->lines.at(i).text, text.lines.at(i).text);
        // Exactly, not fuzzily: the layout compares coordinates.
        QCOMPARE(back->lines.at(i).box.x(), text.lines.at(i).box.x());
        QCOMPARE(back->lines.at(i).box.y(), text.lines.at(i).box.y());
        QCOMPARE(back->lines.at(i).box.width(), text.lines.at(i).box.width());
        QCOMPARE(back->lines.at(i).box.height(), text.lines.at(i).box.height());
        QCOMPARE(back->lines.at(i).page, text.lines.at(i).page);
    }
    QVERIFY(*back == text);
    for (const PdfText::Status status :
        { PdfText::Status::Damaged, PdfText::Status::Encrypted, PdfText::Status::TooManyPages,
            PdfText::Status::TooManyLines, PdfText::Status::TooManyCharacters }) {
        PdfText refused;
        refused.status = status;
        refused.count = 2001;
        back = PdfText::fromWire(refused.toWire());
        QVERIFY(back);
        QCOMPARE(int(back->status), int(status));
        QCOMPARE(back->count, 2001);
    }
}

void TestPdfHelper::lineFormatRefusesDamagedOutput()
{
    const QByteArray wire = sample().toWire();
    // A helper stopped half-way: every cut of its output is refused, not read as a shorter text.
    for (qsizetype cut = 0; cut < wire.size(); ++cut)
        QVERIFY2(!PdfText::fromWire(wire.left(cut)), qPrintable(u"cut at %1"_s.arg(cut)));
    QVERIFY(!PdfText::fromWire(QByteArray(wire).replace("PARALLAX-PDFTEXT 1", "PARALLAX-PDFTEXT 2")));
    QVERIFY(!PdfText::fromWire(QByteArray(wire).replace("\nend\n", "\nwhat 1\nend\n")));
    QVERIFY(!PdfText::fromWire(QByteArray(wire).replace("\\\\", "\\q")));
    QVERIFY(!PdfText::fromWire(QByteArray(wire).replace("line 2 ", "line 3 ")));
    QVERIFY(!PdfText::fromWire(QByteArray(wire).replace("status ok 0\n", "")));
}

void TestPdfHelper::helperReadsWhatTheProcessReads()
{
    const QString helper = helperProgram();
    QVERIFY2(!helper.isEmpty(), "parallax-pdftext is built next to parallax");
    const QByteArray data = handMadePdf({ page("The crossing ran late.", "Two boats waited."),
        page("Page 2 of the report \\(draft\\).", "The harbour closed at noon.") });
    const PdfText here = PdfReader::read(data);
    QCOMPARE(here.lines.size(), 4);
    QCOMPARE(here.lines.at(2).text, u"Page 2 of the report (draft)."_s);
    LoadError error;
    const std::optional<PdfText> there = PdfHelper::run(helper, data, PdfHelper::limits(), &error);
    QVERIFY2(there, qPrintable(describeInEnglish(error)));
    QVERIFY(*there == here);
}

void TestPdfHelper::helperLoadsInParallel()
{
    const QString helper = helperProgram();
    QVERIFY(!helper.isEmpty());
    QList<int> numbers;
    for (int i = 0; i < 8; ++i)
        numbers.append(i);
    const QList<QString> firstLines = QtConcurrent::blockingMapped(numbers, [&](int i) {
        const QByteArray data
            = handMadePdf({ page("Version " + QByteArray::number(i) + " of the report.", "x") });
        LoadError error;
        const std::optional<PdfText> text = PdfHelper::run(helper, data, PdfHelper::limits(), &error);
        return text && !text->lines.isEmpty() ? text->lines.front().text : describeInEnglish(error);
    });
    for (int i = 0; i < 8; ++i)
        QCOMPARE(firstLines.at(i), u"Version %1 of the report."_s.arg(i));
}

void TestPdfHelper::tooManyPagesIsRefused()
{
    QList<QByteArray> pages(LoadError::MaxPdfPages + 1, page("Ferry.", "Boat."));
    const QByteArray tooLong = handMadePdf(pages);
    pages.removeLast();
    const QByteArray atLimit = handMadePdf(pages);
    for (const QString &helper : { QString(), helperProgram() }) {
        PdfDocument::setHelper(helper);
        LoadError error;
        QString source;
        QVERIFY(!PdfDocument::extract(tooLong, &source, &error));
        QCOMPARE(toString(error.code), u"pdf-too-many-pages"_s);
        QCOMPARE(
            describeInEnglish(error), u"too long: 2001 pages; Parallax reads PDFs of up to 2000 pages"_s);
        const std::optional<ExtractedText> read = PdfDocument::extract(atLimit, &source, &error);
        QVERIFY2(read, qPrintable(describeInEnglish(error)));
        QVERIFY(source.contains(u"[page 2000]"_s));
    }
    PdfDocument::setHelper({});
}

void TestPdfHelper::limitsGetTheirMessages()
{
    const QString helper = helperProgram();
    QVERIFY(!helper.isEmpty());
    const QByteArray bad = finding();
    QVERIFY(!bad.isEmpty());
    // Its time limit when memory is not limited, its memory limit when time is not.
    PdfHelper::Limits slow;
    slow.memoryMegabytes = 0;
    slow.cpuMilliseconds = 200;
    LoadError error;
    QVERIFY(!PdfHelper::run(helper, bad, slow, &error));
    QCOMPARE(toString(error.code), u"pdf-reader-time"_s);
    QCOMPARE(describeInEnglish(error),
        u"refused: reading the text of this PDF takes longer than 0.2 s (it may be damaged)"_s);
    if (PdfHelper::underAddressSanitizer())
        QSKIP("under AddressSanitizer the memory limit is its soft_rss_limit_mb, checked only now and then");
    PdfHelper::Limits big;
    big.memoryMegabytes = 300;
    big.cpuMilliseconds = 60'000;
    QVERIFY(!PdfHelper::run(helper, bad, big, &error));
    QCOMPARE(toString(error.code), u"pdf-reader-memory"_s);
    QCOMPARE(describeInEnglish(error),
        u"refused: reading the text of this PDF needs more than 300 MB of memory (it may be damaged)"_s);
}

void TestPdfHelper::helperFailuresGetAMessage()
{
    const QByteArray data = handMadePdf({ page("The crossing ran late.", "Two boats waited.") });
    LoadError error;
    QVERIFY(!PdfHelper::run(u"/bin/false"_s, data, PdfHelper::limits(), &error));
    QCOMPARE(describeInEnglish(error), u"the PDF reader crashed on this file (exit 1)"_s);
    QVERIFY(!PdfHelper::run(u"/bin/true"_s, data, PdfHelper::limits(), &error));
    QCOMPARE(describeInEnglish(error), u"the PDF reader crashed on this file (unreadable output)"_s);
    QVERIFY(!PdfHelper::run(u"/nonexistent/parallax-pdftext"_s, data, PdfHelper::limits(), &error));
    QCOMPARE(toString(error.code), u"pdf-reader-crashed"_s);
}

void TestPdfHelper::commandLineLoadsTheOtherVersions()
{
    const QString binary = qEnvironmentVariable("PARALLAX_BINARY");
    QVERIFY(!binary.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<std::pair<QString, QByteArray>> files = {
        { u"a.txt"_s, "The ferry left at seven. It was late.\n"_ba },
        { u"b.pdf"_s, handMadePdf({ page("The ferry left at eight.", "It was late.") }) },
        { u"c-damaged-matrix.pdf"_s, finding() },
    };
    QStringList arguments { u"compare"_s, u"--json"_s, dir.filePath(u"out.json"_s) };
    for (const auto &[name, data] : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        arguments.append(file.fileName());
    }
    QProcess run;
    if (PdfHelper::underAddressSanitizer()) {
        // There the helper's limits are five times the product's (PdfHelper::limits), which the damaged
        // PDF fits (1.6 GB, 3 s): the product's limits again, so that it is refused as it is in the product.
        const PdfHelper::Limits product;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PARALLAX_PDF_HELPER_MEMORY_MB"_s, QString::number(product.memoryMegabytes / 5));
        environment.insert(u"PARALLAX_PDF_HELPER_CPU_MS"_s, QString::number(product.cpuMilliseconds / 5));
        run.setProcessEnvironment(environment);
    }
    run.start(binary, arguments);
    QVERIFY(run.waitForFinished(60'000));
    const QString errors = QString::fromUtf8(run.readAllStandardError());
    QCOMPARE(run.exitCode(), 2);
    QVERIFY2(errors.contains(u"c-damaged-matrix.pdf"_s) && errors.contains(u"reading the text of this PDF"_s),
        qPrintable(errors));
    QFile report(dir.filePath(u"out.json"_s));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
    const QJsonArray versions = json.value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.at(1).toObject().value(u"path"_s).toString().endsWith(u"b.pdf"_s));
}

QTEST_GUILESS_MAIN(TestPdfHelper)
#include "tst_pdfhelper.moc"
