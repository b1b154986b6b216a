// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Parallax"_s);
    QCoreApplication::setApplicationName(u"Parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
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
