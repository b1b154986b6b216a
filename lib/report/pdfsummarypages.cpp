// SPDX-License-Identifier: GPL-3.0-or-later
// The summary's pages: its document laid out on pages of the body's size, then, when there are quotations,
// their table (PdfQuoteTable) below it and the reader's notes in a second document after the table.
#include "report/pdfquotetable_p.h"
#include "report/pdfsummary_p.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

bool keepsTogether(const QTextBlock &block, const QString &name)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().anchorNames().contains(name))
            return true;
    }
    return false;
}

// QTextDocument has no keep-with-next: a heading in the last lines of a page moves to the next one, so
// that it is never left alone above its table. One heading at a time, since each move shifts the ones
// after it.
void keepHeadingsWithText(QTextDocument *document, double room, const QString &keepTogetherName)
{
    const double height = document->pageSize().height();
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const double pageEnd = (std::floor(rect.top() / height) + 1) * height;
        // A short section marked so needs room for all of it, up to the next heading.
        double needed = room;
        if (keepsTogether(block, keepTogetherName)) {
            double end = rect.bottom();
            for (QTextBlock next = block.next(); next.isValid() && next.blockFormat().headingLevel() != 2;
                next = next.next())
                end = std::max(end, layout->blockBoundingRect(next).bottom());
            if (end - rect.top() < height / 3)
                needed = std::max(room, end - rect.bottom());
        }
        if (pageEnd - rect.bottom() >= needed)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

// Where the text of a document's last page ends, from the top of that page.
double lastPageEnd(const QTextDocument &document)
{
    const double height = document.pageSize().height();
    // The lowest block: tables are frames, whose cells' blocks are laid out in document coordinates too.
    double bottom = 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().isEmpty())
            bottom = std::max(bottom, layout->blockBoundingRect(block).bottom());
    }
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        bottom = std::max(bottom, layout->frameBoundingRect(frame).bottom());
    return bottom - double(document.pageCount() - 1) * height;
}

void paintDocumentPage(QPainter *painter, const QTextDocument &document, int page, const PdfStyle &style)
{
    const QRectF body = style.bodyRect();
    const double height = document.pageSize().height();
    painter->save();
    painter->translate(body.left(), body.top() - double(page) * height);
    QAbstractTextDocumentLayout::PaintContext context;
    // One device unit short of the page's end: a line starting exactly on the next page touches this
    // page's clip rectangle and would be drawn here too, clipped out of sight but not out of the text
    // that a reader copies or a search finds.
    context.clip = QRectF(0, double(page) * height, body.width(), height - 1);
    context.palette.setColor(QPalette::Text, style.colors.text);
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

void appendHeadingMarks(
    QList<PdfBookmark> *marks, const QTextDocument &document, int firstPage, const PdfStyle &style)
{
    const double height = document.pageSize().height();
    const double top = style.bodyRect().top();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        const double y = document.documentLayout()->blockBoundingRect(block).top();
        const int page = int(y / height);
        marks->append(
            { block.text(), firstPage + page, (top + y - double(page) * height) / style.unitsPerPoint, 1 });
    }
}

// The last heading of a document (the quotations', which their table follows).
QTextBlock lastHeading(const QTextDocument &document)
{
    QTextBlock found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            found = block;
    }
    return found;
}

} // namespace

bool PdfSummary::replacePageSets(const QList<PageSetEntry> &pageSets)
{
    const QString text = pageSetText(pageSets);
    if (text == m_pageSetText)
        return true;
    const QString label = PdfExporter::tr("Side by side:");
    QTextBlock block = m_document->begin();
    // The paragraph as setHtml made it (HTML folds white space: where a version's name has a run of it,
    // the paragraph reads otherwise and the document is built again).
    while (block.isValid() && block.text() != label + m_pageSetText)
        block = block.next();
    if (!block.isValid())
        return false;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const double height = layout->blockBoundingRect(block).height();
    QTextCursor cursor(m_document.get());
    cursor.setPosition(block.position() + int(label.size()) + 1); // in the plain text after the label
    const QTextCharFormat format = cursor.charFormat();
    cursor.setPosition(block.position() + int(label.size()));
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    cursor.insertText(text, format);
    m_pageSetText = text;
    // As many lines as before: nothing after the paragraph moves, so the headings kept with their tables
    // stay as they are; else what follows is laid out anew.
    return layout->blockBoundingRect(block).height() == height;
}

