// SPDX-License-Identifier: GPL-3.0-or-later
// WordDiff: a shortest edit script as ordered hunks, checked against a brute-force LCS on random
// sequences; TokenInterner: typographic variants share a key, so they never show up as word changes.
#include "text/worddiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Length of a longest common subsequence, by the textbook dynamic programme.
int lcsLength(const QList<int> &a, const QList<int> &b)
{
    QList<int> previous(b.size() + 1, 0), current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous.at(b.size());
}

QString toString(const QList<int> &s)
{
    QStringList parts;
    for (int x : s)
        parts.append(QString::number(x));
    return u"["_s + parts.join(u' ') + u']';
}

QString toString(const QList<DiffHunk> &hunks)
{
    QStringList parts;
    for (const DiffHunk &h : hunks)
        parts.append(u"a[%1,%2) b[%3,%4)"_s.arg(h.aBegin).arg(h.aEnd).arg(h.bBegin).arg(h.bEnd));
    return parts.join(u", "_s);
}

// The hunks are a valid edit script from a to b: in order, non-empty, separated by non-empty equal
// stretches (adjacent hunks would be one), and everything outside them equal token for token.
bool isValidScript(const QList<int> &a, const QList<int> &b, const QList<DiffHunk> &hunks, QString *why)
{
    int ai = 0, bi = 0;
    for (qsizetype k = 0; k < hunks.size(); ++k) {
        const DiffHunk &h = hunks.at(k);
        if (h.aBegin > h.aEnd || h.bBegin > h.bEnd || (h.aBegin == h.aEnd && h.bBegin == h.bEnd)) {
            *why = u"hunk %1 is empty or reversed"_s.arg(k);
            return false;
        }
        if (h.aBegin - ai != h.bBegin - bi) {
            *why = u"equal stretches of different length before hunk %1"_s.arg(k);
            return false;
        }
        if (k > 0 && h.aBegin == ai) {
            *why = u"hunks %1 and %2 touch; they are one hunk"_s.arg(k - 1).arg(k);
            return false;
        }
        for (; ai < h.aBegin; ++ai, ++bi)
            if (a.at(ai) != b.at(bi)) {
                *why = u"a[%1] != b[%2] outside any hunk"_s.arg(ai).arg(bi);
                return false;
            }
        ai = h.aEnd;
        bi = h.bEnd;
        if (ai > a.size() || bi > b.size()) {
            *why = u"hunk %1 runs past the end"_s.arg(k);
            return false;
        }
    }
    if (a.size() - ai != b.size() - bi) {
        *why = u"trailing equal stretches differ in length"_s;
        return false;
    }
    for (; ai < a.size(); ++ai, ++bi)
        if (a.at(ai) != b.at(bi)) {
            *why = u"a[%1] != b[%2] after the last hunk"_s.arg(ai).arg(bi);
            return false;
        }
    return true;
}

int editSize(const QList<DiffHunk> &hunks)
{
    int n = 0;
    for (const DiffHunk &h : hunks)
        n += (h.aEnd - h.aBegin) + (h.bEnd - h.bBegin);
    return n;
}

QList<int> randomSequence(QRandomGenerator &rng, int maxLength, int alphabet)
{
    QList<int> s(rng.bounded(maxLength + 1));
    for (int &x : s)
        x = rng.bounded(alphabet);
    return s;
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hunks_data();
    void hunks();
    void minimalOnRandomShortSequences_data();
    void minimalOnRandomShortSequences();
    void minimalOnEditedSequences();
    void internerKeysIgnoreTypography_data();
    void internerKeysIgnoreTypography();
    void internerIsSharedAcrossTexts();
    void wordEditsStayWholeTokens_data();
    void wordEditsStayWholeTokens();
};

