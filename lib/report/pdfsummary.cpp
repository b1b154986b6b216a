// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfsummary_p.h"

#include "core/filepaths.h"
#include "core/labels.h"
#include "present/changecounts.h"
#include "present/legend.h"
#include "present/reasoncounts.h"
#include "report/notelist_p.h"
#include "report/pdfquotetable_p.h"
#include "report/revisions_p.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPainter>

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

// Up to this many versions, the change counts and the similarity matrix stand side by side.
constexpr qsizetype MaxSideBySideVersions = 8;
// Versions up to which the similarity section is a matrix; more take one row a version.
constexpr qsizetype MaxMatrixColumns = 12;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + u"\u00a0%"_s;
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
        float(from.greenF() + (to.greenF() - from.greenF()) * amount),
        float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QString cell(const QString &content, const QColor &background = {}, const QString &attributes = {})
{
    QString td = u"<td"_s;
    if (background.isValid())
        td += u" bgcolor=\""_s + background.name() + u"\""_s;
    if (!attributes.isEmpty())
        td += u" "_s + attributes;
    return td + u">"_s + content + u"</td>"_s;
}

QString headerRow(const QStringList &titles)
{
    QString row = u"<thead><tr>"_s;
    for (const QString &title : titles)
        row += u"<th bgcolor=\"#e8e8e8\" align=\"left\">"_s + title + u"</th>"_s;
    return row + u"</tr></thead>"_s;
}

const QString tableStart = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                           "style=\"border-collapse: collapse; border-color: #c4c4c4;\">"_s;

QString heading(const QString &text)
{
    return u"<h2 style=\"font-size: 11pt; margin-top: 10px; margin-bottom: 4px;\">"_s + escaped(text)
        + u"</h2>"_s;
}

// A heading whose short section (a paragraph and a table of a few rows) is never split between pages:
// the name of its anchor says so to PdfSummary::build().
const QString keepTogether = u"keep-together"_s;

QString headingKeptTogether(const QString &text)
{
    return u"<h2 style=\"font-size: 11pt; margin-top: 10px; margin-bottom: 4px;\"><a name=\""_s + keepTogether
        + u"\">"_s + escaped(text) + u"</a></h2>"_s;
}

const QString timelineUrl = u"parallax-timeline.png"_s;

// The revisions over time (each version against its predecessor), when the comparison has them, after
// the timeline chart when the versions are read in time.
QString revisionsSection(const Comparison &c, const TimelineChart &timeline)
{
    const RevisionTable t = revisionTable(c);
    QString chart;
    if (!timeline.image.isNull())
        chart = u"<p><img src=\""_s + timelineUrl + u"\" width=\""_s + QString::number(qRound(timeline.width))
            + u"\" height=\""_s + QString::number(qRound(timeline.height)) + u"\"/><br/>"_s
            + u"<span style=\"font-size: 7.5pt;\">"_s + escaped(timeline.caption) + u"</span></p>"_s;
    if (t.rows.isEmpty())
        return chart.isEmpty() ? QString() : heading(PdfExporter::tr("Timeline")) + chart;
    return heading(t.title) + chart + u"<p>"_s + escaped(t.intro) + u"</p>"_s + tableStart
        + headerRow(t.headers)
        + revisionRows(t, escaped, [](const QString &content, bool) { return cell(content); })
        + u"</table>"_s;
}

QString shortened(const QString &path)
{
    constexpr qsizetype limit = 70;
    if (path.size() <= limit)
        return path;
    return u"\u2026"_s + path.right(limit - 1);
}

} // namespace

PdfSummary::PdfSummary(const Comparison &comparison, const QList<int> &printed,
    const PdfExporter::Options &options, const PdfStyle &style, QPaintDevice *device)
    : m_comparison(comparison)
    , m_printed(printed)
    , m_options(options)
    , m_style(style)
    , m_device(device)
{ }

PdfSummary::~PdfSummary() = default;

