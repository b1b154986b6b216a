// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/comparisonmodel.h"

#include <QFileInfo>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Long wording in a tooltip is cut so the tooltip stays readable.
QString shortened(const QString &text, qsizetype maximum = 80)
{
    const QString simple = text.simplified();
    if (simple.size() <= maximum)
        return simple;
    return simple.left(maximum - 1) + QChar(0x2026);
}

int rank(ChangeKind kind)
{
    return int(kind);
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ComparisonModel::~ComparisonModel() = default;

void ComparisonModel::setComparison(Comparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    buildIndexes();
    endResetModel();
}

void ComparisonModel::setCosmeticHidden(bool hidden)
{
    if (m_cosmeticHidden == hidden)
        return;
    m_cosmeticHidden = hidden;
    if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
            { StatusRole, ChangeSpansRole, StrongestChangeRole, Qt::ToolTipRole });
    }
}

void ComparisonModel::buildIndexes()
{
    m_cellChanges.clear();
    m_baseChanges.clear();
    m_cellQuotes.clear();
    m_sentenceRows.clear();

    const qsizetype versionCount = m_comparison.versions.size();
    m_sentenceRows.resize(versionCount);
    for (qsizetype v = 0; v < versionCount; ++v)
        m_sentenceRows[v].fill(-1, m_comparison.versions.at(v).sentences.size());
    for (qsizetype r = 0; r < m_comparison.rows.size(); ++r) {
        const AlignedRow &row = m_comparison.rows.at(r);
        for (qsizetype v = 0; v < versionCount && v < row.cells.size(); ++v) {
            const int first = row.cells.at(v);
            const int count = std::max(1, int(row.spans.value(v, 1)));
            for (int s = first; first >= 0 && s < first + count && s < m_sentenceRows[v].size(); ++s) {
                if (m_sentenceRows[v][s] < 0)
                    m_sentenceRows[v][s] = int(r);
            }
        }
    }

    for (qsizetype i = 0; i < m_comparison.changes.size(); ++i) {
        const Change &c = m_comparison.changes.at(i);
        if (!isCellValid(c.row, c.version))
            continue;
        m_cellChanges[key(c.row, c.version)].append(int(i));
        m_baseChanges[c.row].append(int(i));
    }

    for (qsizetype g = 0; g < m_comparison.quotes.size(); ++g) {
        const QuoteGroup &group = m_comparison.quotes.at(g);
        for (qsizetype i = 0; i < group.variants.size(); ++i) {
            const QuoteVariant &variant = group.variants.at(i);
            if (variant.sentence < 0 || variant.version < 0 || variant.version >= versionCount)
                continue;
            const Version &version = m_comparison.versions.at(variant.version);
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

bool ComparisonModel::isCellValid(int row, int version) const
{
    return row >= 0 && row < m_comparison.rows.size() && version >= 0
        && version < m_comparison.versions.size();
}

QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || !isCellValid(row, column))
        return {};
    return createIndex(row, column);
}

QModelIndex ComparisonModel::parent(const QModelIndex &) const
{
    return {};
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.versions.size());
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString ComparisonModel::cellText(int row, int version) const
{
    if (!isCellValid(row, version))
        return {};
    const AlignedRow &r = m_comparison.rows.at(row);
    const int first = r.cells.value(version, -1);
    const Version &v = m_comparison.versions.at(version);
    if (first < 0 || first >= v.sentences.size())
        return {};
    const int last
        = std::min(int(v.sentences.size()) - 1, first + std::max(1, r.spans.value(version, 1)) - 1);
    const qsizetype start = v.sentences.at(first).start;
    const qsizetype end = v.sentences.at(last).end;
    QString text = v.text.mid(start, end - start);
    // Same length, so change offsets still point at the right characters.
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::ParagraphSeparator
            || c == QChar::LineSeparator)
            c = u' ';
    }
    return text;
}

qsizetype ComparisonModel::cellTextLength(int row, int version) const
{
    if (!isCellValid(row, version))
        return 0;
    const AlignedRow &r = m_comparison.rows.at(row);
    const int first = r.cells.value(version, -1);
    const Version &v = m_comparison.versions.at(version);
    if (first < 0 || first >= v.sentences.size())
        return 0;
    const int last
        = std::min(int(v.sentences.size()) - 1, first + std::max(1, r.spans.value(version, 1)) - 1);
    return v.sentences.at(last).end - v.sentences.at(first).start;
}

