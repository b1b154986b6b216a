// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordset.h"

namespace Parallax {

quint64 foldedWordKey(QStringView word)
{
    // FNV-1a over case-folded UTF-16 units; typographic variants of apostrophes and hyphens fold to ASCII
    // so that "it’s" and "it's" are one word.
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : word) {
        char16_t u = c.unicode();
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
            h ^= u;
            h *= 1099511628211ULL;
            continue;
        }
        u = c.toCaseFolded().unicode();
        switch (u) {
        case 0x2018:
        case 0x2019:
        case 0x02bc:
        case 0x201b:
            u = u'\'';
            break;
        case 0x2010:
        case 0x2011:
            u = u'-';
            break;
        default:
            break;
        }
        h ^= u;
        h *= 1099511628211ULL;
    }
    return h != 0 ? h : 1; // 0 marks an empty slot in the tables keyed by it
}

WordSet::WordSet(std::initializer_list<const char16_t *> words)
{
    std::size_t capacity = 8;
    while (capacity < words.size() * 4)
        capacity *= 2;
    m_keys.assign(capacity, 0);
    m_mask = capacity - 1;
    for (const char16_t *w : words) {
        const quint64 key = foldedWordKey(QStringView(w));
        std::size_t slot = std::size_t(key ^ (key >> 31)) & m_mask;
        while (m_keys[slot] != 0 && m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        m_keys[slot] = key;
    }
}

} // namespace Parallax
