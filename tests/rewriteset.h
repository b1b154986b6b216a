// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rewrite test set (tests/data/rewrites, format in its README.md): loading a story, its expected
// links, the links a comparison makes and the naive shared-words baseline. Shared by
// tst_rewrites and benchmarks/evaluate_rewrites.

#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <array>
#include <map>
#include <numeric>
#include <set>

namespace Parallax::RewriteSet {

using namespace Qt::StringLiterals;

// Two sentences of different versions said to say the same: (version, sentence, version, sentence),
// the lower version first.
using Link = std::array<int, 4>;
using Links = std::set<Link>;

struct Story
{
    QString name;
    QList<Version> versions;
    // Expected rows: per row, per version, the sentences of the version in the row (empty for none).
    QList<QList<QList<int>>> rows;
    QStringList rowLines; // the rows as written, for messages
};

inline Link makeLink(int v1, int s1, int v2, int s2)
{
    return v1 < v2 ? Link { v1, s1, v2, s2 } : Link { v2, s2, v1, s1 };
}

// The form in which a row's prefix is looked up: typography-normalised, lower case, leading quote marks
// and other punctuation left out.
inline QString matchKey(QStringView text)
{
    QString s = TypographyNormalizer::normalize(text).toLower().simplified();
    qsizetype i = 0;
    while (i < s.size() && !s.at(i).isLetterOrNumber())
        ++i;
    return s.mid(i);
}

inline QStringList storyFolders(const QString &root)
{
    QStringList out;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFile::exists(dir.filePath(name + u"/rows.expected"_s)))
            out.append(dir.filePath(name));
    return out;
}

// Loads the versions (every article file of the folder, in file name order) and resolves rows.expected.
inline bool loadStory(const QString &folder, Story *story, QString *error)
{
    story->name = QDir(folder).dirName();
    const QStringList files = collectArticleFiles({ folder }, nullptr);
    for (const QString &f : files) {
        LoadError e;
        auto v = ArticleLoader::loadFile(f, &e);
        if (!v) {
            *error = f + u": "_s + describeInEnglish(e);
            return false;
        }
        story->versions.append(std::move(*v));
    }
    QFile rowsFile(folder + u"/rows.expected"_s);
    if (!rowsFile.open(QIODevice::ReadOnly)) {
        *error = rowsFile.fileName() + u": cannot be read"_s;
        return false;
    }
    const int nv = int(story->versions.size());
    QList<QStringList> keys(nv);
    for (int v = 0; v < nv; ++v)
        for (int s = 0; s < story->versions.at(v).sentences.size(); ++s)
            keys[v].append(matchKey(story->versions.at(v).sentenceText(s)));
    const QStringList lines = QString::fromUtf8(rowsFile.readAll()).split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u" | "_s);
        const QString where = u"%1/rows.expected:%2: "_s.arg(folder).arg(n + 1);
        if (cells.size() != nv) {
            *error = where + u"%1 cells for %2 versions"_s.arg(cells.size()).arg(nv);
            return false;
        }
        QList<QList<int>> row(nv);
        for (int v = 0; v < nv; ++v) {
            const QString cell = cells.at(v).trimmed();
            if (cell == u"-"_s)
                continue;
            for (const QString &part : cell.split(u" + "_s)) {
                const QString prefix = matchKey(part);
                QList<int> found;
                for (int s = 0; s < keys.at(v).size(); ++s)
                    if (keys.at(v).at(s).startsWith(prefix))
                        found.append(s);
                if (found.size() != 1) {
                    *error = where
                        + u"\"%1\" matches %2 sentences of %3"_s.arg(part)
                              .arg(found.size())
                              .arg(story->versions.at(v).name);
                    return false;
                }
                row[v].append(found.first());
            }
        }
        story->rows.append(row);
        story->rowLines.append(line);
    }
    return true;
}

inline Links expectedLinks(const Story &story)
{
    Links out;
    for (const QList<QList<int>> &row : story.rows)
        for (int a = 0; a < row.size(); ++a)
            for (int b = a + 1; b < row.size(); ++b)
                for (int sa : row.at(a))
                    for (int sb : row.at(b))
                        out.insert(makeLink(a, sa, b, sb));
    return out;
}

