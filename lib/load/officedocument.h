// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "load/extractedtext.h"

#include <QByteArray>

#include <optional>

namespace Parallax {

// Word (.docx, Office Open XML) and OpenDocument text (.odt): a ZIP archive (read with KArchive) whose
// main XML part holds the text. The archive's directory is checked before anything is inflated (entry
// count, declared sizes), and each part is read up to a bound whatever its header claims, so a zip bomb
// is refused; XML that declares entities is refused before any is expanded.
class OfficeDocument
{
public:
    static constexpr qint64 MaxEntries = 10'000;
    static constexpr qint64 MaxUnpackedSize = qint64(1) << 30; // all parts together, as declared
    static constexpr qint64 MaxPartSize = 64 * 1024 * 1024; // one XML part, as inflated

    // A ZIP archive's local header, or the compound file an encrypted Word document is wrapped in.
    static bool looksLikeZip(const QByteArray &data);
    static bool looksLikeEncryptedOffice(const QByteArray &data);

    // The text of a DOCX or ODT archive; *format is set from the parts found (the file name's suffix only
    // names the format in messages while the archive is unreadable). *source: the main XML part laid out
    // for reading.
    static std::optional<ExtractedText> extract(
        const QByteArray &data, TextFormat *format, QString *source, LoadError *error);
};

} // namespace Parallax
