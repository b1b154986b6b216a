// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Parallax {

// Turns a file's bytes into text the way browsers do, with the evidence of the bytes first: a byte-order
// mark, UTF-16/32 without one (ASCII text leaves NUL bytes on one side of each unit), then UTF-8 when
// valid multi-byte sequences outnumber the stray bytes (which become U+FFFD), then the charset an HTML
// document declares in a <meta> tag (a UTF-16 declaration in a document read as bytes means UTF-8), then a
// statistical detector (uchardet), then windows-1252. iso-8859-1, latin1 and us-ascii labels mean
// windows-1252, as in the WHATWG Encoding Standard. Bytes that are no text anywhere in the file (NUL bytes
// in an 8-bit encoding; after a byte-order mark or in UTF-16/32, a stretch of private-use, unassigned or
// undecodable characters) make it binary.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // the name of the encoding used
        bool ok = false;
        bool invalid
            = false; // not ok because the data is not valid in `encoding` (named by a byte-order mark)
        bool binary = false; // not ok because the data is not text
    };

    static Result decode(const QByteArray &data, bool isHtml);
    // The data in one named encoding (a label as charset= writes it); not ok when it does not decode.
    static Result decodeAs(const QByteArray &data, const QByteArray &label);

    // The encoding an HTML document declares in a <meta> tag in its first 1024 bytes (charset or
    // http-equiv), as written, or empty.
    static QByteArray declaredHtmlCharset(const QByteArray &data);
    // Whether some stretch of the text (4096 UTF-16 units) is more than 5 % control characters other than
    // tab, line and page breaks: terminal output, a binary format, not an article.
    static bool hasControlCharacterStretch(QStringView text);
    static QByteArray canonicalLabel(const QByteArray &label);
    // Whether a (canonical) label names UTF-16 or UTF-32: a declaration a document read as bytes cannot
    // mean, so browsers read such a document as UTF-8.
    static bool isWideLabel(const QByteArray &label);
};

} // namespace Parallax
