// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Parallax::Corrections {

// What an editor's notice in an article announces. A revision that carries a new notice is an
// announced correction or update; one that changes facts without any is a stealth edit.
enum class Notice {
    None,
    Correction, // "Correction:", "An earlier version of this article misstated…", "Korrektur:", "Rectificatif
                // :"
    Update, // "Update:", "This story has been updated…", "Aktualisiert:", "Mise à jour :"
    EditorsNote, // "Editor's note:", "Anmerkung der Redaktion", "Note de la rédaction", "NDLR"
    // A time stamp, not a notice: "Updated 14:02 GMT", "Aktualisiert am 14.10.2026, 11:20 Uhr", "Mis à
    // jour le 14 octobre à 11h20". Pages rewrite it on every save, so a new one announces nothing.
    Stamp,
};

// The notice a sentence is, by the phrases editors use for them in English, German and French: a label
// that opens the sentence ("Correction:", "Update —") or a formula anywhere in it ("an earlier version
// of this article", "in einer früheren Fassung", "une version précédente de cet article"). A sentence
// that merely mentions a correction ("the minister demanded a correction") is none. A line that is only
// "updated" (or "published") and a date or time is a Stamp; with more words after the date ("Updated at
// 14:02 GMT with comment from the mayor") it is an Update.
Notice noticeOf(QStringView sentence);

// Stable ids for reports: "correction", "update", "editors-note", "update-stamp"; empty for None.
QString toString(Notice notice);

} // namespace Parallax::Corrections
