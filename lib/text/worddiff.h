// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/tokenizer.h"

#include <QHash>
#include <QList>

namespace Parallax {

// One region where two token sequences differ: tokens [aBegin, aEnd) of the first were replaced by
// [bBegin, bEnd) of the second (an empty side is a pure insertion or deletion).
struct DiffHunk
{
    int aBegin = 0;
    int aEnd = 0;
    int bBegin = 0;
    int bEnd = 0;
    friend bool operator==(const DiffHunk &, const DiffHunk &) = default;
};

// Shortest edit script between two sequences of symbols (Wu, Manber and Myers' O(NP) algorithm with the
// common prefix and suffix stripped first), as hunks in order. Symbols are ints so that any token key can be
// interned.
class WordDiff
{
public:
    static QList<DiffHunk> diff(const QList<int> &a, const QList<int> &b);
};

// A diff over tokens of two texts: tokens compare by their typographic key, so quotes, dashes and
// spaces that differ only in form land in equal regions and are reported by the classifier separately.
struct TokenizedText
{
    QStringView text;
    QList<Token> tokens;
    QList<int> keys; // interned token keys

    QStringView tokenText(int i) const
    {
        return text.mid(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start);
    }
};

// Interns token keys to ints; one per comparison so that equal keys get equal ids across texts.
class TokenInterner
{
public:
    int intern(const QString &key);
    TokenizedText tokenize(QStringView text);

private:
    QHash<QString, int> m_ids;
};

} // namespace Parallax
