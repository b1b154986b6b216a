// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfexporter.h"

using namespace Qt::StringLiterals;

namespace Parallax {

// Placeholder until the PDF export lands: refuses with a clear message.
bool PdfExporter::exportToFile(const Comparison &, const QString &fileName, const Options &, QString *error)
{
    if (error)
        *error = fileName + u": PDF export is not implemented yet"_s;
    return false;
}

} // namespace Parallax
