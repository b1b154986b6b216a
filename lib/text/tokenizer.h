// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Parallax {

// Word, number, punctuation and space tokens with offsets into the text: the unit of every word diff.
// Words keep inner apostrophes and hyphens ("it's", "military-to-military"), numbers keep inner separators
// ("3.5", "1,000", "10:30", "1/2"), runs of dots or dashes stay one token ("...", "--").
struct Token
{
    enum Type { Word, Number, Punctuation, Space };
    qsizetype start = 0;
    qsizetype end = 0;
    Type type = Word;
};

class Tokenizer
{
public:
    static QList<Token> tokenize(QStringView text);
};

// Typographic normalisation: the form in which two spellings that differ only in typography compare
// equal. Curly quotes and apostrophes become straight, every dash a hyphen-minus, "…" three dots, any
// run of white space (no-break and thin spaces included) one space; case is kept.
class TypographyNormalizer
{
public:
    static QString normalize(QStringView text);
    // The comparison key of one token: normalised; spaces all become " ".
    static QString tokenKey(QStringView tokenText, Token::Type type);
    static bool isTypographicChar(QChar c); // quote, apostrophe, dash, ellipsis or space variant
};

} // namespace Parallax
