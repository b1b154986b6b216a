// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotemarks_p.h"

#include "text/charclasses.h"

#include <algorithm>

namespace Parallax::Internal {
namespace {

// ---- Quotation marks --------------------------------------------------------------------------------

bool isDoubleMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
        return true;
    default:
        return false;
    }
}

// A quotation mark after one of these opens rather than closes.
bool opensAfter(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == u'-' || c == u':'
        || c == QChar(0x2013) || c == QChar(0x2014);
}

bool trimContent(QStringView text, qsizetype &start, qsizetype &end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == u','))
        --end;
    for (qsizetype i = start; i < end; ++i) {
        if (text.at(i).isLetterOrNumber())
            return true;
    }
    return false;
}

// Keeps a quotation whose content, trimmed, has a letter or digit: marks around nothing quote nothing.
void appendQuote(QStringView text, QList<RawQuote> &out, RawQuote q)
{
    if (trimContent(text, q.start, q.end))
        out.append(q);
}

// The end of the last sentence of the run that ends in (after, upTo], or upTo.
qsizetype lastSentenceEnd(
    const QList<Sentence> &sentences, const SentenceRun &run, qsizetype after, qsizetype upTo)
{
    const auto first = sentences.cbegin() + run.firstSentence;
    const auto last = sentences.cbegin() + run.lastSentence + 1;
    const auto it
        = std::upper_bound(first, last, upTo, [](qsizetype pos, const Sentence &s) { return pos < s.end; });
    if (it != first && std::prev(it)->end > after)
        return std::prev(it)->end;
    return upTo;
}

} // namespace

void scanDoubleQuotes(QStringView text, const QList<Sentence> &sentences, const SentenceRun &run,
    int runIndex, QList<RawQuote> &out)
{
    qsizetype open = -1;
    for (qsizetype i = run.start; i < run.end; ++i) {
        const QChar c = text.at(i);
        if (!isDoubleMark(c))
            continue;
        const bool spaceBefore = i == run.start || opensAfter(text.at(i - 1));
        const bool spaceAfter = i + 1 == run.end || text.at(i + 1).isSpace();
        const char16_t u = c.unicode();
        if (open < 0) {
            bool opens = false;
            switch (u) {
            case 0x201c:
            case 0x201e:
            case 0x201f:
            case 0x00ab:
                opens = true;
                break;
            case 0x201d: // a closing mark where an opening one belongs
                opens = spaceBefore && !spaceAfter;
                break;
            case u'"':
                opens = !spaceAfter && (spaceBefore || !text.at(i - 1).isLetterOrNumber());
                break;
            default:
                break;
            }
            if (opens)
                open = i;
            continue;
        }
        bool closes = false;
        switch (u) {
        case 0x201d:
        case 0x00bb:
            closes = true;
            break;
        case 0x201c: // „…“, or a mistyped closing mark
        case 0x201f:
            closes = !spaceBefore;
            break;
        case u'"':
            closes = !spaceBefore || spaceAfter;
            break;
        default:
            break;
        }
        if (closes) {
            appendQuote(text, out, { open, i, open + 1, i, runIndex });
            open = -1;
        } else {
            // A second opening mark: the first quotation was never closed. End it at the sentence
            // boundary before this mark so that the narration in between is not taken as quoted.
            appendQuote(
                text, out, { open, -1, open + 1, lastSentenceEnd(sentences, run, open + 1, i), runIndex });
            open = i;
        }
    }
    if (open >= 0)
        appendQuote(text, out, { open, -1, open + 1, run.end, runIndex });
}

// Single-quoted quotations outside double quotes ('Stabilize' in a headline). Apostrophes look the
// same, so a single quote opens only at a word start before a letter and closes only after a word and
// before a non-letter, and a quotation needs two letters and a closing mark in its block.
void scanSingleQuotes(
    QStringView text, const SentenceRun &run, int runIndex, qsizetype doubleBegin, QList<RawQuote> &out)
{
    const qsizetype doubleEnd = out.size();
    qsizetype next = doubleBegin;
    qsizetype open = -1;
    QList<RawQuote> found;
    for (qsizetype i = run.start; i < run.end; ++i) {
        if (next < doubleEnd && i >= out.at(next).openMark) {
            i = out.at(next).extentEnd() - 1;
            ++next;
            open = -1;
            continue;
        }
        const QChar c = text.at(i);
        if (!CharClasses::isApostrophe(c))
            continue;
        const bool wordStart = (i == run.start || opensAfter(text.at(i - 1))) && i + 1 < run.end
            && text.at(i + 1).isLetter() && c != QChar(0x2019);
        if (open >= 0 && c != QChar(0x2018) && i > open + 1 && !text.at(i - 1).isSpace()
            && (i + 1 == run.end || !text.at(i + 1).isLetterOrNumber())) {
            int letters = 0;
            for (qsizetype k = open + 1; k < i && letters < 2; ++k)
                letters += text.at(k).isLetter() ? 1 : 0;
            if (letters >= 2 && i - open < 300)
                appendQuote(text, found, { open, i, open + 1, i, runIndex });
            open = -1;
        } else if (wordStart) {
            open = i;
        }
    }
    out.append(found);
}
} // namespace Parallax::Internal
