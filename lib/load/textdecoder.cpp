// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/textdecoder.h"

#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// The C1 range of windows-1252; the five holes map to the same code points, as browsers do.
constexpr char16_t windows1252High[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D,
    0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

QString decodeWindows1252(const QByteArray &data)
{
    QString out(data.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto b = uchar(data.at(i));
        d[i] = (b >= 0x80 && b < 0xA0) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

// A stretch of text for the share tests below: long enough that a few odd characters in prose stay under
// the share, short enough that a binary part inside a long text still fills one.
constexpr qsizetype Stretch = 4096;

// Whether some stretch of the text has more than one character in twenty for which `counts` holds. A
// text shorter than a stretch is one stretch; a last, shorter stretch is measured against a whole one.
template<typename Counts> bool anyStretchOver(QStringView text, Counts counts)
{
    const qsizetype window = std::min(text.size(), Stretch);
    qsizetype count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (counts(c))
            ++count;
        if (i + 1 - start >= Stretch || i + 1 == text.size()) {
            if (count * 20 > window)
                return true;
            count = 0;
            start = i + 1;
        }
    }
    return false;
}

// C0 and C1 controls but tab, line feed, vertical tab, form feed and carriage return.
bool isControl(char32_t c)
{
    constexpr quint32 breaks = (1u << 0x09) | (1u << 0x0A) | (1u << 0x0B) | (1u << 0x0C) | (1u << 0x0D);
    return (c < 0x20 && !((1u << c) & breaks)) || c - 0x7F <= 0x9F - 0x7F;
}

// What random bytes decode to in UTF-16 or UTF-32: characters no text uses (private use, unassigned,
// lone surrogates) and replacement characters where nothing decodes.
bool isNoText(char32_t c)
{
    if (c == QChar::ReplacementCharacter)
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_PrivateUse || category == QChar::Other_NotAssigned
        || category == QChar::Other_Surrogate;
}

// Text decoded from a byte-order mark or from UTF-16/32: binary when it holds U+0000 or a stretch of it
// is no text.
bool decodedLooksBinary(QStringView text)
{
    return text.contains(QChar(u'\0')) || anyStretchOver(text, isNoText);
}

// UTF-8 evidence, counted on the bytes: valid multi-byte sequences, UTF-8-shaped but invalid ones and stray
// bytes. In UTF-8 text stray bytes are rare; in text of an 8-bit encoding a valid multi-byte sequence needs
// two unlikely neighbours (a letter like Ã followed by a symbol like ©), and in the double-byte encodings of
// CJK text only about one character in six forms one. An overlong form or an encoded surrogate (C0 AF,
// E0 80 AF, ED A0 80) has the shape of UTF-8 -- a lead byte and exactly its continuation bytes -- and is as
// unlikely in 8-bit text as a valid sequence: a damaged or malicious UTF-8 file, whose bad sequences become
// U+FFFD like stray bytes, never a sign of another encoding. They are counted apart and weigh on neither
// side.
struct Utf8Evidence
{
    qsizetype valid = 0;
    qsizetype shaped = 0;
    qsizetype stray = 0;
    // Mostly UTF-8: its stray bytes are errors to mark, not a sign of another encoding.
    bool isUtf8() const { return stray == 0 || (valid > 0 && valid >= stray); }
};

// The length of the sequence a lead byte announces (2-4), or 0 for an ASCII, continuation or 0xF8+ byte.
int utf8SequenceLength(uchar b)
{
    if ((b & 0xE0) == 0xC0)
        return 2;
    if ((b & 0xF0) == 0xE0)
        return 3;
    if ((b & 0xF8) == 0xF0)
        return 4;
    return 0;
}

Utf8Evidence utf8Evidence(const QByteArray &data, QStringView decoded)
{
    Utf8Evidence e;
    const qsizetype replacements = decoded.count(QChar(QChar::ReplacementCharacter));
    if (replacements == 0)
        return e; // valid UTF-8: nothing to weigh
    // Stray bytes as the decoder counts them (one U+FFFD each, or each maximal invalid part), less the
    // U+FFFD written in the file and those the shaped sequences became.
    qsizetype fromShaped = 0;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const int length = utf8SequenceLength(bytes[i]);
        int continuation = 0;
        while (length > 0 && continuation < length - 1 && i + 1 + continuation < n
            && (bytes[i + 1 + continuation] & 0xC0) == 0x80)
            ++continuation;
        if (length == 0 || continuation != length - 1) {
            i += 1 + continuation;
            continue;
        }
        char32_t c = bytes[i] & (0x7F >> length);
        for (int k = 1; k < length; ++k)
            c = (c << 6) | (bytes[i + k] & 0x3F);
        constexpr char32_t smallest[5] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (c >= smallest[length] && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF)) {
            ++e.valid; // a U+FFFD written in the file is a valid sequence too
        } else {
            ++e.shaped;
            fromShaped
                += QString::fromUtf8(data.constData() + i, length).count(QChar(QChar::ReplacementCharacter));
        }
        i += length;
    }
    const qsizetype written = data.count("\xEF\xBF\xBD");
    e.stray = std::max<qsizetype>(0, replacements - written - fromShaped);
    return e;
}

