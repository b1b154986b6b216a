// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A generator of long synthetic news-like prose and of realistic revisions of it, shared by the
// benchmarks. Deterministic for a given seed (its own integer draws, no std:: distributions, so the
// figures compare across standard libraries). The words are made-up syllable strings with a Zipf-like
// frequency, mixed with real English function words, names, numbers, commas and quotations, so that
// segmentation, alignment and classification all see the kinds of text they are built for.

#include <QByteArray>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace Parallax::Bench {

// SplitMix64: tiny, fast and good enough for test data.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    { }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % std::uint64_t(n)); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // True with probability percent / 100.
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

class Vocabulary
{
public:
    explicit Vocabulary(std::uint64_t seed, int contentWords = 3000, int names = 300)
    {
        Random rng(seed);
        std::set<std::string> seen(m_functionWords.begin(), m_functionWords.end());
        while (int(m_content.size()) < contentWords) {
            std::string w = makeWord(rng, rng.between(1, 3));
            if (w.size() >= 3 && seen.insert(w).second)
                m_content.push_back(w);
        }
        while (int(m_names.size()) < names) {
            std::string w = makeWord(rng, rng.between(2, 3));
            if (w.size() >= 4 && seen.insert(w).second) {
                w[0] = char(w[0] - 'a' + 'A');
                m_names.push_back(w);
            }
        }
        // Zipf-like: the word of rank r is drawn with weight 1 / (r + 1); cumulative for binary search.
        double total = 0;
        for (int r = 0; r < contentWords; ++r) {
            total += 1.0 / (r + 1);
            m_cumulative.push_back(total);
        }
    }

    std::string contentWord(Random &rng) const
    {
        const double x = double(rng.next() >> 11) / double(1ULL << 53) * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_content.at(std::min<size_t>(size_t(it - m_cumulative.begin()), m_content.size() - 1));
    }
    std::string functionWord(Random &rng) const
    {
        return m_functionWords.at(size_t(rng.below(int(m_functionWords.size()))));
    }
    std::string name(Random &rng) const { return m_names.at(size_t(rng.below(int(m_names.size())))); }
    static std::string number(Random &rng)
    {
        switch (rng.below(4)) {
        case 0:
            return std::to_string(rng.between(2, 99));
        case 1:
            return std::to_string(rng.between(100, 999)) + "," + std::to_string(rng.between(100, 999));
        case 2:
            return std::to_string(rng.between(1, 20)) + "." + std::to_string(rng.between(1, 9));
        default:
            return std::to_string(rng.between(1990, 2030));
        }
    }
    // One word of running text: mostly function and content words, sometimes a name or a number.
    std::string anyWord(Random &rng) const
    {
        const int r = rng.below(100);
        if (r < 42)
            return functionWord(rng);
        if (r < 93)
            return contentWord(rng);
        if (r < 97)
            return name(rng);
        return number(rng);
    }

private:
    static std::string makeWord(Random &rng, int syllables)
    {
        static const char *const onsets[] = { "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r",
            "s", "t", "v", "w", "br", "cr", "dr", "fl", "gr", "pl", "pr", "st", "tr", "sh", "ch", "th", "" };
        static const char *const vowels[] = { "a", "e", "i", "o", "u", "ai", "ea", "ou", "ee", "io" };
        static const char *const codas[] = { "", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck" };
        std::string w;
        for (int s = 0; s < syllables; ++s) {
            w += onsets[rng.below(int(std::size(onsets)))];
            w += vowels[rng.below(int(std::size(vowels)))];
            w += codas[rng.below(int(std::size(codas)))];
        }
        return w;
    }

    std::vector<std::string> m_functionWords { "the", "of", "and", "to", "a", "in", "that", "is", "was",
        "for", "on", "with", "as", "by", "at", "from", "it", "he", "she", "they", "has", "have", "had", "not",
        "but", "or", "an", "be", "were", "will", "would", "this", "which", "their", "its", "after", "about",
        "more", "than", "who", "also", "been", "over", "into", "when", "there", "other", "some", "could",
        "can", "said", "before", "while", "under", "since", "because", "those", "these", "we", "our" };
    std::vector<std::string> m_content;
    std::vector<std::string> m_names;
    std::vector<double> m_cumulative;
};

// A long article as a list of sentences, and the edits that turn one revision into the next.
class SyntheticArticle
{
public:
    struct Sentence
    {
        std::vector<std::string> words; // a trailing comma stays with its word
        std::string speaker; // non-empty: rendered as a quotation attributed to this name
        char end = '.';
        bool paragraphStart = false;
    };

    SyntheticArticle(const Vocabulary &vocabulary, std::uint64_t seed, int sentences)
        : m_vocabulary(vocabulary)
        , m_rng(seed)
    {
        for (int i = 0; i < 8; ++i)
            m_headline.push_back(i % 2 ? m_vocabulary.contentWord(m_rng) : m_vocabulary.name(m_rng));
        for (int i = 0; i < sentences; ++i)
            m_sentences.push_back(newSentence());
        m_sentences.front().paragraphStart = true;
    }

    int sentenceCount() const { return int(m_sentences.size()); }

    // Sentence lengths 8-35 words; one in ten is a quotation.
    Sentence newSentence()
    {
        Sentence s;
        const int length = m_rng.between(8, 35);
        for (int i = 0; i < length; ++i) {
            std::string w = m_vocabulary.anyWord(m_rng);
            if (i > 2 && i < length - 2 && m_rng.chance(7))
                w += ',';
            s.words.push_back(std::move(w));
        }
        if (m_rng.chance(10))
            s.speaker = m_vocabulary.name(m_rng);
        else if (m_rng.chance(3))
            s.end = '?';
        s.paragraphStart = m_rng.chance(35);
        return s;
    }

