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

// The members of one object as Qt's indented writer writes them, the object standing `depth` levels deep:
// each call begins a member's line ("key": value) after a comma for all but the first. The caller writes
// the braces, and the value itself after key().
class JsonMembers
{
public:
    JsonMembers(QByteArray &out, int depth)
        : m_out(out)
        , m_indent(4 * (depth + 1), ' ')
    { }
    JsonMembers &number(const char *key, qint64 value)
    {
        appendJsonNumber(this->key(key), value);
        return *this;
    }
    JsonMembers &string(const char *key, QStringView value)
    {
        appendJsonString(this->key(key), value);
        return *this;
    }
    JsonMembers &literal(const char *key, const char *text)
    {
        this->key(key) += text;
        return *this;
    }
    // Begins a member's line; returns the text to append its value to.
    QByteArray &key(const char *key)
    {
        m_out += m_first ? "\n" : ",\n";
        m_first = false;
        m_out += m_indent;
        m_out += '"';
        m_out += key;
        m_out += "\": ";
        return m_out;
    }

private:
    QByteArray &m_out;
    const QByteArray m_indent;
    bool m_first = true;
};

} // namespace Parallax::Internal
