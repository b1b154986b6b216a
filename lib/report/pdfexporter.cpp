// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfexporter.h"

#include "core/filepaths.h"
#include "report/outputfile.h"
#include "report/pdfcomparisonpages_p.h"
#include "report/pdfoutline_p.h"
#include "report/pdfstyle_p.h"
#include "report/pdfsummary_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

Q_LOGGING_CATEGORY(lcPdf, "parallax.pdf")

// 720 device units per inch: ten per point, fine enough that rounding never shows.
constexpr int resolution = 720;

QString creatorName()
{
    const QString name = QCoreApplication::applicationName();
    const QString version = QCoreApplication::applicationVersion();
    if (name.isEmpty() || !name.contains(u"Parallax"_s, Qt::CaseInsensitive))
        return version.isEmpty() ? u"Parallax"_s : u"Parallax "_s + version;
    return version.isEmpty() ? name : name + u' ' + version;
}

// Progress as a fixed 0..100 scale over the phases (layout, painting, writing), so that a progress bar
// never runs backwards; cancellation is polled at every step.
class Steps
{
public:
    explicit Steps(const PdfExporter::Options &options)
        : m_options(options)
    { }
    bool advance(double fraction)
    {
        const int done = std::clamp(int(fraction * total), 0, total);
        if (m_options.progress && done > m_reported) {
            m_reported = done;
            m_options.progress(done, total);
        }
        return !(m_options.isCanceled && m_options.isCanceled());
    }

private:
    static constexpr int total = 100;
    const PdfExporter::Options &m_options;
    int m_reported = -1;
};

} // namespace

bool PdfExporter::exportToFile(
    const Comparison &comparison, const QString &fileName, const Options &options, QString *error)
{
    using namespace Internal;
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = FilePaths::printable(fileName) + u": "_s + reason;
        return false;
    };
    if (comparison.isEmpty())
        return fail(PdfExporter::tr("the comparison holds no versions"));
    // Refused before the work as well as when writing: never over a device or one of the files compared.
    if (const QString why = OutputFile::refusal(fileName, OutputFile::inputsOf(comparison)); !why.isEmpty())
        return fail(why);
    const QString canceled = PdfExporter::tr("export canceled");
    Steps steps(options);
    if (!steps.advance(0))
        return fail(canceled);

    // The PDF is made in memory, given its outline, and only then replaces the file.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<PdfBookmark> bookmarks;
    double pageHeight = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        const QString title = comparison.title.isEmpty() ? PdfExporter::tr("Comparison of article versions")
                                                         : comparison.title;
        writer.setTitle(title);
        writer.setCreator(creatorName());
        const PdfStyle style = PdfStyle::forDevice(&writer);
        pageHeight = style.pageHeightPoints();

        PdfComparisonPages sideBySide(comparison, options, style, &writer);
        const bool laidOut = sideBySide.layout(
            [&steps](int done, int total) { return steps.advance(0.6 * done / std::max(1, total)); });
        if (!laidOut)
            return fail(canceled);

        // The summary lists the pages of each side-by-side group, whose numbers depend on the summary's
        // own length: build until that length settles (it does at once unless a page boundary is crossed).
        PdfSummary summary(
            comparison, printedVersions(comparison, options.visibleVersions), options, style, &writer);
        int noteCount = 0;
        for (const PdfPageSet &set : sideBySide.pageSets())
            noteCount += set.noteCount;
        // firstNumber: the 1-based number of the first side-by-side page.
        const auto buildSummary = [&](int firstNumber) {
            QList<PdfSummary::PageSetEntry> entries;
            for (qsizetype s = 0; s < sideBySide.pageSets().size(); ++s) {
                const PdfPageSet &set = sideBySide.pageSets().at(s);
                entries.append({ sideBySide.setTitle(int(s)), firstNumber + set.firstPage,
                    firstNumber + set.firstPage + set.pageCount - 1 });
            }
            summary.build(entries, noteCount);
        };
        int summaryPages = 1;
        for (int attempt = 0; attempt < 4; ++attempt) {
            buildSummary(summaryPages + 1);
            if (summary.pageCount() == summaryPages)
                break;
            summaryPages = summary.pageCount();
        }
        summaryPages = summary.pageCount();
        // A summary spilling a table or two onto its last page leaves most of it empty: the side-by-side
        // pages begin there, below it, when at least 40% of the page is free.
        const QRectF body = style.bodyRect();
        const double gap = style.pt(18);
        const double summaryEnd = summary.lastPageBottom() + gap;
        int shared = 0;
        if (summaryPages > 1 && body.bottom() - summaryEnd >= 0.4 * body.height()) {
            sideBySide.startAt(summaryEnd);
            buildSummary(summaryPages);
            // The new page numbers must not lengthen the summary into the side-by-side pages.
            if (summary.pageCount() == summaryPages && summary.lastPageBottom() + gap <= summaryEnd + 0.5) {
                shared = 1;
            } else {
                sideBySide.startAt(-1);
                buildSummary(summaryPages + 1);
            }
        }
        sideBySide.resolvePageReferences(summaryPages + 1 - shared);
        if (!steps.advance(0.65))
            return fail(canceled);

        const int pageCount = summaryPages + sideBySide.pageCount() - shared;
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(PdfExporter::tr("the PDF could not be started"));
        PdfTextCache furnitureTexts(&writer);
        for (int page = 0; page < pageCount; ++page) {
            if (!steps.advance(0.65 + 0.3 * page / pageCount)) {
                painter.end();
                return fail(canceled);
            }
            if (page > 0)
                writer.newPage();
            // A page the summary shares is headed by what continues on the pages after it.
            QString section = PdfExporter::tr("Summary");
            if (page >= summaryPages - shared) {
                const int set = sideBySide.setOfPage(page - summaryPages + shared);
                section = sideBySide.pageSets().size() > 1 ? PdfExporter::tr("Side by side %1 of %2: ")
                                                                 .arg(set + 1)
                                                                 .arg(sideBySide.pageSets().size())
                                                           : PdfExporter::tr("Side by side: ");
                section += sideBySide.setTitle(set);
            }
            paintPageFurniture(&painter, style, &furnitureTexts, title, section, page + 1, pageCount);
            if (page < summaryPages)
                summary.paintPage(&painter, page);
            if (page >= summaryPages - shared)
                sideBySide.paintPage(&painter, page - summaryPages + shared);
        }
        if (!painter.end())
            return fail(PdfExporter::tr("the PDF could not be finished"));
        bookmarks = summary.bookmarks() + sideBySide.bookmarks(summaryPages - shared);
    }
    if (!steps.advance(0.95))
        return fail(canceled);

    QByteArray pdf = buffer.data();
    QString outlineError;
    if (!appendPdfOutline(&pdf, bookmarks, pageHeight, &outlineError))
        qCWarning(lcPdf) << "PDF written without bookmarks:" << outlineError;

    if (!OutputFile::write(fileName, pdf, OutputFile::inputsOf(comparison), error))
        return false;
    steps.advance(1);
    return true;
}

} // namespace Parallax
