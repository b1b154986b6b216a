// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    // `parallax compare ...` runs headless: no display is needed, even for the PDF.
    if (argc > 1 && qstrcmp(argv[1], "compare") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationIdentity();
        return Parallax::runCompareCommand(QCoreApplication::arguments().mid(2));
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

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(u"org.parallax.Parallax"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Read versions of an article side by side.\n\nparallax compare --help: the command-line "
        "comparison."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"PATH"_s, QApplication::translate("main", "Article files or folders to compare."), u"[PATH...]"_s);
    parser.process(app);

    Parallax::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());
    return QApplication::exec();
}
