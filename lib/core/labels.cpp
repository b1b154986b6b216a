// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <iterator>
#include <optional>

namespace Parallax {

namespace {

// The labels keep the translation context they had when the item model named them, so the existing
// translations apply (lupdate reads the QT_TRANSLATE_NOOP marks below).
constexpr const char labelContext[] = "Parallax::ComparisonModel";

template<typename Enum> struct Entry
{
    Enum value;
    const char16_t *id;
    const char *label;
};

constexpr Entry<CellStatus> cellStatuses[] = {
    { CellStatus::Same, u"same", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "same") },
    { CellStatus::Changed, u"changed", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "changed") },
    { CellStatus::Added, u"added", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "added") },
    { CellStatus::Absent, u"absent", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "absent") },
    { CellStatus::Moved, u"moved", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "moved") },
};

constexpr Entry<ChangeKind> changeKinds[] = {
    { ChangeKind::Typography, u"typography", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "typography") },
    { ChangeKind::Spelling, u"spelling", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "spelling") },
    { ChangeKind::Wording, u"wording", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "wording") },
    { ChangeKind::Substantive, u"substantive",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "substantive") },
};

constexpr Entry<ChangeReason> changeReasons[] = {
    { ChangeReason::None, u"", nullptr },
    { ChangeReason::Number, u"number", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "number") },
    { ChangeReason::Date, u"date", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "date") },
    { ChangeReason::Name, u"name", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "name") },
    { ChangeReason::Negation, u"negation", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "negation") },
    { ChangeReason::Modality, u"modality", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "modality") },
    { ChangeReason::Attribution, u"attribution",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "attribution") },
    { ChangeReason::Quote, u"quote", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "quoted words") },
    { ChangeReason::ClaimAdded, u"claim-added",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "claim added") },
    { ChangeReason::ClaimDropped, u"claim-dropped",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "claim dropped") },
    { ChangeReason::Opposite, u"opposite", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "opposite") },
    { ChangeReason::Content, u"content", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "content word") },
};

constexpr Entry<QuoteFidelity> quoteFidelities[] = {
    { QuoteFidelity::Exact, u"exact", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "exact") },
    { QuoteFidelity::Typographic, u"typographic",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "typographic") },
    { QuoteFidelity::Altered, u"altered", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "altered") },
    { QuoteFidelity::Truncated, u"truncated", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "truncated") },
    { QuoteFidelity::Extended, u"extended", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "extended") },
    { QuoteFidelity::Merged, u"merged", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "merged") },
    { QuoteFidelity::Absent, u"absent", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "absent") },
};

// Formats have ids only: people see the file suffix.
constexpr Entry<TextFormat> textFormats[] = {
    { TextFormat::PlainText, u"text", nullptr },
    { TextFormat::Markdown, u"markdown", nullptr },
    { TextFormat::Html, u"html", nullptr },
    { TextFormat::Docx, u"docx", nullptr },
    { TextFormat::Odt, u"odt", nullptr },
    { TextFormat::Pdf, u"pdf", nullptr },
    { TextFormat::Email, u"email", nullptr },
};

// The parts of a story that align by their role; body text has no label.
constexpr Entry<SentenceRole> sentenceRoles[] = {
    { SentenceRole::Body, u"body", nullptr },
    { SentenceRole::Headline, u"headline", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "headline") },
    { SentenceRole::Standfirst, u"standfirst", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "standfirst") },
    { SentenceRole::Byline, u"byline", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "byline") },
    { SentenceRole::Dateline, u"dateline", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "dateline") },
    { SentenceRole::Lede, u"lede", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "lede") },
};

// Load errors: the message is a sentence fragment after "PATH: "; %1 is the error's detail, %2 the size
// limit in MB where there is one.
constexpr const char loadErrorContext[] = "Parallax::LoadError";

using Code = LoadError::Code;

