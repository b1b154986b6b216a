// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "testpaths.h"
#include "translations.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or "" (finished)
    QStringList forms; // the translation, or its plural forms

    QString key() const
    {
        return context + u" | "_s + source + (comment.isEmpty() ? QString() : u" | "_s + comment);
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + u": "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        // A plural translation ends after its last numerusform; a singular one is read whole below.
        if (xml.isEndElement() && xml.name() == u"translation" && message.numerus)
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            message.forms.clear();
            if (!message.numerus) {
                message.forms = { xml.readElementText() };
                ts.messages.append(message);
            }
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = path + u": "_s + xml.errorString();
    return ts;
}

QString sourceDir()
{
    return QDir(QStringLiteral(PARALLAX_SAMPLE_DIR) + u"/../.."_s).canonicalPath();
}

QString translationsDir()
{
    return sourceDir() + u"/translations"_s;
}

// The Linguist tools of the Qt the program is built with; PATH as a fallback.
QString qtTool(const QString &name)
{
    const QString beside = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u'/' + name;
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(name);
}

bool run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setWorkingDirectory(sourceDir());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// %1 .. %99, %L1 and %n, in order of appearance, sorted (a translation may reorder them).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.append(m.captured(0));
    found.sort();
    return found;
}

// Keyboard mnemonics (&File); "&&" is a literal ampersand and "&amp;" an HTML entity.
int mnemonicCount(const QString &text)
{
    static const QRegularExpression entity(u"^&(#\\d+|[a-zA-Z]+);"_s);
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (entity.matchView(QStringView(text).mid(i)).hasMatch())
            continue;
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&' && text.at(i + 1) == u'&')
            ++i;
        else if (text.at(i) == u'&')
            return text.at(i + 1).toLower();
    }
    return {};
}

QStringList tsLanguages()
{
    return { u"de"_s, u"fr"_s, u"en"_s };
}

// Mnemonics of one menu's visible entries must differ, or Alt+letter picks the wrong one.
void collectMnemonicClashes(const QString &path, const QList<QAction *> &actions, QStringList *clashes)
{
    QHash<QChar, QString> seen;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = mnemonicOf(action->text());
        if (!key.isNull()) {
            if (seen.contains(key))
                clashes->append(
                    path + u": “"_s + seen.value(key) + u"” and “"_s + action->text() + u"” share &"_s + key);
            else
                seen.insert(key, action->text());
        }
        if (QMenu *sub = action->menu())
            collectMnemonicClashes(path + u" > "_s + action->text(), sub->actions(), clashes);
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void lupdateFindsNothingNewOrGone_data();
    void lupdateFindsNothingNewOrGone();
    void translationKeepsPlaceholdersAndMnemonics_data();
    void translationKeepsPlaceholdersAndMnemonics();
    void embeddedCatalogServesEveryMessage_data();
    void embeddedCatalogServesEveryMessage();
    void pluralRulesOfEachLanguage();
    void availableLanguagesAndNames();
    void commandLineWinsOverSettingOverSystem();
    void unknownLanguageFallsBackToEnglish();
    void languageMenuSavesTheChoice();
    void windowMenusHaveDistinctMnemonics_data();
    void windowMenusHaveDistinctMnemonics();
    void qtsOwnTranslationsComeAlongWhereInstalled();
    void loadErrorsInTheReadersLanguage();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ParallaxTest"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    QSettings().clear();
    Translations::install(QLocale(u"en"_s));
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("German") << u"de"_s << 2;
    QTest::newRow("French") << u"fr"_s << 2;
    QTest::newRow("English plurals") << u"en"_s << 2;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const TsFile ts = readTs(translationsDir() + u"/parallax_"_s + language + u".ts"_s);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            problems.append(m.type + u": "_s + m.key());
        if (m.numerus && m.forms.size() != pluralForms)
            problems.append(
                u"%1 plural forms instead of %2: "_s.arg(m.forms.size()).arg(pluralForms) + m.key());
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems.append(u"empty translation: "_s + m.key());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The English file holds plural forms only; the others every message.
    if (language == u"en"_s)
        QVERIFY(std::all_of(
            ts.messages.begin(), ts.messages.end(), [](const TsMessage &m) { return m.numerus; }));
}

void TestTranslations::lupdateFindsNothingNewOrGone_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : tsLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

