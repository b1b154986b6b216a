// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"

#include <QPointer>
#include <QWidget>

#include <utility>

class QComboBox;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parallax {

class ComparisonModel;

// Every quotation group with its speaker and, per outlet, how faithfully the words were kept: groups
// collapsed to one line with a verdict ("2 altered · 1 absent"), a filter that tells changed words from
// a quote an outlet merely does not carry, and a pane below with the selected quotation's words in
// full, as each outlet has them. Activating a variant asks the window to show it in the reading view;
// showCell() selects the quotation of the cell the reader is on, so the two stay in step.
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

    // Which groups are listed.
    enum class Filter {
        All,
        WordsDiffer, // some outlet altered, cut, extended or merged the words
        Altered,
        Truncated, // cut or extended
        Merged,
        Absent, // some outlet does not carry it
    };
    void setFilter(Filter filter);
    Filter filter() const;
    // Selects the quotation in a cell of the reading view (a divergent one first) without activating it;
    // false when the cell holds none that is listed.
    bool showCell(int row, int version);
    QTextBrowser *details() const { return m_details; }
    // The selected item's quotation group and its variant there (-1: the group's own line); {-1, -1}
    // when nothing is selected. For notes on a quotation (issue 16).
    std::pair<int, int> currentQuote() const;

Q_SIGNALS:
    void variantActivated(int group, int variant);

private:
    void rebuild();
    void onItemActivated(QTreeWidgetItem *item);
    void showDetails(QTreeWidgetItem *item);
    bool isListed(int group) const;

    QPointer<ComparisonModel> m_model;
    ChangeColors m_colors;
    QTreeWidget *m_tree = nullptr;
    QComboBox *m_filter = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace Parallax
