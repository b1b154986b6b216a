// SPDX-License-Identifier: GPL-3.0-or-later
// SessionNotes, the window's notes without widgets: adding and editing mark the notes unsaved; while they
// are, the whole session is autosaved to the recovery file after the delay (and parses back with the
// notes); marking them saved removes the recovery file; new notes get the system user as author.
#include "comparisonfixture.h"
#include "sessionnotes.h"
#include "workspace/noteanchoring.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestSessionNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autosaveAndRecovery();
    void placingMarksMovedNotes();
};

void TestSessionNotes::autosaveAndRecovery()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString recovery = dir.filePath(u"state/recovery.parallax"_s);
    SessionNotes notes;
    notes.setRecoveryFile(recovery);
    notes.setAutosaveDelay(50);
    notes.setSnapshot([&notes] {
        SessionFile s;
        s.inputs = { u"/articles/a.txt"_s };
        s.notes = notes.notes();
        return s;
    });
    QSignalSpy modified(&notes, &SessionNotes::modifiedChanged);
    QVERIFY(!notes.isModified());
    const Comparison c = Fixture::councilStory();
    Note n = NoteAnchoring::onRow(c, 2, 1);
    n.text = u"reached the agreement?"_s;
    QCOMPARE(notes.add(n), 0);
    QVERIFY(notes.isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(notes.notes().first().author, SessionNotes::systemUser());
    QVERIFY(notes.notes().first().time.isValid());
    QVERIFY(!notes.notes().first().author.isEmpty());
    // Not at once: after the delay.
    QVERIFY(!QFile::exists(recovery));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 5000);
    QString error;
    auto saved = SessionFiles::load(recovery, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->notes.size(), 1);
    QCOMPARE(saved->notes.first().text, n.text);
    // An edit is written again.
    notes.edit(0, u"checked: fine"_s, { u"ok"_s }, u"lee"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        SessionFiles::load(recovery, &error)->notes.first().text == u"checked: fine"_s, 5000);
    QCOMPARE(notes.tags().first(), u"check"_s); // the standard tags first
    QVERIFY(notes.tags().contains(u"ok"_s));
    // Saved: the recovery file goes, and no autosave comes after.
    notes.setModified(false);
    QVERIFY(!QFile::exists(recovery));
    QTest::qWait(200);
    QVERIFY(!QFile::exists(recovery));
    // Removing is a change too.
    notes.remove(0);
    QVERIFY(notes.isModified());
    QVERIFY(notes.notes().isEmpty());
}

void TestSessionNotes::placingMarksMovedNotes()
{
    SessionNotes notes;
    notes.setRecoveryFile(QString());
    Comparison c = Fixture::councilStory();
    Note n = NoteAnchoring::onRow(c, 6, 0);
    notes.setNotes({ n });
    QVERIFY(!notes.isModified());
    // Same comparison: nothing moves, nothing to save.
    QCOMPARE(notes.place(c), 0);
    QVERIFY(!notes.isModified());
    // The sentence now stands elsewhere in its version: the note follows, and that is a change to save.
    c.versions[0] = Fixture::makeVersion(u"Wire"_s,
        { u"New first paragraph."_s, u"The city council approved the new budget on Tuesday."_s,
            u"Critics said the plan ignores housing."_s });
    c.versions[0].path = n.versionKey;
    c.rows = { Fixture::makeRow({ 0, -1, -1 }, { CellStatus::Same, CellStatus::Absent, CellStatus::Absent }),
        Fixture::makeRow({ 1, 0, 0 }, { CellStatus::Same, CellStatus::Same, CellStatus::Changed }),
        Fixture::makeRow({ 2, 5, 3 }, { CellStatus::Same, CellStatus::Same, CellStatus::Changed }) };
    QCOMPARE(notes.place(c), 1);
    QCOMPARE(notes.notes().first().row, 2);
    QVERIFY(notes.isModified());
    QCOMPARE(notes.orphanedCount(), 0);
}

QTEST_GUILESS_MAIN(TestSessionNotes)
#include "tst_sessionnotes.moc"
