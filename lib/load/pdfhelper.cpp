// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/pdfhelper.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>
#include <sys/time.h>

using namespace Qt::StringLiterals;

#ifndef PARALLAX_LIBEXEC_FROM_BIN
#define PARALLAX_LIBEXEC_FROM_BIN "../libexec/parallax"
#endif

namespace Parallax::PdfHelper {

namespace {

constexpr bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

int positiveFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

std::nullopt_t fail(LoadError *error, LoadError::Code code, const QString &detail)
{
    if (error) {
        error->code = code;
        error->detail = detail;
    }
    return std::nullopt;
}

} // namespace

bool underAddressSanitizer()
{
    return builtWithAddressSanitizer();
}

Limits limits()
{
    Limits out;
    out.memoryMegabytes = positiveFromEnvironment("PARALLAX_PDF_HELPER_MEMORY_MB", int(out.memoryMegabytes));
    out.cpuMilliseconds = positiveFromEnvironment("PARALLAX_PDF_HELPER_CPU_MS", out.cpuMilliseconds);
    if (builtWithAddressSanitizer()) {
        out.memoryMegabytes *= 5;
        out.cpuMilliseconds *= 5;
        out.wallMilliseconds *= 5;
    }
    return out;
}

QString locate(const QString &applicationDir)
{
    const QString name = QString::fromLatin1(ProgramName);
    const QString installed = applicationDir + u'/' + QString::fromUtf8(PARALLAX_LIBEXEC_FROM_BIN);
    for (const QString &dir : { applicationDir, installed }) {
        const QFileInfo candidate(QDir(dir).filePath(name));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.canonicalFilePath();
    }
    return {};
}

std::optional<PdfText> run(
    const QString &program, const QByteArray &data, const Limits &limits, LoadError *error)
{
    QProcess process;
    process.setProgram(program);
    // The limits are set between fork and exec, so they hold from the helper's first instruction on. Only
    // async-signal-safe calls here.
    const rlim_t memory = rlim_t(limits.memoryMegabytes) * 1024 * 1024;
    const int cpuMs = limits.cpuMilliseconds;
    // AddressSanitizer reserves terabytes of address space for its shadow: there the limit is its own
    // (allocations fail past that resident size, as they do past RLIMIT_AS).
    if (builtWithAddressSanitizer() && limits.memoryMegabytes > 0) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString options = environment.value(u"ASAN_OPTIONS"_s);
        environment.insert(u"ASAN_OPTIONS"_s,
            options + (options.isEmpty() ? u""_s : u":"_s)
                + u"allocator_may_return_null=1:soft_rss_limit_mb=%1"_s.arg(limits.memoryMegabytes));
        process.setProcessEnvironment(environment);
    }
    process.setChildProcessModifier([memory, cpuMs] {
        if (memory > 0 && !builtWithAddressSanitizer()) {
            const rlimit as { memory, memory };
            setrlimit(RLIMIT_AS, &as);
        }
        const rlimit core { 0, 0 }; // a crash is reported, not dumped
        setrlimit(RLIMIT_CORE, &core);
        // SIGPROF after cpuMs of processor time, exact to the scheduler's tick; RLIMIT_CPU (whole seconds,
        // SIGKILL at its hard limit) in case the helper blocks SIGPROF.
        itimerval timer {};
        timer.it_value.tv_sec = cpuMs / 1000;
        timer.it_value.tv_usec = (cpuMs % 1000) * 1000;
        setitimer(ITIMER_PROF, &timer, nullptr);
        const rlim_t seconds = rlim_t(cpuMs / 1000 + 2);
        const rlimit cpu { seconds, seconds };
        setrlimit(RLIMIT_CPU, &cpu);
    });
    process.setUnixProcessParameters(
        QProcess::UnixProcessFlag::ResetSignalHandlers | QProcess::UnixProcessFlag::CloseFileDescriptors);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(limits.wallMilliseconds))
        return fail(error, LoadError::Code::PdfReaderCrashed, u"not started: "_s + process.errorString());
    process.write(data);
    process.closeWriteChannel();
    if (!process.waitForFinished(limits.wallMilliseconds)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(error, LoadError::Code::PdfReaderTime, QString::number(limits.cpuMilliseconds));
    }
    const QByteArray errors = process.readAllStandardError();
    // Poppler's allocator prints this before it aborts; Qt and new throw std::bad_alloc, which the helper
    // turns into ExitOutOfMemory. Under AddressSanitizer a new past soft_rss_limit_mb cannot throw: the
    // sanitizer reports "out of memory" and exits with status 1.
    const bool outOfMemory = errors.contains("Out of memory") || errors.contains("bad_alloc")
        || (builtWithAddressSanitizer() && errors.contains("AddressSanitizer: out of memory"));
    if (process.exitStatus() == QProcess::CrashExit) {
        const int signal = process.exitCode();
        if (signal == SIGPROF || signal == SIGXCPU || signal == SIGKILL)
            return fail(error, LoadError::Code::PdfReaderTime, QString::number(limits.cpuMilliseconds));
        if (outOfMemory && limits.memoryMegabytes > 0)
            return fail(error, LoadError::Code::PdfReaderMemory, QString::number(limits.memoryMegabytes));
        return fail(error, LoadError::Code::PdfReaderCrashed, u"signal %1"_s.arg(signal));
    }
    if (process.exitCode() == ExitOutOfMemory
        || (process.exitCode() != 0 && outOfMemory && limits.memoryMegabytes > 0))
        return fail(error, LoadError::Code::PdfReaderMemory, QString::number(limits.memoryMegabytes));
    if (process.exitCode() != 0)
        return fail(error, LoadError::Code::PdfReaderCrashed, u"exit %1"_s.arg(process.exitCode()));
    std::optional<PdfText> text = PdfText::fromWire(process.readAllStandardOutput());
    if (!text)
        return fail(error, LoadError::Code::PdfReaderCrashed, u"unreadable output"_s);
    // Poppler gives up on a document whose tables it cannot allocate (it checks sizes taken from the file):
    // under the limit that is the limit's doing, not a damaged file's.
    if (text->status == PdfText::Status::Damaged && outOfMemory && limits.memoryMegabytes > 0)
        return fail(error, LoadError::Code::PdfReaderMemory, QString::number(limits.memoryMegabytes));
    return text;
}

} // namespace Parallax::PdfHelper