// The text after the "Side by side:" label: where each group of side-by-side pages is.
QString PdfSummary::pageSetText(const QList<PageSetEntry> &pageSets)
{
    QStringList groups;
    for (const PageSetEntry &entry : pageSets) {
        const QString pages = entry.firstPage == entry.lastPage
            ? PdfExporter::tr("page %1").arg(entry.firstPage)
            : PdfExporter::tr("pages %1\u2013%2").arg(entry.firstPage).arg(entry.lastPage);
        groups.append(pages + u": "_s + entry.versions);
    }
    QString text = u" "_s + groups.join(u"; "_s) + u"."_s;
    if (pageSets.size() > 1) {
        text += u" "_s
            + PdfExporter::tr(
                "More than four versions do not fit side by side on one page, so each group of "
                "pages repeats the base as its first column beside up to three other versions.");
    }
    return text;
}

QString followedReasonsNote(const QList<ChangeReason> &followed)
{
    if (followed.isEmpty())
        return {};
    QStringList names;
    for (const ChangeReason reason : followed)
        names.append(label(reason));
    //: %1 lists reasons of substantive changes, e.g. "number, name"
    return PdfExporter::tr("Made while the window followed only these reasons: %1. This report still "
                           "lists and counts every change.")
        .arg(names.join(u", "_s));
}

// Substantive changes by the fact that changed, one row per version and one column per reason that
// occurs, so that a reader sees at a glance who changed figures and who changed names.
QString PdfSummary::similarityCell(int a, int b) const
{
    if (a == b)
        return cell(u"\u2014"_s, {}, u"align=\"center\""_s);
    const double value = m_comparison.similarity.value(a).value(b, -1);
    if (value < 0)
        return cell(u"?"_s, {}, u"align=\"center\""_s);
    return cell(
        percent(value), mix(Qt::white, QColor(0x7d, 0x9c, 0xc0), 0.15 + 0.6 * value), u"align=\"center\""_s);
}

// Past MaxMatrixColumns versions a matrix grows with the square of their number (10,000 cells for 100
// versions: pages nobody reads and seconds of table layout): one row a version instead, with its
// similarity to the base and the other version most like it.
QString PdfSummary::similarityList() const
{
    const Comparison &c = m_comparison;
    QString out = QString(tableStart).replace(u"width=\"100%\" "_s, QString())
        + headerRow({ PdfExporter::tr("Version"), PdfExporter::tr("Base"), PdfExporter::tr("Most alike") });
    for (qsizetype i = 0; i < m_printed.size(); ++i) {
        const int a = m_printed.at(i);
        out += u"<tr>"_s + cell(QString::number(i + 1) + u" "_s + escaped(c.versions.at(a).name))
            + similarityCell(a, c.base);
        qsizetype closest = -1;
        double best = -1;
        for (qsizetype k = 0; k < m_printed.size(); ++k) {
            const double value = c.similarity.value(a).value(m_printed.at(k), -1);
            if (k != i && value > best) {
                best = value;
                closest = k;
            }
        }
        out += closest < 0 ? cell(u"?"_s, {}, u"align=\"center\""_s)
                           : cell(QString::number(closest + 1) + u" ("_s + percent(best) + u")"_s);
        out += u"</tr>"_s;
    }
    return out + u"</table>"_s;
}

