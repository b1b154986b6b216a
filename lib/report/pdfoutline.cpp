// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfoutline_p.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

struct ObjectRef
{
    int number = -1;
    int generation = 0;
    QByteArray toRef() const
    {
        return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R";
    }
};

struct Trailer
{
    qint64 xrefOffset = -1;
    int size = 0;
    ObjectRef root;
    ObjectRef info;
    QByteArray id; // the /ID array as written, brackets included
};

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

std::optional<ObjectRef> findRef(const QString &dictionary, const QString &key)
{
    const QRegularExpression pattern(u"/"_s + key + u"\\s+(\\d+)\\s+(\\d+)\\s+R"_s);
    const QRegularExpressionMatch match = pattern.match(dictionary);
    if (!match.hasMatch())
        return std::nullopt;
    return ObjectRef { match.captured(1).toInt(), match.captured(2).toInt() };
}

std::optional<Trailer> readTrailer(const QByteArray &pdf)
{
    const qsizetype startXref = pdf.lastIndexOf("startxref");
    const qsizetype trailerStart = pdf.lastIndexOf("trailer", startXref);
    if (startXref < 0 || trailerStart < 0)
        return std::nullopt;
    Trailer trailer;
    const QRegularExpression number(u"startxref\\s+(\\d+)"_s);
    const QRegularExpressionMatch offset = number.match(latin1(pdf.mid(startXref, 40)));
    if (!offset.hasMatch())
        return std::nullopt;
    trailer.xrefOffset = offset.captured(1).toLongLong();

    const QString dictionary = latin1(pdf.mid(trailerStart, startXref - trailerStart));
    const QRegularExpressionMatch size = QRegularExpression(u"/Size\\s+(\\d+)"_s).match(dictionary);
    const std::optional<ObjectRef> root = findRef(dictionary, u"Root"_s);
    if (!size.hasMatch() || !root)
        return std::nullopt;
    trailer.size = size.captured(1).toInt();
    trailer.root = *root;
    trailer.info = findRef(dictionary, u"Info"_s).value_or(ObjectRef {});
    const QRegularExpressionMatch id = QRegularExpression(u"/ID\\s*(\\[[^\\]]*\\])"_s).match(dictionary);
    if (id.hasMatch())
        trailer.id = id.captured(1).toLatin1();
    return trailer;
}

// Object number -> byte offset, from a classic cross-reference table (what QPdfWriter writes).
std::optional<QHash<int, qint64>> readXref(const QByteArray &pdf, qint64 offset)
{
    if (offset < 0 || offset >= pdf.size() || !pdf.mid(offset, 4).startsWith("xref"))
        return std::nullopt;
    QHash<int, qint64> offsets;
    qsizetype pos = offset + 4;
    const auto skipSpace = [&] {
        while (pos < pdf.size() && (pdf.at(pos) == ' ' || pdf.at(pos) == '\n' || pdf.at(pos) == '\r'))
            ++pos;
    };
    const auto readNumber = [&]() -> std::optional<qint64> {
        skipSpace();
        const qsizetype start = pos;
        while (pos < pdf.size() && pdf.at(pos) >= '0' && pdf.at(pos) <= '9')
            ++pos;
        if (pos == start)
            return std::nullopt;
        return pdf.mid(start, pos - start).toLongLong();
    };
    for (;;) {
        skipSpace();
        if (pdf.mid(pos, 7) == "trailer")
            return offsets;
        const std::optional<qint64> first = readNumber();
        const std::optional<qint64> count = readNumber();
        if (!first || !count)
            return std::nullopt;
        skipSpace();
        for (qint64 i = 0; i < *count; ++i) {
            // Entries are exactly 20 bytes: "oooooooooo ggggg n\r\n" or with " \n" at the end.
            const QByteArray entry = pdf.mid(pos, 20);
            if (entry.size() < 18)
                return std::nullopt;
            if (entry.at(17) == 'n')
                offsets.insert(int(*first + i), entry.left(10).toLongLong());
            pos += 20;
        }
    }
}