// lupdate runs on copies, as app/CMakeLists.txt's parallax_lupdate target would on the files themselves:
// a string in the code that the file lacks comes out new, one the file has and the code no longer
// uses comes out gone.
void TestTranslations::lupdateFindsNothingNewOrGone()
{
    QFETCH(QString, language);
    const QString lupdate = qtTool(u"lupdate"_s);
    QVERIFY2(!lupdate.isEmpty(), "lupdate not found (Qt's Linguist tools are needed to build anyway)");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString original = translationsDir() + u"/parallax_"_s + language + u".ts"_s;
    const QString copy = work.filePath(u"parallax_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QString output;
    const QStringList options { u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-I"_s, u"app"_s, u"-I"_s,
        u"lib"_s, u"app"_s, u"lib"_s, u"-ts"_s, copy };
    QVERIFY2(run(lupdate, options, &output), qPrintable(output));
    if (language == u"en"_s) {
        // As the build's target does: English keeps only the messages with plural forms.
        const QString lconvert = qtTool(u"lconvert"_s);
        QVERIFY2(!lconvert.isEmpty(), "lconvert not found");
        QVERIFY2(
            run(lconvert, { u"-pluralonly"_s, u"-i"_s, copy, u"-o"_s, copy }, &output), qPrintable(output));
    }

    const TsFile before = readTs(original);
    const TsFile after = readTs(copy);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QSet<QString> known;
    for (const TsMessage &m : before.messages)
        known.insert(m.key());
    QSet<QString> used;
    QStringList problems;
    for (const TsMessage &m : after.messages) {
        used.insert(m.key());
        if (!known.contains(m.key()))
            problems.append(u"in the code, not translated: "_s + m.key());
        else if (!m.type.isEmpty())
            problems.append(m.type + u" after lupdate: "_s + m.key());
    }
    for (const TsMessage &m : before.messages) {
        if (!used.contains(m.key()))
            problems.append(u"translated, no longer in the code: "_s + m.key());
    }
    if (!problems.isEmpty()) {
        problems.prepend(u"Run `cmake --build BUILD --target parallax_lupdate`, then translate:"_s);
        QFAIL(qPrintable(problems.join(u'\n')));
    }
    QCOMPARE(after.messages.size(), before.messages.size());
}

void TestTranslations::translationKeepsPlaceholdersAndMnemonics_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : tsLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::translationKeepsPlaceholdersAndMnemonics()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(translationsDir() + u"/parallax_"_s + language + u".ts"_s);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        for (const QString &form : m.forms) {
            QStringList wanted = placeholders(m.source);
            QStringList got = placeholders(form);
            // One plural form may spell the number out ("eine Datei") and drop %n.
            if (m.numerus && m.forms.size() > 1 && !got.contains(u"%n"_s))
                wanted.removeAll(u"%n"_s);
            if (got != wanted)
                problems.append(
                    u"placeholders %1 instead of %2: "_s.arg(got.join(u' '), wanted.join(u' ')) + form);
            if (mnemonicCount(form) != mnemonicCount(m.source))
                problems.append(u"mnemonics differ: “"_s + m.source + u"” → “"_s + form + u"”"_s);
            if (m.source.endsWith(u'…') != form.endsWith(u'…'))
                problems.append(u"the ellipsis (a dialog follows) is lost or added: "_s + form);
            const QStringList tags { u"<b>"_s, u"</b>"_s, u"<p>"_s, u"</p>"_s, u"<br>"_s, u"<i>"_s,
                u"</i>"_s };
            for (const QString &tag : tags) {
                if (m.source.count(tag) != form.count(tag))
                    problems.append(u"markup %1 differs: "_s.arg(tag) + form);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::embeddedCatalogServesEveryMessage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : tsLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

// The .qm built into the program answers every message of the .ts with its translation: the build
// embeds the current files and the contexts are those the code asks for.
void TestTranslations::embeddedCatalogServesEveryMessage()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(QLocale(language)), language);
    const TsFile ts = readTs(translationsDir() + u"/parallax_"_s + language + u".ts"_s);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    for (const TsMessage &m : ts.messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
        if (!m.numerus) {
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation),
                m.forms.value(0));
            continue;
        }
        // German, French and English: the first form for one, the second for many.
        const QString many
            = QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 7);
        QCOMPARE(many, QString(m.forms.value(1)).replace(u"%n"_s, u"7"_s));
        const QString one
            = QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 1);
        QCOMPARE(one, QString(m.forms.value(0)).replace(u"%n"_s, u"1"_s));
    }
}

