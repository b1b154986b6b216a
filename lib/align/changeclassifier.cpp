// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/changeclassifier.h"

#include "align/changereason.h"
#include "align/changereason_p.h"
#include "text/wordlists.h"

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

QString wordKey(QStringView token)
{
    return TypographyNormalizer::normalize(token).toLower();
}

struct Side
{
    QStringList words; // lower-case normalised words and numbers
    bool hasNumber = false; // digits
    int punctuation = 0; // non-typographic punctuation tokens
    int typographic = 0; // quote, dash and ellipsis tokens
};

Side sideOf(const TokenizedText &t, int begin, int end)
{
    Side s;
    for (int i = begin; i < end; ++i) {
        const Token &tok = t.tokens.at(i);
        switch (tok.type) {
        case Token::Word: {
            // "US" is a country, not the pronoun: all-capital words keep their case.
            const QStringView w = t.tokenText(i);
            bool allCaps = w.size() >= 2;
            for (QChar c : w)
                allCaps = allCaps && !c.isLower();
            s.words.append(allCaps ? TypographyNormalizer::normalize(w) : wordKey(w));
            break;
        }
        case Token::Number:
            s.words.append(wordKey(t.tokenText(i)));
            s.hasNumber = true;
            break;
        case Token::Punctuation: {
            const QStringView p = t.tokenText(i);
            bool typo = true;
            for (QChar c : p)
                typo = typo && TypographyNormalizer::isTypographicChar(c);
            if (typo)
                ++s.typographic;
            else
                ++s.punctuation;
            break;
        }
        case Token::Space:
            break;
        }
    }
    return s;
}

// Damerau-Levenshtein distance (optimal string alignment), for one-word typos.
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > 3)
        return 99;
    QList<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

QString squeeze(const QStringList &words)
{
    QString s = words.join(QString()).toLower();
    s.remove(u'-');
    s.remove(u'\'');
    s.remove(u'.');
    return s;
}

// The nearest word token before begin or from end on, skipping spaces; empty if none.
QString neighbourWord(const TokenizedText &t, int index, int step)
{
    for (int i = index; i >= 0 && i < t.tokens.size(); i += step) {
        const Token &tok = t.tokens.at(i);
        if (tok.type == Token::Space)
            continue;
        if (tok.type == Token::Word || tok.type == Token::Number)
            return wordKey(t.tokenText(i));
        return {};
    }
    return {};
}

bool isNumeric(const QString &w)
{
    return (!w.isEmpty() && w.front().isDigit()) || WordLists::isNumberWord(w);
}

QStringList expandContractions(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words) {
        if (w == u"can't"_s || w == u"cannot"_s) {
            out << u"can"_s << u"not"_s;
        } else if (w == u"won't"_s) {
            out << u"will"_s << u"not"_s;
        } else if (w.endsWith(u"n't"_s)) {
            out << w.left(w.size() - 3) << u"not"_s;
        } else if (w.endsWith(u"'re"_s)) {
            out << w.left(w.size() - 3) << u"are"_s;
        } else if (w.endsWith(u"'ve"_s)) {
            out << w.left(w.size() - 3) << u"have"_s;
        } else if (w.endsWith(u"'ll"_s)) {
            out << w.left(w.size() - 3) << u"will"_s;
        } else if (w == u"i'm"_s) {
            out << u"i"_s << u"am"_s;
        } else {
            out << w;
        }
    }
    return out;
}

bool looksLikeTypo(const QString &a, const QString &b)
{
    if (a.size() < 4 || b.size() < 4 || isNumeric(a) || isNumeric(b))
        return false;
    if (WordLists::areInflections(a, b))
        return false;
    const int d = editDistance(a, b);
    return d <= 2 && d * 4 <= std::max(a.size(), b.size());
}

bool isQuoteMark(QChar c)
{
    return c == u'"' || c == u'\u201c' || c == u'\u201d' || c == u'\u201e' || c == u'\u00ab'
        || c == u'\u00bb';
}

// A mark that can close a quotation ("„" and "«" only open one).
bool isClosingCapable(QChar c)
{
    return c == u'"' || c == u'\u201d' || c == u'\u201c' || c == u'\u00bb';
}

