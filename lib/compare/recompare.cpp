// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/recompare.h"

#include "compare/pipelinestages_p.h"

#include <QHash>

#include <algorithm>

namespace Parallax {

namespace {

using Internal::ClassifiedCell;
using Internal::classifiedCells;

// The text and sentence bounds the classification reads.
bool sameText(const Version &a, const Version &b)
{
    if (a.text != b.text || a.sentences.size() != b.sentences.size())
        return false;
    for (qsizetype s = 0; s < a.sentences.size(); ++s)
        if (a.sentences.at(s).start != b.sentences.at(s).start
            || a.sentences.at(s).end != b.sentences.at(s).end)
            return false;
    return true;
}

} // namespace

QList<Change> keptOrClassifiedChanges(
    const Comparison &previous, const Comparison &current, RecompareStats *stats)
{
    const int nv = int(current.versions.size());
    const int base = current.base;
    const bool sameBase = previous.versions.size() == current.versions.size() && previous.base == base
        && base >= 0 && sameText(previous.versions.at(base), current.versions.at(base));
    QList<QList<const Change *>> previousChanges(nv);
    if (sameBase) {
        for (const Change &ch : previous.changes)
            previousChanges[ch.version].append(&ch);
    }
    QList<int> classify;
    QList<Change> out;
    for (int v = 0; v < nv; ++v) {
        if (v == base)
            continue;
        if (!sameBase || !sameText(previous.versions.at(v), current.versions.at(v))) {
            classify.append(v);
            continue;
        }
        const QList<ClassifiedCell> before = classifiedCells(previous, v);
        const QList<ClassifiedCell> now = classifiedCells(current, v);
        bool same = before.size() == now.size();
        for (qsizetype k = 0; same && k < now.size(); ++k)
            same = before.at(k).sameCells(now.at(k));
        if (!same) {
            classify.append(v);
            continue;
        }
        // The same pairs of texts: the same changes, in rows renumbered.
        QHash<int, int> rowNow;
        for (qsizetype k = 0; k < now.size(); ++k)
            rowNow.insert(before.at(k).row, now.at(k).row);
        QList<Change> kept;
        for (const Change *ch : std::as_const(previousChanges.at(v))) {
            kept.append(*ch);
            kept.last().row = rowNow.value(ch->row, -1);
            // A change outside the cells classified is not the pipeline's: the version is classified anew.
            if (kept.last().row < 0)
                break;
        }
        if (!kept.isEmpty() && kept.last().row < 0) {
            classify.append(v);
            continue;
        }
        out.append(std::move(kept));
    }
    if (stats) {
        stats->classified = int(classify.size());
        stats->kept = nv - 1 - stats->classified;
    }
    if (classify.size() == nv - 1)
        return Internal::classifyChanges(current, classify);
    out.append(Internal::classifyChanges(current, classify));
    // In the pipeline's order: by row, within a row by version, a cell's changes as classified.
    std::stable_sort(out.begin(), out.end(), [](const Change &a, const Change &b) {
        return a.row != b.row ? a.row < b.row : a.version < b.version;
    });
    return out;
}

Comparison recompareVersions(const Comparison &previous, QList<Version> versions,
    const CompareOptions &options, QList<LoadError> errors, RecompareStats *stats)
{
    CompareOptions withKept = options;
    withKept.changes
        = [&previous, stats](const Comparison &c) { return keptOrClassifiedChanges(previous, c, stats); };
    return compareVersions(std::move(versions), withKept, std::move(errors));
}

Comparison recompareFiles(const Comparison &previous, const QStringList &paths, QList<Version> loaded,
    const CompareOptions &options, const FileLoader &load, RecompareStats *stats)
{
    CompareOptions withKept = options;
    withKept.changes
        = [&previous, stats](const Comparison &c) { return keptOrClassifiedChanges(previous, c, stats); };
    return compareFiles(paths, std::move(loaded), withKept, load);
}

} // namespace Parallax