std::optional<QByteArray> readObject(const QByteArray &pdf, const QHash<int, qint64> &xref, ObjectRef ref)
{
    const auto it = xref.constFind(ref.number);
    if (it == xref.cend())
        return std::nullopt;
    const qsizetype end = pdf.indexOf("endobj", *it);
    if (end < 0)
        return std::nullopt;
    const QByteArray object = pdf.mid(*it, end - *it);
    const QByteArray header
        = QByteArray::number(ref.number) + ' ' + QByteArray::number(ref.generation) + " obj";
    if (!object.startsWith(header))
        return std::nullopt;
    return object.mid(header.size());
}

// The inside of an object's outermost dictionary, without the << and >>.
std::optional<QByteArray> dictionaryBody(const QByteArray &object)
{
    const qsizetype open = object.indexOf("<<");
    const qsizetype close = object.lastIndexOf(">>");
    if (open < 0 || close < open)
        return std::nullopt;
    return object.mid(open + 2, close - open - 2);
}

// PDF text strings: UTF-16BE with a byte order mark, written in hex so that no escaping is needed.
QByteArray pdfTextString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray pdfNumber(double value)
{
    return QByteArray::number(value, 'f', 2);
}

} // namespace

bool appendPdfOutline(
    QByteArray *pdf, const QList<PdfBookmark> &bookmarks, double pageHeightPoints, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (bookmarks.isEmpty())
        return true;

    const std::optional<Trailer> trailer = readTrailer(*pdf);
    if (!trailer)
        return fail(u"no readable trailer"_s);
    const std::optional<QHash<int, qint64>> xref = readXref(*pdf, trailer->xrefOffset);
    if (!xref)
        return fail(u"no classic cross-reference table"_s);
    const std::optional<QByteArray> catalog = readObject(*pdf, *xref, trailer->root);
    const std::optional<QByteArray> catalogBody = catalog ? dictionaryBody(*catalog) : std::nullopt;
    if (!catalogBody || catalogBody->contains("/Outlines"))
        return fail(u"unexpected document catalog"_s);
    const std::optional<ObjectRef> pagesRef = findRef(latin1(*catalogBody), u"Pages"_s);
    const std::optional<QByteArray> pagesObject
        = pagesRef ? readObject(*pdf, *xref, *pagesRef) : std::nullopt;
    if (!pagesObject)
        return fail(u"no page tree"_s);
    const QRegularExpressionMatch kidsMatch
        = QRegularExpression(u"/Kids\\s*\\[([^\\]]*)\\]"_s).match(latin1(*pagesObject));
    if (!kidsMatch.hasMatch())
        return fail(u"no page list"_s);
    QList<ObjectRef> pages;
    QRegularExpressionMatchIterator kids
        = QRegularExpression(u"(\\d+)\\s+(\\d+)\\s+R"_s).globalMatch(kidsMatch.captured(1));
    while (kids.hasNext()) {
        const QRegularExpressionMatch kid = kids.next();
        pages.append(ObjectRef { kid.captured(1).toInt(), kid.captured(2).toInt() });
    }
    for (const PdfBookmark &bookmark : bookmarks) {
        if (bookmark.page < 0 || bookmark.page >= pages.size())
            return fail(u"a bookmark points past the last page"_s);
    }

    // The tree: each entry's parent is the closest earlier entry with a lower level.
    const qsizetype count = bookmarks.size();
    const int rootNumber = trailer->size;
    const auto itemNumber = [rootNumber](qsizetype index) { return rootNumber + 1 + int(index); };
    QList<qsizetype> parent(count, -1);
    QList<qsizetype> stack;
    for (qsizetype i = 0; i < count; ++i) {
        while (!stack.isEmpty() && bookmarks.at(stack.last()).level >= bookmarks.at(i).level)
            stack.removeLast();
        parent[i] = stack.isEmpty() ? -1 : stack.last();
        stack.append(i);
    }
    const auto childrenOf = [&](qsizetype p) {
        QList<qsizetype> children;
        for (qsizetype i = 0; i < count; ++i) {
            if (parent.at(i) == p)
                children.append(i);
        }
        return children;
    };
    const auto descendants = [&](qsizetype p) {
        int n = 0;
        for (qsizetype i = 0; i < count; ++i) {
            for (qsizetype a = parent.at(i); a >= 0; a = parent.at(a)) {
                if (a == p) {
                    ++n;
                    break;
                }
            }
        }
        return n;
    };

    QByteArray update;
    if (!pdf->endsWith('\n'))
        update += '\n';
    QList<qint64> offsets; // of the catalog, the outline root, then the items
    const auto beginObject = [&](int number, int generation) {
        offsets.append(pdf->size() + update.size());
        update += QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n";
    };

    beginObject(trailer->root.number, trailer->root.generation);
    update += "<<" + *catalogBody + "/Outlines " + QByteArray::number(rootNumber)
        + " 0 R\n/PageMode /UseOutlines\n>>\nendobj\n";

    const QList<qsizetype> topLevel = childrenOf(-1);
    beginObject(rootNumber, 0);
    update += "<<\n/Type /Outlines\n/First " + QByteArray::number(itemNumber(topLevel.first()))
        + " 0 R\n/Last " + QByteArray::number(itemNumber(topLevel.last())) + " 0 R\n/Count "
        + QByteArray::number(count) + "\n>>\nendobj\n";

    for (qsizetype i = 0; i < count; ++i) {
        const PdfBookmark &bookmark = bookmarks.at(i);
        const QList<qsizetype> siblings = childrenOf(parent.at(i));
        const qsizetype position = siblings.indexOf(i);
        const QList<qsizetype> children = childrenOf(i);
        beginObject(itemNumber(i), 0);
        update += "<<\n/Title " + pdfTextString(bookmark.title) + "\n/Parent "
            + QByteArray::number(parent.at(i) < 0 ? rootNumber : itemNumber(parent.at(i))) + " 0 R\n";
        if (position > 0)
            update += "/Prev " + QByteArray::number(itemNumber(siblings.at(position - 1))) + " 0 R\n";
        if (position + 1 < siblings.size())
            update += "/Next " + QByteArray::number(itemNumber(siblings.at(position + 1))) + " 0 R\n";
        if (!children.isEmpty()) {
            update += "/First " + QByteArray::number(itemNumber(children.first())) + " 0 R\n/Last "
                + QByteArray::number(itemNumber(children.last())) + " 0 R\n/Count "
                + QByteArray::number(descendants(i)) + '\n';
        }
        const double top = std::max(0.0, pageHeightPoints - bookmark.top);
        update += "/Dest [" + pages.at(bookmark.page).toRef() + " /XYZ 0 " + pdfNumber(top)
            + " 0]\n>>\nendobj\n";
    }

    const auto xrefEntry = [](qint64 offset, int generation) {
        return QByteArray::number(offset).rightJustified(10, '0') + ' '
            + QByteArray::number(generation).rightJustified(5, '0') + " n \n";
    };
    const qint64 xrefOffset = pdf->size() + update.size();
    update += "xref\n" + QByteArray::number(trailer->root.number) + " 1\n"
        + xrefEntry(offsets.first(), trailer->root.generation) + QByteArray::number(rootNumber) + ' '
        + QByteArray::number(count + 1) + '\n';
    for (qsizetype i = 1; i < offsets.size(); ++i)
        update += xrefEntry(offsets.at(i), 0);
    update += "trailer\n<<\n/Size " + QByteArray::number(rootNumber + 1 + count) + "\n/Root "
        + trailer->root.toRef() + '\n';
    if (trailer->info.number >= 0)
        update += "/Info " + trailer->info.toRef() + '\n';
    if (!trailer->id.isEmpty())
        update += "/ID " + trailer->id + '\n';
    update += "/Prev " + QByteArray::number(trailer->xrefOffset) + "\n>>\nstartxref\n"
        + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}

} // namespace Parallax::Internal
