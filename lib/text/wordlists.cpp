// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordlists.h"

#include <QSet>
#include <QString>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Parallax::WordLists {

namespace {

QSet<QString> makeSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    set.reserve(qsizetype(words.size()));
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

const QSet<QString> &functionWords()
{
    static const QSet<QString> set = makeSet({
        u"a",
        u"an",
        u"the",
        u"this",
        u"that",
        u"these",
        u"those",
        u"some",
        u"any",
        u"each",
        u"every",
        u"all",
        u"both",
        u"either",
        u"such",
        u"another",
        u"other",
        u"i",
        u"me",
        u"my",
        u"mine",
        u"we",
        u"us",
        u"our",
        u"ours",
        u"you",
        u"your",
        u"yours",
        u"he",
        u"him",
        u"his",
        u"she",
        u"her",
        u"hers",
        u"it",
        u"its",
        u"they",
        u"them",
        u"their",
        u"theirs",
        u"who",
        u"whom",
        u"whose",
        u"which",
        u"what",
        u"whatever",
        u"whoever",
        u"one",
        u"ones",
        u"itself",
        u"himself",
        u"herself",
        u"themselves",
        u"ourselves",
        u"of",
        u"in",
        u"on",
        u"at",
        u"by",
        u"for",
        u"with",
        u"from",
        u"to",
        u"into",
        u"onto",
        u"upon",
        u"about",
        u"over",
        u"under",
        u"after",
        u"before",
        u"during",
        u"since",
        u"until",
        u"till",
        u"through",
        u"throughout",
        u"between",
        u"among",
        u"amid",
        u"against",
        u"toward",
        u"towards",
        u"across",
        u"along",
        u"around",
        u"behind",
        u"beyond",
        u"despite",
        u"via",
        u"per",
        u"within",
        u"out",
        u"off",
        u"up",
        u"down",
        u"near",
        u"like",
        u"as",
        u"than",
        u"and",
        u"or",
        u"but",
        u"so",
        u"yet",
        u"if",
        u"whether",
        u"because",
        u"although",
        u"though",
        u"while",
        u"whereas",
        u"when",
        u"where",
        u"why",
        u"how",
        u"once",
        u"unless",
        u"also",
        u"still",
        u"however",
        u"thus",
        u"therefore",
        u"instead",
        u"meanwhile",
        u"moreover",
        u"furthermore",
        u"nevertheless",
        u"nonetheless",
        u"then",
        u"now",
        u"just",
        u"even",
        u"too",
        u"very",
        u"quite",
        u"rather",
        u"already",
        u"again",
        u"further",
        u"indeed",
        u"only",
        u"later",
        u"earlier",
        u"there",
        u"here",
        u"be",
        u"is",
        u"am",
        u"are",
        u"was",
        u"were",
        u"been",
        u"being",
        u"have",
        u"has",
        u"had",
        u"having",
        u"do",
        u"does",
        u"did",
        u"done",
        u"will",
        u"would",
        u"shall",
        u"should",
        u"can",
        u"could",
        u"may",
        u"might",
        u"must",
        u"it's",
        u"that's",
        u"there's",
        u"he's",
        u"she's",
        u"we're",
        u"they're",
        u"you're",
        u"i'm",
        u"we've",
        u"they've",
        u"i've",
        u"let's",
        u"'s",
        u"s",
        u"said",
        u"says",
        u"say",
        u"told",
        u"tell",
        u"added",
        u"according",
        u"reportedly",
        u"mr",
        u"mrs",
        u"ms",
        u"mr.",
        u"mrs.",
        u"ms.",
        u"about",
        u"more",
        u"most",
        u"much",
        u"many",
        u"well",
    });
    return set;
}

const QSet<QString> &negations()
{
    static const QSet<QString> set = makeSet({ u"not", u"no", u"never", u"none", u"nobody", u"nothing",
        u"neither", u"nor", u"without", u"cannot", u"can't", u"won't", u"don't", u"doesn't", u"didn't",
        u"isn't", u"aren't", u"wasn't", u"weren't", u"hasn't", u"haven't", u"hadn't", u"wouldn't",
        u"couldn't", u"shouldn't", u"mustn't", u"n't", u"nowhere", u"refused", u"denied", u"declined" });
    return set;
}

const QSet<QString> &numberWords()
{
    static const QSet<QString> set = makeSet({ u"zero", u"one", u"two", u"three", u"four", u"five", u"six",
        u"seven", u"eight", u"nine", u"ten", u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen",
        u"sixteen", u"seventeen", u"eighteen", u"nineteen", u"twenty", u"thirty", u"forty", u"fifty",
        u"sixty", u"seventy", u"eighty", u"ninety", u"hundred", u"hundreds", u"thousand", u"thousands",
        u"million", u"millions", u"billion", u"billions", u"trillion", u"dozen", u"dozens", u"half",
        u"quarter", u"third", u"first", u"second", u"fourth", u"fifth", u"sixth", u"seventh", u"eighth",
        u"ninth", u"tenth", u"twice", u"double", u"triple", u"percent", u"several", u"dozen" });
    return set;
}

const QSet<QString> &dateWords()
{
    static const QSet<QString> set = makeSet({ u"january", u"february", u"march", u"april", u"may", u"june",
        u"july", u"august", u"september", u"october", u"november", u"december", u"jan", u"feb", u"mar",
        u"apr", u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"monday", u"tuesday",
        u"wednesday", u"thursday", u"friday", u"saturday", u"sunday", u"yesterday", u"today", u"tomorrow",
        u"tonight", u"morning", u"afternoon", u"evening", u"night", u"week", u"month", u"year", u"weeks",
        u"months", u"years", u"days", u"day", u"hours", u"hour", u"minutes" });
    return set;
}

QString stem(QStringView w)
{
    // A light suffix stripper: enough to pair grammatical forms, never used for display.
    QString s = w.toString();
    for (const QString &suffix : { u"ies"_s, u"ing"_s, u"ed"_s, u"es"_s, u"s"_s, u"d"_s }) {
        if (s.size() > suffix.size() + 2 && s.endsWith(suffix)) {
            s.chop(suffix.size());
            if (suffix == u"ies"_s)
                s.append(u'y');
            break;
        }
    }
    if (s.size() > 3 && s.at(s.size() - 1) == s.at(s.size() - 2))
        s.chop(1); // stopped -> stopp -> stop
    if (s.endsWith(u'e'))
        s.chop(1);
    return s;
}

} // namespace