void TestWordDiff::hunks_data()
{
    QTest::addColumn<QList<int>>("a");
    QTest::addColumn<QList<int>>("b");
    QTest::addColumn<QList<DiffHunk>>("expected");

    using L = QList<int>;
    using H = QList<DiffHunk>;
    QTest::newRow("both empty") << L {} << L {} << H {};
    QTest::newRow("identical") << L { 1, 2, 3 } << L { 1, 2, 3 } << H {};
    QTest::newRow("insert into empty") << L {} << L { 1, 2 } << H { { 0, 0, 0, 2 } };
    QTest::newRow("delete everything") << L { 1, 2 } << L {} << H { { 0, 2, 0, 0 } };
    QTest::newRow("insert at the start") << L { 2, 3 } << L { 1, 2, 3 } << H { { 0, 0, 0, 1 } };
    QTest::newRow("insert at the end") << L { 1, 2 } << L { 1, 2, 3 } << H { { 2, 2, 2, 3 } };
    QTest::newRow("delete in the middle") << L { 1, 2, 3 } << L { 1, 3 } << H { { 1, 2, 1, 1 } };
    QTest::newRow("replace one") << L { 1, 2, 3 } << L { 1, 9, 3 } << H { { 1, 2, 1, 2 } };
    QTest::newRow("replace one by two") << L { 1, 2, 3 } << L { 1, 8, 9, 3 } << H { { 1, 2, 1, 3 } };
    QTest::newRow("two separate edits")
        << L { 1, 2, 3, 4, 5 } << L { 1, 9, 3, 4 } << H { { 1, 2, 1, 2 }, { 4, 5, 4, 4 } };
    QTest::newRow("nothing in common") << L { 1, 2 } << L { 3, 4, 5 } << H { { 0, 2, 0, 3 } };
}

void TestWordDiff::hunks()
{
    QFETCH(QList<int>, a);
    QFETCH(QList<int>, b);
    QFETCH(QList<DiffHunk>, expected);
    const QList<DiffHunk> actual = WordDiff::diff(a, b);
    QVERIFY2(actual == expected, qPrintable(toString(actual) + u" expected "_s + toString(expected)));
}

void TestWordDiff::minimalOnRandomShortSequences_data()
{
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("alphabet");
    QTest::newRow("length <= 6, 2 symbols") << 6 << 2;
    QTest::newRow("length <= 10, 3 symbols") << 10 << 3;
    QTest::newRow("length <= 16, 4 symbols") << 16 << 4;
    QTest::newRow("length <= 40, 8 symbols") << 40 << 8;
    QTest::newRow("length <= 120, 30 symbols") << 120 << 30;
}

// Property: for any two sequences the script is valid and as short as possible,
// |a| + |b| - 2 * LCS(a, b) tokens deleted or inserted.
void TestWordDiff::minimalOnRandomShortSequences()
{
    QFETCH(int, maxLength);
    QFETCH(int, alphabet);
    QRandomGenerator rng(20260613u + quint32(maxLength) * 31u + quint32(alphabet));
    for (int round = 0; round < 3000; ++round) {
        const QList<int> a = randomSequence(rng, maxLength, alphabet);
        const QList<int> b = randomSequence(rng, maxLength, alphabet);
        const QList<DiffHunk> hunks = WordDiff::diff(a, b);
        QString why;
        QVERIFY2(isValidScript(a, b, hunks, &why),
            qPrintable(toString(a) + u" -> "_s + toString(b) + u": "_s + why + u"; "_s + toString(hunks)));
        const int minimal = int(a.size() + b.size()) - 2 * lcsLength(a, b);
        QVERIFY2(editSize(hunks) == minimal,
            qPrintable(toString(a) + u" -> "_s + toString(b)
                + u": edit of %1 tokens, minimum %2; "_s.arg(editSize(hunks)).arg(minimal)
                + toString(hunks)));
    }
}

// Sentence revisions are mostly equal with a few edits: make such pairs and check the same property.
void TestWordDiff::minimalOnEditedSequences()
{
    QRandomGenerator rng(7u);
    for (int round = 0; round < 2000; ++round) {
        QList<int> a = randomSequence(rng, 60, 50);
        QList<int> b = a;
        const int edits = rng.bounded(6);
        for (int e = 0; e < edits; ++e) {
            const int op = rng.bounded(3);
            const int at = b.isEmpty() ? 0 : rng.bounded(int(b.size()));
            if (op == 0 || b.isEmpty())
                b.insert(at, rng.bounded(50));
            else if (op == 1)
                b.remove(at);
            else
                b[at] = rng.bounded(50);
        }
        const QList<DiffHunk> hunks = WordDiff::diff(a, b);
        QString why;
        QVERIFY2(isValidScript(a, b, hunks, &why), qPrintable(why));
        QCOMPARE(editSize(hunks), int(a.size() + b.size()) - 2 * lcsLength(a, b));
    }
}

