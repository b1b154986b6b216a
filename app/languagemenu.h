// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace Parallax {

// View > Language: follow the system or speak one of the translated languages. The choice is kept in
// the settings and takes effect the next time the program starts.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The checkable action of a language code; "" is "Follow the System".
    QAction *actionFor(const QString &code) const;

Q_SIGNALS:
    // The user picked a language (already saved); "" means the system's.
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);
    QActionGroup *m_group;
};

} // namespace Parallax
