// SPDX-License-Identifier: GPL-3.0-or-later
// Loading one file's bytes: the decoder, then the extractor of one format (PARALLAX_FUZZ_FORMAT: 0 plain
// text, 1 Markdown, 2 HTML, 3 MHTML), boilerplate marking and sentence splitting, as ArticleLoader does
// for a file. A refused input must come with a reason; an accepted one must keep the loader's promises.
#include "fuzzinput.h"

#include "core/labels.h"
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
#endif
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, format == TextFormat::Html);
    if (decoded.ok)
        Fuzz::check(Fuzz::isValidUtf16(decoded.text), "decoded text is valid UTF-16");

    LoadError error;
    const std::optional<Version> v = ArticleLoader::loadData(bytes, format, u"fuzz"_s, &error, u"/fuzz/in"_s);
    if (!v) {
        Fuzz::check(error.path == u"/fuzz/in"_s && !describe(error).isEmpty(), "a refused file has a reason");
        return 0;
    }
    Fuzz::checkVersion(*v);
    return 0;
}
