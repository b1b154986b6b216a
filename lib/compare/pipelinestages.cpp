// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/pipelinestages_p.h"

#include "align/changeclassifier.h"
#include "align/sentencealigner.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace Parallax::Internal {

QThreadPool *innerPool()
{
    static QThreadPool pool;
    return &pool;
}

namespace {

// A pair of sentences' changes, kept for the other versions of a group that carry the same two texts (a
// revision series repeats each edit in every later revision), with the words of each change (their copies
// share the text). Where the classification read the version's whole text (the name rules ask whether it
// still has a dropped name), the questions it asked are kept with their answers: another version's text
// that answers them alike gets the same changes, one that does not has the pair classified again.
struct PairChanges
{
    QList<SentenceChange> changes;
    QStringList before, after;
    bool readDocument = false;
    QList<DocumentQuery> queries;
};
using KnownChanges = QHash<std::pair<QStringView, QStringView>, PairChanges>;

PairChanges pairChanges(QList<SentenceChange> changes, QStringView before, QStringView after)
{
    PairChanges out;
    for (const SentenceChange &sc : changes) {
        out.before.append(before.mid(sc.beforeStart, sc.beforeEnd - sc.beforeStart).toString());
        out.after.append(after.mid(sc.afterStart, sc.afterEnd - sc.afterStart).toString());
    }
    out.changes = std::move(changes);
    return out;
}

// The changes of one version against the base, in row order.
QList<Change> changesOfVersion(const Comparison &c, int v, ChangeClassifier &classifier, KnownChanges &known)
{
    QList<Change> out;
    const int base = c.base;
    const Version &baseVersion = c.versions.at(base);
    const Version &version = c.versions.at(v);
    bool documentsSet = false;
    for (const ClassifiedCell &cc : classifiedCells(c, v)) {
        const int r = cc.row;
        const int cell = cc.cell;
        const QStringView before = baseVersion.cellText(cc.baseCell, cc.baseSpan);
        const QStringView after = version.cellText(cell, cc.span);
        if (before == after)
            continue;
        // The documents are the same for every sentence of this version: their word keys are found once.
        auto setDocuments = [&] {
            if (!documentsSet) {
                classifier.setDocuments(baseVersion.text, version.text);
                documentsSet = true;
            }
        };
        const PairChanges *pair = nullptr;
        const auto found = known.constFind({ before, after });
        if (found != known.cend() && found->readDocument) {
            setDocuments();
            if (classifier.answersAlike(before, after, found->queries))
                pair = &*found;
        } else if (found != known.cend()) {
            pair = &*found;
        }
        if (!pair) {
            setDocuments();
            PairChanges computed = pairChanges(classifier.compare(before, after), before, after);
            computed.readDocument = classifier.readAfterDocument();
            if (computed.readDocument)
                computed.queries = classifier.afterDocumentQueries();
            // A pair asked again replaces its earlier answers: the next version is likelier to answer as
            // this one.
            pair = &*known.insert({ before, after }, std::move(computed));
        }
        const qsizetype baseOffset = baseVersion.sentences.at(cc.baseCell).start;
        const qsizetype offset = version.sentences.at(cell).start;
        for (qsizetype k = 0; k < pair->changes.size(); ++k) {
            const SentenceChange &sc = pair->changes.at(k);
            Change ch;
            ch.version = v;
            ch.row = r;
            ch.sentence = cell;
            ch.baseSentence = cc.baseCell;
            ch.kind = sc.kind;
            ch.reason = sc.reason;
            ch.before = pair->before.at(k);
            ch.after = pair->after.at(k);
            ch.baseStart = baseOffset + sc.beforeStart;
            ch.baseEnd = baseOffset + sc.beforeEnd;
            ch.start = offset + sc.afterStart;
            ch.end = offset + sc.afterEnd;
            out.append(std::move(ch));
        }
    }
    return out;
}

} // namespace

QList<ClassifiedCell> classifiedCells(const Comparison &c, int v)
{
    QList<ClassifiedCell> out;
    const int base = c.base;
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        const int cell = row.cells.at(v);
        const CellStatus status = row.status.at(v);
        if (cell < 0 || (status != CellStatus::Changed && status != CellStatus::Moved))
            continue;
        // A moved sentence is compared with its counterpart where the base has it.
        const AlignedRow &b = c.rows.at(status == CellStatus::Moved ? row.moveTarget.at(v) : r);
        if (b.cells.at(base) < 0)
            continue;
        out.append({ r, cell, row.spans.at(v), b.cells.at(base), b.spans.at(base) });
    }
    return out;
}

QList<Change> classifyChanges(const Comparison &c, qsizetype cellsPerGroup)
{
    const int nv = int(c.versions.size());
    QList<int> others;
    for (int v = 0; v < nv; ++v)
        if (v != c.base)
            others.append(v);
    return classifyChanges(c, others, cellsPerGroup);
}

