// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "load/extractedtext.h"

#include <QByteArray>

#include <optional>

namespace Parallax::DocumentFormats {

// The formats that are not text to decode but documents to take apart: Word, OpenDocument, PDF, e-mail.
bool isDocument(TextFormat format);
// A lower-case file name suffix's format; plain text for any other suffix.
TextFormat formatForSuffix(const QString &suffix);
// The format the bytes show (ZIP archive, PDF header, e-mail headers), else the one claimed by the name;
// a name claiming a document whose bytes are none is read as text.
TextFormat sniff(const QByteArray &data, TextFormat claimed);
// The document's text and metadata; *format may be refined (a ZIP archive is DOCX or ODT), *source is
// what the source panel shows, *encoding the text's encoding where the format has one.
std::optional<ExtractedText> extract(
    const QByteArray &data, TextFormat *format, QString *source, QString *encoding, LoadError *error);

} // namespace Parallax::DocumentFormats
