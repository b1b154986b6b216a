// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/mhtml.h"

#include "load/mimeparts_p.h"
#include "load/textdecoder.h"

#include <QFileInfo>
#include <QList>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace Mime {

QByteArray Headers::field(const QByteArray &name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

namespace {

// The value of a parameter of a header ("boundary" of multipart/related; boundary="x").
QByteArray parameter(const QByteArray &header, const char *name)
{
    const QByteArray lower = header.toLower();
    const QByteArray key = QByteArray(name) + '=';
    qsizetype at = 0;
    while ((at = lower.indexOf(key, at)) >= 0) {
        if (at > 0 && lower.at(at - 1) != ';' && lower.at(at - 1) != ' ' && lower.at(at - 1) != '\t') {
            at += key.size();
            continue;
        }
        qsizetype start = at + key.size();
        if (start < header.size() && header.at(start) == '"') {
            const qsizetype end = header.indexOf('"', start + 1);
            return header.mid(start + 1, end < 0 ? -1 : end - start - 1);
        }
        qsizetype end = start;
        while (
            end < header.size() && header.at(end) != ';' && header.at(end) != ' ' && header.at(end) != '\t')
            ++end;
        return header.mid(start, end - start);
    }
    return {};
}

} // namespace

std::optional<Headers> readHeaders(const QByteArray &data, qsizetype &pos)
{
    Headers h;
    QList<QByteArray> lines;
    while (pos < data.size()) {
        qsizetype eol = data.indexOf('\n', pos);
        if (eol < 0)
            eol = data.size();
        QByteArray line = data.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !lines.isEmpty())
            lines.last() += ' ' + line.trimmed();
        else
            lines.append(line);
        if (lines.size() > 1000)
            return std::nullopt;
    }
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        h.fields.append({ name, value });
        if (name == "content-type") {
            const qsizetype semicolon = value.indexOf(';');
            h.contentType = (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
            h.boundary = parameter(value, "boundary");
            h.charset = parameter(value, "charset").toLower();
        } else if (name == "content-transfer-encoding") {
            h.transferEncoding = value.toLower();
        } else if (name == "content-disposition") {
            h.attachment = value.toLower().startsWith("attachment");
        }
    }
    return h;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 < in.size() && in.at(i + 1) == '\n') { // soft line break
            i += 1;
        } else if (i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
            i += 2;
        } else if (i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 && hexValue(in.at(i + 2)) >= 0) {
            out.append(char(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2))));
            i += 2;
        } else {
            out.append(c); // a stray '=' is kept as written
        }
    }
    return out;
}

} // namespace

// The delimiter must begin a line: a CSS custom property such as "--b-color" inside a part is not one.
qsizetype findDelimiter(const QByteArray &data, const QByteArray &delimiter, qsizetype from)
{
    for (qsizetype at = data.indexOf(delimiter, from); at >= 0; at = data.indexOf(delimiter, at + 1))
        if (at == 0 || data.at(at - 1) == '\n')
            return at;
    return -1;
}

QByteArray decodeTransfer(const QByteArray &body, const QByteArray &transferEncoding)
{
    if (transferEncoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    if (transferEncoding == "base64")
        return QByteArray::fromBase64(body);
    return body;
}

} // namespace Mime

namespace {

void fail(LoadError *error, LoadError::Code code, const QString &detail = {})
{
    if (error) {
        error->code = code;
        error->detail = detail;
    }
}

} // namespace

bool Mhtml::isMhtmlPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"mhtml"_s || suffix == u"mht"_s;
}

std::optional<QByteArray> Mhtml::htmlPart(const QByteArray &data, LoadError *error)
{
    using namespace Mime;
    qsizetype pos = 0;
    const std::optional<Headers> top = readHeaders(data, pos);
    if (!top || top->contentType.isEmpty()) {
        fail(error, LoadError::Code::MhtmlNoContentType);
        return std::nullopt;
    }
    Headers part = *top;
    QByteArray body;
    if (top->contentType.startsWith("multipart/")) {
        if (top->boundary.isEmpty()) {
            fail(error, LoadError::Code::MhtmlNoBoundary);
            return std::nullopt;
        }
        const QByteArray delimiter = "--" + top->boundary;
        bool found = false;
        qsizetype at = findDelimiter(data, delimiter, pos);
        while (at >= 0 && !found) {
            qsizetype start = at + delimiter.size();
            if (data.mid(start, 2) == "--")
                break; // the closing delimiter
            start = data.indexOf('\n', start);
            if (start < 0)
                break;
            ++start;
            const std::optional<Headers> h = readHeaders(data, start);
            const qsizetype next = findDelimiter(data, delimiter, start);
            if (h && h->contentType == "text/html") {
                part = *h;
                qsizetype end = next < 0 ? data.size() : next;
                // The line break before the delimiter belongs to the delimiter.
                if (end > start && data.at(end - 1) == '\n')
                    --end;
                if (end > start && data.at(end - 1) == '\r')
                    --end;
                body = data.mid(start, end - start);
                found = true;
            }
            at = next;
        }
        if (!found) {
            fail(error, LoadError::Code::MhtmlNoHtmlPart);
            return std::nullopt;
        }
    } else if (top->contentType == "text/html") {
        body = data.mid(pos);
    } else {
        fail(error, LoadError::Code::MhtmlNotAPage, QString::fromLatin1(top->contentType));
        return std::nullopt;
    }

    body = decodeTransfer(body, part.transferEncoding);
    if (body.trimmed().isEmpty()) {
        fail(error, LoadError::Code::MhtmlEmptyPage);
        return std::nullopt;
    }
    // The part's charset is what the browser wrote the page in; the text goes on as UTF-8. A UTF-16 or
    // UTF-32 label is not taken at its word, as in an HTML <meta> tag: the bytes are left to the decoder,
    // which finds a byte-order mark or the NULs of real UTF-16/32 and reads anything else as UTF-8.
    const QByteArray charset = TextDecoder::canonicalLabel(part.charset);
    if (!charset.isEmpty() && charset != "utf-8" && !TextDecoder::isWideLabel(charset)) {
        TextDecoder::Result r = TextDecoder::decodeAs(body, charset);
        if (r.ok)
            body = r.text.toUtf8();
    }
    return body;
}

} // namespace Parallax
