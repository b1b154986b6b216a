// SPDX-License-Identifier: GPL-3.0-or-later
//
// Names in the fact rules: which words name an entity, when two names are one entity (an acronym, a part
// of the name), and when a difference puts one entity for another or brings in a new one.
#include "align/changereason_p.h"
#include "align/documentwords.h"

#include "text/factwords.h"
#include "text/tokenizer.h"
#include "text/wordlists.h"
#include "text/wordnet.h"

#include <bit>

using namespace Qt::StringLiterals;

namespace Parallax::ReasonWords {

bool isName(const HunkWords &side, qsizetype i, const HunkContext &context)
{
    const QString &form = side.forms.at(i);
    const QString &w = side.words.at(i);
    // An Arabic name with its article in small letters: "al-Libi", "el-Baradei", "ash-Shara".
    static const QSet<QString> articles { u"al"_s, u"el"_s, u"ad"_s, u"ar"_s, u"as"_s, u"ash"_s, u"at"_s,
        u"az"_s, u"an"_s, u"ud"_s };
    const qsizetype dash = form.indexOf(u'-');
    if (dash > 0 && dash + 2 < form.size() && form.at(dash + 1).isUpper()
        && articles.contains(form.left(dash)))
        return true;
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
        return !inDictionary(lower);
    }
    return !WordLists::isFunctionWord(lower) && !WordLists::isDateWord(lower)
        && !WordLists::isDiscourseWord(lower) && WordLists::modalityOf(lower) == WordLists::Modality::None;
}