CellStatus ComparisonModel::cellStatus(int row, int version) const
{
    if (!isCellValid(row, version))
        return CellStatus::Same;
    const CellStatus status = m_comparison.rows.at(row).status.value(version, CellStatus::Same);
    if (status != CellStatus::Changed || !m_cosmeticHidden)
        return status;
    const QList<int> changes = m_cellChanges.value(key(row, version));
    if (changes.isEmpty())
        return status;
    const bool onlyCosmetic = std::all_of(changes.begin(), changes.end(),
        [this](int i) { return isCosmetic(m_comparison.changes.at(i).kind); });
    return onlyCosmetic ? CellStatus::Same : status;
}

QList<CellSpan> ComparisonModel::cellSpans(int row, int version) const
{
    QList<CellSpan> spans;
    if (!isCellValid(row, version))
        return spans;
    const AlignedRow &r = m_comparison.rows.at(row);
    const int first = r.cells.value(version, -1);
    const Version &v = m_comparison.versions.at(version);
    if (first < 0 || first >= v.sentences.size())
        return spans;
    const qsizetype cellStart = v.sentences.at(first).start;
    const qsizetype cellLength = cellText(row, version).size();
    auto add = [&](int changeIndex, qsizetype start, qsizetype end, int owner) {
        const Change &c = m_comparison.changes.at(changeIndex);
        const qsizetype from = std::clamp(start - cellStart, qsizetype(0), cellLength);
        const qsizetype to = std::clamp(end - cellStart, from, cellLength);
        spans.append({ from, to - from, c.kind, changeIndex, owner });
    };
    if (version == m_comparison.base) {
        for (int i : m_baseChanges.value(row)) {
            const Change &c = m_comparison.changes.at(i);
            if (c.version != version && isShown(c.kind))
                add(i, c.baseStart, c.baseEnd, c.version);
        }
    } else {
        for (int i : m_cellChanges.value(key(row, version))) {
            const Change &c = m_comparison.changes.at(i);
            if (isShown(c.kind))
                add(i, c.start, c.end, version);
        }
    }
    return spans;
}

QList<QuoteSpan> ComparisonModel::quoteSpans(int row, int version) const
{
    QList<QuoteSpan> spans;
    const auto quotes = m_cellQuotes.value(key(row, version));
    if (quotes.isEmpty())
        return spans;
    const AlignedRow &r = m_comparison.rows.at(row);
    const Version &v = m_comparison.versions.at(version);
    const int first = r.cells.value(version, -1);
    if (first < 0 || first >= v.sentences.size())
        return spans;
    const qsizetype cellStart = v.sentences.at(first).start;
    const qsizetype cellLength = cellText(row, version).size();
    for (const auto &[g, i] : quotes) {
        const QuoteVariant &q = m_comparison.quotes.at(g).variants.at(i);
        const qsizetype from = std::clamp(q.start - cellStart, qsizetype(0), cellLength);
        const qsizetype to = std::clamp(q.end - cellStart, from, cellLength);
        if (to > from)
            spans.append({ from, to - from, g, i, q.fidelity });
    }
    return spans;
}

int ComparisonModel::strongestChange(int row, int version) const
{
    int strongest = -1;
    if (version == m_comparison.base)
        return strongest;
    for (int i : m_cellChanges.value(key(row, version))) {
        const ChangeKind kind = m_comparison.changes.at(i).kind;
        if (isShown(kind))
            strongest = std::max(strongest, rank(kind));
    }
    return strongest;
}

QList<int> ComparisonModel::changesInCell(int row, int version) const
{
    return m_cellChanges.value(key(row, version));
}

int ComparisonModel::rowForSentence(int version, int sentence) const
{
    if (version < 0 || version >= m_sentenceRows.size())
        return -1;
    return m_sentenceRows.at(version).value(sentence, -1);
}

