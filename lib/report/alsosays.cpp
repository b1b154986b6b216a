// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/alsosays_p.h"

#include "report/pdfexporter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Parallax {

QString alsoSaysText(const QList<int> &rows)
{
    if (rows.isEmpty())
        return {};
    QStringList numbers;
    for (const int r : rows)
        numbers.append(QString::number(r + 1));
    return rows.size() == 1 ? PdfExporter::tr("also says row %1").arg(numbers.first())
                            : PdfExporter::tr("also says rows %1").arg(numbers.join(u", "_s));
}

} // namespace Parallax
