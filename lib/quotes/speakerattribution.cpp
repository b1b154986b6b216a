// SPDX-License-Identifier: GPL-3.0-or-later
// Who speaks a quotation: the subject of a speech verb before or after it ("she said", "said Smith",
// "according to the ministry"), resolved to a name where it is a pronoun or a role.
#include "quotes/quoteextraction_p.h"

#include "quotes/speakerwords_p.h"
#include "text/charclasses.h"
#include "text/wordlists.h"

#include <algorithm>

namespace Parallax::Internal {
namespace {

const quint64 KeyAccording = foldedWordKey(u"according");
const quint64 KeyTo = foldedWordKey(u"to");
const quint64 KeyThe = foldedWordKey(u"the");
const quint64 KeyAnd = foldedWordKey(u"and");
const quint64 KeyBut = foldedWordKey(u"but");
const quint64 KeyA = foldedWordKey(u"a");
const quint64 KeyAn = foldedWordKey(u"an");
const quint64 KeyIt = foldedWordKey(u"it");

} // namespace

Subject QuoteExtraction::subjectBefore(int verb, int minTok) const
{
    Subject subject;
    int j = prevTok(verb, minTok);
    while (j >= 0 && isWord(j) && !m_toks[j].capital
        && (verbModifiers().contains(m_toks[j].key) || tokText(j).endsWith(u"ly")))
        j = prevTok(j, minTok);
    if (j < 0 || m_toks[j].sentence != m_toks[verb].sentence || m_toks[j].inQuote)
        return subject;

    if (isPunct(j, u',')) {
        // "Yang Tao, said" after an apposition, or "George Magnus, a research associate at X, told".
        int comma = -1;
        for (int k = j - 1; k >= minTok && k >= j - 60; --k) {
            if (m_toks[k].sentence != m_toks[j].sentence || m_toks[k].inQuote)
                break;
            if (isPunct(k, u',')) {
                comma = k;
                break;
            }
        }
        if (comma < 0)
            return subject;
        const int a = nextTok(comma, j);
        const int b = prevTok(j, comma + 1);
        if (a >= 0 && b >= 0 && m_mentionStart[a] >= 0 && m_mentionStart[a] == m_mentionEnd[b]) {
            subject.mention = m_mentionStart[a];
            return subject;
        }
        const int p = prevTok(comma, minTok);
        if (p >= 0 && m_mentionEnd[p] >= 0)
            subject.mention = m_mentionEnd[p];
        return subject;
    }
    if (!isWord(j))
        return subject;

    const quint64 key = m_toks[j].key;
    if (pronouns().contains(key)) {
        subject.reference = j;
        return subject;
    }
    if (key == KeyIt) {
        subject.it = true;
        return subject;
    }
    if (key == KeyAnd || key == KeyBut) {
        // "Blinken met Xi and said": the subject of the first verb, a person where one is named.
        int fallback = -1;
        for (int k = m_sentenceMentions[m_toks[j].sentence]; k < m_sentenceMentions[m_toks[j].sentence + 1];
            ++k) {
            const Mention &m = m_mentions[k];
            if (m.last >= j)
                break;
            if (isCandidate(m)) {
                subject.mention = k;
                return subject;
            }
            if (fallback < 0 && !m.possessive && !m.inQuote && m.kind != MentionKind::Role)
                fallback = k;
        }
        if (fallback >= 0) {
            subject.mention = fallback;
            return subject;
        }
        const int firstWord = m_sentenceFirstTok[m_toks[j].sentence];
        if (firstWord < j && isWord(firstWord) && pronouns().contains(m_toks[firstWord].key))
            subject.reference = firstWord;
        return subject;
    }
    if (m_mentionEnd[j] >= 0) {
        const Mention &m = m_mentions[m_mentionEnd[j]];
        if (m.kind == MentionKind::Role)
            subject.reference = j;
        else
            subject.mention = m_mentionEnd[j];
        return subject;
    }
    if (m_toks[j].capital) {
        // "The U.S. called it": a country named by its qualifier alone.
        if (titleQualifiers().contains(m_toks[j].key) && !personTitles().contains(m_toks[j].key))
            subject.phrase = tokText(j).toString();
        return subject;
    }
    // A lower-case noun phrase: "China's foreign ministry said", "the president said".
    bool role = roleNouns().contains(key);
    int k = j;
    for (int steps = 0; steps < 6; ++steps) {
        k = prevTok(k, minTok);
        if (k < 0 || !isWord(k) || m_toks[k].inQuote)
            break;
        if (m_mentionEnd[k] >= 0 && m_mentions[m_mentionEnd[k]].possessive) {
            const Mention &m = m_mentions[m_mentionEnd[k]];
            subject.phrase
                = m_text.mid(m_toks[m.first].start, m_toks[j].end - m_toks[m.first].start).toString();
            return subject;
        }
        if (m_toks[k].key == KeyThe) {
            if (role)
                subject.reference = j;
            break;
        }
        if (m_toks[k].key == KeyA || m_toks[k].key == KeyAn || m_toks[k].capital)
            break;
        role = role || roleNouns().contains(m_toks[k].key);
    }
    return subject;
}

Subject QuoteExtraction::subjectAfter(int verb, int maxTok) const
{
    Subject subject;
    int j = nextTok(verb, maxTok);
    if (j < 0 || !isWord(j) || m_toks[j].inQuote)
        return subject;
    if (pronouns().contains(m_toks[j].key)) {
        subject.reference = j;
        return subject;
    }
    if (m_toks[j].key == KeyThe) {
        const int k = nextTok(j, maxTok);
        if (k >= 0 && m_mentionStart[k] >= 0)
            subject.mention = m_mentionStart[k];
        else if (k >= 0 && isWord(k) && roleNouns().contains(m_toks[k].key))
            subject.reference = k;
        return subject;
    }
    if (m_mentionStart[j] >= 0) {
        if (m_mentions[m_mentionStart[j]].kind == MentionKind::Role)
            subject.reference = j;
        else
            subject.mention = m_mentionStart[j];
    }
    return subject;
}

QString QuoteExtraction::speakerOf(const Subject &s) const
{
    if (s.mention >= 0)
        return keyOf(s.mention);
    if (s.reference >= 0) {
        const int m = resolve(s.reference);
        return m >= 0 ? keyOf(m) : QString();
    }
    return s.phrase;
}

Subject QuoteExtraction::attribution(int quoteIndex, bool *trailing, bool *verbSeen) const
{
    const RawQuote &q = m_quotes[quoteIndex];
    const int openTok = tokenAt(q.openMark);
    const int runEnd = m_runFirstTok[q.run + 1] - 1;
    const bool nextInRun = quoteIndex + 1 < m_quotes.size() && m_quotes[quoteIndex + 1].run == q.run;
    const bool prevInRun = quoteIndex > 0 && m_quotes[quoteIndex - 1].run == q.run;
    *trailing = false;
    *verbSeen = false;
    auto withVerb = [](Subject s, int verb) {
        s.verb = verb;
        return s;
    };

    // After the quotation: "X," he said / said Y / Y, a ... at Z, said / according to Y.
    if (q.closeMark >= 0) {
        const int closeTok = tokenAt(q.closeMark);
        const int maxTok = nextInRun ? tokenAt(m_quotes[quoteIndex + 1].openMark) - 1 : runEnd;
        int t = nextTok(closeTok, maxTok);
        for (int skip = 0; t >= 0 && skip < 2 && (isPunct(t, u',') || m_toks[t].type == Token::Punctuation);
            ++skip) {
            if (isPunct(t, u'.') || isPunct(t, u'!') || isPunct(t, u'?'))
                break;
            t = nextTok(t, maxTok);
        }
        if (t >= 0 && isWord(t)) {
            *trailing = true;
            if (WordLists::speechVerbs().contains(m_toks[t].key)) {
                const Subject s = subjectAfter(t, maxTok);
                if (s.found())
                    return withVerb(s, t);
            }
            if (m_toks[t].key == KeyAccording) {
                const int to = nextTok(t, maxTok);
                if (to >= 0 && m_toks[to].key == KeyTo) {
                    const Subject s = subjectAfter(to, maxTok);
                    if (s.found())
                        return withVerb(s, t);
                }
            }
            // After a quotation that ends with a full stop, a capitalised word starts new narration; after
            // "?" or "!" the attribution may follow at once ("Is it over?" Xi asked.).
            const QChar lastQuoted = m_text.at(q.end - 1);
            const bool fullStop = lastQuoted == u'.';
            const bool question = lastQuoted == u'!' || lastQuoted == u'?';
            const int window = fullStop && m_toks[t].capital ? 0 : (fullStop || question) ? 3 : 25;
            int words = 0;
            for (int k = t; k >= 0 && words < window; k = nextTok(k, maxTok)) {
                if (isPunct(k, u'.') || isPunct(k, u'!') || isPunct(k, u'?') || isPunct(k, u';'))
                    break;
                if (!isWord(k))
                    continue;
                ++words;
                if (WordLists::speechVerbs().contains(m_toks[k].key)) {
                    const Subject s = subjectBefore(k, t);
                    if (s.found())
                        return withVerb(s, k);
                    break;
                }
                if (m_toks[k].key == KeyAccording) {
                    const int to = nextTok(k, maxTok);
                    if (to >= 0 && m_toks[to].key == KeyTo) {
                        const Subject s = subjectAfter(to, maxTok);
                        if (s.found())
                            return withVerb(s, k);
                    }
                    break;
                }
            }
            *trailing = false;
        }
    }

    // Before it in the same sentence: X said, "..." / X told Y that "..." / according to X, ... "...".
    int minTok = std::max(m_runFirstTok[q.run], m_sentenceFirstTok[m_toks[openTok].sentence]);
    if (prevInRun)
        minTok = std::max(minTok, tokenAt(m_quotes[quoteIndex - 1].extentEnd() - 1) + 1);
    int tried = 0;
    for (int k = openTok - 1; k >= minTok && tried < 3; --k) {
        if (!isWord(k) || m_toks[k].inQuote)
            continue;
        if (WordLists::speechVerbs().contains(m_toks[k].key)) {
            ++tried;
            *verbSeen = true;
            Subject s = subjectBefore(k, minTok);
            if (!s.found())
                s = subjectAfter(k, openTok - 1);
            if (s.found())
                return withVerb(s, k);
        } else if (m_toks[k].key == KeyAccording) {
            ++tried;
            const int to = nextTok(k, openTok - 1);
            if (to >= 0 && m_toks[to].key == KeyTo) {
                const Subject s = subjectAfter(to, openTok - 1);
                if (s.found())
                    return withVerb(s, k);
            }
        }
    }
    return {};
}

} // namespace Parallax::Internal
