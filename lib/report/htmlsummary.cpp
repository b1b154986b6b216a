// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report's front matter: the summary (versions, share of the base kept, changes by kind and by
// reason, similarity), the legend and the quotations that differ. The words are the PDF summary's
// (PdfExporter::tr) wherever they say the same thing.
#include "core/labels.h"
#include "present/changecounts.h"
#include "present/reasoncounts.h"
#include "report/htmlwriter_p.h"
#include "report/notelist_p.h"
#include "report/pdfexporter.h"
#include "report/pdfsummary_p.h"
#include "report/revisions_p.h"
#include "report/timelinechart_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + u"\u00a0%"_s;
}

QString heading(const QString &text)
{
    return u"<h2>"_s + htmlEscaped(text) + u"</h2>\n"_s;
}

QString headerRow(const QStringList &escapedTitles)
{
    QString row = u"<thead><tr>"_s;
    for (const QString &title : escapedTitles)
        row += u"<th scope=\"col\">"_s + title + u"</th>"_s;
    return row + u"</tr></thead>\n"_s;
}

QString td(const QString &content, const QString &classes = {})
{
    return (classes.isEmpty() ? u"<td>"_s : u"<td class=\""_s + classes + u"\">"_s) + content + u"</td>"_s;
}

QString versionsTable(const HtmlContext &context)
{
    const Comparison &c = context.comparison;
    QString out = heading(PdfExporter::tr("Versions"));
    out += u"<div class=\"wide\"><table class=\"data\">\n"_s
        + headerRow({ u"#"_s, htmlEscaped(PdfExporter::tr("Version")), htmlEscaped(PdfExporter::tr("File")),
            htmlEscaped(PdfExporter::tr("Date")), htmlEscaped(PdfExporter::tr("Sentences")),
            htmlEscaped(keepsHeading(c)), htmlEscaped(ownHeading(c)) })
        + u"<tbody>\n"_s;
    for (qsizetype i = 0; i < context.shown.size(); ++i) {
        const int v = context.shown.at(i);
        const Version &version = c.versions.at(v);
        int sentences = 0;
        for (const Sentence &s : version.sentences)
            sentences += s.boilerplate ? 0 : 1;
        QString name = u"<b>"_s + bdi(version.name) + u"</b>"_s;
        if (v == c.base)
            name += u" <i>("_s + htmlEscaped(baseMark(c)) + u")</i>"_s;
        if (!version.title.isEmpty() && version.title != c.title)
            name += u"<br/><span class=\"small\">"_s + bdi(version.title) + u"</span>"_s;
        if (!version.authors.isEmpty()) {
            QStringList authors;
            for (const QString &author : version.authors)
                authors.append(bdi(author));
            // The authors are escaped one by one, so the translated frame is escaped around them.
            const QString frame = htmlEscaped(PdfExporter::tr("By %1"));
            name += u"<br/><span class=\"small\">"_s + QString(frame).replace(u"%1"_s, authors.join(u", "_s))
                + u"</span>"_s;
        }
        if (!version.url.isEmpty())
            name += u"<br/><span class=\"small\">"_s + bdi(version.url) + u"</span>"_s;
        QString date = bdi(dateLabel(version));
        if (!version.modified.isEmpty() && version.modified != version.date) {
            const QString frame = htmlEscaped(PdfExporter::tr("updated %1"));
            date += u"<br/>"_s + QString(frame).replace(u"%1"_s, bdi(version.modified));
        }
        const auto share = [&](const QList<double> &shares) {
            return v == c.base ? u"\u2014"_s : (v < shares.size() ? percent(shares.at(v)) : u"?"_s);
        };
        out += u"<tr>"_s + td(QString::number(i + 1)) + td(name)
            + td(version.path.isEmpty() ? htmlEscaped(PdfExporter::tr("(pasted text)")) : bdi(version.path))
            + td(date) + td(QString::number(sentences), u"n"_s) + td(share(c.baseShare), u"n"_s)
            + td(share(c.ownShare), u"n"_s) + u"</tr>\n"_s;
    }
    out += u"</tbody></table></div>\n"_s;
    if (!c.errors.isEmpty()) {
        out += u"<p><b>"_s + htmlEscaped(PdfExporter::tr("Files not compared:")) + u"</b></p>\n<ul>\n"_s;
        for (const LoadError &e : c.errors)
            out += u"<li>"_s + bdi(e.path) + u": "_s + htmlEscaped(describe(e)) + u"</li>\n"_s;
        out += u"</ul>\n"_s;
    }
    return out;
}

