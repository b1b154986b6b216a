// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quoteextractor.h"

#include <QList>
#include <QStringView>

#include <initializer_list>
#include <utility>
#include <vector>

namespace Parallax::Internal {

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

// English function words: they carry little evidence that two quotations are the same one.
const WordSet &functionWords();

// The word and number tokens of a version's sentences (boilerplate left out), in text order.
struct VersionWords
{
    QList<quint64> keys; // folded word keys
    QList<qint32> starts; // where each word starts in Version::text
    QList<int> sentenceBegin; // per sentence, its first word; one more entry for the end

    // The words from offset start to offset end of the text.
    std::pair<qsizetype, qsizetype> range(qsizetype start, qsizetype end) const;
};

// QuoteExtractor::extract that also hands back the version's words, so that the comparer does not
// tokenize the text a second time.
QList<Quotation> extractQuotations(const Version &version, VersionWords *words);

} // namespace Parallax::Internal
