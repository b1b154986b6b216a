// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/gapfallback_p.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Parallax::Internal {

namespace {

// A term held by more rows than this says little about which row a sentence belongs to.
constexpr qsizetype MaxRowsPerTerm = 32;
// Rows compared with one sentence, those sharing the most terms first.
constexpr size_t MaxCandidates = 8;

} // namespace

QList<std::pair<int, int>> greedyGapMatches(const QList<QList<StorySimilarity::Bag>> &rowBags,
    const std::function<const StorySimilarity::Bag &(int)> &sentenceBag, int sentences,
    const std::function<double(int, int)> &similarity, double floor)
{
    const int rows = int(rowBags.size());
    QHash<int, QList<int>> postings; // term -> rows holding it, in order
    for (int i = 0; i < rows; ++i)
        for (const StorySimilarity::Bag &cell : rowBags.at(i))
            for (const int t : cell.terms) {
                QList<int> &p = postings[t];
                if (p.size() <= MaxRowsPerTerm && (p.isEmpty() || p.back() != i))
                    p.append(i);
            }
    std::vector<int> shared(size_t(rows), 0);
    std::vector<int> touched;
    QList<std::pair<int, int>> pairs; // (sentence, row), in sentence order
    for (int j = 0; j < sentences; ++j) {
        touched.clear();
        for (const int t : sentenceBag(j).terms) {
            const auto it = postings.constFind(t);
            if (it == postings.constEnd() || it->size() > MaxRowsPerTerm)
                continue;
            for (const int i : *it)
                if (shared[size_t(i)]++ == 0)
                    touched.push_back(i);
        }
        const size_t keep = std::min(MaxCandidates, touched.size());
        std::partial_sort(
            touched.begin(), touched.begin() + qsizetype(keep), touched.end(), [&](int a, int b) {
                return shared[size_t(a)] > shared[size_t(b)]
                    || (shared[size_t(a)] == shared[size_t(b)] && a < b);
            });
        double best = floor;
        int bestRow = -1;
        for (size_t c = 0; c < keep; ++c) {
            const double s = similarity(touched[c], j);
            if (s > best || (s == best && bestRow < 0)) {
                best = s;
                bestRow = touched[c];
            }
        }
        for (const int i : touched)
            shared[size_t(i)] = 0;
        if (bestRow >= 0)
            pairs.append({ j, bestRow });
    }
    // The longest chain with rows increasing (patience sorting), as (row, sentence).
    QList<int> tails, tailIndex, previous(pairs.size(), -1);
    for (int p = 0; p < pairs.size(); ++p) {
        const int r = pairs.at(p).second;
        const auto it = std::lower_bound(tails.begin(), tails.end(), r);
        const int pos = int(it - tails.begin());
        if (it == tails.end()) {
            tails.append(r);
            tailIndex.append(p);
        } else {
            *it = r;
            tailIndex[pos] = p;
        }
        previous[p] = pos > 0 ? tailIndex.at(pos - 1) : -1;
    }
    QList<std::pair<int, int>> chain;
    for (int p = tailIndex.isEmpty() ? -1 : tailIndex.last(); p >= 0; p = previous.at(p))
        chain.append({ pairs.at(p).second, pairs.at(p).first });
    std::reverse(chain.begin(), chain.end());
    return chain;
}

} // namespace Parallax::Internal