// UTF-16 and UTF-32 without a byte-order mark: the ASCII characters of any text written with spaces and
// punctuation leave NUL bytes on one side of each unit only (UTF-32: three of four bytes).
std::optional<QStringConverter::Encoding> wideEncodingWithoutBom(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 64 * 1024) & ~qsizetype(3);
    if (n < 4)
        return std::nullopt;
    const auto byte = [&](qsizetype i) { return uchar(data.at(i)); };
    if (data.size() % 4 == 0) {
        bool le = true, be = true;
        for (qsizetype i = 0; i < n && (le || be); i += 4) {
            le = le && byte(i + 3) == 0 && byte(i + 2) <= 0x10;
            be = be && byte(i) == 0 && byte(i + 1) <= 0x10;
        }
        if (le != be)
            return le ? QStringConverter::Utf32LE : QStringConverter::Utf32BE;
    }
    if (data.size() % 2 != 0)
        return std::nullopt;
    qsizetype le = 0, be = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        le += byte(i) != 0 && byte(i + 1) == 0;
        be += byte(i) == 0 && byte(i + 1) != 0;
    }
    // One ASCII unit in twenty, and NULs (nearly) never on the other side.
    const qsizetype units = n / 2;
    if (le * 20 >= units && be * 20 <= le)
        return QStringConverter::Utf16LE;
    if (be * 20 >= units && le * 20 <= be)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Qt's UTF-16 decoder passes a surrogate without its partner through; no text holds one, and a report
// that carried it on would not be valid Unicode. It becomes U+FFFD, one unit for one, so offsets hold.
void replaceLoneSurrogates(QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        text[i] = QChar(QChar::ReplacementCharacter);
    }
}

TextDecoder::Result decodeWide(const QByteArray &data, QStringConverter::Encoding encoding)
{
    TextDecoder::Result result;
    QStringDecoder decoder(encoding);
    result.text = decoder.decode(data);
    if (!result.text.isEmpty() && result.text.at(0) == QChar(QChar::ByteOrderMark))
        result.text.remove(0, 1);
    result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
    result.binary = decodedLooksBinary(result.text);
    result.ok = !result.binary;
    replaceLoneSurrogates(result.text);
    return result;
}

bool tryDecode(const QByteArray &data, const QByteArray &label, TextDecoder::Result &result)
{
    const QByteArray canonical = TextDecoder::canonicalLabel(label);
    if (canonical == "windows-1252") {
        result.text = decodeWindows1252(data);
        result.encoding = u"windows-1252"_s;
        result.ok = true;
        return true;
    }
    QStringDecoder decoder(canonical.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    result.text = decoder.decode(data);
    if (decoder.hasError())
        return false;
    replaceLoneSurrogates(result.text);
    result.encoding = QString::fromLatin1(canonical);
    result.ok = true;
    return true;
}

} // namespace

QByteArray TextDecoder::canonicalLabel(const QByteArray &label)
{
    const QByteArray l = label.trimmed().toLower();
    if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "l1"
        || l == "us-ascii" || l == "ascii" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252"
        || l == "iso_8859-1")
        return "windows-1252";
    if (l == "utf8" || l == "unicode-1-1-utf-8")
        return "utf-8";
    return l;
}

