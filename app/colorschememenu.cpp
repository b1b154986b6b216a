// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorschememenu.h"

#include <KColorSchemeManager>
#include <KColorSchemeModel>

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

const QString settingKey = u"colorScheme"_s;

// KColorSchemeManager finds schemes only as files in a "color-schemes" folder of the XDG data
// folders, and reads them when it is first used. The schemes that come with Parallax are resources:
// they are written once to a cache folder that is put in front of XDG_DATA_DIRS, so the same binary
// finds them installed, in the build tree and in tests.
void provideBundledSchemes()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const QString root
        = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/parallax-schemes"_s;
    const QString folder = root + u"/color-schemes"_s;
    if (!QDir().mkpath(folder))
        return;
    for (const QString &id : ColorSchemeMenu::schemeIds()) {
        QFile bundled(u":/color-schemes/%1.colors"_s.arg(id));
        if (!bundled.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = bundled.readAll();
        QFile written(folder + u'/' + id + u".colors"_s);
        if (written.open(QIODevice::ReadOnly) && written.readAll() == content)
            continue;
        written.close();
        if (written.open(QIODevice::WriteOnly | QIODevice::Truncate))
            written.write(content);
    }
    // The specification's default when the variable is unset, so that setting it loses nothing.
    QString dirs = qEnvironmentVariable("XDG_DATA_DIRS", u"/usr/local/share:/usr/share"_s);
    if (!dirs.split(u':').contains(root))
        qputenv("XDG_DATA_DIRS", (root + u':' + dirs).toLocal8Bit());
}

KColorSchemeManager *manager()
{
    provideBundledSchemes();
    KColorSchemeManager *m = KColorSchemeManager::instance();
    // The choice is kept in QSettings with the rest of the window's, not in a KConfig file.
    m->setAutosaveChanges(false);
    return m;
}

QString label(const QString &id)
{
    if (id == u"ParallaxLight"_s)
        return ColorSchemeMenu::tr("&Light");
    if (id == u"ParallaxDark"_s)
        return ColorSchemeMenu::tr("&Dark");
    if (id == u"ParallaxHighContrast"_s)
        return ColorSchemeMenu::tr("&High Contrast");
    return id;
}

} // namespace

ColorSchemeMenu::ColorSchemeMenu(QWidget *parent)
    : QMenu(tr("Colour Sche&me"), parent)
{
    setObjectName(u"colorSchemeMenu"_s);
    auto *group = new QActionGroup(this);
    QAction *system = addAction(tr("&System Default"));
    system->setData(QString());
    system->setCheckable(true);
    group->addAction(system);
    addSeparator();
    KColorSchemeManager *m = manager();
    for (const QString &id : schemeIds()) {
        QAction *action = addAction(label(id));
        action->setData(id);
        action->setCheckable(true);
        action->setEnabled(m->indexForSchemeId(id).isValid());
        group->addAction(action);
    }
    connect(
        group, &QActionGroup::triggered, this, [](QAction *action) { activate(action->data().toString()); });
    connect(this, &QMenu::aboutToShow, this, &ColorSchemeMenu::updateChecks);
    updateChecks();
}

QStringList ColorSchemeMenu::schemeIds()
{
    return { u"ParallaxLight"_s, u"ParallaxDark"_s, u"ParallaxHighContrast"_s };
}

bool ColorSchemeMenu::activate(const QString &id, bool remember)
{
    KColorSchemeManager *m = manager();
    const QModelIndex index = m->indexForSchemeId(id);
    if (!index.isValid())
        return false;
    m->activateScheme(index);
    if (remember)
        QSettings().setValue(settingKey, id);
    return true;
}

QString ColorSchemeMenu::savedScheme()
{
    return QSettings().value(settingKey).toString();
}

void ColorSchemeMenu::applySaved()
{
    const QString requested = qEnvironmentVariable("PARALLAX_COLOR_SCHEME");
    if (!requested.isEmpty()) {
        const QString id = requested == u"dark"_s ? u"ParallaxDark"_s
            : requested == u"light"_s             ? u"ParallaxLight"_s
            : requested == u"high-contrast"_s     ? u"ParallaxHighContrast"_s
                                                  : requested;
        activate(id, false);
        return;
    }
    // The system's palette needs nothing: it is what the application starts with.
    if (const QString saved = savedScheme(); !saved.isEmpty())
        activate(saved, false);
}

void ColorSchemeMenu::updateChecks()
{
    const QString active = manager()->activeSchemeId();
    for (QAction *action : actions()) {
        if (action->isCheckable())
            action->setChecked(action->data().toString() == active);
    }
}

} // namespace Parallax
