// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/pdftext.h"

#include <QLocale>

#include <array>
#include <utility>

namespace Parallax {

namespace {

constexpr char header[] = "PARALLAX-PDFTEXT 1";

constexpr std::array<std::pair<PdfText::Status, const char *>, 6> statuses { {
    { PdfText::Status::Ok, "ok" },
    { PdfText::Status::Damaged, "damaged" },
    { PdfText::Status::Encrypted, "encrypted" },
    { PdfText::Status::TooManyPages, "too-many-pages" },
    { PdfText::Status::TooManyLines, "too-many-lines" },
    { PdfText::Status::TooManyCharacters, "too-many-characters" },
} };

QByteArray escaped(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::optional<QString> unescaped(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i == field.size())
            return std::nullopt;
        switch (field.at(i)) {
        case '\\':
            out += '\\';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        default:
            return std::nullopt;
        }
    }
    return QString::fromUtf8(out);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// The first `count` space-separated fields of `record` and the rest after them (which may hold spaces).
bool splitFields(QByteArrayView record, qsizetype count, QList<QByteArrayView> *fields, QByteArrayView *rest)
{
    fields->clear();
    qsizetype start = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype space = record.indexOf(' ', start);
        if (space < 0)
            return false;
        fields->append(record.sliced(start, space - start));
        start = space + 1;
    }
    *rest = record.sliced(start);
    return true;
}

QList<QByteArrayView> split(QByteArrayView text, char separator)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, start)) {
        out.append(text.sliced(start, at - start));
        start = at + 1;
    }
    out.append(text.sliced(start));
    return out;
}

std::optional<double> toNumber(QByteArrayView field)
{
    bool ok = false;
    const double value = field.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

QByteArray PdfText::toWire() const
{
    QByteArray out;
    out.reserve(64 + lines.size() * 80);
    out += header;
    out += '\n';
    for (const auto &[value, id] : statuses) {
        if (value == status)
            out += "status " + QByteArray(id) + ' ' + QByteArray::number(count) + '\n';
    }
    const std::pair<const char *, const QString *> infos[] = {
        { "title", &title },
        { "author", &author },
        { "created", &created },
        { "modified", &modified },
    };
    for (const auto &[key, value] : infos) {
        if (!value->isEmpty())
            out += "info " + QByteArray(key) + ' ' + escaped(*value) + '\n';
    }
    for (const QSizeF &size : pageSizes)
        out += "page " + number(size.width()) + ' ' + number(size.height()) + '\n';
    for (const Line &line : lines) {
        out += "line " + QByteArray::number(line.page) + ' ' + number(line.box.x()) + ' '
            + number(line.box.y()) + ' ' + number(line.box.width()) + ' ' + number(line.box.height()) + ' '
            + escaped(line.text) + '\n';
    }
    out += "end\n";
    return out;
}

std::optional<PdfText> PdfText::fromWire(const QByteArray &wire)
{
    if (!wire.endsWith("\nend\n"))
        return std::nullopt; // cut short: the reader was stopped or crashed
    const QList<QByteArrayView> records = split(QByteArrayView(wire).chopped(1), '\n');
    if (records.size() < 3 || records.front() != QByteArrayView(header) || records.back() != "end")
        return std::nullopt;
    PdfText text;
    bool sawStatus = false;
    QList<QByteArrayView> fields;
    QByteArrayView rest;
    for (qsizetype r = 1; r + 1 < records.size(); ++r) {
        const QByteArrayView record = records.at(r);
        const qsizetype space = record.indexOf(' ');
        const QByteArrayView kind = space < 0 ? record : record.first(space);
        const QByteArrayView body = space < 0 ? QByteArrayView() : record.sliced(space + 1);
        if (kind == "status") {
            const QList<QByteArrayView> parts = split(body, ' ');
            bool ok = false;
            text.count = parts.size() == 2 ? parts.at(1).toLongLong(&ok) : 0;
            if (!ok || sawStatus)
                return std::nullopt;
            sawStatus = true;
            bool known = false;
            for (const auto &[value, id] : statuses) {
                if (parts.at(0) == QByteArrayView(id)) {
                    text.status = value;
                    known = true;
                }
            }
            if (!known)
                return std::nullopt;
        } else if (kind == "info") {
            if (!splitFields(body, 1, &fields, &rest))
                return std::nullopt;
            const std::optional<QString> value = unescaped(rest);
            if (!value)
                return std::nullopt;
            const QByteArrayView key = fields.at(0);
            if (key == "title")
                text.title = *value;
            else if (key == "author")
                text.author = *value;
            else if (key == "created")
                text.created = *value;
            else if (key == "modified")
                text.modified = *value;
            else
                return std::nullopt;
        } else if (kind == "page") {
            const QList<QByteArrayView> parts = split(body, ' ');
            const std::optional<double> w = parts.size() == 2 ? toNumber(parts.at(0)) : std::nullopt;
            const std::optional<double> h = parts.size() == 2 ? toNumber(parts.at(1)) : std::nullopt;
            if (!w || !h)
                return std::nullopt;
            text.pageSizes.append(QSizeF(*w, *h));
        } else if (kind == "line") {
            if (!splitFields(body, 5, &fields, &rest))
                return std::nullopt;
            bool ok = false;
            const int page = fields.at(0).toInt(&ok);
            const std::optional<double> x = toNumber(fields.at(1)), y = toNumber(fields.at(2)),
                                        w = toNumber(fields.at(3)), h = toNumber(fields.at(4));
            const std::optional<QString> value = unescaped(rest);
            if (!ok || page < 0 || page >= text.pageSizes.size() || !x || !y || !w || !h || !value)
                return std::nullopt;
            text.lines.append({ *value, QRectF(*x, *y, *w, *h), page, false });
        } else {
            return std::nullopt;
        }
    }
    if (!sawStatus)
        return std::nullopt;
    return text;
}

} // namespace Parallax
