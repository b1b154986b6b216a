// SPDX-License-Identifier: GPL-3.0-or-later
// Revisions over time in the window: View > Order by Time, View > Against the Previous Version and the
// timeline strip above the reading view.
#include "mainwindow_p.h"
#include "progressindicator.h"
#include "sidebysideview.h"
#include "timelinestrip.h"
#include "versionspanel.h"

#include "compare/againstprevious.h"
#include "load/versiondate.h"
#include "present/comparisonmodel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax {

void MainWindow::Private::createTimeParts(QMenu *viewMenu)
{
    timeline = new TimelineStrip;
    timeline->setObjectName(u"TimelineStrip"_s);
    timeline->hide(); // until there is a comparison to show
    if (auto *column = qobject_cast<QVBoxLayout *>(q->centralWidget()->layout()))
        column->insertWidget(1, timeline); // under the message bar, above the reading view
    timeline->setColors(view->colors());
    connect(timeline, &TimelineStrip::versionActivated, q, [this](int version) { focusVersion(version); });

    orderByTime = new QAction(tr("Order by &Time"), q);
    orderByTime->setObjectName(u"orderByTime"_s);
    orderByTime->setCheckable(true);
    orderByTime->setToolTip(tr("Show the versions from the earliest to the latest by their dates, instead "
                               "of by their names"));
    connect(orderByTime, &QAction::toggled, q, [this](bool on) {
        session->setOrder(on ? CompareOptions::Order::Time : CompareOptions::Order::Name);
    });
    againstPrevious = new QAction(tr("Against the &Previous Version"), q);
    againstPrevious->setObjectName(u"againstPrevious"_s);
    againstPrevious->setCheckable(true);
    againstPrevious->setToolTip(tr("Mark each version's changes against the version before it in time, "
                                   "instead of against the base"));
    connect(againstPrevious, &QAction::toggled, q, [this] {
        if (!session->comparison().isEmpty())
            showComparison();
        updateBaseLabel();
        // Read against the base again, an export waiting for the steps writes what is shown now.
        if (!againstPrevious->isChecked())
            runPendingExport();
    });
    QAction *showTimeline = new QAction(tr("T&imeline"), q);
    showTimeline->setObjectName(u"showTimeline"_s);
    showTimeline->setCheckable(true);
    showTimeline->setChecked(true);
    connect(showTimeline, &QAction::toggled, q,
        [this](bool on) { timeline->setVisible(on && model->comparison().versions.size() > 1); });
    timelineShown = [showTimeline] { return showTimeline->isChecked(); };
    viewMenu->addSeparator();
    viewMenu->addAction(orderByTime);
    viewMenu->addAction(againstPrevious);
    viewMenu->addAction(showTimeline);
}

Comparison MainWindow::Private::shownComparison() const
{
    const Comparison &c = session->comparison();
    return againstPrevious && againstPrevious->isChecked() && !c.steps.isEmpty() ? AgainstPrevious::view(c)
                                                                                 : c;
}

void MainWindow::Private::showComparison()
{
    Comparison shown = shownComparison();
    const bool readAgainstPrevious
        = againstPrevious && againstPrevious->isChecked() && !shown.steps.isEmpty();
    versions->setAgainstPrevious(readAgainstPrevious);
    model->setReadAgainstPrevious(readAgainstPrevious);
    model->setComparison(std::move(shown));
}

Comparison MainWindow::Private::reportedComparison() const
{
    Comparison c = model->comparison();
    if (!againstPrevious || !againstPrevious->isChecked())
        c.steps.clear();
    return c;
}

void MainWindow::Private::onTimeComparisonShown()
{
    if (!timeline)
        return;
    const Comparison &c = session->comparison();
    timeline->setColors(view->colors());
    timeline->setComparison(c);
    timeline->setVisible(timelineShown() && c.versions.size() > 1);
    // Ordered by time, the columns follow the versions' order (a file added to a watched folder takes
    // its place in time), whatever the reader's moves before.
    if (session->order() == CompareOptions::Order::Time) {
        for (int v = 0; v < int(c.versions.size()); ++v)
            view->moveVersion(v, v);
    }
    if (orderByTime->isChecked() != (session->order() == CompareOptions::Order::Time)) {
        const QSignalBlocker blocker(orderByTime);
        orderByTime->setChecked(session->order() == CompareOptions::Order::Time);
    }
}

bool MainWindow::Private::waitForSteps(std::function<void()> exportNow)
{
    const Comparison &c = session->comparison();
    if (!againstPrevious || !againstPrevious->isChecked() || !c.steps.isEmpty() || c.versions.size() < 2)
        return false;
    // A newer request replaces an older one, as a newer comparison does.
    pendingExport = std::move(exportNow);
    exportProgress->start(tr("Measuring each version against the previous one for the report…"));
    session->setStepsWanted(true);
    return true;
}

