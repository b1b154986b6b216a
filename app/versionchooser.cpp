// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionchooser.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int VersionRole = Qt::UserRole;

} // namespace

VersionChooser::VersionChooser(const QStringList &names, int base, const QList<int> &shown, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_base(base)
{
    setWindowTitle(tr("Choose Versions"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    // Shown versions first, in their columns' order, so the list reads like the window.
    QList<int> order = shown;
    for (int v = 0; v < names.size(); ++v) {
        if (!order.contains(v))
            order.append(v);
    }
    for (const int v : std::as_const(order)) {
        const QString name = v == base ? tr("%1 (base)").arg(names.at(v)) : names.at(v);
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(VersionRole, v);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(shown.contains(v) ? Qt::Checked : Qt::Unchecked);
    }
    auto *all = new QPushButton(tr("Show &All"), this);
    auto *onlyBase = new QPushButton(tr("Only the &Base"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *count = new QLabel(this);
    const auto updateCount = [this, count, buttons] {
        const qsizetype n = chosen().size();
        count->setText(tr("%n version(s) shown", nullptr, int(n)));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
    };
    connect(m_filter, &QLineEdit::textChanged, this, &VersionChooser::setFilter);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    });
    connect(onlyBase, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setCheckState(item->data(VersionRole).toInt() == m_base ? Qt::Checked : Qt::Unchecked);
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this, updateCount](QListWidgetItem *item) {
        // Another version shown brings the base back: it is what the colours are measured against.
        if (item->checkState() == Qt::Checked && item->data(VersionRole).toInt() != m_base)
            setChecked(m_base, true);
        updateCount();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();

    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(onlyBase);
    row->addStretch();
    row->addWidget(count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(420, 520);
}

QList<int> VersionChooser::chosen() const
{
    QList<int> versions;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            versions.append(m_list->item(i)->data(VersionRole).toInt());
    }
    return versions;
}

void VersionChooser::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void VersionChooser::setChecked(int version, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(VersionRole).toInt() == version && (item->checkState() == Qt::Checked) != checked)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

int VersionChooser::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

} // namespace Parallax
