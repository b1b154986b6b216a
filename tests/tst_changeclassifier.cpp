// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeClassifier: each difference between two aligned sentences, on whole tokens, classified as the
// issue defines the four kinds (typography, spelling, wording, substantive).
#include "align/changeclassifier.h"
#include "core/labels.h"

#include <QSet>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// How the expected kind applies to the changes found.
enum class Expect {
    None, // no change at all
    One, // exactly one change, of the kind
    All, // one or more changes, every one of the kind
    Worst, // one or more changes, the most severe of the kind
};

QString describe(QStringView before, QStringView after, const QList<SentenceChange> &changes)
{
    QString out;
    for (const SentenceChange &c : changes)
        out += u"\n  %1: [%2] -> [%3]"_s.arg(
            toString(c.kind) + (c.reason == ChangeReason::None ? QString() : u" "_s + toString(c.reason)),
            before.mid(c.beforeStart, c.beforeEnd - c.beforeStart).toString(),
            after.mid(c.afterStart, c.afterEnd - c.afterStart).toString());
    return out.isEmpty() ? u"\n  (no change)"_s : out;
}

QSet<qsizetype> tokenBoundaries(QStringView text)
{
    QSet<qsizetype> b { 0, text.size() };
    for (const Token &t : Tokenizer::tokenize(text)) {
        b.insert(t.start);
        b.insert(t.end);
    }
    return b;
}

} // namespace

class TestChangeClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
    void spansAreWholeTokens_data();
    void spansAreWholeTokens();
    void changesAreInTextOrder();
    void reasons_data();
    void reasons();
    void givenInformation();
    void namesOfOnePerson();
};

