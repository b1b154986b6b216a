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
#include <QMenu>
#include <QScreen>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>

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
                // Reasons to follow ("number,name"), before moving, so that the steps follow them too.
                for (const QString &id :
                    qEnvironmentVariable("PARALLAX_SCREENSHOT_REASONS").split(u',', Qt::SkipEmptyParts)) {
                    if (auto *action = window->findChild<QAction *>(u"reason-"_s + id.trimmed()))
                        action->trigger();
                }
                const int steps = qEnvironmentVariableIntValue("PARALLAX_SCREENSHOT_STEPS");
                for (int i = 0; i < steps; ++i)
                    view->goToChange(true, -1);
                // Steps by Go > Next Change of the Chosen Reasons: the status bar names the change.
                const int reasonSteps = qEnvironmentVariableIntValue("PARALLAX_SCREENSHOT_REASON_STEPS");
                for (int i = 0; i < reasonSteps; ++i) {
                    if (auto *action = window->findChild<QAction *>(u"nextChosenReason"_s))
                        action->trigger();
                }
                const QString panel = qEnvironmentVariable("PARALLAX_SCREENSHOT_PANEL");
                auto raise = [window](const QString &dock) {
                    if (auto *widget = window->findChild<QDockWidget *>(dock))
                        widget->raise();
                };
                if (panel == u"versions"_s)
                    raise(u"VersionsDock"_s);
                else if (panel == u"source"_s)
                    raise(u"SourceDock"_s);
                else if (panel == u"notes"_s)
                    raise(u"NotesDock"_s);
                if (qEnvironmentVariableIsSet("PARALLAX_SCREENSHOT_BOILERPLATE")) {
                    if (auto *action = window->findChild<QAction *>(u"showBoilerplate"_s))
                        action->setChecked(true);
                }
                // A menu is a window of its own: with one open, the picture is of the whole screen.
                const bool menuShown = qEnvironmentVariable("PARALLAX_SCREENSHOT_MENU") == u"reasons"_s;
                if (menuShown) {
                    auto *menu = window->findChild<QMenu *>(u"reasonMenu"_s);
                    auto *toolbar = window->findChild<QToolBar *>(u"MainToolBar"_s);
                    auto *button = window->findChild<QAction *>(u"reasons"_s);
                    QWidget *anchor = toolbar && button ? toolbar->widgetForAction(button) : nullptr;
                    if (menu && anchor)
                        menu->popup(anchor->mapToGlobal(QPoint(0, anchor->height())));
                }
                QTimer::singleShot(300, window, [window, screenshot, menuShown] {
                    QScreen *screen = window->screen();
                    const bool ok
                        = (menuShown && screen ? screen->grabWindow(0) : window->grab()).save(screenshot);
                    QTextStream(stderr) << (ok ? "saved " : "could not save ") << screenshot << '\n';
                    QCoreApplication::exit(ok ? 0 : 1);
                });
            });
        });
}

} // namespace Parallax
