// SPDX-License-Identifier: GPL-3.0-or-later
//
// The word tests of the fact rules (changereason.cpp): stems and counts, numbers and dates, negation and
// modality, content words and how two of them relate.
#include "align/changereason_p.h"
#include "align/documentwords.h"

#include "text/factwords.h"
#include "text/tokenizer.h"
#include "text/wordlists.h"
#include "text/wordnet.h"

using namespace Qt::StringLiterals;

namespace Parallax {

namespace ReasonWords {

QString lightStem(const QString &w)
{
    QString s = w;
    if (s.endsWith(u"'s"_s))
        s.chop(2);
    for (const QString &suffix : { u"ies"_s, u"ing"_s, u"ed"_s, u"es"_s, u"s"_s, u"ly"_s }) {
        if (s.size() > suffix.size() + 3 && s.endsWith(suffix)) {
            s.chop(suffix.size());
            if (suffix == u"ies"_s)
                s.append(u'y');
            break;
        }
    }
    if (s.size() > 4 && s.at(s.size() - 1) == s.at(s.size() - 2))
        s.chop(1);
    if (s.size() > 4 && s.endsWith(u'e'))
        s.chop(1);
    return s;
}

bool contains(const QSet<QString> &set, const QString &word)
{
    return set.contains(word.toLower()) || set.contains(lightStem(word.toLower()));
}

QString countKey(const QString &w)
{
    return lightStem(w.toLower());
}

// The word occurs more often in its own sentence than in the other: it was added (or dropped) here,
// not moved from elsewhere in the sentence.
bool isNewIn(const QString &w, const QHash<QString, int> &own, const QHash<QString, int> &other)
{
    const QString k = countKey(w);
    return own.value(k) > other.value(k);
}

// Whether the after text still has the word somewhere, as a whole word, in any case.
bool keptInText(const HunkContext &ctx, const QString &word)
{
    if (!ctx.hasAfterDocument)
        return noted(ctx, DocumentQuery::Kind::KeptInText, word, false);
    const QStringView document = ctx.afterDocument();
    return noted(ctx, DocumentQuery::Kind::KeptInText, word,
        ctx.afterWords ? ctx.afterWords->contains(word) : containsWord(document, word));
}

bool containsWord(QStringView text, const QString &word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
        at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !text.at(at - 1).isLetterOrNumber())
            && (end >= text.size() || !text.at(end).isLetterOrNumber()))
            return true;
    }
    return false;
}

bool isNumeric(const QString &w)
{
    if ((!w.isEmpty() && w.front().isDigit()) || WordLists::isNumberWord(w))
        return true;
    // "one-year", "five-fold": a number word at the head of a compound.
    const qsizetype dash = w.indexOf(u'-');
    return dash > 0 && !WordLists::numericValue(w.left(dash)).isEmpty();
}

// A year or a clock time, which is a date rather than a quantity.
bool isDateNumber(const QString &w)
{
    if (w.contains(u':'))
        return true;
    bool ok = false;
    const int v = w.toInt(&ok);
    return ok && w.size() == 4 && v >= 1000 && v <= 2999;
}

