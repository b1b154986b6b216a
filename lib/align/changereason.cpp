// SPDX-License-Identifier: GPL-3.0-or-later
//
// Whether a difference between two aligned sentences changes a fact, and which. The rules are those an
// editor applies when checking a rewrite against its source:
// - facts are carried by numbers, dates, names, polarity, modality, attribution and quoted words; a
//   change of any of them is substantive, whatever else changed;
// - a content word replaced by a synonym, a more general or more specific word, another form of itself,
//   or moved elsewhere in the sentence keeps the facts (wording);
// - words added that the text already had (given information: "he" -> "the minister" where the minister
//   was named before) keep the facts; words the text did not have add a claim;
// - words dropped trim the sentence unless they carry one of the facts above.
#include "align/changereason.h"

#include "text/factwords.h"
#include "text/tokenizer.h"
#include "text/wordlists.h"
#include "text/wordnet.h"

#include <bit>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

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
    if (!ctx.hasAfterDocument || word.isEmpty())
        return false;
    const QStringView text = ctx.afterDocument;
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
// "week"), which is an ordinary noun unless a number goes with it. "May" and "March" are months only with
// their capital letter away from the start of the sentence.
bool isSpecificDate(const HunkWords &side, qsizetype i)
{
    static const QSet<QString> units { u"morning"_s, u"afternoon"_s, u"evening"_s, u"night"_s, u"week"_s,
        u"month"_s, u"year"_s, u"weeks"_s, u"months"_s, u"years"_s, u"days"_s, u"day"_s, u"hours"_s,
        u"hour"_s, u"minutes"_s, u"abend"_s, u"nacht"_s, u"woche"_s, u"wochen"_s, u"monat"_s, u"monate"_s,
        u"monaten"_s, u"jahr"_s, u"jahre"_s, u"jahren"_s, u"tage"_s, u"tagen"_s, u"stunde"_s, u"stunden"_s,
        u"minuten"_s, u"matin"_s, u"soir"_s, u"nuit"_s, u"semaine"_s, u"semaines"_s, u"mois"_s, u"ans"_s,
        u"année"_s, u"années"_s, u"jour"_s, u"jours"_s, u"heure"_s, u"heures"_s, u"morgen"_s };
    const QString &w = side.words.at(i);
    if (!WordLists::isDateWord(w) || units.contains(w))
        return false;
    if (w == u"may"_s || w == u"march"_s || w == u"mars"_s)
        return side.forms.at(i).front().isUpper() && !side.initial.at(i);
    return true;
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

int polarity(const QStringList &words)
{
    int n = 0;
    for (const QString &w : words)
        n += (WordLists::isNegation(w) || w.endsWith(u"n't"_s) || WordLists::isNegativeVerb(w)) ? 1 : 0;
    return n;
}

bool isName(const HunkWords &side, qsizetype i, const HunkContext &context)
{
    const QString &form = side.forms.at(i);
    const QString &w = side.words.at(i);
    if (form.size() < 2 || !form.front().isUpper() || isNumeric(w))
        return false;
    bool allCaps = true;
    for (QChar c : form)
        allCaps = allCaps && !c.isLower();
    if (allCaps)
        return true; // an acronym: "UN", "BBC", "PA"
    const QString lower = w.toLower();
    if (!context.capitalsMarkNames)
        return false;
    // At the start of a sentence a capital says nothing; a word no dictionary knows is still a name.
    if (side.initial.at(i)) {
        const WordNet &wn = WordNet::instance();
        if (!wn.isAvailable() || WordLists::isFunctionWord(lower) || WordLists::isDiscourseWord(lower))
            return false;
        for (const auto pos :
            { WordNet::Pos::Noun, WordNet::Pos::Verb, WordNet::Pos::Adjective, WordNet::Pos::Adverb })
            if (!wn.synsets(lower, pos).isEmpty())
                return false;
        return true;
    }
    return !WordLists::isFunctionWord(lower) && !WordLists::isDateWord(lower)
        && !WordLists::isDiscourseWord(lower) && WordLists::modalityOf(lower) == WordLists::Modality::None;
}

// One name stands for the other: an acronym of it ("PA" / "Pennsylvania", "MPAA" / "Motion Picture ...")
// or a part of it ("Libi" / "Al-Libi").
bool sameEntity(const QString &a, const QString &b)
{
    QString la = a.toLower(), lb = b.toLower();
    la.remove(u'.');
    lb.remove(u'.');
    if (la.size() < 2 || lb.size() < 2)
        return false;
    if ((la.size() >= 3 && lb.contains(la)) || (lb.size() >= 3 && la.contains(lb)))
        return true;
    // Within one word ("pa" / "pennsylvania"), or as the initials of several ("eu" / "european union").
    auto acronymOfWord = [](const QString &acronym, const QString &word) {
        if (acronym.size() < 2 || acronym.size() > 6 || word.isEmpty() || acronym.front() != word.front())
            return false;
        qsizetype j = 0;
        for (QChar c : word)
            if (j < acronym.size() && c == acronym.at(j))
                ++j;
        return j == acronym.size();
    };
    auto acronymOf = [&](const QString &acronym, const QString &text) {
        if (acronym.contains(u' ') || acronym.size() > 6)
            return false;
        QString initials, contentInitials;
        for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
            if (acronymOfWord(acronym, w))
                return true;
            initials.append(w.front());
            if (!WordLists::isFunctionWord(w))
                contentInitials.append(w.front());
        }
        return initials.contains(acronym) || contentInitials.contains(acronym);
    };
    return acronymOf(la, lb) || acronymOf(lb, la);
}