// The words of one side of a hunk as the fact rules read them; reads the hunk's own tokens only.
HunkWords hunkWords(const TokenizedText &t, int begin, int end, const ChangeClassifier::TokenIndex &index,
    ChangeClassifier::Work &work)
{
    HunkWords out;
    const int size = int(t.tokens.size());
    const int from = std::min(begin, size), to = std::min(end, size);
    work.tokensRead += std::max(0, to - from);
    const Side s = sideOf(t, begin, end);
    out.words = s.words;
    const int quotes = index.quotesBefore.at(from);
    for (int i = from; i < to; ++i)
        if (t.tokens.at(i).type == Token::Punctuation)
            for (QChar c : t.tokenText(i))
                out.quoteMark = out.quoteMark || isQuoteMark(c);
    const int total = index.quotesBefore.at(size);
    // Inside a quotation: an odd number of quotation marks before it, and one after it, in a sentence
    // whose marks pair up.
    if (quotes % 2 == 1 && total % 2 == 0)
        out.quoted = index.nextClosing.at(std::max(from, to)) < size;
    for (int i = from; i < to; ++i) {
        const Token &tok = t.tokens.at(i);
        if (tok.type != Token::Word && tok.type != Token::Number)
            continue;
        out.forms.append(TypographyNormalizer::normalize(t.tokenText(i)));
        out.initial.append(i == index.firstWord);
    }
    return out;
}

// The word and number tokens in [begin, end).
QList<int> wordTokens(const TokenizedText &t, int begin, int end)
{
    QList<int> out;
    for (int i = begin; i < end && i < t.tokens.size(); ++i)
        if (t.tokens.at(i).type == Token::Word || t.tokens.at(i).type == Token::Number)
            out.append(i);
    return out;
}

} // namespace

ChangeClassifier::TokenIndex ChangeClassifier::indexTokens(const TokenizedText &t)
{
    TokenIndex index;
    const int size = int(t.tokens.size());
    index.quotesBefore.resize(size + 1);
    index.nextClosing.resize(size + 1);
    index.firstWord = size;
    int quotes = 0;
    for (int i = 0; i < size; ++i) {
        index.quotesBefore[i] = quotes;
        const Token &tok = t.tokens.at(i);
        if (tok.type == Token::Punctuation)
            for (QChar c : t.tokenText(i))
                quotes += isQuoteMark(c) ? 1 : 0;
        if (index.firstWord == size && (tok.type == Token::Word || tok.type == Token::Number))
            index.firstWord = i;
    }
    index.quotesBefore[size] = quotes;
    index.nextClosing[size] = size;
    for (int i = size - 1; i >= 0; --i) {
        bool closing = false;
        if (t.tokens.at(i).type == Token::Punctuation)
            for (QChar c : t.tokenText(i))
                closing = closing || isClosingCapable(c);
        index.nextClosing[i] = closing ? i : index.nextClosing[i + 1];
    }
    return index;
}

ChangeReason ChangeClassifier::factChangeInPieces(const TokenizedText &before, const TokenizedText &after,
    const DiffHunk &h, const TokenIndex &beforeIndex, const TokenIndex &afterIndex,
    HunkContext &context) const
{
    const QList<int> wordsA = wordTokens(before, h.aBegin, h.aEnd);
    const QList<int> wordsB = wordTokens(after, h.bBegin, h.bEnd);
    const qsizetype na = wordsA.size(), nb = wordsB.size();
    const qsizetype pieces = std::max<qsizetype>(1, (std::max(na, nb) + MaxPieceWords - 1) / MaxPieceWords);
    // Piece p holds words [p n / pieces, (p + 1) n / pieces) of each side, with the tokens between them.
    auto bound
        = [](const QList<int> &words, qsizetype n, qsizetype p, qsizetype pieces, int first, int last) {
              if (p == 0)
                  return first;
              if (p == pieces)
                  return last;
              const qsizetype w = p * n / pieces;
              return w < n ? words.at(w) : last;
          };
    for (qsizetype p = 0; p < pieces; ++p) {
        const int aBegin = bound(wordsA, na, p, pieces, h.aBegin, h.aEnd);
        const int aEnd = bound(wordsA, na, p + 1, pieces, h.aBegin, h.aEnd);
        const int bBegin = bound(wordsB, nb, p, pieces, h.bBegin, h.bEnd);
        const int bEnd = bound(wordsB, nb, p + 1, pieces, h.bBegin, h.bEnd);
        const HunkWords a = hunkWords(before, aBegin, aEnd, beforeIndex, m_work);
        const HunkWords b = hunkWords(after, bBegin, bEnd, afterIndex, m_work);
        m_work.wordPairs += qint64(a.words.size()) * qint64(b.words.size());
        if (pieces > 1) {
            context.nextBefore = neighbourWord(before, aEnd, 1);
            context.nextAfter = neighbourWord(after, bEnd, 1);
            context.previousBefore = neighbourWord(before, aBegin - 1, -1);
            context.previousAfter = neighbourWord(after, bBegin - 1, -1);
        }
        const ChangeReason reason = factChange(a, b, context);
        if (reason != ChangeReason::None)
            return reason;
    }
    return ChangeReason::None;
}

