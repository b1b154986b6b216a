// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QHeaderView;
class QLineEdit;

namespace Parallax {

// Renaming a version in place: a line edit over its column header, opened by a double click on the
// header or by start() (F2, the version menu). Enter keeps the name, Escape or leaving with an
// unchanged text drops it; an emptied name asks for the automatic one back.
class VersionRenamer : public QObject
{
    Q_OBJECT
public:
    using Commit = std::function<void(int version, const QString &name)>;
    VersionRenamer(QHeaderView *header, Commit commit, QObject *parent = nullptr);
    // A header laid over the main one (the frozen base's): a double click there renames too, and a
    // version it shows is edited there.
    void addHeader(QHeaderView *header);

    // Opens the editor over the version's header section, holding its current name.
    void start(int version, const QString &currentName);
    bool isEditing() const;
    QLineEdit *editor() const;
    // What the double click opens the editor with: the name without "(base)".
    std::function<QString(int version)> nameOf;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(bool keep);

    QHeaderView *headerShowing(int version) const;
    QHeaderView *m_header;
    QList<QHeaderView *> m_overlays;
    Commit m_commit;
    QPointer<QLineEdit> m_editor;
    int m_version = -1;
    QString m_original;
};

} // namespace Parallax
