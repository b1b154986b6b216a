// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/gapfallback_p.h"

#include <algorithm>
#include <vector>

namespace Parallax::Internal {

namespace {

// A term held by more rows than this says little about which row a sentence belongs to.
constexpr qsizetype MaxRowsPerTerm = 32;
// Rows compared with one sentence, those sharing the most terms first.
constexpr size_t MaxCandidates = 8;

// The items (rows or sentences) that hold each term, in item order: one array of (term, item) grouped by
// term, cheaper to build and to read than a hash of lists. Where the terms' ids are dense enough, a table
// of where each term's entries start finds them in one step (a gap's cells ask for every synonym of every
// term, most of which no item holds); otherwise a binary search does.
class Postings
{
public:
    struct Entry
    {
        int term, item;
    };

    template<typename Terms> Postings(int items, Terms termsOf)
    {
        for (int j = 0; j < items; ++j)
            for (int t : termsOf(j))
                m_entries.push_back({ t, j });
        if (m_entries.empty())
            return;
        const auto [lo, hi] = std::minmax_element(m_entries.cbegin(), m_entries.cend(),
            [](const Entry &a, const Entry &b) { return a.term < b.term; });
        const qsizetype range = qsizetype(hi->term) - lo->term + 1;
        // A table of a few times the entries' size costs less than their sort; a sparse story's range
        // (many terms, a small gap) would cost more than it saves.
        if (range > 4 * qsizetype(m_entries.size()) + 1024) {
            std::stable_sort(m_entries.begin(), m_entries.end(),
                [](const Entry &a, const Entry &b) { return a.term < b.term; });
            return;
        }
        // Counting sort by term: stable, so each term's items keep their order.
        m_first = lo->term;
        m_start.assign(size_t(range) + 1, 0);
        for (const Entry &e : m_entries)
            ++m_start[size_t(e.term - m_first) + 1];
        for (size_t k = 1; k < m_start.size(); ++k)
            m_start[k] += m_start[k - 1];
        std::vector<Entry> sorted(m_entries.size());
        std::vector<int> next(m_start.begin(), m_start.end() - 1);
        for (const Entry &e : m_entries)
            sorted[size_t(next[size_t(e.term - m_first)]++)] = e;
        m_entries = std::move(sorted);
    }

