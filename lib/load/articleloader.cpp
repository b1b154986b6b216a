// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/articleloader.h"

#include "core/filepaths.h"
#include "load/boilerplatedetector.h"
#include "load/documentformats.h"
#include "load/extractedtext.h"
#include "load/htmlextractor.h"
#include "load/maincontent.h"
#include "load/markdownextractor.h"
#include "load/mhtml.h"
#include "load/plaintextextractor.h"
#include "load/textdecoder.h"
#include "load/versiondate.h"
#include "text/sentencesegmenter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// A run-on "sentence" longer than this (a page without punctuation, a token of a megabyte) is cut into
// pieces at white space: no sentence of prose is that long, and the word diff and the layout of a cell grow
// with its length. Nothing is left out; the pieces follow each other in the version.
constexpr qsizetype MaxSentenceLength = 3000;

QList<SentenceSegmenter::Span> boundedSentences(QStringView block)
{
    QList<SentenceSegmenter::Span> out;
    for (const SentenceSegmenter::Span &s : SentenceSegmenter::split(block)) {
        qsizetype start = s.start;
        while (s.end - start > MaxSentenceLength) {
            // At the last white space of the piece's second half, else anywhere but inside a surrogate pair.
            qsizetype cut = start + MaxSentenceLength;
            qsizetype space = cut;
            while (space > start + MaxSentenceLength / 2 && !block.at(space).isSpace())
                --space;
            if (block.at(space).isSpace())
                cut = space;
            else if (block.at(cut).isLowSurrogate())
                --cut;
            qsizetype end = cut;
            while (end > start && block.at(end - 1).isSpace())
                --end;
            out.append({ start, end });
            start = cut;
            while (start < s.end && block.at(start).isSpace())
                ++start;
        }
        if (start < s.end)
            out.append({ start, s.end });
    }
    return out;
}

// "Headline | Outlet" or "Headline - Outlet": the short last part names the outlet.
QString outletFromTitle(const QString &title)
{
    for (const QString &sep : { u" | "_s, u" - "_s, u" \u2013 "_s, u" \u2014 "_s }) {
        const qsizetype at = title.lastIndexOf(sep);
        if (at > 0) {
            const QString tail = title.mid(at + sep.size()).trimmed();
            if (!tail.isEmpty() && tail.count(u' ') < 4)
                return tail;
        }
    }
    return {};
}

QString stripOutlet(const QString &title, const QString &outlet)
{
    if (outlet.isEmpty() || !title.endsWith(outlet))
        return title;
    QString t = title.left(title.size() - outlet.size()).trimmed();
    while (!t.isEmpty()
        && (t.back() == u'|' || t.back() == u'-' || t.back() == u'\u2013' || t.back() == u'\u2014'))
        t.chop(1);
    return t.trimmed();
}

// "https://www.example.com/news/x" -> "example.com"
QString hostOf(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(u"www."_s))
        host = host.mid(4);
    return host;
}

// A page's metadata is one line of plain text shown inside other text (the window's headers, the PDF's
// summary paragraph): an embedding, override or isolate control in it would reverse what follows, and a
// control character has no place in it.
QString metadataText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            continue;
        out.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    }
    return out;
}

QStringList metadataText(const QStringList &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const QString &text : list)
        out.append(metadataText(text));
    return out;
}

