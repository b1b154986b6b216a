// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Parallax {

// Which language the program speaks, and loading the translations for it. The program's .qm files are
// embedded under :/i18n (parallax_<code>.qm); Qt's own come from the Qt installation when present.
class Translations
{
public:
    // The QSettings key of the language the user chose in the window; absent or empty: the system's.
    static QString settingKey();

    // Language codes with an embedded translation of the program ("de", "en", "fr"), sorted.
    static QStringList availableLanguages();

    // The language the user chose in the window ("" to follow the system).
    static QString languageSetting();
    static void setLanguageSetting(const QString &code);

    // The locale to speak: a code given on the command line wins over the setting, which wins over
    // the system's locale. Empty strings mean "not given".
    static QLocale chooseLocale(
        const QString &requested, const QString &setting, const QLocale &system = QLocale::system());

    // True when the locale's language is one the program has a translation for (English included).
    static bool isAvailable(const QLocale &locale);

    // Replaces the application's translators with those for `locale`: the program's (English when it
    // has none for that language, for its plural forms) and Qt's own where installed. Returns the code
    // of the program's translation that was loaded. Needs a QCoreApplication.
    static QString install(const QLocale &locale);
    // The code install() loaded last ("" before the first call).
    static QString installedLanguage();
    // The code install() would load for a locale.
    static QString languageFor(const QLocale &locale);

    // The name of a language in that language, capitalised for a menu ("Deutsch", "Français").
    static QString nativeName(const QString &code);
};

} // namespace Parallax
