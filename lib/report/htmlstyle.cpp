// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report's style sheet. Every colour comes from ChangeColors (the PDF's print palette) and
// strongShade() (the PDF's bars, underlines and note numbers), so that both reports look alike and a
// change of palette reaches both. No url(), no @import: nothing is fetched.
#include "report/htmlwriter_p.h"
#include "report/pdfstyle_p.h"

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

QString htmlStyleSheet(const ChangeColors &colors)
{
    QString css;
    const auto rule = [&css](const QString &selector, const QString &declarations) {
        css += selector + u" { "_s + declarations + u" }\n"_s;
    };
    // The palette is a light one, made for paper: a browser in dark mode must not invert it.
    rule(u":root"_s, u"color-scheme: light"_s);
    rule(u"body"_s,
        u"margin: 0; padding: 1em 1.5em; color: "_s + cssColor(colors.text) + u"; background: "_s
            + cssColor(colors.background)
            + u"; font: 15px/1.45 \"DejaVu Sans\", \"Noto Sans\", \"Liberation Sans\", sans-serif"_s);
    rule(u"h1"_s, u"font-size: 1.6em; margin: 0.2em 0"_s);
    rule(u"h2"_s, u"font-size: 1.15em; margin: 1.4em 0 0.4em; border-bottom: 1px solid #c4c4c4"_s);
    rule(u"p"_s, u"margin: 0.3em 0; max-width: 60em"_s);
    rule(u"a"_s, u"color: #1d5fb4"_s);
    rule(u".wide"_s, u"overflow-x: auto"_s);
    rule(u"table.data"_s, u"border-collapse: collapse; margin: 0.3em 0 0.6em"_s);
    rule(u"table.data th, table.data td"_s,
        u"border: 1px solid #c4c4c4; padding: 0.2em 0.45em; text-align: left; vertical-align: top"_s);
    // Heads without a class: those of the change kinds and statuses wear their colour.
    rule(u"table.data thead th:not([class])"_s, u"background: #e8e8e8"_s);
    rule(u"table.data td.n"_s, u"text-align: center"_s);
    rule(u".small"_s, u"font-size: 0.85em"_s);
    // The quotation's words need room beside the many narrow fidelity columns.
    rule(u"table.data td.q"_s, u"min-width: 16em"_s);

    // Change kinds as highlights (and as legend swatches and table heads), row statuses as tints with
    // the PDF's bar at the left edge.
    for (const ChangeKind kind :
        { ChangeKind::Typography, ChangeKind::Spelling, ChangeKind::Wording, ChangeKind::Substantive }) {
        const QColor tint = colors.forKind(kind);
        rule(u"."_s + kindClass(kind), u"background-color: "_s + cssColor(tint));
        rule(u".u-"_s + kindClass(kind).mid(2),
            u"text-decoration: underline 2px "_s + cssColor(strongShade(tint))
                + u"; text-underline-offset: 2px"_s);
        rule(u"sup.n."_s + kindClass(kind) + u" a"_s, u"color: "_s + cssColor(strongShade(tint)));
    }
    for (const CellStatus status : { CellStatus::Added, CellStatus::Moved }) {
        const QColor tint = colors.forStatus(status);
        const QString name = status == CellStatus::Added ? u"added"_s : u"moved"_s;
        rule(u".s-"_s + name,
            u"background-color: "_s + cssColor(tint) + u"; box-shadow: inset 3px 0 0 "_s
                + cssColor(strongShade(tint)));
    }
    rule(u".s-absent"_s, u"background-color: "_s + cssColor(colors.absent));
    rule(u"td.gap"_s,
        u"background-color: "_s + cssColor(colors.absent.lighter(103))
            + u"; outline: 1px dashed #c8c8c8; "
              "outline-offset: -3px"_s);
    rule(u"td.gap.s-absent, td.gap.s-moved"_s, u"background-color: "_s + cssColor(colors.absent));
    rule(u"mark"_s, u"color: inherit; padding: 0 1px; border-radius: 2px"_s);
    // A deletion has no words in the version: a thin bar where they were.
    rule(u"mark.del"_s,
        u"display: inline-block; width: 3px; height: 1em; padding: 0; vertical-align: text-bottom"_s);
    rule(u"sup.n"_s, u"font: bold 0.72em sans-serif; margin-left: 1px"_s);
    rule(u"sup.n a"_s, u"text-decoration: none"_s);
    rule(u".mk, .role"_s, u"display: block; font: italic 0.8em sans-serif; color: #666"_s);
    rule(u".mk a"_s, u"color: "_s + cssColor(strongShade(colors.moved)));
    rule(u"td.gap .mk"_s, u"text-align: center"_s);
    rule(u".bp .t"_s, u"color: "_s + cssColor(colors.dimmedText));
    rule(u".h .t"_s, u"font-weight: bold"_s);

    // The side-by-side table: equal columns for the versions, a narrow row number, a notes column.
    rule(u"table.sbs"_s, u"border-collapse: collapse; width: 100%; table-layout: fixed"_s);
    rule(u"table.sbs th, table.sbs td"_s,
        u"vertical-align: top; padding: 0.3em 0.45em; border-bottom: 1px solid #d0d0d0; text-align: left"_s);
    rule(u"table.sbs thead th"_s, u"background: #eeeeee; position: sticky; top: 0"_s);
    rule(u"table.sbs .rn"_s,
        u"width: 3em; text-align: right; color: #777; font-weight: normal; "
        "font-size: 0.8em"_s);
    rule(u"table.sbs .notes"_s, u"width: 17em; font-size: 0.82em"_s);
    rule(u".t"_s, u"font-family: \"DejaVu Serif\", \"Noto Serif\", \"Liberation Serif\", serif"_s);
    rule(u".notes ol"_s, u"list-style: none; margin: 0; padding: 0"_s);
    rule(u".notes li"_s, u"margin: 0 0 0.25em"_s);
    rule(u".notes .num"_s, u"font-weight: bold; padding: 0 0.3em"_s);
    rule(u".notes .v"_s, u"font-weight: bold; display: block"_s);
    // The reader's notes: a neutral ink that no change kind uses, and a dotted frame on a noted span.
    rule(u".ns"_s, u"outline: 1px dashed #6b4fa0; outline-offset: 1px"_s);
    rule(u"sup.nn a, .notes .nn"_s, u"color: #6b4fa0; font-weight: bold; text-decoration: none"_s);
    rule(u".notes .by"_s, u"color: #666"_s);
    rule(u".vn"_s, u"display: none"_s);
    rule(u":target"_s, u"outline: 2px solid #3080f0"_s);
    rule(u"ul.legend"_s, u"list-style: none; padding: 0; columns: 3 18em; margin: 0.3em 0"_s);
    rule(u"ul.legend li"_s, u"margin: 0 0 0.3em; break-inside: avoid"_s);
    rule(u".sw"_s,
        u"display: inline-block; width: 1.6em; height: 0.9em; margin-right: 0.4em; vertical-align: middle; "
        "border: 1px solid #c4c4c4"_s);
    rule(u"footer"_s, u"margin-top: 2em; color: #777; font-size: 0.8em"_s);

    // A phone: each row becomes a list of its versions, each named, then its notes. Gaps that mark
    // nothing (another version's addition) are left out there.
    css += u"@media (max-width: 700px) {\n"_s;
    rule(u"body"_s, u"padding: 0.5em"_s);
    rule(u"table.sbs, table.sbs tbody, table.sbs tr, table.sbs td, table.sbs th"_s,
        u"display: block; width: auto !important; min-width: 0 !important"_s);
    rule(u"table.sbs thead"_s, u"display: none"_s);
    rule(u"table.sbs tr"_s, u"border-top: 2px solid #999999; margin-top: 0.8em"_s);
    rule(u"table.sbs .rn"_s, u"text-align: left; border-bottom: none"_s);
    rule(u".vn"_s, u"display: block; font: bold 0.8em sans-serif; color: #555"_s);
    rule(u"table.sbs .rn .vn"_s, u"display: inline; margin-right: 0.3em"_s);
    rule(u"td.gap.empty"_s, u"display: none"_s);
    rule(u"td.notes.none"_s, u"display: none"_s);
    rule(u"td.gap .mk"_s, u"text-align: left"_s);
    rule(u"ul.legend"_s, u"columns: 1"_s);
    css += u"}\n"_s;
    css += u"@media print {\n"_s;
    rule(u".wide"_s, u"overflow: visible"_s);
    rule(u"table.sbs thead th"_s, u"position: static"_s);
    css += u"}\n"_s;
    return css;
}

} // namespace Parallax::Internal
