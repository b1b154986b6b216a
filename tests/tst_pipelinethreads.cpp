// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline loads files, classifies the versions' changes and extracts their quotations on several threads
// (issue 15): the report must be the same, byte for byte, with one thread and with several, and the changes
// must come in the order one loop over the rows gives (by row, then by version).
#include "compare/comparator.h"
#include "compare/pipelinestages_p.h"
#include "quotes/quotecomparer.h"
#include "report/jsonreport.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// A story of our own in many versions: each revision rewords, adds, drops and moves a few sentences of
// the one before, so that most versions have changes in many rows.
QStringList writeRevisions(const QString &folder, int versions)
{
    QStringList sentences;
    const QStringList subjects = { u"The harbour council"_s, u"Mayor Elena Brandt"_s, u"The ferry operator"_s,
        u"Residents"_s, u"The regional court"_s, u"Engineers from the port authority"_s };
    const QStringList verbs = { u"said"_s, u"announced"_s, u"warned"_s, u"confirmed"_s };
    const QStringList objects = { u"the new pier would open in %1 weeks"_s,
        u"%1 ferries had been cancelled since Monday"_s, u"repairs would cost about %1 million euros"_s,
        u"the vote on the budget was postponed by %1 days"_s,
        u"\u201cwe expect %1 more crossings a day\u201d"_s };
    for (int i = 0; i < 30; ++i)
        sentences.append(u"%1 %2 that %3."_s.arg(subjects.at(i % subjects.size()), verbs.at(i % verbs.size()),
            objects.at(i % objects.size()).arg(i + 3)));
    QStringList files;
    for (int v = 0; v < versions; ++v) {
        if (v > 0) {
            const int k = (v * 7) % sentences.size();
            sentences[k].replace(u"said"_s, u"stated"_s);
            sentences[(k + 11) % sentences.size()].replace(
                QString::number((k + 11) % sentences.size() + 3), QString::number(v * 10 + 1));
            if (v % 3 == 0)
                sentences.removeAt((k + 5) % sentences.size());
            if (v % 4 == 0)
                sentences.insert((k + 2) % sentences.size(),
                    u"Officials of the %1 district added that talks continue."_s.arg(v));
            if (v % 5 == 0)
                sentences.move(0, sentences.size() - 1);
        }
        const QString file = QDir(folder).filePath(u"version-%1.txt"_s.arg(v, 2, 10, QLatin1Char('0')));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (qsizetype s = 0; s < sentences.size(); s += 3)
            f.write(sentences.mid(s, 3).join(u' ').toUtf8() + "\n\n");
        files.append(file);
    }
    return files;
}

QByteArray reportWithThreads(const QStringList &paths, int threads, Comparison *out = nullptr)
{
    // The pipeline's inner work (loading, classifying, extracting quotations) runs on its own pool.
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    Internal::innerPool()->setMaxThreadCount(threads);
    Comparison c = compareFiles(paths);
    const QByteArray json = JsonReport::toJson(c);
    if (out)
        *out = std::move(c);
    return json;
}

} // namespace

class TestPipelineThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        QThreadPool::globalInstance()->setMaxThreadCount(QThread::idealThreadCount());
        Internal::innerPool()->setMaxThreadCount(QThread::idealThreadCount());
    }

    void sameReportWithOneThreadAndMany_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("window sample") << QStringLiteral(PARALLAX_TEST_DATA_DIR "/window");
        QTest::newRow("engine sample") << QStringLiteral(PARALLAX_TEST_DATA_DIR "/engine");
        QTest::newRow("multilingual sample") << QStringLiteral(PARALLAX_TEST_DATA_DIR "/multilingual/de");
        QTest::newRow("bundled sample") << QStringLiteral(PARALLAX_SAMPLE_DIR);
    }

    void sameReportWithOneThreadAndMany()
    {
        QFETCH(QString, folder);
        Comparison one;
        const QByteArray single = reportWithThreads({ folder }, 1, &one);
        QVERIFY(one.versions.size() >= 2);
        QCOMPARE(reportWithThreads({ folder }, 4), single);
        QCOMPARE(reportWithThreads({ folder }, 3), single);
    }

    void manyVersionsInRowOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList files = writeRevisions(dir.path(), 24);
        QCOMPARE(files.size(), 24);
        Comparison one, many;
        const QByteArray single = reportWithThreads({ dir.path() }, 1, &one);
        const QByteArray threaded = reportWithThreads({ dir.path() }, 4, &many);
        QCOMPARE(threaded, single);
        QCOMPARE(many.versions.size(), 24);
        // Changes from many versions, so that the groups of versions were merged back.
        QSet<int> versionsWithChanges;
        for (const Change &ch : std::as_const(many.changes))
            versionsWithChanges.insert(ch.version);
        QVERIFY2(versionsWithChanges.size() >= 12, qPrintable(QString::number(versionsWithChanges.size())));
        for (qsizetype i = 1; i < many.changes.size(); ++i) {
            const Change &a = many.changes.at(i - 1), &b = many.changes.at(i);
            QVERIFY2(a.row < b.row || (a.row == b.row && a.version <= b.version),
                qPrintable(u"change %1: row %2 version %3 after row %4 version %5"_s.arg(i)
                        .arg(b.row)
                        .arg(b.version)
                        .arg(a.row)
                        .arg(a.version)));
        }
    }

    // Every version its own group on four threads, as a large comparison has them: the same changes in
    // the same order as one loop gives.
    void groupsMergedInRowOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(writeRevisions(dir.path(), 16).size(), 16);
        Comparison c;
        reportWithThreads({ dir.path() }, 1, &c);
        QVERIFY(c.changes.size() > 20);
        QThreadPool::globalInstance()->setMaxThreadCount(4);
        const QList<Change> grouped = Internal::classifyChanges(c, 1);
        QCOMPARE(grouped.size(), c.changes.size());
        for (qsizetype i = 0; i < grouped.size(); ++i) {
            const Change &a = grouped.at(i), &b = c.changes.at(i);
            QCOMPARE(a.version, b.version);
            QCOMPARE(a.row, b.row);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.reason, b.reason);
            QCOMPARE(a.before, b.before);
            QCOMPARE(a.after, b.after);
            QCOMPARE(a.start, b.start);
            QCOMPARE(a.baseStart, b.baseStart);
        }
    }

    // A pair of sentences kept for later versions (pipelinestages.cpp) where the name rules read the
    // version's text: the same edit drops a name that one version still has elsewhere and another has
    // nowhere; each version's text decides, in one group of versions and in groups of one.
    void keptPairAskedOfEachText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString opening = u"Harbour officials met on Monday to discuss the ferry timetable."_s;
        const QString named = u"Mayor Elena Brandt said the new pier would open in June."_s;
        const QString unnamed = u"The mayor said the new pier would open in June."_s;
        const QString closing = u"The ferry operator welcomed the plan and promised more crossings."_s;
        const QString nameElsewhere = u"Elena Brandt was elected three years ago."_s;
        auto write = [&](const QString &name, const QStringList &sentences) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(sentences.join(u"\n\n"_s).toUtf8() + "\n");
        };
        write(u"a-base.txt"_s, { opening, named, closing });
        write(u"b-kept.txt"_s, { opening, unnamed, closing, nameElsewhere });
        write(u"c-dropped.txt"_s, { opening, unnamed, closing });
        CompareOptions options;
        options.base = u"a-base.txt"_s;
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        const Comparison c = compareFiles({ dir.path() }, options);
        QCOMPARE(c.versions.size(), 3);
        QCOMPARE(c.base, 0);
        // The reasons of the edited sentence's changes, per version.
        auto reasons = [&](const QList<Change> &changes, int version) {
            QList<ChangeReason> out;
            for (const Change &ch : changes)
                if (ch.version == version
                    && c.versions.at(version).sentences.at(ch.sentence).start
                        == c.versions.at(version).text.indexOf(unnamed))
                    out.append(ch.reason);
            return out;
        };
        QVERIFY(!reasons(c.changes, 1).isEmpty());
        QVERIFY2(!reasons(c.changes, 1).contains(ChangeReason::Name), "the name stands elsewhere in b");
        QVERIFY2(reasons(c.changes, 2).contains(ChangeReason::Name), "the name is gone from c");
        QThreadPool::globalInstance()->setMaxThreadCount(4);
        const QList<Change> grouped = Internal::classifyChanges(c, 1);
        QCOMPARE(reasons(grouped, 1), reasons(c.changes, 1));
        QCOMPARE(reasons(grouped, 2), reasons(c.changes, 2));
    }

    void quotationsSameOnThreadsAndInOneLoop()
    {
        // Each version's quotations are extracted on the pool's threads; the groups and their variants
        // must be those of one loop over the versions.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList files = writeRevisions(dir.path(), 14);
        QCOMPARE(files.size(), 14);
        Internal::innerPool()->setMaxThreadCount(4);
        const Comparison c = compareFiles({ dir.path() });
        QVERIFY(!c.quotes.isEmpty());
        Comparison oneLoop = c;
        oneLoop.quotes = QuoteComparer::compare(c);
        QCOMPARE(oneLoop.quotes.size(), c.quotes.size());
        QCOMPARE(JsonReport::toJson(c), JsonReport::toJson(oneLoop));
    }

    void wireCopiesSameWithOneThreadAndMany()
    {
        const QDir wire(QStringLiteral(PARALLAX_CORPUS_DIR) + u"/wire-copies"_s);
        if (!wire.exists())
            QSKIP("../shared/corpus/wire-copies is absent: the real-text check is skipped");
        int compared = 0;
        for (const QString &story : wire.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString folder = wire.filePath(story);
            if (QDir(folder).entryList({ u"*.txt"_s }, QDir::Files).size() < 6)
                continue;
            QCOMPARE(reportWithThreads({ folder }, 4), reportWithThreads({ folder }, 1));
            ++compared;
        }
        QVERIFY(compared > 0);
    }
};

QTEST_GUILESS_MAIN(TestPipelineThreads)
#include "tst_pipelinethreads.moc"