// A date word that names a day or a month ("Monday", "January", "yesterday"), not a unit of time ("day",
// "week"), which is an ordinary noun unless a number goes with it, a deictic word anchors it to the
// time of the story ("this past year", "later that night", "last week") or it measures the time from an
// event ("days before the anniversary"). "May" and "March" are months
// only with their capital letter away from the start of the sentence.
bool isSpecificDate(const HunkWords &side, qsizetype i, const QString &previous, const QString &next)
{
    static const QSet<QString> units { u"morning"_s, u"afternoon"_s, u"evening"_s, u"night"_s, u"week"_s,
        u"month"_s, u"year"_s, u"weeks"_s, u"months"_s, u"years"_s, u"days"_s, u"day"_s, u"hours"_s,
        u"hour"_s, u"minutes"_s, u"abend"_s, u"nacht"_s, u"woche"_s, u"wochen"_s, u"monat"_s, u"monate"_s,
        u"monaten"_s, u"jahr"_s, u"jahre"_s, u"jahren"_s, u"tage"_s, u"tagen"_s, u"stunde"_s, u"stunden"_s,
        u"minuten"_s, u"matin"_s, u"soir"_s, u"nuit"_s, u"semaine"_s, u"semaines"_s, u"mois"_s, u"ans"_s,
        u"année"_s, u"années"_s, u"jour"_s, u"jours"_s, u"heure"_s, u"heures"_s, u"morgen"_s };
    static const QSet<QString> deictic { u"this"_s, u"that"_s, u"last"_s, u"next"_s, u"past"_s, u"coming"_s,
        u"previous"_s, u"dieser"_s, u"diese"_s, u"diesem"_s, u"diesen"_s, u"letzte"_s, u"letzten"_s,
        u"nächste"_s, u"nächsten"_s, u"vergangene"_s, u"vergangenen"_s, u"ce"_s, u"cette"_s, u"dernier"_s,
        u"dernière"_s, u"prochain"_s, u"prochaine"_s };
    const QString &w = side.words.at(i);
    if (!WordLists::isDateWord(w))
        return false;
    // "days before", "hours after", "weeks later": the unit measures the time from an event.
    static const QSet<QString> relative { u"before"_s, u"after"_s, u"prior"_s, u"later"_s, u"earlier"_s,
        u"ago"_s, u"später"_s, u"früher"_s, u"zuvor"_s, u"plus"_s, u"auparavant"_s };
    if (units.contains(w))
        return deictic.contains(i > 0 ? side.words.at(i - 1) : previous)
            || relative.contains(i + 1 < side.words.size() ? side.words.at(i + 1) : next);
    if (w == u"may"_s || w == u"march"_s || w == u"mars"_s)
        return side.forms.at(i).front().isUpper() && !side.initial.at(i);
    return true;
}

bool datePartBeside(const QString &w, const QString &previous)
{
    bool ok = false;
    QString digits = w;
    for (const QString &suffix : { u"st"_s, u"nd"_s, u"rd"_s, u"th"_s, u"."_s })
        if (digits.endsWith(suffix))
            digits.chop(suffix.size());
    const int day = digits.toInt(&ok);
    if (ok && day >= 1 && day <= 31) {
        // The day of the month after its weekday or its month ("Sunday (20th)", "December (4)").
        static const QSet<QString> notNames { u"yesterday"_s, u"today"_s, u"tomorrow"_s, u"tonight"_s,
            u"gestern"_s, u"heute"_s, u"morgen"_s, u"vorgestern"_s, u"übermorgen"_s, u"hier"_s,
            u"aujourd'hui"_s, u"demain"_s };
        const HunkWords name { { previous },
            { previous.isEmpty() ? previous : previous.at(0).toUpper() + previous.mid(1) }, { false } };
        return !previous.isEmpty() && !notNames.contains(previous) && isSpecificDate(name, 0, {}, {})
            && !isNumeric(previous);
    }
    // The year after the day it belongs to ("December 4, 2008").
    bool dayBefore = false;
    const int previousDay = previous.toInt(&dayBefore);
    return isDateNumber(w) && !w.contains(u':') && dayBefore && previousDay >= 1 && previousDay <= 31;
}

bool adverbOfOrder(const HunkWords &side, qsizetype i, const QString &next)
{
    static const QSet<QString> order { u"first"_s, u"zuerst"_s, u"erstmals"_s };
    if (!order.contains(side.words.at(i)))
        return false;
    const QString following = i + 1 < side.words.size() ? side.words.at(i + 1) : next;
    if (following.isEmpty())
        return false;
    // A past form, or a word read as a verb in more of its senses than as a noun.
    const WordNet &wn = WordNet::instance();
    const qsizetype verbSenses = wn.synsets(following, WordNet::Pos::Verb).size();
    return verbSenses > 0
        && (following.endsWith(u"ed"_s) || verbSenses > wn.synsets(following, WordNet::Pos::Noun).size());
}

