// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/pdftext.h"

#include <QByteArray>

namespace Parallax::PdfReader {

// The PDF's text lines through Poppler, in this process: its words joined into lines (a gap wider than
// twice the line's height, the gutter between columns, cuts a line), ligatures spelled out, and its
// metadata. A PDF of more than LoadError::MaxPdfPages pages is refused before its pages are read; reading
// stops at more than LoadError::MaxPdfLines lines or LoadError::MaxCharacters characters. No limit on
// Poppler's time or memory: the parallax-pdftext helper runs this under limits (PdfDocument::setHelper); the
// fuzz targets and unit tests run it directly.
PdfText read(const QByteArray &data);

} // namespace Parallax::PdfReader
