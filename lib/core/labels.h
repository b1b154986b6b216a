// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QString>

namespace Parallax {

// The comparison's enums in words, each from one table: a stable id for the JSON report and the
// command line (never translated), and a label for people (translated where it is shown).

QString toString(CellStatus status);
QString toString(ChangeKind kind);
QString toString(ChangeReason reason); // "number", "claim-added", ...; empty for None
QString toString(QuoteFidelity fidelity);
QString toString(TextFormat format);
QString toString(SentenceRole role);
QString toString(LoadError::Code code); // "too-large", "binary", ...
// "before -> after", the form the JSON report gives a changed stretch of a quotation.
QString toString(const WordChange &change);

QString label(CellStatus status);
QString label(ChangeKind kind);
QString label(ChangeReason reason); // empty for None
QString label(QuoteFidelity fidelity);
QString label(SentenceRole role); // empty for body text

// What went wrong with a file, a folder or --base, in words that follow "PATH: " (the path is not in it):
// translated where it is shown, in English for the JSON report's "reason".
QString describe(const LoadError &error);
QString describeInEnglish(const LoadError &error);

} // namespace Parallax
