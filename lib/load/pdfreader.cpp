// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/pdfreader.h"

#include "core/comparison.h"

#include <poppler-qt6.h>

#include <QLoggingCategory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::PdfReader {

namespace {

// Off unless asked for (QT_LOGGING_RULES="parallax.pdf.poppler.debug=true").
Q_LOGGING_CATEGORY(lcPoppler, "parallax.pdf.poppler", QtWarningMsg)

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

// A damaged content stream can leave a degenerate text matrix: boxes of infinite or undefined size would
// poison every comparison of the layout (NaN compares false), so they count as empty.
QRectF finite(const QRectF &r)
{
    const bool ok = std::isfinite(r.x()) && std::isfinite(r.y()) && std::isfinite(r.width())
        && std::isfinite(r.height());
    return ok ? r : QRectF();
}

// The words of a page joined into lines: Poppler links the words of one line (nextWord). A gap between
// two words of more than twice the line's height is the gutter between columns: the line is cut there.
QList<PdfText::Line> linesOfPage(const Poppler::Page &page, int pageIndex)
{
    QList<PdfText::Line> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    const Poppler::TextBox *previous = nullptr;
    QRectF previousBox;
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        const QRectF r = finite(box->boundingBox());
        const bool sameLine = previous && previous->nextWord() == box.get()
            && r.left() - previousBox.right() < 2 * qMax(r.height(), 1.0);
        if (!sameLine)
            lines.append({ {}, r, pageIndex, false });
        else
            lines.last().box = lines.last().box.united(r);
        lines.last().text += box->text();
        if (box->hasSpaceAfter())
            lines.last().text += u' ';
        previous = box.get();
        previousBox = r;
    }
    for (PdfText::Line &line : lines)
        line.text = withoutLigatures(line.text).simplified();
    lines.removeIf([](const PdfText::Line &l) { return l.text.isEmpty(); });
    return lines;
}

} // namespace

PdfText read(const QByteArray &data)
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
    PdfText out;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document) {
        out.status = PdfText::Status::Damaged;
        return out;
    }
    if (document->isLocked()) {
        out.status = PdfText::Status::Encrypted;
        return out;
    }
    const int pages = document->numPages();
    if (pages > LoadError::MaxPdfPages) {
        out.status = PdfText::Status::TooManyPages;
        out.count = pages;
        return out;
    }
    qsizetype characters = 0;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        out.pageSizes.append(page ? page->pageSizeF() : QSizeF());
        if (!page)
            continue;
        const QList<PdfText::Line> lines = linesOfPage(*page, i);
        for (const PdfText::Line &line : lines)
            characters += line.text.size() + 1;
        out.lines.append(lines);
        // Past the comparison's budget anyway: stop reading, and say so.
        const PdfText::Status tooLong = out.lines.size() > LoadError::MaxPdfLines
            ? PdfText::Status::TooManyLines
            : characters > LoadError::MaxCharacters ? PdfText::Status::TooManyCharacters
                                                    : PdfText::Status::Ok;
        if (tooLong != PdfText::Status::Ok) {
            out.status = tooLong;
            out.count = tooLong == PdfText::Status::TooManyLines ? out.lines.size() : characters;
            out.lines.clear();
            out.pageSizes.clear();
            return out;
        }
    }
    out.title = document->info(u"Title"_s).simplified();
    out.author = document->info(u"Author"_s).simplified();
    const QDateTime created = document->date(u"CreationDate"_s);
    const QDateTime modified = document->date(u"ModDate"_s);
    if (created.isValid())
        out.created = created.toString(Qt::ISODate);
    if (modified.isValid())
        out.modified = modified.toString(Qt::ISODate);
    return out;
}

} // namespace Parallax::PdfReader
