// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/attribution_p.h"

#include "text/factwords.h"
#include "text/tokenizer.h"
#include "text/wordlists.h"
#include "text/wordset.h"

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

// A speaker is a short noun phrase: "police", "the company", "Detective Inspector Paul Rainer", "Northline
// Power's operations manager", "a spokesperson for the council".
constexpr int MaxSpeakerWords = 8;
// What may follow the verb in its frame: "told reporters", "said on Sunday".
constexpr int MaxFrameTail = 3;

struct Word
{
    QString lower;
    bool capitalised = false;
    bool number = false;
};

// A clause of the sentence between punctuation: words [first, end), and whether it stands inside
// quotation marks.
struct Clause
{
    int first = 0, end = 0;
    bool quoted = false;
};

bool isQuoteMark(QStringView p)
{
    return p == u"\""_s || p == u"\u201C"_s || p == u"\u201D"_s || p == u"\u00AB"_s || p == u"\u00BB"_s;
}

bool isClauseMark(QStringView p)
{
    static const QString marks = u",;:()[]\u2014\u2013-.!?"_s;
    return !p.isEmpty() && (marks.contains(p.front()) || p.startsWith(u"--"_s));
}

bool isReportingVerb(const QString &lower)
{
    // The speech verbs that only report or take a stance on what they report; not "called", "urged",
    // "described", which say something of their own.
    return WordLists::speechVerbs().contains(QStringView(lower))
        && (WordLists::isNeutralReportingVerb(lower) || WordLists::isStanceReportingVerb(lower));
}

// Words a speaker phrase may hold besides nouns and names.
bool speakerFunctionWord(const QString &w)
{
    static const QStringList allowed { u"the"_s, u"a"_s, u"an"_s, u"its"_s, u"his"_s, u"her"_s, u"their"_s,
        u"our"_s, u"of"_s, u"for"_s, u"at"_s };
    return allowed.contains(w);
}

// Words the rest of a frame may hold: "said on Sunday", "told the Gazette".
bool tailFunctionWord(const QString &w)
{
    static const QStringList allowed { u"the"_s, u"a"_s, u"an"_s, u"on"_s, u"in"_s, u"at"_s, u"to"_s };
    return allowed.contains(w);
}

bool isPronoun(const QString &w)
{
    static const QStringList pronouns { u"he"_s, u"she"_s, u"they"_s, u"it"_s, u"we"_s, u"i"_s };
    return pronouns.contains(w);
}

bool speakerLike(const QList<Word> &words, int first, int end)
{
    const int n = end - first;
    if (n <= 0 || n > MaxSpeakerWords)
        return false;
    if (n == 1 && isPronoun(words.at(first).lower))
        return true;
    bool content = false;
    for (int k = first; k < end; ++k) {
        const Word &w = words.at(k);
        if (w.number)
            return false;
        if (WordLists::isFunctionWord(w.lower)) {
            if (!speakerFunctionWord(w.lower))
                return false;
        } else {
            content = true;
        }
    }
    return content;
}

bool isAuxiliary(const QString &w)
{
    static const QStringList aux { u"has"_s, u"have"_s, u"had"_s, u"also"_s };
    return aux.contains(w);
}

bool isConjunction(const QString &w)
{
    return w == u"and"_s || w == u"but"_s;
}

} // namespace

