// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/pdfdocument.h"

#include "load/pdfhelper.h"
#include "load/pdfreader.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

using Line = PdfText::Line;

std::nullopt_t fail(LoadError *error, LoadError::Code code, const QString &detail = u"PDF"_s)
{
    if (error) {
        error->code = code;
        error->detail = detail;
    }
    return std::nullopt;
}

QMutex helperMutex;
QString helperProgram; // guarded by helperMutex

// Reading order on a page set in columns: the left edges where lines were cut at a gutter (seen at least
// twice) divide the page; between lines that span the columns (a headline across the page), each column
// is read top to bottom before the next.
void orderColumns(QList<Line> &lines)
{
    QList<qreal> cuts;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const Line &a = lines.at(i - 1), &b = lines.at(i);
        if (qAbs(a.box.top() - b.box.top()) < a.box.height() / 2 && b.box.left() > a.box.right())
            cuts.append(b.box.left());
    }
    std::sort(cuts.begin(), cuts.end());
    QList<qreal> columns; // left edges of the second, third ... column
    for (qsizetype i = 0; i < cuts.size();) {
        qsizetype j = i;
        while (j < cuts.size() && cuts.at(j) - cuts.at(i) < 12)
            ++j;
        if (j - i >= 2)
            columns.append(cuts.at(i) - 6);
        i = j;
    }
    if (columns.isEmpty())
        return;
    auto columnOf = [&](const Line &l) {
        int c = 0;
        while (c < columns.size() && l.box.left() >= columns.at(c))
            ++c;
        return c;
    };
    auto spans = [&](const Line &l) {
        const int c = columnOf(l);
        return c < columns.size() && l.box.right() > columns.at(c) + 6;
    };
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); });
    QList<Line> ordered;
    qsizetype bandStart = 0;
    auto flushBand = [&](qsizetype end) {
        QList<Line> band = lines.mid(bandStart, end - bandStart);
        std::stable_sort(band.begin(), band.end(),
            [&](const Line &a, const Line &b) { return columnOf(a) < columnOf(b); });
        ordered.append(band);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (spans(lines.at(i))) {
            flushBand(i);
            ordered.append(lines.at(i));
            bandStart = i + 1;
        }
    }
    flushBand(lines.size());
    lines = ordered;
}

// "12", "- 12 -", "Page 3 of 9", "Seite 3", "3 / 9": a page number in any of the usual forms.
bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(
        u"^(?:(?:page|seite|p\\.|s\\.)\\s*)?[-\u2013\u2014(\\[]?\\s*\\d{1,4}\\s*[-\u2013\u2014)\\]]?"
        "(?:\\s*(?:of|von|sur|/)\\s*\\d{1,4})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return number.match(text).hasMatch();
}

// A running head or foot is the same line on many pages but for its numbers (page, date).
QString runningKey(const QString &text)
{
    static const QRegularExpression digits(u"\\d+"_s);
    return QString(text).replace(digits, u"#"_s).toLower();
}

void markRunningLines(QList<Line> &lines, const QList<QSizeF> &pageSizes)
{
    auto atEdge = [&](const Line &l) {
        const qreal height = pageSizes.value(l.page).height();
        return height > 0 && (l.box.bottom() < height * 0.12 || l.box.top() > height * 0.88);
    };
    QHash<QString, QSet<int>> pagesOfKey;
    for (const Line &l : std::as_const(lines)) {
        if (atEdge(l))
            pagesOfKey[runningKey(l.text)].insert(l.page);
    }
    const int pages = int(pageSizes.size());
    // On most pages: on both of two pages, on half of three or more.
    const int needed = pages < 2 ? INT_MAX : std::max(2, (pages + 1) / 2);
    for (Line &l : lines) {
        if (atEdge(l))
            l.boilerplate = isPageNumber(l.text) || pagesOfKey.value(runningKey(l.text)).size() >= needed;
    }
}

bool endsSentence(QStringView text)
{
    if (text.isEmpty())
        return true;
    const QChar c = text.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201d' || c == u'\u2019'
        || c == u')' || c == u'\u2026' || c == u'\u00bb';
}

// A word broken at the line's end: "conti-" + "nued" is "continued". A capital after the hyphen is kept
// as written ("Franco-" + "German" stays "Franco-German").
bool rejoinHyphen(QString &paragraph, QStringView next)
{
    if (paragraph.size() < 2 || next.isEmpty() || !next.front().isLower())
        return false;
    const QChar last = paragraph.back();
    if ((last != u'-' && last != u'\u00ad' && last != u'\u2010')
        || !paragraph.at(paragraph.size() - 2).isLetter())
        return false;
    paragraph.chop(1);
    paragraph += next;
    return true;
}

qreal medianHeight(const QList<Line> &lines)
{
    QList<qreal> heights;
    for (const Line &l : lines) {
        if (!l.boilerplate)
            heights.append(l.box.height());
    }
    if (heights.isEmpty())
        return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights.at(heights.size() / 2);
}

