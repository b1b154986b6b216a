// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Parallax {

// PDFs are read by the parallax-pdftext helper under limits (lib/load/pdfhelper.h): the one next to this
// executable or in its libexec folder, or the one PARALLAX_PDF_HELPER names ("none": in this process,
// without limits, as before). Called once at start-up, after QCoreApplication exists.
void usePdfHelper();

} // namespace Parallax
