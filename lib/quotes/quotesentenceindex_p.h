// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quotematching_p.h"
#include "quotes/quotetext_p.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace Parallax::Internal {

// Which sentences of a version hold a word: an open-addressing table from word key to a chain of
// (sentence, next) postings, each sentence listed once per word.
class SentenceIndex
{
public:
    bool isBuilt() const { return !m_slotKey.empty(); }
    void build(const VersionWords &words)
    {
        resize(1024);
        m_sentence.reserve(words.keys.size());
        m_next.reserve(words.keys.size());
        for (qsizetype s = 0; s + 1 < words.sentenceBegin.size(); ++s) {
            for (int w = words.sentenceBegin.at(s); w < words.sentenceBegin.at(s + 1); ++w) {
                const quint64 key = words.keys.at(w);
                std::size_t slot = find(key);
                if (m_slotHead[slot] < 0) {
                    // The table holds distinct words, far fewer than words in the text: grow it as they come.
                    if (++m_used * 2 > m_slotKey.size()) {
                        resize(m_slotKey.size() * 2);
                        slot = find(key);
                    }
                    m_slotKey[slot] = key;
                } else if (m_sentence[m_slotHead[slot]] == s) {
                    continue; // the word again in the same sentence
                }
                m_sentence.push_back(int(s));
                m_next.push_back(m_slotHead[slot]);
                m_slotHead[slot] = int(m_sentence.size()) - 1;
                ++m_slotCount[slot];
            }
        }
    }
    // Whether forEachSentence lists the sentences of the word: it is in the text, and not too common.
    bool lists(quint64 key) const
    {
        const std::size_t slot = find(key);
        return m_slotHead[slot] >= 0 && std::size_t(m_slotCount[slot]) <= CommonWordLimit;
    }
    // Calls f(sentence) for every sentence holding the word, unless too many hold it.
    template<typename F> void forEachSentence(quint64 key, F &&f) const
    {
        const std::size_t slot = find(key);
        if (std::size_t(m_slotCount[slot]) > CommonWordLimit)
            return;
        for (int p = m_slotHead[slot]; p >= 0; p = m_next[p])
            f(m_sentence[p]);
    }

private:
    std::size_t find(quint64 key) const
    {
        std::size_t slot = std::size_t(key ^ (key >> 29)) & m_mask;
        while (m_slotHead[slot] >= 0 && m_slotKey[slot] != key)
            slot = (slot + 1) & m_mask;
        return slot;
    }
    void resize(std::size_t capacity)
    {
        std::vector<quint64> keys(capacity, 0);
        std::vector<int> heads(capacity, -1);
        std::vector<int> counts(capacity, 0);
        std::swap(keys, m_slotKey);
        std::swap(heads, m_slotHead);
        std::swap(counts, m_slotCount);
        m_mask = capacity - 1;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (heads[i] < 0)
                continue;
            const std::size_t slot = find(keys[i]);
            m_slotKey[slot] = keys[i];
            m_slotHead[slot] = heads[i];
            m_slotCount[slot] = counts[i];
        }
    }

    std::size_t m_mask = 0;
    std::size_t m_used = 0;
    std::vector<quint64> m_slotKey;
    std::vector<int> m_slotHead; // first posting, -1 for an empty slot
    std::vector<int> m_slotCount;
    std::vector<int> m_sentence;
    std::vector<int> m_next;
};

} // namespace Parallax::Internal