constexpr Entry<Code> loadErrors[] = {
    { Code::Missing, u"missing", QT_TRANSLATE_NOOP("Parallax::LoadError", "no such file or folder") },
    { Code::BrokenLink, u"broken-link",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "a link to a file that does not exist (%1)") },
    { Code::LinkLoop, u"link-loop",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "a link that leads back to itself through other links (%1)") },
    { Code::NotRegularFile, u"not-regular-file",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "not a regular file (a device, pipe or socket)") },
    { Code::IsFolder, u"folder",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "is a folder, not an article file") },
    { Code::TooLarge, u"too-large",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "file is %1 MB; Parallax reads article files of up to %2 MB") },
    { Code::PageTooLarge, u"page-too-large",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "file is %1 MB; Parallax reads single-file web pages of up to %2 MB") },
    { Code::TextTooLarge, u"text-too-large",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "text is %1 MB; Parallax reads articles of up to %2 MB") },
    { Code::Unreadable, u"unreadable", QT_TRANSLATE_NOOP("Parallax::LoadError", "cannot be read: %1") },
    { Code::Empty, u"empty", QT_TRANSLATE_NOOP("Parallax::LoadError", "the file is empty") },
    { Code::OnlyWhiteSpace, u"white-space",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the file holds only white space") },
    { Code::Binary, u"binary",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "not a text file (it holds NUL bytes or other binary data)") },
    { Code::ControlCharacters, u"control-characters",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "not a text file (mostly control characters)") },
    { Code::UnknownEncoding, u"unknown-encoding",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the text encoding could not be recognised") },
    { Code::InvalidText, u"invalid-text", QT_TRANSLATE_NOOP("Parallax::LoadError", "invalid %1 text") },
    { Code::HtmlParserFailed, u"html-parser",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the HTML parser could not read this page") },
    { Code::MarkdownParserFailed, u"markdown-parser",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the Markdown parser stopped early") },
    { Code::MhtmlNoContentType, u"mhtml-no-content-type",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "not a readable MHTML file: it has no MIME Content-Type header") },
    { Code::MhtmlNoBoundary, u"mhtml-no-boundary",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "not a readable MHTML file: the multipart message names no boundary") },
    { Code::MhtmlNoHtmlPart, u"mhtml-no-html-part",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "not a readable MHTML file: no HTML part in the archive") },
    { Code::MhtmlNotAPage, u"mhtml-not-a-page",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "not a readable MHTML file: its content is %1, not a web page") },
    { Code::MhtmlEmptyPage, u"mhtml-empty-page",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "not a readable MHTML file: its HTML part is empty") },
    { Code::NoText, u"no-text", QT_TRANSLATE_NOOP("Parallax::LoadError", "no readable text found") },
    { Code::FolderUnreadable, u"folder-unreadable",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the folder cannot be read (permission denied)") },
    { Code::FolderWithoutArticles, u"no-article-files",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the folder holds no .txt, .md, .html or .mhtml files") },
    { Code::SavedPageAssets, u"saved-page-assets",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "holds the images and scripts saved with %1, not an article") },
    { Code::Duplicate, u"duplicate",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the same file as %1, read once") },
    { Code::AmbiguousBase, u"ambiguous-base",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "more than one version has that name: %1") },
    { Code::UnknownBase, u"unknown-base",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "no version has that name, file name or path") },
    { Code::TooManySentences, u"too-many-sentences",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "too long: %1 sentences; Parallax compares articles of up to %2 sentences") },
    { Code::TooManyCharacters, u"too-many-characters",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "too long: %1 characters of text; Parallax compares articles of up to %2 characters") },
    { Code::DocumentDamaged, u"document-damaged",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "not a readable %1 document: it is damaged or cut short") },
    { Code::DocumentBomb, u"document-bomb",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "refused: this %1 archive would unpack to more data or parts than a document holds") },
    { Code::DocumentEntities, u"document-entities",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "refused: the XML of this %1 document declares entities, which are not expanded") },
    { Code::DocumentEncrypted, u"document-encrypted",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the %1 document is encrypted (password protected)") },
    { Code::PdfWithoutText, u"pdf-without-text",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "the PDF has no text layer (scanned pages or images only); run OCR first") },
    { Code::EmailWithoutText, u"email-without-text",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the e-mail has no text or HTML part") },
    { Code::PdfTooManyPages, u"pdf-too-many-pages",
        QT_TRANSLATE_NOOP(
            "Parallax::LoadError", "too long: %1 pages; Parallax reads PDFs of up to %2 pages") },
    { Code::PdfTooManyLines, u"pdf-too-many-lines",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "too long: more than %1 lines of text; Parallax compares articles of up to %2 sentences") },
    { Code::PdfReaderMemory, u"pdf-reader-memory",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "refused: reading the text of this PDF needs more than %1 MB of memory (it may be damaged)") },
    { Code::PdfReaderTime, u"pdf-reader-time",
        QT_TRANSLATE_NOOP("Parallax::LoadError",
            "refused: reading the text of this PDF takes longer than %1 s (it may be damaged)") },
    { Code::PdfReaderCrashed, u"pdf-reader-crashed",
        QT_TRANSLATE_NOOP("Parallax::LoadError", "the PDF reader crashed on this file (%1)") },
};