void TestChangeClassifier::classifies_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<ChangeKind>("kind");
    QTest::addColumn<QString>("changedBefore"); // for Expect::One, unless "*": the words replaced
    QTest::addColumn<QString>("changedAfter");

    const auto T = ChangeKind::Typography, S = ChangeKind::Spelling, W = ChangeKind::Wording,
               X = ChangeKind::Substantive;
    const QString any = u"*"_s; // not checked

    QTest::newRow("identical: no change")
        << u"The vote followed a four-hour debate."_s << u"The vote followed a four-hour debate."_s
        << Expect::None << T << any << any;

    // typography: quotes, apostrophes, dashes, ellipses, spaces and no-break spaces only
    QTest::newRow("typography: straight to curly double quotes")
        << u"Blinken said they agreed to \"stabilize\" badly deteriorated ties."_s
        << u"Blinken said they agreed to \u201cstabilize\u201d badly deteriorated ties."_s << Expect::All << T
        << any << any;
    QTest::newRow("typography: straight to curly apostrophe")
        << u"America's top diplomat left Beijing."_s << u"America\u2019s top diplomat left Beijing."_s
        << Expect::One << T << any << any;
    QTest::newRow("typography: em dash to double hyphen")
        << u"VELLPORT (NP) \u2014 The council voted 9-4."_s << u"VELLPORT (NP) -- The council voted 9-4."_s
        << Expect::One << T << any << any;
    QTest::newRow("typography: two em dashes to double hyphens")
        << u"a new tram line \u2014 a 3-kilometre branch to the university \u2014 in 1987."_s
        << u"a new tram line -- a 3-kilometre branch to the university -- in 1987."_s << Expect::All << T
        << any << any;
    QTest::newRow("typography: no-break space")
        << u"The extension, estimated to cost $640 million, will add 11 stops."_s
        << u"The extension, estimated to cost $640\u00a0million, will add 11 stops."_s << Expect::One << T
        << any << any;
    QTest::newRow("typography: ellipsis character to three dots")
        << u"He paused\u2026 then spoke again."_s << u"He paused... then spoke again."_s << Expect::One << T
        << any << any;
    QTest::newRow("typography: double space")
        << u"The  council met on Monday."_s << u"The council met on Monday."_s << Expect::One << T << any
        << any;
    QTest::newRow("typography: spaces around a dash")
        << u"BEIJING \u2014 U.S. officials arrived."_s << u"BEIJING \u2014U.S. officials arrived."_s
        << Expect::One << T << any << any;
    QTest::newRow("typography: curly single quotes")
        << u"stop hyping up the 'China threat theory,' lift sanctions"_s
        << u"stop hyping up the \u2018China threat theory,\u2019 lift sanctions"_s << Expect::All << T << any
        << any;

    // spelling: confusables, doubled words, hyphenation, capitalisation, one-word typos
    QTest::newRow("spelling: it's for its (seed readout)")
        << u"In it's readout of the meeting, the State Department said Blinken spoke."_s
        << u"In its readout of the meeting, the State Department said Blinken spoke."_s << Expect::One << S
        << u"it's"_s << u"its"_s;
    QTest::newRow("spelling: its for it\u2019s with a curly apostrophe (sample H10)")
        << u"The transit authority defended its figures on Tuesday."_s
        << u"The transit authority defended it\u2019s figures on Tuesday."_s << Expect::One << S << u"its"_s
        << u"it\u2019s"_s;
    QTest::newRow("spelling: their for there")
        << u"The traders said their plan was ready."_s << u"The traders said there plan was ready."_s
        << Expect::One << S << u"their"_s << u"there"_s;
    QTest::newRow("spelling: doubled word removed (seed last year year)")
        << u"endorsed last year year by Xi and President Joe Biden at a summit in Bali."_s
        << u"endorsed last year by Xi and President Joe Biden at a summit in Bali."_s << Expect::One << S
        << u"year"_s << QString();
    QTest::newRow("spelling: doubled word introduced (sample H15)")
        << u"The council first approved the route in principle last year, but the vote was delayed."_s
        << u"The council first approved the route in principle last year year, but the vote was delayed."_s
        << Expect::One << S << QString() << u"year"_s;
    QTest::newRow("spelling: typo fixed (sample C1)")
        << u"The regional goverment has pledged the remaining $400 million."_s
        << u"The regional government has pledged the remaining $400 million."_s << Expect::One << S
        << u"goverment"_s << u"government"_s;
    QTest::newRow("spelling: typo introduced (sample H14)")
        << u"It will present a plan to the city transport committee."_s
        << u"It will present a plan to the city transport commitee."_s << Expect::One << S << u"committee"_s
        << u"commitee"_s;
    QTest::newRow("spelling: typo in a name") << u"Beijing might support Vladimir Putin's invasion."_s
                                              << u"Beijing might support Vladimr Putin's invasion."_s
                                              << Expect::One << S << u"Vladimir"_s << u"Vladimr"_s;
    QTest::newRow("spelling: hyphenation (seed military to military)")
        << u"he had raised the issue of military to military communications repeatedly."_s
        << u"he had raised the issue of military-to-military communications repeatedly."_s << Expect::One << S
        << u"military to military"_s << u"military-to-military"_s;
    QTest::newRow("spelling: capitalisation") << u"a summit between U.S. president Joe Biden and Xi."_s
                                              << u"a summit between U.S. President Joe Biden and Xi."_s
                                              << Expect::One << S << u"president"_s << u"President"_s;

    // wording: function words and grammar
    QTest::newRow("wording: if to whether")
        << u"it remained unclear if those understandings can resolve their disagreements."_s
        << u"it remained unclear whether those understandings can resolve their disagreements."_s
        << Expect::One << W << u"if"_s << u"whether"_s;
    QTest::newRow("wording: were to was") << u"Xi said restarting the Bali agenda were of great importance."_s
                                          << u"Xi said restarting the Bali agenda was of great importance."_s
                                          << Expect::One << W << u"were"_s << u"was"_s;
    QTest::newRow("wording: Still, to But") << u"Still, both men said they were pleased with the outcome."_s
                                            << u"But both men said they were pleased with the outcome."_s
                                            << Expect::One << W << u"Still,"_s << u"But"_s;
    QTest::newRow("wording: Still, to But and if to whether (sample L11)")
        << u"Still, officials have not said if fares on the new line will be the same as on the city's buses."_s
        << u"But officials have not said whether fares on the new line will be the same as on the city's buses."_s
        << Expect::All << W << any << any;
    QTest::newRow("wording: a function word dropped")
        << u"But also Xi suggested the worst could be over."_s
        << u"But Xi suggested the worst could be over."_s << Expect::One << W << u"also"_s << QString();
    QTest::newRow("wording: article added inside a quote (sample L7; the quote is altered, the facts kept)")
        << u"\"We reached agreement on the main points in July,\" Ellery said."_s
        << u"\"We reached the agreement on the main points in July,\" Ellery said."_s << Expect::One << W
        << QString() << u"the"_s;
    QTest::newRow("wording: tense of a reporting verb")
        << u"The ministry says the talks were candid."_s << u"The ministry said the talks were candid."_s
        << Expect::One << W << u"says"_s << u"said"_s;

    // substantive: numbers, dates, names, negation, content words, added or removed clauses
    QTest::newRow("substantive: about three hours to more than three hours")
        << u"Blinken met with China's top diplomat Wang Yi for about three hours."_s
        << u"Blinken met with China's top diplomat Wang Yi for more than three hours."_s << Expect::One << X
        << u"about"_s << u"more than"_s;
    QTest::newRow("substantive: number and quantifier (sample H6)")
        << u"The vote followed a four-hour debate watched by about 300 people."_s
        << u"The vote followed a four-hour debate watched by more than 400 people."_s << Expect::All << X
        << any << any;
    QTest::newRow("substantive: a number one digit apart is no typo")
        << u"The line will carry about 18,000 passengers a day."_s
        << u"The line will carry about 19,000 passengers a day."_s << Expect::One << X << u"18,000"_s
        << u"19,000"_s;
    QTest::newRow("substantive: number word")
        << u"the four routes the council turned down"_s << u"the five routes the council turned down"_s
        << Expect::One << X << u"four"_s << u"five"_s;
    QTest::newRow("substantive: changed name (sample L12)")
        << u"The authority's chief engineer, Marta Lindqvist, said the first trams could run in 2030."_s
        << u"The authority's chief engineer, Karin Lindqvist, said the first trams could run in 2030."_s
        << Expect::One << X << u"Marta"_s << u"Karin"_s;
    QTest::newRow("substantive: changed date (sample H17)")
        << u"Construction is due to begin in September 2027, the city said."_s
        << u"Construction is due to begin in January 2028, the city said."_s << Expect::All << X << any
        << any;
    QTest::newRow("substantive: changed weekday")
        << u"Blinken met on Monday with Chinese President Xi Jinping."_s
        << u"Blinken met on Tuesday with Chinese President Xi Jinping."_s << Expect::One << X << u"Monday"_s
        << u"Tuesday"_s;
    QTest::newRow("substantive: added not (sample H9)")
        << u"Wren said he would ask the regional auditor to review the cost estimates."_s
        << u"Wren said he would not ask the regional auditor to review the cost estimates."_s << Expect::One
        << X << QString() << u"not"_s;
    QTest::newRow("substantive: removed not")
        << u"Blinken said China is not ready to resume military contacts."_s
        << u"Blinken said China is ready to resume military contacts."_s << Expect::One << X << u"not"_s
        << QString();
    QTest::newRow("substantive: content word")
        << u"The U.S. shot down a Chinese surveillance balloon in February."_s
        << u"The U.S. shot down a Chinese weather balloon in February."_s << Expect::One << X
        << u"surveillance"_s << u"weather"_s;
    QTest::newRow("substantive: added clause")
        << u"The vote followed a debate in the council chamber."_s
        << u"The vote followed a debate in the council chamber, which lasted until after midnight."_s
        << Expect::Worst << X << any << any;
    QTest::newRow("substantive: quote cut short (sample H7)")
        << u"\"We are spending two-thirds of the budget on one line, and the rest of the city will pay for it with worse buses,\" Wren said."_s
        << u"\"We are spending two-thirds of the budget on one line,\" Wren said."_s << Expect::Worst << X
        << any << any;
}

