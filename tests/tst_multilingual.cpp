// SPDX-License-Identifier: GPL-3.0-or-later
// German and French articles through the whole pipeline: three versions of one story each
// (tests/data/multilingual/{de,fr}), written for this test. Version 2 changes a figure, swaps the
// typographic quotes for straight ones and has a typo; version 3 moves a clause, swaps a connective,
// changes a date, uses other quotation marks (German »…«, French narrow no-break spaces inside « »)
// and adds a sentence. The sentences must come out whole
// (dates "15. März", "48 Mio. Euro", "z. B.", "M. Marchand", "p. ex."), the rows must pair them and the
// changes must be of the kind a reader would name.
#include "compare/comparator.h"
#include "core/labels.h"
#include "testpaths.h"
#include "text/sentencesegmenter.h"

#include <QFileInfo>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

QString dataDir(const QString &language)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/multilingual/"_s + language;
}

Comparison compareStory(const QString &language, const QString &base)
{
    CompareOptions options;
    options.base = base;
    return compareFiles({ dataDir(language) }, options);
}

int versionIndex(const Comparison &c, const QString &fileName)
{
    for (int v = 0; v < c.versions.size(); ++v)
        if (QFileInfo(c.versions.at(v).path).fileName() == fileName)
            return v;
    return -1;
}

QString cellText(const Comparison &c, int row, int version)
{
    const AlignedRow &r = c.rows.at(row);
    const int first = r.cells.at(version);
    if (first < 0)
        return {};
    QStringList parts;
    for (int s = first; s < first + r.spans.at(version); ++s)
        parts.append(c.versions.at(version).sentenceText(s));
    return parts.join(u' ');
}

QString describe(const Comparison &c)
{
    QString out;
    for (int r = 0; r < c.rows.size(); ++r) {
        out += u"\nrow %1:"_s.arg(r);
        for (int v = 0; v < c.versions.size(); ++v)
            out += u"\n  [%1 %2] %3"_s.arg(v).arg(
                toString(c.rows.at(r).status.at(v)), cellText(c, r, v).left(70));
    }
    for (const Change &ch : c.changes)
        out += u"\nchange v%1 row %2 %3: [%4] -> [%5]"_s.arg(ch.version)
                   .arg(ch.row)
                   .arg(toString(ch.kind), ch.before, ch.after);
    return out;
}

bool hasChange(const Comparison &c, int version, ChangeKind kind, const QString &before, const QString &after)
{
    return std::any_of(c.changes.begin(), c.changes.end(), [&](const Change &ch) {
        return ch.version == version && ch.kind == kind && ch.before.contains(before)
            && ch.after.contains(after);
    });
}

int countChanges(const Comparison &c, int version, ChangeKind kind)
{
    return int(std::count_if(c.changes.begin(), c.changes.end(),
        [&](const Change &ch) { return ch.version == version && ch.kind == kind; }));
}

// A story's expectations: its files, the base's sentences as the segmenter must cut them, and the rows
// by the first words of each version's cell ("" for an empty cell).
struct Story
{
    QString language;
    QStringList files; // base, changed figure/quotes/typo, rewritten/added
    QStringList baseSentences;
    int addedAfter = 0; // the added sentence of version 3 follows this base sentence
    QString added; // its first words
};

Story germanStory()
{
    return { u"de"_s, { u"1-agentur.txt"_s, u"2-zeitung.txt"_s, u"3-online.txt"_s },
        {
            u"Sanierung der Rheinbrücke dauert länger"_s,
            u"Die Sanierung der Rheinbrücke in Hallstadt dauert deutlich länger als geplant."_s,
            u"Nach Angaben der Stadtverwaltung sollen die Arbeiten erst am 15. März 2026 abgeschlossen sein."_s,
            u"Die Kosten steigen demnach auf 48 Mio. Euro."_s,
            u"„Wir haben Schäden an den Stahlträgern gefunden, mit denen niemand gerechnet hat“, sagte "
            "Baudezernentin Petra Lindner."_s,
            u"Der Verkehr wird bis dahin über eine Behelfsspur geleitet."_s,
            u"Pendler müssen sich deshalb auf längere Wartezeiten einstellen, z. B. im Berufsverkehr."_s,
            u"Die Opposition im Stadtrat kritisierte die Planung scharf."_s,
            u"Eine Sondersitzung des Bauausschusses ist für Dienstag angesetzt."_s,
        },
        3, u"Die Brücke war erst 2019"_s };
}

