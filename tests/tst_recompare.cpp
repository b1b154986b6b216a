// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing again after one file changed (compare/recompare.h, issue 15): the changes of the versions
// whose texts and pairs of sentences with the base are as before are kept from the earlier comparison,
// the others classified again, and the JSON report must be byte for byte the one a full comparison of the
// same files gives: on the bundled sample, on a generated series with the edit in the middle, at the end,
// in the base and as an added sentence that renumbers every later row, and on the wire copies of the
// corpus when it is there.
#include "compare/recompare.h"
#include "load/articleloader.h"
#include "report/jsonreport.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

std::optional<Version> load(const QString &file, LoadError *error)
{
    return ArticleLoader::loadFile(file, error);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A council story revised twelve times: each revision changes a figure, rewords a verb and now and then
// drops or adds a sentence, so that the versions pair their sentences with the base's differently.
QStringList writeSeries(const QString &folder, int versions)
{
    QStringList paragraphs;
    const QStringList people = { u"The council"_s, u"Mayor Ilse Varga"_s, u"The transport office"_s,
        u"Shop owners"_s, u"Auditors"_s };
    for (int i = 0; i < 24; ++i)
        paragraphs.append(u"%1 expects %2 new tram stops by %3. Work on line %4 starts in spring."_s
                .arg(people.at(i % people.size()))
                .arg(i + 2)
                .arg(2030 + i % 5)
                .arg(i + 1));
    QStringList files;
    for (int v = 0; v < versions; ++v) {
        if (v > 0) {
            const int k = (v * 5) % paragraphs.size();
            paragraphs[k].replace(u"expects"_s, v % 2 ? u"hopes for"_s : u"promises"_s);
            paragraphs[(k + 7) % paragraphs.size()].replace(u"spring"_s, u"the autumn of year %1"_s.arg(v));
            if (v % 4 == 0)
                paragraphs.removeAt((k + 3) % paragraphs.size());
            if (v % 3 == 0)
                paragraphs.insert(k, u"Critics in ward %1 called the plan too costly."_s.arg(v));
        }
        const QString file = QDir(folder).filePath(u"rev-%1.txt"_s.arg(v, 2, 10, QLatin1Char('0')));
        if (!writeFile(file, paragraphs.join(u"\n\n"_s).toUtf8()))
            return {};
        files.append(file);
    }
    return files;
}

} // namespace

class TestRecompare : public QObject
{
    Q_OBJECT

