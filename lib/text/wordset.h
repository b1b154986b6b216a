// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <initializer_list>
#include <vector>

namespace Parallax {

// A 64-bit key of a word that ignores case and the form of its apostrophes, computed without allocating:
// quote extraction and grouping look words up in fixed lists and compare them across versions many
// thousand times per comparison.
quint64 foldedWordKey(QStringView word);

// A fixed set of words looked up by their folded key: an open-addressing table, a probe or two per
// lookup, as extraction asks it about nearly every word of a text.
class WordSet
{
public:
    WordSet(std::initializer_list<const char16_t *> words);
    bool contains(quint64 key) const
    {
        for (std::size_t slot = std::size_t(key ^ (key >> 31)) & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key)
                return true;
            if (m_keys[slot] == 0)
                return false;
        }
    }
    bool contains(QStringView word) const { return contains(foldedWordKey(word)); }

private:
    std::vector<quint64> m_keys; // 0 marks an empty slot
    std::size_t m_mask = 0;
};

} // namespace Parallax
