// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/emailmessage.h"

#include "load/htmlextractor.h"
#include "load/mimeparts_p.h"
#include "load/plaintextextractor.h"
#include "load/textdecoder.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

struct Part
{
    Mime::Headers headers;
    QByteArray body; // still transfer-encoded
};

// The article's part: text/plain before text/html at each level, attachments passed over; nested
// multiparts (mixed around alternative) up to a small depth.
std::optional<Part> textPart(const QByteArray &data, qsizetype pos, const Mime::Headers &headers, int depth)
{
    if (!headers.contentType.startsWith("multipart/")) {
        if (headers.attachment)
            return std::nullopt;
        if (headers.contentType.isEmpty() || headers.contentType == "text/plain"
            || headers.contentType == "text/html")
            return Part { headers, data.mid(pos) };
        return std::nullopt;
    }
    if (headers.boundary.isEmpty() || depth > 8)
        return std::nullopt;
    const QByteArray delimiter = "--" + headers.boundary;
    std::optional<Part> html;
    for (qsizetype at = Mime::findDelimiter(data, delimiter, pos); at >= 0;) {
        qsizetype start = at + delimiter.size();
        if (data.mid(start, 2) == "--")
            break;
        start = data.indexOf('\n', start);
        if (start < 0)
            break;
        ++start;
        const std::optional<Mime::Headers> h = Mime::readHeaders(data, start);
        const qsizetype next = Mime::findDelimiter(data, delimiter, start);
        qsizetype end = next < 0 ? data.size() : next;
        if (end > start && data.at(end - 1) == '\n')
            --end;
        if (end > start && data.at(end - 1) == '\r')
            --end;
        if (h) {
            const QByteArray inner = data.left(end);
            std::optional<Part> found = textPart(inner, start, *h, depth + 1);
            if (found && found->headers.contentType != "text/html")
                return found;
            if (found && !html)
                html = found;
        }
        at = next;
    }
    return html;
}

bool isQuoted(QStringView block)
{
    for (QStringView line : block.split(u'\n')) {
        if (!line.trimmed().startsWith(u'>'))
            return false;
    }
    return true;
}

// The line that introduces a quotation, in the mail programs' usual wordings.
bool isAttribution(QStringView block)
{
    const QStringView t = block.trimmed();
    return !t.contains(u'\n')
        && (t.endsWith(u"wrote:"_s) || t.endsWith(u"schrieb:"_s) || t.endsWith(u"a \u00e9crit :"_s)
            || t.endsWith(u"a \u00e9crit:"_s));
}

void markReplyAndSignature(ExtractedText &out)
{
    static const QRegularExpression signature(u"^-- ?\\r?$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = signature.match(out.text);
    const qsizetype signatureAt = m.hasMatch() ? m.capturedStart() : out.text.size();
    for (qsizetype i = 0; i < out.blocks.size(); ++i) {
        TextBlock &b = out.blocks[i];
        const QStringView text = QStringView(out.text).mid(b.start, b.end - b.start);
        const bool beforeQuote = i + 1 < out.blocks.size()
            && isQuoted(QStringView(out.text).mid(
                out.blocks.at(i + 1).start, out.blocks.at(i + 1).end - out.blocks.at(i + 1).start));
        if (b.start >= signatureAt || isQuoted(text) || (beforeQuote && isAttribution(text))) {
            b.boilerplate = true;
            if (b.kind == BlockKind::Heading)
                b.kind = BlockKind::Paragraph;
        }
    }
}

std::nullopt_t fail(LoadError *error, LoadError::Code code, const QString &detail = u"e-mail"_s)
{
    if (error) {
        error->code = code;
        error->detail = detail;
    }
    return std::nullopt;
}

} // namespace

bool EmailMessage::looksLikeEmail(const QByteArray &data)
{
    static const QList<QByteArray> known { "from", "date", "subject", "to", "message-id", "mime-version" };
    const QByteArray head = data.left(64 * 1024);
    qsizetype pos = 0;
    int seen = 0;
    bool first = true;
    while (pos < head.size()) {
        qsizetype eol = head.indexOf('\n', pos);
        if (eol < 0)
            return false; // the header block never ends within the first 64 KB
        QByteArray line = head.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if (first && line.startsWith("From ")) { // an mbox separator line
            first = false;
            continue;
        }
        first = false;
        if (line.at(0) == ' ' || line.at(0) == '\t')
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon);
        for (const char c : name) {
            if (!QChar::isLetterOrNumber(uchar(c)) && c != '-')
                return false;
        }
        seen += known.contains(name.toLower()) ? 1 : 0;
    }
    return seen >= 2;
}