void ChangeClassifier::setDocuments(QStringView before, QStringView after)
{
    m_beforeDocument = before.isEmpty() ? nullptr : documentKeys(before);
    m_afterDocument = after;
    m_afterWords.emplace(after);
}

const QSet<QString> *ChangeClassifier::documentKeys(QStringView text)
{
    const std::pair<const QChar *, qsizetype> key { text.data(), text.size() };
    auto it = m_documents.find(key);
    if (it != m_documents.end() && QStringView(it->second.text) == text)
        return &it->second.keys;
    if (it != m_documents.end())
        m_documents.erase(it);
    it = m_documents.emplace(key, Document { text.toString(), wordKeySet(text) }).first;
    return &it->second.keys;
}

ChangeClassifier::Verdict ChangeClassifier::classify(
    const TokenizedText &before, const TokenizedText &after, const DiffHunk &h) const
{
    return classifyIndexed(before, after, h, indexTokens(before), indexTokens(after));
}

ChangeClassifier::Verdict ChangeClassifier::classifyIndexed(const TokenizedText &before,
    const TokenizedText &after, const DiffHunk &h, const TokenIndex &beforeIndex,
    const TokenIndex &afterIndex) const
{
    ++m_work.hunks;
    const QStringView beforeText = before.text.mid(before.tokens.value(h.aBegin).start,
        h.aEnd > h.aBegin ? before.tokens.at(h.aEnd - 1).end - before.tokens.at(h.aBegin).start : 0);
    const QStringView afterText = after.text.mid(after.tokens.value(h.bBegin).start,
        h.bEnd > h.bBegin ? after.tokens.at(h.bEnd - 1).end - after.tokens.at(h.bBegin).start : 0);
    // Only the form differs: quotes, dashes, ellipses, spaces.
    if (TypographyNormalizer::normalize(beforeText).simplified()
        == TypographyNormalizer::normalize(afterText).simplified())
        return { ChangeKind::Typography, ChangeReason::None };
    const Side a = sideOf(before, h.aBegin, h.aEnd);
    const Side b = sideOf(after, h.bBegin, h.bEnd);
    if (a.words.isEmpty() && b.words.isEmpty())
        return { a.punctuation == 0 && b.punctuation == 0 ? ChangeKind::Typography : ChangeKind::Wording,
            ChangeReason::None };

    // Case, hyphenation, apostrophes: "its" / "it's", "Still" / "still", "military to military".
    if (squeeze(a.words) == squeeze(b.words))
        return { ChangeKind::Spelling, ChangeReason::None };
    // A doubled word: "last year year".
    if ((a.words.isEmpty() && b.words.size() == 1)
        && (neighbourWord(after, h.bBegin - 1, -1) == b.words.first()
            || neighbourWord(after, h.bEnd, 1) == b.words.first()))
        return { ChangeKind::Spelling, ChangeReason::None };
    if ((b.words.isEmpty() && a.words.size() == 1)
        && (neighbourWord(before, h.aBegin - 1, -1) == a.words.first()
            || neighbourWord(before, h.aEnd, 1) == a.words.first()))
        return { ChangeKind::Spelling, ChangeReason::None };
    if (a.words.size() == 1 && b.words.size() == 1) {
        if (WordLists::areConfusable(a.words.first(), b.words.first())
            || looksLikeTypo(a.words.first(), b.words.first()))
            return { ChangeKind::Spelling, ChangeReason::None };
    }

    // The same number written another way: "3" / "three", "30.000" / "30,000", "6" / "6th".
    auto values = [](const QStringList &words) {
        QStringList out;
        for (const QString &w : words) {
            const QString v = WordLists::numericValue(w);
            out.append(v.isEmpty() ? w : v);
        }
        return out;
    };
    if (!a.words.isEmpty() && values(a.words) == values(b.words))
        return { ChangeKind::Spelling, ChangeReason::None };
    // "don't" / "do not"
    if (expandContractions(a.words) == expandContractions(b.words))
        return { ChangeKind::Wording, ChangeReason::None };

    HunkContext context;
    if (m_sentences) {
        BeforeSentence &b = *m_sentences->before;
        if (!b.counted) {
            b.counts = wordCounts(b.text, b.tokens.tokens);
            b.german = looksGerman(b.text);
            b.counted = true;
        }
        if (!m_sentences->counted) {
            m_sentences->after = wordCounts(m_sentences->afterText, m_sentences->afterTokens->tokens);
            m_sentences->counted = true;
        }
        context.beforeSentence = b.counts;
        context.afterSentence = m_sentences->after;
    } else {
        context.beforeSentence = wordCounts(before.text);
        context.afterSentence = wordCounts(after.text);
    }
    context.beforeDocument = m_beforeDocument;
    context.trackedAfterDocument = m_afterDocument;
    context.afterDocumentRead = &m_afterDocumentRead;
    context.queries = &m_queries;
    context.hasAfterDocument = !m_afterDocument.isEmpty();
    context.afterWords = m_afterWords ? &*m_afterWords : nullptr;
    context.beforeText = m_sentences ? QStringView(m_sentences->before->text) : QStringView(before.text);
    context.afterText = m_sentences ? m_sentences->afterText : after.text;
    context.nextBefore = neighbourWord(before, h.aEnd, 1);
    context.nextAfter = neighbourWord(after, h.bEnd, 1);
    context.previousBefore = neighbourWord(before, h.aBegin - 1, -1);
    context.previousAfter = neighbourWord(after, h.bBegin - 1, -1);
    context.capitalsMarkNames = !(m_sentences ? m_sentences->before->german : looksGerman(before.text));
    const ChangeReason reason = factChangeInPieces(before, after, h, beforeIndex, afterIndex, context);
    if (reason != ChangeReason::None)
        return { ChangeKind::Substantive, reason };
    return { ChangeKind::Wording, ChangeReason::None };
}