QString PdfSummary::reasonTable() const
{
    const Comparison &c = m_comparison;
    const ChangeColors &colors = m_style.colors;
    QList<ChangeReason> reasons;
    bool withoutReason = false;
    QHash<int, ReasonCounts> counts;
    for (const int v : m_printed) {
        if (v == c.base)
            continue;
        const ReasonCounts versionCounts = ReasonCounts::of(c, v);
        for (const ChangeReason reason : versionCounts.reasons()) {
            if (!reasons.contains(reason))
                reasons.append(reason);
        }
        withoutReason = withoutReason || versionCounts.count(ChangeReason::None) > 0;
        counts.insert(v, versionCounts);
    }
    QString out = headingKeptTogether(PdfExporter::tr("Substantive changes by reason"));
    // An editor who followed some reasons in the window expects the report to say so.
    if (const QString note = followedReasonsNote(m_options.followedReasons); !note.isEmpty())
        out += u"<p><i>"_s + escaped(note) + u"</i></p>"_s;
    if (reasons.isEmpty() && !withoutReason) {
        out += u"<p>"_s + escaped(PdfExporter::tr("No version changes a fact of the base.")) + u"</p>"_s;
        return out;
    }
    // The reasons in the order of the enum (the order the notes and the window list them), not by count:
    // the columns must mean the same in every report.
    std::sort(reasons.begin(), reasons.end());
    out += u"<p>"_s
        + escaped(PdfExporter::tr("The fact each substantive change alters against the base (a number, a "
                                  "date, a name, a negation, a claim added or dropped, …), as the notes "
                                  "name it."))
        + u"</p>"_s;
    out += tableStart + u"<thead><tr><th bgcolor=\"#e8e8e8\" align=\"left\">"_s
        + escaped(PdfExporter::tr("Version")) + u"</th><th bgcolor=\""_s + colors.substantive.name()
        + u"\">"_s + escaped(label(ChangeKind::Substantive)) + u"</th>"_s;
    for (const ChangeReason reason : reasons)
        out += u"<th bgcolor=\"#f4f4f4\">"_s + escaped(label(reason)) + u"</th>"_s;
    if (withoutReason)
        out += u"<th bgcolor=\"#f4f4f4\">"_s + escaped(PdfExporter::tr("other")) + u"</th>"_s;
    out += u"</tr></thead>"_s;
    for (const int v : m_printed) {
        // The base has no changes of its own; the table above says so.
        if (v == c.base)
            continue;
        out += u"<tr>"_s + cell(escaped(c.versions.at(v).name));
        const ReasonCounts &versionCounts = counts[v];
        out += cell(u"<b>"_s + QString::number(versionCounts.total) + u"</b>"_s, {}, u"align=\"center\""_s);
        for (const ChangeReason reason : reasons) {
            const int n = versionCounts.count(reason);
            // Zeros as a dash, so that the counts stand out.
            out += cell(n > 0 ? QString::number(n) : u"\u2013"_s, {}, u"align=\"center\""_s);
        }
        if (withoutReason)
            out += cell(QString::number(versionCounts.count(ChangeReason::None)), {}, u"align=\"center\""_s);
        out += u"</tr>"_s;
    }
    out += u"</table>"_s;
    return out;
}

void PdfSummary::addImages(QTextDocument *document) const
{
    if (!m_timeline.image.isNull())
        document->addResource(QTextDocument::ImageResource, QUrl(timelineUrl), m_timeline.image);
}

