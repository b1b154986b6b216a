// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/pdfexporter.h"

namespace Parallax {

// What a report shows, as the reader chose it. The window and `parallax compare` both fill one of these
// and take their PDF, HTML and CSV options from it, so that the same comparison with the same choices
// gives the same report from either; whatever is not chosen has its default here, once.
struct ReportChoices
{
    QList<int> versions; // in column order; empty: every version, the base first (as the window opens)
    bool annotateCosmetic = false; // typography and spelling changes numbered too, not only highlighted
    bool showBoilerplate = false;
    QList<Note> notes; // placed in the comparison (NoteAnchoring::place)
    QList<ChangeReason> followedReasons; // empty: all

    // The versions printed, in order: the chosen ones, else the default order.
    QList<int> versionOrder(const Comparison &comparison) const;
    PdfExporter::Options pdf(const Comparison &comparison) const;
    HtmlReport::Options html(const Comparison &comparison) const;
    CsvReport::Options csv(const Comparison &comparison) const;
};

} // namespace Parallax
