// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"

#include <QList>
#include <QString>

namespace Parallax {

// What the colours and marks of a comparison mean, in one place for the reading window's legend and
// the reports' (the words keep the PDF's translation context, so one translation serves both).
struct LegendEntry
{
    enum class Sample {
        Highlight, // the colour behind changed words
        Stripe, // a bar down a cell's left edge
        Hatch, // an empty cell's hatching
        Underline, // words underlined in that colour
        Text, // grey text
    };
    Sample sample = Sample::Highlight;
    QColor color;
    QString text; // translated
};

struct LegendOptions
{
    bool numbered = false; // the PDF numbers changes and quotes them in a notes column
    bool annotateCosmetic = true; // cosmetic changes numbered too (PDF)
    bool showBoilerplate = false;
};

// The change kinds (weakest first) and the row statuses.
QList<LegendEntry> changeLegend(const ChangeColors &colors, const LegendOptions &options);

} // namespace Parallax
