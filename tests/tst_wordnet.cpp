// SPDX-License-Identifier: GPL-3.0-or-later
// WordNet: lemmas, synonyms, antonyms and hypernyms as the change classifier and the aligner ask them.
#include "text/wordnet.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestWordNet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The build root and the .deb bring the database; a missing one is a set-up fault here.
        QVERIFY2(WordNet::instance().isAvailable(), "WordNet database not found (Debian: wordnet-base)");
    }

    void lemmas_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("pos");
        QTest::addColumn<QString>("lemma");
        QTest::newRow("irregular past") << u"went"_s << int(WordNet::Pos::Verb) << u"go"_s;
        QTest::newRow("irregular plural") << u"mice"_s << int(WordNet::Pos::Noun) << u"mouse"_s;
        QTest::newRow("regular plural") << u"sanctions"_s << int(WordNet::Pos::Noun) << u"sanction"_s;
        QTest::newRow("capitalised") << u"Talks"_s << int(WordNet::Pos::Noun) << u"talk"_s;
        QTest::newRow("lemma itself") << u"meeting"_s << int(WordNet::Pos::Noun) << u"meeting"_s;
    }
    void lemmas()
    {
        QFETCH(QString, word);
        QFETCH(int, pos);
        QFETCH(QString, lemma);
        const QStringList found = WordNet::instance().lemmas(word, WordNet::Pos(pos));
        QVERIFY2(found.contains(lemma), qPrintable(found.join(u", ")));
    }

    void relations_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("synonyms");
        QTest::addColumn<bool>("antonyms");
        QTest::newRow("said/stated") << u"said"_s << u"stated"_s << true << false;
        QTest::newRow("crucial/essential") << u"crucial"_s << u"essential"_s << true << false;
        QTest::newRow("talks/negotiations") << u"talks"_s << u"negotiations"_s << true << false;
        QTest::newRow("raise/lower") << u"raise"_s << u"lower"_s << false << true;
        QTest::newRow("increase/decrease") << u"increased"_s << u"decreased"_s << false << true;
        QTest::newRow("unrelated") << u"ambassador"_s << u"banana"_s << false << false;
        QTest::newRow("not English") << u"Kabinettssitzung"_s << u"Sitzung"_s << false << false;
        QTest::newRow("accented") << u"café"_s << u"coffee"_s << false << false;
    }
    void relations()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, synonyms);
        QFETCH(bool, antonyms);
        const WordNet &wn = WordNet::instance();
        QCOMPARE(wn.areSynonyms(a, b), synonyms);
        QCOMPARE(wn.areSynonyms(b, a), synonyms);
        QCOMPARE(wn.areAntonyms(a, b), antonyms);
        QCOMPARE(wn.areAntonyms(b, a), antonyms);
    }

    void hypernyms()
    {
        const WordNet &wn = WordNet::instance();
        QVERIFY(wn.isHypernym(u"vehicle", u"car", 3));
        QVERIFY(!wn.isHypernym(u"car", u"vehicle", 3));
        QVERIFY(wn.isHypernym(u"diplomat", u"ambassador", 2));
        // "rebuff" is a way to reject, and "decline" shares the sense "refuse to accept".
        QVERIFY(wn.isHypernym(u"declined", u"rebuffed", 2));
        QVERIFY(!wn.isHypernym(u"fruit", u"ambassador", 4));
    }

    void emptyAndHostileWords()
    {
        const WordNet &wn = WordNet::instance();
        QVERIFY(wn.lemmas(u"", WordNet::Pos::Noun).isEmpty());
        QVERIFY(wn.synsets(QString(300, u'a'), WordNet::Pos::Noun).isEmpty());
        QVERIFY(wn.synsets(u"a\u0000b"_s, WordNet::Pos::Noun).isEmpty());
        QVERIFY(!wn.areSynonyms(u"", u""));
    }

    // The library is not re-entrant; the wrapper's lock must make concurrent questions safe and
    // give every thread the same answers.
    void concurrentQuestions()
    {
        const QStringList words = { u"talks"_s, u"said"_s, u"crucial"_s, u"sanctions"_s, u"meeting"_s,
            u"conflict"_s, u"military"_s, u"agreement"_s };
        QList<int> jobs;
        for (int i = 0; i < 400; ++i)
            jobs.append(i);
        const QList<int> counts = QtConcurrent::blockingMapped(jobs, [&](int i) {
            return int(WordNet::instance().synsets(words.at(i % words.size()), WordNet::Pos::Noun).size());
        });
        for (int i = 0; i < counts.size(); ++i) {
            const int expected
                = int(WordNet::instance().synsets(words.at(i % words.size()), WordNet::Pos::Noun).size());
            QCOMPARE(counts.at(i), expected);
        }
        QVERIFY(counts.at(0) > 0);
    }
};

QTEST_GUILESS_MAIN(TestWordNet)
#include "tst_wordnet.moc"