// The revisions over time (each version against its predecessor), when the comparison has them.
QString revisionsTable(const HtmlContext &context)
{
    const RevisionTable t = revisionTable(context.comparison);
    const QString drawn = timelineHtml(context.comparison, context.colors);
    const QString chart = drawn.isEmpty()
        ? QString()
        : drawn + u"<p class=\"small\">"_s + htmlEscaped(timelineCaption()) + u"</p>\n"_s;
    if (t.rows.isEmpty())
        return chart.isEmpty() ? QString() : heading(PdfExporter::tr("Timeline")) + chart;
    QStringList headers;
    for (const QString &h : t.headers)
        headers.append(htmlEscaped(h));
    return heading(t.title) + chart + u"<p>"_s + htmlEscaped(t.intro)
        + u"</p>\n<div class=\"wide\"><table class=\"data\">\n"_s + headerRow(headers) + u"<tbody>\n"_s
        + revisionRows(
            t, [](const QString &text) { return htmlEscaped(text); },
            [](const QString &content, bool count) { return td(content, count ? u"n"_s : QString()); })
        + u"</tbody></table></div>\n"_s;
}

const QList<ChangeKind> allKinds { ChangeKind::Typography, ChangeKind::Spelling, ChangeKind::Wording,
    ChangeKind::Substantive };

QString countsTable(const HtmlContext &context)
{
    const Comparison &c = context.comparison;
    QString out = heading(changesHeading(c));
    out += u"<p>"_s
        + htmlEscaped(PdfExporter::tr("Changed words by kind, then whole sentences added, absent or moved."))
        + u"</p>\n<div class=\"wide\"><table class=\"data\">\n<thead><tr><th scope=\"col\">"_s
        + htmlEscaped(PdfExporter::tr("Version")) + u"</th>"_s;
    for (const ChangeKind kind : allKinds)
        out += u"<th scope=\"col\" class=\""_s + kindClass(kind) + u"\">"_s + htmlEscaped(label(kind))
            + u"</th>"_s;
    out += u"<th scope=\"col\" class=\"s-added\">"_s + htmlEscaped(PdfExporter::tr("added"))
        + u"</th><th scope=\"col\" class=\"s-absent\">"_s + htmlEscaped(PdfExporter::tr("absent"))
        + u"</th><th scope=\"col\" class=\"s-moved\">"_s + htmlEscaped(PdfExporter::tr("moved"))
        + u"</th></tr></thead>\n<tbody>\n"_s;
    for (const int v : context.shown) {
        out += u"<tr>"_s + td(bdi(c.versions.at(v).name));
        if (v == c.base) {
            out += u"<td colspan=\"7\"><i>"_s + htmlEscaped(baseRowNote(c)) + u"</i></td></tr>\n"_s;
            continue;
        }
        const ChangeCounts counts = ChangeCounts::of(c, v, context.options.showBoilerplate);
        for (const ChangeKind kind : allKinds)
            out += td(QString::number(counts.byKind[std::size_t(kind)]), u"n"_s);
        for (const int n : { counts.added, counts.absent, counts.moved })
            out += td(QString::number(n), u"n"_s);
        out += u"</tr>\n"_s;
    }
    out += u"</tbody></table></div>\n"_s;

    // Substantive changes by the fact they touch, only the reasons that occur.
    QList<ChangeReason> reasons;
    for (const Change &change : c.changes) {
        if (change.reason != ChangeReason::None && context.shown.contains(change.version)
            && !reasons.contains(change.reason))
            reasons.append(change.reason);
    }
    std::sort(reasons.begin(), reasons.end());
    // The reasons the window followed, said even when no change has a reason.
    const QString note = followedReasonsNote(context.options.followedReasons);
    if (reasons.isEmpty())
        return note.isEmpty() ? out : out + u"<p class=\"followed\">"_s + htmlEscaped(note) + u"</p>\n"_s;
    out += heading(HtmlReport::tr("Substantive changes by reason"));
    if (!note.isEmpty())
        out += u"<p class=\"followed\">"_s + htmlEscaped(note) + u"</p>\n"_s;
    out += u"<div class=\"wide\"><table class=\"data\">\n<thead><tr><th scope=\"col\">"_s
        + htmlEscaped(PdfExporter::tr("Version")) + u"</th>"_s;
    for (const ChangeReason reason : reasons)
        out += u"<th scope=\"col\">"_s + htmlEscaped(label(reason)) + u"</th>"_s;
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const int v : context.shown) {
        if (v == c.base)
            continue;
        out += u"<tr>"_s + td(bdi(c.versions.at(v).name));
        const ReasonCounts counts = ReasonCounts::of(c, v);
        for (const ChangeReason reason : reasons)
            out += td(QString::number(counts.count(reason)), u"n"_s);
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody></table></div>\n"_s;
}

