// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Values of the JSON report written straight into its text, byte for byte as Qt's writer
// (QJsonDocument::toJson) writes them (private to lib/report): the large parts of a report (rows, the
// versions' sentences) are written so, without a QJsonObject a row or a sentence.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Parallax::Internal {

// Where the text's first lone surrogate stands (a unit of a pair without its other half), -1 for none: text
// cut inside a pair, or a file name kept as bytes, can hold one, which is no character; JSON would carry it
// as "\ud800", which strict parsers reject.
qsizetype firstLoneSurrogate(QStringView text);
// The text with each lone surrogate replaced by U+FFFD (one unit for one, so that offsets into the text
// stay right); the text itself, not copied, where it has none.
QString wellFormed(const QString &text);

// A string value, quoted: UTF-8, with '"', '\' and the control characters escaped as Qt escapes them
// (\b \f \n \r \t, the others as \u00xx), a lone surrogate as U+FFFD.
void appendJsonString(QByteArray &out, QStringView text);

// An integer, in decimal.
void appendJsonNumber(QByteArray &out, qint64 value);

} // namespace Parallax::Internal
