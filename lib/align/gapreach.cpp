// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/gapreach_p.h"

#include "align/roles.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Parallax::Internal {

namespace {

// The gap's sentences that hold each term, grouped by term and indexed by term id (counting sort): built
// in the gap's size plus its largest term id, read in constant time per row cell term.
class SentenceTerms
{
public:
    SentenceTerms(const StorySimilarity &story, int version, int s0, int m)
    {
        int last = -1;
        for (int j = 0; j < m; ++j)
            for (const int t : story.bag(version, s0 + j).terms)
                last = std::max(last, t);
        m_start.assign(size_t(last) + 2, 0);
        for (int j = 0; j < m; ++j)
            for (const int t : story.bag(version, s0 + j).terms)
                ++m_start[size_t(t) + 1];
        for (size_t t = 1; t < m_start.size(); ++t)
            m_start[t] += m_start[t - 1];
        m_sentences.resize(size_t(m_start.back()));
        std::vector<int> next(m_start.begin(), m_start.end() - 1);
        for (int j = 0; j < m; ++j)
            for (const int t : story.bag(version, s0 + j).terms)
                m_sentences[size_t(next[size_t(t)]++)] = j;
    }

    // Whether a sentence holds the term.
    bool holds(int term) const
    {
        return term >= 0 && size_t(term) + 1 < m_start.size()
            && m_start[size_t(term)] < m_start[size_t(term) + 1];
    }

    template<typename Visit> void forEach(int term, Visit visit) const
    {
        if (term < 0 || size_t(term) + 1 >= m_start.size())
            return;
        for (int k = m_start[size_t(term)]; k < m_start[size_t(term) + 1]; ++k)
            visit(m_sentences[size_t(k)]);
    }

private:
    std::vector<int> m_start; // per term id: where its sentences begin in m_sentences
    std::vector<int> m_sentences;
};

} // namespace

bool gapMayMatch(const VersionPass &pass, int r0, int n, int s0, int m, QList<int> *sharing)
{
    const StorySimilarity &story = pass.story;
    QSet<QString> keys;
    QSet<size_t> keyHashes; // looked up first: a row's key is hashed once, when it was profiled
    QSet<int> headerRoles;
    bool weightless = false;
    for (int j = s0; j < s0 + m; ++j) {
        keys.insert(pass.sents.at(j).key);
        keyHashes.insert(pass.sents.at(j).keyHash);
        if (isHeaderRole(pass.role(pass.v, j)))
            headerRoles.insert(int(pass.role(pass.v, j)));
        weightless = weightless || story.bag(pass.v, j).weight <= 0;
    }
    const SentenceTerms terms(story, pass.v, s0, m);
    // The weight each sentence could share with one cell (synonyms counted as StorySimilarity::shared
    // counts them at most), as reachableSentences (align/gapfallback_p.h) bounds it.
    std::vector<double> shared(size_t(m), 0.0);
    std::vector<int> touched;
    bool may = false;
    for (int i = 0; i < n; ++i) {
        const BuildRow &row = pass.rows.at(r0 + i);
        const SentenceRole role = pass.rowRole(row);
        if (isHeaderRole(role) && headerRoles.contains(int(role))) {
            if (!sharing)
                return true;
            may = true;
        }
        bool shares = false; // a cell of the row holds a term of a sentence
        for (int w = 0; w < pass.nv; ++w) {
            if (w == pass.v || row.cells.at(w) < 0)
                continue;
            if (may) {
                // The answer is known: only whether the row shares a term is still asked.
                if (!shares) {
                    const QList<int> &cellTerms = row.spans.at(w) == 1
                        ? story.bag(w, row.cells.at(w)).terms
                        : story.bag(w, row.cells.at(w), row.spans.at(w)).terms;
                    shares = std::any_of(
                        cellTerms.cbegin(), cellTerms.cend(), [&](int t) { return terms.holds(t); });
                }
                continue;
            }
            if (row.spans.at(w) == 1) {
                const SentenceProfile &p = pass.in.profiles.at(w).at(row.cells.at(w));
                if (keyHashes.contains(p.keyHash) && keys.contains(p.key)) {
                    if (!sharing)
                        return true;
                    may = true;
                }
            }
            StorySimilarity::Bag joined;
            if (row.spans.at(w) != 1)
                joined = story.bag(w, row.cells.at(w), row.spans.at(w));
            const StorySimilarity::Bag &cell = row.spans.at(w) == 1 ? story.bag(w, row.cells.at(w)) : joined;
            if (cell.weight <= 0 && weightless) {
                if (!sharing)
                    return true;
                may = true;
            }
            touched.clear();
            auto credit = [&](int term, double weight) {
                terms.forEach(term, [&](int j) {
                    if (shared[size_t(j)] == 0)
                        touched.push_back(j);
                    shared[size_t(j)] += weight;
                });
            };
            for (const int t : cell.terms) {
                credit(t, story.termWeight(t));
                shares = shares || terms.holds(t);
                for (const int y : story.synonyms(t))
                    credit(y, StorySimilarity::SynonymCredit * story.termWeight(t));
            }
            bool reached = false;
            for (const int j : touched) {
                reached = reached
                    || 2 * shared[size_t(j)] >= WeakFloor * (cell.weight + story.bag(pass.v, s0 + j).weight);
                shared[size_t(j)] = 0;
            }
            if (reached) {
                if (!sharing)
                    return true;
                may = true;
            }
        }
        if (sharing && shares)
            sharing->append(i);
    }
    return may;
}

} // namespace Parallax::Internal