void TestChangeClassifier::classifies()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(Expect, expect);
    QFETCH(ChangeKind, kind);
    QFETCH(QString, changedBefore);
    QFETCH(QString, changedAfter);
    const QString any = u"*"_s;

    TokenInterner interner;
    ChangeClassifier classifier(interner);
    const QList<SentenceChange> changes = classifier.compare(before, after);
    const QString found = describe(before, after, changes);

    switch (expect) {
    case Expect::None:
        QVERIFY2(changes.isEmpty(), qPrintable(found));
        return;
    case Expect::One:
        QVERIFY2(changes.size() == 1,
            qPrintable(u"expected one "_s + toString(kind) + u" change, got:"_s + found));
        break;
    case Expect::All:
    case Expect::Worst:
        QVERIFY2(!changes.isEmpty(), "no change found");
        break;
    }
    ChangeKind worst = ChangeKind::Typography;
    for (const SentenceChange &c : changes) {
        if (expect != Expect::Worst)
            QVERIFY2(c.kind == kind, qPrintable(u"expected "_s + toString(kind) + u", got:"_s + found));
        worst = std::max(worst, c.kind);
    }
    QVERIFY2(worst == kind, qPrintable(u"expected at worst "_s + toString(kind) + u", got:"_s + found));

    if (expect == Expect::One && changedBefore != any) {
        const SentenceChange &c = changes.first();
        QCOMPARE(QStringView(before).mid(c.beforeStart, c.beforeEnd - c.beforeStart).trimmed().toString(),
            changedBefore);
        QCOMPARE(QStringView(after).mid(c.afterStart, c.afterEnd - c.afterStart).trimmed().toString(),
            changedAfter);
    }
}