void TestTranslations::pluralRulesOfEachLanguage()
{
    // French counts zero as singular, German and English as plural.
    const TsFile ts = readTs(translationsDir() + u"/parallax_fr.ts"_s);
    const auto plural = std::find_if(ts.messages.begin(), ts.messages.end(),
        [](const TsMessage &m) { return m.numerus && m.comment.isEmpty(); });
    QVERIFY2(plural != ts.messages.end(), "no plural message to test with");
    const QByteArray context = plural->context.toUtf8();
    const QByteArray source = plural->source.toUtf8();
    const TsFile de = readTs(translationsDir() + u"/parallax_de.ts"_s);
    const auto german = std::find_if(
        de.messages.begin(), de.messages.end(), [&](const TsMessage &m) { return m.key() == plural->key(); });
    QVERIFY(german != de.messages.end());

    Translations::install(QLocale(u"fr"_s));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 0),
        QString(plural->forms.at(0)).replace(u"%n"_s, u"0"_s));
    Translations::install(QLocale(u"de"_s));
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 0),
        QString(german->forms.at(1)).replace(u"%n"_s, u"0"_s));
    Translations::install(QLocale(u"en"_s));
    const QString englishOne
        = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1);
    QVERIFY2(!englishOne.contains(u"(s)"_s) && !englishOne.contains(u"(es)"_s), qPrintable(englishOne));
}

void TestTranslations::availableLanguagesAndNames()
{
    QCOMPARE(Translations::availableLanguages(), QStringList({ u"de"_s, u"en"_s, u"fr"_s }));
    QCOMPARE(Translations::nativeName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(Translations::nativeName(u"fr"_s), u"Français"_s);
    QCOMPARE(Translations::nativeName(u"en"_s), u"English"_s);
    QVERIFY(Translations::isAvailable(QLocale(u"de_AT"_s)));
    QVERIFY(Translations::isAvailable(QLocale(u"fr_CA"_s)));
    QVERIFY(!Translations::isAvailable(QLocale(u"ja_JP"_s)));
}

void TestTranslations::commandLineWinsOverSettingOverSystem()
{
    const QLocale system(u"fr_CH"_s);
    QCOMPARE(Translations::chooseLocale(u"de"_s, u"en"_s, system).language(), QLocale::German);
    QCOMPARE(Translations::chooseLocale({}, u"en"_s, system).language(), QLocale::English);
    QCOMPARE(Translations::chooseLocale({}, {}, system), system);

    QCOMPARE(Translations::languageSetting(), QString());
    Translations::setLanguageSetting(u"de"_s);
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s);
    QCOMPARE(Translations::languageSetting(), u"de"_s);
    Translations::setLanguageSetting({});
    QVERIFY(!QSettings().contains(u"language"_s));

    // A regional locale finds its language's translation.
    QCOMPARE(Translations::install(QLocale(u"de_AT"_s)), u"de"_s);
    QCOMPARE(Translations::installedLanguage(), u"de"_s);
    QCOMPARE(Translations::install(QLocale(u"fr_CA"_s)), u"fr"_s);
    QCOMPARE(Translations::languageFor(QLocale(u"fr_BE"_s)), u"fr"_s);
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(QLocale(u"de"_s)), u"de"_s);
    QCOMPARE(Translations::install(QLocale(u"ja_JP"_s)), u"en"_s);
    QCOMPARE(Translations::install(QLocale::c()), u"en"_s);
    QCOMPARE(Translations::languageFor(QLocale(u"ja_JP"_s)), u"en"_s);
    // Nothing of the German catalog stays installed.
    QCOMPARE(LanguageMenu().title(), u"La&nguage"_s);
}

