// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/worddiff.h"

#include <QHash>

#include <vector>

namespace Parallax {

namespace {

// Past this many search rounds (each round allows one more deletion and one more insertion) the two
// sides have little in common: one replacement hunk says as much, and pathological input (two unrelated
// 1 MB lines) stays bounded in time and memory.
constexpr int MaxRounds = 2000;
constexpr size_t MaxSnakes = 4'000'000;

// Wu, Manber and Myers' O(NP) search ("An O(NP) sequence comparison algorithm", 1990) on a[0,n) x b[0,m),
// P being the number of deletions from the longer side: it explores about (D/2)^2 diagonals where
// Myers' greedy search explores D^2/2. Every snake is recorded in one buffer reused across calls, then
// the path is walked back into hunks.
void onp(const int *a, int n, const int *b, int m, int aOffset, int bOffset, QList<DiffHunk> &out)
{
    if (n == 0 && m == 0)
        return;
    if (n == 0 || m == 0) {
        out.append({ aOffset, aOffset + n, bOffset, bOffset + m });
        return;
    }
    // A is the shorter sequence; diagonal k = y - x.
    const bool swapped = n > m;
    const int *A = swapped ? b : a;
    const int *B = swapped ? a : b;
    const int M = swapped ? m : n, N = swapped ? n : m;
    const int delta = N - M;
    const int offset = M + 1;
    struct Snake
    {
        int x0, y0; // where the snake starts, after its one edit
        int prev; // the snake it continues, -1 for the first
        bool fromBelow; // reached from diagonal k-1: an element of B inserted
    };
    thread_local std::vector<int> fp, last;
    thread_local std::vector<Snake> snakes;
    fp.assign(size_t(M + N + 3), -1);
    last.assign(size_t(M + N + 3), -1);
    snakes.clear();
    auto snake = [&](int k) {
        const int below = fp[size_t(k - 1 + offset)] + 1, above = fp[size_t(k + 1 + offset)];
        const bool fromBelow = below > above;
        int y = fromBelow ? below : above;
        int x = y - k;
        const int x0 = x, y0 = y;
        while (x < M && y < N && A[x] == B[y]) {
            ++x;
            ++y;
        }
        snakes.push_back(
            { x0, y0, fromBelow ? last[size_t(k - 1 + offset)] : last[size_t(k + 1 + offset)], fromBelow });
        fp[size_t(k + offset)] = y;
        last[size_t(k + offset)] = int(snakes.size()) - 1;
    };
    int p = -1;
    do {
        ++p;
        if (p > MaxRounds || snakes.size() > MaxSnakes) {
            out.append({ aOffset, aOffset + n, bOffset, bOffset + m });
            return;
        }
        for (int k = -p; k <= delta - 1; ++k)
            snake(k);
        for (int k = delta + p; k >= delta + 1; --k)
            snake(k);
        snake(delta);
    } while (fp[size_t(delta + offset)] != N);

    thread_local std::vector<int> chain;
    chain.clear();
    for (int i = last[size_t(delta + offset)]; i >= 0; i = snakes[size_t(i)].prev)
        chain.push_back(i);
    const qsizetype firstNew = out.size();
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Snake &s = snakes[size_t(*it)];
        if (s.prev < 0 && s.x0 == 0 && s.y0 == 0)
            continue; // the origin: no edit before it
        // fromBelow: B[y0 - 1] was inserted before A[x0]; otherwise A[x0 - 1] was deleted before B[y0].
        bool del = !s.fromBelow;
        int ax = del ? s.x0 - 1 : s.x0;
        int by = del ? s.y0 : s.y0 - 1;
        if (swapped) {
            del = !del;
            std::swap(ax, by);
        }
        ax += aOffset;
        by += bOffset;
        DiffHunk *lastHunk = out.size() > firstNew ? &out.last() : nullptr;
        if (lastHunk && lastHunk->aEnd == ax && lastHunk->bEnd == by) {
            if (del)
                lastHunk->aEnd = ax + 1;
            else
                lastHunk->bEnd = by + 1;
        } else {
            out.append(del ? DiffHunk { ax, ax + 1, by, by } : DiffHunk { ax, ax, by, by + 1 });
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
    onp(a.constData() + prefix, n - prefix - suffix, b.constData() + prefix, m - prefix - suffix, prefix,
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