// The links a comparison makes: every two sentences of different versions in one row; with moves, also
// a moved sentence with the sentences of the row its move points to; with merged-from links
// (AlignedRow::alsoRows), also a cell's sentences with those of the other rows it says (and, with moves,
// of the rows those are moved to or from).
inline Links predictedLinks(const Comparison &c, bool withMoves, bool withAlso = true)
{
    const int nr = int(c.rows.size());
    QList<int> parent(nr);
    std::iota(parent.begin(), parent.end(), 0);
    std::function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
    if (withMoves)
        for (int r = 0; r < nr; ++r)
            for (int t : c.rows.at(r).moveTarget)
                if (t >= 0)
                    parent[find(r)] = find(t);
    QHash<int, QList<std::pair<int, int>>> groups; // root -> (version, sentence)
    for (int r = 0; r < nr; ++r) {
        const AlignedRow &row = c.rows.at(r);
        for (int v = 0; v < row.cells.size(); ++v)
            for (int k = 0; row.cells.at(v) >= 0 && k < row.spans.at(v); ++k)
                groups[find(r)].append({ v, row.cells.at(v) + k });
    }
    Links out;
    for (const auto &g : std::as_const(groups))
        for (qsizetype a = 0; a < g.size(); ++a)
            for (qsizetype b = a + 1; b < g.size(); ++b)
                if (g.at(a).first != g.at(b).first)
                    out.insert(makeLink(g.at(a).first, g.at(a).second, g.at(b).first, g.at(b).second));
    for (int r = 0; withAlso && r < nr; ++r) {
        const AlignedRow &row = c.rows.at(r);
        for (int v = 0; v < row.alsoRows.size(); ++v)
            for (int u : row.alsoRows.at(v))
                for (const auto &[w, s] : std::as_const(groups[find(u)]))
                    for (int k = 0; w != v && k < row.spans.at(v); ++k)
                        out.insert(makeLink(v, row.cells.at(v) + k, w, s));
    }
    return out;
}

// The naive baseline: two sentences of different versions are linked when they share at least
// `threshold` of their distinct words (Dice over lower-case word types: 2 |A and B| / (|A| + |B|)).
inline Links naiveLinks(const QList<Version> &versions, double threshold = 0.3)
{
    QList<QList<QSet<QString>>> words(versions.size());
    for (qsizetype v = 0; v < versions.size(); ++v) {
        for (qsizetype s = 0; s < versions.at(v).sentences.size(); ++s) {
            const QString text = versions.at(v).sentenceText(s);
            QSet<QString> set;
            for (const Token &t : Tokenizer::tokenize(text))
                if (t.type == Token::Word || t.type == Token::Number)
                    set.insert(
                        TypographyNormalizer::normalize(QStringView(text).mid(t.start, t.end - t.start))
                            .toLower());
            words[v].append(set);
        }
    }
    Links out;
    for (int a = 0; a < versions.size(); ++a)
        for (int b = a + 1; b < versions.size(); ++b)
            for (int sa = 0; sa < words.at(a).size(); ++sa)
                for (int sb = 0; sb < words.at(b).size(); ++sb) {
                    const QSet<QString> &x = words.at(a).at(sa), &y = words.at(b).at(sb);
                    if (x.isEmpty() || y.isEmpty())
                        continue;
                    const double dice
                        = 2.0 * double(QSet<QString>(x).intersect(y).size()) / double(x.size() + y.size());
                    if (dice >= threshold)
                        out.insert(makeLink(a, sa, b, sb));
                }
    return out;
}

struct Score
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    void add(const Links &expected, const Links &predicted)
    {
        for (const Link &l : predicted)
            (expected.count(l) ? truePositives : falsePositives) += 1;
        for (const Link &l : expected)
            falseNegatives += predicted.count(l) ? 0 : 1;
    }
    double precision() const
    {
        return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0;
    }
    double recall() const
    {
        return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0;
    }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

// What kind of rewriting a link stands for, so that figures can be given per kind. Decided from the
// expected rows for an expected link and from the comparison's rows for a link only the comparison made:
// - Header: a headline, standfirst, byline or dateline (aligned by role);
// - Split / Merge: one sentence of the earlier version against two or more of the later one in a row
//   (Split), or the other way round, or a sentence that stands in two rows (Merge);
// - Reorder: a link that crosses others of the same two versions, outside their longest run in order
//   (for a made link: a move);
// - Copy: the same text; Paraphrase: everything else.
enum class LinkKind { Header, Copy, Paraphrase, Split, Merge, Reorder };
constexpr int LinkKindCount = 6;

inline const char *linkKindName(LinkKind k)
{
    switch (k) {
    case LinkKind::Header:
        return "header";
    case LinkKind::Copy:
        return "copy";
    case LinkKind::Paraphrase:
        return "paraphrase";
    case LinkKind::Split:
        return "split";
    case LinkKind::Merge:
        return "merge";
    case LinkKind::Reorder:
        return "reorder";
    }
    return "";
}

