// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the libFuzzer targets share: turning one fuzz input into several versions, and checks that stop
// the run (a finding) when a documented property of the engine does not hold.

#include "core/comparison.h"
#include "load/articleloader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Parallax::Fuzz {

// Separates the versions in one input: the ASCII record separator, which no seed text contains.
constexpr char VersionSeparator = '\x1e';

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The parts of an input between separators, at most maxParts (the last keeps any further separators).
inline QList<QByteArray> splitVersions(const QByteArray &input, int maxParts)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < maxParts - 1) {
        const qsizetype at = input.indexOf(VersionSeparator, from);
        if (at < 0)
            break;
        parts.append(input.mid(from, at - from));
        from = at + 1;
    }
    parts.append(input.mid(from));
    return parts;
}

// A finding: says which property broke and aborts, so that libFuzzer saves the input.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "parallax fuzz: property broken: %s\n", what);
    std::abort();
}

inline void check(bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

// No offset may split a surrogate pair: a report would then hold half a character.
inline bool splitsSurrogatePair(const QString &text, qsizetype offset)
{
    return offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate()
        && text.at(offset).isLowSurrogate();
}

// Text with no unpaired surrogate (what strict UTF-8 or JSON readers require).
inline bool isValidUtf16(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// What the loader promises of every version it returns (core/comparison.h): sentences in order, inside
// the text, not empty, never cutting a character in two.
inline void checkVersion(const Version &v)
{
    check(!v.sentences.isEmpty(), "a loaded version has sentences");
    check(isValidUtf16(v.text), "the extracted text is valid UTF-16");
    check(isValidUtf16(v.name) && isValidUtf16(v.title), "the name and title are valid UTF-16");
    qsizetype previousEnd = 0;
    int previousBlock = 0;
    for (const Sentence &s : v.sentences) {
        check(s.start >= previousEnd && s.start < s.end && s.end <= v.text.size(),
            "sentences are non-empty, in order and inside the text");
        check(!splitsSurrogatePair(v.text, s.start) && !splitsSurrogatePair(v.text, s.end),
            "a sentence boundary does not split a surrogate pair");
        check(s.block >= previousBlock, "sentences' blocks are in order");
        previousEnd = s.end;
        previousBlock = s.block;
    }
}

// Loads each part as a version of the given format; parts that do not load are left out.
inline QList<Version> loadVersions(const QList<QByteArray> &parts, TextFormat format)
{
    QList<Version> versions;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        LoadError error;
        std::optional<Version> v = ArticleLoader::loadData(
            parts.at(i), format, QStringLiteral("v%1").arg(i), &error, QStringLiteral("/fuzz/v%1").arg(i));
        if (!v)
            continue;
        checkVersion(*v);
        versions.append(std::move(*v));
    }
    return versions;
}

} // namespace Parallax::Fuzz