QByteArray TextDecoder::declaredHtmlCharset(const QByteArray &data)
{
    // Only a <meta> tag declares: the words "charset=utf-16" in a page's text or a script do not.
    const QByteArray head = data.left(1024).toLower();
    qsizetype tag = 0;
    while ((tag = head.indexOf("<meta", tag)) >= 0) {
        qsizetype tagEnd = head.indexOf('>', tag);
        if (tagEnd < 0)
            tagEnd = head.size();
        qsizetype pos = tag;
        while ((pos = head.indexOf("charset", pos)) >= 0 && pos < tagEnd) {
            pos += 7;
            while (pos < tagEnd && (head.at(pos) == ' ' || head.at(pos) == '='))
                ++pos;
            if (pos < tagEnd && (head.at(pos) == '"' || head.at(pos) == '\''))
                ++pos;
            qsizetype end = pos;
            while (end < tagEnd
                && (std::isalnum(uchar(head.at(end))) || head.at(end) == '-' || head.at(end) == '_'
                    || head.at(end) == ':' || head.at(end) == '.'))
                ++end;
            if (end > pos)
                return head.mid(pos, end - pos);
        }
        tag = tagEnd;
    }
    return {};
}

bool TextDecoder::isWideLabel(const QByteArray &label)
{
    return label.startsWith("utf-16") || label.startsWith("utf-32") || label == "ucs-2" || label == "unicode";
}

bool TextDecoder::hasControlCharacterStretch(QStringView text)
{
    // Control characters are all among the first 160 code points: surrogate pairs need not be joined.
    const qsizetype window = std::min(text.size(), Stretch);
    for (qsizetype start = 0; start < text.size(); start += Stretch) {
        const QStringView stretch = text.mid(start, Stretch);
        qsizetype count = 0;
        for (const QChar c : stretch)
            count += isControl(c.unicode());
        if (count * 20 > window)
            return true;
    }
    return false;
}

TextDecoder::Result TextDecoder::decodeAs(const QByteArray &data, const QByteArray &label)
{
    Result result;
    if (!tryDecode(data, label, result))
        result = Result();
    return result;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &data, bool isHtml)
{
    Result result;
    // 1. A byte-order mark names the encoding; what follows it must still be text.
    if (const auto bom = QStringConverter::encodingForData(data); bom.has_value()) {
        if (*bom != QStringConverter::Utf8)
            return decodeWide(data, *bom);
        result.encoding = u"UTF-8"_s;
        if (data.contains('\0')) {
            result.binary = true;
            return result;
        }
        result.text = QString::fromUtf8(data.mid(3));
        const Utf8Evidence evidence = utf8Evidence(data, result.text);
        if (!evidence.isUtf8()) {
            // Mostly stray bytes: random data behind the mark; a few: text in another encoding.
            result.binary = evidence.stray * 10 > data.size();
            result.invalid = !result.binary;
            result.text.clear();
            return result;
        }
        result.ok = true;
        return result;
    }
    // 2. UTF-16/32 without a byte-order mark.
    if (const auto wide = wideEncodingWithoutBom(data))
        return decodeWide(data, *wide);
    // 3. No text in an 8-bit encoding holds a NUL byte, anywhere in the file.
    if (data.contains('\0')) {
        result.binary = true;
        return result;
    }
    // 4. UTF-8 (pure ASCII included), its stray bytes replaced when valid sequences outnumber them.
    QString utf8 = QString::fromUtf8(data);
    if (utf8Evidence(data, utf8).isUtf8()) {
        result.text = std::move(utf8);
        result.encoding = u"UTF-8"_s;
        result.ok = true;
        return result;
    }
    utf8.clear();
    // 5. What the document declares (a wrong "utf-8" declaration was just disproved). A document read as
    // bytes cannot be UTF-16, so such a declaration means UTF-8 too, as in browsers.
    if (isHtml) {
        QByteArray declared = canonicalLabel(declaredHtmlCharset(data));
        if (isWideLabel(declared))
            declared = "utf-8";
        if (!declared.isEmpty() && declared != "utf-8" && tryDecode(data, declared, result))
            return result;
    }
    // 6. A detector.
    if (uchardet_t detector = uchardet_new()) {
        QByteArray guess;
        if (uchardet_handle_data(
                detector, data.constData(), size_t(std::min<qsizetype>(data.size(), 1 << 20)))
            == 0) {
            uchardet_data_end(detector);
            guess = uchardet_get_charset(detector);
        }
        uchardet_delete(detector);
        const QByteArray label = canonicalLabel(guess);
        if (!label.isEmpty() && label != "utf-8" && tryDecode(data, label, result)) {
            if (!label.startsWith("utf-16") && !label.startsWith("utf-32"))
                return result;
            if (!decodedLooksBinary(result.text))
                return result;
            result = Result();
        }
    }
    // 7. windows-1252 decodes any byte sequence.
    tryDecode(data, "windows-1252", result);
    return result;
}

} // namespace Parallax
