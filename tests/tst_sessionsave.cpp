// SPDX-License-Identifier: GPL-3.0-or-later
// Safe saving (issue 16): a helper saves a session in a loop and is killed with SIGKILL at a random moment,
// 100 times. After each kill the session file must parse and hold one whole generation of notes (the
// number of notes and every note's generation agree), never older than the one seen before: the old
// session or the new one, never a mix or a torn file. Temporary files a kill leaves behind show that kills
// did land in the middle of writing: the helper says "saving N" before each save and "saved N" after it,
// so a kill whose last line is "saving" came during a save. (QSaveFile writes to an unnamed temporary file
// where the system has them, so no leftover file shows it.)
#include "workspace/sessionfile.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestSessionSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringSave();
};

void TestSessionSave::killDuringSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"notes.parallax"_s);
    const QString helper = QStringLiteral(SESSION_SAVE_HELPER);
    QCOMPARE(QProcess::execute(helper, { path, u"once"_s }), 0);
    QRandomGenerator random(20261201);
    int lastGeneration = 0;
    int valid = 0, midWrite = 0, advanced = 0;
    constexpr int Kills = 100;
    for (int round = 0; round < Kills; ++round) {
        QProcess process;
        process.start(helper, { path });
        QVERIFY(process.waitForStarted());
        // The random moment is counted from the first save, not from the start: start-up takes a few
        // milliseconds in an optimised build but hundreds under AddressSanitizer on a busy machine, where a
        // delay from the start killed every helper before it had saved anything. The saves follow each
        // other after the first. Its line stays in the buffer for the check below.
        QVERIFY2(process.waitForReadyRead(60000), "the helper did not start saving");
        QThread::usleep(random.bounded(0, 100000));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QString error;
        const auto session = SessionFiles::load(path, &error);
        QVERIFY2(session, qPrintable(u"round %1: %2"_s.arg(round).arg(error)));
        QVERIFY(!session->notes.isEmpty());
        const int generation = session->notes.first().text.section(u' ', 1, 1).toInt();
        QCOMPARE(session->notes.size(), generation % 7 + 1);
        for (const Note &n : session->notes)
            QVERIFY2(n.text.startsWith(u"generation %1 "_s.arg(generation)), qPrintable(n.text));
        QVERIFY2(generation >= lastGeneration, qPrintable(u"round %1 went back"_s.arg(round)));
        if (generation > lastGeneration)
            ++advanced;
        lastGeneration = generation;
        ++valid;
        const QList<QByteArray> said = process.readAllStandardOutput().trimmed().split('\n');
        if (said.last().startsWith("saving"))
            ++midWrite;
        // A named temporary file left by a kill (where unnamed ones are unavailable) is cleaned up.
        const QStringList left
            = QDir(dir.path()).entryList({ u"notes.parallax.*"_s }, QDir::Files | QDir::Hidden);
        for (const QString &f : left)
            QFile::remove(dir.filePath(f));
    }
    qInfo("%d of %d kills left a valid session; %d landed during a write; %d rounds found a newer session "
          "than the round before; "
          "last generation %d",
        valid, Kills, midWrite, advanced, lastGeneration);
    QCOMPARE(valid, Kills);
    // The kills must have tested something: some during writes, some after completed saves.
    QVERIFY(midWrite > 0);
    QVERIFY(advanced > 0);
}

QTEST_GUILESS_MAIN(TestSessionSave)
#include "tst_sessionsave.moc"
