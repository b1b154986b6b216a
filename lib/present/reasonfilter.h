// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>
#include <QStringList>

namespace Parallax {

// The reasons a reader chose to follow among the substantive changes ("only number and name
// changes"). A substantive change of another reason stays in the text but is muted: drawn faintly,
// never a cell's strongest change, never a navigation stop. With no reason chosen nothing is muted.
// A plain value, so that the window can keep it across comparisons and a saved session can store it
// (ids(), fromIds(): the JSON report's stable reason ids).
class ReasonFilter
{
public:
    ReasonFilter() = default;
    static ReasonFilter of(const QList<ChangeReason> &reasons);

    // Every reason a substantive change can carry, in the order menus and summaries list them.
    static QList<ChangeReason> allReasons();

    bool isActive() const { return m_chosen != 0; }
    bool isChosen(ChangeReason reason) const;
    void setChosen(ChangeReason reason, bool chosen);
    QList<ChangeReason> chosen() const;

    // A change is muted when a filter is set, the change is substantive and its reason is not chosen
    // (a substantive change without a reason included). Other kinds are never muted.
    bool mutes(const Change &change) const;

    QStringList ids() const;
    static ReasonFilter fromIds(const QStringList &ids); // unknown ids are ignored

    bool operator==(const ReasonFilter &) const = default;

private:
    quint32 m_chosen = 0; // one bit per ChangeReason
};

} // namespace Parallax