bool ChangeClassifier::answersAlike(
    QStringView before, QStringView after, const QList<DocumentQuery> &queries) const
{
    // The context compare() gives the rules, as far as the four questions read it.
    HunkContext context;
    context.trackedAfterDocument = m_afterDocument;
    context.hasAfterDocument = !m_afterDocument.isEmpty();
    context.afterWords = m_afterWords ? &*m_afterWords : nullptr;
    context.beforeText = before;
    context.afterText = after;
    return std::all_of(queries.cbegin(), queries.cend(),
        [&](const DocumentQuery &q) { return ReasonWords::answer(context, q) == q.answer; });
}

ChangeClassifier::BeforeSentence &ChangeClassifier::beforeSentence(QStringView text)
{
    const std::pair<const QChar *, qsizetype> key { text.data(), text.size() };
    auto it = m_beforeSentences.find(key);
    if (it != m_beforeSentences.end() && QStringView(it->second.text) == text)
        return it->second;
    if (it != m_beforeSentences.end())
        m_beforeSentences.erase(it);
    // A bound for callers that pass ever new texts: what one comparison's base holds is far less.
    if (m_beforeSentences.size() >= 20000)
        m_beforeSentences.clear();
    it = m_beforeSentences.emplace(key, BeforeSentence { text.toString(), {}, {}, false, {}, false }).first;
    it->second.tokens = m_interner.tokenize(it->second.text);
    it->second.index = indexTokens(it->second.tokens);
    return it->second;
}

