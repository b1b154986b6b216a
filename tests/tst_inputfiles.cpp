// SPDX-License-Identifier: GPL-3.0-or-later
// The inputs as the system has them: file names that are not UTF-8 are read (never make other files
// vanish), names with control characters are shown escaped, loops of links are called loops, one file
// named twice (or reached through two links) is read once with a note, metadata cannot reverse the text
// around it, and --base names exactly one version or says why not.
#include "compare/comparator.h"
#include "core/filepaths.h"
#include "core/labels.h"
#include "load/articleloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

QByteArray story(int n)
{
    return "The ferry will run every " + QByteArray::number(10 + n)
        + " minutes from May, the harbour authority said.\n\n"
          "Tickets will cost the same as on the city's buses.\n";
}

// Writes a file by the bytes of its name, which QFile cannot do for a name that is not UTF-8.
bool writeRaw(const QByteArray &path, const QByteArray &data)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == data.size();
    return ::close(fd) == 0 && ok;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList codes(const QList<LoadError> &errors)
{
    QStringList out;
    for (const LoadError &e : errors)
        out.append(toString(e.code));
    return out;
}

QString describeAll(const QList<LoadError> &errors)
{
    QStringList out;
    for (const LoadError &e : errors)
        out.append(e.path + u": "_s + describeInEnglish(e));
    return out.join(u"; "_s);
}

} // namespace

class TestInputFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nativeNamesRoundTrip();
    void printableEscapesWhatMovesTheTerminal();
    void nameThatIsNotUtf8IsReadAndHidesNothing();
    void controlCharactersInNamesAreEscaped();
    void linkLoopsAreLoops_data();
    void linkLoopsAreLoops();
    void oneFileTwiceIsReadOnce();
    void bidiControlsInMetadataAreDropped();
    void baseMustNameOneVersion();
};

void TestInputFiles::nativeNamesRoundTrip()
{
    // Every byte, alone and among UTF-8, survives the trip through QString.
    for (int b = 1; b < 256; ++b) {
        const QByteArray raw = "a" + QByteArray(1, char(b)) + "\xC3\xA9z";
        const QString s = FilePaths::fromNative(raw);
        QCOMPARE(FilePaths::toNative(s), raw);
        QCOMPARE(FilePaths::hasEscapedBytes(s), b >= 0x80);
    }
    // Overlong forms and encoded surrogates are not UTF-8 either.
    for (const QByteArray &raw : { QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"),
             QByteArray("\xF4\x90\x80\x80"), QByteArray("caf\xE9"), QByteArray("\xE2\x82") }) {
        QVERIFY(FilePaths::hasEscapedBytes(FilePaths::fromNative(raw)));
        QCOMPARE(FilePaths::toNative(FilePaths::fromNative(raw)), raw);
    }
    const QString valid = u"Z\u00fcrich \U0001F600.txt"_s;
    QCOMPARE(FilePaths::fromNative(valid.toUtf8()), valid);
    QVERIFY(!FilePaths::hasEscapedBytes(valid));
}

void TestInputFiles::printableEscapesWhatMovesTheTerminal()
{
    QCOMPARE(FilePaths::printable(u"red\x1b[31m.txt"_s), u"red\\x1B[31m.txt"_s);
    QCOMPARE(FilePaths::printable(u"two\nlines"_s), u"two\\x0Alines"_s);
    QCOMPARE(FilePaths::printable(u"evil\u202Etxt.html"_s), u"evil\\u202Etxt.html"_s);
    QCOMPARE(FilePaths::printable(u"\u0085"_s), u"\\x85"_s);
    QCOMPARE(FilePaths::printable(FilePaths::fromNative("x\xE9.txt")), u"x\\xE9.txt"_s);
    // Text that is fine stays as it is.
    const QString fine = u"Z\u00fcrich \u05e9\u05dc\u05d5\u05dd \U0001F600 C:\\dir.txt"_s;
    QCOMPARE(FilePaths::printable(fine), fine);
    for (const QString &name : { u"a\x1b]0;title\x07"_s, u"\u009B31m"_s, u"\u2066x\u2069"_s }) {
        const QString shown = FilePaths::printable(name);
        for (QChar c : shown)
            QVERIFY2(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                qPrintable(shown));
    }
}

