// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/similarity.h"

#include "align/numberwords_p.h"

#include "text/tokenizer.h"
#include "text/wordlists.h"
#include "text/wordnet.h"

#include <QMutex>
#include <QVarLengthArray>

#include <unordered_map>
#include <vector>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Names and numbers survive rewriting better than any other word: they are what a paraphrase keeps.
constexpr double NameFactor = 1.3;
constexpr double NumberFactor = 1.5;

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

bool hasVowel(QStringView s)
{
    for (QChar c : s)
        if (isVowel(c))
            return true;
    return false;
}

// "stopp" -> "stop", but "fall", "pass" and "add" keep their double letters as the stem of the base form.
QString undouble(QString s)
{
    const qsizetype n = s.size();
    if (n >= 4 && s.at(n - 1) == s.at(n - 2) && !isVowel(s.at(n - 1)) && s.at(n - 1) != u'l'
        && s.at(n - 1) != u's' && s.at(n - 1) != u'z')
        s.chop(1);
    return s;
}

// The synsets of a word in every part of speech, and those of the words derivationally related to it
// ("signed" / "signature", "military" / "militarily"), cached for the process: each story asks about the
// same few thousand words again. Synsets are given as dense numbers (0, 1, 2, ... in the order the process
// first met them), so that a story groups its terms by synset in an array instead of sorting pairs.
struct Senses
{
    QList<int> own, derived;
};

QMutex sensesLock;
// Guarded by sensesLock; entries are never removed.
QHash<quint32, int> &denseSenses()
{
    static QHash<quint32, int> ids;
    return ids;
}

int denseSenseCount()
{
    const QMutexLocker locker(&sensesLock);
    return int(denseSenses().size());
}

const Senses &sensesOf(const QString &word)
{
    // Node-based, so that a reference handed out stays valid while other threads insert (a QHash moves
    // its entries when it grows: two comparisons at once, the window's and its steps', read freed memory).
    static std::unordered_map<QString, Senses> cache;
    {
        const QMutexLocker locker(&sensesLock);
        const auto it = cache.find(word);
        if (it != cache.end())
            return it->second;
    }
    QList<quint32> own, derived;
    WordNet::instance().senses(word, &own, &derived);
    // A word without senses (a name, a made-up or foreign word) is answered again quickly: not kept, as a
    // story of 137,000 such words would fill the cache with them.
    static const Senses none;
    if (own.isEmpty() && derived.isEmpty())
        return none;
    const QMutexLocker locker(&sensesLock);
    // Entries are never removed, so the reference stays valid. Another thread may have looked the word
    // up meanwhile: its entry is kept.
    const auto it = cache.find(word);
    if (it != cache.end())
        return it->second;
    QHash<quint32, int> &ids = denseSenses();
    auto dense = [&ids](const QList<quint32> &synsets) {
        QList<int> out;
        out.reserve(synsets.size());
        for (const quint32 synset : synsets) {
            auto at = ids.constFind(synset);
            if (at == ids.cend())
                at = ids.insert(synset, int(ids.size()));
            out.append(*at);
        }
        return out;
    };
    return cache.emplace(word, Senses { dense(own), dense(derived) }).first->second;
}

} // namespace

QString alignmentStem(const QString &w)
{
    QString s = w;
    if (s.endsWith(u"'s"_s))
        s.chop(2);
    if (s.size() <= 3)
        return s;
    if (s.endsWith(u"ies"_s) && s.size() > 4) {
        s.chop(3);
        s += u'y';
    } else if (s.endsWith(u"sses"_s)) {
        s.chop(2);
    } else if (s.endsWith(u's') && !s.endsWith(u"ss"_s) && !s.endsWith(u"us"_s) && !s.endsWith(u"is"_s)) {
        s.chop(1);
    }
    if (s.endsWith(u"ied"_s) && s.size() > 4) {
        s.chop(3);
        s += u'y';
    } else if (s.endsWith(u"ed"_s) && s.size() > 4 && hasVowel(QStringView(s).left(s.size() - 2))) {
        s.chop(2);
        s = undouble(s);
    } else if (s.endsWith(u"ing"_s) && s.size() > 5 && hasVowel(QStringView(s).left(s.size() - 3))) {
        s.chop(3);
        s = undouble(s);
    } else if (s.endsWith(u"ly"_s) && s.size() > 5) {
        s.chop(2);
    }
    if (s.endsWith(u'e') && s.size() > 3)
        s.chop(1);
    if (s.endsWith(u'y') && s.size() > 3)
        s.back() = u'i';
    return s;
}

int StorySimilarity::termId(const QString &key, const QString &word, bool isNumber)
{
    const auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_ids.size());
    m_ids.insert(key, id);
    m_weights.append(0);
    m_synonyms.append(QList<int>());
    m_number.append(isNumber);
    m_capitalised.append(0);
    m_lower.append(0);
    m_words.append(word);
    return id;
}

