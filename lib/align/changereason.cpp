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
#include "align/changereason_p.h"

#include "text/factwords.h"
#include "text/wordlists.h"
#include "text/wordnet.h"

using namespace Qt::StringLiterals;

namespace Parallax {

using namespace ReasonWords;

namespace {

ChangeReason factChangeOf(const HunkWords &a, const HunkWords &b, const HunkContext &ctx)
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

    // The polarity of the sentence decides, not that of the words changed: "not losing any" -> "losing
    // no" moves the negation, the sentence still denies once.
    if (polarity(a.words, a.initial) != polarity(b.words, b.initial) && !deletionWithContent
        && (ctx.beforeText.isEmpty() || sentencePolarity(ctx.beforeText) != sentencePolarity(ctx.afterText)))
        return ChangeReason::Negation;

    // Numbers and dates: a value on one side that the other sentence does not have anywhere (a number
    // moved within the sentence is no change). A compound of a number has it when the other sentence has
    // its parts ("seven-figure" / "7 figure").
    auto spelledApart = [](const QString &w, const QHash<QString, int> &other) {
        const QString v = valueOf(w);
        const qsizetype dash = v.indexOf(u'-');
        return dash > 0 && v.front().isDigit() && other.value(countKey(v.left(dash))) > 0
            && other.value(countKey(v.mid(dash + 1))) > 0;
    };
    bool numberChanged = false, dateChanged = false;
    // A number or date dropped from the sentence but kept elsewhere in the text drops nothing.
    const bool deletion = b.words.isEmpty();
    auto numbers = [&](const HunkWords &side, const QHash<QString, int> &own,
                       const QHash<QString, int> &other, const HunkContext *document) {
        for (qsizetype i = 0; i < side.words.size(); ++i) {
            const QString &w = side.words.at(i);
            // Searched in the whole text only for a number or date that is new in the sentence.
            // A part of a date dropped beside the rest of it leaves the event on the same day, told less
            // precisely: the reader takes the year or the week from the story.
            auto known = [&] {
                return deletion && document
                    && (keptInText(*document, w) || datePartBeside(w, ctx.previousAfter));
            };
            // "a" -> "one", "the" -> "one": an article made a numeral counts the same one thing.
            const HunkWords &otherSide = &side == &a ? b : a;
            if (w == u"one"_s && otherSide.words.size() == 1 && isArticle(otherSide.words.first()))
                continue;
            const QString &next = &side == &a ? ctx.nextBefore : ctx.nextAfter;
            if (adverbOfOrder(side, i, next))
                continue;
            if (isNumeric(w) && isNewIn(valueOf(w), own, other) && !known() && !spelledApart(w, other))
                (isDateNumber(w) ? dateChanged : numberChanged) = true;
            else if (isSpecificDate(side, i, &side == &a ? ctx.previousBefore : ctx.previousAfter, next)
                && isNewIn(valueOf(w), own, other) && !known())
                dateChanged = true;
        }
    };
    numbers(a, ctx.beforeSentence, ctx.afterSentence, &ctx);
    numbers(b, ctx.afterSentence, ctx.beforeSentence, nullptr);
    if (dateChanged)
        return ChangeReason::Date;
    if (numberChanged)
        return ChangeReason::Number;
    // "about three hours" -> "more than three hours"; "in January" -> "since January". A quantifier says
    // how a number counts ("about", "more than", "up to"); the particles of such phrases alone ("to",
    // "of", "than") do not ("of to 6 to 8 inches" -> "of 6 to 8 inches").
    bool onlyQuantifiers = true, quantifierHead = false;
    for (const QStringList *side : { &a.words, &b.words })
        for (const QString &w : *side) {
            onlyQuantifiers = onlyQuantifiers && isQuantifier(w);
            quantifierHead = quantifierHead || (isQuantifier(w) && !isQuantifierParticle(w));
        }
    const bool beforeNumber = isNumeric(ctx.nextAfter) || isNumeric(ctx.nextBefore);
    const bool beforeDate
        = (WordLists::isDateWord(ctx.nextAfter) && ctx.nextAfter != u"may"_s) || isDateNumber(ctx.nextAfter);
    if (onlyQuantifiers && quantifierHead && beforeNumber && !beforeDate)
        return ChangeReason::Number;
    if (!a.words.isEmpty() && !b.words.isEmpty() && (beforeDate || (beforeNumber && !onlyQuantifiers))) {
        bool functionOnly = true;
        for (const QStringList *side : { &a.words, &b.words })
            for (const QString &w : *side)
                functionOnly = functionOnly && WordLists::isFunctionWord(w);
        // Before a date, the words that place an event in time differ: "in" -> "since", "this" -> "last";
        // "on" -> "in" or "and on" -> ". In" place it at the same time.
        if (functionOnly && (!beforeDate || timeRelations(a.words) != timeRelations(b.words)))
            return beforeDate ? ChangeReason::Date : ChangeReason::Number;
    }

    // Names: one entity for another, or an entity new to the text (namechange.cpp).
    if (const std::optional<ChangeReason> names = nameChange(a, b, ctx))
        return *names;
    const bool insertion = a.words.isEmpty();

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
    // A thing or a person named more specifically ("weapon" -> "gun", "people" -> "children") says which
    // thing or who: a fact. Named more generally, the detail is trimmed; an event or an act named more
    // precisely ("meeting" -> "summit", "offence" -> "assault") is the same event characterised.
    for (const QString &x : std::as_const(newA))
        for (const QString &y : std::as_const(newB))
            if (moreSpecificThing(x, y))
                return ChangeReason::Content;
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
    // A verb with its particle is one word of the dictionary ("tipped over" / "overturned", "left
    // behind"): a phrase on one side related to a word left on the other pairs them off.
    pairPhrasalVerbs(a.words, restA, restB);
    pairPhrasalVerbs(b.words, restB, restA);
    if (restB.isEmpty())
        return droppedClause(a, restA) ? ChangeReason::ClaimDropped : ChangeReason::None; // else trimmed
    // Content added where there was none: a new detail or clause. A verb put in alone only supplies the
    // predicate that the words around it were missing ("samples tested had shown conflicting results"):
    // its subject and objects were there, so no new proposition comes with it.
    if (insertion)
        return loneVerb(b.words) ? ChangeReason::None : ChangeReason::ClaimAdded;
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

} // namespace

ChangeReason factChange(const HunkWords &a, const HunkWords &b, const HunkContext &ctx)
{
    // A space missing on one side ("eveningafter", "ThursdayJanuary"): the rules read the two words
    // that were meant, and the sentence counts with them.
    if (!ctx.capitalsMarkNames)
        return factChangeOf(a, b, ctx);
    HunkWords ungluedA = a, ungluedB = b;
    HunkContext unglued = ctx;
    const bool splitA = splitGlued(ungluedA, unglued.beforeSentence, ctx.afterSentence);
    const bool splitB = splitGlued(ungluedB, unglued.afterSentence, ctx.beforeSentence);
    return splitA || splitB ? factChangeOf(ungluedA, ungluedB, unglued) : factChangeOf(a, b, ctx);
}

} // namespace Parallax
