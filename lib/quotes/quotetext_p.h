// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

#include <initializer_list>
#include <unordered_set>

namespace Parallax::Internal {

// A 64-bit key of a word that ignores case and the form of its apostrophes, computed without allocating:
// quote extraction and grouping look words up in fixed lists and compare them across versions many
// thousand times per comparison.
quint64 foldedWordKey(QStringView word);

// A fixed set of words looked up by their folded key.
class WordSet
{
public:
    WordSet(std::initializer_list<const char16_t *> words);
    bool contains(quint64 key) const { return m_keys.count(key) != 0; }
    bool contains(QStringView word) const { return contains(foldedWordKey(word)); }

private:
    std::unordered_set<quint64> m_keys;
};

// English function words: they carry little evidence that two quotations are the same one.
const WordSet &functionWords();

// Word and number tokens of a quotation or sentence as folded keys, in text order.
QList<quint64> wordKeys(QStringView text);

} // namespace Parallax::Internal
