// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/comparison.h"

#include <QList>
#include <QString>

#include <functional>

namespace Parallax {

// Writes an annotated PDF of a comparison: a summary page, then the aligned versions side by side with
// highlighted and numbered changes. Reads only the comparison's extracted text.
class PdfExporter
{
public:
    struct Options
    {
        QList<int> visibleVersions; // versions to include, in column order; empty: all
        bool annotateCosmetic = false; // also number typography and spelling changes
        bool showBoilerplate = false;
        std::function<bool()> isCanceled;
        std::function<void(int, int)> progress;
    };

    // Returns false and sets *error (naming the file and the reason) when the PDF cannot be written.
    static bool exportToFile(
        const Comparison &comparison, const QString &fileName, const Options &options, QString *error);
};

} // namespace Parallax
