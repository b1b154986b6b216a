// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax {

// The summary of a batch run (`parallax batch`, docs/scaling.md): one CSV line per story, made from the
// story's comparison when the run compares it, else from its JSON report as written to disk, so that a
// run resumed after an interruption summarises exactly what an uninterrupted run would. Columns:
//     story, status, versions, base, kept_mean, kept_lowest, typography, spelling, wording, substantive,
//     added, absent, moved, quote_groups, quote_divergences, unread_files, error
// status is "ok" or "failed" (error then says why: the story could not be compared or its report not
// written). kept_* are the shares of the base's words the other versions keep (the JSON's baseShare),
// their mean and lowest, with three decimals. typography ... substantive count the classified changes by
// kind; added, absent and moved count the cells of non-base versions with that status; a quote group
// diverges when some version renders the quotation altered, truncated, extended or merged with another
// (a version merely lacking it is not a divergence); unread_files counts the files of the story that
// could not be read (the story is still compared when two versions remain).
// The CSV follows CsvReport's rules (RFC 4180, UTF-8 with a byte-order mark, formula cells guarded).
namespace BatchSummary {

QStringList columns();
// The line for a story whose report is `report` (the JSON object JsonReport writes).
QStringList fromReport(const QString &story, const QJsonObject &report);
// The same line from the comparison the report is written from (with the versions named as in the
// report): a run summarises the stories it compares without reading their reports back, which for many
// long versions would hold a document tree several times the report's size.
QStringList fromComparison(const QString &story, const Comparison &comparison);
// The line for a story that failed: no report exists.
QStringList failed(const QString &story, const QString &error);
QByteArray toCsv(const QList<QStringList> &lines);

} // namespace BatchSummary

} // namespace Parallax
