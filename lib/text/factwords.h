// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Parallax {

// Word classes that carry the facts of a sentence beyond numbers, dates and names: modality and hedging,
// attribution, polarity, and the discourse words that carry none. English, German and French. Arguments
// are lower case with straight apostrophes, like the other WordLists.
namespace WordLists {

enum class Modality { None, Possibility, Hearsay, Obligation, Certainty };

// "may", "could", "vielleicht", "peut-être" -> Possibility; "reportedly", "allegedly", "angeblich",
// "aurait" -> Hearsay; "must", "muss", "doit" -> Obligation; "definitely", "confirmed" -> Certainty.
Modality modalityOf(QStringView word);
// "according" (to), "laut", "zufolge", "selon": a source named for what follows.
bool isSourceMarker(QStringView word);
// A reporting verb that only reports: say, state, tell, add, note, explain, announce; sagen, erklären;
// dire, déclarer. Replacing one by another keeps the facts.
bool isNeutralReportingVerb(QStringView word);
// A reporting verb that takes a stance on what it reports: claim, admit, concede, insist, allege, argue,
// warn, confirm; behaupten, einräumen; affirmer, admettre, reconnaître.
bool isStanceReportingVerb(QStringView word);
// A verb of negative polarity, which negates what follows: refuse, deny, decline, reject, rebuff;
// ablehnen, verweigern, bestreiten; refuser, nier, rejeter.
bool isNegativeVerb(QStringView word);
// Connectives, intensifiers and sentence adverbs that add no fact: additionally, furthermore, indeed,
// very, particularly; zusätzlich, sogar, besonders; également, notamment, vraiment.
bool isDiscourseWord(QStringView word);

} // namespace WordLists

} // namespace Parallax
