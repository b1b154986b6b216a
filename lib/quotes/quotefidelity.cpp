// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotefidelity_p.h"

namespace Parallax::Internal {
namespace {

QString tokenSpan(const DiffText &d, int from, int to)
{
    if (from >= to)
        return {};
    const qsizetype start = d.tokens.at(from).start;
    return d.text.mid(start, d.tokens.at(to - 1).end - start);
}

} // namespace

DiffText diffText(const QString &text, TokenInterner &interner)
{
    DiffText d;
    d.text = text;
    const QList<Token> all = Tokenizer::tokenize(text);
    for (const Token &t : all) {
        if (t.type != Token::Word && t.type != Token::Number)
            continue;
        d.tokens.append(t);
        const QStringView word = QStringView(text).mid(t.start, t.end - t.start);
        d.ids.append(interner.intern(TypographyNormalizer::tokenKey(word, t.type).toCaseFolded()));
    }
    return d;
}

WordChange describe(const DiffHunk &h, const DiffText &a, const DiffText &b)
{
    int a0 = h.aBegin, a1 = h.aEnd, b0 = h.bBegin, b1 = h.bEnd;
    if (a0 == a1 || b0 == b1) {
        // An insertion or deletion reads better with the words around it: "reached the agreement".
        if (a0 > 0 && b0 > 0) {
            --a0;
            --b0;
        }
        if (a1 < a.tokens.size() && b1 < b.tokens.size()) {
            ++a1;
            ++b1;
        }
    }
    return { tokenSpan(a, a0, a1), tokenSpan(b, b0, b1) };
}

} // namespace Parallax::Internal
