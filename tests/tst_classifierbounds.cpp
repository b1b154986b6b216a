// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeClassifier on hostile sizes: the work of classifying the differences of two sentences grows
// linearly with their length, whether the word diff finds many small differences or gives up and
// returns one difference the size of the sentence. The test counts the work the classifier reports
// (tokens read, word pairs compared) instead of timing it; a generous limit on processor time is only a
// guard against a hang (the wall clock of a loaded machine running the sanitizer build says nothing).
#include "align/changeclassifier.h"
#include "comparisonfixture.h"

#include <QTest>

#include <ctime>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// A made-up content word per number ("bakomi", "delupa"...), none of them English, with an English
// function word now and then, so that the sentence reads as running text to the rules.
QString word(int n)
{
    static const QStringList functionWords { u"the"_s, u"of"_s, u"and"_s, u"in"_s, u"to"_s };
    if (n % 7 == 3)
        return functionWords.at(n % functionWords.size());
    return Fixture::madeUpWord(n);
}

// One sentence of `words` words, and the same with every `step`-th word replaced by a new word, or
// (inflected) by another form of itself, which keeps the facts, so that no piece stops the check early.
std::pair<QString, QString> sentencePair(int words, int step, bool inflected = false)
{
    QStringList before, after;
    for (int i = 0; i < words; ++i) {
        before.append(word(i));
        const bool change = i % step == step - 1 && (!inflected || i % 7 != 3);
        after.append(!change ? word(i) : inflected ? word(i) + u"ed"_s : word(words + i));
    }
    return { before.join(u' ') + u'.', after.join(u' ') + u'.' };
}

struct Run
{
    ChangeClassifier::Work work;
    QList<SentenceChange> changes;
    qsizetype tokens = 0; // of both sentences
    qsizetype words = 0; // of both sentences
};

Run classify(int words, int step, bool inflected = false)
{
    const auto [before, after] = sentencePair(words, step, inflected);
    TokenInterner interner;
    ChangeClassifier classifier(interner);
    Run run;
    run.changes = classifier.compare(before, after);
    run.work = classifier.work();
    for (const QString *text : { &before, &after })
        for (const Token &t : Tokenizer::tokenize(*text)) {
            ++run.tokens;
            run.words += t.type == Token::Word ? 1 : 0;
        }
    return run;
}

bool anySubstantive(const QList<SentenceChange> &changes)
{
    return std::any_of(changes.cbegin(), changes.cend(),
        [](const SentenceChange &c) { return c.kind == ChangeKind::Substantive; });
}

} // namespace

class TestClassifierBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hugeDifferenceIsJudgedInPieces();
    void manySmallDifferencesReadEachTokenOnce();
    void shortSentencesAreJudgedWhole();
};

