// SPDX-License-Identifier: GPL-3.0-or-later
// Loading one file's bytes: the decoder, then the extractor of one format (PARALLAX_FUZZ_FORMAT: 0 plain
// text, 1 Markdown, 2 HTML, 3 MHTML, 4 Word/OpenDocument, 5 PDF, 6 e-mail), boilerplate marking and
// sentence splitting, as ArticleLoader does for a file. A refused input must come with a reason; an
// accepted one must keep the loader's promises. The documents (4-6) go through the loader only: their
// bytes are not text to decode, and the loader sniffs them as it does a file whatever its suffix.
#include "fuzzinput.h"

#include "core/labels.h"
#include "load/emailmessage.h"
#include "load/mhtml.h"
#include "load/textdecoder.h"

using namespace Parallax;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = Fuzz::bytesOf(data, size);
    TextFormat format = TextFormat::PlainText;
#if PARALLAX_FUZZ_FORMAT == 1
    format = TextFormat::Markdown;
#elif PARALLAX_FUZZ_FORMAT == 2
    format = TextFormat::Html;
#elif PARALLAX_FUZZ_FORMAT == 3
    format = TextFormat::Html;
    LoadError mimeError;
    std::optional<QByteArray> html = Mhtml::htmlPart(bytes, &mimeError);
    if (!html) {
        Fuzz::check(!describe(mimeError).isEmpty(), "a refused MHTML file has a reason");
        return 0;
    }
    bytes = std::move(*html);
#elif PARALLAX_FUZZ_FORMAT == 4
    format = TextFormat::Docx; // a ZIP archive is DOCX or ODT by its parts
#elif PARALLAX_FUZZ_FORMAT == 5
    format = TextFormat::Pdf;
#elif PARALLAX_FUZZ_FORMAT == 6
    format = TextFormat::Email;
    // The headers' encoded words (RFC 2047) are decoded on their own too: the first line as a header value.
    const QByteArray firstLine = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    Fuzz::check(
        Fuzz::isValidUtf16(EmailMessage::decodeHeader(firstLine)), "a decoded header is valid UTF-16");
#endif
#if PARALLAX_FUZZ_FORMAT <= 3
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, format == TextFormat::Html);
    if (decoded.ok)
        Fuzz::check(Fuzz::isValidUtf16(decoded.text), "decoded text is valid UTF-16");
#endif

    LoadError error;
    const std::optional<Version> v = ArticleLoader::loadData(bytes, format, u"fuzz"_s, &error, u"/fuzz/in"_s);
    if (!v) {
        Fuzz::check(error.path == u"/fuzz/in"_s && !describe(error).isEmpty(), "a refused file has a reason");
        return 0;
    }
    Fuzz::checkVersion(*v);
    return 0;
}
