// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A hand-made comparison whose substantive changes carry reasons, for the tests of the reason filter,
// the reason counts and where they are shown. Every change is stated here, not found by the engine.

#include "comparisonfixture.h"

namespace Parallax::Fixture {

inline Change withReason(Change change, ChangeReason reason)
{
    change.reason = reason;
    return change;
}

// Base "Wire", versions "Daily" and "Herald". Rows and substantive changes:
// 0 Daily: number ("About 300" -> "More than 400"), date ("Monday" -> "Tuesday")
// 1 Daily: name ("Anna" -> "Karl"), negation ("not" dropped); Herald: wording ("said" -> "stated")
// 2 Daily: modality ("will" -> "may"); Herald: date ("May" -> "June")
// 3 Daily: number ("20" added); Herald: number ("500" added)
// Daily: 6 substantive (2 number, 1 date, 1 name, 1 negation, 1 modality); Herald: 2 (1 date, 1 number).
inline Comparison harbourStory()
{
    Comparison c;
    c.title = u"Harbour to reopen"_s;
    c.base = 0;
    c.versions = {
        makeVersion(u"Wire"_s,
            { u"About 300 people attended the meeting on Monday."_s,
                u"Mayor Anna Berg said the plan would not raise taxes."_s,
                u"The harbour will reopen in May."_s, u"Officials expect more visitors."_s }),
        makeVersion(u"Daily"_s,
            { u"More than 400 people attended the meeting on Tuesday."_s,
                u"Mayor Karl Berg said the plan would raise taxes."_s, u"The harbour may reopen in May."_s,
                u"Officials expect 20 more visitors."_s }),
        makeVersion(u"Herald"_s,
            { u"About 300 people attended the meeting on Monday."_s,
                u"Mayor Anna Berg stated the plan would not raise taxes."_s,
                u"The harbour will reopen in June."_s, u"Officials expect 500 more visitors."_s }),
    };
    using S = CellStatus;
    c.rows = {
        makeRow({ 0, 0, 0 }, { S::Same, S::Changed, S::Same }),
        makeRow({ 1, 1, 1 }, { S::Same, S::Changed, S::Changed }),
        makeRow({ 2, 2, 2 }, { S::Same, S::Changed, S::Changed }),
        makeRow({ 3, 3, 3 }, { S::Same, S::Changed, S::Changed }),
    };
    const ChangeKind sub = ChangeKind::Substantive;
    c.changes = {
        withReason(makeChange(c, 1, 0, sub, u"About 300"_s, u"More than 400"_s), ChangeReason::Number),
        withReason(makeChange(c, 1, 0, sub, u"Monday"_s, u"Tuesday"_s), ChangeReason::Date),
        withReason(makeChange(c, 1, 1, sub, u"Anna"_s, u"Karl"_s), ChangeReason::Name),
        withReason(makeChange(c, 1, 1, sub, u"not "_s, QString()), ChangeReason::Negation),
        makeChange(c, 2, 1, ChangeKind::Wording, u"said"_s, u"stated"_s),
        withReason(makeChange(c, 1, 2, sub, u"will"_s, u"may"_s), ChangeReason::Modality),
        withReason(makeChange(c, 2, 2, sub, u"May"_s, u"June"_s), ChangeReason::Date),
        withReason(makeChange(c, 1, 3, sub, QString(), u"20 "_s), ChangeReason::Number),
        withReason(makeChange(c, 2, 3, sub, QString(), u"500 "_s), ChangeReason::Number),
    };
    // The dropped "not" leaves a caret where it stood, before "raise".
    Change &negation = c.changes[3];
    negation.start = negation.end = c.versions.at(1).text.indexOf(u"raise taxes"_s);
    c.similarity = { { 1.0, 0.6, 0.8 }, { 0.6, 1.0, 0.5 }, { 0.8, 0.5, 1.0 } };
    c.baseShare = { 1.0, 1.0, 1.0 };
    c.ownShare = { 0.0, 0.0, 0.0 };
    return c;
}

} // namespace Parallax::Fixture
