// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesegmenter.h"

#include "text/segmentercharacters_p.h"
#include "text/sentencescanner_p.h"

#include <algorithm>

namespace Parallax {
namespace Internal {

QList<Span> SentenceScanner::run()
{
    m_longestLine = longestLine();
    qsizetype i = 0;
    while (i < m_size) {
        const QChar c = m_text[i];
        if (isLineBreak(c)) {
            // CR LF is one break, handled at the LF.
            if (c.unicode() == u'\r' && i + 1 < m_size && m_text[i + 1].unicode() == u'\n') {
                ++i;
                continue;
            }
            handleLineBreak(i);
            ++i;
            m_lineStart = i;
            m_lineHasContent = false;
            continue;
        }
        if (c.unicode() == u' ') {
            ++i;
            continue;
        }
        // The common case: a word of ASCII letters and digits, which can hold no boundary after its
        // first character.
        if (isAsciiLetterOrDigit(c) && !m_atSentenceStart) {
            if (m_lastMarker.valid && i > 0 && isBlank(m_text[i - 1])
                && parseListMarker(m_text, i).follows(m_lastMarker)) {
                startSentenceAt(i);
                continue;
            }
            m_sentenceHasWord = true;
            m_lineHasContent = true;
            ++i;
            while (i < m_size && isAsciiLetterOrDigit(m_text[i]))
                ++i;
            continue;
        }
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (m_atSentenceStart) {
            const qsizetype next = beginSentence(i);
            m_lineHasContent = true;
            i = next;
            continue;
        }
        m_lineHasContent = true;
        const bool afterBlank = i > 0 && isBlank(m_text[i - 1]);
        if (afterBlank && isBullet(c)) {
            const Gap gap = scanGap(i + 1);
            if (gap.next < m_size && gap.lineBreaks == 0) {
                startSentenceAt(i);
                continue;
            }
        }
        // "1. The first item 2. The second item": a marker that continues the block's enumeration.
        if (afterBlank && m_lastMarker.valid
            && (isAsciiDigit(c) || isAsciiLetter(c) || c.unicode() == u'(')) {
            if (parseListMarker(m_text, i).follows(m_lastMarker)) {
                startSentenceAt(i);
                continue;
            }
        }
        if (isTerminal(c)) {
            i = handleTerminal(i);
            continue;
        }
        if (c.isLetterOrNumber())
            m_sentenceHasWord = true;
        ++i;
    }
    closeSentenceAt(m_size);
    return std::move(m_spans);
}

qsizetype SentenceScanner::longestLine() const
{
    qsizetype longest = 0;
    qsizetype current = 0;
    for (const QChar c : m_text) {
        if (isLineBreak(c)) {
            longest = std::max(longest, current);
            current = 0;
        } else {
            ++current;
        }
    }
    return std::max(longest, current);
}

void SentenceScanner::closeSentenceAt(qsizetype end)
{
    qsizetype start = m_sentenceStart;
    qsizetype stop = end;
    while (start < stop && isBlank(m_text[start]))
        ++start;
    while (stop > start && isBlank(m_text[stop - 1]))
        --stop;
    if (start < stop)
        m_spans.append(Span { start, stop });
    m_sentenceStart = end;
    m_atSentenceStart = true;
    m_sentenceHasWord = false;
}

void SentenceScanner::startSentenceAt(qsizetype start)
{
    closeSentenceAt(start);
}

// At the first visible character of a sentence: steps over bullets and a list marker, which are part
// of the sentence's text but are not its words.
qsizetype SentenceScanner::beginSentence(qsizetype at)
{
    m_atSentenceStart = false;
    qsizetype k = at;
    const auto skipInlineSpace = [&] {
        while (k < m_size && isBlank(m_text[k]) && !isLineBreak(m_text[k]))
            ++k;
    };
    if (!m_lineHasContent && isLineBullet(m_text[k]) && k + 1 < m_size && isInlineSpace(m_text[k + 1])) {
        ++k;
        skipInlineSpace();
    }
    while (k < m_size && isBullet(m_text[k])) {
        ++k;
        skipInlineSpace();
    }
    const ListMarker marker = parseListMarker(m_text, k);
    if (marker.valid) {
        m_lastMarker = marker;
        return marker.end;
    }
    return k;
}

SentenceScanner::Gap SentenceScanner::scanGap(qsizetype from) const
{
    Gap gap;
    qsizetype k = from;
    while (k < m_size && isBlank(m_text[k])) {
        const char16_t c = m_text[k].unicode();
        if (c == 0x2029)
            gap.lineBreaks += 2; // a paragraph separator
        else if (isLineBreak(m_text[k])
            && !(c == u'\r' && k + 1 < m_size && m_text[k + 1].unicode() == u'\n'))
            ++gap.lineBreaks;
        ++k;
    }
    gap.next = k;
    return gap;
}

qsizetype SentenceScanner::handleTerminal(qsizetype runStart)
{
    // The run of final punctuation: "?!", "...", "…", and spaced ellipses ". . .".
    qsizetype k = runStart;
    int dots = 0;
    bool questionOrExclamation = false;
    bool spaced = false;
    while (k < m_size) {
        const QChar c = m_text[k];
        if (c.unicode() == u'.' || c.unicode() == kEllipsis) {
            dots += c.unicode() == u'.' ? 1 : 3;
            ++k;
            if (k + 1 < m_size && isInlineSpace(m_text[k])
                && (m_text[k + 1].unicode() == u'.' || m_text[k + 1].unicode() == kEllipsis)) {
                spaced = true;
                ++k;
            }
        } else if (isQuestionOrExclamation(c)) {
            questionOrExclamation = true;
            ++k;
        } else {
            break;
        }
    }
    const qsizetype runEnd = k;
    while (k < m_size && isCloser(m_text[k]))
        ++k;
    if (k == runEnd && k + 1 < m_size && isInlineSpace(m_text[k]) && m_text[k].unicode() != u' '
        && isClosingGuillemet(m_text[k + 1]))
        k += 2;
    const qsizetype end = k;
    const bool closed = end > runEnd;
    if (end >= m_size)
        return end;
    if (!isBlank(m_text[end])) {
        // Inside a token: "U.S.A", "3.5", "example.com", "Jr.'s", "mean...see".
        if (!closed && runEnd - runStart == 1 && looksLikeMissingSpace(runStart))
            closeSentenceAt(runEnd);
        return end;
    }
    const Gap gap = scanGap(end);
    if (gap.next >= m_size)
        return end;
    if (gap.lineBreaks >= 2) {
        closeSentenceAt(end);
        return end;
    }
    // Punctuation before any word ("... The practice", a lone "?") starts a sentence, it cannot end one.
    if (!m_sentenceHasWord)
        return end;
    // "[...]" and "(...)" mark an omission inside a quotation.
    if (dots > 0 && !questionOrExclamation && runStart > 0
        && (m_text[runStart - 1].unicode() == u'[' || m_text[runStart - 1].unicode() == u'('))
        return end;
    const Next next = classifyNext(gap.next);
    if (next.kind == NextKind::Lower || next.kind == NextKind::Dash || isTrailingAttachment(gap.next))
        return end;

    bool boundary = true;
    if (questionOrExclamation) {
        boundary = !(closed && next.kind == NextKind::Upper && isAttribution(next.wordPos));
    } else if (dots >= 2) {
        const bool attached = runStart > 0 && !isBlank(m_text[runStart - 1]);
        if (dots >= 4 && spaced && attached) {
            // "compounds. . . . The practice": the period ends the sentence, the ellipsis opens the next.
            closeSentenceAt(runStart + 1);
            return runStart + 1;
        }
        // A bare ellipsis before a capital ends the sentence, but not before "I", which is always capital.
        if (dots == 3)
            boundary = next.kind == NextKind::Upper && !isPronounI(next.wordPos);
    } else {
        boundary = periodEndsSentence(runStart, closed, next, gap.lineBreaks > 0);
    }
    if (boundary)
        closeSentenceAt(end);
    return end;
}

bool SentenceScanner::startsListItem(qsizetype pos) const
{
    const QChar c = m_text[pos];
    if (isBullet(c))
        return true;
    if (isLineBullet(c) && pos + 1 < m_size && isInlineSpace(m_text[pos + 1]))
        return true;
    return parseListMarker(m_text, pos).valid;
}

// A line break without final punctuation ends a sentence before a list item or a blank line, and after
// a heading-like line: one broken off before the block's width, or in a block that is not hard-wrapped.
void SentenceScanner::handleLineBreak(qsizetype at)
{
    if (m_atSentenceStart)
        return;
    const Gap gap = scanGap(at);
    if (gap.next >= m_size)
        return;
    if (gap.lineBreaks >= 2 || startsListItem(gap.next)) {
        closeSentenceAt(at);
        return;
    }
    if (!m_lineHasContent)
        return;
    qsizetype last = at;
    while (last > m_lineStart && isBlank(m_text[last - 1]))
        --last;
    qsizetype p = last - 1;
    while (p > m_lineStart && isCloser(m_text[p]))
        --p;
    // Final punctuation was judged where it stood; a comma or a dash carries the sentence on.
    if (isTerminal(m_text[p]) || isContinuationMark(m_text[p]))
        return;
    const Next next = classifyNext(gap.next);
    if (next.kind != NextKind::Upper && next.kind != NextKind::Digit)
        return;
    qsizetype wordEnd = gap.next;
    while (wordEnd < m_size && wordEnd - gap.next < kMaxWrapWidth && !isBlank(m_text[wordEnd]))
        ++wordEnd;
    const qsizetype lineLength = last - m_lineStart;
    const bool brokenEarly = lineLength + 1 + (wordEnd - gap.next) <= m_longestLine;
    if (m_longestLine > kMaxWrapWidth || brokenEarly)
        closeSentenceAt(at);
}

} // namespace Internal

QList<SentenceSegmenter::Span> SentenceSegmenter::split(QStringView text)
{
    return Internal::SentenceScanner(text).run();
}

} // namespace Parallax
