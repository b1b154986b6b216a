// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/cellindex.h"

#include <algorithm>

namespace Parallax {

CellIndex::CellIndex(const Comparison &comparison)
    : m_comparison(&comparison)
{
    const Comparison &c = comparison;
    const qsizetype versionCount = c.versions.size();
    m_sentenceRows.resize(versionCount);
    for (qsizetype v = 0; v < versionCount; ++v)
        m_sentenceRows[v].fill(-1, c.versions.at(v).sentences.size());
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        for (qsizetype v = 0; v < versionCount && v < row.cells.size(); ++v) {
            const int first = row.cells.at(v);
            const int count = std::max(1, int(row.spans.value(v, 1)));
            for (int s = first; first >= 0 && s < first + count && s < m_sentenceRows[v].size(); ++s) {
                if (m_sentenceRows[v][s] < 0)
                    m_sentenceRows[v][s] = int(r);
            }
        }
    }

    for (qsizetype i = 0; i < c.changes.size(); ++i) {
        const Change &change = c.changes.at(i);
        if (!isCell(change.row, change.version))
            continue;
        m_cellChanges[key(change.row, change.version)].append(int(i));
        m_baseChanges[change.row].append(int(i));
    }
    for (QList<int> &list : m_cellChanges) {
        std::stable_sort(list.begin(), list.end(), [&c](int a, int b) {
            const Change &x = c.changes.at(a);
            const Change &y = c.changes.at(b);
            return x.start != y.start ? x.start < y.start : x.end < y.end;
        });
    }

    for (qsizetype g = 0; g < c.quotes.size(); ++g) {
        const QuoteGroup &group = c.quotes.at(g);
        for (qsizetype i = 0; i < group.variants.size(); ++i) {
            const QuoteVariant &variant = group.variants.at(i);
            if (variant.sentence < 0 || variant.version < 0 || variant.version >= versionCount)
                continue;
            const Version &version = c.versions.at(variant.version);
            // A quotation may run over several sentences, and so over several rows.
            for (int s = variant.sentence; s < version.sentences.size(); ++s) {
                if (s > variant.sentence && version.sentences.at(s).start >= variant.end)
                    break;
                const int row = m_sentenceRows[variant.version].value(s, -1);
                if (row < 0)
                    continue;
                auto &list = m_cellQuotes[key(row, variant.version)];
                const std::pair<int, int> entry { int(g), int(i) };
                if (!list.contains(entry))
                    list.append(entry);
            }
        }
    }
}

bool CellIndex::isCell(int row, int version) const
{
    return m_comparison && row >= 0 && row < m_comparison->rows.size() && version >= 0
        && version < m_comparison->versions.size();
}

CellRange CellIndex::range(int row, int version) const
{
    CellRange range;
    if (!isCell(row, version))
        return range;
    const AlignedRow &r = m_comparison->rows.at(row);
    const int first = r.cells.value(version, -1);
    const Version &v = m_comparison->versions.at(version);
    if (first < 0 || first >= v.sentences.size())
        return range;
    const int last
        = std::clamp(first + std::max(1, r.spans.value(version, 1)) - 1, first, int(v.sentences.size()) - 1);
    const qsizetype textSize = v.text.size();
    range.firstSentence = first;
    range.lastSentence = last;
    range.start = std::clamp(v.sentences.at(first).start, qsizetype(0), textSize);
    range.end = std::clamp(v.sentences.at(last).end, range.start, textSize);
    return range;
}

QString CellIndex::text(int row, int version) const
{
    const CellRange r = range(row, version);
    if (!r.isValid())
        return {};
    QString text = m_comparison->versions.at(version).text.mid(r.start, r.length());
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::ParagraphSeparator
            || c == QChar::LineSeparator)
            c = u' ';
    }
    return text;
}

QList<int> CellIndex::changes(int row, int version) const
{
    return isCell(row, version) ? m_cellChanges.value(key(row, version)) : QList<int>();
}