void MainWindow::Private::runPendingExport()
{
    if (!pendingExport)
        return;
    const std::function<void()> run = std::exchange(pendingExport, {});
    exportProgress->finish();
    run();
}

bool MainWindow::Private::cancelPendingExport()
{
    if (!pendingExport)
        return false;
    pendingExport = {};
    exportProgress->finish();
    q->statusBar()->showMessage(tr("Export canceled"), 5000);
    Q_EMIT q->exportFinished(false, tr("canceled"));
    return true;
}

void MainWindow::Private::focusVersion(int version)
{
    const Comparison &c = model->comparison();
    if (version < 0 || version >= c.versions.size())
        return;
    if (view->isVersionHidden(version))
        view->setVersionHidden(version, false);
    // The version's first change against its predecessor, else its first sentence.
    int row = -1;
    if (const VersionStep *step = AgainstPrevious::stepOf(session->comparison(), version))
        for (const Change &ch : step->changes)
            if (ch.row >= 0 && (row < 0 || ch.row < row))
                row = ch.row;
    for (int r = 0; r < c.rows.size() && row < 0; ++r)
        if (c.rows.at(r).cells.value(version, -1) >= 0)
            row = r;
    if (row >= 0)
        view->setCurrentIndex(model->index(row, version));
    showStatus(timeline->describe(version).replace(u'\n', u"; "_s));
}

namespace {

// A version as the status bar names its predecessor: the name and, when it has one, its time.
QString nameAndTime(const Version &version)
{
    const QDateTime moment = VersionDate::moment(version);
    if (!moment.isValid())
        return version.name;
    const bool timed = version.date.contains(u'T') || version.date.contains(u':');
    return MainWindow::tr("%1 of %2")
        .arg(version.name, moment.toString(timed ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s));
}

} // namespace

bool MainWindow::Private::showAgainstPreviousLabel()
{
    const Comparison &c = model->comparison();
    if (!againstPrevious || !againstPrevious->isChecked() || c.steps.isEmpty())
        return false;
    const QFontMetrics metrics = baseLabel->fontMetrics();
    const auto elided = [&metrics](const QString &text) {
        return metrics.elidedText(text, Qt::ElideMiddle, metrics.averageCharWidth() * 40);
    };
    const QModelIndex current = view->currentIndex();
    const VersionStep *step = current.isValid() ? AgainstPrevious::stepOf(c, current.column()) : nullptr;
    QString text = tr("Against the previous version");
    if (step && step->previous < 0)
        text += tr(" · %1 is the earliest").arg(elided(c.versions.at(step->version).name));
    else if (step)
        text += tr(" · %1 against %2: the previous")
                    .arg(elided(c.versions.at(step->version).name),
                        elided(nameAndTime(c.versions.at(step->previous))));
    baseLabel->setText(text);
    const Comparison &compared = session->comparison();
    baseLabel->setToolTip(tr("Each column marks its changes against the version before it in time. The "
                             "rows stay aligned with the base, %1: a sentence moved since the previous "
                             "version reads as added where it now stands.")
            .arg(compared.versions.value(compared.base).name));
    return true;
}

QString MainWindow::Private::describeShownCell(const QModelIndex &index) const
{
    const QString described = model->describeCell(index.row(), index.column());
    const Comparison &c = model->comparison();
    const VersionStep *step = againstPrevious && againstPrevious->isChecked()
        ? AgainstPrevious::stepOf(c, index.column())
        : nullptr;
    if (!step || index.row() >= c.rows.size())
        return described;
    const QString name = c.versions.at(step->version).name;
    if (step->previous < 0)
        return tr("%1: the earliest version, which the next one is measured against").arg(name);
    const QString previous = nameAndTime(c.versions.at(step->previous));
    QString first;
    const AlignedRow &row = c.rows.at(index.row());
    switch (row.status.value(step->version)) {
    case CellStatus::Changed:
        first = tr("%1: changed since the previous version, %2").arg(name, previous);
        break;
    case CellStatus::Added:
        first = tr("%1: added since the previous version, %2").arg(name, previous);
        break;
    case CellStatus::Absent:
        first = row.cells.value(step->previous, -1) >= 0
            ? tr("%1: removed since the previous version, %2").arg(name, previous)
            : tr("%1: nothing here").arg(name);
        break;
    default:
        first = tr("%1: as in the previous version, %2").arg(name, previous);
        break;
    }
    // The changes the model lists after its first line are the step's: the view's own.
    QStringList lines = described.split(u'\n');
    lines[0] = first;
    return lines.join(u'\n');
}

} // namespace Parallax
