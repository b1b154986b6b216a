// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tokenizer.h"

#include "text/charclasses.h"

namespace Parallax {

using CharClasses::isApostrophe;
using CharClasses::isDash;
constexpr auto isWordChar = CharClasses::isWordCharacter;

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 3 + 1);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const qsizetype start = i;
        if (c.isSpace()) {
            while (i < n && text.at(i).isSpace())
                ++i;
            tokens.append({ start, i, Token::Space });
        } else if (c.isDigit()) {
            // 3.5, 1,000, 10:30, 1/2, 2023-06-19: separators count only between digits.
            while (i < n) {
                if (text.at(i).isDigit()) {
                    ++i;
                } else if (i + 1 < n && text.at(i + 1).isDigit()
                    && (text.at(i) == u'.' || text.at(i) == u',' || text.at(i) == u':' || text.at(i) == u'/'
                        || text.at(i) == u'\u00a0' || text.at(i) == u'\u202f' || isDash(text.at(i)))) {
                    // "12 000" with a no-break space is one number; a dash between digits is a range only
                    // when it is a plain hyphen without spaces, as in dates.
                    if (isDash(text.at(i)) && text.at(i) != u'-')
                        break;
                    i += 2;
                } else if (text.at(i).isLetter()) {
                    // 1990s and 3rd stay numbers.
                    while (i < n && isWordChar(text.at(i)))
                        ++i;
                } else {
                    break;
                }
            }
            // "35-minute", "20-year-old": a number joined to a word by a hyphen is one word.
            if (i + 1 < n && text.at(i) == u'-' && text.at(i + 1).isLetter()) {
                ++i;
                while (i < n) {
                    if (isWordChar(text.at(i)))
                        ++i;
                    else if (i + 1 < n && text.at(i) == u'-' && isWordChar(text.at(i + 1)))
                        i += 2;
                    else
                        break;
                }
                tokens.append({ start, i, Token::Word });
                continue;
            }
            tokens.append({ start, i, Token::Number });
        } else if (isWordChar(c)) {
            while (i < n) {
                if (isWordChar(text.at(i))) {
                    ++i;
                } else if (i + 1 < n && isWordChar(text.at(i + 1))
                    && (isApostrophe(text.at(i)) || text.at(i) == u'-' || text.at(i) == u'\u2010'
                        || text.at(i) == u'\u2011'
                        || (text.at(i) == u'.' && text.at(i + 1).isLetter() && i + 2 < n
                            && text.at(i + 2) == u'.'))) {
                    // it's, military-to-military, U.S. (letter-dot-letter-dot)
                    i += 2;
                } else {
                    break;
                }
            }
            // Keep the final dot of an abbreviation like "U.S." with the word.
            if (i < n && text.at(i) == u'.' && i - start >= 3 && text.at(i - 2) == u'.')
                ++i;
            tokens.append({ start, i, Token::Word });
        } else {
            // Runs of the same punctuation ("...", "--", "?!") are one token; a surrogate pair (an emoji)
            // is one character.
            ++i;
            if (c.isHighSurrogate() && i < n && text.at(i).isLowSurrogate())
                ++i;
            if (c == u'.' || isDash(c) || c == u'!' || c == u'?') {
                while (i < n
                    && (text.at(i) == c
                        || ((c == u'!' || c == u'?') && (text.at(i) == u'!' || text.at(i) == u'?'))))
                    ++i;
            }
            tokens.append({ start, i, Token::Punctuation });
        }
    }
    return tokens;
}

bool TypographyNormalizer::isTypographicChar(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
    case 0x2039:
    case 0x203a:
    case 0x02bc:
    case 0x2026:
        return true;
    default:
        return isDash(c) || c.isSpace();
    }
}

QString TypographyNormalizer::normalize(QStringView text)
{
    // Most tokens are plain ASCII words that nothing below changes: copied whole, not char by char.
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f || u == u'-') {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.toString();
    // Written through a pointer into a string as long as the result can be (an ellipsis becomes three
    // dots), then cut to size: a whole sentence goes through here for every profile and hunk.
    qsizetype ellipses = 0;
    for (const QChar c : text)
        ellipses += c.unicode() == 0x2026 ? 1 : 0;
    QString out(text.size() + 2 * ellipses, Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *p = begin;
    bool lastSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (!lastSpace)
                *p++ = u' ';
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x201a:
        case 0x201b:
        case 0x02bc:
        case 0x2039:
        case 0x203a:
            *p++ = u'\'';
            break;
        case 0x201c:
        case 0x201d:
        case 0x201e:
        case 0x201f:
        case 0x00ab:
        case 0x00bb:
            *p++ = u'"';
            break;
        case 0x2026:
            *p++ = u'.';
            *p++ = u'.';
            *p++ = u'.';
            break;
        default:
            if (isDash(c)) {
                // "--" and "—" are the same dash.
                if (p == begin || p[-1] != u'-' || (i > 0 && !isDash(text.at(i - 1))))
                    *p++ = u'-';
            } else {
                *p++ = c;
            }
        }
    }
    out.truncate(p - begin);
    return out;
}

QString TypographyNormalizer::tokenKey(QStringView tokenText, Token::Type type)
{
    if (type == Token::Space)
        return QStringLiteral(" ");
    return normalize(tokenText);
}

} // namespace Parallax