int ComparisonModel::rowForQuoteVariant(int group, int variant) const
{
    if (group < 0 || group >= m_comparison.quotes.size())
        return -1;
    const QuoteGroup &g = m_comparison.quotes.at(group);
    if (variant < 0 || variant >= g.variants.size())
        return -1;
    const QuoteVariant &v = g.variants.at(variant);
    if (v.sentence >= 0)
        return rowForSentence(v.version, v.sentence);
    // Absent from this version: the place where the reference has it shows the gap.
    if (g.reference >= 0 && g.reference < g.variants.size() && g.reference != variant) {
        const QuoteVariant &ref = g.variants.at(g.reference);
        if (ref.sentence >= 0)
            return rowForSentence(ref.version, ref.sentence);
    }
    for (const QuoteVariant &other : g.variants) {
        if (other.sentence >= 0)
            return rowForSentence(other.version, other.sentence);
    }
    return -1;
}

bool ComparisonModel::isQuoteDivergent(int group) const
{
    if (group < 0 || group >= m_comparison.quotes.size())
        return false;
    const auto &variants = m_comparison.quotes.at(group).variants;
    return std::any_of(variants.begin(), variants.end(), [](const QuoteVariant &v) {
        return v.fidelity != QuoteFidelity::Exact && v.fidelity != QuoteFidelity::Typographic;
    });
}

QString ComparisonModel::versionKey(int version) const
{
    if (version < 0 || version >= m_comparison.versions.size())
        return {};
    const Version &v = m_comparison.versions.at(version);
    return v.path.isEmpty() ? v.name : v.path;
}

int ComparisonModel::versionForKey(const QString &key) const
{
    for (int v = 0; v < m_comparison.versions.size(); ++v) {
        if (versionKey(v) == key)
            return v;
    }
    return -1;
}

QString ComparisonModel::statusName(CellStatus status)
{
    switch (status) {
    case CellStatus::Same:
        return tr("same");
    case CellStatus::Changed:
        return tr("changed");
    case CellStatus::Added:
        return tr("added");
    case CellStatus::Absent:
        return tr("absent");
    case CellStatus::Moved:
        return tr("moved");
    }
    return {};
}

QString ComparisonModel::kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Typography:
        return tr("typography");
    case ChangeKind::Spelling:
        return tr("spelling");
    case ChangeKind::Wording:
        return tr("wording");
    case ChangeKind::Substantive:
        return tr("substantive");
    }
    return {};
}

QString ComparisonModel::fidelityName(QuoteFidelity fidelity)
{
    switch (fidelity) {
    case QuoteFidelity::Exact:
        return tr("exact");
    case QuoteFidelity::Typographic:
        return tr("typographic");
    case QuoteFidelity::Altered:
        return tr("altered");
    case QuoteFidelity::Truncated:
        return tr("truncated");
    case QuoteFidelity::Extended:
        return tr("extended");
    case QuoteFidelity::Merged:
        return tr("merged");
    case QuoteFidelity::Absent:
        return tr("absent");
    }
    return {};
}

QString ComparisonModel::describeChange(const Change &change)
{
    const QString kind = kindName(change.kind);
    if (change.before.isEmpty())
        return tr("%1: added “%2”").arg(kind, shortened(change.after));
    if (change.after.isEmpty())
        return tr("%1: removed “%2”").arg(kind, shortened(change.before));
    return tr("%1: %2 → %3").arg(kind, shortened(change.before), shortened(change.after));
}

QString ComparisonModel::describeQuoteVariant(int group, int variant) const
{
    if (group < 0 || group >= m_comparison.quotes.size())
        return {};
    const QuoteGroup &g = m_comparison.quotes.at(group);
    if (variant < 0 || variant >= g.variants.size())
        return {};
    const QuoteVariant &v = g.variants.at(variant);
    QString text = tr("quote %1").arg(fidelityName(v.fidelity));
    if (!v.wordChanges.isEmpty()) {
        QStringList changes;
        for (const QString &change : v.wordChanges) {
            // The engine writes "before -> after"; quote each side as the reader sees them.
            const qsizetype arrow = change.indexOf(u" -> "_s);
            if (arrow < 0)
                changes.append(change);
            else
                changes.append(tr("‘%1’ → ‘%2’").arg(change.left(arrow), change.mid(arrow + 4)));
        }
        text += u": "_s + changes.join(u"; "_s);
    }
    if (!g.speaker.isEmpty())
        text += u'\n' + tr("said by %1").arg(g.speaker);
    return text;
}