// The reproducer: 8 good versions and one name that is not UTF-8 in a folder; before, every file
// listed after the bad name vanished without a word.
void TestInputFiles::nameThatIsNotUtf8IsReadAndHidesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray folder = QFile::encodeName(dir.path());
    for (int i = 0; i < 8; ++i)
        QVERIFY(writeFile(dir.filePath(u"v%1.txt"_s.arg(i)), story(i)));
    const QByteArray badName = folder + "/v3-caf\xE9.txt";
    QVERIFY(writeRaw(badName, story(42)));
    const QByteArray badEmpty = folder + "/v5-\xFF\xFE.txt";
    QVERIFY(writeRaw(badEmpty, QByteArray()));

    const QStringList files = collectArticleFiles({ dir.path() }, nullptr);
    QCOMPARE(files.size(), 10);
    const Comparison c = compareFiles({ dir.path() });
    QCOMPARE(c.versions.size(), 9);
    // The empty one is reported, under a name that can be printed and that names its bytes.
    QCOMPARE(codes(c.errors), QStringList { u"empty"_s });
    QCOMPARE(FilePaths::toNative(c.errors.first().path), badEmpty);
    QCOMPARE(FilePaths::printable(QFileInfo(c.errors.first().path).fileName()), u"v5-\\xFF\\xFE.txt"_s);
    bool found = false;
    for (const Version &v : c.versions) {
        if (!v.text.contains(u"every 52 minutes"_s))
            continue;
        found = true;
        QCOMPARE(FilePaths::toNative(v.path), badName);
        QCOMPARE(v.name, u"v3-caf\\xE9"_s);
    }
    QVERIFY2(found, "the version with the name that is not UTF-8 was not read");
}

void TestInputFiles::controlCharactersInNamesAreEscaped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString escape = dir.filePath(u"red\x1b[31mALERT.txt"_s);
    QVERIFY(writeFile(escape, QByteArray()));
    QVERIFY(writeFile(dir.filePath(u"a.txt"_s), story(1)));
    QVERIFY(writeFile(dir.filePath(u"b.txt"_s), story(2)));
    const Comparison c = compareFiles({ dir.path() });
    QCOMPARE(c.versions.size(), 2);
    QCOMPARE(c.errors.size(), 1);
    QCOMPARE(c.errors.first().path, escape);
    const QString shown = FilePaths::printable(c.errors.first().path);
    QVERIFY(!shown.contains(QChar(0x1b)));
    QVERIFY(shown.endsWith(u"red\\x1B[31mALERT.txt"_s));
}

void TestInputFiles::linkLoopsAreLoops_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a link to itself") << u"self"_s;
    QTest::newRow("two links naming each other") << u"pair"_s;
    QTest::newRow("a loop in a folder on the way") << u"folder"_s;
}

void TestInputFiles::linkLoopsAreLoops()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(u"loop.txt"_s);
    if (kind == u"self"_s) {
        QVERIFY(QFile::link(path, path));
    } else if (kind == u"pair"_s) {
        QVERIFY(QFile::link(path + u".other"_s, path));
        QVERIFY(QFile::link(path, path + u".other"_s));
    } else {
        QVERIFY(QFile::link(dir.filePath(u"d"_s), dir.filePath(u"d"_s)));
        path = dir.filePath(u"d/loop.txt"_s);
    }
    LoadError error;
    QVERIFY(!ArticleLoader::loadFile(path, &error));
    QCOMPARE(toString(error.code), u"link-loop"_s);
    QVERIFY(!describeInEnglish(error).contains(u"()"_s));

    QVERIFY(writeFile(dir.filePath(u"a.txt"_s), story(1)));
    QVERIFY(writeFile(dir.filePath(u"b.txt"_s), story(2)));
    const Comparison c = compareFiles({ path, dir.filePath(u"a.txt"_s), dir.filePath(u"b.txt"_s) });
    QCOMPARE(c.versions.size(), 2);
    QCOMPARE(codes(c.errors), QStringList { u"link-loop"_s });
}