void TestChangeClassifier::spansAreWholeTokens_data()
{
    classifies_data();
}

// Never half a word: every span starts and ends on token boundaries, lies inside its text and is
// non-empty on at least one side.
void TestChangeClassifier::spansAreWholeTokens()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    const QSet<qsizetype> bb = tokenBoundaries(before), ab = tokenBoundaries(after);
    for (const SentenceChange &c : classifier.compare(before, after)) {
        QVERIFY(c.beforeStart <= c.beforeEnd && c.beforeEnd <= before.size());
        QVERIFY(c.afterStart <= c.afterEnd && c.afterEnd <= after.size());
        QVERIFY(c.beforeEnd > c.beforeStart || c.afterEnd > c.afterStart);
        QVERIFY2(bb.contains(c.beforeStart) && bb.contains(c.beforeEnd),
            qPrintable(u"before span cuts a token: "_s + describe(before, after, { c })));
        QVERIFY2(ab.contains(c.afterStart) && ab.contains(c.afterEnd),
            qPrintable(u"after span cuts a token: "_s + describe(before, after, { c })));
    }
}

void TestChangeClassifier::changesAreInTextOrder()
{
    const QString before = u"Still, officials said if the 300 fares were \"fair\" in September."_s;
    const QString after = u"But officials said whether the 400 fares were \u201cfair\u201d in October."_s;
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    const QList<SentenceChange> changes = classifier.compare(before, after);
    QVERIFY2(changes.size() >= 5, qPrintable(describe(before, after, changes)));
    for (qsizetype i = 1; i < changes.size(); ++i) {
        QVERIFY(changes.at(i).beforeStart >= changes.at(i - 1).beforeEnd);
        QVERIFY(changes.at(i).afterStart >= changes.at(i - 1).afterEnd);
    }
}

