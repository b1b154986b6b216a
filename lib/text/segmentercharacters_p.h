// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/charclasses.h"

#include <QChar>

// The characters the sentence segmenter looks at: line breaks, spaces, final punctuation, quotes and
// brackets around a sentence, list bullets.
namespace Parallax::Internal {

using CharClasses::isAsciiDigit;
using CharClasses::isAsciiLetter;
using CharClasses::isDash;

inline constexpr char16_t kEllipsis = u'\u2026';

inline bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

// White space for trimming and gaps: QChar::isSpace covers no-break and other Zs spaces; the zero-width
// space and the byte order mark are invisible too and must not start a sentence.
inline bool isBlank(QChar c)
{
    return c.isSpace() || c.unicode() == 0x200B || c.unicode() == 0xFEFF;
}

inline bool isInlineSpace(QChar c)
{
    return c.unicode() == u' ' || c.unicode() == 0x00A0 || c.unicode() == 0x202F;
}

inline bool isQuestionOrExclamation(QChar c)
{
    switch (c.unicode()) {
    case u'?':
    case u'!':
    case 0x203C: // ‼
    case 0x2047: // ⁇
    case 0x2048: // ⁈
    case 0x2049: // ⁉
    case 0xFF01: // ！
    case 0xFF1F: // ？
        return true;
    default:
        return false;
    }
}

inline bool isTerminal(QChar c)
{
    return c.unicode() == u'.' || c.unicode() == kEllipsis || isQuestionOrExclamation(c);
}

// Characters that may follow a sentence's final punctuation and still belong to it.
inline bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'}':
    case 0x2019: // ’
    case 0x201D: // ”
    case 0x00BB: // »
    case 0x203A: // ›
    // German closes with the English openers: „…“, ‚…‘ and »…«.
    case 0x201C: // “
    case 0x2018: // ‘
    case 0x00AB: // «
    case 0x2039: // ‹
        return true;
    default:
        return false;
    }
}

// French sets a no-break space inside guillemets: « Il pleut. »
inline bool isClosingGuillemet(QChar c)
{
    return c.unicode() == 0x00BB || c.unicode() == 0x203A;
}

// Characters that may precede the first word of a sentence.
inline bool isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'(':
    case u'[':
    case u'{':
    case 0x2018: // ‘
    case 0x201C: // “
    case 0x201A: // ‚
    case 0x201E: // „
    case 0x00AB: // «
    case 0x2039: // ‹
    case 0x00BF: // ¿
    case 0x00A1: // ¡
        return true;
    default:
        return false;
    }
}

// Symbols that only ever mark list items, wherever they stand.
inline bool isBullet(QChar c)
{
    switch (c.unicode()) {
    case 0x2022: // •
    case 0x2023: // ‣
    case 0x2043: // ⁃
    case 0x2219: // ∙
    case 0x25A0: // ■
    case 0x25AA: // ▪
    case 0x25B6: // ▶
    case 0x25BA: // ►
    case 0x25CB: // ○
    case 0x25CF: // ●
    case 0x25E6: // ◦
    case 0x27A2: // ➢
        return true;
    default:
        return false;
    }
}

// Characters that mark a list item only at the start of a line and before a space ("- item").
inline bool isLineBullet(QChar c)
{
    return c.unicode() == u'-' || c.unicode() == u'*' || c.unicode() == u'+' || c.unicode() == 0x2013
        || c.unicode() == 0x2014;
}

// A line ending in one of these continues on the next line.
inline bool isContinuationMark(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u';':
    case u'(':
    case u'[':
    case u'/':
    case u'&':
    case u'+':
    case u'=':
        return true;
    default:
        return isDash(c);
    }
}

inline bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// Upper case, title case, or a letter of a script without case: all may start a sentence.
inline bool startsLikeSentence(QChar c)
{
    return c.isUpper() || c.isTitleCase() || (c.isLetter() && !c.isLower());
}

} // namespace Parallax::Internal
