// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptrace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>
#include <unistd.h>
#include <utility>

namespace Parallax::StartupTrace {

namespace {

// How long the process had run when static initialisation began: loading the shared libraries is
// most of it. The kernel keeps the start time in clock ticks since boot (field 22 of /proc/self/stat,
// counted after the command name, which may hold spaces); 0 where that cannot be read.
qint64 msBeforeStaticInit()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    // Fields 3 onwards follow the command name; the start time is the 22nd field.
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int StartTimeField = 22 - 3;
    if (fields.size() <= StartTimeField)
        return 0;
    bool ok = false;
    const qint64 ticks = fields.at(StartTimeField).toLongLong(&ok);
    const long perSecond = sysconf(_SC_CLK_TCK);
    timespec now {};
    if (!ok || perSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return 0;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return std::max<qint64>(0, nowMs - ticks * 1000 / perSecond);
}

struct Clock
{
    QElapsedTimer timer;
    qint64 offset = 0;
    bool enabled = false;
};

const Clock &clock()
{
    static const Clock c = [] {
        Clock made;
        made.timer.start();
        made.enabled = qEnvironmentVariableIsSet("PARALLAX_STARTUP_TRACE")
            || qEnvironmentVariableIsSet("PARALLAX_QUIT_AFTER_FIRST_PAINT");
        // Read only when asked for: the figure is for the measurement, not for every start.
        if (made.enabled)
            made.offset = msBeforeStaticInit();
        return made;
    }();
    return c;
}

// Started with the program (static initialisation), not with the first mark.
[[maybe_unused]] const bool clockStarted = clock().timer.isValid();

} // namespace

bool enabled()
{
    return clock().enabled;
}

qint64 sinceProcessStart()
{
    return clock().offset + clock().timer.elapsed();
}

void mark(const char *phase)
{
    if (!enabled())
        return;
    QTextStream err(stderr);
    // The first line says how long the system took to start the process and load its libraries.
    static bool started = false;
    if (!std::exchange(started, true))
        err << "startup: libraries loaded at " << clock().offset << " ms\n";
    // The main thread's processor time too: on a loaded machine the wall time says little about the work.
    timespec cpu {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    err << "startup: " << phase << " at " << sinceProcessStart() << " ms (main thread CPU "
        << qint64(cpu.tv_sec) * 1000 + cpu.tv_nsec / 1000000 << " ms)\n";
}

} // namespace Parallax::StartupTrace
