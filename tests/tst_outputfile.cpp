// SPDX-License-Identifier: GPL-3.0-or-later
// Where a report may be written: a regular file or a new path that is none of the files compared. A
// device, a folder, a pipe, a link to nothing or a loop of links, an input (by any name: a link or a hard
// link) is refused with the reason and left as it was, for the JSON writer and the PDF export alike.
#include "comparisonfixture.h"
#include "core/filepaths.h"
#include "report/outputfile.h"
#include "report/pdfexporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesWhatIsNoPlaceForAReport_data();
    void refusesWhatIsNoPlaceForAReport();
    void devicesStayDevices();
    void pdfExportRefusesAnInput();
};

void TestOutputFile::refusesWhatIsNoPlaceForAReport_data()
{
    QTest::addColumn<QString>("target"); // a name in the temporary folder, made by the test
    QTest::addColumn<QString>("reason"); // a word the refusal must hold; empty: allowed

    QTest::newRow("a new file") << u"new.json"_s << QString();
    QTest::newRow("an old report") << u"old.json"_s << QString();
    QTest::newRow("a link to an old report") << u"link-to-old.json"_s << QString();
    QTest::newRow("an input") << u"a.txt"_s << u"compared"_s;
    QTest::newRow("a link to an input") << u"link-to-a.txt"_s << u"compared"_s;
    QTest::newRow("a hard link to an input") << u"hard-a.txt"_s << u"compared"_s;
    QTest::newRow("a folder") << u"folder"_s << u"folder"_s;
    QTest::newRow("a pipe") << u"fifo"_s << u"regular"_s;
    QTest::newRow("a link to nothing") << u"dangling.json"_s << u"does not exist"_s;
    QTest::newRow("a loop of links") << u"loop.json"_s << u"link"_s;
    QTest::newRow("a new file in a missing folder") << u"missing/new.json"_s << QString();
}

void TestOutputFile::refusesWhatIsNoPlaceForAReport()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(u"a.txt"_s), b = dir.filePath(u"b.txt"_s);
    QVERIFY(writeFile(a, "The ferry will run every twenty minutes.\n"));
    QVERIFY(writeFile(b, "The ferry will run every half hour.\n"));
    QVERIFY(writeFile(dir.filePath(u"old.json"_s), "{}"));
    QVERIFY(QFile::link(dir.filePath(u"old.json"_s), dir.filePath(u"link-to-old.json"_s)));
    QVERIFY(QFile::link(a, dir.filePath(u"link-to-a.txt"_s)));
    QCOMPARE(::link(QFile::encodeName(a).constData(),
                 QFile::encodeName(dir.filePath(u"hard-a.txt"_s)).constData()),
        0);
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"fifo"_s)).constData(), 0600), 0);
    QVERIFY(QFile::link(dir.filePath(u"nowhere.json"_s), dir.filePath(u"dangling.json"_s)));
    QVERIFY(QFile::link(dir.filePath(u"loop.json"_s), dir.filePath(u"loop.json"_s)));

    const QString path = dir.filePath(target);
    const QStringList inputs = { a, b };
    const QString why = OutputFile::refusal(path, inputs);
    if (reason.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
    } else {
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    const QByteArray inputBefore = readFile(a);
    QString error;
    const bool written = OutputFile::write(path, "{\"report\": true}\n", inputs, &error);
    QCOMPARE(readFile(a), inputBefore);
    if (reason.isEmpty() && !target.contains(u'/')) {
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("{\"report\": true}\n"));
    } else {
        QVERIFY(!written);
        // "PATH: reason", as every message about a file.
        QVERIFY2(error.startsWith(path + u": "_s), qPrintable(error));
    }
    // What was refused is still what it was.
    if (target == u"folder"_s)
        QVERIFY(QFileInfo(path).isDir());
    if (target == u"fifo"_s) {
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }
    if (target == u"link-to-a.txt"_s || target == u"dangling.json"_s)
        QVERIFY(QFileInfo(path).isSymLink());
    if (target == u"dangling.json"_s)
        QVERIFY(!QFileInfo::exists(dir.filePath(u"nowhere.json"_s)));
}

// The reproducer: as root, the writer renamed a temporary file over /dev/null.
void TestOutputFile::devicesStayDevices()
{
    for (const QString &device : { u"/dev/null"_s, u"/dev/zero"_s }) {
        struct stat before;
        if (::stat(QFile::encodeName(device).constData(), &before) != 0)
            QSKIP("no such device here");
        QVERIFY(S_ISCHR(before.st_mode));
        QVERIFY(OutputFile::refusal(device, {}).contains(u"regular"_s));
        QString error;
        QVERIFY(!OutputFile::write(device, "{}", {}, &error));
        QVERIFY2(error.startsWith(device + u": "_s), qPrintable(error));
        struct stat after;
        QCOMPARE(::stat(QFile::encodeName(device).constData(), &after), 0);
        QVERIFY(S_ISCHR(after.st_mode));
        QCOMPARE(after.st_ino, before.st_ino);
    }
}

void TestOutputFile::pdfExportRefusesAnInput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Comparison c = Fixture::councilStory();
    const QString input = dir.filePath(u"wire.txt"_s);
    QVERIFY(writeFile(input, "The council met.\n"));
    c.versions[0].path = input;
    QString error;
    QVERIFY(!PdfExporter::exportToFile(c, input, {}, &error));
    QVERIFY2(error.startsWith(input + u": "_s) && error.contains(u"compared"_s), qPrintable(error));
    QCOMPARE(readFile(input), QByteArray("The council met.\n"));
    QVERIFY(!PdfExporter::exportToFile(c, u"/dev/null"_s, {}, &error));
    QVERIFY2(error.contains(u"regular"_s), qPrintable(error));
    // A file that is not an input is written.
    const QString pdf = dir.filePath(u"story.pdf"_s);
    QVERIFY2(PdfExporter::exportToFile(c, pdf, {}, &error), qPrintable(error));
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
}

QTEST_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
