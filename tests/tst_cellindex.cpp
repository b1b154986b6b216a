// SPDX-License-Identifier: GPL-3.0-or-later
// CellIndex: the cells of a comparison as every reader sees them (model, view, PDF), on the hand-made
// council story of comparisonfixture.h where every row, change and quote is known.
#include "comparisonfixture.h"
#include "present/cellindex.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestCellIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangesAndText()
    {
        const Comparison c = Fixture::councilStory();
        const CellIndex index(c);
        QVERIFY(index.isCell(0, 0));
        QVERIFY(!index.isCell(-1, 0));
        QVERIFY(!index.isCell(0, 3));
        QVERIFY(!index.isCell(int(c.rows.size()), 0));

        const CellRange r = index.range(1, 1);
        QVERIFY(r.isValid());
        QCOMPARE(r.firstSentence, 1);
        QCOMPARE(r.lastSentence, 1);
        QCOMPARE(index.text(1, 1), u"The vote was 7-2."_s);
        QCOMPARE(index.textLength(1, 1), qsizetype(17));
        // An empty cell has no range and no text.
        QVERIFY(!index.range(1, 2).isValid());
        QVERIFY(index.text(1, 2).isEmpty());
        QCOMPARE(index.textLength(1, 2), qsizetype(0));
    }

    void textKeepsOffsetsAcrossLineBreaks()
    {
        Comparison c = Fixture::councilStory();
        // Two sentences in one cell, with the paragraph break between them.
        c.rows[0].spans[0] = 2;
        const CellIndex index(c);
        const QString text = index.text(0, 0);
        QVERIFY(!text.contains(u'\n'));
        QCOMPARE(text.size(), index.range(0, 0).length());
        QVERIFY(text.startsWith(u"The city council"_s));
        QVERIFY(text.endsWith(u"seven to two."_s));
    }

    void rangesAreClampedToTheText()
    {
        Comparison c = Fixture::councilStory();
        c.rows[6].spans[0] = 9; // more sentences than the version has
        c.versions[0].sentences.last().end = c.versions[0].text.size() + 50;
        const CellIndex index(c);
        const CellRange r = index.range(6, 0);
        QCOMPARE(r.lastSentence, int(c.versions[0].sentences.size()) - 1);
        QCOMPARE(r.end, c.versions[0].text.size());
    }

    void changesAndSpans()
    {
        const Comparison c = Fixture::councilStory();
        const CellIndex index(c);
        const QList<int> herald = index.changes(3, 2);
        QCOMPARE(herald.size(), 1);
        QCOMPARE(c.changes.at(herald.first()).after, u"fourteen"_s);

        const auto all = [](ChangeKind) { return true; };
        const QList<CellSpan> spans = index.spans(3, 2, all);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(index.text(3, 2).mid(spans.first().offset, spans.first().length), u"fourteen"_s);
        QCOMPARE(spans.first().version, 2);

        // The base column shows the base words that another version changed, owned by that version.
        const QList<CellSpan> base = index.spans(3, 0, all);
        QCOMPARE(base.size(), 1);
        QCOMPARE(index.text(3, 0).mid(base.first().offset, base.first().length), u"four"_s);
        QCOMPARE(base.first().version, 2);

        // A filter leaves the hidden kinds out.
        const auto noCosmetic = [](ChangeKind k) { return !isCosmetic(k); };
        QCOMPARE(index.spans(0, 2, all).size(), 1);
        QVERIFY(index.spans(0, 2, noCosmetic).isEmpty());
    }

    void changesComeInTextOrder()
    {
        Comparison c = Fixture::councilStory();
        // Two changes in one cell, listed back to front.
        Change later = Fixture::makeChange(c, 1, 2, ChangeKind::Wording, u"essentials"_s, u"essentials"_s);
        Change earlier = Fixture::makeChange(c, 1, 2, ChangeKind::Typography, u"We"_s, u"We"_s);
        c.changes.prepend(earlier);
        c.changes.prepend(later);
        const CellIndex index(c);
        const QList<int> list = index.changes(2, 1);
        QVERIFY(list.size() >= 3);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(c.changes.at(list.at(i - 1)).start <= c.changes.at(list.at(i)).start);
    }

    void sentenceRows()
    {
        const Comparison c = Fixture::councilStory();
        const CellIndex index(c);
        QCOMPARE(index.rowOfSentence(1, 4), 5); // Daily's moved sentence
        QCOMPARE(index.rowOfSentence(2, 4), 7); // Herald's addition
        QCOMPARE(index.rowOfSentence(2, 99), -1);
        QCOMPARE(index.rowOfSentence(7, 0), -1);
    }

    void quotes()
    {
        const Comparison c = Fixture::councilStory();
        const CellIndex index(c);
        const QList<QuoteSpan> spans = index.quoteSpans(2, 1);
        QCOMPARE(spans.size(), 1);
        QVERIFY(
            index.text(2, 1).mid(spans.first().offset, spans.first().length).contains(u"the agreement"_s));
        QCOMPARE(index.rowOfQuoteVariant(0, 1), 2);
        QVERIFY(index.isQuoteDivergent(0));
        QVERIFY(index.quoteSpans(0, 1).isEmpty());
    }

    // The one reading policy: what the window stops at and what the PDF numbers.
    void stopsAndNotes()
    {
        const Comparison c = Fixture::councilStory();
        const CellIndex index(c);
        QVERIFY(!index.isStop(3, 0, true)); // never in the base column
        QVERIFY(index.isStop(1, 1, true)); // wording change
        QVERIFY(index.isStop(7, 2, true)); // added sentence
        QVERIFY(index.isStop(5, 1, true)); // moved sentence
        QVERIFY(index.isStop(1, 2, true)); // dropped a base sentence
        QVERIFY(!index.isStop(3, 1, true)); // the gap a move leaves: the move is the stop
        QVERIFY(!index.isStop(7, 1, true)); // beside another version's addition
        QVERIFY(!index.isStop(4, 2, true)); // left-out boilerplate
        // A cell whose only change is cosmetic is a stop only while cosmetic changes are shown.
        QVERIFY(index.isStop(0, 2, true));
        QVERIFY(!index.isStop(0, 2, false));
        QCOMPARE(index.shownStatus(0, 2, false), CellStatus::Same);
        QCOMPARE(index.shownStatus(0, 2, true), CellStatus::Changed);

        QVERIFY(CellIndex::isPointedAt(ChangeKind::Substantive, false));
        QVERIFY(CellIndex::isPointedAt(ChangeKind::Wording, false));
        QVERIFY(!CellIndex::isPointedAt(ChangeKind::Typography, false));
        QVERIFY(CellIndex::isPointedAt(ChangeKind::Spelling, true));
    }

    void emptyIndex()
    {
        const CellIndex index;
        QVERIFY(!index.isCell(0, 0));
        QVERIFY(!index.range(0, 0).isValid());
        QVERIFY(index.changes(0, 0).isEmpty());
        QCOMPARE(index.rowOfSentence(0, 0), -1);
        QCOMPARE(index.rowOfQuoteVariant(0, 0), -1);
        QVERIFY(!index.isStop(0, 0, true));
    }
};

QTEST_GUILESS_MAIN(TestCellIndex)
#include "tst_cellindex.moc"
