// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace Parallax::Mime {

// The headers of a MIME message or part (RFC 2045, 5322), as MHTML files and e-mails write them.
struct Headers
{
    QByteArray contentType; // lower-cased media type, e.g. "text/html"
    QByteArray boundary;
    QByteArray charset;
    QByteArray transferEncoding; // lower-cased
    bool attachment = false; // Content-Disposition: attachment
    QList<std::pair<QByteArray, QByteArray>> fields; // every header: lower-cased name, value (unfolded)

    QByteArray field(const QByteArray &name) const;
};

// Reads the header block that starts at pos (folded lines joined); pos ends after the blank line. Nullopt
// past 1000 header lines.
std::optional<Headers> readHeaders(const QByteArray &data, qsizetype &pos);
// The next delimiter line ("--" + boundary) at or after from that begins a line; -1 when there is none.
qsizetype findDelimiter(const QByteArray &data, const QByteArray &delimiter, qsizetype from);
// The body undone from its Content-Transfer-Encoding (quoted-printable, base64; others as they are).
QByteArray decodeTransfer(const QByteArray &body, const QByteArray &transferEncoding);

} // namespace Parallax::Mime
