// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/wordset.h"

// The word lists of speaker attribution: what is a name, a title, an organisation, a role.
namespace Parallax::Internal {

// Capitalised words that start a sentence or a phrase but never a name.
const WordSet &notNames();
// Capitalised titles in front of a person's name: they make the name a person's and are not part of it.
const WordSet &personTitles();
// Words that qualify a title ("Secretary of State", "Chinese President") and are stripped with it.
const WordSet &titleQualifiers();
// The last word of an organisation's or a place's name.
const WordSet &organisationWords();
// Lower-case nouns for a person's role: in front of a name they make it a person's; after "the" they
// stand for the person named before ("the president said").
const WordSet &roleNouns();
// Between a subject and its verb: "Blinken later said", "Xi has repeatedly stated".
const WordSet &verbModifiers();
const WordSet &pronouns();

} // namespace Parallax::Internal
