// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Parallax::TextDate {

// A date written out in English, German or French, with the time that follows it: "3 March 2026",
// "March 3, 2026", "3. März 2026", "3 mars 2026", "2026-03-03", "03.03.2026", then "20:15", "11.35 Uhr",
// "11h20" or "7:05 p.m." if given. Only dates with their year; US-style 03/04/2026 is ambiguous and not
// read.
struct Found
{
    qsizetype start = -1; // the span of the date (and its time) in the text
    qsizetype end = -1;
    QDateTime when; // the time's zone is unknown: local time; a date alone starts its day
    bool timed = false;
};
QList<Found> datesIn(QStringView text);

// The date the text states at its top, as ISO 8601 ("2026-03-03", "2026-10-13T20:15:00"); empty when it
// states none. Read from the first blocks (furniture included: loaders often mark datelines so): a
// line that is little more than a date ("PRESS RELEASE · For immediate release · 14 October 2026",
// "Updated: 13 October 2026, 20:15", "FOR IMMEDIATE RELEASE March 3, 2026") or a dateline opening a
// paragraph ("BERLIN, 3 March 2026 -- The ministry …"). The title's block is left out (a headline may
// name a day), and so are dates inside running text. Of several, the latest: an update stamp below a
// publication date says when this version was made.
QString statedAtTop(const Version &version);

} // namespace Parallax::TextDate
