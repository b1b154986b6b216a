// SPDX-License-Identifier: GPL-3.0-or-later
// Revisions over time: versions ordered by their dates, each version against its predecessor, and the
// editors' notices (corrections, updates) that tell announced corrections from stealth edits. The story
// and its revisions are written for this test.
#include "compare/againstprevious.h"
#include "compare/comparator.h"
#include "load/versiondate.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "revisionfixtures.h"
#include "text/corrections.h"
#include "workspace/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The revisions are RevisionFixtures::footbridgeRevisions(). The file names the tests give them sort
// against time: the name order is alpha, mid, zeta; the time order zeta, mid, alpha.
using RevisionFixtures::write;
using RevisionFixtures::writeSeries;

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
        // Time stamps are no notices: pages rewrite them on every save.
        const QString stamp = u"update-stamp"_s;
        QTest::newRow("en stamp") << u"Updated 14:02 GMT"_s << stamp;
        QTest::newRow("en stamp colon") << u"Updated: 14 October 2026, 07:10"_s << stamp;
        QTest::newRow("en stamp outlet") << u"Updated 14 October 2026 11:20 | Sallowmere Herald"_s << stamp;
        QTest::newRow("en stamp relative") << u"Last updated 2 hours ago"_s << stamp;
        QTest::newRow("en stamp us") << u"UPDATED Oct. 14, 2026 at 7:10 a.m. ET"_s << stamp;
        QTest::newRow("en published updated")
            << u"Published 13 October 2026, 20:15; updated 14 October 2026, 07:10"_s << stamp;
        QTest::newRow("de stamp") << u"Aktualisiert am 14.10.2026, 11:20 Uhr"_s << stamp;
        QTest::newRow("de stamp zuletzt") << u"Zuletzt aktualisiert: 14. Oktober 2026"_s << stamp;
        QTest::newRow("de stand") << u"Stand: 14.10.2026, 11:20 Uhr"_s << stamp;
        QTest::newRow("fr stamp") << u"Mis à jour le 14 octobre 2026 à 11h20"_s << stamp;
        QTest::newRow("fr publié") << u"Publié le 13 octobre 2026 à 20h15, mis à jour le 14 octobre à 07h10"_s
                                   << stamp;
        QTest::newRow("fr stamp label") << u"Mise à jour\u202f: 14/10/2026 11:20"_s << stamp;
        // Words after the time say what was updated: an announced update.
        QTest::newRow("en stamp with reason")
            << u"Updated at 14:02 GMT with comment from the mayor."_s << u"update"_s;
        QTest::newRow("de stamp with reason")
            << u"Aktualisiert um 11:20 Uhr: Die Polizei hat den Fahrer gefunden."_s << u"update"_s;
        QTest::newRow("fr stamp with reason")
            << u"Mis à jour le 14 octobre avec la réaction du maire."_s << u"update"_s;
        QTest::newRow("de aktualisiert label")
            << u"Aktualisiert: Die Polizei hat den Verdächtigen genannt."_s << u"update"_s;
        // A stamp word in a story sentence is none.
        QTest::newRow("stand noun") << u"Stand der Ermittlungen ist unklar."_s << QString();
        QTest::newRow("published story") << u"Published figures show 300 passengers a day."_s << QString();
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
        QVERIFY(writeSeries(
            dir, { u"zeta_2024-03-01.txt"_s, u"mid_2024-03-02.txt"_s, u"alpha_2024-03-03.txt"_s }));

        const Comparison byName = compareFiles({ dir.path() });
        QCOMPARE(byName.versions.size(), 3);
        QVERIFY(byName.versions.at(0).name.startsWith(u"alpha"_s));
        QVERIFY(byName.steps.isEmpty()); // not asked for

        const Comparison c = RevisionFixtures::compareInTime(dir.path());
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
        CompareOptions options;
        options.againstPrevious = true;
        const Comparison named = compareFiles({ dir.path() }, options);
        QCOMPARE(named.steps.size(), 3);
        QCOMPARE(named.steps.at(1).version, versionNamed(named, u"mid"_s));
        QCOMPARE(named.steps.at(1).previous, versionNamed(named, u"zeta"_s));
        QCOMPARE(named.steps.at(2).previous, versionNamed(named, u"mid"_s));
    }

    void stampsAreNoNotices_data()
    {
        QTest::addColumn<QString>("story");
        QTest::addColumn<QString>("firstStamp");
        QTest::addColumn<QString>("secondStamp");
        QTest::addColumn<QString>("notice"); // a notice the second revision adds; empty for none
        const QString en = u"Ferry service suspended.\n\nThe ferry to Marram Island stopped on Tuesday. "
                           "About %1 passengers were stranded.\n"_s;
        const QString de = u"Fähre eingestellt.\n\nDie Fähre nach Marram fuhr am Dienstag nicht. Etwa %1 "
                           "Reisende saßen fest.\n"_s;
        const QString fr = u"Le bac est suspendu.\n\nLe bac pour Marram ne circulait plus mardi. Environ %1 "
                           "passagers étaient bloqués.\n"_s;
        QTest::newRow("en") << en << u"Updated 08:00 GMT"_s << u"Updated 11:30 GMT"_s << QString();
        QTest::newRow("de") << de << u"Aktualisiert am 10.03.2026, 08:00 Uhr"_s
                            << u"Aktualisiert am 10.03.2026, 11:30 Uhr"_s << QString();
        QTest::newRow("fr") << fr << u"Mis à jour le 10 mars 2026 à 08h00"_s
                            << u"Mis à jour le 10 mars 2026 à 11h30"_s << QString();
        // A stamp that says what was updated announces it.
        QTest::newRow("en announced")
            << en << u"Updated 08:00 GMT"_s << u"Updated at 11:30 GMT with the number of passengers."_s
            << u"update"_s;
        QTest::newRow("de announced")
            << de << u"Aktualisiert am 10.03.2026, 08:00 Uhr"_s
            << u"Aktualisiert um 11:30 Uhr: neue Zahl der Reisenden."_s << u"update"_s;
        QTest::newRow("fr announced")
            << fr << u"Mis à jour le 10 mars 2026 à 08h00"_s
            << u"Mis à jour le 10 mars à 11h30 avec le nombre de passagers."_s << u"update"_s;
    }

    // A revision that changes a number and only puts a new time on the page is a stealth edit in every
    // language; the new stamp is listed apart from the notices.
    void stampsAreNoNotices()
    {
        QFETCH(QString, story);
        QFETCH(QString, firstStamp);
        QFETCH(QString, secondStamp);
        QFETCH(QString, notice);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(
            dir.filePath(u"story-20260310080000.txt"_s), story.arg(300) + u"\n"_s + firstStamp + u"\n"_s));
        QVERIFY(write(
            dir.filePath(u"story-20260310113000.txt"_s), story.arg(450) + u"\n"_s + secondStamp + u"\n"_s));
        const Comparison c = RevisionFixtures::compareInTime(dir.path());
        QCOMPARE(c.steps.size(), 2);
        const VersionStep &second = c.steps.at(1);
        QVERIFY(std::any_of(second.changes.cbegin(), second.changes.cend(),
            [](const Change &ch) { return ch.before == u"300"_s && ch.after == u"450"_s; }));
        const QList<AgainstPrevious::NoticeSentence> notices = AgainstPrevious::newNotices(c, second);
        const QList<AgainstPrevious::NoticeSentence> stamps = AgainstPrevious::newStamps(c, second);
        if (notice.isEmpty()) {
            QVERIFY(notices.isEmpty());
            QCOMPARE(stamps.size(), 1);
            QCOMPARE(c.versions.at(1).sentenceText(stamps.first().sentence).trimmed(), secondStamp);
            QVERIFY(AgainstPrevious::isStealthEdit(c, second));
        } else {
            QCOMPARE(notices.size(), 1);
            QCOMPARE(Corrections::toString(notices.first().notice), notice);
            QVERIFY(stamps.isEmpty());
            QVERIFY(!AgainstPrevious::isStealthEdit(c, second));
        }
        // The JSON lists the stamps apart from the notices.
        const QJsonObject root = QJsonDocument::fromJson(JsonReport::toJson(c)).object();
        const QJsonObject step = root.value(u"againstPrevious"_s).toArray().at(1).toObject();
        QCOMPARE(step.value(u"updateStamps"_s).toArray().size(), notice.isEmpty() ? 1 : 0);
        QCOMPARE(step.value(u"stealthEdit"_s).toBool(), notice.isEmpty());
        for (const QJsonValue &n : root.value(u"notices"_s).toArray())
            QVERIFY(n.toObject().value(u"kind"_s).toString() != u"update-stamp"_s);
        QCOMPARE(root.value(u"updateStamps"_s).toArray().size(), notice.isEmpty() ? 2 : 1);
    }

    void viewAgainstPrevious()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeSeries(
            dir, { u"one_2024-03-01.txt"_s, u"two_2024-03-02.txt"_s, u"three_2024-03-03.txt"_s }));
        // Against the latest version as the base, the earliest shows the mayor's sentence as absent.
        CompareOptions options;
        options.base = u"three_2024-03-03.txt"_s;
        const Comparison c = RevisionFixtures::compareInTime(dir.path(), options);
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

    void reports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeSeries(
            dir, { u"zeta_2024-03-01.txt"_s, u"mid_2024-03-02.txt"_s, u"alpha_2024-03-03.txt"_s }));
        CompareOptions options;
        options.againstPrevious = true;
        const Comparison c = compareFiles({ dir.path() }, options);
        const int mid = versionNamed(c, u"mid"_s);
        const int zeta = versionNamed(c, u"zeta"_s);
        const int alpha = versionNamed(c, u"alpha"_s);

        const QJsonObject root = QJsonDocument::fromJson(JsonReport::toJson(c)).object();
        const QJsonArray steps = root.value(u"againstPrevious"_s).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).toObject().value(u"version"_s).toInt(), zeta);
        QVERIFY(steps.at(0).toObject().value(u"previous"_s).isNull());
        const QJsonObject second = steps.at(1).toObject();
        QCOMPARE(second.value(u"version"_s).toInt(), mid);
        QCOMPARE(second.value(u"previous"_s).toInt(), zeta);
        QCOMPARE(second.value(u"previousName"_s).toString(), c.versions.at(zeta).name);
        QCOMPARE(second.value(u"stealthEdit"_s).toBool(), true);
        QCOMPARE(second.value(u"added"_s).toInt(), 1);
        bool cost = false;
        for (const QJsonValue &ch : second.value(u"changes"_s).toArray())
            cost = cost
                || (ch.toObject().value(u"reason"_s).toString() == u"number"_s
                    && ch.toObject().value(u"before"_s).toString() == u"4"_s);
        QVERIFY(cost);
        const QJsonObject third = steps.at(2).toObject();
        QCOMPARE(third.value(u"stealthEdit"_s).toBool(), false);
        QCOMPARE(third.value(u"notices"_s).toArray().size(), 1);
        QCOMPARE(third.value(u"notices"_s).toArray().at(0).toObject().value(u"kind"_s).toString(),
            u"correction"_s);
        const QJsonArray notices = root.value(u"notices"_s).toArray();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.at(0).toObject().value(u"version"_s).toInt(), alpha);

        // Without steps and notices, neither key.
        const Comparison plain
            = compareFiles({ dir.filePath(u"zeta_2024-03-01.txt"_s), dir.filePath(u"mid_2024-03-02.txt"_s) });
        const QJsonObject plainRoot = QJsonDocument::fromJson(JsonReport::toJson(plain)).object();
        QVERIFY(!plainRoot.contains(u"againstPrevious"_s));
        QVERIFY(!plainRoot.contains(u"notices"_s));

        // The HTML summary: the revisions table, the stealth edit, and where the dates come from.
        const QString html = QString::fromUtf8(HtmlReport::toHtml(c, {}));
        QVERIFY(html.contains(u"Revisions over time"_s));
        QVERIFY(html.contains(u"stealth edit"_s));
        QVERIFY(html.contains(u"(from the file name)"_s));
        QVERIFY(!QString::fromUtf8(HtmlReport::toHtml(plain, {})).contains(u"Revisions over time"_s));
    }

    void fileDateIsSaid()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeSeries(
            dir, { u"first.txt"_s, u"second.txt"_s }, RevisionFixtures::footbridgeRevisions().mid(0, 2)));
        const Comparison c = compareFiles({ dir.path() });
        QCOMPARE(c.versions.at(0).dateSource, u"file-date"_s);
        QVERIFY(QString::fromUtf8(HtmlReport::toHtml(c, {})).contains(u"(file date)"_s));
    }

    void sessionKeepsTheOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.parallax"_s);
        SessionFile s;
        s.inputs = { dir.filePath(u"articles"_s) };
        s.order = u"time"_s;
        const QByteArray json = SessionFiles::toJson(s, path);
        QVERIFY(json.contains("\"order\": \"time\""));
        QString error;
        const auto back = SessionFiles::fromJson(json, path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->order, u"time"_s);
        // The default is not written, and an order this version does not know reads as the default.
        s.order.clear();
        QVERIFY(!SessionFiles::toJson(s, path).contains("\"order\""));
        QJsonObject root = QJsonDocument::fromJson(json).object();
        root.insert(u"order"_s, u"importance"_s);
        const auto unknown = SessionFiles::fromJson(QJsonDocument(root).toJson(), path, &error);
        QVERIFY(unknown);
        QVERIFY(unknown->order.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