// Where a symbolic link points, for the message; the path itself when it is no link (a loop of links
// further up the path).
QString linkTarget(const QString &path)
{
#ifdef Q_OS_UNIX
    QByteArray target(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(FilePaths::toNative(path).constData(), target.data(), size_t(target.size()));
    if (n > 0)
        return FilePaths::fromNative(target.left(n));
    return path;
#else
    const QString target = QFileInfo(path).symLinkTarget();
    return target.isEmpty() ? path : target;
#endif
}

// Opens a regular file for reading, by its bytes where the name is not UTF-8. On Unix the file is opened
// without waiting (a pipe put in its place after the check would block) and checked again once open.
bool openForReading(QFile &file, const QString &path, QString *errorString, bool *notRegular)
{
    *notRegular = false;
#ifdef Q_OS_UNIX
    const int fd = ::open(FilePaths::toNative(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *errorString = qt_error_string(errno);
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *notRegular = true;
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *errorString = file.errorString();
        return false;
    }
    return true;
#else
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = file.errorString();
        return false;
    }
    return true;
#endif
}

std::nullopt_t fail(LoadError *error, LoadError::Code code, const QString &detail = {})
{
    if (error) {
        error->code = code;
        error->detail = detail;
    }
    return std::nullopt;
}

// The text formats: decoded (BOM, charset, detector) and handed to their extractor.
std::optional<ExtractedText> extractText(
    const QByteArray &data, TextFormat format, QString *rawText, QString *encoding, LoadError *error)
{
    using Code = LoadError::Code;
    if (data.size() > ArticleLoader::MaxFileSize)
        return fail(error, Code::TextTooLarge, QString::number(data.size()));
    TextDecoder::Result decoded = TextDecoder::decode(data, format == TextFormat::Html);
    if (decoded.binary)
        return fail(error, Code::Binary);
    if (!decoded.ok)
        return decoded.invalid ? fail(error, Code::InvalidText, decoded.encoding)
                               : fail(error, Code::UnknownEncoding);
    if (TextDecoder::hasControlCharacterStretch(decoded.text))
        return fail(error, Code::ControlCharacters);

    ExtractedText extracted;
    bool parsed = true;
    switch (format) {
    case TextFormat::Html:
        extracted = HtmlExtractor::extract(decoded.text, &parsed);
        break;
    case TextFormat::Markdown:
        extracted = MarkdownExtractor::extract(decoded.text, &parsed);
        break;
    default:
        extracted = PlainTextExtractor::extract(decoded.text);
        break;
    }
    if (!parsed)
        return fail(error, format == TextFormat::Html ? Code::HtmlParserFailed : Code::MarkdownParserFailed);
    *rawText = std::move(decoded.text);
    *encoding = decoded.encoding;
    return extracted;
}

} // namespace

std::optional<Version> ArticleLoader::loadFile(const QString &path, LoadError *error)
{
    using Code = LoadError::Code;
    if (error)
        error->path = path;
    // The operating system says what the path leads to: a loop of links anywhere on the way is a loop, not
    // a missing file.
    const FilePaths::Status status = FilePaths::status(path);
    switch (status.kind) {
    case FilePaths::Status::Missing:
        return status.isLink ? fail(error, Code::BrokenLink, linkTarget(path)) : fail(error, Code::Missing);
    case FilePaths::Status::LinkLoop:
        return fail(error, Code::LinkLoop, linkTarget(path));
    case FilePaths::Status::Inaccessible:
        return fail(error, Code::Unreadable, qt_error_string(status.error));
    case FilePaths::Status::Folder:
        return fail(error, Code::IsFolder);
    case FilePaths::Status::Other:
        return fail(error, Code::NotRegularFile);
    case FilePaths::Status::Regular:
        break;
    }
    // A single-file web page carries its images too: only its HTML part counts against the article limit.
    // So do Word, OpenDocument and PDF files; their text is bounded when it is read.
    const bool mhtml = Mhtml::isMhtmlPath(path);
    const bool large = mhtml || DocumentFormats::isDocument(formatForPath(path));
    const qint64 limit = large ? MaxMhtmlFileSize : MaxFileSize;
    if (status.size > limit)
        return fail(error, large ? Code::PageTooLarge : Code::TooLarge, QString::number(status.size));
    QFile f;
    QString openError;
    bool notRegular = false;
    if (!openForReading(f, path, &openError, &notRegular))
        return notRegular ? fail(error, Code::NotRegularFile) : fail(error, Code::Unreadable, openError);
    QByteArray data = f.read(limit + 1);
    if (f.error() != QFileDevice::NoError)
        return fail(error, Code::Unreadable, f.errorString());
    if (mhtml) {
        if (data.trimmed().isEmpty())
            return fail(error, data.isEmpty() ? Code::Empty : Code::OnlyWhiteSpace);
        std::optional<QByteArray> html = Mhtml::htmlPart(data, error);
        if (!html)
            return std::nullopt;
        data = std::move(*html);
    }
    std::optional<Version> v
        = loadData(data, formatForPath(path), QFileInfo(path).completeBaseName(), error, path);
    if (v)
        VersionDate::assign(*v, QFileInfo(path).fileName(), QFileInfo(path).lastModified(QTimeZone::UTC));
    return v;
}

