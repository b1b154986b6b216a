// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quoteextractor.h"
#include "text/wordlists.h"
#include "text/wordset.h"

#include <QList>
#include <QStringView>

#include <utility>
#include <vector>

namespace Parallax::Internal {

using Parallax::foldedWordKey;
using Parallax::WordSet;
// Function words carry little evidence that two quotations are the same one.
using WordLists::functionWords;

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