QList<SentenceChange> ChangeClassifier::compare(QStringView before, QStringView after)
{
    m_afterDocumentRead = false;
    m_queries.clear();
    BeforeSentence &cached = beforeSentence(before);
    const TokenizedText &a = cached.tokens;
    const TokenizedText b = m_interner.tokenize(after);
    const TokenIndex bIndex = indexTokens(b);
    // Hunks separated by nothing but a space read as one change: "about 300" -> "more than 400".
    QList<DiffHunk> hunks;
    for (const DiffHunk &h : WordDiff::diff(a.keys, b.keys)) {
        if (!hunks.isEmpty()) {
            DiffHunk &last = hunks.last();
            const int gap = h.aBegin - last.aEnd;
            if (gap == 1 && a.tokens.at(last.aEnd).type == Token::Space && h.bBegin - last.bEnd == 1) {
                last.aEnd = h.aEnd;
                last.bEnd = h.bEnd;
                continue;
            }
        }
        hunks.append(h);
    }
    QList<SentenceChange> changes;

    auto spanOf = [](const TokenizedText &t, int begin, int end, int anchor) {
        // An empty side points at the gap where the other side's words would stand.
        if (begin == end) {
            const qsizetype at = anchor < t.tokens.size() ? t.tokens.at(anchor).start : t.text.size();
            return std::pair<qsizetype, qsizetype>(at, at);
        }
        // Spaces at the edges of a hunk are not part of the change shown to the reader.
        while (begin < end - 1 && t.tokens.at(begin).type == Token::Space)
            ++begin;
        while (end - 1 > begin && t.tokens.at(end - 1).type == Token::Space)
            --end;
        return std::pair<qsizetype, qsizetype>(t.tokens.at(begin).start, t.tokens.at(end - 1).end);
    };

    // Equal regions between hunks can still differ in form (curly vs straight quotes, no-break spaces).
    auto typographyIn = [&](int aBegin, int aEnd, int bBegin) {
        for (int i = aBegin, j = bBegin; i < aEnd; ++i, ++j) {
            if (a.tokenText(i) != b.tokenText(j))
                changes.append({ ChangeKind::Typography, ChangeReason::None, a.tokens.at(i).start,
                    a.tokens.at(i).end, b.tokens.at(j).start, b.tokens.at(j).end });
        }
    };

    // The same words in another order ("X, according to Y" -> "According to Y, X") is wording, however
    // far the words moved.
    QList<Verdict> kinds;
    QStringList movedOut, movedIn;
    // Counted once for all the differences of this pair of sentences, when one first needs them.
    // Assigned, not emplace()d: clang cannot default-construct a nested struct with member initialisers
    // through std::optional (the fuzz preset builds with clang).
    m_sentences = SentenceCounts();
    m_sentences->before = &cached;
    m_sentences->afterText = after;
    m_sentences->afterTokens = &b;
    for (const DiffHunk &h : std::as_const(hunks)) {
        kinds.append(classifyIndexed(a, b, h, cached.index, bIndex));
        if (kinds.last().kind == ChangeKind::Substantive || kinds.last().kind == ChangeKind::Wording) {
            movedOut += sideOf(a, h.aBegin, h.aEnd).words;
            movedIn += sideOf(b, h.bBegin, h.bEnd).words;
        }
    }
    std::sort(movedOut.begin(), movedOut.end());
    std::sort(movedIn.begin(), movedIn.end());
    if (!movedOut.isEmpty() && movedOut == movedIn) {
        for (Verdict &k : kinds)
            if (k.kind == ChangeKind::Substantive)
                k = { ChangeKind::Wording, ChangeReason::None };
    }

    int ai = 0, bi = 0;
    for (qsizetype hi = 0; hi < hunks.size(); ++hi) {
        const DiffHunk &h = hunks.at(hi);
        typographyIn(ai, h.aBegin, bi);
        const Verdict verdict = kinds.at(hi);
        const auto [bs, be] = spanOf(a, h.aBegin, h.aEnd, h.aBegin);
        const auto [as, ae] = spanOf(b, h.bBegin, h.bEnd, h.bBegin);
        // A hunk of nothing but spaces on one side and nothing on the other is still typography.
        changes.append({ verdict.kind, verdict.reason, bs, be, as, ae });
        ai = h.aEnd;
        bi = h.bEnd;
    }
    typographyIn(ai, int(a.tokens.size()), bi);
    m_sentences.reset();
    return changes;
}

} // namespace Parallax
