// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/jsontext_p.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <utility>

namespace Parallax::Internal {

namespace {

// The characters JSON escapes by a letter (or themselves); Qt writes the other control characters as
// \u00xx, with lowercase digits.
constexpr std::pair<char, char> ShortEscapes[] = { { '"', '"' }, { '\\', '\\' }, { '\b', 'b' }, { '\f', 'f' },
    { '\n', 'n' }, { '\r', 'r' }, { '\t', 't' } };

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

} // namespace

qsizetype firstLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

QString wellFormed(const QString &text)
{
    qsizetype i = firstLoneSurrogate(text);
    if (i < 0)
        return text;
    QString out = text;
    for (; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    // In UTF-8 every byte of a character beyond ASCII is 0x80 or more: only ASCII bytes are escaped, and
    // the runs between them are copied whole.
    const QByteArray bytes
        = firstLoneSurrogate(text) < 0 ? text.toUtf8() : wellFormed(text.toString()).toUtf8();
    out += '"';
    const char *run = bytes.constData();
    const char *const end = run + bytes.size();
    for (const char *p = run; p != end; ++p) {
        const auto u = uchar(*p);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        const auto named = std::find_if(std::begin(ShortEscapes), std::end(ShortEscapes),
            [u](const std::pair<char, char> &e) { return uchar(e.first) == u; });
        if (named != std::end(ShortEscapes)) {
            const char escaped[] = { '\\', named->second };
            out.append(escaped, sizeof escaped);
        } else {
            const char escaped[] = { '\\', 'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf) };
            out.append(escaped, sizeof escaped);
        }
    }
    out.append(run, end - run);
    out += '"';
}

void appendJsonNumber(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

} // namespace Parallax::Internal
