// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "load/extractedtext.h"

#include <QByteArray>

#include <optional>

namespace Parallax {

// An e-mail (.eml, RFC 5322 with MIME): Subject is the headline, Date the date, From the sender; the
// article is the first text/plain part (else text/html) that is no attachment, in nested multiparts too.
// Quoted replies ("> " lines and the "On ... wrote:" line before them) and the signature after "-- " are
// marked boilerplate.
class EmailMessage
{
public:
    // A header block at the start with at least two of From, Date, Subject, To, Message-ID, MIME-Version.
    static bool looksLikeEmail(const QByteArray &data);
    // *source: the whole message as text; *encoding: the chosen part's charset.
    static std::optional<ExtractedText> extract(
        const QByteArray &data, QString *source, QString *encoding, LoadError *error);
    // "=?utf-8?Q?Caf=C3=A9?=" -> "Café" (RFC 2047 encoded words in a header).
    static QString decodeHeader(const QByteArray &value);
};

} // namespace Parallax