// The expected links that cross others: per pair of versions, those left out of a longest run of links
// in the order of both versions (a sentence moved, not the sentences it moved past).
inline Links reorderedLinks(const Links &expected)
{
    Links out;
    std::map<std::pair<int, int>, QList<std::pair<int, int>>> byPair;
    for (const Link &l : expected)
        byPair[{ l[0], l[2] }].append({ l[1], l[3] });
    for (auto &[versions, links] : byPair) {
        std::sort(links.begin(), links.end());
        // Longest run non-decreasing in the second version's sentences (patience sorting).
        QList<int> tails, tailIdx, prev(links.size(), -1);
        for (int p = 0; p < links.size(); ++p) {
            const auto it = std::upper_bound(tails.begin(), tails.end(), links[p].second);
            const int pos = int(it - tails.begin());
            if (it == tails.end()) {
                tails.append(links[p].second);
                tailIdx.append(p);
            } else {
                *it = links[p].second;
                tailIdx[pos] = p;
            }
            prev[p] = pos > 0 ? tailIdx[pos - 1] : -1;
        }
        QList<bool> inRun(links.size(), false);
        for (int p = tailIdx.isEmpty() ? -1 : tailIdx.last(); p >= 0; p = prev[p])
            inRun[p] = true;
        for (int p = 0; p < links.size(); ++p)
            if (!inRun[p])
                out.insert(makeLink(versions.first, links[p].first, versions.second, links[p].second));
    }
    return out;
}

// c: the comparison of story.versions (its versions carry the roles); reordered: reorderedLinks().
inline LinkKind linkKind(const Story &story, const Comparison &c, const Link &l, const Links &reordered)
{
    const int v1 = l[0], s1 = l[1], v2 = l[2], s2 = l[3];
    const Version &a = c.versions.at(v1), &b = c.versions.at(v2);
    const auto header = [](SentenceRole r) { return r != SentenceRole::Body && r != SentenceRole::Lede; };
    if (header(a.sentences.at(s1).role) || header(b.sentences.at(s2).role))
        return LinkKind::Header;
    // The expected rows holding both sentences, and every row's cells of the two versions.
    int expectedRow = -1, rowsOfS1 = 0, rowsOfS2 = 0;
    for (int r = 0; r < story.rows.size(); ++r) {
        const bool has1 = story.rows.at(r).at(v1).contains(s1), has2 = story.rows.at(r).at(v2).contains(s2);
        rowsOfS1 += has1 ? 1 : 0;
        rowsOfS2 += has2 ? 1 : 0;
        if (has1 && has2 && expectedRow < 0)
            expectedRow = r;
    }
    if (expectedRow >= 0) {
        const QList<QList<int>> &row = story.rows.at(expectedRow);
        if (row.at(v1).size() > 1 && row.at(v2).size() == 1)
            return LinkKind::Merge;
        if (row.at(v2).size() > 1)
            return LinkKind::Split;
        if (rowsOfS1 > 1 || rowsOfS2 > 1)
            return LinkKind::Merge;
        if (reordered.count(l))
            return LinkKind::Reorder;
    } else {
        for (const AlignedRow &row : c.rows) {
            const auto holds = [&](int v, int s) {
                return row.cells.at(v) >= 0 && row.cells.at(v) <= s && s < row.cells.at(v) + row.spans.at(v);
            };
            if (holds(v1, s1) && holds(v2, s2)) {
                if (row.spans.at(v1) > 1 && row.spans.at(v2) == 1)
                    return LinkKind::Merge;
                if (row.spans.at(v2) > 1)
                    return LinkKind::Split;
                break;
            }
            if (holds(v1, s1) || holds(v2, s2)) {
                if (row.moveTarget.at(v1) >= 0 || row.moveTarget.at(v2) >= 0)
                    return LinkKind::Reorder;
            }
        }
    }
    if (matchKey(a.sentenceText(s1)) == matchKey(b.sentenceText(s2)))
        return LinkKind::Copy;
    return LinkKind::Paraphrase;
}

// Scores per link kind.
struct KindScores
{
    std::array<Score, LinkKindCount> scores;
    void add(const Story &story, const Comparison &c, const Links &expected, const Links &predicted)
    {
        const Links reordered = reorderedLinks(expected);
        const auto linkKind = [&](const Story &s, const Comparison &cmp, const Link &l) {
            return RewriteSet::linkKind(s, cmp, l, reordered);
        };
        for (const Link &l : predicted)
            if (expected.count(l))
                ++scores[size_t(linkKind(story, c, l))].truePositives;
            else
                ++scores[size_t(linkKind(story, c, l))].falsePositives;
        for (const Link &l : expected)
            if (!predicted.count(l))
                ++scores[size_t(linkKind(story, c, l))].falseNegatives;
    }
};

} // namespace Parallax::RewriteSet
