// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/reasonfilter.h"

#include "core/labels.h"

namespace Parallax {

namespace {

quint32 bit(ChangeReason reason)
{
    return quint32(1) << unsigned(reason);
}

} // namespace

ReasonFilter ReasonFilter::of(const QList<ChangeReason> &reasons)
{
    ReasonFilter filter;
    for (const ChangeReason reason : reasons)
        filter.setChosen(reason, true);
    return filter;
}

QList<ChangeReason> ReasonFilter::allReasons()
{
    return { ChangeReason::Number, ChangeReason::Date, ChangeReason::Name, ChangeReason::Negation,
        ChangeReason::Modality, ChangeReason::Attribution, ChangeReason::Quote, ChangeReason::ClaimAdded,
        ChangeReason::ClaimDropped, ChangeReason::Opposite, ChangeReason::Content };
}

bool ReasonFilter::isChosen(ChangeReason reason) const
{
    return (m_chosen & bit(reason)) != 0;
}

void ReasonFilter::setChosen(ChangeReason reason, bool chosen)
{
    // None is not a reason one can follow: it only marks the other kinds.
    if (reason == ChangeReason::None)
        return;
    m_chosen = chosen ? (m_chosen | bit(reason)) : (m_chosen & ~bit(reason));
}

QList<ChangeReason> ReasonFilter::chosen() const
{
    QList<ChangeReason> reasons;
    for (const ChangeReason reason : allReasons()) {
        if (isChosen(reason))
            reasons.append(reason);
    }
    return reasons;
}

bool ReasonFilter::mutes(const Change &change) const
{
    return isActive() && change.kind == ChangeKind::Substantive && !isChosen(change.reason);
}

QStringList ReasonFilter::ids() const
{
    QStringList ids;
    for (const ChangeReason reason : chosen())
        ids.append(toString(reason));
    return ids;
}

ReasonFilter ReasonFilter::fromIds(const QStringList &ids)
{
    ReasonFilter filter;
    for (const ChangeReason reason : allReasons()) {
        if (ids.contains(toString(reason)))
            filter.setChosen(reason, true);
    }
    return filter;
}

} // namespace Parallax
