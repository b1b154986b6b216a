// SPDX-License-Identifier: GPL-3.0-or-later
// TextCredit: the name a plain text gives itself in its first lines (outlet line, dateline credit,
// byline), and nothing where it names nobody.
#include "load/creditline.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestCreditLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credits_data();
    void credits();
    void onlyTheTopIsRead();
};

void TestCreditLine::credits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("name");

    QTest::newRow("dateline credit") << u"Harbour reopens\n\nMARLOW (NP) — The harbour reopened on Monday."_s
                                     << QString() << u"NP"_s << QStringList() << u"NP"_s;
    QTest::newRow("dateline with region and double hyphen")
        << u"STONEY CREEK, Ont. (Wirewire) -- Crews worked through the night."_s << QString() << u"Wirewire"_s
        << QStringList() << u"Wirewire"_s;
    QTest::newRow("outlet beside the date")
        << u"Ferry fares rise\n\nUpdated 3 May 2025 09:10 | Kestrel Bay Echo\n\nKESTREL BAY (NP) — Fares rise."_s
        << u"Kestrel Bay Echo"_s << u"NP"_s << QStringList() << u"Kestrel Bay Echo"_s;
    QTest::newRow("byline of two")
        << u"Ferry fares rise\n\nBy Ada Brook and Leon Marsh\n\nFares rise by a tenth."_s << QString()
        << QString() << QStringList { u"Ada Brook"_s, u"Leon Marsh"_s } << u"Ada Brook, Leon Marsh"_s;
    QTest::newRow("byline with the outlet last")
        << u"By Ada Brook, Kestrel Press\n\nFares rise by a tenth."_s << u"Kestrel Press"_s << QString()
        << QStringList { u"Ada Brook"_s } << u"Kestrel Press"_s;
    QTest::newRow("posting line credit")
        << u"Fares rise\n\nPosted 5:57 am, July 16, 2018, by Harbour News Service , Updated at 06:00AM\n\nText."_s
        << u"Harbour News Service"_s << QString() << QStringList() << u"Harbour News Service"_s;
    QTest::newRow("no credit") << u"Fares rise\n\nThe ferry will cost more from June, the operator said."_s
                               << QString() << QString() << QStringList() << QString();
    QTest::newRow("prose starting with By is no byline")
        << u"By the end of the year the ferry will cost a tenth more, the operator said on Monday."_s
        << QString() << QString() << QStringList() << QString();
    QTest::newRow("a parenthesis in prose is no dateline")
        << u"The operator (Kestrel Lines) said fares rise."_s << QString() << QString() << QStringList()
        << QString();
}

void TestCreditLine::credits()
{
    QFETCH(QString, text);
    QFETCH(QString, outlet);
    QFETCH(QString, wire);
    QFETCH(QStringList, authors);
    QFETCH(QString, name);
    const TextCredit credit = TextCredit::read(text);
    QCOMPARE(credit.outlet, outlet);
    QCOMPARE(credit.wire, wire);
    QCOMPARE(credit.authors, authors);
    QCOMPARE(credit.name(), name);
}

void TestCreditLine::onlyTheTopIsRead()
{
    QString text;
    for (int i = 0; i < 10; ++i)
        text += u"Paragraph %1 of the story goes on.\n\n"_s.arg(i);
    text += u"By Ada Brook\n"_s;
    QVERIFY(TextCredit::read(text).name().isEmpty());
}

QTEST_GUILESS_MAIN(TestCreditLine)
#include "tst_creditline.moc"
