// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace Parallax::CharClasses {

// The character classes that tokenizing, segmenting and quotation finding agree on, in one place.

// Apostrophes as typed and as typeset: straight, right and left single quotes, modifier letter.
inline bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02bc';
}

// Hyphens, dashes and the minus sign: hyphen-minus, U+2010 hyphen, U+2011 non-breaking hyphen,
// U+2012 figure dash, U+2013 en dash, U+2014 em dash, U+2015 horizontal bar, U+2212 minus.
inline bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

// ASCII letters and digits, for the fast paths that need no Unicode tables.
inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Letters, digits and combining marks: what a word is made of.
inline bool isWordCharacter(QChar c)
{
    if (c.unicode() < 0x80)
        return isAsciiLetter(c) || isAsciiDigit(c);
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace Parallax::CharClasses