QList<CellSpan> CellIndex::spans(int row, int version, const std::function<bool(ChangeKind)> &shown) const
{
    QList<CellSpan> spans;
    const CellRange r = range(row, version);
    if (!r.isValid())
        return spans;
    const qsizetype length = r.length();
    auto add = [&](int changeIndex, qsizetype start, qsizetype end, int owner) {
        const Change &c = m_comparison->changes.at(changeIndex);
        const qsizetype from = std::clamp(start - r.start, qsizetype(0), length);
        const qsizetype to = std::clamp(end - r.start, from, length);
        spans.append({ from, to - from, c.kind, changeIndex, owner, false });
    };
    if (version == m_comparison->base) {
        for (int i : m_baseChanges.value(row)) {
            const Change &c = m_comparison->changes.at(i);
            if (c.version != version && shown(c.kind))
                add(i, c.baseStart, c.baseEnd, c.version);
        }
    } else {
        for (int i : m_cellChanges.value(key(row, version))) {
            const Change &c = m_comparison->changes.at(i);
            if (shown(c.kind))
                add(i, c.start, c.end, version);
        }
    }
    return spans;
}

QList<QuoteSpan> CellIndex::quoteSpans(int row, int version) const
{
    QList<QuoteSpan> spans;
    if (!isCell(row, version))
        return spans;
    const auto quotes = m_cellQuotes.value(key(row, version));
    const CellRange r = range(row, version);
    if (quotes.isEmpty() || !r.isValid())
        return spans;
    for (const auto &[g, i] : quotes) {
        const QuoteVariant &q = m_comparison->quotes.at(g).variants.at(i);
        const qsizetype from = std::clamp(q.start - r.start, qsizetype(0), r.length());
        const qsizetype to = std::clamp(q.end - r.start, from, r.length());
        if (to > from)
            spans.append({ from, to - from, g, i, q.fidelity });
    }
    return spans;
}

int CellIndex::rowOfSentence(int version, int sentence) const
{
    if (version < 0 || version >= m_sentenceRows.size())
        return -1;
    return m_sentenceRows.at(version).value(sentence, -1);
}

int CellIndex::rowOfQuoteVariant(int group, int variant) const
{
    if (!m_comparison || group < 0 || group >= m_comparison->quotes.size())
        return -1;
    const QuoteGroup &g = m_comparison->quotes.at(group);
    if (variant < 0 || variant >= g.variants.size())
        return -1;
    const QuoteVariant &v = g.variants.at(variant);
    if (v.sentence >= 0)
        return rowOfSentence(v.version, v.sentence);
    // Absent from this version: the place where the reference has it shows the gap.
    if (g.reference >= 0 && g.reference < g.variants.size() && g.reference != variant) {
        const QuoteVariant &ref = g.variants.at(g.reference);
        if (ref.sentence >= 0)
            return rowOfSentence(ref.version, ref.sentence);
    }
    for (const QuoteVariant &other : g.variants) {
        if (other.sentence >= 0)
            return rowOfSentence(other.version, other.sentence);
    }
    return -1;
}

bool CellIndex::isQuoteDivergent(int group) const
{
    if (!m_comparison || group < 0 || group >= m_comparison->quotes.size())
        return false;
    const auto &variants = m_comparison->quotes.at(group).variants;
    return std::any_of(variants.begin(), variants.end(), [](const QuoteVariant &v) {
        return v.fidelity != QuoteFidelity::Exact && v.fidelity != QuoteFidelity::Typographic;
    });
}

CellStatus CellIndex::shownStatus(int row, int version, bool cosmeticShown) const
{
    if (!isCell(row, version))
        return CellStatus::Same;
    const CellStatus status = m_comparison->rows.at(row).status.value(version, CellStatus::Same);
    if (status != CellStatus::Changed || cosmeticShown)
        return status;
    const QList<int> changes = m_cellChanges.value(key(row, version));
    if (changes.isEmpty())
        return status;
    const bool onlyCosmetic = std::all_of(changes.begin(), changes.end(),
        [this](int i) { return isCosmetic(m_comparison->changes.at(i).kind); });
    return onlyCosmetic ? CellStatus::Same : status;
}

bool CellIndex::isStop(int row, int version, bool cosmeticShown) const
{
    if (!isCell(row, version) || version == m_comparison->base)
        return false;
    switch (shownStatus(row, version, cosmeticShown)) {
    case CellStatus::Same:
        return false;
    case CellStatus::Changed:
    case CellStatus::Added:
    case CellStatus::Moved:
        return true;
    case CellStatus::Absent: {
        const AlignedRow &r = m_comparison->rows.at(row);
        return r.moveTarget.value(version, -1) < 0 && textLength(row, m_comparison->base) > 0
            && !r.boilerplate;
    }
    }
    return false;
}

} // namespace Parallax
