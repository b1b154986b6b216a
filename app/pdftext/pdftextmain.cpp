// SPDX-License-Identifier: GPL-3.0-or-later
// parallax-pdftext: the PDF's bytes on stdin, Poppler's text lines on stdout in PdfText's line format. The
// loader runs it as a child process with a memory and a processor-time limit (lib/load/pdfhelper.h), so
// that a PDF on which Poppler runs away costs at most those limits. Installed in libexec: not a command
// for people.
#include "load/pdfhelper.h"
#include "load/pdfreader.h"

#include <cstdio>
#include <exception>
#include <new>
#include <unistd.h>

using namespace Parallax;

namespace {

[[noreturn]] void outOfMemory()
{
    _exit(PdfHelper::ExitOutOfMemory);
}

// An allocation that fails under the memory limit throws std::bad_alloc (operator new, Qt's containers);
// wherever it ends the program, the exit status says why.
[[noreturn]] void terminated()
{
    if (const std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::bad_alloc &) {
            outOfMemory();
        } catch (...) { }
    }
    std::abort();
}

bool readAll(std::FILE *file, QByteArray *out)
{
    char buffer[1 << 16];
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, file);
        out->append(buffer, qsizetype(n));
        if (n < sizeof buffer)
            return !std::ferror(file);
    }
}

} // namespace

int main()
{
    std::set_terminate(terminated);
    try {
        QByteArray data;
        if (!readAll(stdin, &data))
            return PdfHelper::ExitNoInput;
        const QByteArray wire = PdfReader::read(data).toWire();
        data.clear();
        if (std::fwrite(wire.constData(), 1, size_t(wire.size()), stdout) != size_t(wire.size()))
            return PdfHelper::ExitNoInput;
        return std::fflush(stdout) == 0 ? 0 : PdfHelper::ExitNoInput;
    } catch (const std::bad_alloc &) {
        outOfMemory();
    }
}
