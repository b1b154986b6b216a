// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The revisions over time in the reports: each version against its predecessor (Comparison::steps) and
// the editors' notices (corrections, updates) that tell announced corrections from stealth edits.
namespace Parallax::Internal {

// JSON: the steps in time order, each with its predecessor named, its counts, its changes relative to
// the predecessor, its new notices and whether it is a stealth edit (docs/report-schema.md,
// "againstPrevious"); empty when the comparison has no steps.
QJsonArray againstPreviousJson(const Comparison &c);
// JSON: every notice sentence of every version (or, with `stamps`, every update stamp); empty when
// there is none.
QJsonArray noticesJson(const Comparison &c, bool stamps = false);

// A version's date as the summaries show it, with where it comes from when that is only the file's
// modification time ("file date") or its name ("from the file name").
QString dateLabel(const Version &version);

// The summaries' "Revisions over time" table, as plain text cells (each summary escapes and styles
// them): one row per version in time order. Empty rows when the comparison has no steps.
struct RevisionTable
{
    QString title;
    QString intro;
    QStringList headers;
    QList<QStringList> rows;
    QList<bool> stealth; // per row: a stealth edit (marked by the summaries)
};
RevisionTable revisionTable(const Comparison &c);
// The table's rows in a summary's markup: `escape` makes a text safe, `cell` wraps a cell's escaped
// content (`count`: a number, aligned as such). Line breaks become <br/>; a stealth edit's notice is bold.
QString revisionRows(const RevisionTable &table, const std::function<QString(const QString &)> &escape,
    const std::function<QString(const QString &content, bool count)> &cell);

// The summaries' words for what the changes are measured against. A report of the view against the
// previous version (AgainstPrevious::view: the steps kept, the earliest version standing as the base)
// says "against the previous version" where the others say "against the base".
bool measuredAgainstPrevious(const Comparison &c);
QString changesHeading(const Comparison &c); // "Changes against the base"
QString baseRowNote(const Comparison &c); // "the base: the others are measured against it"
QString baseMark(const Comparison &c); // "base"
QString keepsHeading(const Comparison &c); // "Keeps of the base"
QString ownHeading(const Comparison &c); // "Own sentences"
// The summary's first sentence; %2 stands for the base's (or the earliest version's) name.
QString summaryIntro(const Comparison &c, int versionCount);
// Said in the legend against the previous version: the rows stay the comparison's; empty otherwise.
QString rowsNote(const Comparison &c);

} // namespace Parallax::Internal
