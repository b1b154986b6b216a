// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionrenamer.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>

namespace Parallax {

VersionRenamer::VersionRenamer(QHeaderView *header, Commit commit, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_commit(std::move(commit))
{
    header->viewport()->installEventFilter(this);
}

void VersionRenamer::addHeader(QHeaderView *header)
{
    m_overlays.append(header);
    header->viewport()->installEventFilter(this);
}

QHeaderView *VersionRenamer::headerShowing(int version) const
{
    for (QHeaderView *overlay : m_overlays) {
        if (overlay->isVisible() && version < overlay->count() && !overlay->isSectionHidden(version))
            return overlay;
    }
    return m_header;
}

bool VersionRenamer::isEditing() const
{
    return !m_editor.isNull();
}

QLineEdit *VersionRenamer::editor() const
{
    return m_editor;
}

void VersionRenamer::start(int version, const QString &currentName)
{
    if (version < 0 || version >= m_header->count() || m_header->isSectionHidden(version))
        return;
    if (m_editor)
        finish(false);
    m_version = version;
    m_original = currentName;
    QHeaderView *header = headerShowing(version);
    m_editor = new QLineEdit(header->viewport());
    m_editor->setText(currentName);
    m_editor->selectAll();
    m_editor->setGeometry(header->sectionViewportPosition(version), 0, header->sectionSize(version),
        header->viewport()->height());
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { finish(true); });
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void VersionRenamer::finish(bool keep)
{
    if (!m_editor)
        return;
    const QString text = m_editor->text().simplified();
    QLineEdit *editor = m_editor;
    m_editor = nullptr;
    editor->hide();
    editor->deleteLater();
    if (keep && text != m_original && m_commit)
        m_commit(m_version, text);
}

bool VersionRenamer::eventFilter(QObject *watched, QEvent *event)
{
    QHeaderView *clicked = watched == m_header->viewport() ? m_header : nullptr;
    for (QHeaderView *overlay : m_overlays) {
        if (watched == overlay->viewport())
            clicked = overlay;
    }
    if (clicked && event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int version = clicked->logicalIndexAt(mouse->position().toPoint());
        if (version >= 0) {
            start(version, nameOf ? nameOf(version) : QString());
            return true;
        }
    }
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finish(false);
            return true;
        }
        // Clicking elsewhere keeps what was typed, as file managers do.
        if (event->type() == QEvent::FocusOut)
            finish(true);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Parallax
