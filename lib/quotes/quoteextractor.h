// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>
#include <QString>

namespace Parallax {

// One direct quotation in a version: the quoted words, where they stand and who said them.
struct Quotation
{
    int sentence = -1; // the sentence holding the first quoted word
    qsizetype start = 0; // span of the quoted words in Version::text, quote marks excluded
    qsizetype end = 0;
    QString text; // the quoted words (a comma that only leads into the attribution is left out)
    // Who said it: a person's surname where the text also calls them by it ("Xi" for Xi Jinping), else the
    // name as written without titles; an organisation's name or the phrase naming the speaker ("China's
    // foreign ministry"); empty when no attribution was found.
    QString speaker;
    // A statement split by its attribution ("X," he said. "Y.") gives one quotation per part; the parts
    // share the speaker and this number, the index of the statement's first part in the extracted list.
    int statement = -1;
};

// Finds the direct quotations of one version and attributes them to a speaker.
//
// Quotation marks: “ ” " « » „ “ for quotations, with single quotes nested inside them; a quotation in
// single quotes only outside double ones ('Stabilize' in a headline). Scraped text often opens with one
// kind and closes with another, or forgets to close: a quotation never runs past its block (paragraph,
// heading, list item), and a second opening mark before any closing one ends the first at the sentence
// boundary before it. Boilerplate sentences are skipped.
//
// Attribution: said, told, stated, declared, added, wrote, noted, warned, according to, ... as "X said",
// "said X", "X, a ... at Y, said" or "according to X", after the quotation or before it in the same
// sentence. A pronoun (or "the president") stands for the person named nearest before it: earlier in its
// sentence, else the first person named in the closest earlier sentence that names one. Titles
// (Secretary of State, President, Gov.) are not part of a name; "it said" stands for the organisation
// quoted in the last few sentences. A quotation without attribution that follows another in its block
// continues that speaker (and, after "X," he said, the same statement).
class QuoteExtractor
{
public:
    static QList<Quotation> extract(const Version &version);
};

} // namespace Parallax
