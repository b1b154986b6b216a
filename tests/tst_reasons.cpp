// SPDX-License-Identifier: GPL-3.0-or-later
// The reasons of substantive changes as the reading layer offers them: the reader's reason filter (which
// changes it mutes, in the model's spans and strongest change) and the counts by reason per version.
#include "reasonfixture.h"

#include "present/comparisonmodel.h"
#include "present/reasoncounts.h"
#include "present/reasonfilter.h"

#include <QSignalSpy>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestReasons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFilterWithoutReasonsMutesNothing();
    void aFilterMutesOnlySubstantiveChangesOfOtherReasons();
    void filterIdsRoundTrip();
    void countsByReasonPerVersion();
    void countsInWords();
    void modelMarksMutedSpans();
    void mutedChangesAreNeverTheStrongest();
    void theFilterOutlivesARecomparison();
};

void TestReasons::aFilterWithoutReasonsMutesNothing()
{
    const ReasonFilter none;
    QVERIFY(!none.isActive());
    for (const Change &change : Fixture::harbourStory().changes)
        QVERIFY(!none.mutes(change));
    // None is not a reason one can choose: choosing it leaves the filter off.
    ReasonFilter filter;
    filter.setChosen(ChangeReason::None, true);
    QVERIFY(!filter.isActive());
}

void TestReasons::aFilterMutesOnlySubstantiveChangesOfOtherReasons()
{
    const ReasonFilter filter = ReasonFilter::of({ ChangeReason::Number, ChangeReason::Name });
    QVERIFY(filter.isActive());
    QCOMPARE(filter.chosen(), QList<ChangeReason>({ ChangeReason::Number, ChangeReason::Name }));
    Change change;
    change.kind = ChangeKind::Substantive;
    change.reason = ChangeReason::Number;
    QVERIFY(!filter.mutes(change));
    change.reason = ChangeReason::Date;
    QVERIFY(filter.mutes(change));
    change.reason = ChangeReason::None; // substantive without a reason: not one the reader chose
    QVERIFY(filter.mutes(change));
    for (const ChangeKind kind : { ChangeKind::Typography, ChangeKind::Spelling, ChangeKind::Wording }) {
        change.kind = kind;
        QVERIFY(!filter.mutes(change));
    }
    ReasonFilter fewer = filter;
    fewer.setChosen(ChangeReason::Number, false);
    QCOMPARE(fewer.chosen(), QList<ChangeReason>({ ChangeReason::Name }));
    fewer.setChosen(ChangeReason::Name, false);
    QVERIFY(!fewer.isActive());
}

void TestReasons::filterIdsRoundTrip()
{
    const ReasonFilter filter = ReasonFilter::of({ ChangeReason::ClaimDropped, ChangeReason::Date });
    QCOMPARE(filter.ids(), QStringList({ u"date"_s, u"claim-dropped"_s }));
    QCOMPARE(ReasonFilter::fromIds(filter.ids()), filter);
    QCOMPARE(
        ReasonFilter::fromIds({ u"date"_s, u"no-such-reason"_s }), ReasonFilter::of({ ChangeReason::Date }));
    QVERIFY(!ReasonFilter::fromIds({}).isActive());
    // Every reason but None can be chosen, and each has its own id.
    QCOMPARE(ReasonFilter::allReasons().size(), qsizetype(ChangeReason::Content));
    QCOMPARE(ReasonFilter::of(ReasonFilter::allReasons()).ids().size(), ReasonFilter::allReasons().size());
}

void TestReasons::countsByReasonPerVersion()
{
    const Comparison c = Fixture::harbourStory();
    const ReasonCounts daily = ReasonCounts::of(c, 1);
    QCOMPARE(daily.total, 6);
    QCOMPARE(daily.count(ChangeReason::Number), 2);
    QCOMPARE(daily.count(ChangeReason::Date), 1);
    QCOMPARE(daily.count(ChangeReason::Quote), 0);
    // Most frequent first, then in the order of the reasons.
    QCOMPARE(daily.reasons(),
        QList<ChangeReason>({ ChangeReason::Number, ChangeReason::Date, ChangeReason::Name,
            ChangeReason::Negation, ChangeReason::Modality }));
    const ReasonCounts herald = ReasonCounts::of(c, 2);
    QCOMPARE(herald.total, 2); // the wording change is not counted
    QCOMPARE(herald.reasons(), QList<ChangeReason>({ ChangeReason::Number, ChangeReason::Date }));
    QCOMPARE(ReasonCounts::of(c, 0).total, 0);
}