    static std::string renderSentence(const Sentence &s)
    {
        std::string out;
        for (size_t i = 0; i < s.words.size(); ++i) {
            std::string w = s.words[i];
            if (i == 0 && !w.empty() && w[0] >= 'a' && w[0] <= 'z')
                w[0] = char(w[0] - 'a' + 'A');
            if (i + 1 == s.words.size() && !w.empty() && w.back() == ',')
                w.pop_back();
            if (i > 0)
                out += ' ';
            out += w;
        }
        if (!s.speaker.empty())
            return "\"" + out + ",\" " + s.speaker + " said.";
        return out + s.end;
    }

    // Plain text: a headline, then paragraphs separated by blank lines.
    QByteArray render() const
    {
        std::string out;
        for (size_t i = 0; i < m_headline.size(); ++i)
            out += (i ? " " : "") + m_headline[i];
        out += "\n";
        for (size_t i = 0; i < m_sentences.size(); ++i) {
            out += (i == 0 || m_sentences[i].paragraphStart) ? "\n\n" : " ";
            out += renderSentence(m_sentences[i]);
        }
        out += "\n";
        return QByteArray::fromStdString(out);
    }

    // One revision: edits 2-5 % of the sentences with the mix of a copy editor and a reporter updating
    // the story: word substitutions, insertions and deletions, typo fixes, sentences added and removed,
    // an occasional move, split or merge.
    void revise()
    {
        const int n = sentenceCount();
        const int edits = std::max(1, n * m_rng.between(20, 50) / 1000);
        for (int e = 0; e < edits; ++e)
            editOne(m_rng.below(sentenceCount()));
    }

    // A copy of sentence s with the small in-sentence edits a revision makes (for word diff pairs).
    Sentence edited(const Sentence &s, int edits)
    {
        Sentence t = s;
        for (int e = 0; e < edits; ++e)
            editWords(t);
        return t;
    }
    const Sentence &sentence(int i) const { return m_sentences.at(size_t(i)); }

private:
    void editWords(Sentence &s)
    {
        const int r = m_rng.below(100);
        const int n = int(s.words.size());
        if (r < 45) { // substitute one or two words
            const int at = m_rng.below(n);
            const int count = std::min(n - at, m_rng.between(1, 2));
            for (int i = 0; i < count; ++i)
                s.words[size_t(at + i)] = m_vocabulary.anyWord(m_rng);
        } else if (r < 65) { // insert a short phrase
            const int at = m_rng.below(n + 1);
            const int count = m_rng.between(1, 4);
            for (int i = 0; i < count; ++i)
                s.words.insert(s.words.begin() + at, m_vocabulary.anyWord(m_rng));
        } else if (r < 85) { // delete a short phrase, keeping a sentence
            const int count = std::min(m_rng.between(1, 4), n - 5);
            if (count > 0) {
                const int at = m_rng.below(n - count + 1);
                s.words.erase(s.words.begin() + at, s.words.begin() + at + count);
            }
        } else { // fix or make a typo: swap two letters of a long word
            const int at = m_rng.below(n);
            std::string &w = s.words[size_t(at)];
            if (w.size() >= 5) {
                const size_t i = size_t(m_rng.between(1, int(w.size()) - 3));
                std::swap(w[i], w[i + 1]);
            } else {
                w = m_vocabulary.contentWord(m_rng);
            }
        }
    }

    void editOne(int i)
    {
        const int r = m_rng.below(100);
        auto at = m_sentences.begin() + i;
        if (r < 62) {
            editWords(*at);
        } else if (r < 74) { // a new sentence after this one
            m_sentences.insert(at + 1, newSentence());
        } else if (r < 84) { // a sentence removed
            if (sentenceCount() > 10) {
                const bool starts = at->paragraphStart;
                at = m_sentences.erase(at);
                if (starts && at != m_sentences.end())
                    at->paragraphStart = true;
            }
        } else if (r < 91) { // a sentence moved some paragraphs away
            Sentence s = *at;
            m_sentences.erase(at);
            const int n = sentenceCount();
            const int distance = m_rng.between(3, 60) * (m_rng.chance(50) ? 1 : -1);
            const int to = std::clamp(i + distance, 0, n);
            s.paragraphStart = true;
            m_sentences.insert(m_sentences.begin() + to, std::move(s));
        } else if (r < 97) { // split a long sentence in two
            if (at->words.size() >= 14 && at->speaker.empty()) {
                const size_t cut = at->words.size() / 2 + size_t(m_rng.between(-2, 2));
                Sentence second;
                second.words.assign(at->words.begin() + long(cut), at->words.end());
                second.end = at->end;
                at->words.resize(cut);
                at->end = '.';
                m_sentences.insert(at + 1, std::move(second));
            } else {
                editWords(*at);
            }
        } else { // merge with the next sentence
            auto next = at + 1;
            if (next != m_sentences.end() && at->speaker.empty() && next->speaker.empty()
                && at->words.size() + next->words.size() <= 45) {
                at->words.back() += ',';
                at->words.push_back("and");
                at->words.insert(at->words.end(), next->words.begin(), next->words.end());
                at->end = next->end;
                m_sentences.erase(next);
            } else {
                editWords(*at);
            }
        }
    }

    const Vocabulary &m_vocabulary;
    Random m_rng;
    std::vector<std::string> m_headline;
    std::vector<Sentence> m_sentences;
};

} // namespace Parallax::Bench
