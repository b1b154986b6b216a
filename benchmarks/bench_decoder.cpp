// SPDX-License-Identifier: GPL-3.0-or-later
// TextDecoder on 15 MB inputs (just under the loader's 16 MB limit): every byte is looked at now (binary
// anywhere in the file, UTF-8 by the share of valid sequences), so this shows what that costs.
#include "load/textdecoder.h"

#include <QElapsedTimer>
#include <QStringEncoder>

#include <cstdio>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype Size = 15 * 1024 * 1024;

const QString paragraph
    = u"Die Stadt Z\u00fcrich er\u00f6ffnet im M\u00e4rz eine neue Br\u00fccke \u00fcber die "
      u"Limmat. Die Kosten betrugen 12 Millionen Franken, sagte die Stadtr\u00e4tin.\n\n"_s;

QByteArray repeated(const QByteArray &unit)
{
    QByteArray out;
    out.reserve(Size + unit.size());
    while (out.size() < Size)
        out += unit;
    return out;
}

void measure(const char *what, const QByteArray &data, bool isHtml = false)
{
    constexpr int runs = 3;
    qint64 best = -1;
    TextDecoder::Result r;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        r = TextDecoder::decode(data, isHtml);
        if (r.ok)
            TextDecoder::hasControlCharacterStretch(r.text);
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
    }
    std::printf("%-42s %6.1f MB %6lld ms %7.0f MB/s  -> %s%s\n", what, data.size() / 1048576.0,
        static_cast<long long>(best), best > 0 ? data.size() / 1048576.0 / (best / 1000.0) : 0.0,
        qPrintable(r.encoding), r.binary ? " (binary)" : (r.ok ? "" : " (refused)"));
}

} // namespace

int main()
{
    const QByteArray utf8 = repeated(paragraph.toUtf8());
    // The floor: Qt's UTF-8 decoder alone, which any reading of the file pays.
    qint64 floor = -1;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString text = QString::fromUtf8(utf8);
        const qint64 ms = timer.elapsed();
        floor = floor < 0 || ms < floor ? ms : floor;
    }
    std::printf("%-42s %6.1f MB %6lld ms\n", "QString::fromUtf8 alone (the floor)", utf8.size() / 1048576.0,
        static_cast<long long>(floor));
    measure("UTF-8", utf8);
    QByteArray stray = utf8;
    stray[Size / 2] = char(0xFF);
    measure("UTF-8 with one stray byte", stray);
    QStringEncoder latin1(QStringEncoder::Latin1);
    measure("windows-1252 (detector)", repeated(latin1.encode(paragraph)));
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    measure("UTF-16LE without a byte-order mark", repeated(utf16.encode(paragraph)).left(Size));
    QByteArray late = utf8;
    late.replace(Size - 100, 8, QByteArray("\0\x01\x02\0\0\x03\0\0", 8));
    measure("UTF-8, NUL bytes near the end", late);
    return 0;
}
