// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "present/cellindex.h"
#include "present/reasonfilter.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Parallax {

// The item model over a Comparison: one row per aligned row, one column per version. Everything the
// reading view paints comes from the roles below; the model never re-derives alignment.
class ComparisonModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(CellStatus), with cosmetic-only changes counted as Same
                                       // while cosmetic changes are hidden
        ChangeSpansRole, // QList<CellSpan>, without cosmetic kinds while they are hidden
        QuoteSpansRole, // QList<QuoteSpan>
        BoilerplateRole, // bool: the cell's sentences are boilerplate
        RowBoilerplateRole, // bool: every non-empty cell of the row is boilerplate
        MoveTargetRole, // int: the row where a moved sentence's counterpart stands, or -1
        SentenceRole, // int: first sentence of the cell in its version, or -1
        SentenceCountRole, // int: sentences in the cell
        TextOffsetRole, // qsizetype: where the cell's text starts in Version::text
        BlockKindRole, // int(BlockKind) of the cell's first sentence
        StrongestChangeRole, // int(ChangeKind) of the cell's strongest shown change, or -1
        IsBaseRole, // bool, on cells and on horizontal header sections
        StoryPartRole, // int(SentenceRole) of the cell's first sentence: headline, byline, ...
    };
    Q_ENUM(Role)

    explicit ComparisonModel(QObject *parent = nullptr);
    ~ComparisonModel() override;

    // Replaces the whole comparison (a model reset): results are swapped in whole, never patched.
    void setComparison(Comparison comparison);
    // The comparison set next is read against the previous version (AgainstPrevious::view): its base is
    // the earliest version, and its column header says so instead of "(base)".
    void setReadAgainstPrevious(bool on) { m_againstPrevious = on; }
    const Comparison &comparison() const { return m_comparison; }
    // The cells of the comparison shown, for readers that need more than the roles (view, PDF).
    const CellIndex &cellIndex() const { return m_index; }
    bool isEmpty() const { return m_comparison.versions.isEmpty(); }

    // While hidden, typography and spelling changes are neither highlighted nor counted.
    void setCosmeticHidden(bool hidden);
    bool isCosmeticHidden() const { return m_cosmeticHidden; }
    // The reasons the reader follows among substantive changes; the others are muted: their spans say
    // so (CellSpan::muted), and they are never a cell's strongest change. Kept across comparisons.
    void setReasonFilter(const ReasonFilter &filter);
    const ReasonFilter &reasonFilter() const { return m_reasonFilter; }
    bool isMuted(const Change &change) const { return m_reasonFilter.mutes(change); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The text shown in a cell: its sentences as they stand in the version, line breaks as spaces.
    QString cellText(int row, int version) const;
    // Its length, without building the string (the view estimates row heights from it).
    qsizetype cellTextLength(int row, int version) const;
    CellStatus cellStatus(int row, int version) const; // as shown (see StatusRole)
    QList<CellSpan> cellSpans(int row, int version) const; // as shown (see ChangeSpansRole)
    QList<QuoteSpan> quoteSpans(int row, int version) const;
    // The strongest shown change kind in a cell, muted changes left out, or -1.
    int strongestChange(int row, int version) const;
    // The changes (indexes into Comparison::changes) of a version's cell, all kinds.
    QList<int> changesInCell(int row, int version) const;
    // The aligned row holding a version's sentence, or -1.
    int rowForSentence(int version, int sentence) const;
    // The row a quote variant stands in (for an absent variant: the row of the group's reference).
    int rowForQuoteVariant(int group, int variant) const;
    // A quotation group diverges when some variant is more than typographically different.
    bool isQuoteDivergent(int group) const;

    // Stable identity of a version across re-comparisons: its path, or its name for dropped text.
    QString versionKey(int version) const;
    int versionForKey(const QString &key) const; // -1 when no version has that key

    // Human-readable explanations, for tooltips and the status bar.
    static QString describeChange(const Change &change);
    // The version's date with where it comes from ("Published: ...", "File date: ..."); empty when none.
    static QString describeDate(const Version &version);
    QString describeQuoteVariant(int group, int variant) const;
    QString describeCell(int row, int version) const;

private:
    bool isCellValid(int row, int version) const { return m_index.isCell(row, version); }
    bool isShown(ChangeKind kind) const { return CellIndex::isPointedAt(kind, !m_cosmeticHidden); }

    Comparison m_comparison;
    CellIndex m_index; // points into m_comparison: rebuilt with it
    bool m_cosmeticHidden = false;
    bool m_againstPrevious = false;
    ReasonFilter m_reasonFilter;
};

} // namespace Parallax

Q_DECLARE_METATYPE(Parallax::CellSpan)
Q_DECLARE_METATYPE(Parallax::QuoteSpan)
