// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

const QString ResourceDir = u":/i18n"_s;
const QString Catalog = u"parallax"_s;
const QString EnglishCode = u"en"_s;

// The translators installed last, so that a second install() replaces rather than stacks them.
QPointer<QTranslator> &programTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString &installedCode()
{
    static QString code;
    return code;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

// "parallax_de.qm" -> "de"
QString codeOf(const QString &qmFile)
{
    const QString base = QFileInfo(qmFile).completeBaseName();
    return base.mid(Catalog.size() + 1);
}

} // namespace

QString Translations::settingKey()
{
    return u"language"_s;
}

QStringList Translations::availableLanguages()
{
    QStringList codes;
    for (const QString &file : QDir(ResourceDir).entryList({ Catalog + u"_*.qm"_s }, QDir::Files))
        codes.append(codeOf(file));
    codes.sort();
    return codes;
}

QString Translations::languageSetting()
{
    return QSettings().value(settingKey()).toString();
}

void Translations::setLanguageSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingKey());
    else
        settings.setValue(settingKey(), code);
}

QLocale Translations::chooseLocale(const QString &requested, const QString &setting, const QLocale &system)
{
    if (!requested.isEmpty())
        return QLocale(requested);
    if (!setting.isEmpty())
        return QLocale(setting);
    return system;
}

bool Translations::isAvailable(const QLocale &locale)
{
    const QStringList codes = availableLanguages();
    return std::any_of(codes.begin(), codes.end(),
        [&](const QString &code) { return QLocale(code).language() == locale.language(); });
}

QString Translations::install(const QLocale &locale)
{
    removeTranslator(programTranslator());
    removeTranslator(qtTranslator());

    auto *program = new QTranslator(QCoreApplication::instance());
    // Tries the locale's UI languages in order (de-AT, de, ...). English is the fallback rather than the
    // untranslated source, because the source has no plural forms ("1 files").
    if (!program->load(locale, Catalog, u"_"_s, ResourceDir)
        && !program->load(Catalog + u'_' + EnglishCode, ResourceDir)) {
        delete program;
        return {};
    }
    QCoreApplication::installTranslator(program);
    programTranslator() = program;
    const QString code = codeOf(program->filePath());
    installedCode() = code;

    // Qt's own dialogs and context menus (qtbase_de.qm, ...), where the Qt installation ships them.
    if (code != EnglishCode) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(
                QLocale(code), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qtTranslator() = qt;
        } else {
            delete qt;
        }
    }
    return code;
}

QString Translations::installedLanguage()
{
    return installedCode();
}

QString Translations::languageFor(const QLocale &locale)
{
    QTranslator probe;
    if (probe.load(locale, Catalog, u"_"_s, ResourceDir))
        return codeOf(probe.filePath());
    return EnglishCode;
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    // Qt names English after the United States ("American English"); the menu offers just one.
    QString name = locale.language() == QLocale::English ? u"English"_s : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace Parallax
