// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/listmarker_p.h"
#include "text/segmenterwords_p.h"
#include "text/sentencesegmenter.h"

#include <QList>
#include <QStringView>

namespace Parallax::Internal {

using Span = SentenceSegmenter::Span;

// The scanner: one pass from left to right. Every look-back or look-ahead is bounded or covers
// characters that the pass then skips, so the whole split is linear in the input.

class SentenceScanner
{
public:
    explicit SentenceScanner(QStringView text)
        : m_text(text)
        , m_size(text.size())
    { }

    QList<Span> run();

private:
    enum class NextKind { Lower, Upper, Digit, Dash, Other };
    struct Next
    {
        NextKind kind = NextKind::Other;
        qsizetype wordPos = 0; // first character after opening quotes and brackets
    };
    struct Gap
    {
        qsizetype next = 0; // first non-blank character after the gap, or the size
        int lineBreaks = 0;
    };

    void closeSentenceAt(qsizetype end);
    void startSentenceAt(qsizetype start);
    qsizetype beginSentence(qsizetype at);
    qsizetype handleTerminal(qsizetype runStart);
    void handleLineBreak(qsizetype at);

    Gap scanGap(qsizetype from) const;
    Next classifyNext(qsizetype pos) const;
    QStringView letterWordAt(qsizetype pos, qsizetype maxLength) const;
    bool isStarterWord(qsizetype pos) const;
    bool isPronounI(qsizetype pos) const;
    bool isTimeContinuation(qsizetype pos) const;
    bool isPrepositionalOpener(qsizetype tokenStart) const;
    bool periodEndsSentence(qsizetype period, bool closed, const Next &next, bool lineBreak) const;
    WordKind classifyTokenBefore(qsizetype period, qsizetype *tokenStart) const;
    bool looksLikeMissingSpace(qsizetype period);
    bool isTrailingAttachment(qsizetype pos) const;
    bool isAttribution(qsizetype pos) const;
    bool startsListItem(qsizetype pos) const;
    qsizetype longestLine() const;

    QStringView m_text;
    qsizetype m_size = 0;
    QList<Span> m_spans;

    qsizetype m_sentenceStart = 0;
    bool m_atSentenceStart = true; // nothing but white space since m_sentenceStart
    bool m_sentenceHasWord = false; // a letter or digit since m_sentenceStart, list markers aside
    ListMarker m_lastMarker;

    qsizetype m_lineStart = 0;
    bool m_lineHasContent = false;
    qsizetype m_longestLine = 0;

    // The white-space delimited token around the last "word.Word" check, so that a long token with
    // many periods is scanned once.
    qsizetype m_tokenStart = -1;
    qsizetype m_tokenEnd = -1;
    bool m_tokenIsAddress = false;
};

// Lines longer than this are paragraphs, not hard-wrapped prose.
inline constexpr qsizetype kMaxWrapWidth = 100;
// Longest token examined as an abbreviation; anything longer is an ordinary word.
inline constexpr qsizetype kMaxAbbreviationToken = 64;

} // namespace Parallax::Internal
