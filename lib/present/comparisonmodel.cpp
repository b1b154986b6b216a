// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/comparisonmodel.h"

#include "core/labels.h"

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
    m_index = CellIndex(m_comparison);
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

void ComparisonModel::setReasonFilter(const ReasonFilter &filter)
{
    if (m_reasonFilter == filter)
        return;
    m_reasonFilter = filter;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { ChangeSpansRole, StrongestChangeRole });
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
    return m_index.text(row, version);
}

qsizetype ComparisonModel::cellTextLength(int row, int version) const
{
    return m_index.textLength(row, version);
}

CellStatus ComparisonModel::cellStatus(int row, int version) const
{
    return m_index.shownStatus(row, version, !m_cosmeticHidden);
}

QList<CellSpan> ComparisonModel::cellSpans(int row, int version) const
{
    QList<CellSpan> spans = m_index.spans(row, version, [this](ChangeKind kind) { return isShown(kind); });
    if (m_reasonFilter.isActive()) {
        for (CellSpan &span : spans)
            span.muted = m_reasonFilter.mutes(m_comparison.changes.at(span.change));
    }
    return spans;
}

QList<QuoteSpan> ComparisonModel::quoteSpans(int row, int version) const
{
    return m_index.quoteSpans(row, version);
}

int ComparisonModel::strongestChange(int row, int version) const
{
    int strongest = -1;
    if (version == m_comparison.base)
        return strongest;
    for (int i : m_index.changes(row, version)) {
        const Change &change = m_comparison.changes.at(i);
        if (isShown(change.kind) && !isMuted(change))
            strongest = std::max(strongest, rank(change.kind));
    }
    return strongest;
}

QList<int> ComparisonModel::changesInCell(int row, int version) const
{
    return m_index.changes(row, version);
}

int ComparisonModel::rowForSentence(int version, int sentence) const
{
    return m_index.rowOfSentence(version, sentence);
}

int ComparisonModel::rowForQuoteVariant(int group, int variant) const
{
    return m_index.rowOfQuoteVariant(group, variant);
}

bool ComparisonModel::isQuoteDivergent(int group) const
{
    return m_index.isQuoteDivergent(group);
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

QString ComparisonModel::describeDate(const Version &version)
{
    if (version.date.isEmpty())
        return {};
    // A date the file gives is no publication date: the reader is told which one it is.
    if (version.dateSource == u"file-name"_s)
        return tr("Date in the file name: %1").arg(version.date);
    if (version.dateSource == u"file-date"_s)
        return tr("File date: %1").arg(version.date);
    if (version.dateSource == u"email"_s)
        return tr("Sent: %1").arg(version.date);
    if (version.dateSource == u"text"_s)
        return tr("Date the text states: %1").arg(version.date);
    if (version.dateSource == u"document"_s)
        return tr("Document date: %1").arg(version.date);
    return tr("Published: %1").arg(version.date);
}

QString ComparisonModel::describeChange(const Change &change)
{
    // "substantive, number": the reason says which fact changed.
    const QString reason = label(change.reason);
    const QString kind = reason.isEmpty() ? label(change.kind) : tr("%1, %2").arg(label(change.kind), reason);
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
    QString text = tr("quote %1").arg(label(v.fidelity));
    if (!v.wordChanges.isEmpty()) {
        QStringList changes;
        for (const WordChange &change : v.wordChanges)
            changes.append(tr("‘%1’ → ‘%2’").arg(change.before, change.after));
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
        for (int i : m_index.changes(row, version)) {
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
        // A move between two versions that are not the base: name the version whose place it left.
        if (target >= 0 && m_comparison.rows.at(target).cells.value(m_comparison.base, -1) < 0) {
            const QList<int> &cells = m_comparison.rows.at(target).cells;
            for (int w = 0; w < cells.size(); ++w)
                if (w != version && cells.at(w) >= 0) {
                    text = tr("%1: moved; %2 has it at row %3")
                               .arg(v.name, m_comparison.versions.at(w).name)
                               .arg(target + 1);
                    break;
                }
        }
        break;
    }
    // What part of the story the sentence is: headlines, standfirsts, bylines and datelines share a
    // row by their role, whatever their wording.
    const CellRange range = m_index.range(row, version);
    if (range.isValid()) {
        const QString role = label(v.sentences.at(range.firstSentence).role);
        if (!role.isEmpty())
            text += u'\n' + tr("Part of the story: %1").arg(role);
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
    case StoryPartRole:
        return int(hasSentence ? v.sentences.at(first).role : SentenceRole::Body);
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
        if (!isBase)
            return name;
        return m_againstPrevious ? tr("%1 (earliest)").arg(name) : tr("%1 (base)").arg(name);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(v.name);
        if (!v.title.isEmpty())
            lines.append(v.title);
        if (!v.authors.isEmpty())
            lines.append(tr("By %1").arg(v.authors.join(u", "_s)));
        if (!v.date.isEmpty())
            lines.append(describeDate(v));
        if (!v.modified.isEmpty() && v.modified != v.date)
            lines.append(tr("Updated: %1").arg(v.modified));
        if (!v.url.isEmpty())
            lines.append(v.url);
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
    names.insert(StoryPartRole, "storyPart");
    return names;
}

} // namespace Parallax
