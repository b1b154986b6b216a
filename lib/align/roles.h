// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

namespace Parallax {

// Recognises the top of a story in one version and sets Sentence::role: the headline (the first heading,
// or in plain text the first short line without final punctuation), the standfirst under it, bylines
// ("By ...", or a line of names only), datelines (a short line giving a date or time of publication, or
// "PLACE (AGENCY) —" on a line of its own) and the lede (the first paragraph of running text). Every
// other sentence is Body. Only the blocks before the lede are looked at, so a sub-heading or a name
// further down is never taken for a headline or a byline.
void assignRoles(Version &version);

// True for the roles that stand above the story (headline, standfirst, byline, dateline): each outlet
// writes them in its own words, so they align with the same role only.
bool isHeaderRole(SentenceRole role);

// A heading inside the body ("## What was taken" in Markdown, an <h2> in a page, in plain text a short line
// without a final stop between paragraphs): a label for the paragraphs under it, not a statement, so it
// aligns with sub-headings only, never with the body sentences whose words it shares.
bool isSubheading(const Sentence &sentence);

} // namespace Parallax
