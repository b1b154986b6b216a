// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "report/pdfexporter.h"
#include "report/pdfoutline_p.h"
#include "report/pdfstyle_p.h"
#include "report/timelinechart_p.h"

#include <memory>

class QPainter;
class QPaintDevice;
class QTextDocument;

namespace Parallax::Internal {

class PdfQuoteTable;

// The summary at the front of the PDF: title, versions, similarity, change counts, quotations, legend
// and where each group of side-by-side pages starts. A QTextDocument laid out on pages of the body's
// size, so that its tables break between rows and repeat their header rows; the quotations' table,
// which may be thousands of rows long, is PdfQuoteTable's, below the document, and the reader's notes
// follow it in a second document (pdfsummarypages.cpp).
// One sentence for the summaries of the PDF and the HTML report, empty when no reason filter was set:
// the reasons the window followed when the report was made (the report still lists every change).
QString followedReasonsNote(const QList<ChangeReason> &followed);

class PdfSummary
{
public:
    struct PageSetEntry
    {
        QString versions; // "AP (base), Courier, Post"
        int firstPage = 0; // 1-based, in the whole document
        int lastPage = 0;
    };

    PdfSummary(const Comparison &comparison, const QList<int> &printed, const PdfExporter::Options &options,
        const PdfStyle &style, QPaintDevice *device);
    ~PdfSummary();

    // (Re)builds the document; the page-set entries carry page numbers, which depend on the summary's
    // own length, so the exporter calls this until the page count settles.
    void build(const QList<PageSetEntry> &pageSets, int noteCount);
    int pageCount() const;
    // Where the text on the last page ends, in device units on that page.
    double lastPageBottom() const;
    void paintPage(QPainter *painter, int page) const;
    // "Summary" and its sections, on the summary's pages (0-based).
    QList<PdfBookmark> bookmarks() const;

private:
    // The document up to the quotations' heading; the notes list too when there are no quotations.
    QString html(const QList<PageSetEntry> &pageSets, int noteCount) const;
    QString notesHtml() const;
    std::unique_ptr<QTextDocument> makeDocument(const QString &html) const;
    void addImages(QTextDocument *document) const; // the images html() refers to
    // The anchor name of a heading whose short section is never split between pages.
    static const QString &keepTogetherName();
    static QString pageSetText(const QList<PageSetEntry> &pageSets);
    // Puts new page numbers into the built document; false when it must be built again instead.
    bool replacePageSets(const QList<PageSetEntry> &pageSets);
    QString reasonTable() const;
    QString similarityCell(int a, int b) const;
    QString similarityList() const;

    const Comparison &m_comparison;
    QList<int> m_printed;
    PdfExporter::Options m_options;
    PdfStyle m_style;
    QPaintDevice *m_device;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<PdfQuoteTable> m_quotes; // laid out once, paginated at each build
    std::unique_ptr<QTextDocument> m_back; // the reader's notes after the quotation table
    int m_backFirstPage = 0;
    int m_noteCount = 0;
    TimelineChart m_timeline; // drawn by build(), shown by html()
    QString m_pageSetText; // the page-set paragraph's text after its label, as last built
};

} // namespace Parallax::Internal
