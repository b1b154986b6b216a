// SPDX-License-Identifier: GPL-3.0-or-later
// What the scanner looks at around a candidate boundary: the word before a period, the word after the
// gap, attributions after a quoted question, credits in brackets.
#include "text/sentencescanner_p.h"

#include "text/segmentercharacters_p.h"
#include "text/wordlists.h"

#include <algorithm>

namespace Parallax::Internal {

SentenceScanner::Next SentenceScanner::classifyNext(qsizetype pos) const
{
    Next next;
    const QChar c = m_text[pos];
    if (isDash(c)) {
        next.kind = NextKind::Dash;
        next.wordPos = pos;
        return next;
    }
    qsizetype k = pos;
    while (k < m_size && k - pos < 4 && isOpener(m_text[k]))
        ++k;
    next.wordPos = k;
    if (k >= m_size)
        return next;
    const QChar w = m_text[k];
    if (w.isDigit())
        next.kind = NextKind::Digit;
    else if (w.isLower())
        // "iPhone", "eBay": a lower-case brand still opens a sentence.
        next.kind = k + 1 < m_size && m_text[k + 1].isUpper() ? NextKind::Upper : NextKind::Lower;
    else if (startsLikeSentence(w))
        next.kind = NextKind::Upper;
    return next;
}

QStringView SentenceScanner::letterWordAt(qsizetype pos, qsizetype maxLength) const
{
    qsizetype k = pos;
    while (k < m_size && m_text[k].isLetter()) {
        if (k - pos >= maxLength)
            return {};
        ++k;
    }
    return m_text.sliced(pos, k - pos);
}

bool SentenceScanner::isStarterWord(qsizetype pos) const
{
    const QStringView word = letterWordAt(pos, 16);
    if (word.isEmpty())
        return false;
    const qsizetype after = pos + word.size();
    // "J. A. Smith": a single letter with a period is another initial, not the article "A".
    if (word.size() == 1 && after < m_size && m_text[after].unicode() == u'.')
        return false;
    return sentenceStarters().contains(word);
}

bool SentenceScanner::isPronounI(qsizetype pos) const
{
    if (pos >= m_size || m_text[pos].unicode() != u'I')
        return false;
    return pos + 1 >= m_size || (!m_text[pos + 1].isLetterOrNumber() && m_text[pos + 1].unicode() != u'.');
}

bool SentenceScanner::isTimeContinuation(qsizetype pos) const
{
    const QStringView word = letterWordAt(pos, 12);
    return !word.isEmpty() && timeContinuations().contains(word);
}

// True when the sentence so far is a short phrase such as "At 5" or "Shortly after 9" that a clock
// time completes: the sentence's subject still follows.
bool SentenceScanner::isPrepositionalOpener(qsizetype tokenStart) const
{
    qsizetype s = m_sentenceStart;
    while (s < tokenStart && (isBlank(m_text[s]) || isOpener(m_text[s])))
        ++s;
    if (s >= tokenStart || tokenStart - s > 40)
        return false;
    const QStringView first = letterWordAt(s, 12);
    if (first.isEmpty() || !timeOpeners().contains(first))
        return false;
    int words = 0;
    bool inWord = false;
    for (qsizetype k = s; k < tokenStart; ++k) {
        const bool blank = isBlank(m_text[k]);
        if (!blank && !inWord)
            ++words;
        inWord = !blank;
    }
    return words <= 3;
}

WordKind SentenceScanner::classifyTokenBefore(qsizetype period, qsizetype *tokenStart) const
{
    const qsizetype limit = std::max<qsizetype>(0, period - kMaxAbbreviationToken);
    qsizetype j = period;
    while (j > limit && !isBlank(m_text[j - 1]))
        --j;
    *tokenStart = j;
    if (j == limit && j > 0 && !isBlank(m_text[j - 1]))
        return WordKind::Ordinary;
    while (j < period && isOpener(m_text[j]))
        ++j;
    const QStringView token = m_text.sliced(j, period - j);
    const WordKind kind = classifyWord(token);
    if (kind != WordKind::Ordinary)
        return kind;
    // "(D-Calif.", "—U.S.": the part after a dash or slash.
    for (qsizetype k = token.size() - 1; k >= 0; --k) {
        if (isDash(token[k]) || token[k].unicode() == u'/')
            return classifyWord(token.sliced(k + 1));
    }
    return WordKind::Ordinary;
}

bool SentenceScanner::periodEndsSentence(
    qsizetype period, bool closed, const Next &next, bool lineBreak) const
{
    qsizetype tokenStart = period;
    // A closing quote or bracket after the period ends the quoted sentence whatever stood before it.
    const WordKind kind = closed ? WordKind::Ordinary : classifyTokenBefore(period, &tokenStart);
    const bool digit = next.kind == NextKind::Digit;
    switch (kind) {
    case WordKind::Ordinary:
        return !(isDayOfMonth(m_text.sliced(tokenStart, period - tokenStart))
            && germanMonths().contains(letterWordAt(next.wordPos, 12)));
    case WordKind::Prefix:
    case WordKind::InitialLower:
        return false;
    case WordKind::NumberPrefix:
        return !digit;
    case WordKind::Month:
    case WordKind::Ambiguous:
        if (digit)
            return false;
        return lineBreak || isStarterWord(next.wordPos);
    case WordKind::Time:
        if (digit)
            return false;
        if (lineBreak || isStarterWord(next.wordPos))
            return true;
        if (isTimeContinuation(next.wordPos))
            return false;
        return !isPrepositionalOpener(tokenStart);
    case WordKind::InitialUpper:
        return digit || isStarterWord(next.wordPos);
    }
    return true;
}

// "ended.The": a period without the space after it, between a lower-case word and a capitalised one,
// and not inside an address such as "jane.Doe@example.com" or a URL.
bool SentenceScanner::looksLikeMissingSpace(qsizetype period)
{
    if (!m_sentenceHasWord || period < 2 || period + 2 >= m_size)
        return false;
    if (!m_text[period - 1].isLower() || !m_text[period - 2].isLetter())
        return false;
    if (!m_text[period + 1].isUpper() || !m_text[period + 2].isLower())
        return false;
    if (period < m_tokenStart || period >= m_tokenEnd) {
        qsizetype s = period;
        while (s > 0 && !isBlank(m_text[s - 1]))
            --s;
        qsizetype e = period;
        while (e < m_size && !isBlank(m_text[e]))
            ++e;
        m_tokenStart = s;
        m_tokenEnd = e;
        m_tokenIsAddress = false;
        for (qsizetype k = s; k < e && !m_tokenIsAddress; ++k) {
            const char16_t c = m_text[k].unicode();
            m_tokenIsAddress = c == u'@' || c == u'/' || c == u':' || c == u'\\' || c == u'_' || c == u'=';
        }
        if (!m_tokenIsAddress && e - s > 4)
            m_tokenIsAddress = m_text.sliced(s, e - s).startsWith(u"www.", Qt::CaseInsensitive);
    }
    if (m_tokenIsAddress)
        return false;
    qsizetype w = period;
    while (w > m_tokenStart && period - w < 16 && m_text[w - 1].isLetter())
        --w;
    return classifyWord(m_text.sliced(w, period - w)) == WordKind::Ordinary;
}

// "“Is this fair?” Foreign Minister Qin asked.": up to four capitalised words (a name, perhaps with a
// title and "of") and then a speech verb continue the sentence of the quote.
bool SentenceScanner::isAttribution(qsizetype pos) const
{
    // "“Why?” He wondered.": a capitalised pronoun or article opens a new sentence; a name does not.
    if (isStarterWord(pos))
        return false;
    qsizetype k = pos;
    for (int words = 0; words < 5; ++words) {
        const QStringView word = letterWordAt(k, 24);
        if (word.isEmpty())
            return false;
        if (words > 0 && WordLists::speechVerbs().contains(word))
            return true;
        if (!word.front().isUpper() && word != u"of" && word != u"the")
            return false;
        k += word.size();
        // Initials and possessive-free names: "J.", "Ocasio-Cortez".
        while (k < m_size && (m_text[k].unicode() == u'.' || m_text[k].unicode() == u'-'))
            ++k;
        if (k >= m_size || !isInlineSpace(m_text[k]))
            return false;
        while (k < m_size && isInlineSpace(m_text[k]))
            ++k;
    }
    return false;
}

// "... Monday, June 19, 2023. (Jane Roe/AP Photo)": a bracketed credit or citation without sentence
// punctuation of its own, closing the block, belongs to the sentence before it.
bool SentenceScanner::isTrailingAttachment(qsizetype pos) const
{
    const char16_t open = m_text[pos].unicode();
    if (open != u'(' && open != u'[')
        return false;
    const char16_t close = open == u'(' ? u')' : u']';
    constexpr qsizetype kMaxAttachment = 200;
    qsizetype k = pos + 1;
    while (k < m_size && k - pos < kMaxAttachment && m_text[k].unicode() != close) {
        if (isTerminal(m_text[k]) || isLineBreak(m_text[k]))
            return false;
        ++k;
    }
    if (k >= m_size || m_text[k].unicode() != close)
        return false;
    ++k;
    if (k < m_size && m_text[k].unicode() == u'.')
        ++k;
    while (k < m_size && isBlank(m_text[k]))
        ++k;
    return k == m_size;
}

} // namespace Parallax::Internal