// The value a number or a date word stands for, so that two spellings of it compare equal: "5" and
// "five", "06:00" and "0600", "5-year" and "five-year", "Mar." and "March".
QString valueOf(const QString &word)
{
    static const QHash<QString, QString> months { { u"jan"_s, u"january"_s }, { u"feb"_s, u"february"_s },
        { u"mar"_s, u"march"_s }, { u"apr"_s, u"april"_s }, { u"jun"_s, u"june"_s }, { u"jul"_s, u"july"_s },
        { u"aug"_s, u"august"_s }, { u"sep"_s, u"september"_s }, { u"sept"_s, u"september"_s },
        { u"oct"_s, u"october"_s }, { u"nov"_s, u"november"_s }, { u"dec"_s, u"december"_s } };
    QString w = word.toLower();
    if (w.endsWith(u'.'))
        w.chop(1);
    if (const auto it = months.constFind(w); it != months.constEnd())
        return *it;
    if (const qsizetype dash = w.indexOf(u'-'); dash > 0) {
        const QString head = w.left(dash);
        const QString v = WordLists::numericValue(head);
        if (!v.isEmpty())
            return v + w.mid(dash);
    }
    // Clock times with or without the colon.
    bool clock = !w.isEmpty() && w.front().isDigit();
    for (QChar c : std::as_const(w))
        clock = clock && (c.isDigit() || c == u':');
    if (clock && (w.contains(u':') || w.size() == 4)) {
        QString digits = w;
        digits.remove(u':');
        while (digits.size() > 1 && digits.front() == u'0')
            digits.remove(0, 1);
        return digits;
    }
    const QString v = WordLists::numericValue(w);
    return v.isEmpty() ? w : v;
}

bool isArticle(const QString &w)
{
    return w == u"a"_s || w == u"an"_s || w == u"the"_s;
}

bool isQuantifier(const QString &w)
{
    static const QStringList q { u"about"_s, u"around"_s, u"nearly"_s, u"almost"_s, u"approximately"_s,
        u"roughly"_s, u"some"_s, u"over"_s, u"under"_s, u"more"_s, u"less"_s, u"fewer"_s, u"than"_s, u"at"_s,
        u"least"_s, u"most"_s, u"up"_s, u"to"_s, u"just"_s, u"only"_s, u"upwards"_s, u"of"_s, u"below"_s,
        u"above"_s, u"etwa"_s, u"rund"_s, u"fast"_s, u"knapp"_s, u"mehr"_s, u"als"_s, u"über"_s, u"unter"_s,
        u"mindestens"_s, u"höchstens"_s, u"bis"_s, u"zu"_s, u"nur"_s, u"environ"_s, u"près"_s, u"de"_s,
        u"plus"_s, u"moins"_s, u"que"_s, u"au"_s, u"seulement"_s };
    return q.contains(w);
}

bool isQuantifierParticle(const QString &w)
{
    static const QSet<QString> particles { u"of"_s, u"to"_s, u"at"_s, u"than"_s, u"de"_s, u"que"_s, u"au"_s,
        u"zu"_s, u"als"_s };
    return particles.contains(w);
}

QSet<QString> timeRelations(const QStringList &words)
{
    // Prepositions that put an event before, after, since or until a time, and deictic words that
    // anchor a time to the story's now; "on", "in", "at" and "during" only place it at the time named.
    static const QSet<QString> relations { u"since"_s, u"until"_s, u"till"_s, u"by"_s, u"before"_s,
        u"after"_s, u"from"_s, u"through"_s, u"to"_s, u"within"_s, u"between"_s, u"past"_s, u"this"_s,
        u"that"_s, u"last"_s, u"next"_s, u"previous"_s, u"coming"_s, u"early"_s, u"late"_s, u"seit"_s,
        u"bis"_s, u"vor"_s, u"nach"_s, u"ab"_s, u"letzten"_s, u"nächsten"_s, u"diesen"_s, u"depuis"_s,
        u"jusqu'au"_s, u"jusqu'à"_s, u"avant"_s, u"après"_s, u"dès"_s, u"dernier"_s, u"prochain"_s };
    QSet<QString> out;
    for (const QString &w : words)
        if (relations.contains(w))
            out.insert(w);
    return out;
}

