// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionnaming.h"

#include "creditline.h"

#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Parallax::VersionNaming {

QString automaticName(const Version &version)
{
    if (!version.outlet.isEmpty() || version.path.isEmpty())
        return version.name;
    const QString credited = TextCredit::read(version.text).name();
    return credited.isEmpty() ? version.name : credited;
}

void apply(QList<Version> &versions, const std::function<QString(const Version &)> &chosen, bool guess)
{
    QList<QString> names;
    QList<bool> automatic;
    QHash<QString, int> count;
    for (const Version &v : std::as_const(versions)) {
        const QString user = chosen ? chosen(v) : QString();
        names.append(!user.isEmpty() ? user : guess ? automaticName(v) : v.name);
        automatic.append(user.isEmpty());
        ++count[names.last()];
    }
    for (qsizetype i = 0; i < versions.size(); ++i) {
        Version &v = versions[i];
        // Two wire copies both credited "(AP)": the credit tells them apart no better than nothing,
        // so the file name goes with it. The reader's own names are kept as given.
        if (automatic.at(i) && count.value(names.at(i)) > 1 && names.at(i) != v.name && !v.path.isEmpty())
            v.name = u"%1 (%2)"_s.arg(names.at(i), QFileInfo(v.path).completeBaseName());
        else
            v.name = names.at(i);
    }
}

} // namespace Parallax::VersionNaming