template<typename Enum, std::size_t N> const Entry<Enum> *find(const Entry<Enum> (&table)[N], Enum value)
{
    for (const Entry<Enum> &entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template<typename Enum, std::size_t N> QString idOf(const Entry<Enum> (&table)[N], Enum value)
{
    const Entry<Enum> *entry = find(table, value);
    return entry ? QString::fromUtf16(entry->id) : QString();
}

template<typename Enum, std::size_t N> QString labelOf(const Entry<Enum> (&table)[N], Enum value)
{
    const Entry<Enum> *entry = find(table, value);
    return entry && entry->label ? QCoreApplication::translate(labelContext, entry->label) : QString();
}

qint64 sizeLimit(Code code)
{
    switch (code) {
    case Code::TooLarge:
    case Code::TextTooLarge:
        return LoadError::MaxArticleFileSize;
    case Code::PageTooLarge:
        return LoadError::MaxPageFileSize;
    default:
        return 0;
    }
}

// The PDF limits' messages: numbers in the reader's own way of writing them.
std::optional<QString> pdfMessage(const LoadError &error, const QString &text, bool translated)
{
    const QLocale locale = translated ? QLocale() : QLocale::c();
    switch (error.code) {
    case Code::PdfTooManyPages:
        return text.arg(locale.toString(error.detail.toLongLong()), locale.toString(LoadError::MaxPdfPages));
    case Code::PdfTooManyLines:
        return text.arg(locale.toString(LoadError::MaxPdfLines), locale.toString(LoadError::MaxSentences));
    case Code::PdfReaderMemory:
        return text.arg(locale.toString(error.detail.toLongLong()));
    case Code::PdfReaderTime:
        return text.arg(locale.toString(error.detail.toDouble() / 1000.0, 'f', 1));
    default:
        return std::nullopt;
    }
}

QString message(const LoadError &error, bool translated)
{
    const Entry<Code> *entry = find(loadErrors, error.code);
    if (!entry)
        return error.detail;
    QString text = translated ? QCoreApplication::translate(loadErrorContext, entry->label)
                              : QString::fromUtf8(entry->label);
    // Sizes travel in bytes and are written in MB with the reader's decimal separator.
    if (const qint64 limit = sizeLimit(error.code)) {
        const QLocale locale = translated ? QLocale() : QLocale::c();
        const auto megabytes
            = [&](double bytes) { return locale.toString(bytes / (1024.0 * 1024.0), 'f', 1); };
        return text.arg(megabytes(error.detail.toDouble()), megabytes(double(limit)));
    }
    if (error.code == Code::TooManySentences || error.code == Code::TooManyCharacters) {
        const QLocale locale = translated ? QLocale() : QLocale::c();
        const qsizetype limit
            = error.code == Code::TooManySentences ? LoadError::MaxSentences : LoadError::MaxCharacters;
        return text.arg(locale.toString(error.detail.toLongLong()), locale.toString(limit));
    }
    if (const std::optional<QString> pdf = pdfMessage(error, text, translated))
        return *pdf;
    return text.contains(u"%1") ? text.arg(error.detail) : text;
}

} // namespace

QString toString(CellStatus status)
{
    return idOf(cellStatuses, status);
}

QString toString(ChangeKind kind)
{
    return idOf(changeKinds, kind);
}

QString toString(ChangeReason reason)
{
    return idOf(changeReasons, reason);
}

QString toString(QuoteFidelity fidelity)
{
    return idOf(quoteFidelities, fidelity);
}

QString toString(TextFormat format)
{
    return idOf(textFormats, format);
}

QString toString(SentenceRole role)
{
    return idOf(sentenceRoles, role);
}

QString toString(const WordChange &change)
{
    return change.before + QStringLiteral(" -> ") + change.after;
}

QString toString(LoadError::Code code)
{
    return idOf(loadErrors, code);
}

QString describe(const LoadError &error)
{
    return message(error, true);
}

QString describeInEnglish(const LoadError &error)
{
    return message(error, false);
}

QString label(CellStatus status)
{
    return labelOf(cellStatuses, status);
}

QString label(ChangeKind kind)
{
    return labelOf(changeKinds, kind);
}

QString label(ChangeReason reason)
{
    return labelOf(changeReasons, reason);
}

QString label(SentenceRole role)
{
    return labelOf(sentenceRoles, role);
}

QString label(QuoteFidelity fidelity)
{
    return labelOf(quoteFidelities, fidelity);
}

} // namespace Parallax