void TestReasons::countsInWords()
{
    Comparison c = Fixture::harbourStory();
    QCOMPARE(ReasonCounts::of(c, 1).summary(),
        u"6 substantive: 2 number, 1 date, 1 name, 1 negation, 1 modality"_s);
    QCOMPARE(ReasonCounts::of(c, 2).describe(), u"1 number, 1 date"_s);
    QCOMPARE(ReasonCounts::of(c, 0).summary(), u"no substantive change"_s);
    // A substantive change without a reason is counted, as "other".
    c.changes[6].reason = ChangeReason::None;
    QCOMPARE(ReasonCounts::of(c, 2).summary(), u"2 substantive: 1 number, 1 other"_s);
}

void TestReasons::modelMarksMutedSpans()
{
    ComparisonModel model;
    model.setComparison(Fixture::harbourStory());
    auto muted = [&model](int row, int version) {
        QStringList words;
        for (const CellSpan &span : model.cellSpans(row, version)) {
            const Change &change = model.comparison().changes.at(span.change);
            words.append(
                (span.muted ? u"-"_s : u"+"_s) + (change.after.isEmpty() ? change.before : change.after));
        }
        return words.join(u' ');
    };
    QCOMPARE(muted(0, 1), u"+More than 400 +Tuesday"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReasonFilter(ReasonFilter::of({ ChangeReason::Number, ChangeReason::Name }));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(ComparisonModel::ChangeSpansRole));
    QCOMPARE(muted(0, 1), u"+More than 400 -Tuesday"_s);
    QCOMPARE(muted(1, 1), u"+Karl -not "_s);
    QCOMPARE(muted(1, 2), u"+stated"_s); // wording is never muted
    // In the base column the base words of the other versions' changes follow the same filter.
    QCOMPARE(muted(2, 0), u"-may -June"_s);
    // Setting the same filter again changes nothing.
    model.setReasonFilter(ReasonFilter::of({ ChangeReason::Name, ChangeReason::Number }));
    QCOMPARE(changed.size(), 1);
    model.setReasonFilter({});
    QCOMPARE(muted(2, 0), u"+may +June"_s);
}

void TestReasons::mutedChangesAreNeverTheStrongest()
{
    ComparisonModel model;
    model.setComparison(Fixture::harbourStory());
    QCOMPARE(model.strongestChange(2, 1), int(ChangeKind::Substantive));
    model.setReasonFilter(ReasonFilter::of({ ChangeReason::Number }));
    QCOMPARE(model.strongestChange(2, 1), -1); // a modality change only
    QCOMPARE(model.index(2, 1).data(ComparisonModel::StrongestChangeRole).toInt(), -1);
    QCOMPARE(model.strongestChange(0, 1), int(ChangeKind::Substantive)); // the number
    QCOMPARE(model.strongestChange(1, 2), int(ChangeKind::Wording));
    // The tooltip still says what the muted change is.
    QVERIFY(model.describeCell(2, 1).contains(u"modality: will → may"_s));
}

void TestReasons::theFilterOutlivesARecomparison()
{
    ComparisonModel model;
    model.setComparison(Fixture::harbourStory());
    const ReasonFilter filter = ReasonFilter::of({ ChangeReason::Date });
    model.setReasonFilter(filter);
    model.setComparison(Fixture::harbourStory());
    QCOMPARE(model.reasonFilter(), filter);
    QVERIFY(model.isMuted(model.comparison().changes.at(0)));
    QVERIFY(!model.isMuted(model.comparison().changes.at(1)));
}

QTEST_GUILESS_MAIN(TestReasons)
#include "tst_reasons.moc"
