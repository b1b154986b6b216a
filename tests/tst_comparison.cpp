// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparison.h"
#include "core/labels.h"

#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusNamesMatchTheReportContract();
    void cosmeticKinds();
};

void TestComparison::statusNamesMatchTheReportContract()
{
    QCOMPARE(toString(CellStatus::Same), u"same"_s);
    QCOMPARE(toString(CellStatus::Moved), u"moved"_s);
    QCOMPARE(toString(ChangeKind::Substantive), u"substantive"_s);
    QCOMPARE(toString(QuoteFidelity::Typographic), u"typographic"_s);
}

void TestComparison::cosmeticKinds()
{
    QVERIFY(isCosmetic(ChangeKind::Typography));
    QVERIFY(isCosmetic(ChangeKind::Spelling));
    QVERIFY(!isCosmetic(ChangeKind::Wording));
    QVERIFY(!isCosmetic(ChangeKind::Substantive));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
