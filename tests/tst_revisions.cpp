// SPDX-License-Identifier: GPL-3.0-or-later
// Revisions over time: versions ordered by their dates, each version against its predecessor, and the
// editors' notices (corrections, updates) that tell announced corrections from stealth edits. The story
// and its revisions are written for this test.
#include "compare/againstprevious.h"
#include "compare/comparator.h"
#include "load/versiondate.h"
#include "text/corrections.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Three revisions of one invented story. The file names sort against time: the name order is alpha,
// mid, zeta; the time order zeta, mid, alpha.
const QString firstText = u"Council approves new footbridge.\n\nThe city council voted on Monday to build a "
                          "footbridge across the Orrin river. The bridge will cost 4 million euros. "
                          "Construction starts in May. Residents of the east bank welcomed the decision.\n"_s;
// Changes the cost without a word to the reader and adds a sentence: a stealth edit.
const QString secondText = u"Council approves new footbridge.\n\nThe city council voted on Monday to build a "
                           "footbridge across the Orrin river. The bridge will cost 5 million euros. "
                           "Construction starts in May. Residents of the east bank welcomed the decision. "
                           "The mayor called the vote historic.\n"_s;
// Corrects the start and says so.
const QString thirdText = u"Council approves new footbridge.\n\nThe city council voted on Monday to build a "
                          "footbridge across the Orrin river. The bridge will cost 5 million euros. "
                          "Construction starts in June. Residents of the east bank welcomed the decision. "
                          "The mayor called the vote historic.\n\nCorrection: An earlier version of this "
                          "article gave the wrong month for the start of construction.\n"_s;

bool write(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

Version dated(const QString &name, const QString &date)
{
    Version v;
    v.name = name;
    v.date = date;
    return v;
}

int versionNamed(const Comparison &c, const QString &prefix)
{
    for (int v = 0; v < c.versions.size(); ++v)
        if (c.versions.at(v).name.startsWith(prefix))
            return v;
    return -1;
}

} // namespace

class TestRevisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void momentsOfDates()
    {
        QCOMPARE(VersionDate::moment(dated(u"a"_s, u"2024-03-02"_s)),
            QDateTime(QDate(2024, 3, 2), QTime(0, 0), QTimeZone::UTC));
        QCOMPARE(VersionDate::moment(dated(u"a"_s, u"2024-03-02T10:15:00Z"_s)),
            QDateTime(QDate(2024, 3, 2), QTime(10, 15), QTimeZone::UTC));
        // An offset is kept: 12:15 at +02:00 is 10:15 UTC.
        QCOMPARE(VersionDate::moment(dated(u"a"_s, u"2024-03-02T12:15:00+02:00"_s)).toUTC(),
            QDateTime(QDate(2024, 3, 2), QTime(10, 15), QTimeZone::UTC));
        QCOMPARE(VersionDate::moment(dated(u"a"_s, u"Sat, 02 Mar 2024 10:15:00 +0000"_s)).toUTC(),
            QDateTime(QDate(2024, 3, 2), QTime(10, 15), QTimeZone::UTC));
        QVERIFY(!VersionDate::moment(dated(u"a"_s, u"last spring"_s)).isValid());
        QVERIFY(!VersionDate::moment(dated(u"a"_s, QString())).isValid());
    }

    void timeOrder()
    {
        const QList<Version> versions { dated(u"undated"_s, QString()), dated(u"late"_s, u"2024-03-03"_s),
            dated(u"early"_s, u"2024-03-01T08:00:00Z"_s), dated(u"garbled"_s, u"soon"_s),
            dated(u"same day, later"_s, u"2024-03-01T09:30:00Z"_s) };
        // Earliest first; the undated keep their order at the end.
        QCOMPARE(VersionDate::timeOrder(versions), (QList<int> { 2, 4, 1, 0, 3 }));
        // Equal moments keep the given order.
        const QList<Version> ties { dated(u"b"_s, u"2024-01-01"_s), dated(u"a"_s, u"2024-01-01"_s) };
        QCOMPARE(VersionDate::timeOrder(ties), (QList<int> { 0, 1 }));
    }

    void notices_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("notice");
        QTest::newRow("en label") << u"Correction: The minister's name was misspelled."_s << u"correction"_s;
        QTest::newRow("en label caps")
            << u"CORRECTION \u2014 A photo caption misidentified the pier."_s << u"correction"_s;
        QTest::newRow("en earlier version")
            << u"An earlier version of this story misstated the number of victims."_s << u"correction"_s;
        QTest::newRow("en corrected")
            << u"This article has been corrected to fix a date."_s << u"correction"_s;
        QTest::newRow("en update") << u"Update: Police have since named the suspect."_s << u"update"_s;
        QTest::newRow("en updated") << u"This story has been updated with comment from the club."_s
                                    << u"update"_s;
        QTest::newRow("en editors note")
            << u"Editor\u2019s note: The author is a former adviser."_s << u"editors-note"_s;
        QTest::newRow("de label") << u"Korrektur: Der Bürgermeister heißt nicht Meier."_s << u"correction"_s;
        QTest::newRow("de frühere Version")
            << u"In einer früheren Version dieses Artikels stand ein falsches Datum."_s << u"correction"_s;
        QTest::newRow("de aktualisiert") << u"Dieser Artikel wurde aktualisiert."_s << u"update"_s;
        QTest::newRow("de Redaktion")
            << u"Anmerkung der Redaktion: Der Autor ist Mitglied der Partei."_s << u"editors-note"_s;
        QTest::newRow("fr label") << u"Rectificatif\u202f: le maire s'appelle Dupont."_s << u"correction"_s;
        QTest::newRow("fr version précédente")
            << u"Une version précédente de cet article indiquait un mauvais chiffre."_s << u"correction"_s;
        QTest::newRow("fr mise à jour")
            << u"Mise à jour : la police a publié un communiqué."_s << u"update"_s;
        QTest::newRow("fr rédaction")
            << u"Note de la rédaction : cet entretien a été relu."_s << u"editors-note"_s;
        // Mentions are no notices.
        QTest::newRow("mention") << u"The minister demanded a correction from the newspaper."_s << QString();
        QTest::newRow("mention update") << u"The software update was released on Monday."_s << QString();
        QTest::newRow("de mention") << u"Die Partei forderte eine Korrektur des Haushalts."_s << QString();
        QTest::newRow("fr mention") << u"Le gouvernement prépare une mise à jour du plan."_s << QString();
        QTest::newRow("plain") << u"The bridge will cost 4 million euros."_s << QString();
    }

    void notices()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, notice);
        QCOMPARE(Corrections::toString(Corrections::noticeOf(sentence)), notice);
    }

    void orderAndAgainstPrevious()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"zeta_2024-03-01.txt"_s), firstText));
        QVERIFY(write(dir.filePath(u"mid_2024-03-02.txt"_s), secondText));
        QVERIFY(write(dir.filePath(u"alpha_2024-03-03.txt"_s), thirdText));

        const Comparison byName = compareFiles({ dir.path() });
        QCOMPARE(byName.versions.size(), 3);
        QVERIFY(byName.versions.at(0).name.startsWith(u"alpha"_s));
        QVERIFY(byName.steps.isEmpty()); // not asked for

        CompareOptions options;
        options.order = CompareOptions::Order::Time;
        options.againstPrevious = true;
        const Comparison c = compareFiles({ dir.path() }, options);
        QCOMPARE(c.versions.size(), 3);
        QVERIFY(c.versions.at(0).name.startsWith(u"zeta"_s));
        QVERIFY(c.versions.at(1).name.startsWith(u"mid"_s));
        QVERIFY(c.versions.at(2).name.startsWith(u"alpha"_s));

        QCOMPARE(c.steps.size(), 3);
        QCOMPARE(c.steps.at(0).version, 0);
        QCOMPARE(c.steps.at(0).previous, -1);
        const VersionStep &second = c.steps.at(1);
        QCOMPARE(second.version, 1);
        QCOMPARE(second.previous, 0);
        QCOMPARE(second.added, 1); // the mayor's sentence
        QCOMPARE(second.removed, 0);
        QCOMPARE(second.changed, 1); // the cost
        const auto number = std::find_if(second.changes.cbegin(), second.changes.cend(),
            [](const Change &ch) { return ch.reason == ChangeReason::Number; });
        QVERIFY(number != second.changes.cend());
        QCOMPARE(number->before, u"4"_s);
        QCOMPARE(number->after, u"5"_s);
        // The change points into the predecessor's text and stands in the comparison's row of its sentence.
        QCOMPARE(c.versions.at(0).text.mid(number->baseStart, number->baseEnd - number->baseStart), u"4"_s);
        QCOMPARE(c.rows.at(number->row).cells.at(1), number->sentence);
        QVERIFY(AgainstPrevious::newNotices(c, second).isEmpty());
        QVERIFY(AgainstPrevious::isStealthEdit(c, second));

        const VersionStep &third = c.steps.at(2);
        QCOMPARE(third.previous, 1);
        QCOMPARE(third.added, 1); // the correction
        QCOMPARE(third.changed, 1); // the month
        // Against the base (the earliest or the most central) the cost change would show in the third
        // version too; against its predecessor only the month changed.
        QVERIFY(std::none_of(third.changes.cbegin(), third.changes.cend(),
            [](const Change &ch) { return ch.reason == ChangeReason::Number; }));
        const QList<AgainstPrevious::NoticeSentence> announced = AgainstPrevious::newNotices(c, third);
        QCOMPARE(announced.size(), 1);
        QVERIFY(announced.first().notice == Corrections::Notice::Correction);
        QVERIFY(c.versions.at(2).sentenceText(announced.first().sentence).startsWith(u"Correction:"_s));
        QVERIFY(!AgainstPrevious::isStealthEdit(c, third));

        // Ordered by name, the steps still follow time.
        options.order = CompareOptions::Order::Name;
        const Comparison named = compareFiles({ dir.path() }, options);
        QCOMPARE(named.steps.size(), 3);
        QCOMPARE(named.steps.at(1).version, versionNamed(named, u"mid"_s));
        QCOMPARE(named.steps.at(1).previous, versionNamed(named, u"zeta"_s));
        QCOMPARE(named.steps.at(2).previous, versionNamed(named, u"mid"_s));
    }

    void viewAgainstPrevious()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(u"one_2024-03-01.txt"_s), firstText));
        QVERIFY(write(dir.filePath(u"two_2024-03-02.txt"_s), secondText));
        QVERIFY(write(dir.filePath(u"three_2024-03-03.txt"_s), thirdText));
        CompareOptions options;
        options.order = CompareOptions::Order::Time;
        options.againstPrevious = true;
        // Against the latest version as the base, the earliest shows the mayor's sentence as absent.
        options.base = u"three_2024-03-03.txt"_s;
        const Comparison c = compareFiles({ dir.path() }, options);
        QCOMPARE(c.base, 2);
        const Comparison view = AgainstPrevious::view(c);
        QCOMPARE(view.base, 0);
        int mayorRow = -1;
        for (int r = 0; r < c.rows.size(); ++r) {
            const int s = c.rows.at(r).cells.at(1);
            if (s >= 0 && c.versions.at(1).sentenceText(s).startsWith(u"The mayor"_s))
                mayorRow = r;
        }
        QVERIFY(mayorRow >= 0);
        QCOMPARE(c.rows.at(mayorRow).status.at(1), CellStatus::Same); // against the base
        QCOMPARE(view.rows.at(mayorRow).status.at(1), CellStatus::Added); // against its predecessor
        QCOMPARE(view.rows.at(mayorRow).status.at(2), CellStatus::Same);
        QCOMPARE(view.rows.at(mayorRow).status.at(0), CellStatus::Absent);
        // Every change of the view is a step's, in row order.
        int total = 0;
        for (const VersionStep &s : c.steps)
            total += int(s.changes.size());
        QCOMPARE(view.changes.size(), total);
        for (qsizetype i = 1; i < view.changes.size(); ++i)
            QVERIFY(view.changes.at(i - 1).row <= view.changes.at(i).row);
    }
};

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
