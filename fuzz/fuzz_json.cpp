// SPDX-License-Identifier: GPL-3.0-or-later
// The whole pipeline and the JSON writer: up to three versions (the input split at 0x1E; each part's first
// byte picks its format), compared, written as the JSON report, and the report read back strictly:
// valid UTF-8, parseable, no unpaired surrogate escape (strict parsers reject "\ud800"), every version in it.
#include "fuzzinput.h"

#include "compare/comparator.h"
#include "report/jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The code unit a \uXXXX escape at `at` stands for, or -1.
int escapedUnit(const QByteArray &json, qsizetype at)
{
    if (at + 6 > json.size() || json.at(at) != '\\' || json.at(at + 1) != 'u')
        return -1;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        if (!isHex(json.at(i)))
            return -1;
    }
    return json.mid(at + 2, 4).toInt(nullptr, 16);
}

// Every \uD800-\uDBFF escape followed by a \uDC00-\uDFFF one, and no low one alone.
bool surrogateEscapesPaired(const QByteArray &json)
{
    for (qsizetype i = 0; i + 1 < json.size(); ++i) {
        if (json.at(i) != '\\')
            continue;
        if (json.at(i + 1) != 'u') {
            ++i; // an escaped character: "\\" must not start an escape
            continue;
        }
        const int unit = escapedUnit(json, i);
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return false;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int next = escapedUnit(json, i + 6);
            if (next < 0xDC00 || next > 0xDFFF)
                return false;
            i += 11;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<Version> versions;
    const QList<QByteArray> parts = Fuzz::splitVersions(Fuzz::bytesOf(data, size), 3);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray &part = parts.at(i);
        if (part.isEmpty())
            continue;
        const int selector = uchar(part.at(0)) % 3;
        const TextFormat format = selector == 0 ? TextFormat::PlainText
            : selector == 1                     ? TextFormat::Markdown
                                                : TextFormat::Html;
        versions.append(Fuzz::loadVersions({ part.mid(1) }, format));
    }
    if (versions.size() < 2)
        return 0;
    const qsizetype count = versions.size();
    const Comparison comparison = compareVersions(std::move(versions));
    const QByteArray json = JsonReport::toJson(comparison);

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(json);
    Fuzz::check(!utf8.hasError() && decoded.toUtf8() == json, "the report is valid UTF-8");
    Fuzz::check(surrogateEscapesPaired(json), "the report has no unpaired surrogate escape");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    Fuzz::check(error.error == QJsonParseError::NoError && document.isObject(), "the report parses");
    Fuzz::check(
        document.object().value(u"versions"_s).toArray().size() == count, "every version is reported");
    return 0;
}
