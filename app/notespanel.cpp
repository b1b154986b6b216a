// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        if (!tags.contains(t))
            tags.append(t);
    return tags;
}

} // namespace

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_tag(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_list(new QTreeWidget(this))
{
    m_tag->setObjectName(u"notesTagFilter"_s);
    m_version->setObjectName(u"notesVersionFilter"_s);
    m_list->setObjectName(u"notesList"_s);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_version, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list);
    // The note's words second: the dock is narrow, and they are what the reader scans for.
    m_list->setHeaderLabels({ tr("Row"), tr("Note"), tr("Tags"), tr("Version"), tr("Author") });
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &NotesPanel::rebuild);
    connect(m_version, &QComboBox::currentIndexChanged, this, &NotesPanel::rebuild);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT noteActivated(item->data(0, IndexRole).toInt()); });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_list->itemAt(pos);
        if (!item)
            return;
        const int index = item->data(0, IndexRole).toInt();
        QMenu menu;
        QAction *go = menu.addAction(tr("Go to Note"));
        go->setEnabled(!m_notes.at(index).isOrphaned());
        QAction *edit = menu.addAction(tr("Edit Note…"));
        QAction *remove = menu.addAction(tr("Remove Note"));
        QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
        if (chosen == go)
            Q_EMIT noteActivated(index);
        else if (chosen == edit)
            Q_EMIT editRequested(index);
        else if (chosen == remove)
            Q_EMIT removeRequested(index);
    });
}

void NotesPanel::setNotes(const QList<Note> &notes, const Comparison &comparison, const QStringList &tags)
{
    m_notes = notes;
    m_versionNames.clear();
    for (const Version &v : comparison.versions)
        m_versionNames.append(v.name);
    m_tags = tags;
    // The filters keep what was chosen where it still exists.
    const QString tag = m_tag->currentData().toString();
    const int version = m_version->currentData().isValid() ? m_version->currentData().toInt() : -2;
    {
        const QSignalBlocker blockTag(m_tag), blockVersion(m_version);
        m_tag->clear();
        m_tag->addItem(tr("All tags"), QString());
        for (const QString &t : std::as_const(m_tags))
            m_tag->addItem(t, t);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
        m_version->clear();
        m_version->addItem(tr("All versions"), -2);
        for (qsizetype v = 0; v < m_versionNames.size(); ++v)
            m_version->addItem(m_versionNames.at(v), int(v));
        m_version->setCurrentIndex(std::max(0, m_version->findData(version)));
    }
    rebuild();
}

int NotesPanel::currentNote() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IndexRole).toInt() : -1;
}

int NotesPanel::visibleCount() const
{
    return m_list->topLevelItemCount();
}

void NotesPanel::rebuild()
{
    m_list->clear();
    const QString tag = m_tag->currentData().toString();
    const int version = m_version->currentData().toInt();
    QList<int> order;
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        const Note &n = m_notes.at(i);
        if (!tag.isEmpty() && !n.tags.contains(tag))
            continue;
        // A note on a whole row or a quotation concerns every version of the row.
        if (version >= 0 && n.version != version && (n.target == Note::Target::Span || n.isOrphaned()))
            continue;
        order.append(int(i));
    }
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const int ra = m_notes.at(a).isOrphaned() ? INT_MAX : m_notes.at(a).row;
        const int rb = m_notes.at(b).isOrphaned() ? INT_MAX : m_notes.at(b).row;
        return ra < rb;
    });
    for (const int i : std::as_const(order)) {
        const Note &n = m_notes.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IndexRole, i);
        item->setText(0, n.isOrphaned() ? tr("orphaned") : QString::number(n.row + 1));
        QString where = n.version >= 0 ? m_versionNames.value(n.version) : QString();
        if (n.target == Note::Target::Row && !n.isOrphaned())
            where = tr("whole row");
        else if (n.target == Note::Target::Quote)
            where = tr("quotation");
        item->setText(1, n.text);
        item->setText(2, n.tags.join(u", "_s));
        item->setText(3, where);
        item->setText(4, n.author);
        item->setToolTip(1,
            u"<p>%1</p><p><i>\u201c%2\u201d</i></p>"_s.arg(
                n.text.toHtmlEscaped(), n.passage.left(400).toHtmlEscaped()));
        if (n.isOrphaned()) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            for (int column = 0; column < 5; ++column)
                item->setFont(column, italic);
        }
    }
}

NoteDialog::NoteDialog(const Note &note, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_note(note)
    , m_text(new QPlainTextEdit(note.text, this))
    , m_tags(new QLineEdit(note.tags.join(u", "_s), this))
    , m_author(new QLineEdit(note.author, this))
{
    setWindowTitle(note.text.isEmpty() ? tr("Add Note") : tr("Edit Note"));
    m_text->setObjectName(u"noteText"_s);
    m_tags->setObjectName(u"noteTags"_s);
    m_author->setObjectName(u"noteAuthor"_s);
    auto *passage = new QLabel(u"\u201c"_s + note.passage.left(300) + u"\u201d"_s, this);
    passage->setWordWrap(true);
    passage->setTextFormat(Qt::PlainText);
    // The known tags as buttons: one click adds (or removes) a tag.
    auto *tagButtons = new QHBoxLayout;
    for (const QString &tag : knownTags) {
        auto *button = new QPushButton(tag, this);
        button->setCheckable(true);
        button->setChecked(note.tags.contains(tag));
        button->setAutoDefault(false);
        connect(button, &QPushButton::toggled, this, [this, tag](bool on) {
            QStringList tags = splitTags(m_tags->text());
            tags.removeAll(tag);
            if (on)
                tags.append(tag);
            m_tags->setText(tags.join(u", "_s));
        });
        tagButtons->addWidget(button);
    }
    tagButtons->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Passage:"), passage);
    form->addRow(tr("&Note:"), m_text);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(QString(), tagButtons);
    form->addRow(tr("&Author:"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_text->setFocus();
    resize(520, 360);
}

Note NoteDialog::note() const
{
    Note n = m_note;
    n.text = m_text->toPlainText().trimmed();
    n.tags = splitTags(m_tags->text());
    n.author = m_author->text().trimmed();
    return n;
}

} // namespace Parallax
