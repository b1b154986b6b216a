// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quotematching_p.h"
#include "quotes/quotetext_p.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace Parallax::Internal {

// The groups by the words of the quotations that stand for them, so that a quotation is compared only
// with the groups it shares a word with.
class GroupIndex
{
public:
    void add(int group, const Item &item)
    {
        if (item.isShort) {
            insert(m_bySequence[item.sequence], group);
            return;
        }
        for (const auto &[word, weight] : item.bag.entries)
            insert((weight == 1.0F ? m_byWord : m_byFunctionWord)[word], group);
    }

    // Groups sharing the quotation's content words (its function words if it has none), each once.
    const std::vector<int> &candidates(const Item &item)
    {
        m_result.clear();
        ++m_stamp;
        if (item.isShort) {
            collect(m_bySequence, item.sequence);
            return m_result;
        }
        bool content = false;
        for (const auto &[word, weight] : item.bag.entries) {
            if (weight == 1.0F) {
                content = true;
                collect(m_byWord, word);
            }
        }
        if (!content) {
            for (const auto &entry : item.bag.entries)
                collect(m_byFunctionWord, entry.first);
        }
        return m_result;
    }

private:
    using Lists = std::unordered_map<quint64, std::vector<int>>;
    static void insert(std::vector<int> &list, int group)
    {
        if (list.empty() || list.back() != group)
            list.push_back(group);
    }
    void collect(const Lists &lists, quint64 key)
    {
        const auto it = lists.find(key);
        if (it == lists.end() || it->second.size() > CommonWordLimit)
            return;
        for (int group : it->second) {
            if (std::size_t(group) >= m_seen.size())
                m_seen.resize(std::size_t(group) + 1, 0);
            if (m_seen[group] != m_stamp) {
                m_seen[group] = m_stamp;
                m_result.push_back(group);
            }
        }
    }

    Lists m_byWord;
    Lists m_byFunctionWord;
    Lists m_bySequence;
    std::vector<quint64> m_seen; // per group: the stamp of the last query that listed it
    quint64 m_stamp = 0;
    std::vector<int> m_result;
};

} // namespace Parallax::Internal
