// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/worddiff.h"

#include <QHash>

#include <vector>

namespace Parallax {

namespace {

constexpr int MaxEditDistance = 4000;

// Myers' greedy forward search on a[a0,a1) x b[b0,b1) with the furthest-reaching D-paths recorded per D,
// then a backtrack that emits hunks. Sentence pairs are short and alike, so D stays small.
void myers(const int *a, int n, const int *b, int m, int aOffset, int bOffset, QList<DiffHunk> &out)
{
    if (n == 0 && m == 0)
        return;
    if (n == 0 || m == 0) {
        out.append({ aOffset, aOffset + n, bOffset, bOffset + m });
        return;
    }
    // Past MaxEditDistance edits the two sides have little in common: one replacement hunk says as much,
    // and the search stays bounded (time O(N * D), memory O(D^2)) on pathological input.
    const int max = std::min(n + m, MaxEditDistance);
    const int offset = max + 1;
    std::vector<int> v(2 * max + 3, 0);
    // trace[d] holds the furthest x on diagonals -d..d before step d.
    std::vector<std::vector<int>> trace;
    int finalD = -1;
    for (int d = 0; d <= max && finalD < 0; ++d) {
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                x = v[offset + k + 1];
            else
                x = v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                finalD = d;
                break;
            }
        }
    }
    if (finalD < 0) {
        out.append({ aOffset, aOffset + n, bOffset, bOffset + m });
        return;
    }
    auto at = [&](int d, int k) { return trace[d][k + d]; };
    // Backtrack to edit operations, collected in reverse, then folded into hunks.
    struct Step
    {
        int x, y;
        bool del; // deletion from a (else insertion from b)
    };
    std::vector<Step> steps;
    int x = n, y = m;
    for (int d = finalD; d > 0; --d) {
        const int k = x - y;
        // Diagonals k-1 and k+1 of step d-1 lie within -(d-1)..(d-1) whenever they were used.
        int prevK;
        if (k == -d || (k != d && at(d, k - 1) < at(d, k + 1)))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = at(d, prevK);
        const int prevY = prevX - prevK;
        x = prevX;
        y = prevY;
        steps.push_back({ prevX, prevY, prevK == k - 1 });
    }
    const qsizetype firstNew = out.size();
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        const int ax = it->x + aOffset;
        const int by = it->y + bOffset;
        DiffHunk *last = out.size() > firstNew ? &out.last() : nullptr;
        if (it->del) {
            if (last && last->aEnd == ax && last->bEnd == by)
                last->aEnd = ax + 1;
            else
                out.append({ ax, ax + 1, by, by });
        } else {
            if (last && last->aEnd == ax && last->bEnd == by)
                last->bEnd = by + 1;
            else
                out.append({ ax, ax, by, by + 1 });
        }
    }
}

} // namespace

QList<DiffHunk> WordDiff::diff(const QList<int> &a, const QList<int> &b)
{
    QList<DiffHunk> hunks;
    int n = int(a.size()), m = int(b.size());
    int prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix])
        ++suffix;
    myers(a.constData() + prefix, n - prefix - suffix, b.constData() + prefix, m - prefix - suffix, prefix,
        prefix, hunks);
    return hunks;
}

int TokenInterner::intern(const QString &key)
{
    auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_ids.size());
    m_ids.insert(key, id);
    return id;
}

TokenizedText TokenInterner::tokenize(QStringView text)
{
    TokenizedText t;
    t.text = text;
    t.tokens = Tokenizer::tokenize(text);
    t.keys.reserve(t.tokens.size());
    for (const Token &tok : std::as_const(t.tokens))
        t.keys.append(
            intern(TypographyNormalizer::tokenKey(text.mid(tok.start, tok.end - tok.start), tok.type)));
    return t;
}

} // namespace Parallax
