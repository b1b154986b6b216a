// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "present/cellindex.h"
#include "present/changecolors.h"
#include "report/htmlreport.h"

#include <QString>

// What the parts of the HTML report share: escaping, and the comparison with the versions and rows it
// shows. The report is written as XHTML-compatible HTML5 (every element closed, void elements
// self-closed, only the five XML entities), so that an XML parser reads it as strictly as a browser.
namespace Parallax::Internal {

// Text as element content or attribute value: the markup characters and both quotes escaped, and
// characters that neither HTML nor XML allow in a document (C0 controls other than tab and line breaks,
// lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, so that no page text can end an element, open
// one or make the file unreadable.
QString htmlEscaped(QStringView text);

// Metadata (names, titles, paths, dates, authors) isolated from the text around it: an outlet name in
// Arabic or one holding a stray U+202E must not reorder the sentence it stands in.
QString bdi(const QString &text);

// "#rrggbb" of a colour for the style sheet.
inline QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

// A change kind's stable id as a class name: "k-substantive".
QString kindClass(ChangeKind kind);

// A change described for a title attribute and the notes column: "substantive, number: ‘300’ → ‘400’".
QString describeForReader(const Change &change);

struct HtmlContext
{
    const Comparison &comparison;
    HtmlReport::Options options;
    QList<int> shown; // versions in column order
    CellIndex index;
    ChangeColors colors = ChangeColors::forPrint();
    QList<int> noteNumbers; // the reader's notes' numbers (notelist_p.h), by note index

    HtmlContext(const Comparison &c, const HtmlReport::Options &o);

    bool isShownRow(const AlignedRow &row) const;
    // A change gets a numbered note (the PDF's and the window's policy, CellIndex::isPointedAt).
    bool isNumbered(const Change &change) const
    {
        return CellIndex::isPointedAt(change.kind, options.annotateCosmetic);
    }
};

// The parts of the document (htmlstyle.cpp, htmlsummary.cpp, htmltable.cpp).
QString htmlStyleSheet(const ChangeColors &colors);
QString htmlSummary(const HtmlContext &context, int noteCount);
QString htmlLegend(const HtmlContext &context);
QString htmlQuotations(const HtmlContext &context);
// The side-by-side table; *noteCount receives the number of numbered notes.
QString htmlSideBySide(const HtmlContext &context, int *noteCount);

} // namespace Parallax::Internal
