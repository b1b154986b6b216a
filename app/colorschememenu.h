// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Parallax {

// View > Colour Scheme: the whole application palette (menus, toolbar, headers, tabs, status bar and
// the reading view, whose colours follow the palette) from KF6 ColorScheme's KColorSchemeManager. A
// short list, as KDE applications offer it: the system's own palette, and the light, dark and
// high-contrast schemes that come with Parallax (resources/color-schemes). The choice is kept in
// QSettings ("colorScheme": a scheme id, empty for the system's).
class ColorSchemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ColorSchemeMenu(QWidget *parent = nullptr);

    // The ids of the schemes offered besides the system's, in menu order.
    static QStringList schemeIds();
    // Applies a scheme by id (empty: the system's palette) and, with remember, keeps it in the settings.
    // Returns false for an id KColorSchemeManager does not know.
    static bool activate(const QString &id, bool remember = true);
    // The scheme last chosen (empty: the system's).
    static QString savedScheme();
    // At startup: applies the saved scheme, unless overridden (PARALLAX_COLOR_SCHEME: an id, or "dark",
    // "light" or "high-contrast").
    static void applySaved();

private:
    void updateChecks();
};

} // namespace Parallax