    // Compares `paths`, lets `edit` change the files, and compares again both ways.
    void checkEdit(const QStringList &paths, const std::function<void()> &edit, int wantKeptAtLeast,
        int wantKeptAtMost, RecompareStats *statsOut = nullptr)
    {
        const Comparison before = compareFiles(paths);
        QVERIFY(before.versions.size() >= 2);
        edit();
        const Comparison full = compareFiles(paths);
        RecompareStats stats;
        const Comparison again = recompareFiles(before, paths, {}, {}, load, &stats);
        QCOMPARE(stats.kept + stats.classified, int(full.versions.size()) - 1);
        QVERIFY2(stats.kept >= wantKeptAtLeast && stats.kept <= wantKeptAtMost,
            qPrintable(u"kept %1, classified %2"_s.arg(stats.kept).arg(stats.classified)));
        QCOMPARE(again.changes.size(), full.changes.size());
        const QByteArray fullJson = JsonReport::toJson(full);
        const QByteArray againJson = JsonReport::toJson(again);
        QVERIFY(fullJson != JsonReport::toJson(before));
        QCOMPARE(againJson, fullJson);
        if (statsOut)
            *statsOut = stats;
    }

private Q_SLOTS:
    void sampleLastVersionEdited()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList paths;
        for (const QString &name :
            QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).entryList(QDir::Files, QDir::Name)) {
            QVERIFY(
                QFile::copy(QDir(QStringLiteral(PARALLAX_SAMPLE_DIR)).filePath(name), dir.filePath(name)));
            paths.append(dir.filePath(name));
        }
        QCOMPARE(paths.size(), 4);
        const Comparison first = compareFiles(paths);
        // A version that is not the base gets a new sentence at its end.
        const int edited = first.base == int(paths.size()) - 1 ? 0 : int(paths.size()) - 1;
        QVERIFY(paths.at(edited).endsWith(u".txt"_s));
        checkEdit(
            paths,
            [&] {
                QVERIFY(writeFile(paths.at(edited),
                    readFile(paths.at(edited)) + "\n\nA spokesperson declined to comment on the figures.\n"));
            },
            1, 2);
    }

    void seriesEdits_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("base");
        // A word, in the middle of the series and at its end; a sentence added near the start, which
        // renumbers the rows below it for every version; the base's own text.
        QTest::newRow("middle, a word") << 4 << u"tram stops"_s << u"bus stops"_s << false;
        QTest::newRow("last, a word") << 11 << u"Work on line"_s << u"Building line"_s << false;
        QTest::newRow("added sentence")
            << 5 << u"expects 4 new"_s << u"expects 4 new tram stops, its report says. It expects 4 new"_s
            << false;
        QTest::newRow("the base") << -1 << u"Work on line 9"_s << u"Digging on line 9"_s << true;
    }

    void seriesEdits()
    {
        QFETCH(int, version);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, base);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList paths = writeSeries(dir.path(), 12);
        QCOMPARE(paths.size(), 12);
        const Comparison first = compareFiles(paths);
        QVERIFY(!first.changes.isEmpty());
        const int edited = base ? first.base : version;
        QVERIFY(edited != first.base || base);
        const QString path = paths.at(edited);
        const auto edit = [&] {
            const QString text = QString::fromUtf8(readFile(path));
            QVERIFY2(text.contains(from), qPrintable(from));
            QVERIFY(writeFile(path, QString(text).replace(from, to).toUtf8()));
        };
        if (base) {
            // A new base text: every version is classified again.
            checkEdit(paths, edit, 0, 0);
            return;
        }
        // The edited version is classified again; most others keep their changes.
        RecompareStats stats;
        checkEdit(paths, edit, 6, 10, &stats);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(stats.classified >= 1);
    }

    // Real text: each wire story of six versions or more, its last file edited (a sentence added).
    void wireCopies()
    {
        const QDir wire(QStringLiteral(PARALLAX_CORPUS_DIR "/wire-copies"));
        if (!wire.exists())
            QSKIP("../shared/corpus/wire-copies is absent: the real-text check is skipped");
        int checked = 0;
        int kept = 0;
        for (const QString &story : wire.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QStringList names = QDir(wire.filePath(story)).entryList(QDir::Files, QDir::Name);
            if (names.size() < 6)
                continue;
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            QStringList paths;
            for (const QString &name : names) {
                QVERIFY(QFile::copy(QDir(wire.filePath(story)).filePath(name), dir.filePath(name)));
                paths.append(dir.filePath(name));
            }
            const Comparison first = compareFiles(paths);
            if (first.versions.size() != paths.size())
                continue;
            const int edited = first.base == int(paths.size()) - 1 ? 0 : int(paths.size()) - 1;
            if (!paths.at(edited).endsWith(u".txt"_s))
                continue;
            RecompareStats stats;
            checkEdit(
                paths,
                [&] {
                    QVERIFY(writeFile(paths.at(edited),
                        readFile(paths.at(edited))
                            + "\n\nThe agency could not confirm the figures on Sunday.\n"));
                },
                0, int(paths.size()) - 2, &stats);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(story));
            ++checked;
            kept += stats.kept;
        }
        QVERIFY(checked >= 3);
        QVERIFY2(kept > 0, "no story kept any version's changes");
    }
};

QTEST_GUILESS_MAIN(TestRecompare)
#include "tst_recompare.moc"