QString EmailMessage::decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?="_s);
    const QString text = QString::fromUtf8(value);
    QString out;
    qsizetype last = 0;
    bool previousWasEncoded = false;
    for (const QRegularExpressionMatch &m : word.globalMatch(text)) {
        const QStringView between = QStringView(text).mid(last, m.capturedStart() - last);
        // White space between two encoded words belongs to neither.
        if (!(previousWasEncoded && between.trimmed().isEmpty()))
            out += between;
        QByteArray bytes = m.captured(3).toLatin1();
        if (m.captured(2).toLower() == u"b"_s) {
            bytes = QByteArray::fromBase64(bytes);
        } else {
            bytes.replace('_', ' ');
            bytes = Mime::decodeTransfer(bytes, "quoted-printable");
        }
        // "utf-8*en": a language after the charset (RFC 2231).
        const QByteArray charset = m.captured(1).section(u'*', 0, 0).toLatin1();
        const TextDecoder::Result r = TextDecoder::decodeAs(bytes, charset);
        out += r.ok ? r.text : QString::fromLatin1(bytes);
        last = m.capturedEnd();
        previousWasEncoded = true;
    }
    out += QStringView(text).mid(last);
    return out.simplified();
}

std::optional<ExtractedText> EmailMessage::extract(
    const QByteArray &data, QString *source, QString *encoding, LoadError *error)
{
    qsizetype pos = 0;
    const std::optional<Mime::Headers> top = Mime::readHeaders(data, pos);
    if (!top)
        return fail(error, LoadError::Code::DocumentDamaged);
    const std::optional<Part> part = textPart(data, pos, *top, 0);
    if (!part)
        return fail(error, LoadError::Code::EmailWithoutText);
    const QByteArray body = Mime::decodeTransfer(part->body, part->headers.transferEncoding);
    if (body.trimmed().isEmpty())
        return fail(error, LoadError::Code::EmailWithoutText);
    const bool html = part->headers.contentType == "text/html";
    const QByteArray charset = TextDecoder::canonicalLabel(part->headers.charset);
    TextDecoder::Result decoded;
    if (!charset.isEmpty())
        decoded = TextDecoder::decodeAs(body, charset);
    if (!decoded.ok)
        decoded = TextDecoder::decode(body, html);
    if (!decoded.ok)
        return fail(error, decoded.binary ? LoadError::Code::Binary : LoadError::Code::UnknownEncoding, {});

    ExtractedText out;
    if (html) {
        bool parsed = true;
        out = HtmlExtractor::extract(decoded.text, &parsed);
        if (!parsed)
            return fail(error, LoadError::Code::HtmlParserFailed, {});
    } else {
        out = PlainTextExtractor::extract(decoded.text);
        markReplyAndSignature(out);
    }
    // The subject is the headline; it leads the text so that it aligns with the other versions' headlines.
    const QString subject = decodeHeader(top->field("subject"));
    if (!subject.isEmpty()) {
        out.title = subject;
        const qsizetype shift = subject.size() + 2;
        out.text.prepend(subject + u"\n\n"_s);
        for (TextBlock &b : out.blocks) {
            b.start += shift;
            b.end += shift;
        }
        out.blocks.prepend({ 0, subject.size(), BlockKind::Heading, false });
    }
    // "Jane Roe <jane@example.org>": the name, else the address.
    QString from = decodeHeader(top->field("from"));
    const qsizetype angle = from.indexOf(u'<');
    if (angle > 0)
        from = from.left(angle).trimmed().remove(u'"');
    if (!from.isEmpty())
        out.authors = { from };
    QString date = QString::fromLatin1(top->field("date")).simplified();
    date.remove(QRegularExpression(u"\\s*\\([^)]*\\)$"_s)); // "+0100 (CET)"
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        out.date = when.toString(Qt::ISODate);
    *encoding = decoded.encoding;
    const TextDecoder::Result whole = TextDecoder::decode(data, false);
    *source = whole.ok ? whole.text : decoded.text;
    return out;
}

} // namespace Parallax
