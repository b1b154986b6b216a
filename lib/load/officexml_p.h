// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/extractedtext.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Parallax::OfficeXml {

// Why a part could not be read.
enum class Failure { None, Invalid, Entities };

// The document properties both formats keep beside the text (docProps/core.xml, meta.xml).
struct Properties
{
    QString title;
    QString creator;
    QString created;
    QString modified;
};

// The kind of block each paragraph style of a Word document stands for (styles.xml): headings by name or
// outline level, list, quotation and caption styles.
QHash<QString, BlockKind> wordStyles(const QByteArray &xml, Failure *failure);

// The body of word/document.xml as blocks, tracked changes accepted (insertions kept, deletions and the
// text moved away dropped, old formatting ignored). Headers, footers, comments and notes live in other
// parts and are never read; field instructions and fallback copies of drawings are skipped.
Failure readWordBody(const QByteArray &xml, const QHash<QString, BlockKind> &styles, ExtractedText &out);

// The body of an OpenDocument content.xml as blocks, tracked changes accepted (the deleted text kept in
// text:tracked-changes is skipped), annotations, notes and generated indexes left out.
Failure readOpenDocumentBody(const QByteArray &xml, ExtractedText &out);

Properties readProperties(const QByteArray &xml);

// The XML laid out one element a line for the source panel (Word writes the whole body on one line).
QString indented(const QByteArray &xml);

} // namespace Parallax::OfficeXml