void TestChangeClassifier::reasons_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<ChangeKind>("kind"); // the most severe kind found
    QTest::addColumn<ChangeReason>("reason"); // the reason of the most severe change

    const auto W = ChangeKind::Wording, S = ChangeKind::Spelling, X = ChangeKind::Substantive;
    const auto none = ChangeReason::None;

    // Rewording that keeps the facts.
    QTest::newRow("synonym: said -> stated") << u"The minister said the plan was ready."_s
                                             << u"The minister stated the plan was ready."_s << W << none;
    QTest::newRow("synonym: crucial -> essential")
        << u"Funding from the region is crucial for the line."_s
        << u"Funding from the region is essential for the line."_s << W << none;
    QTest::newRow("synonym: rebuffed -> declined (both negative verbs)")
        << u"The council rebuffed the offer from the developer."_s
        << u"The council declined the offer from the developer."_s << W << none;
    QTest::newRow("connective: And -> Additionally")
        << u"And the mayor promised new buses for the suburbs."_s
        << u"Additionally, the mayor promised new buses for the suburbs."_s << W << none;
    QTest::newRow("German compound split: Kabinettssitzung -> Sitzung des Kabinetts")
        << u"Die Kabinettssitzung wurde auf Dienstag verschoben."_s
        << u"Die Sitzung des Kabinetts wurde auf Dienstag verschoben."_s << W << none;
    // WordNet neighbours: a derivation, an adjective similar to the other, two verbs of one action.
    QTest::newRow("derivation: that they remove -> the withdrawal of")
        << u"The council demanded that they remove the fence at the school."_s
        << u"The council demanded the withdrawal of the fence at the school."_s << W << none;
    QTest::newRow("similar adjective: famous -> known")
        << u"The singer is famous for her ballads about the sea."_s
        << u"The singer is known for her ballads about the sea."_s << W << none;
    QTest::newRow("verbs of one action: want -> expect")
        << u"Residents want a decision on the bridge soon."_s
        << u"Residents expect a decision on the bridge soon."_s << W << none;
    QTest::newRow("phrasal verb: tipped over -> overturned")
        << u"Two boats tipped over in the storm near the pier."_s
        << u"Two boats overturned in the storm near the pier."_s << W << none;
    QTest::newRow("adverb of order: first published dropped")
        << u"The report was first published in the local paper."_s
        << u"The report was published in the local paper."_s << W << none;
    QTest::newRow("reordering: attribution moved to the front")
        << u"The tram will run by 2030, the engineer said."_s
        << u"The engineer said the tram will run by 2030."_s << W << none;
    QTest::newRow("voice: active to passive")
        << u"The council approved the budget on Monday."_s
        << u"The budget was approved by the council on Monday."_s << W << none;
    QTest::newRow("trimming: redundant modifiers dropped")
        << u"The long and heated debate in the chamber ended at midnight."_s
        << u"The debate in the chamber ended at midnight."_s << W << none;
    QTest::newRow("intensifier added") << u"The vote in the council was close."_s
                                       << u"The vote in the council was very close."_s << W << none;
    QTest::newRow("more general word: car -> vehicle")
        << u"A car blocked the tram line for an hour."_s << u"A vehicle blocked the tram line for an hour."_s
        << W << none;
    QTest::newRow("negation moved: not losing any -> losing no")
        << u"The team held on through the storm, not losing any boats."_s
        << u"The team held on through the storm, losing no boats."_s << W << none;
    QTest::newRow("nor carrying on a negation -> or")
        << u"No cuts are planned in sales nor in research."_s
        << u"No cuts are planned in sales or in research."_s << W << none;
    QTest::newRow("a stray particle before a number: of to 6 -> of 6")
        << u"The water stood at depths of to 6 to 8 inches."_s
        << u"The water stood at depths of 6 to 8 inches."_s << W << none;
    QTest::newRow("preposition before a date placing it alike: in -> during")
        << u"The plant closed in March 2021 after the flood."_s
        << u"The plant closed during March 2021 after the flood."_s << W << none;
    QTest::newRow("an alias dropped: (PA) after Pennsylvania")
        << u"Voters in Pennsylvania (PA) signed the petition."_s
        << u"Voters in Pennsylvania signed the petition."_s << W << none;
    QTest::newRow("an acronym spelled out, in the plural: NBs -> notebook computers")
        << u"Some cheap NBs were launched before the show."_s
        << u"Some cheap notebook computers were launched before the show."_s << W << none;
    QTest::newRow("an acronym spelled out with a capitalised word after it: U.S. Missile")
        << u"A U.S. Missile struck the depot."_s << u"A United States missile struck the depot."_s << W
        << none;
    QTest::newRow("a number compound spelled together: 7 figure -> seven-figure")
        << u"The coach accepted a 7 figure contract from the club."_s
        << u"The coach accepted a seven-figure contract from the club."_s << W << none;
    QTest::newRow("two letters swapped inside a rewording: sqaure miles -> square mile")
        << u"The fire burned 20 sqaure miles of forest."_s << u"The fire burned 20 square mile of forest."_s
        << W << none;
    QTest::newRow("a lone verb supplied: had conflicting results -> had shown conflicting results")
        << u"Samples tested in England had conflicting results."_s
        << u"Samples tested in England had shown conflicting results."_s << W << none;
    QTest::newRow("spelling stays spelling: In it's readout")
        << u"In it's readout of the meeting, the ministry spoke."_s
        << u"In its readout of the meeting, the ministry spoke."_s << S << none;

    // A fact changed, with its reason.
    QTest::newRow("number: about 300 -> more than 400")
        << u"The vote followed a four-hour debate watched by about 300 people."_s
        << u"The vote followed a four-hour debate watched by more than 400 people."_s << X
        << ChangeReason::Number;
    QTest::newRow("negation: not added")
        << u"Wren said he would ask the auditor to review the estimates."_s
        << u"Wren said he would not ask the auditor to review the estimates."_s << X
        << ChangeReason::Negation;
    QTest::newRow("negation: agreed -> refused")
        << u"The union agreed to the new timetable."_s << u"The union refused the new timetable."_s << X
        << ChangeReason::Negation;
    QTest::newRow("date: Monday -> Tuesday")
        << u"The council met on Monday with the operators."_s
        << u"The council met on Tuesday with the operators."_s << X << ChangeReason::Date;
    QTest::newRow("date: in -> since before a month")
        << u"The bridge has been closed in March for repairs."_s
        << u"The bridge has been closed since March for repairs."_s << X << ChangeReason::Date;
    QTest::newRow("date: a unit of time anchored by a deictic word (later that day -> night)")
        << u"The driver died in hospital later that day."_s
        << u"The driver died in hospital later that night."_s << X << ChangeReason::Date;
    QTest::newRow("date: a unit of time measuring from an event (days before)")
        << u"The report came out just before the anniversary of the collapse."_s
        << u"The report came out just days before the anniversary of the collapse."_s << X
        << ChangeReason::Date;
    QTest::newRow("negation: the sentence denies once more")
        << u"The union signed the deal and the board agreed."_s
        << u"The union signed the deal and the board never agreed."_s << X << ChangeReason::Negation;
    QTest::newRow("claim added: a noun is no lone verb")
        << u"The soldier driving was hurt in the blast."_s
        << u"The soldier driving the truck was hurt in the blast."_s << X << ChangeReason::ClaimAdded;
    QTest::newRow("date: year") << u"Construction began in 2024 near the harbour."_s
                                << u"Construction began in 2025 near the harbour."_s << X
                                << ChangeReason::Date;
    QTest::newRow("name: another person")
        << u"The chief engineer, Marta Lindqvist, spoke first."_s
        << u"The chief engineer, Karin Lindqvist, spoke first."_s << X << ChangeReason::Name;
    QTest::newRow("name: dropped, a function word is no acronym of it (Austin / at)")
        << u"The offer came from Defense Secretary Lloyd Austin for a meeting in June."_s
        << u"The offer came from the Defense Secretary at a meeting in June."_s << X << ChangeReason::Name;
    QTest::newRow("name: another person's pronoun")
        << u"The mayor said her plan was ready."_s << u"The mayor said his plan was ready."_s << X
        << ChangeReason::Name;
    QTest::newRow("modality: will -> may")
        << u"The new line will open in the spring."_s << u"The new line may open in the spring."_s << X
        << ChangeReason::Modality;
    QTest::newRow("modality: reportedly added")
        << u"The transport minister resigned after the vote."_s
        << u"The transport minister reportedly resigned after the vote."_s << X << ChangeReason::Modality;
    QTest::newRow("attribution: according to added")
        << u"The bridge is unsafe for trams."_s
        << u"The bridge is unsafe for trams, according to the inspectors."_s << X
        << ChangeReason::Attribution;
    QTest::newRow("attribution: said -> admitted")
        << u"The operator said it had lost the records."_s
        << u"The operator admitted it had lost the records."_s << X << ChangeReason::Attribution;
    QTest::newRow("quote: a quoted word changed")
        << u"\"The plan is sound,\" the auditor said."_s << u"\"The plan is flawed,\" the auditor said."_s
        << X << ChangeReason::Quote;
    QTest::newRow("claim added: a clause of its own")
        << u"The vote followed a debate in the chamber."_s
        << u"The vote followed a debate in the chamber, which the opposition boycotted."_s << X
        << ChangeReason::ClaimAdded;
    QTest::newRow("claim dropped: a relative clause with its own verb")
        << u"The mayor, who had resigned from the harbour board, opened the session."_s
        << u"The mayor opened the session."_s << X << ChangeReason::ClaimDropped;
    QTest::newRow("content: an unrelated word")
        << u"The army shot down a surveillance balloon."_s << u"The army shot down a weather balloon."_s << X
        << ChangeReason::Content;
    QTest::newRow("opposite: rose -> fell")
        << u"Ticket prices rose in the spring."_s << u"Ticket prices fell in the spring."_s << X
        << ChangeReason::Opposite;

    // German and French.
    QTest::newRow("German negation") << u"Der Minister hat das Gesetz unterschrieben."_s
                                     << u"Der Minister hat das Gesetz nicht unterschrieben."_s << X
                                     << ChangeReason::Negation;
    QTest::newRow("nouns of one kind are different things: prison -> jail")
        << u"The suspect was taken to the prison near the river."_s
        << u"The suspect was taken to the jail near the river."_s << X << ChangeReason::Content;
    QTest::newRow("ordinal of a noun: the first case")
        << u"The first case was found on a farm in the north."_s
        << u"The second case was found on a farm in the north."_s << X << ChangeReason::Number;
    QTest::newRow("verbs of different acts: bought -> sold")
        << u"The company bought the old factory by the harbour."_s
        << u"The company sold the old factory by the harbour."_s << X << ChangeReason::Opposite;
    QTest::newRow("verbs of different acts: arrested -> released")
        << u"Police arrested the driver after the crash."_s
        << u"Police released the driver after the crash."_s << X << ChangeReason::Content;
    QTest::newRow("verbs of different acts: injured -> killed")
        << u"The blast injured four workers at the plant."_s
        << u"The blast killed four workers at the plant."_s << X << ChangeReason::Content;
    QTest::newRow("verbs of different acts: won -> entered")
        << u"The team won the cup last season."_s << u"The team entered the cup last season."_s << X
        << ChangeReason::Content;
    QTest::newRow("German hedge: angeblich")
        << u"Der Minister ist nach der Abstimmung zurückgetreten."_s
        << u"Der Minister ist nach der Abstimmung angeblich zurückgetreten."_s << X << ChangeReason::Modality;
    QTest::newRow("German month") << u"Die Sitzung wurde auf den Mai verschoben."_s
                                  << u"Die Sitzung wurde auf den Juni verschoben."_s << X
                                  << ChangeReason::Date;
    QTest::newRow("German number word")
        << u"Der Rat hat drei Linien abgelehnt."_s << u"Der Rat hat vier Linien abgelehnt."_s << X
        << ChangeReason::Number;
    QTest::newRow("French negation") << u"Le ministre a signé la loi hier soir."_s
                                     << u"Le ministre n'a pas signé la loi hier soir."_s << X
                                     << ChangeReason::Negation;
    QTest::newRow("French month") << u"La réunion aura lieu en janvier à Lyon."_s
                                  << u"La réunion aura lieu en février à Lyon."_s << X << ChangeReason::Date;
    QTest::newRow("French conditional of hearsay")
        << u"Le ministre a démissionné après le vote."_s << u"Le ministre aurait démissionné après le vote."_s
        << X << ChangeReason::Modality;
}

