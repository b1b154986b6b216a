// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionnames.h"

#include "load/versionnaming.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// The settings hold one map per folder (canonical path -> file name -> name): a folder moved or
// opened through a link keeps its names.
const QString settingsKey = u"versionNames"_s;

QString folderOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = QFileInfo(info.absolutePath()).canonicalFilePath();
    return canonical.isEmpty() ? info.absolutePath() : canonical;
}

} // namespace

QString VersionNames::keyOf(const Version &version)
{
    return version.path.isEmpty() ? version.name : version.path;
}

QString VersionNames::automaticName(const Version &version)
{
    return VersionNaming::automaticName(version);
}

QString VersionNames::userName(const Version &version) const
{
    if (const auto it = m_names.constFind(keyOf(version)); it != m_names.cend())
        return *it;
    if (version.path.isEmpty())
        return {};
    const QVariantMap folders = QSettings().value(settingsKey).toMap();
    return folders.value(folderOf(version.path)).toMap().value(QFileInfo(version.path).fileName()).toString();
}

void VersionNames::setUserName(const Version &version, const QString &name)
{
    const QString trimmed = name.simplified();
    m_names.insert(keyOf(version), trimmed);
    if (version.path.isEmpty())
        return;
    QSettings settings;
    QVariantMap folders = settings.value(settingsKey).toMap();
    const QString folder = folderOf(version.path);
    QVariantMap names = folders.value(folder).toMap();
    if (trimmed.isEmpty())
        names.remove(QFileInfo(version.path).fileName());
    else
        names.insert(QFileInfo(version.path).fileName(), trimmed);
    if (names.isEmpty())
        folders.remove(folder);
    else
        folders.insert(folder, names);
    settings.setValue(settingsKey, folders);
}

void VersionNames::apply(QList<Version> &versions, bool guess) const
{
    VersionNaming::apply(versions, [this](const Version &v) { return userName(v); }, guess);
}

} // namespace Parallax
