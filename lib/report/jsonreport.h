// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/note.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>

namespace Parallax {

// The JSON report of a comparison (schema: docs/report-schema.md).
class JsonReport
{
public:
    static QByteArray toJson(const Comparison &comparison);
    // With the reader's notes, placed in the comparison (a `notes` array; without notes there is none).
    static QByteArray toJson(const Comparison &comparison, const QList<Note> &notes);
    // The same text written to a device as it is made, a megabyte at a time: a hundred long versions make
    // a report of some 80 MB, which then never stands whole in memory. False when the device fails.
    static bool write(const Comparison &comparison, const QList<Note> &notes, QIODevice &device);
    // One note as the report writes it (also the session's notes in the window's JSON export).
    static QJsonObject noteObject(const Note &note);
};

} // namespace Parallax
