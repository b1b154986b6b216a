// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/documentformats.h"

#include "load/emailmessage.h"
#include "load/officedocument.h"
#include "load/pdfdocument.h"

using namespace Qt::StringLiterals;

namespace Parallax::DocumentFormats {

bool isDocument(TextFormat format)
{
    switch (format) {
    case TextFormat::Docx:
    case TextFormat::Odt:
    case TextFormat::Pdf:
    case TextFormat::Email:
        return true;
    case TextFormat::PlainText:
    case TextFormat::Markdown:
    case TextFormat::Html:
        break;
    }
    return false;
}

TextFormat formatForSuffix(const QString &suffix)
{
    if (suffix == u"docx"_s || suffix == u"docm"_s)
        return TextFormat::Docx;
    if (suffix == u"odt"_s)
        return TextFormat::Odt;
    if (suffix == u"pdf"_s)
        return TextFormat::Pdf;
    if (suffix == u"eml"_s)
        return TextFormat::Email;
    return TextFormat::PlainText;
}

TextFormat sniff(const QByteArray &data, TextFormat claimed)
{
    if (OfficeDocument::looksLikeZip(data) || OfficeDocument::looksLikeEncryptedOffice(data))
        return claimed == TextFormat::Odt ? TextFormat::Odt : TextFormat::Docx;
    if (PdfDocument::looksLikePdf(data))
        return TextFormat::Pdf;
    if (EmailMessage::looksLikeEmail(data))
        return claimed == TextFormat::PlainText || claimed == TextFormat::Email ? TextFormat::Email : claimed;
    if (isDocument(claimed)) {
        // A page or a text saved under a document's name.
        const QByteArray head = data.left(1024).trimmed().toLower();
        return head.startsWith('<') && (head.contains("<html") || head.contains("<!doctype html"))
            ? TextFormat::Html
            : TextFormat::PlainText;
    }
    return claimed;
}

std::optional<ExtractedText> extract(
    const QByteArray &data, TextFormat *format, QString *source, QString *encoding, LoadError *error)
{
    switch (*format) {
    case TextFormat::Docx:
    case TextFormat::Odt:
        *encoding = u"UTF-8"_s;
        return OfficeDocument::extract(data, format, source, error);
    case TextFormat::Pdf:
        return PdfDocument::extract(data, source, error);
    case TextFormat::Email:
        return EmailMessage::extract(data, source, encoding, error);
    case TextFormat::PlainText:
    case TextFormat::Markdown:
    case TextFormat::Html:
        break;
    }
    return std::nullopt;
}

} // namespace Parallax::DocumentFormats
