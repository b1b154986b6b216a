// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whole-word look-ups in one long text (for the change rules, lib/align): the change rules ask whether a
// version's text still has a word a sentence dropped. Scanning the text for each word costs the changes times
// the text's length, which grows with the versions of a long article; the text's words are gathered once,
// when the first word is asked for, and looked up from then on.

#include "text/tokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace Parallax {

class DocumentWords
{
public:
    explicit DocumentWords(QStringView text)
        : m_text(text)
    { }

    // The text has the word as a whole word, in any case: the same answer as ReasonWords::containsWord.
    bool contains(const QString &word) const;
    // The text's tokens (Tokenizer::tokenize), made on first use.
    const QList<Token> &tokens() const
    {
        if (!m_tokens)
            m_tokens = Tokenizer::tokenize(m_text);
        return *m_tokens;
    }

    // The distinct words of the text that start with a capital letter and have `size` characters, as
    // written (the word tokens of tokens()); gathered on first use. The name rules ask whether a version
    // still has a name in another spelling: once per name and version of a long revision series, so the
    // text's words are read once, not once per name.
    const QStringList &capitalised(qsizetype size) const;

private:
    QStringView m_text;
    mutable QHash<qsizetype, QStringList> m_capitalised;
    mutable bool m_capitalisedGathered = false;
    // Each distinct maximal run of letters and digits, case folded, gathered on first use: an open table
    // of their hashes, each with where its first run stands in the text (a match is checked against the
    // text, so that two runs of one hash cost a search, never a wrong answer).
    struct Run
    {
        quint64 key = 0; // 0: empty slot
        qsizetype start = 0, size = 0;
    };
    mutable std::vector<Run> m_runs;
    mutable size_t m_mask = 0;
    mutable bool m_gathered = false;
    mutable bool m_exact = true;
    mutable std::optional<QList<Token>> m_tokens;
};

} // namespace Parallax
