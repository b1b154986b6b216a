// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcommand.h"
#include "commandline.h"
#include "comparisonsession.h"
#include "core/filepaths.h"
#include "mainwindow.h"
#include "pdfhelpersetup.h"
#include "startuptrace.h"
#include "translations.h"
#include "workspace/sessionfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Parallax"_s);
    QCoreApplication::setApplicationName(u"Parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// The value of --lang ("--lang de" or "--lang=de"), read before the parser exists because the parser's
// own texts are already translated.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--"_s)
            break;
        if (arg == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--lang="_s))
            return arg.mid(7);
    }
    return {};
}

// The window speaks the language given with --lang, else the one chosen in its Language menu (useSetting),
// else the system's; `parallax compare` heeds --lang and the system only.
void installLanguage(bool useSetting)
{
    const QString requested = requestedLanguage(QCoreApplication::arguments());
    const QString setting = useSetting ? Parallax::Translations::languageSetting() : QString();
    const QLocale locale = Parallax::Translations::chooseLocale(requested, setting);
    // A language chosen by hand formats numbers and dates its way too.
    if (!requested.isEmpty() || !setting.isEmpty())
        QLocale::setDefault(locale);
    const QString loaded = Parallax::Translations::install(locale);
    if (!requested.isEmpty() && !Parallax::Translations::isAvailable(QLocale(requested))) {
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "parallax: there is no translation for '%1'; using %2.")
                                   .arg(requested, Parallax::Translations::nativeName(loaded))
                            << '\n';
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // `parallax compare ...` and `parallax batch ...` run headless: no display is needed, even for the PDF.
    if (argc > 1 && (qstrcmp(argv[1], "compare") == 0 || qstrcmp(argv[1], "batch") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt takes -session ID (X11 session management) for itself, which would swallow `--session FILE`:
        // the option is hidden from QGuiApplication under another name and given back afterwards.
        const QByteArray sessionOption("--session"), hiddenName("--parallax-session");
        const QByteArray sessionAssign = sessionOption + '=', hiddenAssign = hiddenName + '=';
        std::vector<QByteArray> kept;
        std::vector<char *> hidden;
        for (int i = 0; i < argc; ++i) {
            QByteArray arg(argv[i]);
            if (arg == sessionOption || arg.startsWith(sessionAssign))
                arg.replace(0, sessionOption.size(), hiddenName);
            kept.push_back(arg);
        }
        for (QByteArray &arg : kept)
            hidden.push_back(arg.data());
        hidden.push_back(nullptr);
        int hiddenCount = argc;
        QGuiApplication app(hiddenCount, hidden.data());
        setApplicationIdentity();
        Parallax::usePdfHelper();
        // Scripts get the same JSON in every language; messages and the PDF follow the locale or --lang.
        installLanguage(false);
        // The arguments as bytes: a file name that is not UTF-8 must still name its file.
        QStringList arguments;
        for (int i = 2; i < hiddenCount; ++i) {
            QByteArray arg(hidden[i]);
            if (arg == hiddenName || arg.startsWith(hiddenAssign))
                arg.replace(0, hiddenName.size(), sessionOption);
            arguments.append(Parallax::FilePaths::fromNative(arg));
        }
        return qstrcmp(argv[1], "batch") == 0 ? Parallax::runBatchCommand(arguments)
                                              : Parallax::runCompareCommand(arguments);
    }

    // --help and --version must work in a terminal without a display; the window needs one.
    if (!hasDisplay()) {
        bool informational = false;
        for (int i = 1; i < argc; ++i) {
            const QByteArrayView arg(argv[i]);
            informational = informational || arg == "--help" || arg == "-h" || arg == "--version"
                || arg == "-v" || arg == "--help-all";
        }
        if (!informational) {
            fprintf(stderr,
                "parallax: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                "Use 'parallax compare --json FILE --pdf FILE PATH...' to compare without a display.\n");
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    Parallax::StartupTrace::mark("main");
    QApplication app(argc, argv);
    setApplicationIdentity();
    Parallax::usePdfHelper();
    QGuiApplication::setDesktopFileName(u"org.parallax.Parallax"_s);
    Parallax::StartupTrace::mark("QApplication");
    installLanguage(true);
    Parallax::StartupTrace::mark("translations");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Read versions of an article side by side.\n\nparallax compare --help: the command-line "
        "comparison.\nparallax batch --help: every story of an archive."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(u"lang"_s,
        QApplication::translate("main",
            "Speak the language CODE (de, en, fr) instead of the system's or the one chosen in the window."),
        u"CODE"_s));
    parser.addPositionalArgument(
        u"PATH"_s, QApplication::translate("main", "Article files or folders to compare."), u"[PATH...]"_s);
    parser.process(app);

    // A session file (double-clicked, or given) opens as the session it is; other paths are compared,
    // starting before the window is built: the comparison runs in the background while it is.
    const QStringList paths = parser.positionalArguments();
    const bool sessionFile = paths.size() == 1 && Parallax::SessionFiles::isSessionFile(paths.first());
    auto *session = new Parallax::ComparisonSession;
    if (!sessionFile && !paths.isEmpty())
        session->openPaths(paths);
    Parallax::StartupTrace::mark("comparison started");
    Parallax::MainWindow window(session);
    Parallax::StartupTrace::mark("window constructed");
    window.show();
    Parallax::StartupTrace::mark("window shown");
    if (sessionFile)
        window.openSession(paths.first());
    else if (paths.isEmpty())
        window.offerRecovery();
    Parallax::StartupTrace::mark("event loop");
    return QApplication::exec();
}