void TestTranslations::languageMenuSavesTheChoice()
{
    Translations::install(QLocale(u"en"_s));
    QMainWindow window;
    auto *menu = new LanguageMenu(&window);
    window.menuBar()->addMenu(menu);
    QSignalSpy chosen(menu, &LanguageMenu::languageChosen);

    QVERIFY(menu->actionFor(QString()));
    for (const QString &code : Translations::availableLanguages()) {
        QAction *action = menu->actionFor(code);
        QVERIFY2(action, qPrintable(code));
        QCOMPARE(action->text(), Translations::nativeName(code));
    }

    menu->actionFor(u"fr"_s)->trigger();
    QCOMPARE(Translations::languageSetting(), u"fr"_s);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"fr"_s);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Français"_s),
        qPrintable(window.statusBar()->currentMessage()));

    // Back to the language already spoken: nothing to announce.
    window.statusBar()->clearMessage();
    menu->actionFor(u"en"_s)->trigger();
    QCOMPARE(Translations::languageSetting(), u"en"_s);
    QVERIFY(window.statusBar()->currentMessage().isEmpty());

    menu->actionFor(QString())->trigger();
    QVERIFY(!QSettings().contains(u"language"_s));
    QCOMPARE(chosen.size(), 3);

    // Shown again, the menu ticks the saved choice.
    Translations::setLanguageSetting(u"de"_s);
    Q_EMIT menu->aboutToShow();
    QVERIFY(menu->actionFor(u"de"_s)->isChecked());
    QVERIFY(!menu->actionFor(QString())->isChecked());
}

void TestTranslations::windowMenusHaveDistinctMnemonics_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("languageMenu");
    QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"&Sprache"_s;
    QTest::newRow("French") << u"fr"_s << u"&Fichier"_s << u"&Langue"_s;
    QTest::newRow("English") << u"en"_s << u"&File"_s << u"La&nguage"_s;
}

void TestTranslations::windowMenusHaveDistinctMnemonics()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, languageMenu);
    QCOMPARE(Translations::install(QLocale(language)), language);
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), file);
    // View > Language is there, in the window's language.
    auto *languages = window.findChild<LanguageMenu *>();
    QVERIFY(languages);
    QCOMPARE(languages->title(), languageMenu);
    QStringList clashes;
    collectMnemonicClashes(u"menu bar"_s, menus, &clashes);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// Qt's dialogs and context menus speak the language too, where the Qt installation has its catalogues
// (Debian: qt6-translations-l10n).
void TestTranslations::qtsOwnTranslationsComeAlongWhereInstalled()
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFileInfo::exists(dir + u"/qtbase_de.qm"_s))
        QSKIP(qPrintable(u"Qt's own translations are not installed in "_s + dir));
    QCOMPARE(Translations::install(QLocale(u"de"_s)), u"de"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    QCOMPARE(Translations::install(QLocale(u"fr"_s)), u"fr"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
    // English drops them again.
    QCOMPARE(Translations::install(QLocale(u"en"_s)), u"en"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

QTEST_MAIN(TestTranslations)
// The engine reports codes; the words are made where they are shown, in the language installed, while the
// JSON's reason stays English.
void TestTranslations::loadErrorsInTheReadersLanguage()
{
    const LoadError empty { u"/x/empty.txt"_s, LoadError::Code::Empty, {} };
    const LoadError locked { u"/x/locked.txt"_s, LoadError::Code::Unreadable, u"Permission denied"_s };
    QCOMPARE(Translations::install(QLocale(u"de"_s)), u"de"_s);
    QCOMPARE(describe(empty), u"die Datei ist leer"_s);
    QCOMPARE(describe(locked), u"kann nicht gelesen werden: Permission denied"_s);
    QCOMPARE(describeInEnglish(empty), u"the file is empty"_s);
    // Every code has its own German words.
    for (int i = 0; i <= int(LoadError::Code::UnknownBase); ++i) {
        const LoadError e { u"x"_s, LoadError::Code(i), u"1048576"_s };
        QVERIFY2(describe(e) != describeInEnglish(e), qPrintable(toString(e.code) + u": "_s + describe(e)));
    }
    QCOMPARE(Translations::install(QLocale(u"fr"_s)), u"fr"_s);
    QCOMPARE(describe(empty), u"le fichier est vide"_s);

    // The window's error bar.
    QCOMPARE(Translations::install(QLocale(u"de"_s)), u"de"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray story
        = "The ferry will run every twenty minutes from May. The council voted on Tuesday.\n";
    for (const QString &name : { u"a.txt"_s, u"b.txt"_s, u"c-empty.txt"_s }) {
        QFile f(QDir(dir.path()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (!name.contains(u"empty"_s))
            f.write(story);
    }
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::comparisonShown);
    window.openPaths({ dir.path() });
    QVERIFY(shown.wait(60000));
    const QString bar = window.messageBar()->text();
    QVERIFY2(bar.contains(u"c-empty.txt"_s) && bar.contains(u"die Datei ist leer"_s), qPrintable(bar));
}

#include "tst_translations.moc"
