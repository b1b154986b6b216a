// SPDX-License-Identifier: GPL-3.0-or-later
#include "developerhooks.h"

#include "comparisonsession.h"
#include "sidebysideview.h"
#include "startuptrace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
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

// Marks the first paint of the reading view, before any comparison is in it.
class FirstPaintMark : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            StartupTrace::mark("first paint of the window");
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

} // namespace

QString applyDeveloperTheme()
{
    // The scheme itself is applied by ColorSchemeMenu::applySaved(); Fusion draws every palette role,
    // where the platform's style may keep some of its own.
    if (qEnvironmentVariableIsSet("PARALLAX_COLOR_SCHEME"))
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    return qEnvironmentVariable("PARALLAX_THEME");
}

void installDeveloperHooks(QMainWindow *window, SideBySideView *view, ComparisonSession *session,
    const std::function<void()> &resizePanels)
{
    const QString screenshot = qEnvironmentVariable("PARALLAX_SCREENSHOT");
    const bool reportFirstPaint = qEnvironmentVariableIsSet("PARALLAX_QUIT_AFTER_FIRST_PAINT");
    if (screenshot.isEmpty() && !reportFirstPaint)
        return;
    if (StartupTrace::enabled())
        view->viewport()->installEventFilter(new FirstPaintMark(view));
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
            StartupTrace::mark("first comparison painted");
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
                // Actions by object name, in order ("differencesOnly,nextQuoteDivergence"): a checkable
                // one is switched on, any other triggered.
                for (const QString &name :
                    qEnvironmentVariable("PARALLAX_SCREENSHOT_ACTIONS").split(u',', Qt::SkipEmptyParts)) {
                    if (auto *action = window->findChild<QAction *>(name.trimmed())) {
                        if (action->isCheckable())
                            action->setChecked(true);
                        else
                            action->trigger();
                    }
                }
                // A cell to select ("row,version"), as a click would.
                const QStringList cell = qEnvironmentVariable("PARALLAX_SCREENSHOT_CELL").split(u',');
                if (cell.size() == 2 && view->model())
                    view->setCurrentIndex(view->model()->index(cell.at(0).toInt(), cell.at(1).toInt()));
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
                else if (panel == u"legend"_s)
                    raise(u"LegendDock"_s);
                else if (panel == u"notes"_s)
                    raise(u"NotesDock"_s);
                if (qEnvironmentVariableIsSet("PARALLAX_SCREENSHOT_BOILERPLATE")) {
                    if (auto *action = window->findChild<QAction *>(u"showBoilerplate"_s))
                        action->setChecked(true);
                }
                // A menu is a window of its own: with one open, the picture is of the whole screen.
                const QString menuName = qEnvironmentVariable("PARALLAX_SCREENSHOT_MENU");
                const bool menuShown = menuName == u"reasons"_s || menuName == u"colorScheme"_s;
                if (menuName == u"colorScheme"_s) {
                    if (auto *menu = window->findChild<QMenu *>(u"colorSchemeMenu"_s))
                        menu->popup(window->mapToGlobal(QPoint(40, 40)));
                } else if (menuShown) {
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