int polarity(const QStringList &words, const QList<bool> &initial)
{
    int n = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        // "nor" carries on a negation already made ("not in sales nor in research"); it negates by itself
        // only where it opens a sentence ("Nor did they...").
        if (w == u"nor"_s && !initial.value(i, false))
            continue;
        n += (WordLists::isNegation(w) || w.endsWith(u"n't"_s) || WordLists::isNegativeVerb(w)) ? 1 : 0;
    }
    return n;
}

int sentencePolarity(QStringView sentence)
{
    QStringList words;
    QList<bool> initial;
    for (const Token &t : Tokenizer::tokenize(sentence)) {
        if (t.type != Token::Word)
            continue;
        initial.append(words.isEmpty());
        words.append(TypographyNormalizer::normalize(sentence.mid(t.start, t.end - t.start)).toLower());
    }
    return polarity(words, initial);
}

QSet<int> modalitiesOf(const QStringList &words)
{
    QSet<int> out;
    for (const QString &w : words)
        if (const auto m = WordLists::modalityOf(w); m != WordLists::Modality::None)
            out.insert(int(m));
    return out;
}

// Words of a side that carry content: not function words, connectives, neutral reporting verbs,
// numbers or dates (those are judged apart), not the "order" of "in order to".
QStringList contentWords(const QStringList &words)
{
    static const QSet<QString> phraseNouns { u"order"_s, u"addition"_s, u"fact"_s, u"example"_s,
        u"instance"_s, u"course"_s, u"particular"_s, u"general"_s };
    // Whether a word (in small letters) may carry content, whatever its neighbours: the rules ask this of
    // each side of a hunk several times. Remembered per thread (comparisons may run in workers), and
    // forgotten past a bound for texts of ever new words.
    thread_local QHash<QString, bool> known;
    const auto mayCarryContent = [](const QString &w) {
        if (const auto it = known.constFind(w); it != known.constEnd())
            return *it;
        const bool content = !w.isEmpty()
            && w.front().isLetter()
            // a number or date in another spelling ("five-year") is judged as such
            && valueOf(w) == w
            && !(WordLists::isFunctionWord(w) || WordLists::isDiscourseWord(w)
                || WordLists::isNeutralReportingVerb(w) || isNumeric(w) || WordLists::isDateWord(w)
                || WordLists::isNegation(w) || WordLists::modalityOf(w) != WordLists::Modality::None
                || WordLists::pronounClass(w) >= 0);
        if (known.size() >= 100'000)
            known.clear();
        known.insert(w, content);
        return content;
    };
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words.at(i).toLower();
        if (!mayCarryContent(w))
            continue;
        if (phraseNouns.contains(w) && i > 0 && WordLists::isFunctionWord(words.at(i - 1).toLower()))
            continue;
        out.append(w);
    }
    return out;
}

