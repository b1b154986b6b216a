// SPDX-License-Identifier: GPL-3.0-or-later
// The text layer on arbitrary UTF-8: sentence splitting, tokenising and the word diff of two halves.
#include "fuzzinput.h"

#include "text/sentencesegmenter.h"
#include "text/tokenizer.h"
#include "text/worddiff.h"

using namespace Parallax;

namespace {

void checkTokens(QStringView text, const QList<Token> &tokens)
{
    qsizetype previousEnd = 0;
    for (const Token &t : tokens) {
        Fuzz::check(t.start >= previousEnd && t.start < t.end && t.end <= text.size(),
            "tokens are non-empty, in order and inside the text");
        previousEnd = t.end;
    }
}

void checkHunks(const QList<DiffHunk> &hunks, qsizetype aSize, qsizetype bSize)
{
    int aPrevious = 0, bPrevious = 0;
    for (const DiffHunk &h : hunks) {
        Fuzz::check(h.aBegin >= aPrevious && h.aBegin <= h.aEnd && h.aEnd <= aSize && h.bBegin >= bPrevious
                && h.bBegin <= h.bEnd && h.bEnd <= bSize,
            "diff hunks are in order and inside both sequences");
        aPrevious = h.aEnd;
        bPrevious = h.bEnd;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    qsizetype previousEnd = 0;
    for (const SentenceSegmenter::Span &s : SentenceSegmenter::split(text)) {
        Fuzz::check(s.start >= previousEnd && s.start < s.end && s.end <= text.size(),
            "sentences are non-empty, in order and inside the text");
        Fuzz::check(!Fuzz::splitsSurrogatePair(text, s.start) && !Fuzz::splitsSurrogatePair(text, s.end),
            "a sentence boundary does not split a surrogate pair");
        previousEnd = s.end;
    }

    checkTokens(text, Tokenizer::tokenize(text));
    Fuzz::check(Fuzz::isValidUtf16(TypographyNormalizer::normalize(text)), "normalised text is valid UTF-16");

    // The word diff of the two halves (split at a character, not inside a pair).
    qsizetype middle = text.size() / 2;
    if (Fuzz::splitsSurrogatePair(text, middle))
        ++middle;
    TokenInterner interner;
    const TokenizedText a = interner.tokenize(QStringView(text).left(middle));
    const TokenizedText b = interner.tokenize(QStringView(text).mid(middle));
    checkTokens(a.text, a.tokens);
    checkTokens(b.text, b.tokens);
    Fuzz::check(a.keys.size() == a.tokens.size() && b.keys.size() == b.tokens.size(), "one key per token");
    checkHunks(WordDiff::diff(a.keys, b.keys), a.keys.size(), b.keys.size());
    return 0;
}
