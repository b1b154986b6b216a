// SPDX-License-Identifier: GPL-3.0-or-later
// Fact rules of the change classifier (lib/align/changereason*, changewords.cpp, namechange.cpp), each
// with a counter-case where a fact does change: one entity written two ways (the acronym of an
// organisation whose name links its words with a preposition, a demonym for its country, an abbreviation
// written with its period); a space missing between two words.
#include "align/changeclassifier.h"
#include "core/labels.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestReasonRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOrChangesAFact_data();
    void keepsOrChangesAFact();
    void aNameForAPronoun_data();
    void aNameForAPronoun();
};

void TestReasonRules::keepsOrChangesAFact_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("substantive"); // whether any change comes out substantive
    QTest::addColumn<ChangeReason>("reason"); // the reason when it does

    const auto none = ChangeReason::None, name = ChangeReason::Name;
    QTest::newRow("a space missing before a month")
        << u"The storms on ThursdayJanuary 18 wrecked the pier."_s
        << u"The storms of Thursday, January 18 wrecked the pier."_s << false << none;
    QTest::newRow("a space missing, and another month")
        << u"The storms on ThursdayJanuary 18 wrecked the pier."_s
        << u"The storms of Thursday, February 18 wrecked the pier."_s << true << ChangeReason::Date;
    QTest::newRow("a space missing before a preposition")
        << u"The talks resumed in the eveningafter the meeting of the council."_s
        << u"The talks resumed in the evening, following the meeting of the council."_s << false << none;
    QTest::newRow("acronym after a name linked by 'of'")
        << u"Jon Hale, head of the Harbour Pilots Association of Norway, praised the plan."_s
        << u"Jon Hale, head of the Harbour Pilots Association of Norway (HPAN), praised the plan."_s << false
        << none;
    QTest::newRow("acronym of another organisation")
        << u"Jon Hale, head of the Harbour Pilots Association of Norway, praised the plan."_s
        << u"Jon Hale, head of the Harbour Pilots Association of Norway (OECD), praised the plan."_s << true
        << name;
    QTest::newRow("demonym for its country")
        << u"The plan drew criticism from American shipping firms."_s
        << u"The plan drew criticism from United States shipping firms."_s << false << none;
    QTest::newRow("demonym for another country")
        << u"The plan drew criticism from American shipping firms."_s
        << u"The plan drew criticism from Canadian shipping firms."_s << true << name;
    QTest::newRow("abbreviation with its period")
        << u"The speaker was General Anna Moss (Ret.) of the navy."_s
        << u"The speaker was retired general Anna Moss of the navy."_s << false << none;
    QTest::newRow("a name dropped that no word stands for")
        << u"The speaker was General Anna Moss (Ret.) of the navy."_s
        << u"The speaker was general Anna Moss of the navy."_s << true << name;

    // A thing or a person named more specifically says which one; an event named more precisely, or a
    // thing named more generally, keeps the facts.
    const auto content = ChangeReason::Content;
    QTest::newRow("a weapon made a gun")
        << u"The guard said the man pulled a weapon at the gate."_s
        << u"The guard said the man pulled a gun at the gate."_s << true << content;
    QTest::newRow("a weapon made a gun the text names elsewhere")
        << u"The gun club's guard said the man pulled a weapon at the gate."_s
        << u"The gun club's guard said the man pulled a gun at the gate."_s << true << content;
    QTest::newRow("a person made a child") << u"A person was hurt when the roof fell."_s
                                           << u"A child was hurt when the roof fell."_s << true << content;
    QTest::newRow("a gun made a weapon")
        << u"The guard said the man pulled a gun at the gate."_s
        << u"The guard said the man pulled a weapon at the gate."_s << false << none;
    QTest::newRow("a meeting made a summit")
        << u"The ministers ended their meeting in Oslo on time."_s
        << u"The ministers ended their summit in Oslo on time."_s << false << none;

    // A part of a date dropped beside the rest of it: the same day, told less precisely.
    QTest::newRow("the day of the month dropped after its weekday")
        << u"More snow is expected into Sunday (20th) in the hills."_s
        << u"More snow is expected into Sunday in the hills."_s << false << none;
    QTest::newRow("the year dropped after its day")
        << u"The polls close on December 4, 2008."_s << u"The polls close on December 4."_s << false << none;
    QTest::newRow("the day of the month dropped after a unit of time")
        << u"More snow is expected into the evening (20th) in the hills."_s
        << u"More snow is expected into the evening in the hills."_s << true << ChangeReason::Number;
    QTest::newRow("a weekday dropped") << u"The polls close on Sunday, December 4."_s
                                       << u"The polls close on December 4."_s << true << ChangeReason::Date;
}