QString similarityTable(const HtmlContext &context)
{
    const Comparison &c = context.comparison;
    QString out = heading(PdfExporter::tr("Similarity"));
    out += u"<p>"_s
        + htmlEscaped(PdfExporter::tr(
            "Share of aligned content between two versions, numbered as in the versions table."))
        + u"</p>\n<div class=\"wide\"><table class=\"data\">\n"_s;
    QStringList titles { QString() };
    for (qsizetype i = 0; i < context.shown.size(); ++i)
        titles.append(QString::number(i + 1));
    out += headerRow(titles) + u"<tbody>\n"_s;
    for (qsizetype i = 0; i < context.shown.size(); ++i) {
        const int a = context.shown.at(i);
        out += u"<tr>"_s + td(QString::number(i + 1) + u" "_s + bdi(c.versions.at(a).name));
        for (const int b : context.shown) {
            const double value = c.similarity.value(a).value(b, -1);
            out += td(a == b ? u"\u2014"_s : (value < 0 ? u"?"_s : percent(value)), u"n"_s);
        }
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody></table></div>\n"_s;
}

} // namespace

QString htmlSummary(const HtmlContext &context, int noteCount)
{
    const Comparison &c = context.comparison;
    QString out = u"<section id=\"summary\">\n<p>"_s;
    const int versionCount = int(context.shown.size());
    if (versionCount == 1) {
        out += htmlEscaped(PdfExporter::tr("One version of the story."));
    } else {
        // The base's name is isolated, so the sentence is escaped around it.
        const QString frame = htmlEscaped(summaryIntro(c, versionCount));
        out += QString(frame).replace(u"%2"_s, bdi(c.versions.value(c.base).name));
    }
    out += u" "_s
        + htmlEscaped(noteCount == 0
                ? PdfExporter::tr("No change needs a note.")
                : PdfExporter::tr("%n change(s) numbered and explained in the notes column beside "
                                  "the rows.",
                      nullptr, noteCount))
        + u"</p>\n"_s;
    out += versionsTable(context);
    out += revisionsTable(context);
    out += countsTable(context);
    out += similarityTable(context);
    return out + u"</section>\n"_s;
}

