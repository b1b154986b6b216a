// SPDX-License-Identifier: GPL-3.0-or-later
#include "developerhooks.h"

#include "comparisonsession.h"
#include "sidebysideview.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Started when the program starts (static initialisation), for the start-to-first-paint figure.
const QElapsedTimer &processClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}
[[maybe_unused]] const bool processClockStarted = processClock().isValid();

QPalette paletteFromTheme(const KSyntaxHighlighting::Theme &theme)
{
    const QColor background
        = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QColor selection = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
    QPalette p;
    p.setColor(QPalette::Window, background.lighter(115));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::AlternateBase, background.lighter(110));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, background.lighter(125));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, selection);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::ToolTipBase, background.lighter(130));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, text.darker(150));
    p.setColor(QPalette::Disabled, QPalette::Text, text.darker(170));
    p.setColor(QPalette::Disabled, QPalette::WindowText, text.darker(170));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, text.darker(170));
    return p;
}

} // namespace

QString applyDeveloperTheme(const KSyntaxHighlighting::Repository &repository)
{
    if (qEnvironmentVariable("PARALLAX_COLOR_SCHEME") == u"dark"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(
            paletteFromTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme)));
    }
    return qEnvironmentVariable("PARALLAX_THEME");
}

void installDeveloperHooks(QMainWindow *window, SideBySideView *view, ComparisonSession *session,
    const std::function<void()> &resizePanels)
{
    const QString screenshot = qEnvironmentVariable("PARALLAX_SCREENSHOT");
    const bool reportFirstPaint = qEnvironmentVariableIsSet("PARALLAX_QUIT_AFTER_FIRST_PAINT");
    if (screenshot.isEmpty() && !reportFirstPaint)
        return;
    if (reportFirstPaint) {
        QObject::connect(session, &ComparisonSession::comparisonReady, window, [session] {
            if (session->lastComparisonTime() >= 0)
                QTextStream(stderr) << "comparison ready after " << session->lastComparisonTime() << " ms\n";
        });
    }
    const QSize size(qEnvironmentVariableIntValue("PARALLAX_WINDOW_WIDTH"),
        qEnvironmentVariableIntValue("PARALLAX_WINDOW_HEIGHT"));
    if (size.isValid() && !size.isEmpty()) {
        window->resize(size);
        resizePanels();
    }
    QObject::connect(
        view, &SideBySideView::contentPainted, window, [window, view, screenshot, reportFirstPaint] {
            QTextStream err(stderr);
            err << "first comparison painted after " << processClock().elapsed()
                << " ms since program start\n";
            if (reportFirstPaint) {
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
                return;
            }
            // Let idle-time measuring and the panels settle, then take the picture.
            QTimer::singleShot(600, window, [window, view, screenshot] {
                const int steps = qEnvironmentVariableIntValue("PARALLAX_SCREENSHOT_STEPS");
                for (int i = 0; i < steps; ++i)
                    view->goToChange(true, -1);
                const QString panel = qEnvironmentVariable("PARALLAX_SCREENSHOT_PANEL");
                auto raise = [window](const QString &dock) {
                    if (auto *widget = window->findChild<QDockWidget *>(dock))
                        widget->raise();
                };
                if (panel == u"versions"_s)
                    raise(u"VersionsDock"_s);
                else if (panel == u"source"_s)
                    raise(u"SourceDock"_s);
                if (qEnvironmentVariableIsSet("PARALLAX_SCREENSHOT_BOILERPLATE")) {
                    if (auto *action = window->findChild<QAction *>(u"showBoilerplate"_s))
                        action->setChecked(true);
                }
                QTimer::singleShot(300, window, [window, screenshot] {
                    const bool ok = window->grab().save(screenshot);
                    QTextStream(stderr) << (ok ? "saved " : "could not save ") << screenshot << '\n';
                    QCoreApplication::exit(ok ? 0 : 1);
                });
            });
        });
}

} // namespace Parallax
