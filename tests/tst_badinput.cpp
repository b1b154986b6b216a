// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input through the whole pipeline: each case gives a clear message naming the reason or a correct
// result, within 2 s and 500 MB (correctness bounds against hangs and blow-ups, not benchmarks), the
// other versions still compare, and no file is ever modified. The big and binary files are made here in
// a temporary folder, never committed.
#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The bounds (2 s, 500 MB) hold for the normal build. The sanitizer preset is an unoptimised
// AddressSanitizer build: about ten times slower, with freed memory kept in quarantine, so it checks
// looser bounds of the same shape rather than none.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 SanitizerTimeFactor = 10;
constexpr qint64 SanitizerMemoryFactor = 4;
#else
constexpr qint64 SanitizerTimeFactor = 1;
constexpr qint64 SanitizerMemoryFactor = 1;
#endif
constexpr qint64 TimeLimitMs = 2000 * SanitizerTimeFactor;
constexpr qint64 MemoryLimitKb = 500 * 1024 * SanitizerMemoryFactor;

enum class Outcome {
    Error, // refused with one of the given codes
    Loaded, // read, and the text holds the given words
    Either, // one of the given codes, or read
};

enum class Special { None, DanglingSymlink, LinkLoop, Directory };

// Peak resident memory of this process in kB (VmHWM), reset where the kernel allows it so that each case
// is measured on its own.
qint64 peakMemoryKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool resetPeakMemory()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

QByteArray prose(qsizetype bytes)
{
    static const QByteArray sentences[] = {
        "The council voted on Tuesday to build a tram line to the eastern district. ",
        "Opponents said the money would be better spent on buses. ",
        "Construction is due to begin in September 2027, the city said. ",
        "About 60 businesses trade on the street, according to the association.\n\n",
    };
    QByteArray out;
    out.reserve(bytes + 128);
    for (int i = 0; out.size() < bytes; ++i)
        out += sentences[i % 4];
    return out;
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    // A PNG signature, as in a picture saved with the wrong extension.
    out.replace(0, 8, QByteArray("\x89PNG\r\n\x1a\n", 8));
    return out;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
    }
    return out;
}

QByteArray repeat(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

const QString goodStory = u"The ferry will run every twenty minutes from May, the harbour authority said.\n\n"
                          u"Tickets will cost the same as on the city's buses.\n\n"
                          u"The first boat leaves the harbour at six in the morning.\n"_s;

struct Fingerprint
{
    QByteArray sha256;
    QDateTime modified;
    qint64 size = -1;
    friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
};

Fingerprint fingerprint(const QString &path)
{
    Fingerprint f;
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return f;
    f.modified = info.lastModified();
    f.size = info.size();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        f.sha256 = hash.result();
    }
    return f;
}