QString ComparisonModel::describeCell(int row, int version) const
{
    if (!isCellValid(row, version))
        return {};
    const Version &v = m_comparison.versions.at(version);
    const int target = m_comparison.rows.at(row).moveTarget.value(version, -1);
    QString text;
    switch (cellStatus(row, version)) {
    case CellStatus::Same:
        if (version == m_comparison.base)
            text = tr("%1 (base version)").arg(v.name);
        else if (cellText(row, version).isEmpty())
            text = tr("%1: nothing here").arg(v.name);
        else
            text = tr("%1: as in the base version").arg(v.name);
        break;
    case CellStatus::Changed: {
        QStringList lines;
        for (int i : m_cellChanges.value(key(row, version))) {
            const Change &c = m_comparison.changes.at(i);
            if (isShown(c.kind))
                lines.append(describeChange(c));
        }
        text = tr("%1: changed").arg(v.name);
        if (!lines.isEmpty())
            text += u'\n' + lines.join(u'\n');
        break;
    }
    case CellStatus::Added:
        text = tr("%1: added, not in the base version").arg(v.name);
        break;
    case CellStatus::Absent:
        text = target >= 0 ? tr("%1: moved to row %2").arg(v.name).arg(target + 1)
                           : tr("%1: left out of this version").arg(v.name);
        break;
    case CellStatus::Moved:
        text = target >= 0 ? tr("%1: moved; the base has it at row %2").arg(v.name).arg(target + 1)
                           : tr("%1: moved").arg(v.name);
        break;
    }
    return text;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !isCellValid(index.row(), index.column()))
        return {};
    const int row = index.row();
    const int version = index.column();
    const AlignedRow &r = m_comparison.rows.at(row);
    const int first = r.cells.value(version, -1);
    const Version &v = m_comparison.versions.at(version);
    const bool hasSentence = first >= 0 && first < v.sentences.size();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, version);
    case Qt::ToolTipRole:
        return describeCell(row, version);
    case StatusRole:
        return int(cellStatus(row, version));
    case ChangeSpansRole:
        return QVariant::fromValue(cellSpans(row, version));
    case QuoteSpansRole:
        return QVariant::fromValue(quoteSpans(row, version));
    case BoilerplateRole:
        return hasSentence && v.sentences.at(first).boilerplate;
    case RowBoilerplateRole:
        return r.boilerplate;
    case MoveTargetRole:
        return r.moveTarget.value(version, -1);
    case SentenceRole:
        return hasSentence ? first : -1;
    case SentenceCountRole:
        return hasSentence ? std::max(1, r.spans.value(version, 1)) : 0;
    case TextOffsetRole:
        return hasSentence ? v.sentences.at(first).start : qsizetype(-1);
    case BlockKindRole:
        return int(hasSentence ? v.sentences.at(first).blockKind : BlockKind::Paragraph);
    case StrongestChangeRole:
        return strongestChange(row, version);
    case IsBaseRole:
        return version == m_comparison.base;
    default:
        break;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_comparison.versions.size())
        return {};
    const Version &v = m_comparison.versions.at(section);
    const bool isBase = section == m_comparison.base;
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = v.name.isEmpty() ? QFileInfo(v.path).fileName() : v.name;
        return isBase ? tr("%1 (base)").arg(name) : name;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(v.name);
        if (!v.title.isEmpty())
            lines.append(v.title);
        if (!v.date.isEmpty())
            lines.append(tr("Published: %1").arg(v.date));
        lines.append(v.path.isEmpty() ? tr("Dropped text") : v.path);
        if (isBase)
            lines.append(tr("Base version: the others are compared with it. Select a sentence in another "
                            "version to see here which of the base's words it changed."));
        return lines.join(u'\n');
    }
    case Qt::FontRole:
        if (isBase) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IsBaseRole:
        return isBase;
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(ChangeSpansRole, "changeSpans");
    names.insert(QuoteSpansRole, "quoteSpans");
    names.insert(BoilerplateRole, "boilerplate");
    names.insert(RowBoilerplateRole, "rowBoilerplate");
    names.insert(MoveTargetRole, "moveTarget");
    names.insert(SentenceRole, "sentence");
    names.insert(SentenceCountRole, "sentenceCount");
    names.insert(TextOffsetRole, "textOffset");
    names.insert(BlockKindRole, "blockKind");
    names.insert(StrongestChangeRole, "strongestChange");
    names.insert(IsBaseRole, "isBase");
    return names;
}

} // namespace Parallax
