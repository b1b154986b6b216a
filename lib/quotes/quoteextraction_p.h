// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "quotes/quotemarks_p.h"
#include "quotes/quotetext_p.h"
#include "text/tokenizer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <unordered_map>
#include <unordered_set>

// The extraction of one version's quotations: quotation marks (quotemarks.cpp), tokens
// (quoteextractor.cpp), names and other mentions of people and organisations (speakermentions.cpp), and
// the attribution of each quotation to its speaker (speakerattribution.cpp).
namespace Parallax::Internal {

// A word, number or punctuation token; white space is no token but noted on the token after it. Kept
// small: a 20 MB text has millions of them.
struct Tok
{
    quint64 key = 0; // folded word key of words and numbers
    qint32 start = 0;
    qint32 end = 0;
    qint32 sentence = 0;
    Token::Type type = Token::Word;
    bool inQuote = false; // between a quotation's marks
    bool capital = false;
    bool spaceBefore = false;
    bool lineBefore = false; // the white space before it breaks the line
};

enum class MentionKind { Name, Organisation, Role };

struct Mention
{
    int first = 0; // first token, titles included
    int last = 0;
    int nameFirst = -1; // first token of the name proper (titles stripped); its words run to last
    int nameWords = 0; // how many words the name proper has
    int sentence = 0;
    MentionKind kind = MentionKind::Name;
    bool possessive = false;
    bool titled = false;
    bool inQuote = false;
};

// The attribution found for a quotation: a name, a pronoun or role to resolve, or a descriptive phrase.
struct Subject
{
    int mention = -1;
    int reference = -1; // token of a pronoun or of "the president"
    QString phrase;
    bool it = false; // "it said": the organisation quoted just before
    int verb = -1; // the token of the attribution's verb or of "according"
    bool found() const { return mention >= 0 || reference >= 0 || !phrase.isEmpty() || it; }
};

class QuoteExtraction
{
public:
    explicit QuoteExtraction(const Version &version)
        : m_version(version)
        , m_text(version.text)
    { }

    QList<Quotation> run(VersionWords *words);

private:
    void findRuns();
    void findQuotes();
    void tokenize();
    void findMentions();
    void findPersons();

    QStringView tokText(int i) const { return m_text.mid(m_toks[i].start, m_toks[i].end - m_toks[i].start); }
    bool isWord(int i) const { return m_toks[i].type == Token::Word; }
    bool isPunct(int i, QChar c) const
    {
        return m_toks[i].type == Token::Punctuation && m_toks[i].end - m_toks[i].start == 1
            && m_text.at(m_toks[i].start) == c;
    }
    int nextTok(int i, int max) const;
    int prevTok(int i, int min) const;
    int tokenAt(qsizetype pos) const;
    bool isPossessive(int i) const;
    bool startsName(int i) const;

    Subject subjectBefore(int verb, int minTok) const;
    Subject subjectAfter(int verb, int maxTok) const;
    Subject attribution(int quoteIndex, bool *trailing, bool *verbSeen) const;
    int resolve(int tok) const;
    bool isCandidate(const Mention &m) const;
    QString speakerOf(const Subject &s) const;
    QString keyOf(int mention) const;
    QString displayOf(const Mention &m) const;
    template<typename F> void forEachNameWord(const Mention &m, F &&f) const
    {
        for (int t = m.nameFirst; t >= 0 && t <= m.last; ++t) {
            if (isWord(t))
                f(t);
        }
    }

    const Version &m_version;
    QStringView m_text;
    QList<SentenceRun> m_runs;
    QList<RawQuote> m_quotes;
    QList<Tok> m_toks;
    QList<int> m_runFirstTok; // per run, plus one past the end
    QList<int> m_sentenceFirstTok; // per sentence
    QList<Mention> m_mentions;
    QList<int> m_mentionStart; // per token: mention starting there or -1
    QList<int> m_mentionEnd; // per token: mention ending there or -1
    QList<int> m_sentenceMentions; // per sentence: first mention index, plus one past the end
    std::unordered_set<quint64> m_personWords;
    std::unordered_map<quint64, int> m_lastSingleName; // word -> last mention of it alone as a name
};

} // namespace Parallax::Internal
