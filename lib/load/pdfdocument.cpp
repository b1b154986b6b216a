// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/pdfdocument.h"

#include <poppler-qt6.h>

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Off unless asked for (QT_LOGGING_RULES="parallax.pdf.poppler.debug=true").
Q_LOGGING_CATEGORY(lcPoppler, "parallax.pdf.poppler", QtWarningMsg)

struct Line
{
    QString text;
    QRectF box;
    int page = 0;
    bool boilerplate = false;
};

std::nullopt_t fail(LoadError *error, LoadError::Code code)
{
    if (error) {
        error->code = code;
        error->detail = u"PDF"_s;
    }
    return std::nullopt;
}

// Typographic ligatures (U+FB00..FB06) as the letters they join: "ﬁnishes" is "finishes".
QString withoutLigatures(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            out += QString(c).normalized(QString::NormalizationForm_KC);
        else
            out += c;
    }
    return out;
}

// The words of a page joined into lines: Poppler links the words of one line (nextWord). A gap between
// two words of more than twice the line's height is the gutter between columns: the line is cut there.
QList<Line> linesOfPage(const Poppler::Page &page, int pageIndex)
{
    QList<Line> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    const Poppler::TextBox *previous = nullptr;
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        const QRectF r = box->boundingBox();
        const bool sameLine = previous && previous->nextWord() == box.get()
            && r.left() - previous->boundingBox().right() < 2 * qMax(r.height(), 1.0);
        if (!sameLine)
            lines.append({ {}, r, pageIndex, false });
        else
            lines.last().box = lines.last().box.united(r);
        lines.last().text += box->text();
        if (box->hasSpaceAfter())
            lines.last().text += u' ';
        previous = box.get();
    }
    for (Line &line : lines)
        line.text = withoutLigatures(line.text).simplified();
    lines.removeIf([](const Line &l) { return l.text.isEmpty(); });
    return lines;
}

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
    auto close = [&] {
        if (!paragraph.isEmpty()) {
            const BlockKind kind
                = previous && isHeading(*previous) ? BlockKind::Heading : BlockKind::Paragraph;
            if (out.title.isEmpty() && kind == BlockKind::Heading)
                out.title = paragraph;
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

std::optional<ExtractedText> PdfDocument::extract(const QByteArray &data, QString *source, LoadError *error)
{
    // Poppler prints each syntax error of a damaged file ("Error: Couldn't read xref table", dozens for
    // one file) to stderr without the file's name; the loader's own message names the file and the
    // reason. Poppler's go to a logging category that is off unless asked for.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                qCDebug(lcPoppler, "%ls", qUtf16Printable(message));
            },
            QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document)
        return fail(error, LoadError::Code::DocumentDamaged);
    if (document->isLocked())
        return fail(error, LoadError::Code::DocumentEncrypted);
    QList<Line> lines;
    QList<QSizeF> pageSizes;
    const int pages = std::min(document->numPages(), MaxPages);
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        pageSizes.append(page->pageSizeF());
        QList<Line> pageLines = linesOfPage(*page, i);
        orderColumns(pageLines);
        lines.append(pageLines);
        // A page of a million glyphs is past the comparison's budget anyway; stop reading.
        if (lines.size() > LoadError::MaxSentences * 4)
            break;
    }
    if (lines.isEmpty())
        return fail(error, LoadError::Code::PdfWithoutText);
    markRunningLines(lines, pageSizes);
    ExtractedText out = blocksOf(lines);
    if (out.title.isEmpty())
        out.title = document->info(u"Title"_s).simplified();
    const QString author = document->info(u"Author"_s).simplified();
    if (!author.isEmpty())
        out.authors = { author };
    const QDateTime created = document->date(u"CreationDate"_s);
    const QDateTime modified = document->date(u"ModDate"_s);
    if (created.isValid())
        out.date = created.toString(Qt::ISODate);
    if (modified.isValid())
        out.modified = modified.toString(Qt::ISODate);

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
