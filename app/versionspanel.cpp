// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionspanel.h"

#include "colormix.h"

#include "compare/againstprevious.h"
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
        item->setToolTip(m_againstPrevious ? tr("The earliest version: the next one is measured against it")
                                           : tr("The base: the others' changes are counted against it"));
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
    updateCaption();
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

void VersionsPanel::setAgainstPrevious(bool on)
{
    if (on == m_againstPrevious)
        return;
    m_againstPrevious = on;
    updateCaption();
}

void VersionsPanel::updateCaption()
{
    m_caption->setText(m_againstPrevious
            ? tr("<b>Keeps</b>: share of the previous version's sentences (in time) a version keeps. "
                 "<b>New</b>: share of its sentences new since then. <b>Facts</b>: substantive changes "
                 "since the previous version. <b>1, 2, …</b>: percent of content shared with each version.")
            : tr("<b>Keeps</b>: share of the base's sentences a version keeps. <b>Own</b>: share "
                 "of its sentences not in the base. <b>Facts</b>: substantive changes (their reasons in the "
                 "tooltip). <b>1, 2, …</b>: percent of content shared with "
                 "each version. Double-click a version to make it the base."));
}

// Against the previous version, the shares are the step's: each row says which version it is measured
// against, and the earliest, which has none, says so.
void VersionsPanel::describeShares(
    const Comparison &c, int version, QTableWidgetItem *keeps, QTableWidgetItem *own) const
{
    const QString name = c.versions.at(version).name;
    const VersionStep *step = m_againstPrevious ? AgainstPrevious::stepOf(c, version) : nullptr;
    if (!m_againstPrevious) {
        if (version != c.base) {
            keeps->setToolTip(tr("%1 keeps %2 of the base's sentences").arg(name, keeps->text()));
            own->setToolTip(tr("%1 of %2's sentences are not in the base").arg(own->text(), name));
        }
        return;
    }
    if (!step || step->previous < 0) {
        keeps->setText(u"—"_s);
        own->setText(u"—"_s);
        keeps->setBackground({});
        own->setBackground({});
        const QString earliest = step ? tr("%1 is the earliest version: nothing comes before it").arg(name)
                                      : tr("%1 has no place in time order").arg(name);
        keeps->setToolTip(earliest);
        own->setToolTip(earliest);
        return;
    }
    const QString previous = c.versions.at(step->previous).name;
    keeps->setToolTip(
        tr("%1 keeps %2 of the sentences of %3, the version before it").arg(name, keeps->text(), previous));
    own->setToolTip(
        tr("%1 of %2's sentences are new since %3, the version before it").arg(own->text(), name, previous));
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
    // The reports' words for the same figures against the previous version.
    QStringList headers = { tr("Version"), m_againstPrevious ? tr("Keeps of the previous") : tr("Keeps"),
        m_againstPrevious ? tr("New") : tr("Own"), tr("Facts") };
    for (int v = 0; v < n; ++v)
        headers.append(QString::number(v + 1));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(1)->setToolTip(m_againstPrevious
            ? tr("Share of the previous version's sentences (in time) this version keeps")
            : tr("Share of the base version's sentences this version keeps"));
    m_table->horizontalHeaderItem(2)->setToolTip(m_againstPrevious
            ? tr("Share of this version's sentences that are new since the previous version")
            : tr("Share of this version's sentences that are not in the base"));
    m_table->horizontalHeaderItem(FactsColumn)
        ->setToolTip(m_againstPrevious
                ? tr("Substantive changes since the previous version: figures, dates, names, claims; by "
                     "reason in the tooltip")
                : tr("Substantive changes against the base: figures, dates, names, claims; by reason in "
                     "the tooltip"));
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
        // Against the previous version the model's base is the earliest version.
        auto *name = new QTableWidgetItem(v != c.base ? version.name
                : m_againstPrevious                   ? tr("%1 (earliest)").arg(version.name)
                                                      : tr("%1 (base)").arg(version.name));
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
        describeShares(c, v, keepsItem, ownItem);
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