// 10,000 and 20,000 words with every third word changed: the word diff gives up and the whole sentence is
// one difference. Each piece compares at most MaxPieceWords words of a side with those of the other.
void TestClassifierBounds::hugeDifferenceIsJudgedInPieces()
{
    const std::clock_t started = std::clock();
    const Run small = classify(10000, 3);
    const Run big = classify(20000, 3);
    for (const Run *run : { &small, &big }) {
        qInfo("%lld words in both: %lld differences, %lld tokens read of %lld, %lld word pairs",
            qlonglong(run->words), run->work.hunks, run->work.tokensRead, qlonglong(run->tokens),
            run->work.wordPairs);
        QVERIFY(!run->changes.isEmpty());
        // New made-up words replace others: new content, a substantive change.
        QVERIFY(anySubstantive(run->changes));
        QVERIFY2(run->work.wordPairs <= qint64(ChangeClassifier::MaxPieceWords) * run->words,
            qPrintable(u"%1 word pairs for %2 words"_s.arg(run->work.wordPairs).arg(run->words)));
        // The fact rules read each token of the difference once, the pieces' edges aside.
        QVERIFY2(run->work.tokensRead <= run->tokens + 2 * run->work.hunks,
            qPrintable(u"%1 tokens read of %2"_s.arg(run->work.tokensRead).arg(run->tokens)));
    }
    // Twice the words, about twice the work (all pairs would be four times).
    QVERIFY(small.work.wordPairs > 0);
    const double growth = double(big.work.wordPairs) / double(small.work.wordPairs);
    QVERIFY2(growth < 2.5, qPrintable(u"word pairs grew x%1"_s.arg(growth)));
    // Every third word inflected: wording in every piece, so every piece is checked.
    const Run smallForms = classify(10000, 3, true);
    const Run bigForms = classify(20000, 3, true);
    for (const Run *run : { &smallForms, &bigForms }) {
        qInfo("%lld words in both, inflected: %lld differences, %lld tokens read of %lld, %lld word pairs",
            qlonglong(run->words), run->work.hunks, run->work.tokensRead, qlonglong(run->tokens),
            run->work.wordPairs);
        QVERIFY(!run->changes.isEmpty());
        QVERIFY(!anySubstantive(run->changes));
        QVERIFY(run->work.wordPairs <= qint64(ChangeClassifier::MaxPieceWords) * run->words);
        QVERIFY(run->work.tokensRead <= run->tokens + 2 * run->work.hunks);
    }
    QVERIFY(smallForms.work.wordPairs > 0);
    const double formsGrowth = double(bigForms.work.wordPairs) / double(smallForms.work.wordPairs);
    QVERIFY2(formsGrowth > 1.5 && formsGrowth < 2.5, qPrintable(u"word pairs grew x%1"_s.arg(formsGrowth)));
    // Only a guard against a hang: the work above is what the test checks, not the time. Processor time
    // of the whole process, all its threads.
    const qint64 cpuMs = qint64(std::clock() - started) * 1000 / CLOCKS_PER_SEC;
    QVERIFY2(cpuMs < 120'000, qPrintable(u"%1 ms of processor time"_s.arg(cpuMs)));
}

// 4,000 words with every 25th word changed: the diff succeeds with 160 small differences, and each
// difference is described from its own tokens, not by rereading the sentence from its start.
void TestClassifierBounds::manySmallDifferencesReadEachTokenOnce()
{
    const Run run = classify(4000, 25);
    QVERIFY(run.work.hunks >= 150);
    QVERIFY(anySubstantive(run.changes));
    QVERIFY2(run.work.tokensRead <= run.tokens,
        qPrintable(u"%1 tokens read of %2"_s.arg(run.work.tokensRead).arg(run.tokens)));
    QVERIFY2(run.work.wordPairs <= 4 * run.work.hunks,
        qPrintable(u"%1 word pairs for %2 differences"_s.arg(run.work.wordPairs).arg(run.work.hunks)));
}

// Up to the bound a difference is judged whole, as before there was a bound: 64 words replaced by 64
// others are one fact check of 64 x 64 word pairs. Past it, pieces: 200 by 200 words never compare more
// than MaxPieceWords words of a side with MaxPieceWords of the other.
void TestClassifierBounds::shortSentencesAreJudgedWhole()
{
    for (const int words : { 64, 200 }) {
        QStringList before, after;
        for (int i = 0; i < words; ++i) {
            before.append(word(3 * i));
            after.append(word(3 * i + 100000));
        }
        const QString a = before.join(u' '), b = after.join(u' ');
        TokenInterner interner;
        ChangeClassifier classifier(interner);
        const TokenizedText ta = interner.tokenize(a), tb = interner.tokenize(b);
        const DiffHunk whole { 0, int(ta.tokens.size()), 0, int(tb.tokens.size()) };
        const ChangeClassifier::Verdict verdict = classifier.classify(ta, tb, whole);
        QCOMPARE(verdict.kind, ChangeKind::Substantive);
        if (words <= ChangeClassifier::MaxPieceWords)
            QCOMPARE(classifier.work().wordPairs, qint64(words) * words);
        else
            QVERIFY(classifier.work().wordPairs <= qint64(ChangeClassifier::MaxPieceWords) * words);
    }
}

QTEST_GUILESS_MAIN(TestClassifierBounds)
#include "tst_classifierbounds.moc"
