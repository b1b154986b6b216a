// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Parallax {

// The comparison as one self-contained HTML file to share (docs/html-report.md): the summary (versions,
// the share of the base each keeps, changes by kind and by reason, similarity), the legend, the
// quotations that differ between versions, and the versions side by side with the PDF's colours
// (present/changecolors.h, ChangeColors::forPrint) and numbered notes. On a narrow screen each row
// becomes a list of its versions.
//
// Safe to open anywhere: no script, no external reference of any kind (styles are in the file, links
// only point inside it, a Content-Security-Policy forbids loading anything), every text escaped and
// every piece of page metadata isolated with <bdi>. Written as well-formed XHTML-compatible HTML5,
// UTF-8.
class HtmlReport
{
    // The texts of the report are translated in this context, or in PdfExporter's where both say the same.
    Q_DECLARE_TR_FUNCTIONS(Parallax::HtmlReport)

public:
    struct Options
    {
        QList<int> visibleVersions; // versions to include, in column order; empty: all
        bool annotateCosmetic = false; // also number typography and spelling changes
        bool showBoilerplate = false;
        // The reader's notes, placed in the comparison (NoteAnchoring::place): listed on the summary page
        // and in the notes column beside their rows.
        QList<Note> notes;
        QList<ChangeReason> followedReasons; // as PdfExporter::Options::followedReasons
    };

    static QByteArray toHtml(const Comparison &comparison, const Options &options);
};

} // namespace Parallax
