// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "present/changecolors.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace Parallax {

class ComparisonModel;

// Who copied whom: for every version, the share of the base's sentences it keeps and the share of its
// own sentences that are not in the base, then the similarity matrix of all versions.
class VersionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VersionsPanel(QWidget *parent = nullptr);

    void setModel(ComparisonModel *model);
    void setColors(const ChangeColors &colors);
    // Whether the model's comparison is read against the previous version (AgainstPrevious::view): the
    // keeps and own columns are then each version's against its predecessor in time, and say so. Set it
    // before the model is reset with that comparison: the table follows the reset.
    void setAgainstPrevious(bool on);
    // Whether the reader can see the panel: a dock's tab behind another stays "visible" to Qt (moved
    // out of sight), so its dock says (QDockWidget::visibilityChanged).
    void setShown(bool shown);
    // The table, brought up to date first (it is filled only while the panel is shown).
    QTableWidget *table() const;
    // The "Facts" column's data role: a QVariantMap from reason id ("number", "name", …) to the number
    // of the version's substantive changes with that reason (reasons that occur only).
    static constexpr int ReasonCountsRole = Qt::UserRole + 1;
    static constexpr int FactsColumn = 3;

Q_SIGNALS:
    void baseRequested(int version);
    void versionActivated(int version);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void rebuildNow();
    void fill();
    QTableWidgetItem *reasonItem(const Comparison &comparison, int version) const;
    void describeShares(
        const Comparison &comparison, int version, QTableWidgetItem *keeps, QTableWidgetItem *own) const;
    void updateCaption();

    QPointer<ComparisonModel> m_model;
    ChangeColors m_colors;
    QLabel *m_caption = nullptr;
    QTableWidget *m_table = nullptr;
    bool m_stale = false; // the comparison changed while the panel was hidden
    bool m_shown = true;
    bool m_againstPrevious = false;
};

} // namespace Parallax