Story frenchStory()
{
    return { u"fr"_s, { u"1-agence.txt"_s, u"2-journal.txt"_s, u"3-en-ligne.txt"_s },
        {
            u"Le chantier du pont de Valmont prend du retard"_s,
            u"Les travaux de rénovation du pont de Valmont dureront nettement plus longtemps que prévu."_s,
            u"Selon la mairie, le chantier ne sera achevé que le 15 mars 2026."_s,
            u"Le coût atteint désormais 48 millions d’euros."_s,
            u"«\u00a0Nous avons découvert sur les poutres des dégâts que personne n’avait prévus\u00a0», a "
            "déclaré M. Julien Marchand, adjoint chargé des travaux."_s,
            u"La circulation sera déviée sur une voie provisoire jusqu’à cette date."_s,
            u"Les automobilistes doivent donc s’attendre à des bouchons, p. ex. aux heures de pointe."_s,
            u"L’opposition municipale a vivement critiqué le projet."_s,
            u"Une séance extraordinaire du conseil est prévue mardi."_s,
        },
        3, u"Le pont avait déjà été"_s };
}

} // namespace

class TestMultilingual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmenterKnowsGermanAndFrenchPunctuation_data();
    void segmenterKnowsGermanAndFrenchPunctuation();
    void segmentsWholeSentences_data();
    void segmentsWholeSentences();
    void alignsSentenceWithSentence_data();
    void alignsSentenceWithSentence();
    void classifiesChangesLikeAReader_data();
    void classifiesChangesLikeAReader();
};

void TestMultilingual::segmenterKnowsGermanAndFrenchPunctuation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");
    const QString nbsp = u"\u00a0"_s;
    const QString narrow = u"\u202f"_s;
    QTest::newRow("German quotes close with “")
        << u"„Das ist gut.“ Die Stadt stimmte zu."_s
        << QStringList { u"„Das ist gut.“"_s, u"Die Stadt stimmte zu."_s };
    QTest::newRow("German guillemets »…«") << u"»Das ist gut.« Die Stadt stimmte zu."_s
                                           << QStringList { u"»Das ist gut.«"_s, u"Die Stadt stimmte zu."_s };
    QTest::newRow("French guillemets with no-break spaces")
        << u"«%1C’est bien.%1» La ville a approuvé."_s.arg(nbsp)
        << QStringList { u"«%1C’est bien.%1»"_s.arg(nbsp), u"La ville a approuvé."_s };
    QTest::newRow("French exclamation after a narrow no-break space")
        << u"«%1C’est bien%2!%1» La ville a approuvé."_s.arg(nbsp, narrow)
        << QStringList { u"«%1C’est bien%2!%1»"_s.arg(nbsp, narrow), u"La ville a approuvé."_s };
    QTest::newRow("German date with an ordinal day")
        << u"Am 3. Oktober 1990 trat der Vertrag in Kraft. Das war ein Mittwoch."_s
        << QStringList { u"Am 3. Oktober 1990 trat der Vertrag in Kraft."_s, u"Das war ein Mittwoch."_s };
    QTest::newRow("German abbreviated month")
        << u"Die Frist endet am 1. Okt. 2026 um Mitternacht."_s
        << QStringList { u"Die Frist endet am 1. Okt. 2026 um Mitternacht."_s };
    QTest::newRow("a number ending a German sentence")
        << u"Die Zahl der Verletzten stieg auf 15. Die Polizei ermittelt."_s
        << QStringList { u"Die Zahl der Verletzten stieg auf 15."_s, u"Die Polizei ermittelt."_s };
    QTest::newRow("Mio. before a currency")
        << u"Die Kosten liegen bei 48 Mio. Euro. Die Stadt zahlt ein Drittel."_s
        << QStringList { u"Die Kosten liegen bei 48 Mio. Euro."_s, u"Die Stadt zahlt ein Drittel."_s };
    QTest::newRow("z. B., u. a., bzw., ca., vgl.")
        << u"Betroffen sind u. a. Pendler, z. B. aus Bonn bzw. Köln, ca. 300 Menschen (vgl. Abb. 2). Sie warten."_s
        << QStringList {
               u"Betroffen sind u. a. Pendler, z. B. aus Bonn bzw. Köln, ca. 300 Menschen (vgl. Abb. 2)."_s,
               u"Sie warten."_s
           };
    QTest::newRow("Dr. and Prof. before names")
        << u"Das sagte Prof. Dr. Anna Weber. Sie leitet das Institut."_s
        << QStringList { u"Das sagte Prof. Dr. Anna Weber."_s, u"Sie leitet das Institut."_s };
    QTest::newRow("M. and Mme before names")
        << u"M. Dupont est arrivé à 10 heures. Mme Durand l’attendait."_s
        << QStringList { u"M. Dupont est arrivé à 10 heures."_s, u"Mme Durand l’attendait."_s };
    QTest::newRow("env. and p. ex.")
        << u"Le projet coûtera env. 300 millions d’euros, p. ex. pour les rails. Les travaux commencent."_s
        << QStringList { u"Le projet coûtera env. 300 millions d’euros, p. ex. pour les rails."_s,
               u"Les travaux commencent."_s };
    QTest::newRow("decimal comma") << u"Le chômage a baissé de 0,2 point. C’est une bonne nouvelle."_s
                                   << QStringList { u"Le chômage a baissé de 0,2 point."_s,
                                          u"C’est une bonne nouvelle."_s };
}

