// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotespanel.h"
#include "core/labels.h"

#include "colormix.h"
#include "present/comparisonmodel.h"

#include <algorithm>

#include <QComboBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
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

// How the outlets carry one quotation, counted per fidelity.
struct Verdict
{
    int altered = 0;
    int truncated = 0; // cut or extended
    int merged = 0;
    int absent = 0;

    explicit Verdict(const QuoteGroup &group)
    {
        for (const QuoteVariant &v : group.variants) {
            switch (v.fidelity) {
            case QuoteFidelity::Exact:
            case QuoteFidelity::Typographic:
                break;
            case QuoteFidelity::Altered:
                ++altered;
                break;
            case QuoteFidelity::Truncated:
            case QuoteFidelity::Extended:
                ++truncated;
                break;
            case QuoteFidelity::Merged:
                ++merged;
                break;
            case QuoteFidelity::Absent:
                ++absent;
                break;
            }
        }
    }
    bool wordsDiffer() const { return altered + truncated + merged > 0; }
};

} // namespace

QuotesPanel::QuotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_colors(ChangeColors::forPrint())
    , m_tree(new QTreeWidget(this))
    , m_filter(new QComboBox(this))
    , m_details(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    // The tree lists and the pane below reads: the words in full, however narrow the panel.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a quotation to read it as each outlet has it."));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Quote and outlet"), tr("Fidelity") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Changed words are the point; a quotation some outlet does not carry is another matter.
    m_filter->addItem(tr("All quotations"), int(Filter::All));
    m_filter->addItem(tr("Words differ (altered, cut, merged)"), int(Filter::WordsDiffer));
    m_filter->addItem(tr("Altered"), int(Filter::Altered));
    m_filter->addItem(tr("Cut or extended"), int(Filter::Truncated));
    m_filter->addItem(tr("Merged"), int(Filter::Merged));
    m_filter->addItem(tr("Missing from some outlets"), int(Filter::Absent));
    m_filter->setToolTip(tr("Which quotations to list"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &QuotesPanel::rebuild);
    connect(
        m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showDetails(item); });
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

std::pair<int, int> QuotesPanel::currentQuote() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return { -1, -1 };
    return { item->data(0, GroupRole).toInt(), item->data(0, VariantRole).toInt() };
}

void QuotesPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

QuotesPanel::Filter QuotesPanel::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

bool QuotesPanel::isListed(int group) const
{
    const Verdict verdict(m_model->comparison().quotes.at(group));
    switch (filter()) {
    case Filter::All:
        return true;
    case Filter::WordsDiffer:
        return verdict.wordsDiffer();
    case Filter::Altered:
        return verdict.altered > 0;
    case Filter::Truncated:
        return verdict.truncated > 0;
    case Filter::Merged:
        return verdict.merged > 0;
    case Filter::Absent:
        return verdict.absent > 0;
    }
    return true;
}

bool QuotesPanel::showCell(int row, int version)
{
    if (!m_model)
        return false;
    QList<QuoteSpan> spans = m_model->quoteSpans(row, version);
    // The one F7 stopped at: a divergent quotation before a faithful one.
    std::stable_partition(spans.begin(), spans.end(), [](const QuoteSpan &span) {
        return span.fidelity != QuoteFidelity::Exact && span.fidelity != QuoteFidelity::Typographic;
    });
    // A quotation of the cell already selected (the reader clicked it here) stays selected.
    if (const QTreeWidgetItem *current = m_tree->currentItem()) {
        for (const QuoteSpan &span : std::as_const(spans)) {
            if (current->data(0, GroupRole).toInt() == span.group
                && current->data(0, VariantRole).toInt() == span.variant)
                return true;
        }
    }
    for (const QuoteSpan &span : std::as_const(spans)) {
        if (QTreeWidgetItem *item = itemFor(span.group, span.variant)) {
            if (item->parent())
                item->parent()->setExpanded(true);
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return true;
        }
    }
    return false;
}

void QuotesPanel::showDetails(QTreeWidgetItem *item)
{
    const int group = item ? item->data(0, GroupRole).toInt() : -1;
    if (!m_model || group < 0 || group >= m_model->comparison().quotes.size()) {
        m_details->clear();
        return;
    }
    const Comparison &c = m_model->comparison();
    const QuoteGroup &quote = c.quotes.at(group);
    const int selected = item->data(0, VariantRole).toInt();
    QString html;
    if (!quote.speaker.isEmpty())
        html += u"<p><b>%1</b></p>"_s.arg(quote.speaker.toHtmlEscaped());
    for (int i = 0; i < quote.variants.size(); ++i) {
        const QuoteVariant &v = quote.variants.at(i);
        if (v.version < 0 || v.version >= c.versions.size())
            continue;
        const QString outlet = c.versions.at(v.version).name.toHtmlEscaped();
        const QString words = v.fidelity == QuoteFidelity::Absent
            ? u"<i>%1</i>"_s.arg(tr("does not carry it"))
            : u"“%1”"_s.arg(v.text.simplified().toHtmlEscaped());
        const QString line = tr("%1 (%2): %3").arg(outlet, label(v.fidelity).toHtmlEscaped(), words);
        html += i == selected ? u"<p><u>%1</u></p>"_s.arg(line) : u"<p>%1</p>"_s.arg(line);
    }
    m_details->setHtml(html);
}

void QuotesPanel::rebuild()
{
    m_tree->clear();
    m_details->clear();
    if (!m_model)
        return;
    const Comparison &c = m_model->comparison();
    const bool dark = m_colors.isDark();
    QList<QTreeWidgetItem *> items;
    for (int g = 0; g < c.quotes.size(); ++g) {
        const QuoteGroup &group = c.quotes.at(g);
        if (!isListed(g))
            continue;
        const QuoteVariant &reference = group.variants.value(group.reference);
        const QString words = u"“"_s + excerpt(reference.text) + u"”"_s;
        auto *top = new QTreeWidgetItem;
        top->setText(0, group.speaker.isEmpty() ? words : tr("%1 — %2").arg(group.speaker, words));
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
                break;
            case QuoteFidelity::Truncated:
            case QuoteFidelity::Extended:
                color = strongColor(m_colors.wording, dark);
                break;
            case QuoteFidelity::Absent:
                color = m_colors.dimmedText;
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
        // The group's verdict on its one line: changed words first, then what is merely absent.
        const Verdict verdict(group);
        QStringList summary;
        if (verdict.altered > 0)
            summary.append(tr("%n altered", nullptr, verdict.altered));
        if (verdict.truncated > 0)
            summary.append(tr("%n cut", nullptr, verdict.truncated));
        if (verdict.merged > 0)
            summary.append(tr("%n merged", nullptr, verdict.merged));
        if (verdict.absent > 0)
            summary.append(tr("%n absent", nullptr, verdict.absent));
        top->setText(1, summary.isEmpty() ? tr("all exact") : summary.join(u" · "_s));
        top->setToolTip(0,
            group.speaker.isEmpty() ? reference.text : group.speaker + u":\n“"_s + reference.text + u"”"_s);
        if (verdict.wordsDiffer()) {
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(1, bold);
        }
        items.append(top);
    }
    // Collapsed: one line per quotation with its verdict; the outlets open on demand.
    m_tree->addTopLevelItems(items);
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