void TestInputFiles::oneFileTwiceIsReadOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(u"a.txt"_s), b = dir.filePath(u"b.txt"_s);
    QVERIFY(writeFile(a, story(1)));
    QVERIFY(writeFile(b, story(2)));
    const QString link = dir.filePath(u"link-to-a.txt"_s);
    QVERIFY(QFile::link(a, link));
    const QString hard = dir.filePath(u"hard-b.txt"_s);
    QCOMPARE(::link(QFile::encodeName(b).constData(), QFile::encodeName(hard).constData()), 0);
    // The same content in another file is another version: only the same file is one.
    const QString copy = dir.filePath(u"copy-of-a.txt"_s);
    QVERIFY(writeFile(copy, story(1)));

    const Comparison c = compareFiles({ a, a, link, b, hard, copy });
    QCOMPARE(c.versions.size(), 3);
    QCOMPARE(c.versions.at(0).path, a);
    QCOMPARE(c.versions.at(1).path, b);
    QCOMPARE(c.versions.at(2).path, copy);
    QCOMPARE(codes(c.errors), (QStringList { u"duplicate"_s, u"duplicate"_s, u"duplicate"_s }));
    QCOMPARE(c.errors.at(1).path, link);
    QCOMPARE(c.errors.at(1).detail, a);
    QCOMPARE(c.errors.at(2).path, hard);
    QCOMPARE(c.errors.at(2).detail, b);
    for (const LoadError &e : c.errors)
        QVERIFY2(!e.isFailure(), qPrintable(describeInEnglish(e)));
    QCOMPARE(describeInEnglish(c.errors.at(1)), u"the same file as %1, read once"_s.arg(a));

    // A folder holding a file and a link to it: one version.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(writeFile(folder.filePath(u"a.txt"_s), story(1)));
    QVERIFY(writeFile(folder.filePath(u"b.txt"_s), story(2)));
    QVERIFY(QFile::link(folder.filePath(u"a.txt"_s), folder.filePath(u"c-same-as-a.txt"_s)));
    const Comparison f = compareFiles({ folder.path() });
    QCOMPARE(f.versions.size(), 2);
    QCOMPARE(codes(f.errors), QStringList { u"duplicate"_s });
}

void TestInputFiles::bidiControlsInMetadataAreDropped()
{
    const QByteArray page = "<html><head><meta property=\"og:site_name\" content=\"Harbour \xE2\x80\xAE"
                            "News\"><title>Ferry \xE2\x81\xA7times\xE2\x81\xA9 | Harbour \xE2\x80\xAE"
                            "News</title>"
                            "<meta name=\"author\" content=\"Ann \xE2\x80\xAE"
                            "Lee\"></head><body><p>The ferry will run every twenty minutes from May, the "
                            "harbour authority said.</p></body></html>";
    LoadError error;
    const std::optional<Version> v = ArticleLoader::loadData(page, TextFormat::Html, u"page"_s, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    const auto clean = [](const QString &s) {
        for (QChar c : s)
            if ((c.unicode() >= 0x202A && c.unicode() <= 0x202E)
                || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069))
                return false;
        return true;
    };
    QCOMPARE(v->outlet, u"Harbour News"_s);
    QCOMPARE(v->name, u"Harbour News"_s);
    QVERIFY2(clean(v->title), qPrintable(v->title));
    for (const QString &author : v->authors)
        QVERIFY2(clean(author), qPrintable(author));

    // A name made from a file name cannot reverse the text either.
    const std::optional<Version> named = ArticleLoader::loadData(
        "The ferry will run every twenty minutes.", TextFormat::PlainText, u"evil\u202Etxt.exe"_s, &error);
    QVERIFY(named);
    QCOMPARE(named->name, u"evil\\u202Etxt.exe"_s);
}

void TestInputFiles::baseMustNameOneVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"wire.txt"_s), story(1)));
    QVERIFY(writeFile(dir.filePath(u"wire.md"_s), story(2)));
    QVERIFY(writeFile(dir.filePath(u"herald.txt"_s), story(3)));

    CompareOptions options;
    options.base = u"wire"_s;
    Comparison c = compareFiles({ dir.path() }, options);
    QCOMPARE(c.versions.size(), 3);
    QCOMPARE(codes(c.errors), QStringList { u"ambiguous-base"_s });
    QCOMPARE(c.errors.first().path, u"wire"_s);
    QVERIFY2(
        c.errors.first().detail.contains(u"wire.txt"_s) && c.errors.first().detail.contains(u"wire.md"_s),
        qPrintable(describeAll(c.errors)));

    options.base = u"wire.md"_s;
    c = compareFiles({ dir.path() }, options);
    QVERIFY2(c.errors.isEmpty(), qPrintable(describeAll(c.errors)));
    QVERIFY(c.versions.at(c.base).path.endsWith(u"wire.md"_s));

    options.base = u"herald"_s;
    c = compareFiles({ dir.path() }, options);
    QVERIFY2(c.errors.isEmpty(), qPrintable(describeAll(c.errors)));
    QVERIFY(c.versions.at(c.base).path.endsWith(u"herald.txt"_s));

    options.base = u"nothing like it"_s;
    c = compareFiles({ dir.path() }, options);
    QCOMPARE(codes(c.errors), QStringList { u"unknown-base"_s });
}

QTEST_GUILESS_MAIN(TestInputFiles)
#include "tst_inputfiles.moc"
