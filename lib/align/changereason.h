// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Parallax {

class DocumentWords;

// One side of a difference between two aligned sentences, as words.
struct HunkWords
{
    QStringList words; // lower case, typography normalised (all-capital words keep their case)
    QStringList forms; // as written, typography normalised
    QList<bool> initial; // the word begins its sentence, where a capital letter says nothing
    bool quoted = false; // the words stand inside quotation marks
    bool quoteMark = false; // the side holds a quotation mark: a quote opens or closes in it
};

// A question a rule asked of the whole after text, with its answer (HunkContext::queries): the rules read
// that text only through these four questions.
struct DocumentQuery
{
    enum class Kind : quint8 {
        KeptInText, // the text has the word (ReasonWords::keptInText)
        KeptMisspelt, // the text has the name spelt one letter apart
        NamedNearby, // the name stands in the sentence or the one before it
        NamedTogether, // the text has the two names side by side
    };
    Kind kind;
    QString name, other;
    bool answer = false;
};

// What the classifier knows around a difference.
struct HunkContext
{
    // How often each word (light stem of the lower case; numbers also by value) occurs in the whole
    // sentences: a word on one side only is new where its sentence has it more often than the other.
    QHash<QString, int> beforeSentence, afterSentence;
    const QSet<QString> *beforeDocument = nullptr; // word keys of the whole texts, where known
    // The whole after text, searched only for words dropped from the sentence (rare), so that no word
    // set is built for every version. Rules read it through afterDocument(), which notes the read: a
    // caller may keep a pair of sentences' changes for other versions only where no rule read it.
    QStringView afterDocument() const
    {
        if (afterDocumentRead)
            *afterDocumentRead = true;
        return trackedAfterDocument;
    }
    QStringView trackedAfterDocument; // read it through afterDocument()
    bool *afterDocumentRead = nullptr;
    // Where set, every question asked of the after text is noted with its answer: the same two sentences
    // in another version's text have the same changes where that text answers every question alike.
    QList<DocumentQuery> *queries = nullptr;
    bool hasAfterDocument = false;
    // Its words, gathered when first asked for (align/documentwords.h), where the caller keeps them.
    const DocumentWords *afterWords = nullptr;
    QString nextBefore, nextAfter; // the word right after the difference on each side
    QString previousBefore, previousAfter; // the word right before it
    // The whole sentences, read again only by the rare rules that weigh the whole sentence (polarity).
    QStringView beforeText, afterText;
    bool capitalsMarkNames = true; // false in German, where every noun has a capital letter
};

// The lookup keys of a word: its lower-case form and a light stem ("stated" -> "stat"), so that an
// inflected form counts as the same word.
QStringList wordKeys(const QString &word);
// The word keys of every word of a text.
QSet<QString> wordKeySet(QStringView text);
// How often each word of a text occurs, by light stem (and by value for numbers).
QHash<QString, int> wordCounts(QStringView text);
// The same from the text's tokens, where the caller has them already.
QHash<QString, int> wordCounts(QStringView text, const QList<Token> &tokens);
// Whether a text reads as German (capital letters then mark nouns, not names).
bool looksGerman(QStringView text);

// The fact that a difference of words changes, or ChangeReason::None when the facts are kept (synonyms,
// reordering, voice, connectives, trimming, function words): wording. Called once typography, spelling
// and grammar are ruled out.
ChangeReason factChange(const HunkWords &before, const HunkWords &after, const HunkContext &context);

} // namespace Parallax