namespace {

// A name as compared: lower case, without the dots of "U.S.", without the possessive of "NB's" and the
// plural of an acronym ("NBs").
QString entityKey(const QString &name)
{
    QString n = name;
    if (n.endsWith(u"'s"_s))
        n.chop(2);
    if (n.size() >= 3 && n.endsWith(u's')) {
        bool capitals = true;
        for (qsizetype i = 0; i + 1 < n.size(); ++i)
            capitals = capitals && !n.at(i).isLower();
        if (capitals)
            n.chop(1);
    }
    n = n.toLower();
    n.remove(u'.');
    return n;
}

QString squeezed(QString name)
{
    name.remove(u' ');
    name.remove(u'-');
    return name;
}

// The names of a whole sentence, as runs of consecutive names ("bing dian", "motion picture association"),
// and the names of organisations and offices whose capitalised words a preposition links ("motion
// picture association of america", "secretary of state for children"): their acronyms count the
// capitalised words ("MPAA").
QStringList sentenceNames(QStringView sentence, const HunkContext &context)
{
    HunkWords side;
    for (const Token &t : Tokenizer::tokenize(sentence)) {
        if (t.type != Token::Word)
            continue;
        const QString form = TypographyNormalizer::normalize(sentence.mid(t.start, t.end - t.start));
        side.initial.append(side.words.isEmpty());
        side.words.append(form.toLower());
        side.forms.append(form);
    }
    QStringList names = namePhrases(side, context);
    static const QSet<QString> linking { u"of"_s, u"for"_s, u"de"_s, u"du"_s, u"des"_s, u"von"_s, u"der"_s };
    QString current;
    bool linked = false;
    for (qsizetype i = 0; i < side.words.size(); ++i) {
        if (isName(side, i, context)) {
            current += (current.isEmpty() ? QString() : u" "_s) + side.words.at(i).toLower();
        } else if (!current.isEmpty() && linking.contains(side.words.at(i)) && i + 1 < side.words.size()
            && isName(side, i + 1, context)) {
            current += u' ' + side.words.at(i);
            linked = true;
        } else {
            if (linked)
                names.append(current);
            current.clear();
            linked = false;
        }
    }
    if (linked)
        names.append(current);
    return names;
}

// The names of the sentence, found once per sentence: a long sentence with many differences asks again and
// again (per thread, as comparisons may run in workers).
const QStringList &cachedSentenceNames(QStringView sentence, const HunkContext &context)
{
    struct Entry
    {
        QString text;
        bool capitals = true;
        QStringList names;
    };
    thread_local Entry entries[2];
    thread_local int next = 0;
    for (Entry &e : entries)
        if (e.capitals == context.capitalsMarkNames && QStringView(e.text) == sentence)
            return e.names;
    Entry &e = entries[next];
    next = 1 - next;
    e.text = sentence.toString();
    e.capitals = context.capitalsMarkNames;
    e.names = sentenceNames(sentence, context);
    return e.names;
}

// The text has the two names next to each other, as one name ("Britney Spears" for "Spears" ->
// "Britney").
bool namedTogether(QStringView text, const QString &x, const QString &y)
{
    if (text.isEmpty() || x.size() < 2 || y.size() < 2)
        return false;
    const QString pairs[] = { x + u' ' + y, y + u' ' + x };
    for (const QString &pair : pairs) {
        for (qsizetype at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
            const qsizetype end = at + pair.size();
            if ((at == 0 || !text.at(at - 1).isLetter()) && (end >= text.size() || !text.at(end).isLetter()))
                return true;
        }
    }
    return false;
}

// The after text has the name in a spelling one letter away ("Abbot" for "Abbott"): a typo mended, the
// entity kept.
bool keptMisspelt(const HunkContext &ctx, const QString &name)
{
    if (!ctx.hasAfterDocument || name.size() < 5)
        return false;
    const QStringView text = ctx.afterDocument();
    // The distinct capitalised words of the text, one letter shorter to one longer.
    if (ctx.afterWords) {
        for (qsizetype size = name.size() - 1; size <= name.size() + 1; ++size)
            for (const QString &word : ctx.afterWords->capitalised(size))
                if (distance(name, word) <= 1)
                    return true;
        return false;
    }
    const QList<Token> tokens = Tokenizer::tokenize(text);
    for (const Token &t : tokens) {
        if (t.type != Token::Word || !text.at(t.start).isUpper())
            continue;
        const qsizetype size = t.end - t.start;
        if (size < name.size() - 1 || size > name.size() + 1)
            continue;
        if (distance(name, text.mid(t.start, size).toString()) <= 1)
            return true;
    }
    return false;
}

// The name is at hand where a pronoun or a description would be read as it: in the sentence itself or
// in the sentence before it (in the after text). A reader resolves "he" or "the hacker" to someone named
// just before; a name from further back, put in their place, tells who it was.
bool namedNearby(const HunkContext &ctx, const QString &name)
{
    if (containsWord(ctx.beforeText, name) || !ctx.hasAfterDocument || ctx.afterText.isEmpty())
        return true;
    // Sentences are compared in text order: search on from where the last one was found, so that a
    // long text is read about once, not once per sentence (per thread, as comparisons may run in
    // workers).
    thread_local const QChar *lastDocument = nullptr;
    thread_local qsizetype lastAt = 0;
    const QStringView document = ctx.afterDocument();
    qsizetype at = lastDocument == document.data() && lastAt < document.size()
        ? document.indexOf(ctx.afterText, lastAt)
        : -1;
    if (at < 0)
        at = document.indexOf(ctx.afterText);
    if (at < 0)
        return true;
    lastDocument = document.data();
    lastAt = at;
    QStringView head = document.left(at).trimmed();
    while (!head.isEmpty() && !head.back().isLetterOrNumber())
        head.chop(1); // the end of the sentence before
    // The sentence before starts after the last end of a sentence: a full stop, "!" or "?", perhaps
    // followed by closing quotation marks or brackets, then a space.
    qsizetype start = 0;
    for (qsizetype i = head.size() - 1; i > 0 && start == 0; --i) {
        if (!head.at(i).isSpace())
            continue;
        qsizetype j = i - 1;
        while (j > 0
            && (head.at(j).category() == QChar::Punctuation_FinalQuote || head.at(j) == u'"'
                || head.at(j) == u'\'' || head.at(j) == u')'))
            --j;
        if (head.at(j) == u'.' || head.at(j) == u'!' || head.at(j) == u'?')
            start = i;
    }
    return containsWord(head.mid(start), name);
}

} // namespace

