// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/documentwords.h"

#include "align/changereason_p.h"

#include <algorithm>

namespace Parallax {

namespace {

// Case folded one UTF-16 unit at a time, as QStringView::indexOf compares with Qt::CaseInsensitive (the
// runs hold no surrogates: they are not letters or digits on their own).
QString folded(QStringView s)
{
    QString out(s.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        out[i] = s.at(i).toCaseFolded();
    return out;
}

} // namespace

bool DocumentWords::contains(const QString &word) const
{
    // A word with other characters than letters and digits ("al-Libi", "U.S.") may span runs: searched.
    if (word.isEmpty()
        || !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return ReasonWords::containsWord(m_text, word);
    // A match of such a word, bounded by characters that are not letters or digits, is one whole run.
    if (!m_gathered) {
        for (qsizetype i = 0; i < m_text.size();) {
            if (!m_text.at(i).isLetterOrNumber()) {
                // A mark that folds to a letter (the Greek iota subscript) could match inside a word:
                // such a text is searched as before.
                m_exact = m_exact && !m_text.at(i).toCaseFolded().isLetterOrNumber();
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < m_text.size() && m_text.at(end).isLetterOrNumber())
                ++end;
            m_runs.insert(folded(m_text.mid(i, end - i)));
            i = end;
        }
        m_gathered = true;
    }
    return m_exact ? m_runs.contains(folded(word)) : ReasonWords::containsWord(m_text, word);
}

const QStringList &DocumentWords::capitalised(qsizetype size) const
{
    if (!m_capitalisedGathered) {
        QSet<QStringView> seen;
        for (const Token &t : tokens()) {
            if (t.type != Token::Word || !m_text.at(t.start).isUpper())
                continue;
            const QStringView word = m_text.mid(t.start, t.end - t.start);
            if (seen.contains(word))
                continue;
            seen.insert(word);
            m_capitalised[word.size()].append(word.toString());
        }
        m_capitalisedGathered = true;
    }
    static const QStringList none;
    const auto it = m_capitalised.constFind(size);
    return it == m_capitalised.cend() ? none : *it;
}

} // namespace Parallax
