// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QMenu>
#include <QPointer>

#include <optional>

namespace Parallax {

class ComparisonModel;

// View > Substantive Reasons (and the toolbar's Reasons button): which reasons of substantive changes
// the reader follows, "All Reasons" or some of them ("only number and name changes"). Each reason says
// how many changes of the comparison carry it. The choice is the model's reason filter (the window
// keeps it across comparisons); the menu only edits it.
class ReasonMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ReasonMenu(ComparisonModel *model, QWidget *parent = nullptr);

    // The checkable action of a reason; nullopt: "All Reasons".
    QAction *actionFor(std::optional<ChangeReason> reason) const;
    // "Reasons" or "Reasons: number, name", for the toolbar button.
    QString buttonText() const;

Q_SIGNALS:
    // The reader changed the filter (already set on the model).
    void filterChanged();

private:
    void refresh();
    void toggle(ChangeReason reason, bool chosen);

    QPointer<ComparisonModel> m_model;
    QAction *m_all = nullptr;
    QList<std::pair<ChangeReason, QAction *>> m_reasons;
};

} // namespace Parallax
