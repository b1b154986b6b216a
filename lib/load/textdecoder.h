// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Parallax {

// Turns a file's bytes into text the way browsers do: a byte-order mark, then strict UTF-8, then the
// charset the document declares (HTML meta), then a statistical detector (uchardet), then windows-1252.
// iso-8859-1, latin1 and us-ascii labels mean windows-1252, as in the WHATWG Encoding Standard.
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
    };

    static Result decode(const QByteArray &data, bool isHtml);
    // The data in one named encoding (a label as charset= writes it); not ok when it does not decode.
    static Result decodeAs(const QByteArray &data, const QByteArray &label);

    // The encoding an HTML document declares in its first 1024 bytes (<meta charset> or http-equiv), or
    // empty.
    static QByteArray declaredHtmlCharset(const QByteArray &data);
    static QByteArray canonicalLabel(const QByteArray &label);
};

} // namespace Parallax