void TestReasonRules::keepsOrChangesAFact()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, substantive);
    QFETCH(ChangeReason, reason);
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    classifier.setDocuments(before, after);
    const QList<SentenceChange> changes = classifier.compare(before, after);
    QVERIFY(!changes.isEmpty());
    QString found;
    const SentenceChange *worst = &changes.first();
    for (const SentenceChange &c : changes) {
        found += u"\n  %1 %2: [%3] -> [%4]"_s.arg(toString(c.kind), toString(c.reason),
            before.mid(c.beforeStart, c.beforeEnd - c.beforeStart),
            after.mid(c.afterStart, c.afterEnd - c.afterStart));
        if (c.kind > worst->kind)
            worst = &c;
    }
    QVERIFY2((worst->kind == ChangeKind::Substantive) == substantive, qPrintable(found));
    QVERIFY2(worst->reason == reason, qPrintable(found));
}

// A name the text has, put for a pronoun or a description, makes the reference explicit when the
// sentence before names that entity (where a reader resolves the pronoun); named only further back, it
// tells the reader who it was.
void TestReasonRules::aNameForAPronoun_data()
{
    QTest::addColumn<QString>("lead"); // the sentences before, the same in both texts
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("substantive");

    const QString pronoun = u"He also praised the plan for the harbour."_s;
    const QString named = u"Ellery also praised the plan for the harbour."_s;
    QTest::newRow("named in the sentence before")
        << u"The council met on the pier. Mayor Ruth Ellery opened the session."_s << pronoun << named
        << false;
    QTest::newRow("named in the sentence before, which ends in a quote")
        << u"The council met on the pier. Mayor Ruth Ellery said: \"We are ready.\""_s << pronoun << named
        << false;
    QTest::newRow("named two sentences back, in one that ends in a quote")
        << u"Mayor Ruth Ellery said: \"We are ready.\" The council voted on the budget."_s << pronoun << named
        << true;
    QTest::newRow("named further back")
        << u"Mayor Ruth Ellery opened the session. The council voted on the budget. Delegates from the port "
           u"spoke for an hour."_s
        << pronoun << named << true;
    QTest::newRow("an Arabic name with its article, named further back")
        << u"Abu Omar al-Masri led the group. The army struck the camp. A dozen more militants died."_s
        << u"The attack was aimed at the leader and his guards."_s
        << u"The attack was aimed at al-Masri and his guards."_s << true;
    QTest::newRow("a name put for a modifier, named in the sentence before")
        << u"The court heard the case. Vantor voters backed the petition."_s
        << u"Under current law, each signature must be witnessed."_s
        << u"Under Vantor law, each signature must be witnessed."_s << true;
    QTest::newRow("a name put for a description, named in the sentence before")
        << u"The court heard the case. Vantor voters backed the petition."_s
        << u"Under the law of the province, each signature must be witnessed."_s
        << u"Under the law of Vantor, each signature must be witnessed."_s << false;
    QTest::newRow("an Arabic name with its article, named in the sentence before")
        << u"The army struck the camp. Abu Omar al-Masri led the group."_s
        << u"The attack was aimed at the leader and his guards."_s
        << u"The attack was aimed at al-Masri and his guards."_s << false;
}

void TestReasonRules::aNameForAPronoun()
{
    QFETCH(QString, lead);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, substantive);
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    const QString beforeText = lead + u' ' + before, afterText = lead + u' ' + after;
    classifier.setDocuments(beforeText, afterText);
    const QList<SentenceChange> changes = classifier.compare(before, after);
    QCOMPARE(changes.size(), 1);
    const SentenceChange &c = changes.first();
    QVERIFY2((c.kind == ChangeKind::Substantive) == substantive, qPrintable(toString(c.kind)));
    QVERIFY((c.reason == ChangeReason::Name) == substantive);
    QVERIFY(substantive || c.reason == ChangeReason::None);
}

QTEST_GUILESS_MAIN(TestReasonRules)
#include "tst_reasonrules.moc"