// The two words name the same thing or event: forms of one word, a derivation ("embarrassing" /
// "embarrassment"), synonyms, or one more general than the other ("vehicle" / "car").
// Edit distance (a swap of two letters counts one), for typos inside a longer rewording ("sqaure miles" ->
// "square mile").
int distance(const QString &a, const QString &b)
{
    // Two letters swapped count as one typo ("sqaure" / "square"): optimal string alignment distance.
    QList<int> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool loneVerb(const QStringList &words)
{
    QStringList rest;
    for (const QString &w : words) {
        if (isArticle(w))
            return false; // a noun phrase
        if (WordLists::areInflections(w, u"be"_s) || WordLists::areInflections(w, u"have"_s)
            || WordLists::areInflections(w, u"do"_s) || w == u"to"_s)
            continue;
        rest.append(w);
    }
    // Read as a verb where the dictionary knows it as a verb in more senses than as a noun ("gather",
    // "resides"; not "truck" or "jobs").
    const WordNet &wn = WordNet::instance();
    return rest.size() == 1
        && wn.synsets(rest.first(), WordNet::Pos::Verb).size()
        > wn.synsets(rest.first(), WordNet::Pos::Noun).size();
}

// Known to the dictionary only as an adjective or an adverb: a modifier, which characterises what the
// sentence says rather than saying who did what, when or where.
bool isModifier(const QString &w)
{
    const WordNet &wn = WordNet::instance();
    if (!wn.isAvailable())
        return false;
    return wn.synsets(w, WordNet::Pos::Noun).isEmpty() && wn.synsets(w, WordNet::Pos::Verb).isEmpty()
        && (!wn.synsets(w, WordNet::Pos::Adjective).isEmpty()
            || !wn.synsets(w, WordNet::Pos::Adverb).isEmpty());
}

bool sameWordForm(const QString &a, const QString &b)
{
    // The tests in the order of their cost (any of them suffices): the common start, the word lists, the
    // stems, the edit distance.
    qsizetype common = 0;
    while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
        ++common;
    if (a == b || common >= 5 || (common >= 4 && common + 3 >= std::min(a.size(), b.size())))
        return true;
    if (WordLists::areInflections(a, b) || lightStem(a) == lightStem(b))
        return true;
    return std::min(a.size(), b.size()) >= 5 && distance(a, b) * 4 <= std::max(a.size(), b.size());
}

bool related(const QString &a, const QString &b)
{
    if (sameWordForm(a, b))
        return true;
    // A German compound and its parts: "Kabinettssitzung" / "Sitzung des Kabinetts".
    const QString &longer = a.size() >= b.size() ? a : b;
    const QString &shorter = a.size() >= b.size() ? b : a;
    if (longer.size() >= 8 && shorter.size() >= 4 && longer.contains(lightStem(shorter)))
        return true;
    if (WordLists::isNegativeVerb(a) && WordLists::isNegativeVerb(b))
        return true;
    // The dictionary walks hypernym chains on disk: remember each pair's answer (per thread, as
    // comparisons may run in workers).
    thread_local QHash<QString, bool> known;
    const QString key = a < b ? a + u'|' + b : b + u'|' + a;
    if (const auto it = known.constFind(key); it != known.constEnd())
        return *it;
    const WordNet &wn = WordNet::instance();
    // Besides synonyms and hypernyms: an adjective similar to the other, a derivation ("remove" /
    // "withdrawal"), and two verbs for one action done one way or another (the same direct hypernym:
    // "revoke" / "retract", "insult" / "abuse"). Two nouns under one hypernym are not related: "town"
    // and "city", "prison" and "jail" are different things of one kind, and which one is a fact.
    const bool answer = wn.areSynonyms(a, b) || wn.isHypernym(a, b, 2) || wn.isHypernym(b, a, 2)
        || wn.areNeighbours(a, b) || wn.areNeighbours(b, a) || wn.areSisters(a, b, WordNet::Pos::Verb);
    if (known.size() > 100000)
        known.clear();
    known.insert(key, answer);
    return answer;
}

bool moreSpecificThing(const QString &general, const QString &specific)
{
    if (sameWordForm(general, specific))
        return false;
    // Every new word of one side is asked against every new word of the other, and the walk reads the
    // dictionary: each ordered pair's answer is remembered, as related() does.
    thread_local QHash<QString, bool> known;
    const QString key = general + u'|' + specific;
    if (const auto it = known.constFind(key); it != known.constEnd())
        return *it;
    const WordNet &wn = WordNet::instance();
    const bool answer = !wn.areSynonyms(general, specific) && wn.isHypernymOfThing(general, specific, 2);
    if (known.size() > 100000)
        known.clear();
    known.insert(key, answer);
    return answer;
}

void pairPhrasalVerbs(const QStringList &words, QStringList &own, QStringList &other)
{
    if (own.isEmpty() || other.isEmpty())
        return;
    const WordNet &wn = WordNet::instance();
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString &head = words.at(i);
        if (!own.contains(head))
            continue;
        const QString phrase = head + u' ' + words.at(i + 1);
        if (wn.synsets(phrase, WordNet::Pos::Verb).isEmpty())
            continue;
        for (qsizetype j = 0; j < other.size(); ++j) {
            if (!related(phrase, other.at(j)))
                continue;
            own.removeAll(head);
            own.removeAll(words.at(i + 1));
            other.removeAt(j);
            break;
        }
    }
}