std::optional<Version> ArticleLoader::loadData(
    const QByteArray &data, TextFormat format, const QString &name, LoadError *error, const QString &path)
{
    using Code = LoadError::Code;
    if (error)
        error->path = path;
    if (data.trimmed().isEmpty())
        return fail(error, data.isEmpty() ? Code::Empty : Code::OnlyWhiteSpace);
    // The bytes decide over the file name: a PDF saved as .html, a Word file without its suffix.
    format = DocumentFormats::sniff(data, format);
    QString rawText;
    QString encoding;
    std::optional<ExtractedText> read = DocumentFormats::isDocument(format)
        ? DocumentFormats::extract(data, &format, &rawText, &encoding, error)
        : extractText(data, format, &rawText, &encoding, error);
    if (!read)
        return std::nullopt;
    ExtractedText &extracted = *read;
    // More than the comparison holds within its time and memory budget: refused with its size, before
    // the rules and the sentences run over it.
    if (extracted.text.size() > LoadError::MaxCharacters)
        return fail(error, Code::TooManyCharacters, QString::number(extracted.text.size()));

    BoilerplateDetector::mark(extracted);
    MainContent::keepCore(extracted);

    Version v;
    v.path = path;
    v.format = format;
    v.encoding = encoding;
    v.rawText = std::move(rawText);
    const QString siteName = metadataText(extracted.siteName);
    const QString title = metadataText(extracted.title);
    const QString outlet = siteName.isEmpty() ? outletFromTitle(title) : siteName;
    v.title = stripOutlet(title, outlet);
    v.date = metadataText(extracted.date);
    v.outlet = outlet.isEmpty() ? hostOf(extracted.canonicalUrl) : outlet;
    // A name made from a file name shows its control characters and undecodable bytes as escapes.
    v.name = v.outlet.isEmpty() ? FilePaths::printable(name) : v.outlet;
    v.authors = metadataText(extracted.authors);
    v.modified = metadataText(extracted.modified);
    v.url = metadataText(extracted.canonicalUrl);
    v.language = metadataText(extracted.language);
    v.text = std::move(extracted.text);
    for (qsizetype b = 0; b < extracted.blocks.size(); ++b) {
        const TextBlock &block = extracted.blocks.at(b);
        const QStringView blockText = QStringView(v.text).mid(block.start, block.end - block.start);
        for (const SentenceSegmenter::Span &s : boundedSentences(blockText))
            v.sentences.append(
                { block.start + s.start, block.start + s.end, int(b), block.kind, block.boilerplate });
    }
    if (v.sentences.isEmpty())
        return fail(error, Code::NoText);
    VersionDate::assign(v, path.isEmpty() ? QString() : QFileInfo(path).fileName(), {});
    // More than the comparison holds within its time and memory budget: refused with its size.
    if (v.sentences.size() > LoadError::MaxSentences)
        return fail(error, Code::TooManySentences, QString::number(v.sentences.size()));
    return v;
}

TextFormat ArticleLoader::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s || Mhtml::isMhtmlPath(path))
        return TextFormat::Html;
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return TextFormat::Markdown;
    return DocumentFormats::formatForSuffix(suffix);
}

QString ArticleLoader::savedPageOfAssetsFolder(const QString &folder)
{
    const QFileInfo info(folder);
    const QString name = info.fileName();
    // Browsers name the folder in the user's language: Chrome and Firefox in English "_files", Firefox in
    // German "-Dateien", in French "_fichiers", ...
    for (const QString &suffix :
        { u"_files"_s, u"-Dateien"_s, u"_fichiers"_s, u"_archivos"_s, u"-bestanden"_s, u"_arquivos"_s }) {
        if (!name.endsWith(suffix, Qt::CaseInsensitive) || name.size() == suffix.size())
            continue;
        const QString stem = name.left(name.size() - suffix.size());
        for (const QString &ext : { u".html"_s, u".htm"_s, u".xhtml"_s, u".shtml"_s }) {
            const QString page = info.dir().filePath(stem + ext);
            if (QFileInfo(page).isFile())
                return page;
        }
    }
    return {};
}

bool ArticleLoader::isArticleFile(const QString &path)
{
    // Markdown and HTML suffixes are the ones formatForPath knows; plain text has two of its own. A PDF
    // in a folder is most often a report exported next to the versions: PDFs are read when named or
    // dropped, never collected from a folder.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const TextFormat format = formatForPath(path);
    return suffix == u"txt"_s || suffix == u"text"_s
        || (format != TextFormat::PlainText && format != TextFormat::Pdf);
}

} // namespace Parallax
