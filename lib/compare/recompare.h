// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparator.h"

namespace Parallax {

// Comparing again after some versions changed (a file edited on disk, a version renamed), keeping what
// still holds of the comparison before.
//
// What is redone and why: the alignment of every version. It cannot be redone for the changed version
// alone and still equal a full comparison: the aligner weighs each word by how rare it is over all the
// versions' sentences (StorySimilarity), so one version's new text reweighs every pair the others' passes
// matched by; it adds the versions one after another to shared rows, so every later version's pass reads
// the changed one's cells; and the base is the version most similar to all the others. A full run of the
// aligner is what keeps the result the one `parallax compare` gives (docs/alignment.md).
//
// What is kept: the changes inside sentences (classification, the larger part of a comparison of many
// revisions). A version's changes depend only on its text, the base's text and which of its sentences
// stand against which of the base's: where all three are as they were, its changes are the earlier ones
// with their rows renumbered. Only the changed versions, and those whose alignment against the base the
// new weights moved, are classified again; with a new base every version is.
struct RecompareStats
{
    int classified = 0; // versions (besides the base) whose changes were classified
    int kept = 0; // versions whose changes were taken from the earlier comparison
};

// compareVersions(versions, options, errors), with the changes of `previous` kept where they hold (see
// above): the result equals compareVersions' in every field. options.changes is replaced.
Comparison recompareVersions(const Comparison &previous, QList<Version> versions,
    const CompareOptions &options = {}, QList<LoadError> errors = {}, RecompareStats *stats = nullptr);

// The same as compareFiles(paths, loaded, options, load), with the changes of `previous` kept.
Comparison recompareFiles(const Comparison &previous, const QStringList &paths, QList<Version> loaded,
    const CompareOptions &options, const FileLoader &load, RecompareStats *stats = nullptr);

// The changes of `current` (rows made, changes not yet), those of `previous` kept where they hold.
QList<Change> keptOrClassifiedChanges(
    const Comparison &previous, const Comparison &current, RecompareStats *stats = nullptr);

} // namespace Parallax
