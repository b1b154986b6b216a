// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/legend.h"

#include <QCoreApplication>

namespace Parallax {

namespace {

// The PDF legend's words (lib/report/pdfsummary.cpp): their context there is the exporter's.
constexpr const char pdfContext[] = "Parallax::PdfExporter";

QString pdf(const char *text)
{
    return QCoreApplication::translate(pdfContext, text);
}

// "Typography (quotes, dashes, spaces): " ends where the PDF adds how it is marked; the window says
// nothing more.
QString withoutSuffix(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

} // namespace

QList<LegendEntry> changeLegend(const ChangeColors &colors, const LegendOptions &options)
{
    using Sample = LegendEntry::Sample;
    const QString numbered = pdf(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "highlighted, numbered"));
    const QString cosmetic = options.annotateCosmetic
        ? numbered
        : pdf(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "highlighted only"));
    auto kind = [&](const char *text, const QString &marking) {
        return options.numbered ? pdf(text) + marking : withoutSuffix(pdf(text));
    };
    return {
        { Sample::Highlight, colors.typography,
            kind(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "Typography (quotes, dashes, spaces): "),
                cosmetic) },
        { Sample::Highlight, colors.spelling,
            kind(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "Spelling (its / it\u2019s, typos): "),
                cosmetic) },
        { Sample::Highlight, colors.wording,
            kind(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "Wording (same meaning, other words): "),
                numbered) },
        { Sample::Highlight, colors.substantive,
            kind(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "Substantive (figures, names, claims): "),
                numbered) },
        { Sample::Stripe, colors.added,
            pdf(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "Added: a sentence the base does not have")) },
        { Sample::Hatch, colors.absent,
            pdf(QT_TRANSLATE_NOOP("Parallax::PdfExporter", "Absent: a gap where the base has a sentence")) },
        { Sample::Stripe, colors.moved,
            options.numbered
                ? pdf(QT_TRANSLATE_NOOP(
                      "Parallax::PdfExporter", "Moved: the marker names the row and page of its counterpart"))
                : QCoreApplication::translate("Parallax::Legend",
                      "Moved: the marker names the row of its counterpart; click it to go there") },
        { Sample::Underline, colors.substantive,
            pdf(QT_TRANSLATE_NOOP(
                "Parallax::PdfExporter", "Underlined in the base: words a version beside it changed")) },
        { Sample::Text, colors.dimmedText,
            options.showBoilerplate ? pdf(QT_TRANSLATE_NOOP("Parallax::PdfExporter",
                                          "Boilerplate (newsletter prompts, link lists): grey"))
                                    : pdf(QT_TRANSLATE_NOOP("Parallax::PdfExporter",
                                          "Boilerplate (newsletter prompts, link lists): left out")) },
    };
}

} // namespace Parallax
