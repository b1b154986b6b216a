// SPDX-License-Identifier: GPL-3.0-or-later
//
// Names in the fact rules: which words name an entity, when two names are one entity (an acronym, a part
// of the name), and when a difference puts one entity for another or brings in a new one.
#include "align/changereason_p.h"

#include "text/factwords.h"
#include "text/wordlists.h"
#include "text/wordnet.h"

using namespace Qt::StringLiterals;

namespace Parallax::ReasonWords {

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

std::optional<ChangeReason> nameChange(const HunkWords &a, const HunkWords &b, const HunkContext &ctx)
{
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
    // A person swapped: "her" -> "his", "we" -> "they".
    for (const QString &x : a.words) {
        const int cx = WordLists::pronounClass(x);
        for (const QString &y : b.words) {
            const int cy = WordLists::pronounClass(y);
            if (cx >= 0 && cy >= 0 && cx != cy && cx != 6 && cy != 6)
                return ChangeReason::Name;
        }
    }

    // An acronym spelled out, or the other way round ("EU" -> "European Union", "AM" -> "a.m.").
    if ((a.words.size() == 1 || b.words.size() == 1) && !a.words.isEmpty() && !b.words.isEmpty()
        && sameEntity(wordsA, wordsB))
        return ChangeReason::None;
    return std::nullopt;
}

} // namespace Parallax::ReasonWords
