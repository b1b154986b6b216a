// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "text/corrections.h"

#include <QDateTime>

#include <functional>

namespace Parallax::AgainstPrevious {

// Each version against its predecessor in time order (VersionDate::timeOrder), NewsDiffs' view of a
// story's revisions: the two versions aligned and their changes classified by the pipeline's own
// aligner and classifier, the changes placed in the comparison's rows. The earliest version comes first
// with no predecessor. The versions' roles must be assigned (compareVersions does). Empty when canceled.
QList<VersionStep> measure(const Comparison &c, const std::function<bool()> &isCanceled = {});

// The comparison as read against the previous version: every column's statuses and highlighted
// changes are its step's (added, absent, changed, moved against its predecessor), and the earliest
// version, which has none, is the base. The rows stay the comparison's. The shares are the steps':
// baseShare what a version keeps of its predecessor, ownShare the share of its sentences new since then.
// Needs c.steps (measure()).
Comparison view(const Comparison &c);

// The step of a version in c.steps; nullptr when there is none.
const VersionStep *stepOf(const Comparison &c, int version);

// A sentence of a version that is an editor's notice (Corrections::noticeOf).
struct NoticeSentence
{
    int sentence = 0;
    Corrections::Notice notice = Corrections::Notice::None;
};
// Update stamps ("Updated 14:02 GMT") are no notices: see stamps().
QList<NoticeSentence> notices(const Version &version);
// A version's update stamps (Corrections::Notice::Stamp), listed apart from the notices.
QList<NoticeSentence> stamps(const Version &version);
// The update stamps of a step's version that its predecessor does not carry word for word: a new time
// on the page, which by itself announces no change.
QList<NoticeSentence> newStamps(const Comparison &c, const VersionStep &step);
// The notices of a step's version that its predecessor does not carry word for word: what this
// revision announces. For the earliest version, all its notices.
QList<NoticeSentence> newNotices(const Comparison &c, const VersionStep &step);
// A revision that changes the story (a sentence added or removed, or a change of wording or substance)
// and announces nothing: no new notice (a new update stamp is none).
bool isStealthEdit(const Comparison &c, const VersionStep &step);

// How much a revision changed, 0..1, as the timelines draw it: the share of its predecessor's words it
// does not keep, or of the predecessor's sentences it touched (added, removed, reworded, moved) if that
// says more. 0 for the earliest version.
double changeShare(const Comparison &c, const VersionStep &step);

// Where versions stand on a time axis from left to right, given their moments in time order: placed by
// their time between the earliest and the latest, the undated (invalid moments) a step apart, evenly
// where the times say nothing; markers closer than minGap pushed apart in order, and pulled back from
// the right edge as far as that pushes them past it; every position stays within [left, right].
QList<double> timePositions(const QList<QDateTime> &moments, double left, double right, double minGap);

} // namespace Parallax::AgainstPrevious