bool isFunctionWord(QStringView word)
{
    return functionWords().contains(word.toString());
}

bool isNegation(QStringView word)
{
    return negations().contains(word.toString());
}

bool isNumberWord(QStringView word)
{
    return numberWords().contains(word.toString());
}

bool isDateWord(QStringView word)
{
    return dateWords().contains(word.toString());
}

bool areConfusable(QStringView a, QStringView b)
{
    static const QList<QSet<QString>> groups { makeSet({ u"its", u"it's" }),
        makeSet({ u"their", u"there", u"they're" }), makeSet({ u"your", u"you're" }),
        makeSet({ u"whose", u"who's" }), makeSet({ u"then", u"than" }), makeSet({ u"affect", u"effect" }),
        makeSet({ u"lose", u"loose" }), makeSet({ u"to", u"too", u"two" }),
        makeSet({ u"principal", u"principle" }), makeSet({ u"complement", u"compliment" }),
        makeSet({ u"led", u"lead" }), makeSet({ u"passed", u"past" }), makeSet({ u"accept", u"except" }),
        makeSet({ u"council", u"counsel" }), makeSet({ u"discrete", u"discreet" }),
        makeSet({ u"stationary", u"stationery" }), makeSet({ u"breath", u"breathe" }),
        makeSet({ u"peek", u"peak", u"pique" }), makeSet({ u"reign", u"rein" }),
        makeSet({ u"whether", u"weather" }) };
    const QString sa = a.toString(), sb = b.toString();
    for (const QSet<QString> &g : groups) {
        if (g.contains(sa) && g.contains(sb))
            return sa != sb;
    }
    return false;
}

bool areInflections(QStringView a, QStringView b)
{
    if (a == b)
        return false;
    static const QList<QSet<QString>> irregular { makeSet({ u"say", u"says", u"said", u"saying" }),
        makeSet({ u"tell", u"tells", u"told", u"telling" }),
        makeSet({ u"is", u"are", u"was", u"were", u"be", u"been", u"being", u"am" }),
        makeSet({ u"has", u"have", u"had", u"having" }),
        makeSet({ u"do", u"does", u"did", u"done", u"doing" }),
        makeSet({ u"go", u"goes", u"went", u"gone", u"going" }),
        makeSet({ u"make", u"makes", u"made", u"making" }),
        makeSet({ u"meet", u"meets", u"met", u"meeting" }),
        makeSet({ u"hold", u"holds", u"held", u"holding" }), makeSet({ u"will", u"would" }),
        makeSet({ u"can", u"could" }), makeSet({ u"shall", u"should" }), makeSet({ u"may", u"might" }) };
    const QString sa = a.toString(), sb = b.toString();
    for (const QSet<QString> &g : irregular) {
        if (g.contains(sa) && g.contains(sb))
            return true;
    }
    return stem(a) == stem(b);
}

} // namespace Parallax::WordLists
