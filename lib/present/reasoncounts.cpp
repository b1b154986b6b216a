// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/reasoncounts.h"

#include "core/labels.h"
#include "present/reasonfilter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

QList<ChangeReason> ReasonCounts::reasons() const
{
    QList<ChangeReason> present;
    for (const ChangeReason reason : ReasonFilter::allReasons()) {
        if (count(reason) > 0)
            present.append(reason);
    }
    std::stable_sort(present.begin(), present.end(),
        [this](ChangeReason a, ChangeReason b) { return count(a) > count(b); });
    return present;
}

QString ReasonCounts::describe() const
{
    QStringList parts;
    for (const ChangeReason reason : reasons()) {
        //: A count of substantive changes and their reason: "5 number", "2 quoted words"
        parts.append(tr("%1 %2").arg(count(reason)).arg(label(reason)));
    }
    // Changes without a reason (an older report, say) are counted but have no word of their own.
    if (const int other = count(ChangeReason::None); other > 0)
        parts.append(tr("%n other", nullptr, other));
    return parts.join(u", "_s);
}

QString ReasonCounts::summary() const
{
    if (total == 0)
        return tr("no substantive change");
    const QString head = tr("%n substantive", nullptr, total);
    const QString details = describe();
    return details.isEmpty() ? head : tr("%1: %2").arg(head, details);
}

ReasonCounts ReasonCounts::of(const Comparison &comparison, int version)
{
    ReasonCounts counts;
    counts.byReason.fill(0, qsizetype(ChangeReason::Content) + 1);
    for (const Change &change : comparison.changes) {
        if (change.version != version || change.kind != ChangeKind::Substantive)
            continue;
        ++counts.total;
        const auto index = qsizetype(change.reason);
        if (index >= 0 && index < counts.byReason.size())
            ++counts.byReason[index];
    }
    return counts;
}

} // namespace Parallax