QSet<int> modalitiesOf(const QStringList &words)
{
    QSet<int> out;
    for (const QString &w : words)
        if (const auto m = WordLists::modalityOf(w); m != WordLists::Modality::None)
            out.insert(int(m));
    return out;
}

// Runs of consecutive names, lower case, joined by spaces ("great britain", "european union").
QStringList namePhrases(const HunkWords &side, const HunkContext &context)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < side.words.size(); ++i) {
        if (isName(side, i, context)) {
            current += (current.isEmpty() ? QString() : u" "_s) + side.words.at(i).toLower();
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

// Words of a side that carry content: not function words, connectives, neutral reporting verbs,
// numbers or dates (those are judged apart), not the "order" of "in order to".
QStringList contentWords(const QStringList &words)
{
    static const QSet<QString> phraseNouns { u"order"_s, u"addition"_s, u"fact"_s, u"example"_s,
        u"instance"_s, u"course"_s, u"particular"_s, u"general"_s };
    QStringList out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words.at(i).toLower();
        if (w.isEmpty() || !w.front().isLetter())
            continue;
        if (valueOf(w) != w)
            continue; // a number or date in another spelling ("five-year"), judged as such
        if (WordLists::isFunctionWord(w) || WordLists::isDiscourseWord(w)
            || WordLists::isNeutralReportingVerb(w) || isNumeric(w) || WordLists::isDateWord(w)
            || WordLists::isNegation(w) || WordLists::modalityOf(w) != WordLists::Modality::None
            || WordLists::pronounClass(w) >= 0)
            continue;
        if (phraseNouns.contains(w) && i > 0 && WordLists::isFunctionWord(words.at(i - 1).toLower()))
            continue;
        out.append(w);
    }
    return out;
}

// The two words name the same thing or event: forms of one word, a derivation ("embarrassing" /
// "embarrassment"), synonyms, or one more general than the other ("vehicle" / "car").
// Levenshtein distance, for typos inside a longer rewording ("sqaure miles" -> "square mile").
int distance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) });
        std::swap(prev, cur);
    }
    return prev[b.size()];
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

