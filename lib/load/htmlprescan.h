// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Parallax {

// Quick byte-level passes over a page before it is parsed.
namespace HtmlPrescan {

// The page with the contents of <script>, <style> and <svg> elements left out (their tags stay): none of it
// is text, and on news pages it is often most of the bytes, which the HTML parser would otherwise read
// character by character. JSON-LD scripts (application/ld+json) are kept: they carry the metadata. Start
// tags lose the attributes no one reads (src, srcset, style, data-*, ...), for the same reason; comments are
// passed over as written.
QByteArray withoutScriptBodies(const QByteArray &html);

// The deepest nesting of open elements, estimated from the tags (void elements and self-closing tags do not
// nest).
int estimatedDepth(const QByteArray &html);

} // namespace HtmlPrescan

} // namespace Parallax
