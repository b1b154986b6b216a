// SPDX-License-Identifier: GPL-3.0-or-later
// WordNet: lemmas, synonyms, antonyms and hypernyms as the change classifier and the aligner ask them.
#include "text/wordnet.h"

#include <QFile>
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

    // The in-memory check that skips the library for words it cannot know must never skip one it knows:
    // every exception of every part of speech finds its base form, and sampled lemmas of the index are
    // found as themselves and through a regular ending.
    void knownWordsAreNeverSkipped()
    {
        const QString dir = qEnvironmentVariable("WNSEARCHDIR", u"/usr/share/wordnet"_s);
        const WordNet &wn = WordNet::instance();
        const std::pair<const char *, WordNet::Pos> parts[]
            = { { "noun", WordNet::Pos::Noun }, { "verb", WordNet::Pos::Verb },
                  { "adj", WordNet::Pos::Adjective }, { "adv", WordNet::Pos::Adverb } };
        int checked = 0;
        for (const auto &[name, pos] : parts) {
            QFile exceptions(dir + u"/"_s + QLatin1StringView(name) + u".exc"_s);
            QVERIFY2(exceptions.open(QIODevice::ReadOnly), qPrintable(exceptions.fileName()));
            while (!exceptions.atEnd()) {
                const QList<QByteArray> fields = exceptions.readLine().trimmed().split(' ');
                if (fields.size() < 2 || fields.at(0).contains('_') || fields.at(0).contains('-'))
                    continue;
                // An exception whose base form is not in the index ("aurar eyir") gives nothing.
                const QString base = QString::fromLatin1(fields.at(1)).replace(u'_', u' ');
                if (!wn.lemmas(base, pos).contains(base))
                    continue;
                // A word with two exception lines ("aurar eyir", "aurar eyrir") gets one of them.
                const QStringList found = wn.lemmas(QString::fromLatin1(fields.at(0)), pos);
                QVERIFY2(!found.isEmpty(),
                    qPrintable(QString::fromLatin1(fields.at(0)) + u": "_s + found.join(u", ")));
                ++checked;
            }
            QFile index(dir + u"/index."_s + QLatin1StringView(name));
            QVERIFY2(index.open(QIODevice::ReadOnly), qPrintable(index.fileName()));
            int line = 0;
            while (!index.atEnd()) {
                const QByteArray word = index.readLine().split(' ').value(0);
                if (++line % 61 != 0 || word.isEmpty() || word.contains('_') || word.contains('-'))
                    continue;
                const QString lemma = QString::fromLatin1(word);
                QVERIFY2(wn.lemmas(lemma, pos).contains(lemma), qPrintable(lemma));
                // A regular ending the morphology takes off is not skipped (the library may prefer another
                // base form: "arses" -> "ars").
                const QString inflected = pos == WordNet::Pos::Verb ? lemma + u"ing"_s
                    : pos == WordNet::Pos::Noun && !lemma.endsWith(u's') && lemma.size() > 2 ? lemma + u"s"_s
                                                                                             : QString();
                if (!inflected.isEmpty())
                    QVERIFY2(!wn.lemmas(inflected, pos).isEmpty(), qPrintable(inflected));
                ++checked;
            }
        }
        QVERIFY(checked > 5000);
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
