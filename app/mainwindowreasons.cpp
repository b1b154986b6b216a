// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of the reasons of substantive changes: the Substantive Reasons menu and its toolbar
// button (a filter on the model), and moving to the next change of a reason.
#include "mainwindow_p.h"

#include "changenavigation.h"
#include "reasonmenu.h"
#include "sidebysideview.h"

#include "core/labels.h"
#include "present/comparisonmodel.h"
#include "present/reasonfilter.h"

#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {
const QString reasonSettingKey = u"reasons/followed"_s;
} // namespace

void MainWindow::Private::createReasonActions(QMenu *viewMenu, QMenu *goMenu, QToolBar *toolbar)
{
    // The reasons an editor follows are a way of reading (only numbers and names, say), kept between runs
    // like the theme; stored as the JSON report's reason ids, so that a renamed label keeps the choice.
    model->setReasonFilter(ReasonFilter::fromIds(QSettings().value(reasonSettingKey).toStringList()));
    reasonMenu = new ReasonMenu(model, q);
    // Under the other switches of what is highlighted (cosmetic changes, boilerplate).
    const QList<QAction *> viewActions = viewMenu->actions();
    viewMenu->insertMenu(viewActions.value(viewActions.indexOf(showBoilerplate) + 1), reasonMenu);

    struct Step
    {
        const char16_t *name;
        QString text;
        QKeySequence shortcut;
        bool forward;
        bool thisReason;
    };
    const QList<Step> steps = {
        { u"nextThisReason", tr("Next Change of This &Reason"), QKeySequence(u"Ctrl+F9"_s), true, true },
        { u"previousThisReason", tr("Previous Change of This Reason"), QKeySequence(u"Ctrl+Shift+F9"_s),
            false, true },
        { u"nextChosenReason", tr("Next Change of the Ch&osen Reasons"), QKeySequence(u"F9"_s), true, false },
        { u"previousChosenReason", tr("Previous Change of the Chosen Reasons"), QKeySequence(u"Shift+F9"_s),
            false, false },
    };
    goMenu->addSeparator();
    reasonMenu->addSeparator();
    for (const Step &step : steps) {
        auto *action = new QAction(step.text, q);
        action->setObjectName(QString::fromUtf16(step.name));
        action->setShortcut(step.shortcut);
        q->addAction(action);
        connect(action, &QAction::triggered, q, [this, step] {
            if (step.thisReason)
                followThisReason(step.forward);
            else
                followChosenReasons(step.forward);
        });
        goMenu->addAction(action);
        reasonMenu->addAction(action);
    }
    q->findChild<QAction *>(u"nextThisReason"_s)
        ->setToolTip(tr("From the selected substantive change to the next one with the same reason"));

    // Its own action, not the menu's: the button's text names the chosen reasons, the menu's title stays.
    reasonButton = new QAction(q);
    reasonButton->setObjectName(u"reasons"_s);
    reasonButton->setMenu(reasonMenu);
    reasonButton->setToolTip(tr("Follow some reasons of substantive changes (numbers, names, …): the others "
                                "are shown faintly and navigation skips them"));
    toolbar->insertAction(q->findChild<QAction *>(u"find"_s), reasonButton);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(reasonButton)))
        button->setPopupMode(QToolButton::InstantPopup);
    connect(reasonMenu, &ReasonMenu::filterChanged, q, [this] {
        QSettings().setValue(reasonSettingKey, model->reasonFilter().ids());
        updateReasonButton();
        updateSummary();
    });
    updateReasonButton();
}

void MainWindow::Private::updateReasonButton()
{
    reasonButton->setText(reasonMenu->buttonText());
}

void MainWindow::Private::followThisReason(bool forward)
{
    const QModelIndex current = view->currentIndex();
    std::optional<ChangeReason> reason;
    if (current.isValid()) {
        const bool stillThere = followedAt == std::pair { current.row(), current.column() };
        reason = stillThere && view->activeChange() < 0
            ? followedReason
            : reasonAt(*model, current.row(), current.column(), view->activeChange());
    }
    if (!reason) {
        q->statusBar()->showMessage(
            tr("Select a substantive change first: the next change with its reason is found"), 5000);
        return;
    }
    followedReason = reason;
    if (!view->goToReason(forward, reason)) {
        q->statusBar()->showMessage(forward ? tr("No further %1 change below").arg(label(*reason))
                                            : tr("No further %1 change above").arg(label(*reason)),
            4000);
        return;
    }
    showReasonStop(reason);
}

void MainWindow::Private::followChosenReasons(bool forward)
{
    if (!view->goToReason(forward)) {
        navigate(false,
            forward ? tr("No further change of the chosen reasons below")
                    : tr("No further change of the chosen reasons above"));
        return;
    }
    showReasonStop(std::nullopt);
}

// The status bar names the change that was reached, with its reason ("substantive, number: …").
void MainWindow::Private::showReasonStop(const std::optional<ChangeReason> &reason)
{
    const QModelIndex current = view->currentIndex();
    followedAt = { current.row(), current.column() };
    const QList<Change> &changes = model->comparison().changes;
    for (const int i : model->changesInCell(current.row(), current.column())) {
        const Change &change = changes.at(i);
        if (change.kind != ChangeKind::Substantive)
            continue;
        if (reason ? change.reason == *reason : !model->isMuted(change)) {
            q->statusBar()->showMessage(model->comparison().versions.at(current.column()).name + u": "_s
                + ComparisonModel::describeChange(change));
            return;
        }
    }
}

} // namespace Parallax
