// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotespanel.h"
#include "core/labels.h"

#include "colormix.h"
#include "present/comparisonmodel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int GroupRole = Qt::UserRole + 1;
constexpr int VariantRole = Qt::UserRole + 2;

QString excerpt(const QString &text, qsizetype maximum = 70)
{
    const QString simple = text.simplified();
    return simple.size() <= maximum ? simple : simple.left(maximum - 1) + QChar(0x2026);
}

} // namespace

QuotesPanel::QuotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_colors(ChangeColors::forPrint())
    , m_tree(new QTreeWidget(this))
    , m_onlyDivergent(new QCheckBox(tr("Only quotes that differ"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_onlyDivergent);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Quote and outlet"), tr("Fidelity") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_onlyDivergent->setToolTip(tr("Hide quotations that every outlet carries word for word"));
    connect(m_onlyDivergent, &QCheckBox::toggled, this, &QuotesPanel::rebuild);
    // A single click is enough: the panel is a list of places to go.
    connect(
        m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { onItemActivated(item); });
    connect(
        m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { onItemActivated(item); });
}

void QuotesPanel::setModel(ComparisonModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &QuotesPanel::rebuild);
    rebuild();
}

void QuotesPanel::setColors(const ChangeColors &colors)
{
    m_colors = colors;
    QPalette pal = m_tree->palette();
    pal.setColor(QPalette::Base, colors.background);
    pal.setColor(QPalette::AlternateBase, mixColors(colors.background, colors.text, 0.04));
    pal.setColor(QPalette::Text, colors.text);
    m_tree->setPalette(pal);
    rebuild();
}

QTreeWidgetItem *QuotesPanel::itemFor(int group, int variant) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, GroupRole).toInt() != group)
            continue;
        if (variant < 0)
            return top;
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, VariantRole).toInt() == variant)
                return top->child(j);
        }
    }
    return nullptr;
}

void QuotesPanel::rebuild()
{
    m_tree->clear();
    if (!m_model)
        return;
    const Comparison &c = m_model->comparison();
    const bool dark = m_colors.isDark();
    QList<QTreeWidgetItem *> items;
    for (int g = 0; g < c.quotes.size(); ++g) {
        const QuoteGroup &group = c.quotes.at(g);
        const bool divergent = m_model->isQuoteDivergent(g);
        if (m_onlyDivergent->isChecked() && !divergent)
            continue;
        const QuoteVariant &reference = group.variants.value(group.reference);
        const QString words = u"“"_s + excerpt(reference.text) + u"”"_s;
        auto *top = new QTreeWidgetItem;
        top->setText(0, group.speaker.isEmpty() ? words : tr("%1 — %2").arg(group.speaker, words));
        int differing = 0;
        int absent = 0;
        for (int i = 0; i < group.variants.size(); ++i) {
            const QuoteVariant &v = group.variants.at(i);
            if (v.version < 0 || v.version >= c.versions.size())
                continue;
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, c.versions.at(v.version).name);
            child->setText(1, label(v.fidelity));
            child->setData(0, GroupRole, g);
            child->setData(0, VariantRole, i);
            QString tip = m_model->describeQuoteVariant(g, i);
            if (!v.text.isEmpty())
                tip += u"\n“"_s + v.text + u"”"_s;
            child->setToolTip(0, tip);
            child->setToolTip(1, tip);
            QColor color;
            switch (v.fidelity) {
            case QuoteFidelity::Exact:
            case QuoteFidelity::Typographic:
                break;
            case QuoteFidelity::Altered:
            case QuoteFidelity::Merged:
                color = strongColor(m_colors.substantive, dark);
                ++differing;
                break;
            case QuoteFidelity::Truncated:
            case QuoteFidelity::Extended:
                color = strongColor(m_colors.wording, dark);
                ++differing;
                break;
            case QuoteFidelity::Absent:
                color = m_colors.dimmedText;
                ++absent;
                break;
            }
            if (color.isValid())
                child->setForeground(1, color);
            if (v.fidelity == QuoteFidelity::Absent) {
                child->setForeground(0, m_colors.dimmedText);
                QFont italic = child->font(0);
                italic.setItalic(true);
                child->setFont(0, italic);
            }
        }
        top->setData(0, GroupRole, g);
        top->setData(0, VariantRole, -1);
        // Changed words matter more than a quote an outlet does not carry: say them apart.
        QStringList summary;
        if (differing > 0)
            summary.append(tr("%n changed", nullptr, differing));
        if (absent > 0)
            summary.append(tr("%n absent", nullptr, absent));
        top->setText(1, summary.isEmpty() ? tr("all exact") : summary.join(u" · "_s));
        top->setToolTip(0,
            group.speaker.isEmpty() ? reference.text : group.speaker + u":\n“"_s + reference.text + u"”"_s);
        if (differing > 0) {
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(1, bold);
        }
        items.append(top);
    }
    m_tree->addTopLevelItems(items);
    // Divergent groups open: that is what the panel is for.
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setExpanded(m_model->isQuoteDivergent(item->data(0, GroupRole).toInt()));
    if (items.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree);
        none->setText(0, c.versions.isEmpty() ? tr("No comparison open") : tr("No quotations found"));
        none->setFlags(Qt::NoItemFlags);
        none->setData(0, GroupRole, -1);
    }
}

void QuotesPanel::onItemActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int group = item->data(0, GroupRole).toInt();
    if (group < 0 || !m_model || group >= m_model->comparison().quotes.size())
        return;
    int variant = item->data(0, VariantRole).toInt();
    if (variant < 0)
        variant = m_model->comparison().quotes.at(group).reference;
    Q_EMIT variantActivated(group, variant);
}

} // namespace Parallax
