// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>
#include <QStringView>

// Finding quotations by their marks, within runs of consecutive sentences of one block.
namespace Parallax::Internal {

// Consecutive sentences of one block, outside boilerplate: a quotation never crosses a block.
struct SentenceRun
{
    int firstSentence = 0;
    int lastSentence = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

struct RawQuote
{
    qsizetype openMark = 0;
    qsizetype closeMark = -1; // -1: never closed in its block
    qsizetype start = 0; // content
    qsizetype end = 0;
    int run = 0;

    qsizetype extentEnd() const { return closeMark >= 0 ? closeMark + 1 : end; }
};

// Double-quoted quotations of a run, appended to out.
void scanDoubleQuotes(QStringView text, const QList<Sentence> &sentences, const SentenceRun &run,
    int runIndex, QList<RawQuote> &out);
// Single-quoted quotations of a run outside the double-quoted ones found from index doubleBegin of out.
void scanSingleQuotes(
    QStringView text, const SentenceRun &run, int runIndex, qsizetype doubleBegin, QList<RawQuote> &out);

} // namespace Parallax::Internal