bool related(const QString &a, const QString &b)
{
    if (a == b || WordLists::areInflections(a, b) || lightStem(a) == lightStem(b))
        return true;
    if (std::min(a.size(), b.size()) >= 5 && distance(a, b) * 4 <= std::max(a.size(), b.size()))
        return true;
    qsizetype common = 0;
    while (common < a.size() && common < b.size() && a.at(common) == b.at(common))
        ++common;
    if (common >= 5 || (common >= 4 && common + 3 >= std::min(a.size(), b.size())))
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
    const bool answer = wn.areSynonyms(a, b) || wn.isHypernym(a, b, 2) || wn.isHypernym(b, a, 2);
    if (known.size() > 100000)
        known.clear();
    known.insert(key, answer);
    return answer;
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

} // namespace

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

ChangeReason factChange(const HunkWords &a, const HunkWords &b, const HunkContext &ctx)
{
    // Quoted words are someone's words: a changed word with content misquotes them. An article or a
    // preposition added inside a quote is an altered quote (QuoteComparer says so) but keeps the facts.
    // A quotation mark gone or come with words: direct speech turned into indirect speech, or the other
    // way round.
    const bool speechTurned = a.quoteMark != b.quoteMark && !a.words.isEmpty() && !b.words.isEmpty();
    if ((a.quoted || b.quoted || speechTurned) && a.words != b.words) {
        bool grammarOnly = true; // function words, or another form of the same word ("supports" / "support")
        for (const QStringList *side : { &a.words, &b.words })
            for (const QString &w : *side)
                grammarOnly = grammarOnly && WordLists::isFunctionWord(w.toLower());
        if (!grammarOnly && a.words.size() == b.words.size()) {
            grammarOnly = true;
            for (qsizetype i = 0; i < a.words.size(); ++i)
                grammarOnly = grammarOnly
                    && (a.words.at(i) == b.words.at(i)
                        || WordLists::areInflections(a.words.at(i), b.words.at(i)));
        }
        if (!grammarOnly)
            return ChangeReason::Quote;
    }
    // Content words dropped with a negation or a modal drop the whole predication they belong to
    // (trimming), not its polarity; a negation or hedge alone is judged as such.
    const bool deletionWithContent = contentWords(b.words).isEmpty() && polarity(b.words) == 0
        && modalitiesOf(b.words).isEmpty() && contentWords(a.words).size() >= (b.words.isEmpty() ? 1 : 2);

    if (polarity(a.words) != polarity(b.words) && !deletionWithContent)
        return ChangeReason::Negation;

    // Numbers and dates: a value on one side that the other sentence does not have anywhere (a number
    // moved within the sentence is no change).
    bool numberChanged = false, dateChanged = false;
    // A number or date dropped from the sentence but kept elsewhere in the text drops nothing.
    const bool deletion = b.words.isEmpty();
    auto numbers = [&](const HunkWords &side, const QHash<QString, int> &own,
                       const QHash<QString, int> &other, const HunkContext *document) {
        for (qsizetype i = 0; i < side.words.size(); ++i) {
            const QString &w = side.words.at(i);
            // Searched in the whole text only for a number or date that is new in the sentence.
            auto known = [&] { return deletion && document && keptInText(*document, w); };
            // "a" -> "one", "the" -> "one": an article made a numeral counts the same one thing.
            const HunkWords &otherSide = &side == &a ? b : a;
            if (w == u"one"_s && otherSide.words.size() == 1 && isArticle(otherSide.words.first()))
                continue;
            if (isNumeric(w) && isNewIn(valueOf(w), own, other) && !known())
                (isDateNumber(w) ? dateChanged : numberChanged) = true;
            else if (isSpecificDate(side, i) && isNewIn(valueOf(w), own, other) && !known())
                dateChanged = true;
        }
    };
    numbers(a, ctx.beforeSentence, ctx.afterSentence, &ctx);
    numbers(b, ctx.afterSentence, ctx.beforeSentence, nullptr);
    if (dateChanged)
        return ChangeReason::Date;
    if (numberChanged)
        return ChangeReason::Number;
    // "about three hours" -> "more than three hours"; "in January" -> "since January".
    bool onlyQuantifiers = true;
    for (const QStringList *side : { &a.words, &b.words })
        for (const QString &w : *side)
            onlyQuantifiers = onlyQuantifiers && isQuantifier(w);
    const bool beforeNumber = isNumeric(ctx.nextAfter) || isNumeric(ctx.nextBefore);
    const bool beforeDate
        = (WordLists::isDateWord(ctx.nextAfter) && ctx.nextAfter != u"may"_s) || isDateNumber(ctx.nextAfter);
    if (onlyQuantifiers && beforeNumber && !beforeDate)
        return ChangeReason::Number;
    if (!a.words.isEmpty() && !b.words.isEmpty() && (beforeDate || (beforeNumber && !onlyQuantifiers))) {
        bool functionOnly = true;
        for (const QStringList *side : { &a.words, &b.words })
            for (const QString &w : *side)
                functionOnly = functionOnly && WordLists::isFunctionWord(w);
        if (functionOnly)
            return beforeDate ? ChangeReason::Date : ChangeReason::Number;
    }

    // Names: one entity for another, or an entity new to the text. A name the text already had, put
    // for a pronoun or a description ("he" -> "Kotunica"), only makes the reference explicit; a name
    // dropped from the sentence but kept in the text drops nothing.
    QStringList namesAdded, namesDropped;
    for (qsizetype i = 0; i < b.words.size(); ++i)
        if (isName(b, i, ctx) && isNewIn(b.words.at(i), ctx.afterSentence, ctx.beforeSentence))
            namesAdded.append(b.forms.at(i));
    for (qsizetype i = 0; i < a.words.size(); ++i)
        if (isName(a, i, ctx) && isNewIn(a.words.at(i), ctx.beforeSentence, ctx.afterSentence))
            namesDropped.append(a.forms.at(i));
    // Whole names as phrases too ("Great Britain" / "the United Kingdom", "EU" / "European Union").
    const QStringList phrasesA = namePhrases(a, ctx), phrasesB = namePhrases(b, ctx);
    auto drop = [](QStringList &list, const QStringList &others, const QStringList &phrases,
                    const QStringList &otherPhrases) {
        list.removeIf([&](const QString &n) {
            for (const QString &o : others)
                if (sameEntity(n, o))
                    return true;
            // The same word in small letters or another form on the other side: "manager director" ->
            // "Managing Director" capitalises, it names no one new.
            for (const QString &o : others)
                for (const QString &w : o.split(u' ', Qt::SkipEmptyParts))
                    if (w.size() >= 4 && related(n.toLower(), w.toLower())
                        && !WordNet::instance().areSynonyms(n, w))
                        return true;
            for (const QString &p : phrases) {
                if (!p.contains(n.toLower()))
                    continue;
                for (const QString &o : otherPhrases)
                    if (sameEntity(p, o) || WordNet::instance().areSynonyms(p, o))
                        return true;
            }
            return false;
        });
    };
    // An acronym against the words it stands for, names or not ("NB" / "notebook", "AM" / "a.m.").
    QString wordsA = a.words.join(u' ').toLower(), wordsB = b.words.join(u' ').toLower();
    wordsA.remove(u'.');
    wordsB.remove(u'.');
    const QStringList added = namesAdded + QStringList { wordsB },
                      dropped = namesDropped + QStringList { wordsA };
    drop(namesAdded, dropped, phrasesB, phrasesA);
    drop(namesDropped, added, phrasesA, phrasesB);
    if (!namesAdded.isEmpty() && !namesDropped.isEmpty())
        return ChangeReason::Name;
    // Nothing but punctuation stood there: the words are added to the sentence. (Function words replaced
    // by a phrase, "how" -> "in a manner", are a paraphrase unless the phrase brings new facts.)
    const bool insertion = a.words.isEmpty();
    for (const QString &n : std::as_const(namesAdded))
        if (insertion || !ctx.beforeDocument || !contains(*ctx.beforeDocument, n))
            return ChangeReason::Name;
    for (const QString &n : std::as_const(namesDropped))
        if (!keptInText(ctx, n))
            return ChangeReason::Name;
    // A person swapped: "her" -> "his", "we" -> "they": a personal pronoun (not "it") on each side, of
    // two different persons. The classes each side has, as bits, so that the sides are read once each.
    auto personClasses = [](const QStringList &words) {
        unsigned bits = 0;
        for (const QString &w : words)
            if (const int c = WordLists::pronounClass(w); c >= 0 && c != 6)
                bits |= 1u << c;
        return bits;
    };
    const unsigned personsA = personClasses(a.words), personsB = personClasses(b.words);
    if (personsA && personsB && std::popcount(personsA | personsB) > 1)
        return ChangeReason::Name;

    // An acronym spelled out, or the other way round ("EU" -> "European Union", "AM" -> "a.m.").
    if ((a.words.size() == 1 || b.words.size() == 1) && !a.words.isEmpty() && !b.words.isEmpty()
        && sameEntity(wordsA, wordsB))
        return ChangeReason::None;

    // Modality and hedging: the kinds of modality on each side.
    const bool insertionWithContent = a.words.isEmpty() && !contentWords(b.words).isEmpty();
    if (modalitiesOf(a.words) != modalitiesOf(b.words) && !deletionWithContent && !insertionWithContent)
        return ChangeReason::Modality;

    // Attribution: a source named or unnamed ("according to police"), a reporting verb that takes a
    // stance in place of one that only reports ("said" -> "admitted").
    auto hasSource = [](const QStringList &words) {
        for (const QString &w : words)
            if (WordLists::isSourceMarker(w))
                return true;
        return false;
    };
    auto sentenceHasSource = [](const QHash<QString, int> &words) {
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            if (WordLists::isSourceMarker(it.key()))
                return true;
        return false;
    };
    if ((hasSource(a.words) && !sentenceHasSource(ctx.afterSentence))
        || (hasSource(b.words) && !sentenceHasSource(ctx.beforeSentence)))
        return ChangeReason::Attribution;
    QStringList stanceA, stanceB;
    bool neutralA = false, neutralB = false;
    for (const QString &w : a.words) {
        if (WordLists::isStanceReportingVerb(w))
            stanceA.append(w);
        neutralA = neutralA || WordLists::isNeutralReportingVerb(w);
    }
    for (const QString &w : b.words) {
        if (WordLists::isStanceReportingVerb(w))
            stanceB.append(w);
        neutralB = neutralB || WordLists::isNeutralReportingVerb(w);
    }
    if ((neutralA && !stanceB.isEmpty() && stanceA.isEmpty())
        || (neutralB && !stanceA.isEmpty() && stanceB.isEmpty()))
        return ChangeReason::Attribution;
    if (!stanceA.isEmpty() && !stanceB.isEmpty()) {
        bool same = false;
        for (const QString &x : std::as_const(stanceA))
            for (const QString &y : std::as_const(stanceB))
                same = same || related(x, y);
        if (!same)
            return ChangeReason::Attribution;
    }

    // Content words: those on one side only, less those the other sentence has elsewhere (moved), less
    // pairs of related words (synonyms, forms, derivations, compounds).
    // Names were judged above; pro-forms ("others", "another") stand for something named elsewhere.
    auto unnamedContent = [&](const HunkWords &side) {
        static const QSet<QString> proForms { u"other"_s, u"others"_s, u"another"_s, u"ones"_s, u"someone"_s,
            u"somebody"_s, u"latter"_s, u"former"_s };
        QStringList words = side.words;
        for (qsizetype i = 0; i < words.size(); ++i)
            if (isName(side, i, ctx) || proForms.contains(words.at(i).toLower()))
                words[i].clear();
        return contentWords(words);
    };
    QStringList newA = unnamedContent(a), newB = unnamedContent(b);
    newA.removeIf([&](const QString &w) { return !isNewIn(w, ctx.beforeSentence, ctx.afterSentence); });
    newB.removeIf([&](const QString &w) { return !isNewIn(w, ctx.afterSentence, ctx.beforeSentence); });
    // Opposites: content words by the dictionary, and the prepositions of place and time that come in
    // pairs ("behind" -> "ahead of").
    for (const QString &x : std::as_const(newA))
        for (const QString &y : std::as_const(newB))
            if (x != y && opposite(x, y))
                return ChangeReason::Opposite;
    static const QList<QSet<QString>> pairs { { u"behind"_s, u"ahead"_s }, { u"before"_s, u"after"_s },
        { u"above"_s, u"below"_s }, { u"over"_s, u"under"_s }, { u"up"_s, u"down"_s },
        { u"inside"_s, u"outside"_s }, { u"with"_s, u"without"_s }, { u"for"_s, u"against"_s },
        { u"vor"_s, u"nach"_s }, { u"für"_s, u"gegen"_s }, { u"avant"_s, u"après"_s },
        { u"pour"_s, u"contre"_s } };
    // One member of a pair on one side and the other member on the other: per pair, which members each
    // side has (bit 1 the first, bit 2 the second), each side read once.
    auto pairMembers = [&](const QStringList &words) {
        QList<unsigned> members(pairs.size(), 0);
        for (const QString &w : words)
            for (qsizetype p = 0; p < pairs.size(); ++p)
                if (pairs.at(p).contains(w))
                    members[p] |= w == *pairs.at(p).cbegin() ? 1u : 2u;
        return members;
    };
    const QList<unsigned> membersA = pairMembers(a.words), membersB = pairMembers(b.words);
    for (qsizetype p = 0; p < pairs.size(); ++p)
        if (((membersA.at(p) & 1) && (membersB.at(p) & 2)) || ((membersA.at(p) & 2) && (membersB.at(p) & 1)))
            return ChangeReason::Opposite;
    QList<bool> usedA(newA.size(), false), usedB(newB.size(), false);
    for (qsizetype i = 0; i < newA.size(); ++i)
        for (qsizetype j = 0; j < newB.size(); ++j)
            if (related(newA.at(i), newB.at(j)))
                usedA[i] = usedB[j] = true;
    QStringList restA, restB;
    for (qsizetype i = 0; i < newA.size(); ++i)
        if (!usedA.at(i))
            restA.append(newA.at(i));
    for (qsizetype j = 0; j < newB.size(); ++j)
        if (!usedB.at(j))
            restB.append(newB.at(j));
    if (restB.isEmpty())
        return droppedClause(a, restA) ? ChangeReason::ClaimDropped : ChangeReason::None; // else trimmed
    // Content added where there was none: a new detail or clause.
    if (insertion)
        return ChangeReason::ClaimAdded;
    // A pronoun replaced by a description of its referent, or the other way round ("him" -> "the
    // latter", "they" -> "the accused"): the reference is made explicit, the facts stay.
    bool pronounA = false, pronounB = false;
    for (const QString &w : a.words)
        pronounA = pronounA || WordLists::pronounClass(w) >= 0;
    for (const QString &w : b.words)
        pronounB = pronounB || WordLists::pronounClass(w) >= 0;
    if ((pronounA && restA.isEmpty() && restB.size() <= 2) || (pronounB && restB.isEmpty()))
        return ChangeReason::None;
    // Words the text already had elsewhere are given information, not a new claim.
    QStringList unknownB = restB;
    if (ctx.beforeDocument)
        unknownB.removeIf([&](const QString &w) { return contains(*ctx.beforeDocument, w); });
    if (unknownB.isEmpty())
        return ChangeReason::None;
    // A rewording that keeps every content word (or a related one) and brings in one new word is a
    // paraphrase ("resting" -> "coming to rest"); more new words add a claim.
    if (restA.isEmpty())
        return unknownB.size() >= 2 ? ChangeReason::ClaimAdded : ChangeReason::None;
    // One characterisation for another ("antagonistic" -> "provocative", "faulty" -> "questionable"):
    // the participants and the event stay; opposites were caught above.
    bool modifiersOnly = true;
    for (const QStringList *side : { &restA, &restB })
        for (const QString &w : *side)
            modifiersOnly = modifiersOnly && isModifier(w);
    if (modifiersOnly)
        return ChangeReason::None;
    return ChangeReason::Content;
}

} // namespace Parallax
