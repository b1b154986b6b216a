// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QString>

// Looking at a loaded version's sentences in the loader and web-page tests.
namespace VersionText {

using namespace Qt::StringLiterals;

// The index of the sentence whose text is exactly `text`, or -1.
inline int findSentence(const Parallax::Version &v, const QString &text)
{
    for (qsizetype i = 0; i < v.sentences.size(); ++i)
        if (v.sentenceText(i) == text)
            return int(i);
    return -1;
}

// Every sentence on a line of its own, boilerplate marked: the message of a failed check.
inline QString describe(const Parallax::Version &v)
{
    QString out;
    for (qsizetype i = 0; i < v.sentences.size(); ++i)
        out += u"\n  [%1]%2 %3"_s.arg(i).arg(
            v.sentences.at(i).boilerplate ? u" (boilerplate)"_s : QString(), v.sentenceText(i));
    return out;
}

} // namespace VersionText