// Words dropped that form a clause of their own: a subordinating word or relative pronoun followed by a
// verb and more content ("..., who was convicted of fraud in 2003,"). Its predication is a claim the
// text no longer makes; a dropped modifier or phrase without a verb only trims the sentence.
bool droppedClause(const HunkWords &dropped, const QStringList &droppedContent)
{
    static const QSet<QString> openers { u"who"_s, u"which"_s, u"whom"_s, u"whose"_s, u"because"_s,
        u"although"_s, u"though"_s, u"whereas"_s, u"weil"_s, u"obwohl"_s, u"dass"_s, u"qui"_s, u"parce"_s,
        u"bien"_s, u"lequel"_s, u"laquelle"_s };
    if (droppedContent.size() < 2)
        return false;
    qsizetype opener = -1;
    for (qsizetype i = 0; i < dropped.words.size() && opener < 0; ++i)
        if (openers.contains(dropped.words.at(i).toLower()))
            opener = i;
    if (opener < 0)
        return false;
    const WordNet &wn = WordNet::instance();
    for (qsizetype i = opener + 1; i < dropped.words.size(); ++i) {
        const QString w = dropped.words.at(i).toLower();
        if (WordLists::isFunctionWord(w) && !WordLists::areInflections(w, u"be"_s)
            && !WordLists::areInflections(w, u"have"_s))
            continue;
        if (WordLists::areInflections(w, u"be"_s) || WordLists::areInflections(w, u"have"_s)
            || !wn.synsets(w, WordNet::Pos::Verb).isEmpty())
            return true;
    }
    return false;
}

bool inDictionary(const QString &w)
{
    const WordNet &wn = WordNet::instance();
    for (const auto pos :
        { WordNet::Pos::Noun, WordNet::Pos::Verb, WordNet::Pos::Adjective, WordNet::Pos::Adverb })
        if (!wn.synsets(w, pos).isEmpty())
            return true;
    return false;
}

bool splitGlued(HunkWords &side, QHash<QString, int> &own, const QHash<QString, int> &other)
{
    const WordNet &wn = WordNet::instance();
    if (!wn.isAvailable())
        return false;
    auto known = [&](const QString &w) {
        return WordLists::isFunctionWord(w) || WordLists::isDateWord(w) || inDictionary(w);
    };
    auto inOther = [&](const QString &w) { return w.size() >= 3 && other.value(countKey(w)) > 0; };
    bool split = false;
    for (qsizetype i = side.words.size() - 1; i >= 0; --i) {
        const QString w = side.words.at(i).toLower();
        const QString &form = side.forms.value(i);
        bool letters = w.size() >= 6 && form.size() == w.size();
        for (QChar c : w)
            letters = letters && c.isLetter() && c.unicode() < 0x80;
        // An acronym or a word the dictionary knows is written as meant; a word the other sentence has
        // too was not changed by a space.
        if (!letters || !form.front().isLetter() || form.toUpper() == form || known(w)
            || other.value(countKey(w)) > 0)
            continue;
        qsizetype at = -1;
        for (qsizetype k = 2; k + 2 <= w.size() && at < 0; ++k) {
            const QString x = w.left(k), y = w.mid(k);
            if ((inOther(x) && known(y)) || (inOther(y) && known(x)))
                at = k;
        }
        if (at < 0)
            continue;
        const QString x = w.left(at), y = w.mid(at);
        if (--own[countKey(w)] <= 0)
            own.remove(countKey(w));
        ++own[countKey(x)];
        ++own[countKey(y)];
        side.words.replace(i, x);
        side.words.insert(i + 1, y);
        side.forms.replace(i, form.left(at));
        side.forms.insert(i + 1, form.mid(at));
        side.initial.insert(i + 1, false);
        split = true;
    }
    return split;
}