QString PdfSummary::html(const QList<PageSetEntry> &pageSets, int noteCount) const
{
    const Comparison &c = m_comparison;
    const ChangeColors &colors = m_style.colors;
    const QString baseName = c.versions.value(c.base).name;
    QString out = u"<html><body>"_s;

    const QString title = c.title.isEmpty() ? PdfExporter::tr("Comparison of article versions") : c.title;
    out += u"<p style=\"font-size: 17pt; font-weight: 600; margin-bottom: 4px;\">"_s + escaped(title)
        + u"</p>"_s;
    const int versionCount = int(m_printed.size());
    QString intro = versionCount == 1 ? PdfExporter::tr("One version of the story.")
                                      : summaryIntro(c, versionCount).arg(baseName);
    intro += u" "_s;
    if (noteCount == 0)
        intro += PdfExporter::tr("No change needs a note.");
    else
        intro += PdfExporter::tr(
            "%n change(s) numbered and explained in the notes column beside the rows.", nullptr, noteCount);
    out += u"<p>"_s + escaped(intro) + u"</p>"_s;

    // Where the side-by-side pages are, first: it is what a reader of a long PDF looks for.
    out += u"<p><b>"_s + escaped(PdfExporter::tr("Side by side:")) + u"</b>"_s
        + escaped(pageSetText(pageSets)) + u"</p>"_s;

    // Versions.
    out += heading(PdfExporter::tr("Versions"));
    out += tableStart
        + headerRow({ u"#"_s, PdfExporter::tr("Version"), PdfExporter::tr("File"), PdfExporter::tr("Date"),
            PdfExporter::tr("Sentences"), keepsHeading(c), ownHeading(c) });
    for (qsizetype i = 0; i < m_printed.size(); ++i) {
        const int v = m_printed.at(i);
        const Version &version = c.versions.at(v);
        int sentences = 0;
        for (const Sentence &s : version.sentences)
            sentences += s.boilerplate ? 0 : 1;
        QString name = u"<b>"_s + escaped(version.name) + u"</b>"_s;
        if (v == c.base)
            name += u" <i>("_s + escaped(baseMark(c)) + u")</i>"_s;
        if (!version.title.isEmpty() && version.title != c.title)
            name += u"<br/><span style=\"font-size: 7.5pt;\">"_s + escaped(version.title) + u"</span>"_s;
        if (!version.authors.isEmpty()) {
            name += u"<br/><span style=\"font-size: 7.5pt;\">"_s
                + escaped(PdfExporter::tr("By %1").arg(version.authors.join(u", "_s))) + u"</span>"_s;
        }
        out += u"<tr>"_s + cell(QString::number(i + 1)) + cell(name)
            + cell(escaped(shortened(version.path.isEmpty() ? PdfExporter::tr("(pasted text)")
                                                            : FilePaths::printable(version.path))))
            + cell(escaped(dateLabel(version))
                + (version.modified.isEmpty() || version.modified == version.date
                        ? QString()
                        : u"<br/>"_s + escaped(PdfExporter::tr("updated %1").arg(version.modified))))
            + cell(QString::number(sentences))
            + cell(v == c.base ? u"\u2014"_s : (v < c.baseShare.size() ? percent(c.baseShare.at(v)) : u"?"_s))
            + cell(v == c.base ? u"\u2014"_s : (v < c.ownShare.size() ? percent(c.ownShare.at(v)) : u"?"_s))
            + u"</tr>"_s;
    }
    out += u"</table>"_s;
    if (!c.errors.isEmpty()) {
        out += u"<p><b>"_s + escaped(PdfExporter::tr("Files not compared:")) + u"</b> "_s;
        QStringList errors;
        for (const LoadError &e : c.errors)
            errors.append(escaped(FilePaths::printable(QString(e.path + u": "_s + describe(e)))));
        out += errors.join(u"; "_s) + u"</p>"_s;
    }

    out += revisionsSection(c, m_timeline);

    // Legend, right after the versions: page 1 then holds all a reader needs for the side-by-side pages.
    out += heading(PdfExporter::tr("Legend"));
    out += u"<p>"_s
        + escaped(PdfExporter::tr(
            "Each row holds one sentence of every version, aligned with the base. The changed words of "
            "a version are highlighted; a number after them refers to the notes column, which "
            "quotes the base\u2019s words and the version\u2019s."))
        + (rowsNote(c).isEmpty() ? QString() : u" "_s + escaped(rowsNote(c))) + u"</p>"_s;
    // The entries are the window's legend (present/legend.h), with how the PDF marks each kind.
    QList<std::pair<QColor, QString>> legend;
    for (const LegendEntry &entry : changeLegend(colors,
             { .numbered = true,
                 .annotateCosmetic = m_options.annotateCosmetic,
                 .showBoilerplate = m_options.showBoilerplate })) {
        // An underline and left-out boilerplate have no colour of their own to show in a box.
        const bool plain = entry.sample == LegendEntry::Sample::Underline
            || (entry.sample == LegendEntry::Sample::Text && !m_options.showBoilerplate);
        legend.append({ plain ? QColor(Qt::white) : entry.color, entry.text });
    }
    // Three entries per line keep the legend short.
    constexpr qsizetype perLine = 3;
    out += tableStart;
    for (qsizetype i = 0; i < legend.size(); i += perLine) {
        out += u"<tr>"_s;
        for (qsizetype j = i; j < i + perLine; ++j) {
            if (j < legend.size()) {
                out += cell(u"\u00a0"_s, legend.at(j).first, u"width=\"16\""_s)
                    + cell(escaped(legend.at(j).second), {}, u"width=\"32%\""_s);
            } else {
                out += cell(QString()) + cell(QString());
            }
        }
        out += u"</tr>"_s;
    }
    out += u"</table>"_s;

    // Change counts and the similarity matrix side by side: both are short, and on one line they leave
    // room for the quotation table on the first page. With many versions they are long: one after the
    // other, since QTextDocument lays out a table cell that runs over pages again for every page.
    const bool sideBySide = m_printed.size() <= MaxSideBySideVersions;
    if (sideBySide)
        out += u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
               "<td width=\"64%\" valign=\"top\">"_s;
    // Changes by kind.
    out += heading(changesHeading(c));
    out += u"<p>"_s
        + escaped(PdfExporter::tr("Changed words by kind, then whole sentences added, absent or moved."))
        + u"</p>"_s;
    const QList<ChangeKind> kinds { ChangeKind::Typography, ChangeKind::Spelling, ChangeKind::Wording,
        ChangeKind::Substantive };
    out += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"border-collapse: "
           "collapse; border-color: #c4c4c4;\"><thead><tr><th bgcolor=\"#e8e8e8\" align=\"left\">"_s
        + escaped(PdfExporter::tr("Version")) + u"</th>"_s;
    for (const ChangeKind kind : kinds)
        out += u"<th bgcolor=\""_s + colors.forKind(kind).name() + u"\">"_s + escaped(label(kind))
            + u"</th>"_s;
    out += u"<th bgcolor=\""_s + colors.added.name() + u"\">"_s + escaped(PdfExporter::tr("added"))
        + u"</th><th bgcolor=\""_s + colors.absent.name() + u"\">"_s + escaped(PdfExporter::tr("absent"))
        + u"</th><th bgcolor=\""_s + colors.moved.name() + u"\">"_s + escaped(PdfExporter::tr("moved"))
        + u"</th></tr></thead>"_s;
    for (const int v : m_printed) {
        out += u"<tr>"_s + cell(escaped(c.versions.at(v).name));
        if (v == c.base) {
            out += cell(u"<i>"_s + escaped(baseRowNote(c)) + u"</i>"_s, {}, u"colspan=\"7\""_s);
            out += u"</tr>"_s;
            continue;
        }
        const ChangeCounts counts = ChangeCounts::of(c, v, m_options.showBoilerplate);
        for (const ChangeKind kind : kinds)
            out += cell(QString::number(counts.byKind[std::size_t(kind)]), {}, u"align=\"center\""_s);
        for (const int n : { counts.added, counts.absent, counts.moved })
            out += cell(QString::number(n), {}, u"align=\"center\""_s);
        out += u"</tr>"_s;
    }
    out += u"</table>"_s;

    if (sideBySide)
        out += u"</td><td width=\"2%\"></td><td width=\"34%\" valign=\"top\">"_s;
    // Similarity.
    out += heading(PdfExporter::tr("Similarity"));
    out += u"<p>"_s
        + escaped(PdfExporter::tr(
            "Share of aligned content between two versions, numbered as in the versions table."))
        + u"</p>"_s;
    if (m_printed.size() > MaxMatrixColumns) {
        out += similarityList();
    } else {
        // As wide as its numbers need, not the page: a matrix reads better compact.
        QStringList similarityTitles { QString() };
        for (qsizetype i = 0; i < m_printed.size(); ++i)
            similarityTitles.append(QString::number(i + 1));
        out += QString(tableStart).replace(u"width=\"100%\" "_s, QString()) + headerRow(similarityTitles);
        for (qsizetype i = 0; i < m_printed.size(); ++i) {
            const int a = m_printed.at(i);
            out += u"<tr>"_s + cell(QString::number(i + 1) + u" "_s + escaped(c.versions.at(a).name));
            for (qsizetype k = 0; k < m_printed.size(); ++k)
                out += similarityCell(a, m_printed.at(k));
            out += u"</tr>"_s;
        }
        out += u"</table>"_s;
    }

    if (sideBySide)
        out += u"</td></tr></table>"_s;

    out += reasonTable();

    // Quotations.
    out += heading(PdfExporter::tr("Quotations"));
    if (c.quotes.isEmpty()) {
        out += u"<p>"_s + escaped(PdfExporter::tr("No quotations were found.")) + u"</p>"_s;
    } else {
        if (!quoteOutletsByName(c, m_printed)) {
            out += u"<p>"_s + escaped(PdfExporter::tr("Outlets are numbered as in the versions table."))
                + u"</p>"_s;
        }
        // The table itself is laid out and painted by PdfQuoteTable, after this document.
    }

    // The reader's notes (issue 16), all of them: orphaned ones too, which the side-by-side pages cannot
    // show.
    // With quotations they follow the quotation table, in a document of their own (notesHtml()).
    if (c.quotes.isEmpty())
        out += notesHtml();

    out += u"</body></html>"_s;
    return out;
}

QString PdfSummary::notesHtml() const
{
    return notesListHtml(m_comparison, m_options.notes, tableStart.mid(7).chopped(1));
}

const QString &PdfSummary::keepTogetherName()
{
    return keepTogether;
}

} // namespace Parallax::Internal
