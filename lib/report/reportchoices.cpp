// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchoices.h"

namespace Parallax {

QList<int> ReportChoices::versionOrder(const Comparison &comparison) const
{
    if (!versions.isEmpty())
        return versions;
    // The base leads: the others are read against it, in the window and on paper.
    QList<int> order;
    const qsizetype count = comparison.versions.size();
    if (comparison.base >= 0 && comparison.base < count)
        order.append(comparison.base);
    for (int v = 0; v < count; ++v) {
        if (v != comparison.base)
            order.append(v);
    }
    return order;
}

namespace {

// What every report takes from the choices; each fills in the rest it knows.
template<typename Options> Options optionsFor(const ReportChoices &choices, const Comparison &comparison)
{
    Options options;
    options.visibleVersions = choices.versionOrder(comparison);
    options.showBoilerplate = choices.showBoilerplate;
    options.notes = choices.notes;
    return options;
}

template<typename Options> Options withHighlighting(Options options, const ReportChoices &choices)
{
    options.annotateCosmetic = choices.annotateCosmetic;
    options.followedReasons = choices.followedReasons;
    return options;
}

} // namespace

PdfExporter::Options ReportChoices::pdf(const Comparison &comparison) const
{
    return withHighlighting(optionsFor<PdfExporter::Options>(*this, comparison), *this);
}

HtmlReport::Options ReportChoices::html(const Comparison &comparison) const
{
    return withHighlighting(optionsFor<HtmlReport::Options>(*this, comparison), *this);
}

CsvReport::Options ReportChoices::csv(const Comparison &comparison) const
{
    return optionsFor<CsvReport::Options>(*this, comparison);
}

} // namespace Parallax
