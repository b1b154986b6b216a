// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cells a version's pass compares a sentence with, per row (private to lib/align): every cell of
// several sentences, and each one-sentence text once, held by the first version (in version order) that
// has it. A row of a hundred revisions mostly holds a few texts, each carried on word for word; reading
// all its cells for every later version made the passes grow with rows x versions (issue 15). The
// cache keeps them across the passes and checks them against the row without reading its cells' texts.

#include "align/rowjoin_p.h"

#include <QHash>

namespace Parallax::Internal {

class RowTexts
{
public:
    struct Cell
    {
        int version = 0, sentence = 0, span = 0;
    };
    using Cells = QList<Cell>;

    explicit RowTexts(const QList<QList<SentenceProfile>> &profiles)
        : profiles(profiles)
    { }

    // A row's distinct cells but version `skip`'s, in version order, read from its cells.
    static Cells distinct(const QList<QList<SentenceProfile>> &profiles, const BuildRow &row, int skip);
    // The same from the cache, for a row without a cell of the pass's version. An entry keeps a copy of
    // the row's cell and span lists as they were when it was made, and is current while the row's lists
    // are equal to them (a comparison of two short arrays of integers, not of the cells' texts).
    const Cells &of(const BuildRow &row);
    // Called right after a pass gave `row` its cell of `version`: an entry that was current just before is
    // carried over with that one cell added, instead of reading the row again.
    void cellAdded(const BuildRow &row, int version);
    // Drops the entries of rows gone (once per pass).
    void prune(const QList<BuildRow> &rows);

private:
    struct Entry
    {
        QList<int> cells, spans;
        Cells distinct;
    };
    static bool current(const Entry &e, const BuildRow &row);
    static Entry entry(const BuildRow &row, Cells distinct);
    bool sameText(const Cell &a, int version, int sentence) const;

    const QList<QList<SentenceProfile>> &profiles;
    QHash<int, Entry> entries; // by row id
};

} // namespace Parallax::Internal