void TestChangeClassifier::reasons()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(ChangeKind, kind);
    QFETCH(ChangeReason, reason);
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    const QList<SentenceChange> changes = classifier.compare(before, after);
    const QString found = describe(before, after, changes);
    QVERIFY2(!changes.isEmpty(), "no change found");
    const SentenceChange *worst = &changes.first();
    for (const SentenceChange &c : changes) {
        if (c.kind > worst->kind)
            worst = &c;
        // Only substantive changes carry a reason.
        QVERIFY2((c.kind == ChangeKind::Substantive) == (c.reason != ChangeReason::None), qPrintable(found));
    }
    QVERIFY2(worst->kind == kind && worst->reason == reason,
        qPrintable(u"expected "_s + toString(kind) + u" "_s + toString(reason) + u", got:"_s + found));
}

// A name the text already has, put for a pronoun, only makes the reference explicit; a name the text does
// not have is a new fact.
void TestChangeClassifier::givenInformation()
{
    const QString before = u"He also praised the plan for the harbour."_s;
    const QString after = u"Ellery also praised the plan for the harbour."_s;
    TokenInterner interner;
    ChangeClassifier classifier(interner);

    classifier.setDocuments(
        u"Mayor Ruth Ellery opened the session. He also praised the plan for the harbour."_s,
        u"Mayor Ruth Ellery opened the session. Ellery also praised the plan for the harbour."_s);
    QList<SentenceChange> changes = classifier.compare(before, after);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.first().kind == ChangeKind::Wording, qPrintable(describe(before, after, changes)));

    classifier.setDocuments(u"The mayor opened the session. He also praised the plan for the harbour."_s,
        u"The mayor opened the session. Ellery also praised the plan for the harbour."_s);
    changes = classifier.compare(before, after);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.first().kind == ChangeKind::Substantive && changes.first().reason == ChangeReason::Name,
        qPrintable(describe(before, after, changes)));
}