QList<Change> classifyChanges(const Comparison &c, const QList<int> &others, qsizetype cellsPerGroup)
{
    if (others.isEmpty())
        return {};
    // Contiguous groups of versions, one classifier each, at most one group per thread. A classifier
    // keeps what it learnt of the base (its word keys, each sentence's tokens) for the next version, which
    // another group learns again: a group is worth it only for some hundreds of sentences to compare.
    qsizetype changedCells = 0;
    for (const AlignedRow &row : c.rows)
        for (const CellStatus status : row.status)
            changedCells += status == CellStatus::Changed || status == CellStatus::Moved;
    const int groups
        = int(std::clamp<qsizetype>(std::min<qsizetype>(QThreadPool::globalInstance()->maxThreadCount(),
                                        changedCells / std::max<qsizetype>(1, cellsPerGroup)),
            1, others.size()));
    QList<int> groupIndex(groups);
    std::iota(groupIndex.begin(), groupIndex.end(), 0);
    const QList<QList<QList<Change>>> perGroup
        = QtConcurrent::blockingMapped(innerPool(), groupIndex, [&](int g) {
              TokenInterner interner;
              ChangeClassifier classifier(interner);
              KnownChanges known;
              QList<QList<Change>> lists;
              const qsizetype first = others.size() * g / groups, last = others.size() * (g + 1) / groups;
              for (qsizetype k = first; k < last; ++k)
                  lists.append(changesOfVersion(c, others.at(k), classifier, known));
              return lists;
          });
    // Merged back into row order, versions in order within a row, as one loop over rows would give them.
    QList<const QList<Change> *> lists;
    qsizetype total = 0;
    for (const QList<QList<Change>> &group : perGroup)
        for (const QList<Change> &list : group) {
            lists.append(&list);
            total += list.size();
        }
    QList<Change> out;
    out.reserve(total);
    QList<qsizetype> next(lists.size(), 0);
    for (int r = 0; r < c.rows.size(); ++r)
        for (qsizetype k = 0; k < lists.size(); ++k)
            for (qsizetype &i = next[k]; i < lists[k]->size() && lists[k]->at(i).row == r; ++i)
                out.append(lists[k]->at(i));
    return out;
}

void measureSimilarity(Comparison &c, const SentenceAligner &aligner)
{
    const int nv = int(c.versions.size());
    const int base = c.base;
    QList<double> totals(nv, 0.0);
    for (int v = 0; v < nv; ++v)
        for (int s = 0; s < c.versions.at(v).sentences.size(); ++s)
            if (!aligner.profile(v, s).boilerplate)
                totals[v] += aligner.profile(v, s).weight;
    QList<QList<double>> shared(nv, QList<double>(nv, 0.0));
    QList<double> keptOfBase(nv, 0.0);
    QList<QList<int>> bags(nv);
    QList<double> weights(nv);
    // Per version: the first version of the row with the same bag and weight. Versions that carry a
    // sentence unchanged make most of a row; the similarity of two bags depends only on their contents,
    // so it is computed once per pair of distinct bags.
    QList<int> same(nv);
    QList<int> distinct;
    QList<double> pairSimilarity;
    for (const AlignedRow &row : std::as_const(c.rows)) {
        if (row.boilerplate)
            continue;
        distinct.clear();
        for (int v = 0; v < nv; ++v) {
            bags[v].clear();
            weights[v] = 0.0;
            same[v] = -1;
            if (row.cells.at(v) < 0)
                continue;
            bags[v] = aligner.bag(v, row.cells.at(v), row.spans.at(v), &weights[v]);
            for (int d : std::as_const(distinct))
                if (weights[d] == weights[v] && bags[d] == bags[v]) {
                    same[v] = d;
                    break;
                }
            if (same[v] < 0) {
                same[v] = v;
                distinct.append(v);
            }
        }
        const qsizetype nd = distinct.size();
        pairSimilarity.assign(nd * nd, 0.0);
        QList<int> slot(nv, -1);
        for (qsizetype a = 0; a < nd; ++a)
            slot[distinct[a]] = int(a);
        for (qsizetype a = 0; a < nd; ++a)
            for (qsizetype b = a; b < nd; ++b) {
                const int i = distinct[a], j = distinct[b];
                const double s = aligner.similarity(bags[i], weights[i], bags[j], weights[j]);
                pairSimilarity[a * nd + b] = s;
                pairSimilarity[b * nd + a] = s;
            }
        for (int i = 0; i < nv; ++i) {
            if (row.cells.at(i) < 0)
                continue;
            for (int j = i + 1; j < nv; ++j) {
                if (row.cells.at(j) < 0)
                    continue;
                const double common
                    = pairSimilarity[slot[same[i]] * nd + slot[same[j]]] * (weights[i] + weights[j]) / 2;
                shared[i][j] += common;
                shared[j][i] += common;
            }
        }
        // Moved sentences are kept content too.
        if (row.cells.at(base) >= 0) {
            for (int v = 0; v < nv; ++v) {
                if (v == base || row.cells.at(v) >= 0 || row.moveTarget.at(v) < 0)
                    continue;
                const AlignedRow &to = c.rows.at(row.moveTarget.at(v));
                double w = 0;
                const QList<int> moved = aligner.bag(v, to.cells.at(v), to.spans.at(v), &w);
                keptOfBase[v]
                    += aligner.similarity(bags[base], weights[base], moved, w) * (weights[base] + w) / 2;
            }
        }
    }
    c.similarity = QList<QList<double>>(nv, QList<double>(nv, 1.0));
    c.baseShare = QList<double>(nv, 1.0);
    c.ownShare = QList<double>(nv, 0.0);
    for (int i = 0; i < nv; ++i) {
        for (int j = 0; j < nv; ++j)
            if (i != j)
                c.similarity[i][j]
                    = totals[i] + totals[j] > 0 ? 2 * shared[i][j] / (totals[i] + totals[j]) : 0;
        if (i != base) {
            const double kept = shared[i][base] + keptOfBase[i];
            c.baseShare[i] = totals[base] > 0 ? std::min(1.0, kept / totals[base]) : 0;
            c.ownShare[i] = totals[i] > 0 ? std::max(0.0, 1.0 - kept / totals[i]) : 0;
        }
    }
}

} // namespace Parallax::Internal