// Lines into blocks: a new block where the text moves up or jumps sideways (the next column), after a gap
// wider than the line spacing, where the type size changes between body and heading, or after a short
// line that ends a sentence. A paragraph broken by a page end goes on across it.
ExtractedText blocksOf(const QList<Line> &lines)
{
    ExtractedText out;
    const qreal body = medianHeight(lines);
    auto isHeading = [&](const Line &l) { return body > 0 && l.box.height() > body * 1.25; };
    QString paragraph;
    const Line *previous = nullptr;
    qreal widest = 0;
    QList<const Line *> deferred; // running heads met inside a paragraph
    // The title is the heading set in the largest type on the first page, the first of them where several
    // are: a letterhead or a section label above it ("PRESS RELEASE", the sender's name) is smaller.
    qreal titleHeight = 0;
    const int firstPage = lines.isEmpty() ? 0 : lines.constFirst().page;
    auto close = [&] {
        if (!paragraph.isEmpty()) {
            const BlockKind kind
                = previous && isHeading(*previous) ? BlockKind::Heading : BlockKind::Paragraph;
            if (kind == BlockKind::Heading && previous->page == firstPage
                && previous->box.height() > titleHeight * 1.05) {
                out.title = paragraph;
                titleHeight = previous->box.height();
            }
            out.appendBlock(paragraph, kind, false);
        }
        paragraph.clear();
        widest = 0;
        for (const Line *l : std::as_const(deferred))
            out.appendBlock(l->text, BlockKind::Paragraph, true);
        deferred.clear();
    };
    for (const Line &line : lines) {
        if (line.boilerplate) {
            if (paragraph.isEmpty())
                out.appendBlock(line.text, BlockKind::Paragraph, true);
            else
                deferred.append(&line);
            continue;
        }
        bool breaks = paragraph.isEmpty();
        if (!breaks && previous) {
            const bool sentenceEnded = endsSentence(paragraph);
            if (line.page != previous->page) {
                breaks = sentenceEnded || !line.text.front().isLower();
            } else {
                const qreal height = qMax(previous->box.height(), 1.0);
                const bool movedUp = line.box.top() < previous->box.top() - height / 2;
                const bool sideways = qAbs(line.box.left() - previous->box.left()) > 6 * height
                    && line.box.top() > previous->box.bottom() + height * 2;
                const bool gap = line.box.top() - previous->box.bottom() > body * 0.8;
                const bool shortLast = sentenceEnded && previous->box.width() < widest * 0.8;
                const bool indented = sentenceEnded && line.box.left() > previous->box.left() + height;
                breaks = movedUp || sideways || gap || shortLast || indented
                    || isHeading(line) != isHeading(*previous);
            }
        }
        if (breaks)
            close();
        if (paragraph.isEmpty())
            paragraph = line.text;
        else if (!rejoinHyphen(paragraph, line.text))
            paragraph += u' ' + line.text;
        widest = qMax(widest, line.box.width());
        previous = &line;
    }
    close();
    return out;
}

} // namespace

bool PdfDocument::looksLikePdf(const QByteArray &data)
{
    // Readers accept the header anywhere in the first kilobyte.
    return data.left(1024).contains("%PDF-");
}

void PdfDocument::setHelper(const QString &program)
{
    const QMutexLocker lock(&helperMutex);
    helperProgram = program;
}

QString PdfDocument::helper()
{
    const QMutexLocker lock(&helperMutex);
    return helperProgram;
}

std::optional<PdfText> PdfDocument::readText(const QByteArray &data, LoadError *error)
{
    const QString program = helper();
    if (program.isEmpty())
        return PdfReader::read(data);
    return PdfHelper::run(program, data, PdfHelper::limits(), error);
}

std::optional<ExtractedText> PdfDocument::extract(const QByteArray &data, QString *source, LoadError *error)
{
    std::optional<PdfText> read = readText(data, error);
    if (!read)
        return std::nullopt;
    switch (read->status) {
    case PdfText::Status::Ok:
        break;
    case PdfText::Status::Damaged:
        return fail(error, LoadError::Code::DocumentDamaged);
    case PdfText::Status::Encrypted:
        return fail(error, LoadError::Code::DocumentEncrypted);
    case PdfText::Status::TooManyPages:
        return fail(error, LoadError::Code::PdfTooManyPages, QString::number(read->count));
    case PdfText::Status::TooManyLines:
        return fail(error, LoadError::Code::PdfTooManyLines, QString::number(read->count));
    case PdfText::Status::TooManyCharacters:
        return fail(error, LoadError::Code::TooManyCharacters, QString::number(read->count));
    }
    QList<Line> &lines = read->lines;
    if (lines.isEmpty())
        return fail(error, LoadError::Code::PdfWithoutText);
    // Columns are a page's matter: each page's lines are put in reading order on their own.
    for (qsizetype start = 0; start < lines.size();) {
        qsizetype end = start;
        while (end < lines.size() && lines.at(end).page == lines.at(start).page)
            ++end;
        QList<Line> page = lines.mid(start, end - start);
        orderColumns(page);
        std::move(page.begin(), page.end(), lines.begin() + start);
        start = end;
    }
    markRunningLines(lines, read->pageSizes);
    ExtractedText out = blocksOf(lines);
    if (out.title.isEmpty())
        out.title = read->title;
    if (!read->author.isEmpty())
        out.authors = { read->author };
    out.date = read->created;
    out.modified = read->modified;

    source->clear();
    int page = -1;
    for (const Line &l : std::as_const(lines)) {
        if (l.page != page) {
            page = l.page;
            source->append(u"%1[page %2]\n"_s.arg(source->isEmpty() ? QString() : u"\n"_s).arg(page + 1));
        }
        source->append(l.text + u'\n');
    }
    return out;
}

} // namespace Parallax
