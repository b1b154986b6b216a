// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasonmenu.h"

#include "core/labels.h"
#include "present/comparisonmodel.h"
#include "present/reasonfilter.h"

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Reason labels are written for running text ("substantive, number"); a menu entry starts upper case.
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

ReasonMenu::ReasonMenu(ComparisonModel *model, QWidget *parent)
    : QMenu(tr("Substantive &Reasons"), parent)
    , m_model(model)
{
    setObjectName(u"reasonMenu"_s);
    m_all = addAction(tr("&All Reasons"));
    m_all->setObjectName(u"reason-all"_s);
    m_all->setCheckable(true);
    connect(m_all, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->setReasonFilter({});
        refresh();
        Q_EMIT filterChanged();
    });
    addSeparator();
    for (const ChangeReason reason : ReasonFilter::allReasons()) {
        QAction *action = addAction(capitalized(label(reason)));
        action->setObjectName(u"reason-"_s + toString(reason));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, reason](bool on) { toggle(reason, on); });
        m_reasons.append({ reason, action });
    }
    connect(this, &QMenu::aboutToShow, this, &ReasonMenu::refresh);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ReasonMenu::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &ReasonMenu::refresh);
    }
    refresh();
}

QAction *ReasonMenu::actionFor(std::optional<ChangeReason> reason) const
{
    if (!reason)
        return m_all;
    for (const auto &[r, action] : m_reasons) {
        if (r == *reason)
            return action;
    }
    return nullptr;
}

QString ReasonMenu::buttonText() const
{
    if (!m_model || !m_model->reasonFilter().isActive())
        return tr("Reasons");
    QStringList names;
    for (const ChangeReason reason : m_model->reasonFilter().chosen())
        names.append(label(reason));
    return tr("Reasons: %1").arg(names.join(u", "_s));
}

void ReasonMenu::toggle(ChangeReason reason, bool chosen)
{
    if (!m_model)
        return;
    ReasonFilter filter = m_model->reasonFilter();
    filter.setChosen(reason, chosen);
    m_model->setReasonFilter(filter);
    refresh();
    Q_EMIT filterChanged();
}

void ReasonMenu::refresh()
{
    const ReasonFilter filter = m_model ? m_model->reasonFilter() : ReasonFilter();
    // How many substantive changes carry each reason, in all versions: a reason with none is still
    // listed (the filter may be kept for the next comparison) but greyed.
    QList<int> counts(qsizetype(ChangeReason::Content) + 1, 0);
    if (m_model) {
        for (const Change &change : m_model->comparison().changes) {
            if (change.kind == ChangeKind::Substantive)
                ++counts[qsizetype(change.reason)];
        }
    }
    m_all->setChecked(!filter.isActive());
    for (const auto &[reason, action] : m_reasons) {
        const int n = counts.value(qsizetype(reason));
        //: A reason of substantive changes in the menu and how many changes carry it: "Number (5)"
        action->setText(tr("%1 (%2)").arg(capitalized(label(reason))).arg(n));
        action->setChecked(filter.isChosen(reason));
        action->setEnabled(n > 0 || filter.isChosen(reason));
    }
}

} // namespace Parallax
