// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QStringView>

#include <utility>

namespace Parallax::NoteAnchoring {

// The span of a version's extracted text that a reader's selection stands for, so that a note can be
// made on it (NoteAnchoring::onSpan). The selection may come from the version's source as written (the
// source panel: HTML or XML markup and entities between the words) or from its text (a cell): it is
// matched word by word, ignoring markup, punctuation, case and typography (curly against straight
// quotes), and a word cut at either end of the selection still matches the word it is part of: a
// note is on whole words. Of several occurrences the one nearest `near` (an offset into the text) is
// taken. Returns [start, end) in the extracted text, or {-1, -1} when the selection holds no word or
// its words do not stand together in the text.
std::pair<qsizetype, qsizetype> spanOfSelection(const Version &version, QStringView selected, qsizetype near);

} // namespace Parallax::NoteAnchoring