std::unique_ptr<QTextDocument> PdfSummary::makeDocument(const QString &html) const
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(m_device);
    document->setDefaultFont(m_style.summary);
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    addImages(document.get());
    document->setHtml(html);
    document->setPageSize(m_style.bodyRect().size());
    keepHeadingsWithText(document.get(), m_style.pt(48), keepTogetherName());
    return document;
}

void PdfSummary::build(const QList<PageSetEntry> &pageSets, int noteCount)
{
    // The exporter builds again when the summary's length changes its page numbers: only the paragraph
    // with the numbers is replaced where that is all that changes, so that nothing after it moves.
    if (m_document && noteCount == m_noteCount && replacePageSets(pageSets))
        return;
    m_noteCount = noteCount;
    m_pageSetText = pageSetText(pageSets);
    if (m_timeline.image.isNull()) {
        // The timeline as an image of the body's width in CSS pixels, at four times their resolution.
        const double cssPixels = m_style.bodyRect().width() * 96.0 / m_device->logicalDpiX();
        m_timeline = timelineChart(m_comparison, m_style.colors, cssPixels * 0.8, 4);
    }
    m_document = makeDocument(html(pageSets, noteCount));
    m_back.reset();
    if (m_comparison.quotes.isEmpty())
        return;
    // The quotation table below the document's end, each row laid out once however often this runs.
    if (!m_quotes)
        m_quotes = std::make_unique<PdfQuoteTable>(m_comparison, m_printed, m_options, m_style, m_device);
    const double height = m_document->pageSize().height();
    const double gap = m_style.pt(2);
    double top = lastPageEnd(*m_document) + gap;
    if (!m_quotes->fitsAt(top, height)) {
        // The quotations' heading goes with its table to the next page.
        if (QTextBlock heading = lastHeading(*m_document); heading.isValid()) {
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(format);
            top = lastPageEnd(*m_document) + gap;
        }
    }
    m_quotes->paginate(m_document->pageCount() - 1, top, height);

    // The reader's notes after the table: on its last page when there is room for a heading and a few
    // lines, their document pushed down by a top margin as high as the table's end.
    const QString notes = notesHtml();
    if (notes.isEmpty())
        return;
    const double offset = m_quotes->bottom() + m_style.pt(6);
    const bool samePage = height - offset >= m_style.pt(72);
    m_backFirstPage = m_quotes->lastPage() + (samePage ? 0 : 1);
    m_back = makeDocument(notes);
    if (samePage) {
        QTextBlock first = m_back->begin();
        QTextBlockFormat format = first.blockFormat();
        const double before = first.layout()->position().y();
        format.setTopMargin(format.topMargin() + offset);
        QTextCursor(first).setBlockFormat(format);
        // Block margins may be scaled to the paint device: the margin is set so that the text moves by
        // exactly the offset.
        const double moved = m_back->begin().layout()->position().y() - before;
        if (moved > 0 && std::abs(moved - offset) > 1) {
            format.setTopMargin(format.topMargin() - offset + offset * offset / moved);
            QTextCursor(m_back->begin()).setBlockFormat(format);
        }
        keepHeadingsWithText(m_back.get(), m_style.pt(48), keepTogetherName());
    }
}

int PdfSummary::pageCount() const
{
    if (!m_document)
        return 0;
    if (m_back)
        return m_backFirstPage + m_back->pageCount();
    return m_quotes && !m_comparison.quotes.isEmpty() ? m_quotes->lastPage() + 1 : m_document->pageCount();
}

double PdfSummary::lastPageBottom() const
{
    const double top = m_style.bodyRect().top();
    if (m_back)
        return top + lastPageEnd(*m_back);
    if (m_quotes && !m_comparison.quotes.isEmpty())
        return top + m_quotes->bottom();
    return top + lastPageEnd(*m_document);
}

void PdfSummary::paintPage(QPainter *painter, int page) const
{
    if (page < m_document->pageCount())
        paintDocumentPage(painter, *m_document, page, m_style);
    if (m_quotes && !m_comparison.quotes.isEmpty())
        m_quotes->paintPage(painter, page, m_style.bodyRect().topLeft());
    if (m_back && page >= m_backFirstPage)
        paintDocumentPage(painter, *m_back, page - m_backFirstPage, m_style);
}

QList<PdfBookmark> PdfSummary::bookmarks() const
{
    QList<PdfBookmark> marks { { PdfExporter::tr("Summary"), 0, 0, 0 } };
    appendHeadingMarks(&marks, *m_document, 0, m_style);
    if (m_back)
        appendHeadingMarks(&marks, *m_back, m_backFirstPage, m_style);
    return marks;
}

} // namespace Parallax::Internal
