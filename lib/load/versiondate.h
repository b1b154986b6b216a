// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Parallax::VersionDate {

// The date a file name carries, as ISO 8601: a Wayback-style 14-digit timestamp ("20230619123456"), an
// ISO date with or without its time ("2023-06-19", "2023-06-19T12:34") or a compact date ("20230619"),
// each standing apart from other digits and a real calendar date; empty when there is none.
QString fromFileName(const QString &fileName);

// Gives the version a date and says where it comes from (Version::dateSource), the first there is of: a
// web page's own metadata (published, else modified: "metadata") or an e-mail's Date: ("email"); a
// timestamp in the file name ("file-name"); a date the text states at its top, a dateline or an update
// stamp (TextDate::statedAtTop: "text"); a Word, OpenDocument or PDF file's own created or modified date
// ("document"); the file's modification time (modified, written as the time of the day in UTC:
// "file-date"). The version's text and sentences must be there.
void assign(Version &version, const QString &fileName, const QDateTime &modified);

// The moment a version's date names (ISO 8601 with or without its time or zone, or an e-mail's RFC 2822
// date); invalid when there is none or it cannot be read. A date without a time is its day's start, UTC.
QDateTime moment(const Version &version);

// The versions' indexes from the earliest to the latest by moment(); versions of one moment keep their
// order, and versions without a date come last, in their order.
QList<int> timeOrder(const QList<Version> &versions);

} // namespace Parallax::VersionDate