    // The entries of one term.
    std::pair<const Entry *, const Entry *> of(int term) const
    {
        const Entry *begin = m_entries.data(), *end = begin + m_entries.size();
        if (!m_start.empty()) {
            if (term < m_first || size_t(term - m_first) + 1 >= m_start.size())
                return { end, end };
            return { begin + m_start[size_t(term - m_first)], begin + m_start[size_t(term - m_first) + 1] };
        }
        const Entry *lo
            = std::lower_bound(begin, end, term, [](const Entry &e, int t) { return e.term < t; });
        const Entry *hi = lo;
        while (hi != end && hi->term == term)
            ++hi;
        return { lo, hi };
    }

private:
    std::vector<Entry> m_entries;
    // Where the table is used: per term from m_first on, the index of its first entry (and one past the
    // last term's end).
    int m_first = 0;
    std::vector<int> m_start;
};

} // namespace

QList<QList<int>> nearestRows(const QList<QList<StorySimilarity::Bag>> &rowBags,
    const std::function<const StorySimilarity::Bag &(int)> &sentenceBag, int sentences)
{
    const int rows = int(rowBags.size());
    // Term -> rows holding it, in order (each row once); a term of more than MaxRowsPerTerm rows is skipped.
    const Postings postings(rows, [&](int i) {
        QList<int> terms;
        for (const StorySimilarity::Bag &cell : rowBags.at(i))
            terms.append(cell.terms);
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        return terms;
    });
    std::vector<int> shared(size_t(rows), 0);
    std::vector<int> touched;
    QList<QList<int>> out(sentences);
    for (int j = 0; j < sentences; ++j) {
        touched.clear();
        for (const int t : sentenceBag(j).terms) {
            const auto [first, last] = postings.of(t);
            if (last - first > MaxRowsPerTerm)
                continue;
            for (const auto *e = first; e != last; ++e)
                if (shared[size_t(e->item)]++ == 0)
                    touched.push_back(e->item);
        }
        const size_t keep = std::min(MaxCandidates, touched.size());
        std::partial_sort(
            touched.begin(), touched.begin() + qsizetype(keep), touched.end(), [&](int a, int b) {
                return shared[size_t(a)] > shared[size_t(b)]
                    || (shared[size_t(a)] == shared[size_t(b)] && a < b);
            });
        out[j] = QList<int>(touched.begin(), touched.begin() + qsizetype(keep));
        for (const int i : touched)
            shared[size_t(i)] = 0;
    }
    return out;
}

QList<std::pair<int, int>> greedyGapMatches(const QList<QList<StorySimilarity::Bag>> &rowBags,
    const std::function<const StorySimilarity::Bag &(int)> &sentenceBag, int sentences,
    const std::function<double(int, int)> &similarity, double floor)
{
    const QList<QList<int>> nearest = nearestRows(rowBags, sentenceBag, sentences);
    QList<std::pair<int, int>> pairs; // (sentence, row), in sentence order
    for (int j = 0; j < sentences; ++j) {
        double best = floor;
        int bestRow = -1;
        for (const int row : nearest.at(j)) {
            const double s = similarity(row, j);
            if (s > best || (s == best && bestRow < 0)) {
                best = s;
                bestRow = row;
            }
        }
        if (bestRow >= 0)
            pairs.append({ j, bestRow });
    }
    // The longest chain with rows increasing, as (row, sentence).
    QList<std::pair<int, int>> chain;
    for (const auto &[sentence, row] : longestChainInOrder(pairs))
        chain.append({ row, sentence });
    return chain;
}

QList<std::pair<int, int>> longestChainInOrder(const QList<std::pair<int, int>> &pairs)
{
    QList<std::pair<int, int>> chain;
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
    for (int p = tailIndex.isEmpty() ? -1 : tailIndex.last(); p >= 0; p = previous.at(p))
        chain.append(pairs.at(p));
    std::reverse(chain.begin(), chain.end());
    return chain;
}

QList<QList<int>> reachableSentences(const StorySimilarity &story,
    const QList<QList<StorySimilarity::Bag>> &rowBags, int sentences,
    const std::function<const StorySimilarity::Bag &(int)> &sentenceBag, double floor)
{
    const Postings postings(sentences, [&](int j) -> const QList<int> & { return sentenceBag(j).terms; });
    // A bag without weight (no content words) can only be as similar as another without weight.
    QList<int> weightless;
    for (int j = 0; j < sentences; ++j)
        if (sentenceBag(j).weight <= 0)
            weightless.append(j);
    std::vector<double> acc(size_t(sentences), 0.0);
    std::vector<char> seen(size_t(sentences), 0), kept(size_t(sentences), 0);
    std::vector<int> touched;
    QList<QList<int>> out(rowBags.size());
    for (qsizetype i = 0; i < rowBags.size(); ++i) {
        QList<int> &row = out[i];
        auto keep = [&](int j) {
            if (!kept[size_t(j)]) {
                kept[size_t(j)] = 1;
                row.append(j);
            }
        };
        for (const StorySimilarity::Bag &c : rowBags.at(i)) {
            touched.clear();
            auto credit = [&](int term, double weight) {
                const auto [first, last] = postings.of(term);
                for (const auto *e = first; e != last; ++e) {
                    const auto j = size_t(e->item);
                    if (!seen[j]) {
                        seen[j] = 1;
                        touched.push_back(e->item);
                    }
                    acc[j] += weight;
                }
            };
            for (const int t : c.terms) {
                credit(t, story.termWeight(t));
                for (const int y : story.synonyms(t))
                    credit(y, StorySimilarity::SynonymCredit * story.termWeight(t));
            }
            for (const int j : touched) {
                if (2 * acc[size_t(j)] >= floor * (c.weight + sentenceBag(j).weight))
                    keep(j);
                acc[size_t(j)] = 0;
                seen[size_t(j)] = 0;
            }
            if (c.weight <= 0)
                for (const int j : std::as_const(weightless))
                    keep(j);
        }
        std::sort(row.begin(), row.end());
        for (const int j : std::as_const(row))
            kept[size_t(j)] = 0;
    }
    return out;
}

} // namespace Parallax::Internal
