// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Parallax {

// Writes an annotated PDF of a comparison: a summary page, then the aligned versions side by side with
// highlighted and numbered changes. Reads only the comparison's extracted text.
//
// Landscape A4, up to four version columns per page (more versions: see planPageSets() in
// pdfcomparisonpages_p.h), a notes column explaining every numbered change, page numbers, a running
// header, title and creator metadata, a document outline, embedded fonts. Needs a QGuiApplication (fonts)
// but no display, and may run on any thread.
class PdfExporter
{
    // The texts printed on the pages are translated in this context (PdfExporter::tr).
    Q_DECLARE_TR_FUNCTIONS(Parallax::PdfExporter)

public:
    struct Options
    {
        QList<int> visibleVersions; // versions to include, in column order; empty: all
        bool annotateCosmetic = false; // also number typography and spelling changes
        bool showBoilerplate = false;
        // The reader's notes, placed in the comparison (NoteAnchoring::place): listed on the summary page
        // and in the notes column beside their rows.
        QList<Note> notes;
        // The reasons the window followed when the report was made (its reason filter); empty: all. The
        // report still lists every change; the summary says which reasons the reader had chosen.
        QList<ChangeReason> followedReasons;
        // Polled between rows and pages; returning true abandons the export and writes no file.
        std::function<bool()> isCanceled;
        // Reports progress as (done, total); total stays the same during one export.
        std::function<void(int, int)> progress;
    };

    // Returns false and sets *error (naming the file and the reason) when the PDF cannot be written or
    // the export was canceled. The file is replaced only once the whole PDF is ready.
    static bool exportToFile(
        const Comparison &comparison, const QString &fileName, const Options &options, QString *error);
};

} // namespace Parallax
