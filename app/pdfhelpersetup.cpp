// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfhelpersetup.h"

#include "load/pdfdocument.h"
#include "load/pdfhelper.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Parallax {

void usePdfHelper()
{
    const QString chosen = qEnvironmentVariable("PARALLAX_PDF_HELPER");
    if (chosen == u"none"_s)
        PdfDocument::setHelper({});
    else if (!chosen.isEmpty())
        PdfDocument::setHelper(chosen);
    else
        PdfDocument::setHelper(PdfHelper::locate(QCoreApplication::applicationDirPath()));
}

} // namespace Parallax