// Two names for one person: the text writes them together ("Ruth Ellery"), or the name dropped is kept in the
// text in a spelling one letter away (a typo mended). A name the text does not have is still a new fact.
void TestChangeClassifier::namesOfOnePerson()
{
    const QString before = u"Photographers filmed Ellery at the harbour."_s;
    const QString after = u"Photographers filmed Ruth at the harbour."_s;
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    classifier.setDocuments(u"Ruth Ellery opened the session. Photographers filmed Ellery at the harbour."_s,
        u"Ruth Ellery opened the session. Photographers filmed Ruth at the harbour."_s);
    QList<SentenceChange> changes = classifier.compare(before, after);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.first().kind == ChangeKind::Wording, qPrintable(describe(before, after, changes)));

    classifier.setDocuments(
        u"Mayor Jonas Ellery opened the session. Photographers filmed Ellery at the harbour."_s,
        u"Mayor Jonas Ellery opened the session. Photographers filmed Ruth at the harbour."_s);
    changes = classifier.compare(before, after);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.first().kind == ChangeKind::Substantive && changes.first().reason == ChangeReason::Name,
        qPrintable(describe(before, after, changes)));

    const QString misspelt = u"Mrs. Abbot also said that she would stay."_s;
    const QString mended = u"She would stay."_s;
    classifier.setDocuments(u"Mrs. Abbott spoke first. Mrs. Abbot also said that she would stay."_s,
        u"Mrs. Abbott spoke first. She would stay."_s);
    changes = classifier.compare(misspelt, mended);
    for (const SentenceChange &c : std::as_const(changes))
        QVERIFY2(c.kind != ChangeKind::Substantive, qPrintable(describe(misspelt, mended, changes)));
}

QTEST_GUILESS_MAIN(TestChangeClassifier)
#include "tst_changeclassifier.moc"