void TestMultilingual::segmenterKnowsGermanAndFrenchPunctuation()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QStringList got;
    for (const SentenceSegmenter::Span &span : SentenceSegmenter::split(text))
        got.append(text.mid(span.start, span.end - span.start));
    QCOMPARE(got, sentences);
}

void TestMultilingual::segmentsWholeSentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void TestMultilingual::segmentsWholeSentences()
{
    QFETCH(QString, language);
    const Story story = language == u"de"_s ? germanStory() : frenchStory();
    const Comparison c = compareStory(language, story.files.at(0));
    QCOMPARE(c.versions.size(), 3);
    QVERIFY(c.errors.isEmpty());
    const int base = versionIndex(c, story.files.at(0));
    QCOMPARE(c.base, base);
    QStringList got;
    for (int s = 0; s < c.versions.at(base).sentences.size(); ++s)
        got.append(c.versions.at(base).sentenceText(s));
    QCOMPARE(got, story.baseSentences);
    // The same cuts in the other versions: one sentence more where one was added.
    QCOMPARE(c.versions.at(versionIndex(c, story.files.at(1))).sentences.size(), story.baseSentences.size());
    QCOMPARE(
        c.versions.at(versionIndex(c, story.files.at(2))).sentences.size(), story.baseSentences.size() + 1);
}

void TestMultilingual::alignsSentenceWithSentence_data()
{
    segmentsWholeSentences_data();
}

void TestMultilingual::alignsSentenceWithSentence()
{
    QFETCH(QString, language);
    const Story story = language == u"de"_s ? germanStory() : frenchStory();
    const Comparison c = compareStory(language, story.files.at(0));
    const int base = versionIndex(c, story.files.at(0));
    const int changed = versionIndex(c, story.files.at(1));
    const int rewritten = versionIndex(c, story.files.at(2));
    QVERIFY(base >= 0 && changed >= 0 && rewritten >= 0);

    // Every base sentence in its own row beside its counterparts, in order; the added sentence in a row
    // of its own right after the one it follows.
    QCOMPARE(c.rows.size(), story.baseSentences.size() + 1);
    int row = 0;
    for (int s = 0; s < story.baseSentences.size(); ++s, ++row) {
        QCOMPARE(c.rows.at(row).cells.at(base), s);
        QVERIFY2(c.rows.at(row).cells.at(changed) == s, qPrintable(describe(c)));
        QVERIFY2(c.rows.at(row).cells.at(rewritten) == (s <= story.addedAfter ? s : s + 1),
            qPrintable(describe(c)));
        QVERIFY2(c.rows.at(row).status.at(base) == CellStatus::Same, qPrintable(describe(c)));
        if (s == story.addedAfter) {
            ++row;
            const AlignedRow &added = c.rows.at(row);
            QVERIFY2(cellText(c, row, rewritten).startsWith(story.added), qPrintable(describe(c)));
            QVERIFY(added.status.at(rewritten) == CellStatus::Added);
            QCOMPARE(added.cells.at(base), -1);
            QCOMPARE(added.cells.at(changed), -1);
        }
    }
}