QHash<QString, Fingerprint> fingerprints(const QString &dir)
{
    QHash<QString, Fingerprint> out;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
        out.insert(info.fileName(), fingerprint(info.filePath()));
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool makeCase(const QString &path, Special special, const QByteArray &data)
{
    switch (special) {
    case Special::DanglingSymlink:
        return QFile::link(path + u".target-that-does-not-exist"_s, path);
    case Special::LinkLoop:
        // Two links that name each other.
        return QFile::link(path + u".other"_s, path) && QFile::link(path, path + u".other"_s);
    case Special::Directory:
        return QDir().mkdir(path);
    case Special::None:
        break;
    }
    return writeFile(path, data);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badFile_data();
    void badFile();
    void folderWithOneBadFile_data();
    void folderWithOneBadFile();
    void fewerThanTwoReadable();
    void deviceIsRefused();
    void everyCodeHasIdAndMessage();

private:
    bool m_canResetPeak = false;
};

void TestBadInput::initTestCase()
{
    m_canResetPeak = resetPeakMemory();
    if (!m_canResetPeak)
        qInfo("VmHWM cannot be reset here: memory is checked as the peak of the whole run");
    QVERIFY2(peakMemoryKb() > 0, "VmHWM is not readable from /proc/self/status");
}

void TestBadInput::badFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Special>("special");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("codes"); // the load error codes accepted, separated by |
    QTest::addColumn<QString>("mustContain"); // for a file that is read

    const QString tooBig = u"too-large"_s;
    const QString notText = u"binary"_s;
    const QString story = u"The ferry will run every twenty minutes"_s;

    QTest::newRow("empty file") << u"empty.txt"_s << Special::None << QByteArray() << Outcome::Error
                                << u"empty"_s << QString();
    QTest::newRow("only white space") << u"blank.txt"_s << Special::None << QByteArray(" \n\n\t  \r\n")
                                      << Outcome::Error << u"white-space"_s << QString();
    QTest::newRow("binary file (.txt)") << u"picture.txt"_s << Special::None << randomBytes(200'000, 1)
                                        << Outcome::Error << notText << QString();
    QTest::newRow("binary file (.html)") << u"picture.html"_s << Special::None << randomBytes(200'000, 2)
                                         << Outcome::Error << notText << QString();
    QTest::newRow("binary file (.md)") << u"picture.md"_s << Special::None << randomBytes(50'000, 3)
                                       << Outcome::Error << notText << QString();
    QTest::newRow("control characters without NUL")
        << u"controls.txt"_s << Special::None
        << repeat(QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f"), 5000) << Outcome::Error
        << u"control-characters"_s << QString();
    QTest::newRow("invalid UTF-8 after a UTF-8 byte-order mark")
        << u"bom.txt"_s << Special::None
        << QByteArray("\xEF\xBB\xBFThe caf\xE9 on the quay reopened.\n\n\xFF\xC0 The ferry will run.\n")
        << Outcome::Error << u"invalid-text"_s << QString();
    QTest::newRow("invalid UTF-8 in prose")
        << u"latin1.txt"_s << Special::None
        << QByteArray(
               "The caf\xE9 on the quay reopened on Monday.\n\n\xFF\xC0\x80 The ferry will run every twenty "
               "minutes from May.\n")
        << Outcome::Loaded << QString() << story;
    QTest::newRow("UTF-16LE with BOM") << u"utf16le.txt"_s << Special::None << utf16(goodStory, true)
                                       << Outcome::Loaded << QString() << story;
    QTest::newRow("UTF-16BE with BOM") << u"utf16be.txt"_s << Special::None << utf16(goodStory, false)
                                       << Outcome::Loaded << QString() << story;
    QTest::newRow("UTF-16LE with BOM, HTML")
        << u"utf16.html"_s << Special::None
        << utf16(
               u"<html><body><p>The ferry will run every twenty minutes from May.</p></body></html>"_s, true)
        << Outcome::Loaded << QString() << story;
    QTest::newRow("20 MB file") << u"huge.txt"_s << Special::None << prose(20 * 1024 * 1024)
                                << Outcome::Either << tooBig << u"The council voted on Tuesday"_s;
    QTest::newRow("20 MB HTML file") << u"huge.html"_s << Special::None
                                     << QByteArray("<html><body><p>" + prose(20 * 1024 * 1024)
                                            + "</p></body></html>")
                                     << Outcome::Either << tooBig << u"The council voted on Tuesday"_s;
    QTest::newRow("1 MB single line of sentences")
        << u"oneline.txt"_s << Special::None << prose(1024 * 1024).replace("\n", " ") << Outcome::Either
        << u"too-many-sentences|too-many-characters"_s
        << u"Opponents said the money would be better spent on buses."_s;
    QTest::newRow("1 MB single line without punctuation")
        << u"words.txt"_s << Special::None << repeat("ferry harbour council tram ", 40'000) << Outcome::Either
        << tooBig + u"|too-many-characters"_s << u"ferry harbour council tram"_s;
    QTest::newRow("1 MB single word")
        << u"word.txt"_s << Special::None << QByteArray(1024 * 1024, 'a') << Outcome::Either
        << tooBig + u"|too-many-characters"_s << u"aaaaaaaaaa"_s;
    QTest::newRow("100k unclosed <div>") << u"divs.html"_s << Special::None
                                         << QByteArray("<html><body>" + repeat("<div>", 100'000)
                                                + "<p>The ferry will run every twenty minutes from May.</p>")
                                         << Outcome::Loaded << QString() << story;
    QTest::newRow("100k unclosed <b>") << u"bold.html"_s << Special::None
                                       << QByteArray("<html><body><p>" + repeat("<b>", 100'000)
                                              + "The ferry will run every twenty minutes from May.</p>")
                                       << Outcome::Loaded << QString() << story;
    QTest::newRow("100k nested and closed <div>")
        << u"nested.html"_s << Special::None
        << QByteArray("<html><body>" + repeat("<div>", 100'000)
               + "<p>The ferry will run every twenty minutes from May.</p>" + repeat("</div>", 100'000)
               + "</body></html>")
        << Outcome::Loaded << QString() << story;
    QTest::newRow("100k unclosed <table><tr><td>")
        << u"tables.html"_s << Special::None
        << QByteArray("<html><body>" + repeat("<table><tr><td>", 30'000)
               + "The ferry will run every twenty minutes from May.")
        << Outcome::Loaded << QString() << story;
    QTest::newRow("100k nested Markdown block quotes")
        << u"quotes.md"_s << Special::None
        << QByteArray(repeat(">", 100'000) + " The ferry will run every twenty minutes from May.\n")
        << Outcome::Either << u"markdown-parser|no-text"_s << story;
    QTest::newRow("100k nested Markdown list items") << u"lists.md"_s << Special::None << [] {
        QByteArray md;
        for (int i = 0; i < 2000; ++i)
            md += QByteArray(i * 2, ' ') + "- item\n";
        return QByteArray(md + "\nThe ferry will run every twenty minutes from May.\n");
    }() << Outcome::Loaded << QString() << story;
    QTest::newRow("HTML without any text")
        << u"scripts.html"_s << Special::None
        << QByteArray("<html><head><script>var x = 1;</script></head><body>"
                      "<img src=\"a.png\"></body></html>")
        << Outcome::Error << u"no-text"_s << QString();
    QTest::newRow("dangling symlink") << u"gone.txt"_s << Special::DanglingSymlink << QByteArray()
                                      << Outcome::Error << u"broken-link"_s << QString();
    QTest::newRow("symlink loop") << u"loop.txt"_s << Special::LinkLoop << QByteArray() << Outcome::Error
                                  << u"link-loop"_s << QString();
    // Single-file web pages (MHTML): the same guarantees for the new container.
    const auto mhtml = [](const QByteArray &html) -> QByteArray {
        return "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
               "Content-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + html + "\r\n--b--\r\n";
    };
    QTest::newRow("empty file (.mhtml)")
        << u"empty.mhtml"_s << Special::None << QByteArray() << Outcome::Error << u"empty"_s << QString();
    QTest::newRow("only white space (.mhtml)") << u"blank.mhtml"_s << Special::None << QByteArray("\r\n \r\n")
                                               << Outcome::Error << u"white-space"_s << QString();
    QTest::newRow("MHTML without headers")
        << u"plain.mhtml"_s << Special::None << QByteArray("The ferry will run every twenty minutes.\n")
        << Outcome::Error << u"mhtml-no-content-type"_s << QString();
    QTest::newRow("MHTML multipart without a boundary")
        << u"noboundary.mhtml"_s << Special::None
        << QByteArray("Content-Type: multipart/related\r\n\r\n<html><body><p>Ferry</p></body></html>\r\n")
        << Outcome::Error << u"mhtml-no-boundary"_s << QString();
    QTest::newRow("MHTML holding an image")
        << u"image.mhtml"_s << Special::None
        << QByteArray("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n")
        << Outcome::Error << u"mhtml-not-a-page"_s << QString();
    QTest::newRow("MHTML with an empty HTML part")
        << u"emptypage.mhtml"_s << Special::None
        << QByteArray("Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n"
                      "\r\n \r\n--b--\r\n")
        << Outcome::Error << u"mhtml-empty-page"_s << QString();
    QTest::newRow("binary file (.mhtml)") << u"picture.mhtml"_s << Special::None << randomBytes(200'000, 5)
                                          << Outcome::Error << u"mhtml-no-content-type"_s << QString();
    QTest::newRow("MHTML without an HTML part")
        << u"images.mht"_s << Special::None
        << QByteArray("Content-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n")
        << Outcome::Error << u"mhtml-no-html-part"_s << QString();
    QTest::newRow("20 MB HTML part in MHTML")
        << u"huge.mhtml"_s << Special::None
        << mhtml("<html><body><p>" + prose(20 * 1024 * 1024) + "</p></body></html>") << Outcome::Either
        << u"text-too-large"_s << u"The council voted on Tuesday"_s;
    QTest::newRow("100k unclosed <div> in MHTML")
        << u"divs.mhtml"_s << Special::None
        << mhtml("<html><body>" + repeat("<div>", 100'000)
               + "<p>The ferry will run every twenty minutes from May.</p></body></html>")
        << Outcome::Loaded << QString() << story;
    QTest::newRow("directory named like a file") << u"folder.txt"_s << Special::Directory << QByteArray()
                                                 << Outcome::Error << u"folder"_s << QString();
}

// The bad file is compared with two good ones: the pipeline runs end to end on whatever was read.
void TestBadInput::badFile()
{
    QFETCH(QString, fileName);
    QFETCH(Special, special);
    QFETCH(QByteArray, data);
    QFETCH(Outcome, outcome);
    QFETCH(QString, codes);
    QFETCH(QString, mustContain);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(fileName);
    const QString goodA = dir.filePath(u"good-a.txt"_s), goodB = dir.filePath(u"good-b.md"_s);
    QVERIFY(makeCase(bad, special, data));
    QVERIFY(writeFile(goodA, goodStory.toUtf8()));
    QVERIFY(writeFile(goodB, QString(u"# Ferry\n\n"_s + goodStory).toUtf8()));
    data.clear();
    data.squeeze();
    const QHash<QString, Fingerprint> before = fingerprints(dir.path());

    if (m_canResetPeak)
        QVERIFY(resetPeakMemory());
    QElapsedTimer timer;
    timer.start();
    LoadError error;
    const std::optional<Version> version = ArticleLoader::loadFile(bad, &error);
    const qint64 loadMs = timer.elapsed();
    timer.restart();
    const Comparison c = compareFiles({ bad, goodA, goodB });
    const qint64 compareMs = timer.elapsed();
    const qint64 peakKb = peakMemoryKb();
    qInfo("load %lld ms, compare %lld ms, peak %lld MB", loadMs, compareMs, peakKb / 1024);

    QVERIFY2(loadMs <= TimeLimitMs, qPrintable(u"loading took %1 ms"_s.arg(loadMs)));
    QVERIFY2(compareMs <= TimeLimitMs, qPrintable(u"comparing took %1 ms"_s.arg(compareMs)));
    QVERIFY2(peakKb <= MemoryLimitKb, qPrintable(u"peak memory %1 MB"_s.arg(peakKb / 1024)));
    // The files are only read.
    QVERIFY(fingerprints(dir.path()) == before);
    QCOMPARE(QFileInfo(bad).isDir(), special == Special::Directory);
    QCOMPARE(QFileInfo(bad).isSymLink(), special == Special::DanglingSymlink || special == Special::LinkLoop);

    // The good versions are compared whatever happens to the bad one.
    QVERIFY(c.versions.size() >= 2);
    const QStringList accepted = codes.split(u'|');
    const bool refused = !version.has_value();
    if (refused) {
        const QString message = describeInEnglish(error);
        QVERIFY2(outcome != Outcome::Loaded, qPrintable(u"refused: "_s + message));
        QVERIFY2(accepted.contains(toString(error.code)),
            qPrintable(u"code %1 (%2), expected %3"_s.arg(toString(error.code), message, codes)));
        QCOMPARE(error.path, bad);
        // The message a person reads says something, and never leaves a placeholder unfilled.
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(u'%'), qPrintable(message));
        QCOMPARE(c.versions.size(), 2);
        QCOMPARE(c.errors.size(), 1);
        QCOMPARE(c.errors.first().path, bad);
        // A folder named on its own is opened as a folder of versions, which holds none.
        QCOMPARE(toString(c.errors.first().code),
            special == Special::Directory ? u"no-article-files"_s : toString(error.code));
        QCOMPARE(c.errors.first().detail, error.detail);
    } else {
        QVERIFY2(outcome != Outcome::Error, "read, but it should have been refused");
        QVERIFY2(version->text.contains(mustContain), qPrintable(version->text.left(300)));
        QVERIFY(!version->sentences.isEmpty());
        QCOMPARE(c.versions.size(), 3);
        QVERIFY(c.errors.isEmpty());
        // Sentences stay inside the text.
        for (const Sentence &s : version->sentences)
            QVERIFY(s.start >= 0 && s.start < s.end && s.end <= version->text.size());
    }
}

void TestBadInput::folderWithOneBadFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Special>("special");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expectedCode");

    QTest::newRow("empty file") << u"c-empty.txt"_s << Special::None << QByteArray() << u"empty"_s;
    QTest::newRow("binary file") << u"c-picture.html"_s << Special::None << randomBytes(100'000, 4)
                                 << u"binary"_s;
    QTest::newRow("dangling symlink")
        << u"c-gone.txt"_s << Special::DanglingSymlink << QByteArray() << u"broken-link"_s;
    QTest::newRow("20 MB file") << u"c-huge.md"_s << Special::None << prose(20 * 1024 * 1024)
                                << u"too-large"_s;
}

// A folder of versions with one bad file: the others load, and Comparison::errors names the bad one.
void TestBadInput::folderWithOneBadFile()
{
    QFETCH(QString, fileName);
    QFETCH(Special, special);
    QFETCH(QByteArray, data);
    QFETCH(QString, expectedCode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"a-wire.txt"_s), goodStory.toUtf8()));
    QVERIFY(writeFile(dir.filePath(u"b-rewrite.txt"_s),
        goodStory.toUtf8().replace("twenty minutes", "half hour").replace("six", "seven")));
    QVERIFY(writeFile(dir.filePath(u"d-page.html"_s),
        QByteArray("<html><head><meta property=\"og:site_name\" content=\"Harbour News\"></head><body><p>"
            + goodStory.toUtf8() + "</p></body></html>")));
    QVERIFY(makeCase(dir.filePath(fileName), special, data));
    data.clear();
    data.squeeze();
    const QHash<QString, Fingerprint> before = fingerprints(dir.path());

    QElapsedTimer timer;
    timer.start();
    const Comparison c = compareFiles({ dir.path() });
    QVERIFY2(timer.elapsed() <= TimeLimitMs, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    if (special == Special::None) {
        // A file that was read is a version, and then it must be a readable one (the 20 MB case).
        QVERIFY(c.versions.size() == 3 || c.versions.size() == 4);
    } else {
        QCOMPARE(c.versions.size(), 3);
    }
    if (c.versions.size() == 3) {
        QCOMPARE(c.errors.size(), 1);
        QVERIFY2(QFileInfo(c.errors.first().path).fileName() == fileName,
            qPrintable(c.errors.first().path + u": "_s + describeInEnglish(c.errors.first())));
        QCOMPARE(toString(c.errors.first().code), expectedCode);
    }
    QStringList names;
    for (const Version &v : c.versions)
        names.append(v.name);
    QVERIFY2(names.contains(u"Harbour News"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(fingerprints(dir.path()) == before);
}

void TestBadInput::fewerThanTwoReadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"only.txt"_s), goodStory.toUtf8()));
    QVERIFY(writeFile(dir.filePath(u"empty.txt"_s), QByteArray()));
    const Comparison c = compareFiles({ dir.path() });
    QCOMPARE(c.versions.size(), 1);
    QCOMPARE(c.errors.size(), 1);
    QVERIFY(c.errors.first().path.endsWith(u"empty.txt"_s));
    QCOMPARE(toString(c.errors.first().code), u"empty"_s);

    const Comparison none = compareFiles({ dir.filePath(u"missing.txt"_s) });
    QVERIFY(none.versions.isEmpty());
    QCOMPARE(none.errors.size(), 1);
    QVERIFY(none.errors.first().path.endsWith(u"missing.txt"_s));
    QCOMPARE(toString(none.errors.first().code), u"missing"_s);
}

// A device is not an article file: refused before anything is read from it.
void TestBadInput::deviceIsRefused()
{
    const QString device = u"/dev/null"_s;
    if (!QFileInfo::exists(device))
        QSKIP("no /dev/null here");
    LoadError error;
    QVERIFY(!ArticleLoader::loadFile(device, &error));
    QCOMPARE(toString(error.code), u"not-regular-file"_s);
}

// Each code has its own stable id and a message; the messages with a detail show it.
void TestBadInput::everyCodeHasIdAndMessage()
{
    QSet<QString> ids;
    for (int i = 0; i <= int(LoadError::Code::UnknownBase); ++i) {
        const LoadError e { u"x"_s, LoadError::Code(i), u"DETAIL"_s };
        const QString id = toString(e.code);
        QVERIFY2(!id.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY2(!describeInEnglish(e).isEmpty(), qPrintable(id));
        QVERIFY2(!describeInEnglish(e).contains(u'%'), qPrintable(describeInEnglish(e)));
    }
    QCOMPARE(describeInEnglish({ u"x"_s, LoadError::Code::Unreadable, u"Permission denied"_s }),
        u"cannot be read: Permission denied"_s);
    QCOMPARE(describeInEnglish({ u"x"_s, LoadError::Code::TooLarge, QString::number(20 * 1024 * 1024) }),
        u"file is 20.0 MB; Parallax reads article files of up to 16.0 MB"_s);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
