// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/textdecoder.h"

#include <QStringDecoder>

#include <uchardet.h>

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

bool isValidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder.decode(data);
    return !decoder.hasError();
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
    const QByteArray head = data.left(1024).toLower();
    qsizetype pos = 0;
    while ((pos = head.indexOf("charset", pos)) >= 0) {
        pos += 7;
        while (pos < head.size() && (head.at(pos) == ' ' || head.at(pos) == '='))
            ++pos;
        if (pos < head.size() && (head.at(pos) == '"' || head.at(pos) == '\''))
            ++pos;
        qsizetype end = pos;
        while (end < head.size()
            && (std::isalnum(uchar(head.at(end))) || head.at(end) == '-' || head.at(end) == '_'
                || head.at(end) == ':' || head.at(end) == '.'))
            ++end;
        if (end > pos)
            return head.mid(pos, end - pos);
    }
    return {};
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
    // 1. Byte-order mark.
    if (auto bom = QStringConverter::encodingForData(data); bom.has_value()) {
        const auto encoding = bom.value_or(QStringConverter::Utf8);
        QStringDecoder decoder(encoding);
        result.text = decoder.decode(data);
        if (!result.text.isEmpty() && result.text.at(0) == QChar(0xFEFF))
            result.text.remove(0, 1);
        result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
        result.ok = !decoder.hasError();
        result.invalid = !result.ok;
        return result;
    }
    // 2. Strict UTF-8 (pure ASCII included).
    if (isValidUtf8(data)) {
        result.text = QString::fromUtf8(data);
        result.encoding = u"UTF-8"_s;
        result.ok = true;
        return result;
    }
    // 3. What the document declares (a wrong "utf-8" declaration was just disproved).
    if (isHtml) {
        const QByteArray declared = declaredHtmlCharset(data);
        if (!declared.isEmpty() && canonicalLabel(declared) != "utf-8" && tryDecode(data, declared, result))
            return result;
    }
    // 4. A detector.
    if (uchardet_t detector = uchardet_new()) {
        QByteArray guess;
        if (uchardet_handle_data(
                detector, data.constData(), size_t(std::min<qsizetype>(data.size(), 1 << 20)))
            == 0) {
            uchardet_data_end(detector);
            guess = uchardet_get_charset(detector);
        }
        uchardet_delete(detector);
        if (!guess.isEmpty() && canonicalLabel(guess) != "utf-8" && tryDecode(data, guess, result))
            return result;
    }
    // 5. windows-1252 decodes any byte sequence.
    tryDecode(data, "windows-1252", result);
    return result;
}

} // namespace Parallax