QString htmlLegend(const HtmlContext &context)
{
    QString out = u"<section id=\"legend\">\n"_s + heading(PdfExporter::tr("Legend"));
    out += u"<p>"_s
        + htmlEscaped(HtmlReport::tr(
            "Each row holds one sentence of every version, aligned with the base. The changed words of a "
            "version are highlighted (point at them to read the change); a number after them refers to "
            "the notes column, which quotes the base\u2019s words and the version\u2019s."))
        + (rowsNote(context.comparison).isEmpty() ? QString()
                                                  : u" "_s + htmlEscaped(rowsNote(context.comparison)))
        + u"</p>\n<ul class=\"legend\">\n"_s;
    const QString numbered = PdfExporter::tr("highlighted, numbered");
    const QString cosmetic
        = context.options.annotateCosmetic ? numbered : PdfExporter::tr("highlighted only");
    const QList<std::pair<QString, QString>> entries {
        { kindClass(ChangeKind::Typography),
            PdfExporter::tr("Typography (quotes, dashes, spaces): ") + cosmetic },
        { kindClass(ChangeKind::Spelling),
            PdfExporter::tr("Spelling (its / it\u2019s, typos): ") + cosmetic },
        { kindClass(ChangeKind::Wording),
            PdfExporter::tr("Wording (same meaning, other words): ") + numbered },
        { kindClass(ChangeKind::Substantive),
            PdfExporter::tr("Substantive (figures, names, claims): ") + numbered },
        { u"s-added"_s, PdfExporter::tr("Added: a sentence the base does not have") },
        { u"s-absent"_s, PdfExporter::tr("Absent: a gap where the base has a sentence") },
        { u"s-moved"_s, HtmlReport::tr("Moved: the marker links to the row of its counterpart") },
        { u"u-substantive"_s, PdfExporter::tr("Underlined in the base: words a version beside it changed") },
        { context.options.showBoilerplate ? u"bp"_s : QString(),
            context.options.showBoilerplate
                ? PdfExporter::tr("Boilerplate (newsletter prompts, link lists): grey")
                : PdfExporter::tr("Boilerplate (newsletter prompts, link lists): left out") },
    };
    for (const auto &[swatch, text] : entries) {
        // The underline sample is a word, not a box: it shows what the underline looks like.
        const QString sample = swatch.startsWith(u"u-"_s) ? u"<span class=\""_s + swatch + u"\">abc</span> "_s
                                                          : u"<span class=\"sw "_s + swatch + u"\"></span>"_s;
        out += u"<li>"_s + sample + htmlEscaped(text) + u"</li>\n"_s;
    }
    return out + u"</ul>\n</section>\n"_s;
}

