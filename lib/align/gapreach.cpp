// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/gapreach_p.h"

#include "align/roles.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Parallax::Internal {

namespace {

// The gap's sentences that hold each term, as (term, sentence) sorted by term: the gap's own size, read
// once per row cell term.
class SentenceTerms
{
public:
    SentenceTerms(const StorySimilarity &story, int version, int s0, int m)
    {
        for (int j = 0; j < m; ++j)
            for (const int t : story.bag(version, s0 + j).terms)
                m_entries.push_back({ t, j });
        std::sort(m_entries.begin(), m_entries.end());
    }

    template<typename Visit> void forEach(int term, Visit visit) const
    {
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), std::pair<int, int>(term, -1));
        for (; it != m_entries.end() && it->first == term; ++it)
            visit(it->second);
    }

private:
    std::vector<std::pair<int, int>> m_entries;
};

} // namespace

bool gapMayMatch(const VersionPass &pass, int r0, int n, int s0, int m)
{
    const StorySimilarity &story = pass.story;
    QSet<QString> keys;
    QSet<int> headerRoles;
    bool weightless = false;
    for (int j = s0; j < s0 + m; ++j) {
        keys.insert(pass.sents.at(j).key);
        if (isHeaderRole(pass.role(pass.v, j)))
            headerRoles.insert(int(pass.role(pass.v, j)));
        weightless = weightless || story.bag(pass.v, j).weight <= 0;
    }
    const SentenceTerms terms(story, pass.v, s0, m);
    // The weight each sentence could share with one cell (synonyms counted as StorySimilarity::shared
    // counts them at most), as reachableSentences (align/gapfallback_p.h) bounds it.
    std::vector<double> shared(size_t(m), 0.0);
    std::vector<int> touched;
    for (int i = 0; i < n; ++i) {
        const BuildRow &row = pass.rows.at(r0 + i);
        const SentenceRole role = pass.rowRole(row);
        if (isHeaderRole(role) && headerRoles.contains(int(role)))
            return true;
        for (int w = 0; w < pass.nv; ++w) {
            if (w == pass.v || row.cells.at(w) < 0)
                continue;
            if (row.spans.at(w) == 1 && keys.contains(pass.in.profiles.at(w).at(row.cells.at(w)).key))
                return true;
            const StorySimilarity::Bag cell = story.bag(w, row.cells.at(w), row.spans.at(w));
            if (cell.weight <= 0 && weightless)
                return true;
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
                for (const int y : story.synonyms(t))
                    credit(y, StorySimilarity::SynonymCredit * story.termWeight(t));
            }
            bool reached = false;
            for (const int j : touched) {
                reached = reached
                    || 2 * shared[size_t(j)] >= WeakFloor * (cell.weight + story.bag(pass.v, s0 + j).weight);
                shared[size_t(j)] = 0;
            }
            if (reached)
                return true;
        }
    }
    return false;
}

} // namespace Parallax::Internal