void TestWordDiff::internerKeysIgnoreTypography_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equalKeys");

    QTest::newRow("curly vs straight quotes")
        << u"said \"stabilize\" ties"_s << u"said \u201cstabilize\u201d ties"_s << true;
    QTest::newRow("em dash vs double hyphen") << u"line \u2014 a branch"_s << u"line -- a branch"_s << true;
    QTest::newRow("no-break space") << u"$640 million"_s << u"$640\u00a0million"_s << true;
    QTest::newRow("curly apostrophe") << u"the city's buses"_s << u"the city\u2019s buses"_s << true;
    QTest::newRow("ellipsis") << u"then\u2026 silence"_s << u"then... silence"_s << true;
    QTest::newRow("its vs it's") << u"In its readout"_s << u"In it's readout"_s << false;
    QTest::newRow("capitalisation") << u"the President"_s << u"the president"_s << false;
}

void TestWordDiff::internerKeysIgnoreTypography()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equalKeys);
    TokenInterner interner;
    const TokenizedText ta = interner.tokenize(a);
    const TokenizedText tb = interner.tokenize(b);
    QCOMPARE(ta.keys.size(), ta.tokens.size());
    QCOMPARE(tb.keys.size(), tb.tokens.size());
    QCOMPARE(ta.keys == tb.keys, equalKeys);
    QCOMPARE(WordDiff::diff(ta.keys, tb.keys).isEmpty(), equalKeys);
}

void TestWordDiff::internerIsSharedAcrossTexts()
{
    TokenInterner interner;
    const TokenizedText a = interner.tokenize(u"The council voted."_s);
    const TokenizedText b = interner.tokenize(u"council The voted."_s);
    QCOMPARE(a.keys.at(0), b.keys.at(2)); // "The"
    QCOMPARE(a.keys.at(2), b.keys.at(0)); // "council"
    QVERIFY(a.keys.at(0) != a.keys.at(2));
    QCOMPARE(interner.intern(u"council"_s), a.keys.at(2));
    QCOMPARE(a.tokenText(2), u"council"_s);
}

void TestWordDiff::wordEditsStayWholeTokens_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("inserted");

    QTest::newRow("typo fixed: whole word replaced")
        << u"from the regional goverment today"_s << u"from the regional government today"_s << u"goverment"_s
        << u"government"_s;
    QTest::newRow("its/it's: whole word replaced")
        << u"In it's readout"_s << u"In its readout"_s << u"it's"_s << u"its"_s;
    QTest::newRow("number changed: whole number replaced")
        << u"about 18,000 passengers"_s << u"about 19,000 passengers"_s << u"18,000"_s << u"19,000"_s;
    QTest::newRow("word added") << u"he would ask the auditor"_s << u"he would not ask the auditor"_s
                                << QString() << u"not "_s;
    QTest::newRow("hyphenation: three words against one")
        << u"military to military talks"_s << u"military-to-military talks"_s << u"military to military"_s
        << u"military-to-military"_s;
}

// A diff over tokens reports whole words: the removed and inserted text of the single hunk.
void TestWordDiff::wordEditsStayWholeTokens()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, removed);
    QFETCH(QString, inserted);
    TokenInterner interner;
    const TokenizedText ta = interner.tokenize(a);
    const TokenizedText tb = interner.tokenize(b);
    const QList<DiffHunk> hunks = WordDiff::diff(ta.keys, tb.keys);
    QCOMPARE(hunks.size(), 1);
    const DiffHunk &h = hunks.first();
    auto span = [](const TokenizedText &t, int begin, int end) {
        if (begin == end)
            return QString();
        return t.text.mid(t.tokens.at(begin).start, t.tokens.at(end - 1).end - t.tokens.at(begin).start)
            .toString();
    };
    // A space next to an inserted word may land on either side of it.
    QCOMPARE(span(ta, h.aBegin, h.aEnd).trimmed(), removed.trimmed());
    QCOMPARE(span(tb, h.bBegin, h.bEnd).trimmed(), inserted.trimmed());
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
