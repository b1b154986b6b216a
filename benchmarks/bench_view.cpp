// SPDX-License-Identifier: GPL-3.0-or-later
// Frame times of the reading view: N versions of a long generated article in a 1600x1000 window,
// scrolled the way a reader does (wheel steps, then page steps, then sideways), each frame painted
// synchronously and timed. Prints one line per case; compare runs by eye or with a peer build.
//
//   bench_view [--columns] [VERSIONS ROWS]...     default: 8 300, 20 1000, 50 1000
//
// --columns: each case is scrolled in three column choices a reader makes with many versions (issue 15):
// every version at full width, every version narrow (View > Narrow Columns), and eight versions chosen
// with the others hidden (the version chooser); 101 1000 is the window's case of 101 long revisions.

#include "../tests/comparisonfixture.h"
#include "present/comparisonmodel.h"
#include "sidebysideview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
    double worst = 0;
    int frames = 0;
};

Figures summarise(QList<double> times)
{
    Figures f;
    if (times.isEmpty())
        return f;
    std::sort(times.begin(), times.end());
    f.frames = int(times.size());
    f.median = times.at(times.size() / 2);
    f.p95 = times.at(std::min(times.size() - 1, qsizetype(times.size() * 0.95)));
    f.worst = times.last();
    return f;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The processor time of this thread (the view paints in it), which a busy machine does not inflate as it
// does the wall clock.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Each frame's wall and processor time.
struct Frames
{
    QList<double> wall;
    QList<double> cpu;
};

class FrameClock
{
public:
    FrameClock()
        : m_cpu(threadCpuMs())
    {
        m_wall.start();
    }
    void stop(Frames &frames) const
    {
        frames.wall.append(elapsedMs(m_wall));
        frames.cpu.append(threadCpuMs() - m_cpu);
    }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

// Scrolls by `step` pixels `count` times (or to the end), painting and timing every frame.
Frames scroll(SideBySideView &view, QScrollBar *bar, int step, int count)
{
    Frames times;
    for (int i = 0; i < count && bar->value() < bar->maximum(); ++i) {
        const FrameClock t;
        bar->setValue(bar->value() + step);
        view.viewport()->repaint();
        t.stop(times);
    }
    return times;
}

// As the window scrolls: the view moves the pixels on screen and paints only the strip scrolled into
// view, when the event loop runs (the frames above repaint the whole viewport each time).
Frames scrollAsShown(QScrollBar *bar, int step, int count)
{
    Frames times;
    for (int i = 0; i < count && bar->value() < bar->maximum(); ++i) {
        const FrameClock t;
        bar->setValue(bar->value() + step);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        t.stop(times);
    }
    return times;
}

void report(QTextStream &out, const char *what, const Frames &frames)
{
    const Figures f = summarise(frames.wall);
    const Figures c = summarise(frames.cpu);
    out << "    " << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(0) << Qt::right
        << QString::asprintf("frames %4d  median %6.2f ms  p95 %6.2f ms  worst %6.2f ms", f.frames, f.median,
               f.p95, f.worst)
        << QString::asprintf("  (CPU: median %6.2f  p95 %6.2f  worst %6.2f)", c.median, c.p95, c.worst)
        << '\n';
}

// The reader's choices of columns in --columns.
enum class Columns { Default, AllWide, AllNarrow, EightChosen };

const char *columnsName(Columns columns)
{
    switch (columns) {
    case Columns::AllWide:
        return "all versions, full width";
    case Columns::AllNarrow:
        return "all versions, narrow";
    case Columns::EightChosen:
        return "8 versions chosen, the others hidden";
    case Columns::Default:
        break;
    }
    return "";
}

void runCase(QTextStream &out, int versions, int rows, Columns columns = Columns::Default)
{
    QElapsedTimer t;
    t.start();
    Comparison comparison = Fixture::generatedStory(versions, rows);
    const double generate = elapsedMs(t);

    ComparisonModel model;
    SideBySideView view;
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();

    t.restart();
    model.setComparison(std::move(comparison));
    view.setModel(&model);
    if (columns == Columns::AllNarrow)
        view.setNarrowColumns(true);
    if (columns == Columns::EightChosen) {
        // Spread over the series, as a reader picks the first, the last and some between.
        QList<int> chosen;
        for (int k = 0; k < 8; ++k)
            chosen.append(k * (versions - 1) / 7);
        view.setShownVersions(chosen);
    }
    const double reset = elapsedMs(t);
    t.restart();
    view.viewport()->repaint();
    const double firstPaint = elapsedMs(t);

    out << "case: " << versions << " versions x " << rows << " rows";
    if (columns != Columns::Default)
        out << ", " << columnsName(columns);
    out << " (generated in " << qRound(generate) << " ms; model+view reset " << QString::number(reset, 'f', 1)
        << " ms; first paint " << QString::number(firstPaint, 'f', 1) << " ms)\n";

    QScrollBar *v = view.verticalScrollBar();
    const int wheel = 3 * QFontMetrics(view.font()).lineSpacing();
    // Cold: straight after opening, before idle-time measuring has run.
    report(out, "wheel steps, cold", scroll(view, v, wheel, 300));
    v->setValue(0);

    // Let idle-time measuring finish, as it does while the reader reads the first screen.
    t.restart();
    while (t.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const int before = v->maximum();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (before == v->maximum() && t.elapsed() > 200)
            break;
    }
    out << "    idle-time measuring settled after " << t.elapsed() << " ms (in slices of at most 6 ms)\n";
    v->setValue(0);
    report(out, "wheel steps, settled", scroll(view, v, wheel, 300));
    v->setValue(0);
    report(out, "wheel steps, settled, as shown", scrollAsShown(v, wheel, 300));
    v->setValue(0);
    report(out, "page steps, settled", scroll(view, v, view.viewport()->height(), 200));
    v->setValue(v->maximum() / 2);
    QScrollBar *h = view.horizontalScrollBar();
    report(out, "sideways column steps", scroll(view, h, std::max(1, h->pageStep() / 3), 100));
    // A jump far away (the overview strip, a search hit) lays out a whole new screen.
    Frames jumps;
    for (int i = 1; i <= 20; ++i) {
        const FrameClock j;
        view.setCurrentIndex(model.index((rows * i * 7 / 20) % rows, (i * 3) % versions));
        view.viewport()->repaint();
        j.stop(jumps);
    }
    report(out, "jumps to a far row and column", jumps);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QList<std::pair<int, int>> cases;
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool columnChoices = args.removeAll(u"--columns"_s) > 0;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2)
        cases.append({ args.at(i).toInt(), args.at(i + 1).toInt() });
    if (cases.isEmpty())
        cases = { { 8, 300 }, { 20, 1000 }, { 50, 1000 } };
    out << "bench_view: reading view frame times, 1600x1000 window, font " << app.font().family() << ' '
        << app.font().pointSizeF() << " pt\n";
    for (const auto &[versions, rows] : cases) {
        if (!columnChoices) {
            runCase(out, versions, rows);
            out.flush();
            continue;
        }
        for (const Columns columns : { Columns::AllWide, Columns::AllNarrow, Columns::EightChosen }) {
            runCase(out, versions, rows, columns);
            out.flush();
        }
    }
    return 0;
}