bool answer(const HunkContext &ctx, const DocumentQuery &query)
{
    switch (query.kind) {
    case DocumentQuery::Kind::KeptInText:
        return keptInText(ctx, query.name);
    case DocumentQuery::Kind::KeptMisspelt:
        return keptMisspelt(ctx, query.name);
    case DocumentQuery::Kind::NamedNearby:
        return namedNearby(ctx, query.name);
    case DocumentQuery::Kind::NamedTogether:
        return namedTogether(ctx.afterDocument(), query.name, query.other);
    }
    return false;
}

// One name stands for the other: an acronym of it ("PA" / "Pennsylvania", "MPAA" / "Motion Picture ..."),
// a part of it ("Libi" / "Al-Libi"), or the same name spaced otherwise ("BingDian" / "Bing Dian").
bool sameEntity(const QString &a, const QString &b)
{
    const QString la = entityKey(a), lb = entityKey(b);
    if (la.size() < 2 || lb.size() < 2)
        return false;
    if ((la.size() >= 3 && lb.contains(la)) || (lb.size() >= 3 && la.contains(lb)))
        return true;
    return squeezed(la) == squeezed(lb) || abbreviates(la, lb);
}

// One name is an abbreviation of the other, within one word ("pa" / "pennsylvania") or as the initials
// of several ("eu" / "european union"); both lower case.
bool abbreviates(const QString &la, const QString &lb)
{
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
    // A name for a name of the same entity ("Spears" -> "Britney") is not a name put for a pronoun.
    const bool nameReplaced = !namesDropped.isEmpty();
    // Whole names as phrases too ("Great Britain" / "the United Kingdom", "EU" / "European Union").
    const QStringList phrasesA = namePhrases(a, ctx), phrasesB = namePhrases(b, ctx);
    auto drop = [](QStringList &list, const QStringList &others, const QStringList &phrases,
                    const QStringList &otherPhrases) {
        if (list.isEmpty())
            return;
        // The other side's words of four letters or more, in small letters, split once for every name.
        QStringList otherWords;
        for (const QString &o : others)
            for (const QString &w : o.split(u' ', Qt::SkipEmptyParts))
                if (w.size() >= 4)
                    otherWords.append(w.toLower());
        list.removeIf([&](const QString &n) {
            // A lone function word is no acronym ("at" is not "Austin").
            auto acronymLike = [](const QString &o) {
                return o.contains(u' ') || !WordLists::isFunctionWord(o.toLower());
            };
            for (const QString &o : others)
                if (acronymLike(o) && sameEntity(n, o))
                    return true;
            // The same word in small letters or another form on the other side: "manager director" ->
            // "Managing Director" capitalises, it names no one new. (Not a word of one kind with it:
            // "American" / "Canadian" are two peoples.)
            const QString lowerName = n.toLower();
            for (const QString &w : std::as_const(otherWords))
                if (sameWordForm(lowerName, w))
                    return true;
            for (const QString &p : phrases) {
                if (!p.contains(lowerName))
                    continue;
                // A name for its synonym, or a demonym for its country ("American" / "United States":
                // WordNet derives the adjective from the country's synset).
                const WordNet &wn = WordNet::instance();
                for (const QString &o : otherPhrases)
                    if (sameEntity(p, o) || wn.areSynonyms(p, o) || wn.areNeighbours(p, o)
                        || wn.areNeighbours(o, p))
                        return true;
                // The whole name against one word of the other side: "U.S." / "United States".
                for (const QString &o : others)
                    if (!o.contains(u' ') && acronymLike(o) && sameEntity(p, o))
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
    // An abbreviation written with its period, for the word it shortens in the other sentence ("Ret." /
    // "retired", "Gen." / "General"): the same word.
    auto abbreviation = [](QStringList &list, QStringView sentence, QStringView otherSentence) {
        list.removeIf([&](const QString &n) {
            if (n.size() < 2 || !sentence.contains(QString(n + u'.')))
                return false;
            for (const Token &t : Tokenizer::tokenize(otherSentence))
                if (t.type == Token::Word && t.end - t.start > n.size() + 1
                    && otherSentence.mid(t.start).startsWith(n, Qt::CaseInsensitive))
                    return true;
            return false;
        });
    };
    abbreviation(namesDropped, ctx.beforeText, ctx.afterText);
    abbreviation(namesAdded, ctx.afterText, ctx.beforeText);
    // The other sentence names the same entity elsewhere in another form: "(MPAA)" added after "Motion
    // Picture Association of America", "(PA)" dropped after "Pennsylvania", "Bing Dian" for "BingDian".
    // An alias brings in no one new and drops no one. (A name said again, or a part of a name the
    // sentence has, "from Nelson" beside "Nelson Airport", can say something new about it.)
    auto aliasIn = [&](QStringList &list, const QStringList &phrases, QStringView otherSentence) {
        if (list.isEmpty() || otherSentence.isEmpty())
            return;
        const QStringList &names = cachedSentenceNames(otherSentence, ctx);
        list.removeIf([&](const QString &n) {
            auto alias = [](const QString &x, const QString &y) {
                const QString kx = entityKey(x), ky = entityKey(y);
                const QStringList wx = kx.split(u' '), wy = ky.split(u' ');
                return !wx.contains(ky) && !wy.contains(kx)
                    && (squeezed(kx) == squeezed(ky) || abbreviates(kx, ky));
            };
            for (const QString &o : names) {
                if (alias(n, o))
                    return true;
                for (const QString &p : phrases)
                    if (p.contains(n.toLower()) && alias(p, o))
                        return true;
            }
            return false;
        });
    };
    aliasIn(namesAdded, phrasesB, ctx.beforeText);
    aliasIn(namesDropped, phrasesA, ctx.afterText);
    // One person by the first name for the last: the text names them together ("Britney Spears").
    namesDropped.removeIf([&](const QString &n) {
        for (const QString &o : std::as_const(namesAdded))
            if (noted(
                    ctx, DocumentQuery::Kind::NamedTogether, n, namedTogether(ctx.afterDocument(), n, o), o))
                return true;
        return false;
    });
    if (!namesAdded.isEmpty() && !namesDropped.isEmpty())
        return ChangeReason::Name;
    // Nothing but punctuation stood there: the words are added to the sentence. (Function words replaced
    // by a phrase, "how" -> "in a manner", are a paraphrase unless the phrase brings new facts.)
    const bool insertion = a.words.isEmpty();
    // A name put for a modifier ("Current law" -> "PA law") does not spell out a reference the sentence
    // made: no pronoun or description (a noun phrase with its determiner: "the state's") stood for the
    // entity, the sentence now places its fact with it. The modifier stands alone: words the dictionary
    // knows as adjectives, no function word.
    const QStringList replacedContent = contentWords(a.words);
    bool modifierReplaced = !a.words.isEmpty() && replacedContent.size() == a.words.size();
    for (const QString &w : replacedContent)
        modifierReplaced = modifierReplaced && WordLists::pronounClass(w) < 0
            && !WordNet::instance().synsets(w, WordNet::Pos::Adjective).isEmpty();
    for (const QString &n : std::as_const(namesAdded))
        if (insertion || !ctx.beforeDocument || !contains(*ctx.beforeDocument, n)
            || (!nameReplaced
                && (modifierReplaced
                    || !noted(ctx, DocumentQuery::Kind::NamedNearby, n, namedNearby(ctx, n)))))
            return ChangeReason::Name;
    for (const QString &n : std::as_const(namesDropped))
        if (!keptInText(ctx, n) && !keptInText(ctx, entityKey(n))
            && !noted(ctx, DocumentQuery::Kind::KeptMisspelt, n, keptMisspelt(ctx, n)))
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
        && sameEntity(a.forms.join(u' '), b.forms.join(u' ')))
        return ChangeReason::None;
    return std::nullopt;
}

} // namespace Parallax::ReasonWords
