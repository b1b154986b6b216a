// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "load/pdftext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Parallax::PdfHelper {

// The parallax-pdftext helper (app/pdftext): PdfReader::read on the PDF's bytes from stdin, the result on
// stdout in PdfText's line format. Poppler has pathologies no check before it can foresee (a 1.7 KB file
// whose degenerate text matrix costs seconds and gigabytes); in a child process with hard limits, as
// browsers and KDE's thumbnailers run document parsers, such a file costs at most the limits and gets
// a message, and the other versions still load.
// The price: each PDF starts a process that loads Qt and Poppler's ~90 libraries, about 30-40 ms of
// processor time (3 small PDFs: 0.07 s in process, 0.23 s with the helper; 100 small PDFs: 4.8 s, 8.8 s).
// A helper kept running per loading thread would save it, at the cost of re-arming limits per document.
inline constexpr char ProgramName[] = "parallax-pdftext";

// Exit statuses of the helper besides 0 (done, whatever PdfText's status) and a signal.
inline constexpr int ExitOutOfMemory = 3; // an allocation failed under the memory limit
inline constexpr int ExitNoInput = 4; // stdin could not be read

struct Limits
{
    // Address space of the helper (RLIMIT_AS): Poppler's own allocations, the mapped libraries (Qt, Poppler,
    // ICU data) and the text. The whole run's budget is 500 MB of peak RSS, counting the largest process.
    qint64 memoryMegabytes = 400;
    // Processor time (user + system, ITIMER_PROF, so the verdict does not depend on the machine's load):
    // the run's budget is 2 s for everything.
    int cpuMilliseconds = 1200;
    // The wall clock, a backstop only (a loaded machine stretches it): generous.
    int wallMilliseconds = 20'000;
};

// The limits above, tighter or looser where the environment asks for it (tests):
// PARALLAX_PDF_HELPER_MEMORY_MB, PARALLAX_PDF_HELPER_CPU_MS; five times both under AddressSanitizer (its
// overhead), where memory is limited by its soft_rss_limit_mb instead of RLIMIT_AS.
Limits limits();
bool underAddressSanitizer();

// The helper next to the executable (the build tree) or in ../libexec/parallax (installed); empty when
// neither exists.
QString locate(const QString &applicationDir);

// The helper's PdfText for `data`; std::nullopt with *error set (PdfReaderMemory, PdfReaderTime,
// PdfReaderCrashed) when it passed a limit, crashed or could not be started.
std::optional<PdfText> run(
    const QString &program, const QByteArray &data, const Limits &limits, LoadError *error);

} // namespace Parallax::PdfHelper
