// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/rowtexts_p.h"

#include "align/sentencealigner.h"

#include <algorithm>
#include <cstring>

namespace Parallax::Internal {

bool RowTexts::sameText(const Cell &a, int version, int sentence) const
{
    // Copies of one text share their data (SentenceAligner::setVersions): most compare by address, the
    // others by hash before their characters.
    const SentenceProfile &p = profiles.at(a.version).at(a.sentence);
    const SentenceProfile &q = profiles.at(version).at(sentence);
    return p.key.constData() == q.key.constData() || (p.keyHash == q.keyHash && p.key == q.key);
}

RowTexts::Cells RowTexts::distinct(
    const QList<QList<SentenceProfile>> &profiles, const BuildRow &row, int skip)
{
    Cells out;
    const int nv = int(row.cells.size());
    for (int w = 0; w < nv; ++w) {
        const int cell = row.cells[w];
        if (w == skip || cell < 0)
            continue;
        if (row.spans[w] == 1) {
            const SentenceProfile &p = profiles.at(w).at(cell);
            if (std::any_of(out.cbegin(), out.cend(), [&](const Cell &c) {
                    if (c.span != 1)
                        return false;
                    const SentenceProfile &q = profiles.at(c.version).at(c.sentence);
                    return q.key.constData() == p.key.constData()
                        || (q.keyHash == p.keyHash && q.key == p.key);
                }))
                continue;
        }
        out.append({ w, cell, row.spans[w] });
    }
    return out;
}

namespace {

// Whether a[from, to) == b[from, to), as one comparison of memory (QList's operator== goes element by
// element, and every row is checked in each pass).
bool sameInts(const QList<int> &a, const QList<int> &b, qsizetype from, qsizetype to)
{
    return to <= from
        || std::memcmp(a.constData() + from, b.constData() + from, size_t(to - from) * sizeof(int)) == 0;
}

} // namespace

bool RowTexts::current(const Entry &e, const BuildRow &row)
{
    const qsizetype n = row.cells.size();
    return e.cells.size() == n && e.spans.size() == row.spans.size() && sameInts(e.cells, row.cells, 0, n)
        && sameInts(e.spans, row.spans, 0, row.spans.size());
}

RowTexts::Entry RowTexts::entry(const BuildRow &row, Cells distinct)
{
    // Copies of their own: a list shared with the row would make each write to the row, and each read
    // through a row that is not const, copy it.
    return { QList<int>(row.cells.cbegin(), row.cells.cend()),
        QList<int>(row.spans.cbegin(), row.spans.cend()), std::move(distinct) };
}

const RowTexts::Cells &RowTexts::of(const BuildRow &row)
{
    auto it = entries.find(row.id);
    if (it == entries.end() || !current(*it, row))
        it = entries.insert(row.id, entry(row, distinct(profiles, row, -1)));
    return it->distinct;
}

void RowTexts::cellAdded(const BuildRow &row, int version)
{
    const auto it = entries.find(row.id);
    if (it == entries.end())
        return;
    // Current just before: equal to the row but for the new cell.
    const qsizetype n = row.cells.size();
    const auto equalBut = [&](const QList<int> &a, const QList<int> &b) {
        return a.size() == n && b.size() == n && sameInts(a, b, 0, version) && sameInts(a, b, version + 1, n);
    };
    if (it->cells.value(version, 0) >= 0 || !equalBut(it->cells, row.cells)
        || !equalBut(it->spans, row.spans)) {
        entries.erase(it);
        return;
    }
    Cells &cells = it->distinct;
    const int sentence = row.cells[version], span = row.spans[version];
    // In version order: the first version that has a one-sentence text holds it.
    qsizetype at = 0;
    while (at < cells.size() && cells[at].version < version)
        ++at;
    bool add = true;
    for (qsizetype k = 0; k < cells.size() && span == 1; ++k) {
        if (cells[k].span != 1 || !sameText(cells[k], version, sentence))
            continue;
        if (k < at)
            add = false;
        else
            cells.remove(k);
        break;
    }
    if (add)
        cells.insert(at, { version, sentence, span });
    it->cells[version] = sentence;
    it->spans[version] = span;
}

void RowTexts::prune(const QList<BuildRow> &rows)
{
    if (entries.size() <= 2 * rows.size())
        return;
    QHash<int, Entry> kept;
    kept.reserve(rows.size());
    for (const BuildRow &row : rows) {
        const auto it = entries.constFind(row.id);
        if (it != entries.cend())
            kept.insert(row.id, *it);
    }
    entries = std::move(kept);
}

} // namespace Parallax::Internal
