// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/changereason.h"
#include "align/documentwords.h"
#include "core/comparison.h"
#include "text/worddiff.h"

#include <QHash>
#include <QSet>

#include <map>
#include <optional>

namespace Parallax {

// One classified difference between two aligned sentences, with spans relative to the texts compared.
struct SentenceChange
{
    ChangeKind kind = ChangeKind::Substantive;
    ChangeReason reason = ChangeReason::None; // for substantive changes: the fact that changed
    qsizetype beforeStart = 0, beforeEnd = 0;
    qsizetype afterStart = 0, afterEnd = 0;
};

// Diffs two aligned sentences on word and punctuation tokens (never half words) and says of each
// difference how much it matters:
// typography  quotes, apostrophes, dashes, ellipses, spaces and no-break spaces only;
// spelling    its/it's and other confusables, doubled words, hyphenation, capitalisation, one-word typos;
// wording     function words and grammar ("if" -> "whether", "were" -> "was", "Still" -> "But"), and
//             rewording that keeps the facts: synonyms, reordering, voice, connectives, trimming;
// substantive a fact changed, with the reason (changereason.h): a number, a date, a name, negation,
//             modality, attribution, quoted words, a claim added, a content word of another meaning.
class ChangeClassifier
{
public:
    explicit ChangeClassifier(TokenInterner &interner)
        : m_interner(interner)
    { }

    // The whole texts the next sentences come from: a name or word the text already has elsewhere is
    // given information, not a new fact. Without them every word outside the sentence counts as new.
    void setDocuments(QStringView before, QStringView after);

    QList<SentenceChange> compare(QStringView before, QStringView after);
    // Whether the last compare() read the after document (setDocuments): where it did not, its answer
    // holds for the same two sentences in any other version's text.
    bool readAfterDocument() const { return m_afterDocumentRead; }
    // What the last compare() asked of the after document, with the answers.
    const QList<DocumentQuery> &afterDocumentQueries() const { return m_queries; }
    // Whether the after document of setDocuments answers these questions of the sentences before and
    // after (asked by an earlier compare() of the same two sentences) alike: compare() would then give
    // what it gave then, since the rules read the after document only through these questions.
    bool answersAlike(QStringView before, QStringView after, const QList<DocumentQuery> &queries) const;

    struct Verdict
    {
        ChangeKind kind = ChangeKind::Substantive;
        ChangeReason reason = ChangeReason::None;
    };
    Verdict classify(const TokenizedText &before, const TokenizedText &after, const DiffHunk &hunk) const;

    // A difference of more words than this on a side (a whole passage rewritten in one sentence, where
    // the word diff found too little in common) is judged in consecutive pieces of at most this many
    // words a side, the first piece that changes a fact naming the reason: the fact rules compare words
    // pair by pair, and a sentence of 20,000 words must not cost 20,000^2 comparisons.
    static constexpr int MaxPieceWords = 64;

    // Work done since construction, for tests that check it grows linearly with the input.
    struct Work
    {
        qint64 hunks = 0; // differences classified
        qint64 tokensRead = 0; // tokens read to describe the differences' sides
        qint64 wordPairs = 0; // words of one side times words of the other, summed over fact checks
    };
    const Work &work() const { return m_work; }

    // Per tokenised sentence: where its quotation marks and first word are, so that each difference is
    // described by reading its own tokens only.
    struct TokenIndex
    {
        QList<int> quotesBefore; // [i]: quotation marks in tokens [0, i)
        QList<int> nextClosing; // [i]: the first token from i on holding a closing-capable mark, or size
        int firstWord = 0; // the first word or number token, or size
    };
    static TokenIndex indexTokens(const TokenizedText &text);

private:
    Verdict classifyIndexed(const TokenizedText &before, const TokenizedText &after, const DiffHunk &hunk,
        const TokenIndex &beforeIndex, const TokenIndex &afterIndex) const;
    ChangeReason factChangeInPieces(const TokenizedText &before, const TokenizedText &after,
        const DiffHunk &h, const TokenIndex &beforeIndex, const TokenIndex &afterIndex,
        HunkContext &context) const;

    mutable Work m_work;
    const QSet<QString> *documentKeys(QStringView text);

    TokenInterner &m_interner;
    struct Document
    {
        QString text;
        QSet<QString> keys;
    };
    // Word keys per whole text, found by where the text lies (a comparison passes the same versions'
    // texts again and again) and checked against a copy; std::map nodes stay where they are.
    std::map<std::pair<const QChar *, qsizetype>, Document> m_documents;
    const QSet<QString> *m_beforeDocument = nullptr;
    QStringView m_afterDocument;
    mutable bool m_afterDocumentRead = false;
    mutable QList<DocumentQuery> m_queries; // asked by the last compare()
    std::optional<DocumentWords> m_afterWords; // the after document's words, gathered when first asked for
    // What compare() needs of a before sentence, kept per sentence: a comparison compares each base
    // sentence with its counterpart in every other version. Found by where the text lies, checked against
    // a copy, as m_documents. The counts are made when a difference first needs them.
    struct BeforeSentence
    {
        QString text;
        TokenizedText tokens; // views into text
        TokenIndex index;
        bool counted = false;
        QHash<QString, int> counts;
        bool german = false;
    };
    BeforeSentence &beforeSentence(QStringView text);
    std::map<std::pair<const QChar *, qsizetype>, BeforeSentence> m_beforeSentences;
    // The sentences' word counts while compare() classifies their differences, counted when a
    // difference first needs them.
    struct SentenceCounts
    {
        BeforeSentence *before = nullptr;
        QStringView afterText;
        const TokenizedText *afterTokens = nullptr;
        bool counted = false;
        QHash<QString, int> after;
    };
    mutable std::optional<SentenceCounts> m_sentences;
};

} // namespace Parallax
