// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parallax {

class ComparisonModel;

// Every quotation group with its speaker and, per outlet, how faithfully the words were kept.
// Activating a variant asks the window to show it in the reading view.
class QuotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuotesPanel(QWidget *parent = nullptr);

    void setModel(ComparisonModel *model);
    void setColors(const ChangeColors &colors);
    QTreeWidget *tree() const { return m_tree; }
    // The item for a group's variant (variant -1: the group's own item), for tests and selection sync.
    QTreeWidgetItem *itemFor(int group, int variant) const;

Q_SIGNALS:
    void variantActivated(int group, int variant);

private:
    void rebuild();
    void onItemActivated(QTreeWidgetItem *item);

    QPointer<ComparisonModel> m_model;
    ChangeColors m_colors;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_onlyDivergent = nullptr;
};

} // namespace Parallax