QString htmlQuotations(const HtmlContext &context)
{
    const Comparison &c = context.comparison;
    QString out = u"<section id=\"quotations\">\n"_s + heading(PdfExporter::tr("Quotations"));
    // A quotation differs when the versions that carry it do not carry the same words: altered,
    // shortened, extended or merged. One that some versions lack but none changes is not listed: its
    // gap shows in the rows, and on a story of many outlets such quotations would bury the altered ones.
    QList<int> divergent;
    int differing = 0;
    for (qsizetype g = 0; g < c.quotes.size(); ++g) {
        const QList<QuoteVariant> &variants = c.quotes.at(g).variants;
        const bool reworded = std::any_of(variants.cbegin(), variants.cend(), [&](const QuoteVariant &v) {
            return context.shown.contains(v.version)
                && (v.fidelity == QuoteFidelity::Altered || v.fidelity == QuoteFidelity::Truncated
                    || v.fidelity == QuoteFidelity::Extended || v.fidelity == QuoteFidelity::Merged);
        });
        // A quotation the reader wrote a note on is listed too, with the note.
        const bool noted = !quoteNotesHtml(context.options.notes, context.noteNumbers, int(g)).isEmpty();
        if (reworded)
            ++differing;
        if (reworded || noted)
            divergent.append(int(g));
    }
    // In reading order.
    std::stable_sort(divergent.begin(), divergent.end(), [&](int a, int b) {
        return context.index.rowOfQuoteVariant(a, c.quotes.at(a).reference)
            < context.index.rowOfQuoteVariant(b, c.quotes.at(b).reference);
    });
    if (c.quotes.isEmpty())
        return out + u"<p>"_s + htmlEscaped(PdfExporter::tr("No quotations were found."))
            + u"</p>\n</section>\n"_s;
    if (divergent.isEmpty())
        return out + u"<p>"_s
            + htmlEscaped(HtmlReport::tr(
                "%n quotation(s) found, the same in every version.", nullptr, int(c.quotes.size())))
            + u"</p>\n</section>\n"_s;
    out += u"<p>"_s
        + htmlEscaped(HtmlReport::tr("%n of %1 quotation(s) differ between the versions.", nullptr, differing)
                .arg(c.quotes.size()))
        + u"</p>\n<div class=\"wide\"><table class=\"data\">\n"_s;
    QStringList titles { htmlEscaped(PdfExporter::tr("Row")), htmlEscaped(PdfExporter::tr("Speaker")),
        htmlEscaped(PdfExporter::tr("Quotation")) };
    for (const int v : context.shown)
        titles.append(bdi(c.versions.at(v).name));
    out += headerRow(titles) + u"<tbody>\n"_s;
    for (const int g : divergent) {
        const QuoteGroup &group = c.quotes.at(g);
        const QuoteVariant reference = group.variants.value(group.reference);
        QString quote = u"<span dir=\"auto\">\u201c"_s + htmlEscaped(reference.text) + u"\u201d</span>"_s;
        for (const QuoteVariant &variant : group.variants) {
            // Typographic variants differ in quote marks only: their words would repeat the quotation.
            if (!context.shown.contains(variant.version) || variant.fidelity == QuoteFidelity::Exact
                || variant.fidelity == QuoteFidelity::Typographic || variant.fidelity == QuoteFidelity::Absent
                || variant.version == reference.version)
                continue;
            QString detail = bdi(c.versions.at(variant.version).name) + u": "_s;
            if (!variant.wordChanges.isEmpty()) {
                QStringList words;
                for (const WordChange &change : variant.wordChanges)
                    words.append(toString(change));
                detail += htmlEscaped(words.join(u"; "_s));
            } else {
                detail += u"\u201c"_s + htmlEscaped(variant.text) + u"\u201d"_s;
            }
            quote += u"<br/><span class=\"small\">"_s + detail + u"</span>"_s;
        }
        quote += quoteNotesHtml(context.options.notes, context.noteNumbers, g);
        const int row = context.index.rowOfQuoteVariant(g, group.reference);
        const QString rowLink = row < 0
            ? QString()
            : u"<a href=\"#r"_s + QString::number(row + 1) + u"\">"_s + QString::number(row + 1) + u"</a>"_s;
        out += u"<tr>"_s + td(rowLink)
            + td(
                group.speaker.isEmpty() ? htmlEscaped(PdfExporter::tr("(unattributed)")) : bdi(group.speaker))
            + td(quote, u"q"_s);
        for (const int v : context.shown) {
            QuoteFidelity fidelity = QuoteFidelity::Absent;
            for (const QuoteVariant &variant : group.variants) {
                if (variant.version == v)
                    fidelity = variant.fidelity;
            }
            // The PDF's colours for the same fidelities.
            QString tint;
            switch (fidelity) {
            case QuoteFidelity::Exact:
                break;
            case QuoteFidelity::Typographic:
                tint = kindClass(ChangeKind::Typography);
                break;
            case QuoteFidelity::Altered:
                tint = kindClass(ChangeKind::Substantive);
                break;
            case QuoteFidelity::Truncated:
            case QuoteFidelity::Extended:
            case QuoteFidelity::Merged:
                tint = kindClass(ChangeKind::Wording);
                break;
            case QuoteFidelity::Absent:
                tint = u"s-absent"_s;
                break;
            }
            out += td(htmlEscaped(label(fidelity)), tint);
        }
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody></table></div>\n</section>\n"_s;
}

} // namespace Parallax::Internal
