// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A statistical profiler for the benchmarks, since the build root has neither perf nor valgrind: a
// SIGPROF timer interrupts the process every `intervalUs` of processor time and the handler stores the
// call stack (glibc's backtrace, which unwinds through the signal frame). report() then names the
// functions with addr2line (binutils) and prints the share of samples in which each function is on the
// stack (inclusive) and at its top (self).

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cxxabi.h>
#include <dlfcn.h>
#include <link.h>
#include <sys/time.h>
#include <vector>

#include <execinfo.h>

namespace Parallax::Bench {

class Sampler
{
public:
    static constexpr int Depth = 48;
    static constexpr size_t Capacity = 200'000;

    static void start(int intervalUs = 200)
    {
        samples().assign(Capacity * Depth, nullptr);
        depths().assign(Capacity, 0);
        count() = 0;
        void *warm[4];
        backtrace(warm, 4); // loads libgcc before the first signal
        struct sigaction sa = {};
        sa.sa_handler = &Sampler::handler;
        sa.sa_flags = SA_RESTART;
        sigaction(SIGPROF, &sa, nullptr);
        itimerval t = {};
        t.it_interval.tv_usec = intervalUs;
        t.it_value.tv_usec = intervalUs;
        setitimer(ITIMER_PROF, &t, nullptr);
    }

    static void stop()
    {
        itimerval t = {};
        setitimer(ITIMER_PROF, &t, nullptr);
        signal(SIGPROF, SIG_IGN);
    }

    // Prints the `top` functions by inclusive and by self share.
    // With a focus, only the samples with that function on the stack count, and only the frames it called.
    static void report(const char *binary, int top = 70, const QByteArray &focus = {})
    {
        const size_t n = std::min(count(), Capacity);
        if (n == 0) {
            std::printf("profile: no samples\n");
            return;
        }
        // Addresses to offsets in the executable (position-independent), named in one addr2line call.
        const auto base = executableBase();
        QHash<quintptr, int> index;
        std::vector<quintptr> addresses;
        for (size_t s = 0; s < n; ++s)
            for (int k = 0; k < depths()[s]; ++k) {
                // Return addresses point after the call: step back into it.
                const quintptr a = quintptr(samples()[s * Depth + k]) - base - (k > 0 ? 1 : 0);
                if (!index.contains(a)) {
                    index.insert(a, int(addresses.size()));
                    addresses.push_back(a);
                }
            }
        // -a opens each address's block with the address, -i adds the functions inlined at it (innermost
        // first), so that inlined helpers get their share too.
        QStringList args { QStringLiteral("-a"), QStringLiteral("-f"), QStringLiteral("-C"),
            QStringLiteral("-i"), QStringLiteral("-e"), QString::fromLocal8Bit(binary) };
        for (quintptr a : addresses)
            args.append(QStringLiteral("0x%1").arg(a, 0, 16));
        QProcess p;
        p.start(QStringLiteral("addr2line"), args);
        p.waitForFinished(-1);
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        std::vector<QList<QByteArray>> names(addresses.size()); // per address: innermost function first
        qsizetype at = -1;
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const QByteArray &line = lines[l];
            if (line.startsWith("0x")) {
                ++at;
                continue;
            }
            if (at < 0 || size_t(at) >= addresses.size() || line.isEmpty())
                continue;
            QByteArray name = line;
            ++l; // the file:line that follows
            if (name == "??") {
                // Not in the executable: a shared library's exported function by its symbol (Qt's, zlib's),
                // else the library's file, so that its hidden functions still add up somewhere.
                Dl_info info {};
                const bool found = dladdr(reinterpret_cast<void *>(addresses[size_t(at)] + base), &info) != 0;
                if (found && info.dli_sname) {
                    int status = 0;
                    char *demangled = abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &status);
                    name = QByteArray(demangled ? demangled : info.dli_sname);
                    std::free(demangled);
                } else if (found && info.dli_fname) {
                    name = QByteArray("?? in ") + info.dli_fname;
                } else {
                    name = "?? (a shared library)";
                }
            }
            // Keep the name readable: drop the arguments.
            name.replace("(anonymous namespace)", "{anon}");
            const qsizetype paren = name.indexOf('(');
            if (paren > 0)
                name.truncate(paren);
            names[size_t(at)].append(name.left(110));
        }
        QHash<QByteArray, int> inclusive, self;
        size_t counted = 0;
        for (size_t s = 0; s < n; ++s) {
            QList<QByteArray> seen;
            // Frames 0-1 are the handler and the signal trampoline; with a focus, the frames it called.
            int end = depths()[s];
            if (!focus.isEmpty()) {
                int found = -1;
                for (int k = end - 1; k >= 2 && found < 0; --k) {
                    const quintptr a = quintptr(samples()[s * Depth + k]) - base - 1;
                    const QList<QByteArray> &chain = names[size_t(index.value(a))];
                    for (qsizetype c = chain.size() - 1; c >= 0 && found < 0; --c)
                        if (chain[c] == focus)
                            found = k;
                }
                if (found < 0)
                    continue;
                end = found + 1;
            }
            ++counted;
            for (int k = 2; k < end; ++k) {
                const quintptr a = quintptr(samples()[s * Depth + k]) - base - (k > 0 ? 1 : 0);
                const QList<QByteArray> &chain = names[size_t(index.value(a))];
                for (qsizetype c = 0; c < chain.size(); ++c) {
                    const QByteArray &name = chain[c];
                    if (k == 2 && c == 0)
                        ++self[name];
                    if (!seen.contains(name)) {
                        seen.append(name);
                        ++inclusive[name];
                    }
                }
            }
        }
        auto print = [&](const char *title, const QHash<QByteArray, int> &table) {
            std::vector<std::pair<int, QByteArray>> rows;
            for (auto it = table.cbegin(); it != table.cend(); ++it)
                rows.emplace_back(it.value(), it.key());
            std::sort(
                rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
            std::printf("%s (%zu samples, %zu counted):\n", title, n, counted);
            for (size_t i = 0; i < rows.size() && int(i) < top; ++i)
                std::printf("  %5.1f %%  %s\n", 100.0 * rows[i].first / double(std::max<size_t>(counted, 1)),
                    rows[i].second.constData());
        };
        print("inclusive", inclusive);
        print("self", self);
    }

private:
    static std::vector<void *> &samples()
    {
        static std::vector<void *> v;
        return v;
    }
    static std::vector<int> &depths()
    {
        static std::vector<int> v;
        return v;
    }
    static size_t &count()
    {
        static size_t c = 0;
        return c;
    }

    static void handler(int)
    {
        const size_t i = count();
        if (i >= Capacity)
            return;
        depths()[i] = backtrace(&samples()[i * Depth], Depth);
        count() = i + 1;
    }

    static quintptr executableBase()
    {
        quintptr base = 0;
        dl_iterate_phdr(
            [](dl_phdr_info *info, size_t, void *data) {
                // The first object is the executable.
                *static_cast<quintptr *>(data) = info->dlpi_addr;
                return 1;
            },
            &base);
        return base;
    }
};

} // namespace Parallax::Bench