bool opposite(const QString &a, const QString &b)
{
    thread_local QHash<QString, bool> known;
    const QString key = a < b ? a + u'|' + b : b + u'|' + a;
    if (const auto it = known.constFind(key); it != known.constEnd())
        return *it;
    const bool answer = WordNet::instance().areAntonyms(a, b);
    if (known.size() > 100000)
        known.clear();
    known.insert(key, answer);
    return answer;
}

} // namespace ReasonWords

using namespace ReasonWords;

QStringList wordKeys(const QString &word)
{
    const QString lower = word.toLower();
    const QString stem = lightStem(lower);
    return stem == lower ? QStringList { lower } : QStringList { lower, stem };
}

QSet<QString> wordKeySet(QStringView text)
{
    QSet<QString> set, seen; // seen: words already reduced to their keys
    for (const Token &t : Tokenizer::tokenize(text)) {
        if (t.type != Token::Word && t.type != Token::Number)
            continue;
        const QString w = TypographyNormalizer::normalize(text.mid(t.start, t.end - t.start));
        if (seen.contains(w))
            continue;
        seen.insert(w);
        for (const QString &k : wordKeys(w))
            set.insert(k);
    }
    return set;
}

QHash<QString, int> wordCounts(QStringView text)
{
    return wordCounts(text, Tokenizer::tokenize(text));
}

QHash<QString, int> wordCounts(QStringView text, const QList<Token> &tokens)
{
    QHash<QString, int> counts;
    for (const Token &t : tokens) {
        if (t.type != Token::Word && t.type != Token::Number)
            continue;
        const QString w = TypographyNormalizer::normalize(text.mid(t.start, t.end - t.start)).toLower();
        ++counts[lightStem(w)];
        // Numbers and dates also by value; most words are neither, and skip the look-ups.
        if (t.type == Token::Number || w.contains(u'-') || w.size() <= 5 || WordLists::isNumberWord(w)
            || WordLists::isDateWord(w)) {
            const QString v = valueOf(w);
            if (v != w)
                ++counts[countKey(v)];
            // "seven-figure" also counts its number and its word, as "7 figure" does.
            if (const qsizetype dash = v.indexOf(u'-'); dash > 0 && v.front().isDigit()) {
                ++counts[countKey(v.left(dash))];
                ++counts[countKey(v.mid(dash + 1))];
            }
        }
    }
    return counts;
}

bool looksGerman(QStringView text)
{
    static const QSet<QString> markers { u"der"_s, u"die"_s, u"das"_s, u"und"_s, u"ist"_s, u"nicht"_s,
        u"mit"_s, u"von"_s, u"den"_s, u"dem"_s, u"des"_s, u"ein"_s, u"eine"_s, u"sich"_s, u"auf"_s, u"für"_s,
        u"wird"_s, u"wurde"_s, u"im"_s, u"zu"_s, u"nach"_s };
    int hits = 0;
    for (const Token &t : Tokenizer::tokenize(text))
        if (t.type == Token::Word
            && markers.contains(text.mid(t.start, t.end - t.start).toString().toLower()))
            ++hits;
    return hits >= 2;
}

} // namespace Parallax