void StorySimilarity::build(
    const QList<QList<QList<int>>> &sentences, const QStringList &words, const QList<bool> &numbers)
{
    m_bags.clear();
    m_weights.clear();
    m_synonyms.clear();
    m_number.clear();
    m_capitalised.clear();
    m_lower.clear();
    m_words.clear();
    m_ids.clear();
    m_bags.reserve(sentences.size());
    // Each distinct word is reduced to its term once: -1 for a function word, -2 not yet seen.
    QList<int> termOfWord(words.size(), -2);
    // Per word: whether it is a cardinal in words, which may start a number of several words (-1 not yet
    // seen).
    QList<signed char> cardinalWord(words.size(), -1);
    // Sentences whose tokens share their data (the aligner gives every copy of a text the first one's
    // tokens) share one bag; their capitals still count once per occurrence.
    QHash<const int *, Bag> bagOfTokens;
    for (const QList<QList<int>> &version : sentences) {
        QList<Bag> list;
        list.reserve(version.size());
        for (const QList<int> &tokens : version) {
            const auto known
                = tokens.isEmpty() ? bagOfTokens.cend() : bagOfTokens.constFind(tokens.constData());
            if (known != bagOfTokens.cend()) {
                for (qsizetype k = 1; k < tokens.size(); ++k) {
                    const int id = termOfWord[tokens[k] >> 1];
                    if (id >= 0 && !m_number[id])
                        ++((tokens[k] & 1) ? m_capitalised : m_lower)[id];
                }
                list.append(*known);
                continue;
            }
            Bag b;
            b.terms.reserve(tokens.size());
            for (qsizetype k = 0; k < tokens.size(); ++k) {
                const int word = tokens[k] >> 1;
                // "four thousand two hundred" is the one number 4,200, as its digits would be; the "one" of
                // "no one" is nobody, not a count.
                if (cardinalWord[word] < 0)
                    cardinalWord[word] = Internal::isCardinalWord(words.at(word)) ? 1 : 0;
                if (cardinalWord[word] == 1) {
                    qint64 value = 0;
                    if (const qsizetype run = Internal::numberWordRun(tokens, k, words, &value)) {
                        b.terms.append(termId(u"#"_s + QString::number(value), words.at(word), true));
                        k += run - 1;
                        continue;
                    }
                    if (Internal::pronounOne(tokens, k, words))
                        continue;
                }
                if (termOfWord[word] == -2) {
                    const QString &lower = words.at(word);
                    const QString value = WordLists::numericValue(lower);
                    int term = -1;
                    if (!value.isEmpty())
                        term = termId(u"#"_s + value, lower, true);
                    else if (numbers.at(word))
                        term = termId(u"#"_s + lower, lower, true);
                    else if (!WordLists::isFunctionWord(lower))
                        term = termId(alignmentStem(lower), lower, false);
                    termOfWord[word] = term;
                }
                const int id = termOfWord[word];
                if (id < 0)
                    continue;
                if (!m_number[id] && k > 0)
                    ++((tokens[k] & 1) ? m_capitalised : m_lower)[id];
                b.terms.append(id);
            }
            std::sort(b.terms.begin(), b.terms.end());
            b.terms.erase(std::unique(b.terms.begin(), b.terms.end()), b.terms.end());
            if (!tokens.isEmpty())
                bagOfTokens.insert(tokens.constData(), b);
            list.append(std::move(b));
        }
        m_bags.append(std::move(list));
    }

    // Inverse document frequency over all sentences; a term seen once weighs as one seen twice, so that a
    // word only one version uses does not outweigh the facts two versions share.
    const qsizetype terms = m_ids.size();
    QList<int> df(terms, 0);
    qsizetype n = 0;
    for (const QList<Bag> &list : std::as_const(m_bags))
        for (const Bag &b : list) {
            ++n;
            for (int t : b.terms)
                ++df[t];
        }
    const bool lexicon = WordNet::instance().isAvailable();
    // The senses of each term that may have synonyms (not numbers, not names).
    std::vector<std::pair<int, const Senses *>> termSenses;
    for (qsizetype t = 0; t < terms; ++t) {
        double w = std::log(1.0 + double(n) / std::max(2, df[t]));
        if (m_number[t])
            w *= NumberFactor;
        else if (m_capitalised[t] > m_lower[t])
            w *= NameFactor;
        m_weights[t] = w;
        if (lexicon && !m_number[t] && m_capitalised[t] <= m_lower[t]) {
            const Senses &of = sensesOf(m_words[t]);
            if (!of.own.isEmpty() || !of.derived.isEmpty())
                termSenses.emplace_back(int(t), &of);
        }
    }
    // The terms of each synset in ascending order, termsOf[begin[s] .. end[s]), grouped by a counting sort
    // over the dense synset numbers (per thread and reused: only the synsets met are reset).
    thread_local std::vector<int> begin, end, termsOf, touched;
    begin.resize(size_t(denseSenseCount()), 0);
    end.resize(begin.size(), 0);
    touched.clear();
    for (const auto &[t, of] : termSenses)
        for (const int s : of->own)
            if (end[size_t(s)]++ == 0)
                touched.push_back(s);
    int filled = 0;
    for (const int s : touched) {
        begin[size_t(s)] = filled;
        filled += end[size_t(s)];
        end[size_t(s)] = begin[size_t(s)];
    }
    termsOf.resize(size_t(filled));
    for (const auto &[t, of] : termSenses)
        for (const int s : of->own)
            termsOf[size_t(end[size_t(s)]++)] = t;
    // A term related by derivation to a sense of another term counts as its synonym.
    for (const auto &[t, of] : termSenses)
        for (const int s : of->derived)
            for (int k = begin[size_t(s)]; k < end[size_t(s)]; ++k)
                if (termsOf[size_t(k)] != t) {
                    m_synonyms[t].append(termsOf[size_t(k)]);
                    m_synonyms[termsOf[size_t(k)]].append(t);
                }
    for (const int s : touched) {
        for (int a = begin[size_t(s)]; a < end[size_t(s)]; ++a)
            for (int b = begin[size_t(s)]; b < end[size_t(s)]; ++b)
                if (termsOf[size_t(a)] != termsOf[size_t(b)])
                    m_synonyms[termsOf[size_t(a)]].append(termsOf[size_t(b)]);
        begin[size_t(s)] = end[size_t(s)] = 0;
    }
    for (QList<int> &list : m_synonyms) {
        if (list.size() < 2)
            continue;
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    // Read through a const view: a loop over a bag's own terms would detach each copy from the text's
    // first bag, which the steps after alignment recognise copies by.
    for (QList<Bag> &list : m_bags)
        for (Bag &b : list) {
            b.weight = 0;
            for (int t : std::as_const(b.terms))
                b.weight += m_weights[t];
        }
}

int StorySimilarity::wordTerm(const QString &lowerWord) const
{
    const QString value = WordLists::numericValue(lowerWord);
    if (!value.isEmpty())
        return m_ids.value(u"#"_s + value, -1);
    if (WordLists::isFunctionWord(lowerWord))
        return -1;
    return m_ids.value(alignmentStem(lowerWord), -1);
}

StorySimilarity::Bag StorySimilarity::bag(int version, int first, int span) const
{
    if (span == 1)
        return m_bags.at(version).at(first);
    Bag out = m_bags.at(version).at(first);
    for (int s = first + 1; s < first + span; ++s)
        out = join(out, m_bags.at(version).at(s));
    return out;
}

StorySimilarity::Bag StorySimilarity::join(const Bag &a, const Bag &b) const
{
    Bag out;
    out.terms.reserve(a.terms.size() + b.terms.size());
    std::set_union(
        a.terms.begin(), a.terms.end(), b.terms.begin(), b.terms.end(), std::back_inserter(out.terms));
    for (int t : std::as_const(out.terms))
        out.weight += m_weights[t];
    return out;
}

double StorySimilarity::shared(const Bag &a, const Bag &b) const
{
    double common = 0;
    // Terms of each side that the other lacks, for the synonym pass; on a's side only those that have
    // synonyms at all, which most terms have not.
    QVarLengthArray<int, 32> onlyA, onlyB;
    qsizetype i = 0, j = 0;
    while (i < a.terms.size() || j < b.terms.size()) {
        if (j == b.terms.size() || (i < a.terms.size() && a.terms[i] < b.terms[j])) {
            if (!m_synonyms[a.terms[i]].isEmpty())
                onlyA.append(a.terms[i]);
            ++i;
        } else if (i == a.terms.size() || b.terms[j] < a.terms[i]) {
            onlyB.append(b.terms[j++]);
        } else {
            common += m_weights[a.terms[i]];
            ++i;
            ++j;
        }
    }
    if (onlyA.isEmpty() || onlyB.isEmpty())
        return common;
    // Where each of b's own terms stands in onlyB, found in one step instead of a binary search per
    // synonym: a per-thread table over the story's terms, valid where its stamp is this call's.
    thread_local std::vector<int> slot, stamp;
    thread_local int currentStamp = 0;
    const size_t terms = size_t(m_weights.size());
    if (stamp.size() < terms) {
        slot.resize(terms);
        stamp.assign(terms, 0);
        currentStamp = 0;
    }
    if (++currentStamp == std::numeric_limits<int>::max()) {
        std::fill(stamp.begin(), stamp.end(), 0);
        currentStamp = 1;
    }
    for (qsizetype k = 0; k < onlyB.size(); ++k) {
        slot[size_t(onlyB[k])] = int(k);
        stamp[size_t(onlyB[k])] = currentStamp;
    }
    QVarLengthArray<bool, 32> used(onlyB.size(), false);
    for (int x : onlyA) {
        for (int y : m_synonyms[x]) {
            if (stamp[size_t(y)] != currentStamp || used[slot[size_t(y)]])
                continue;
            used[slot[size_t(y)]] = true;
            common += SynonymCredit * std::min(m_weights[x], m_weights[y]);
            break;
        }
    }
    return common;
}

double StorySimilarity::similarity(const Bag &a, const Bag &b) const
{
    if (a.weight + b.weight <= 0)
        return 0;
    return 2 * shared(a, b) / (a.weight + b.weight);
}

} // namespace Parallax
