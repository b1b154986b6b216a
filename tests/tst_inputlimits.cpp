// SPDX-License-Identifier: GPL-3.0-or-later
// The input limits that keep a comparison within its time and memory budget (issue 13): versions over
// LoadError::MaxSentences sentences or LoadError::MaxCharacters characters are refused with their size,
// run-on sentences are cut into pieces without losing text, and gaps too large for the aligner's dynamic
// programme are matched greedily, in order.
#include "align/gapfallback_p.h"
#include "core/labels.h"
#include "load/articleloader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// "Sentence 17 of the test says nothing in particular." with a distinct number each.
QByteArray sentences(int count, const char *separator)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "Sentence " + QByteArray::number(i) + " of the test says nothing in particular." + separator;
    return out;
}

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tooManySentencesIsRefusedWithItsSize()
    {
        const int count = int(LoadError::MaxSentences) + 1;
        LoadError error;
        QVERIFY(!ArticleLoader::loadData(
            sentences(count, " "), TextFormat::PlainText, u"long"_s, &error, u"long.txt"_s));
        QVERIFY(error.code == LoadError::Code::TooManySentences);
        QCOMPARE(error.detail, QString::number(count));
        QCOMPARE(describeInEnglish(error),
            u"too long: 3001 sentences; Parallax compares articles of up to 3000 sentences"_s);
        // At the limit it is read.
        QVERIFY(ArticleLoader::loadData(
            sentences(int(LoadError::MaxSentences), " "), TextFormat::PlainText, u"long"_s, &error));
    }

    void tooManyCharactersIsRefusedWithItsSize()
    {
        const QByteArray text = QByteArray(LoadError::MaxCharacters + 10, 'x');
        LoadError error;
        QVERIFY(!ArticleLoader::loadData(text, TextFormat::PlainText, u"big"_s, &error, u"big.txt"_s));
        QVERIFY(error.code == LoadError::Code::TooManyCharacters);
        QCOMPARE(error.detail.toLongLong(), LoadError::MaxCharacters + 10);
        QVERIFY(describeInEnglish(error).startsWith(u"too long: 1000010 characters of text"_s));
    }

    void runOnSentencesAreCutWithoutLosingText()
    {
        // 2,000 words without a full stop, then a giant token: pieces of at most 3,000 characters, cut at
        // white space where there is some, and together the whole text.
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += "word" + QByteArray::number(i) + ' ';
        text += QByteArray(7000, 'z');
        LoadError error;
        const std::optional<Version> v
            = ArticleLoader::loadData(text, TextFormat::PlainText, u"runon"_s, &error);
        QVERIFY(v);
        QVERIFY(v->sentences.size() >= 6);
        QString joined;
        for (qsizetype s = 0; s < v->sentences.size(); ++s) {
            const QString piece = v->sentenceText(s);
            QVERIFY2(piece.size() <= 3000, qPrintable(QString::number(piece.size())));
            QVERIFY(!piece.front().isSpace() && !piece.back().isSpace());
            joined += piece;
        }
        QString expected = QString::fromLatin1(text);
        QCOMPARE(joined.remove(u' '), expected.remove(u' '));
        // Among the words, a piece ends at a word's end.
        QVERIFY(v->text.at(v->sentences.at(0).end).isSpace());
    }

    void greedyGapMatchesFollowTheOrderOfBothSides()
    {
        using Bag = StorySimilarity::Bag;
        // Rows 0..5 with terms {10 + i, 100}; sentences match rows 4, 1, 2, 5 (and one matches nothing).
        QList<QList<Bag>> rows;
        for (int i = 0; i < 6; ++i)
            rows.append({ Bag { { 10 + i, 100 }, 2 } });
        const QList<Bag> sentenceBags { Bag { { 14 }, 1 }, Bag { { 11 }, 1 }, Bag { { 12 }, 1 },
            Bag { { 99 }, 1 }, Bag { { 15 }, 1 } };
        const auto similarity = [&](int row, int sentence) {
            return sentenceBags.at(sentence).terms.contains(10 + row) ? 0.9 : 0.0;
        };
        const QList<std::pair<int, int>> matches = Internal::greedyGapMatches(
            rows, [&](int j) -> const Bag & { return sentenceBags.at(j); }, int(sentenceBags.size()),
            similarity, 0.42);
        // The longest chain increasing on both sides: (1, 1), (2, 2), (5, 4); (4, 0) crosses them.
        const QList<std::pair<int, int>> expected { { 1, 1 }, { 2, 2 }, { 5, 4 } };
        QCOMPARE(matches, expected);
    }

    void programmeBudgetIsSpentAndRefused()
    {
        qsizetype used = 0;
        QVERIFY(Internal::withinProgrammeBudget(Internal::MaxGapProgrammeCells, &used));
        QVERIFY(!Internal::withinProgrammeBudget(Internal::MaxGapProgrammeCells + 1, &used));
        QCOMPARE(used, Internal::MaxGapProgrammeCells);
        while (Internal::withinProgrammeBudget(Internal::MaxGapProgrammeCells, &used)) { }
        QCOMPARE(used, Internal::MaxAlignProgrammeCells);
        QVERIFY(!Internal::withinProgrammeBudget(1, &used));
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
