// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Parallax {

// How many substantive changes of one version carry each reason: what the versions panel and the PDF
// summary count ("12 substantive: 5 number, 3 name, …").
struct ReasonCounts
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ReasonCounts)

public:
    int total = 0; // substantive changes, with or without a reason
    QList<int> byReason; // indexed by int(ChangeReason); None: substantive changes without a reason

    int count(ChangeReason reason) const { return byReason.value(qsizetype(reason), 0); }
    // The reasons that occur, most frequent first (ties in ReasonFilter::allReasons() order).
    QList<ChangeReason> reasons() const;
    // "5 number, 3 name, 2 quoted words": the reasons that occur, translated; empty when none.
    QString describe() const;
    // "12 substantive: 5 number, 3 name, 2 quoted words", or "no substantive change", translated.
    QString summary() const;

    // The substantive changes of `version` (the base has none of its own).
    static ReasonCounts of(const Comparison &comparison, int version);
};

} // namespace Parallax
