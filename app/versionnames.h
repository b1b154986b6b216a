// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QHash>
#include <QString>

namespace Parallax {

// The names versions are shown under, kept apart from the comparison so that the names the comparator
// matches a base by stay as they were loaded. ComparisonSession applies them to what it shows.
class VersionNames
{
public:
    // What a version is known by across comparisons (as ComparisonModel::versionKey), by its loaded name.
    static QString keyOf(const Version &version);

    // The name without the reader's: the loader's when it came from the page (an outlet) or from
    // dropped text, else the credit in the text, else the loader's (the file name).
    static QString automaticName(const Version &version);

    // The reader's name for the version, from memory or from the settings of its folder; empty if none.
    QString userName(const Version &version) const;
    void setUserName(const Version &version, const QString &name);

    // Renames the versions in place; names several versions would share get their file names added.
    // Without guessing, only the reader's names are applied (a comparison set directly keeps its own).
    void apply(QList<Version> &versions, bool guess = true) const;

private:
    QHash<QString, QString> m_names; // key -> the reader's name (dropped text is kept here only)
};

} // namespace Parallax
