// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionspanel.h"

#include "colormix.h"

#include "core/labels.h"
#include "present/comparisonmodel.h"
#include "present/reasoncounts.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int FixedColumns = 4; // name, keeps of base, own, substantive changes

QString percent(double share)
{
    return share < 0 ? QString() : QString::number(std::lround(share * 100)) + u'%';
}

// Matrix cells are narrow: the number alone, the header says it is a percentage.
QString number(double share)
{
    return share < 0 ? QString() : QString::number(std::lround(share * 100));
}

} // namespace

QTableWidgetItem *VersionsPanel::reasonItem(const Comparison &c, int version) const
{
    if (version == c.base) {
        auto *item = new QTableWidgetItem(u"—"_s);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(tr("The base: the others' changes are counted against it"));
        return item;
    }
    // The count, its reasons in words for the tooltip, and as data (reason id -> count) for whoever
    // reads the table.
    const ReasonCounts counts = ReasonCounts::of(c, version);
    auto *item = new QTableWidgetItem(QString::number(counts.total));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(c.versions.at(version).name + u": "_s + counts.summary());
    QVariantMap byReason;
    for (const ChangeReason reason : counts.reasons())
        byReason.insert(toString(reason), counts.count(reason));
    item->setData(ReasonCountsRole, byReason);
    if (counts.total > 0)
        item->setForeground(strongColor(m_colors.substantive, m_colors.isDark()));
    return item;
}

VersionsPanel::VersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_colors(ChangeColors::forPrint())
    , m_caption(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    m_caption->setWordWrap(true);
    m_caption->setText(
        tr("<b>Keeps</b>: share of the base's sentences a version keeps. <b>Own</b>: share "
           "of its sentences not in the base. <b>Facts</b>: substantive changes (their reasons in the "
           "tooltip). <b>1, 2, …</b>: percent of content shared with "
           "each version. Double-click a version to make it the base."));
    m_caption->setTextFormat(Qt::RichText);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { Q_EMIT baseRequested(row); });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) { Q_EMIT versionActivated(row); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_table->rowAt(pos.y());
        if (row < 0 || !m_model)
            return;
        QMenu menu(this);
        QAction *makeBase
            = menu.addAction(tr("Make “%1” the Base").arg(m_model->comparison().versions.at(row).name));
        makeBase->setEnabled(row != m_model->comparison().base);
        if (menu.exec(m_table->viewport()->mapToGlobal(pos)) == makeBase)
            Q_EMIT baseRequested(row);
    });
}

void VersionsPanel::setModel(ComparisonModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &VersionsPanel::rebuild);
    rebuild();
}

void VersionsPanel::setColors(const ChangeColors &colors)
{
    m_colors = colors;
    QPalette pal = m_table->palette();
    pal.setColor(QPalette::Base, colors.background);
    pal.setColor(QPalette::Text, colors.text);
    m_table->setPalette(pal);
    rebuild();
}

void VersionsPanel::rebuild()
{
    // A matrix of n² cells for a panel that is often a hidden tab: filled when it is shown.
    m_stale = true;
    if (isVisible() && m_shown)
        rebuildNow();
}

void VersionsPanel::setShown(bool shown)
{
    m_shown = shown;
    if (shown && m_stale && isVisible())
        rebuildNow();
}

void VersionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_shown)
        rebuildNow();
}

QTableWidget *VersionsPanel::table() const
{
    if (m_stale)
        const_cast<VersionsPanel *>(this)->rebuildNow();
    return m_table;
}

void VersionsPanel::rebuildNow()
{
    m_stale = false;
    // The headers measure their sections once the table is filled, not again after every one of its
    // n² items: with 101 versions that took most of a minute.
    for (QHeaderView *header : { m_table->horizontalHeader(), m_table->verticalHeader() })
        header->setSectionResizeMode(QHeaderView::Interactive);
    fill();
    for (QHeaderView *header : { m_table->horizontalHeader(), m_table->verticalHeader() })
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_table->columnCount() == 0)
        return;
    // Long file names would push the matrix out of the panel: the name column gets a fair share and
    // elides, the full name is in the tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), fontMetrics().averageCharWidth() * 18));
}

void VersionsPanel::fill()
{
    m_table->clear();
    const Comparison empty;
    const Comparison &c = m_model ? m_model->comparison() : empty;
    const int n = int(c.versions.size());
    m_table->setRowCount(n);
    m_table->setColumnCount(n > 0 ? FixedColumns + n : 0);
    if (n == 0)
        return;
    QStringList headers = { tr("Version"), tr("Keeps"), tr("Own"), tr("Facts") };
    for (int v = 0; v < n; ++v)
        headers.append(QString::number(v + 1));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(1)->setToolTip(
        tr("Share of the base version's sentences this version keeps"));
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("Share of this version's sentences that are not in the base"));
    m_table->horizontalHeaderItem(FactsColumn)
        ->setToolTip(tr(
            "Substantive changes against the base: figures, dates, names, claims; by reason in the tooltip"));
    // The heat of a cell: more shared content, stronger tint.
    const QColor hue = strongColor(m_colors.selection, m_colors.isDark());
    auto heat = [&](double share) {
        return mixColors(m_colors.background, hue, 0.1 + 0.55 * std::clamp(share, 0.0, 1.0));
    };
    for (int v = 0; v < n; ++v) {
        const Version &version = c.versions.at(v);
        m_table->setHorizontalHeaderItem(FixedColumns + v, new QTableWidgetItem(QString::number(v + 1)));
        m_table->horizontalHeaderItem(FixedColumns + v)->setToolTip(version.name);
        m_table->setVerticalHeaderItem(v, new QTableWidgetItem(QString::number(v + 1)));
        auto *name = new QTableWidgetItem(v == c.base ? tr("%1 (base)").arg(version.name) : version.name);
        const QString date = ComparisonModel::describeDate(version);
        name->setToolTip((version.path.isEmpty() ? version.name : version.path)
            + (date.isEmpty() ? QString() : u'\n' + date));
        if (v == c.base) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(v, 0, name);
        const double keeps = c.baseShare.value(v, -1);
        const double own = c.ownShare.value(v, -1);
        auto *keepsItem = new QTableWidgetItem(percent(keeps));
        auto *ownItem = new QTableWidgetItem(percent(own));
        for (QTableWidgetItem *item : { keepsItem, ownItem })
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (keeps >= 0)
            keepsItem->setBackground(heat(keeps));
        if (own >= 0)
            ownItem->setBackground(heat(own));
        m_table->setItem(v, 1, keepsItem);
        m_table->setItem(v, 2, ownItem);
        m_table->setItem(v, FactsColumn, reasonItem(c, v));
        const QList<double> row = c.similarity.value(v);
        for (int w = 0; w < n; ++w) {
            const double share = row.value(w, -1);
            auto *item = new QTableWidgetItem(v == w ? u"—"_s : number(share));
            item->setTextAlignment(Qt::AlignCenter);
            if (v != w && share >= 0)
                item->setBackground(heat(share));
            item->setToolTip(tr("%1 and %2 share %3 of their content")
                    .arg(version.name, c.versions.at(w).name, percent(share)));
            m_table->setItem(v, FixedColumns + w, item);
        }
    }
}

} // namespace Parallax
