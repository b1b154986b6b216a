// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/documentwords.h"

#include "align/changereason_p.h"

#include <algorithm>

namespace Parallax {

namespace {

// A hash of the text case folded one UTF-16 unit at a time, as QStringView::indexOf compares with
// Qt::CaseInsensitive (the runs hold no surrogates: they are not letters or digits on their own); never 0.
quint64 foldedKey(QStringView s)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : s) {
        h ^= c.toCaseFolded().unicode();
        h *= 1099511628211ULL;
    }
    return h == 0 ? 1 : h;
}

bool equalFolded(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).toCaseFolded() != b.at(i).toCaseFolded())
            return false;
    return true;
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
        std::vector<Run> runs;
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
            runs.push_back({ foldedKey(m_text.mid(i, end - i)), i, end - i });
            i = end;
        }
        // A table of at least twice the runs is never more than half full.
        size_t slots = 16;
        while (slots < 2 * runs.size())
            slots *= 2;
        m_runs.assign(slots, Run());
        m_mask = slots - 1;
        for (const Run &run : runs) {
            size_t slot = size_t(run.key ^ (run.key >> 31)) & m_mask;
            while (m_runs[slot].key != 0 && m_runs[slot].key != run.key)
                slot = (slot + 1) & m_mask;
            if (m_runs[slot].key == 0)
                m_runs[slot] = run;
        }
        m_gathered = true;
    }
    if (!m_exact)
        return ReasonWords::containsWord(m_text, word);
    const quint64 key = foldedKey(word);
    for (size_t slot = size_t(key ^ (key >> 31)) & m_mask;; slot = (slot + 1) & m_mask) {
        const Run &run = m_runs[slot];
        if (run.key == 0)
            return false;
        if (run.key == key)
            // The first run of this hash is the word, or another run shares its hash: then searched.
            return equalFolded(m_text.mid(run.start, run.size), word)
                || ReasonWords::containsWord(m_text, word);
    }
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
