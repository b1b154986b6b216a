// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Parallax {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("La&nguage"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    QAction *system = addAction(tr("Follow the System"));
    system->setData(QString());
    m_group->addAction(system);
    addSeparator();
    for (const QString &code : Translations::availableLanguages()) {
        QAction *action = addAction(Translations::nativeName(code));
        action->setData(code);
        m_group->addAction(action);
    }
    for (QAction *action : m_group->actions())
        action->setCheckable(true);
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (QAction *current = actionFor(Translations::languageSetting()))
            current->setChecked(true);
    });
    connect(m_group, &QActionGroup::triggered, this,
        [this](QAction *action) { choose(action->data().toString()); });
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const QList<QAction *> actions = m_group->actions();
    const auto it = std::find_if(
        actions.begin(), actions.end(), [&](QAction *action) { return action->data().toString() == code; });
    return it == actions.end() ? nullptr : *it;
}

void LanguageMenu::choose(const QString &code)
{
    Translations::setLanguageSetting(code);
    Q_EMIT languageChosen(code);
    // Widgets take their texts when they are made, so the new language shows from the next start.
    const QString next = Translations::languageFor(Translations::chooseLocale({}, code));
    if (next == Translations::installedLanguage())
        return;
    const QString message
        = tr("The language changes to %1 the next time Parallax starts.").arg(Translations::nativeName(next));
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget() ? parentWidget()->window() : nullptr))
        window->statusBar()->showMessage(message, 10000);
}

} // namespace Parallax