QList<int> attributionWords(QStringView sentence)
{
    QList<Word> words;
    QList<Clause> clauses;
    bool quoted = false;
    int clauseStart = 0;
    auto closeClause = [&] {
        if (int(words.size()) > clauseStart)
            clauses.append({ clauseStart, int(words.size()), quoted });
        clauseStart = int(words.size());
    };
    for (const Token &t : Tokenizer::tokenize(sentence)) {
        const QStringView text = sentence.mid(t.start, t.end - t.start);
        if (t.type == Token::Word || t.type == Token::Number) {
            words.append({ TypographyNormalizer::normalize(text).toLower(), text.front().isUpper(),
                t.type == Token::Number });
        } else if (t.type == Token::Punctuation) {
            if (isQuoteMark(text)) {
                closeClause();
                quoted = text == u"\u201C"_s || text == u"\u00AB"_s ? true
                    : text == u"\u201D"_s || text == u"\u00BB"_s    ? false
                                                                    : !quoted;
            } else if (isClauseMark(text)) {
                closeClause();
            }
        }
    }
    closeClause();

    QList<int> out;
    auto take = [&](int first, int end) {
        for (int k = first; k < end; ++k)
            out.append(k);
    };
    for (qsizetype c = 0; c < clauses.size(); ++c) {
        const Clause &clause = clauses.at(c);
        if (clause.quoted)
            continue;
        for (int k = clause.first; k < clause.end; ++k) {
            const QString &w = words.at(k).lower;
            if (w == u"according"_s && k + 1 < clause.end && words.at(k + 1).lower == u"to"_s) {
                if (speakerLike(words, k + 2, clause.end)) {
                    take(k, clause.end);
                    break;
                }
                continue;
            }
            if (!isReportingVerb(w))
                continue;
            // The speaker right before the verb: "police said", "and the company has said".
            int from = clause.first;
            while (from < k && isConjunction(words.at(from).lower))
                ++from;
            int to = k;
            while (to > from && isAuxiliary(words.at(to - 1).lower))
                --to;
            const int tail = clause.end - (k + 1);
            if (to > from) {
                if (!speakerLike(words, from, to))
                    continue;
                take(from, k + 1);
                // "told reporters", "said on Sunday": the rest of a short clause is the frame's too, where it
                // has no verb or number of its own ("said the gang had" goes on with what was said).
                bool plain = tail <= MaxFrameTail;
                for (int x = k + 1; x < clause.end && plain; ++x) {
                    const Word &after = words.at(x);
                    plain = !after.number
                        && (!WordLists::isFunctionWord(after.lower) || tailFunctionWord(after.lower));
                }
                if (plain)
                    take(k + 1, clause.end);
                break;
            }
            // The verb opens its clause. After a quotation or at the end, the speaker follows it: '...,"
            // said museum director Anna Meszaros', and an apposition may follow ("..., Gareth Pryce").
            if (speakerLike(words, k + 1, clause.end)) {
                take(k, clause.end);
                for (qsizetype d = c + 1; d < clauses.size(); ++d) {
                    const Clause &next = clauses.at(d);
                    if (next.quoted || !speakerLike(words, next.first, next.end))
                        break;
                    take(next.first, next.end);
                }
                break;
            }
            // Otherwise the verb reports what follows, and the speaker is the sentence's subject with its
            // appositions: "Gareth Pryce, the company's operations manager, said ...", "Detective
            // Inspector Paul Rainer, who is leading the inquiry, said ...".
            bool subject = c > 0;
            for (qsizetype d = 0; d < c && subject; ++d) {
                const Clause &before = clauses.at(d);
                const bool relative = d > 0 && (words.at(before.first).lower == u"who"_s);
                subject = !before.quoted && (relative || speakerLike(words, before.first, before.end));
            }
            if (subject) {
                take(clauses.at(0).first, clauses.at(c - 1).end);
                out.append(k);
            }
            break;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void Statements::build(const QList<Version> &versions, const StorySimilarity &story,
    const QList<QList<QList<int>>> &tokens, const QStringList &words)
{
    m_story = &story;
    m_frames.clear();
    m_frames.reserve(versions.size());
    // Per word: whether it may open a frame (a reporting verb, "according"), asked once; -1 not yet.
    QList<signed char> opens(words.size(), -1);
    const auto mayOpen = [&](int word) {
        if (opens[word] < 0)
            opens[word] = (WordLists::speechVerbs().contains(QStringView(words.at(word)))
                              || words.at(word) == u"according"_s)
                ? 1
                : 0;
        return opens[word] == 1;
    };
    for (qsizetype v = 0; v < versions.size(); ++v) {
        const Version &version = versions.at(v);
        QList<QList<int>> frames(version.sentences.size());
        for (qsizetype s = 0; s < version.sentences.size(); ++s) {
            // Most sentences name no source: only those with a word that may open a frame are read.
            const QList<int> &ids = tokens.at(v).at(s);
            if (std::none_of(ids.cbegin(), ids.cend(), [&](int t) { return mayOpen(t >> 1); }))
                continue;
            const QList<int> frameWords = attributionWords(version.sentenceText(s));
            if (frameWords.isEmpty() || frameWords.last() >= ids.size())
                continue;
            // The frame's terms that the statement does not use as well ("Northline Power said ... power
            // lines" keeps "power").
            QList<int> frame, own;
            for (int k = 0; k < ids.size(); ++k) {
                const int term = story.wordTerm(words.at(ids.at(k) >> 1));
                if (term >= 0)
                    (std::binary_search(frameWords.cbegin(), frameWords.cend(), k) ? frame : own)
                        .append(term);
            }
            std::sort(frame.begin(), frame.end());
            frame.erase(std::unique(frame.begin(), frame.end()), frame.end());
            frame.removeIf([&](int t) { return own.contains(t); });
            frames[s] = std::move(frame);
        }
        m_frames.append(std::move(frames));
    }
}

QList<int> Statements::frame(int version, int first, int span) const
{
    if (span == 1)
        return m_frames.at(version).at(first);
    QList<int> out;
    for (int s = first; s < first + span; ++s)
        out.append(m_frames.at(version).at(s));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<int> Statements::common(const QList<int> &a, const QList<int> &b)
{
    QList<int> out;
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

StorySimilarity::Bag Statements::without(const Bag &bag, const QList<int> &terms) const
{
    Bag out;
    std::set_difference(
        bag.terms.cbegin(), bag.terms.cend(), terms.cbegin(), terms.cend(), std::back_inserter(out.terms));
    for (int t : std::as_const(out.terms))
        out.weight += m_story->termWeight(t);
    return out;
}

} // namespace Parallax::Internal