void TestMultilingual::classifiesChangesLikeAReader_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("figureBefore");
    QTest::addColumn<QString>("figureAfter");
    QTest::addColumn<QString>("typoBefore");
    QTest::addColumn<QString>("typoAfter");
    QTest::addColumn<QString>("openingQuote"); // the base's opening quotation mark
    QTest::addColumn<QString>("connectiveBefore");
    QTest::addColumn<QString>("connectiveAfter");
    QTest::addColumn<QString>("dateBefore");
    QTest::addColumn<QString>("dateAfter");
    QTest::addColumn<QString>("quoteBefore"); // what version 3 sets differently around its quotation
    QTest::addColumn<QString>("quoteAfter");
    QTest::newRow("German") << u"de"_s << u"48"_s << u"52"_s << u"Bauausschusses"_s << u"Bauauschusses"_s
                            << u"„"_s << u"deshalb"_s << u"daher"_s << u"März"_s << u"April"_s << u"„"_s
                            << u"»"_s;
    QTest::newRow("French") << u"fr"_s << u"48"_s << u"52"_s << u"extraordinaire"_s << u"extraordinnaire"_s
                            << u"«"_s << u"donc"_s << u"ainsi"_s << u"mardi"_s << u"mercredi"_s << u"\u00a0"_s
                            << u"\u202f"_s;
}

void TestMultilingual::classifiesChangesLikeAReader()
{
    QFETCH(QString, language);
    QFETCH(QString, figureBefore);
    QFETCH(QString, figureAfter);
    QFETCH(QString, typoBefore);
    QFETCH(QString, typoAfter);
    QFETCH(QString, openingQuote);
    QFETCH(QString, connectiveBefore);
    QFETCH(QString, connectiveAfter);
    QFETCH(QString, dateBefore);
    QFETCH(QString, dateAfter);
    QFETCH(QString, quoteBefore);
    QFETCH(QString, quoteAfter);
    const Story story = language == u"de"_s ? germanStory() : frenchStory();
    const Comparison c = compareStory(language, story.files.at(0));
    const int changed = versionIndex(c, story.files.at(1));
    const int rewritten = versionIndex(c, story.files.at(2));
    const QByteArray dump = describe(c).toUtf8();

    // Version 2: a figure (substantive), a typo (spelling), straight quotes (typography) and nothing else.
    QVERIFY2(hasChange(c, changed, ChangeKind::Substantive, figureBefore, figureAfter), dump.constData());
    QVERIFY2(hasChange(c, changed, ChangeKind::Spelling, typoBefore, typoAfter), dump.constData());
    QVERIFY2(hasChange(c, changed, ChangeKind::Typography, openingQuote, u"\""_s), dump.constData());
    QVERIFY2(countChanges(c, changed, ChangeKind::Substantive) == 1, dump.constData());
    QVERIFY2(countChanges(c, changed, ChangeKind::Spelling) == 1, dump.constData());
    QVERIFY2(countChanges(c, changed, ChangeKind::Wording) == 0, dump.constData());

    // Version 3: a moved clause and another connective are wording, another date is substantive, other
    // quotation marks are typography.
    QVERIFY2(
        hasChange(c, rewritten, ChangeKind::Wording, connectiveBefore, connectiveAfter), dump.constData());
    QVERIFY2(hasChange(c, rewritten, ChangeKind::Substantive, dateBefore, dateAfter), dump.constData());
    QVERIFY2(countChanges(c, rewritten, ChangeKind::Substantive) == 1, dump.constData());
    QVERIFY2(countChanges(c, rewritten, ChangeKind::Spelling) == 0, dump.constData());
    QVERIFY2(hasChange(c, rewritten, ChangeKind::Typography, quoteBefore, quoteAfter), dump.constData());
    // The moved clause: only wording changes in its row.
    const int movedRow = story.addedAfter + 2 + 1;
    bool sawWording = false;
    for (const Change &ch : c.changes) {
        if (ch.version != rewritten || ch.row != movedRow)
            continue;
        QVERIFY2(ch.kind == ChangeKind::Wording || ch.kind == ChangeKind::Typography, dump.constData());
        sawWording = sawWording || ch.kind == ChangeKind::Wording;
    }
    QVERIFY2(sawWording, dump.constData());
}

QTEST_GUILESS_MAIN(TestMultilingual)
#include "tst_multilingual.moc"
