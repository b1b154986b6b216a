// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Parallax {

// Splits English news prose into sentences: abbreviations (U.S., Gov., Jr.), initials, decimals,
// quotes that end sentences, ellipses, datelines, list items. Offsets always point into the input.
class SentenceSegmenter
{
public:
    struct Span
    {
        qsizetype start = 0; // inclusive, first non-space character of the sentence
        qsizetype end = 0; // exclusive, after the last non-space character
        friend bool operator==(const Span &, const Span &) = default;
    };

    // Sentences of one block of text (a paragraph, heading or list item), in order, with leading and
    // trailing white space left out. Empty or all-space input gives no sentence.
    static QList<Span> split(QStringView text);
};

} // namespace Parallax
