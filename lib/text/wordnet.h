// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Parallax {

// Read-only access to the English lexical database WordNet 3.0 (Princeton), through the C library
// Debian ships as libwordnet with its database in wordnet-base. Used to tell a synonym from an
// antonym or an unrelated word, and to reduce inflected forms to their lemma.
//
// The library keeps global state and static buffers, so every call goes through one lock; answers
// are cached per word, which makes repeated questions about one story cheap. Words are compared
// case-insensitively; words with letters outside ASCII are never in the database and get empty
// answers at once.
class WordNet
{
public:
    enum class Pos { Noun, Verb, Adjective, Adverb };

    static const WordNet &instance();

    // False where the database could not be opened: every question then has an empty answer.
    bool isAvailable() const;

    // Base forms of an inflected word that the database knows ("went" -> "go", "mice" -> "mouse");
    // the word itself when it is a lemma.
    QStringList lemmas(QStringView word, Pos pos) const;
    // The senses (synsets) of the word, lemmatised first; ids are unique across parts of speech.
    QList<quint32> synsets(QStringView word, Pos pos) const;
    // The senses of words derivationally related to a sense of this word ("sign" -> "signature",
    // "communicate" -> "communication") or that an adverb or adjective derives from ("militarily" ->
    // "military"): the word's own lexical pointers, not its synonyms'.
    QList<quint32> derivedSynsets(QStringView word, Pos pos) const;
    // synsets() and derivedSynsets() of the word in the four parts of speech (noun, verb, adjective,
    // adverb), one after the other, in one look-up: a story asks this of each of its distinct words.
    void senses(QStringView word, QList<quint32> *own, QList<quint32> *derived) const;
    // True when some sense of the two words is one synset, in any part of speech.
    bool areSynonyms(QStringView a, QStringView b) const;
    // True when a sense of one is marked as the antonym of a sense of the other (raise/lower).
    bool areAntonyms(QStringView a, QStringView b) const;
    // True when a sense of `general` is a hypernym of a sense of `specific` within `depth` steps
    // (vehicle/car, move/walk); nouns and verbs only.
    bool isHypernym(QStringView general, QStringView specific, int depth = 2) const;
    // The same, starting only from senses of `specific` that name a thing one can point at (a person, an
    // animal, a plant, an artifact, a natural object, a food or a substance): "weapon" / "gun", "people"
    // / "children", not "meeting" / "summit".
    bool isHypernymOfThing(QStringView general, QStringView specific, int depth = 2) const;
    // True when a sense of one points to a sense of the other as a near neighbour: an adjective
    // similar to the other (famous/known), a verb of its verb group, or a word derived from the
    // other (withdraw/withdrawal, American/America).
    bool areNeighbours(QStringView a, QStringView b) const;
    // True when a sense of each, in the part of speech, has the same direct hypernym: two kinds of one
    // thing or two ways of one action (prison/jail, insult/abuse).
    bool areSisters(QStringView a, QStringView b, Pos pos) const;

    ~WordNet();
    WordNet(const WordNet &) = delete;
    WordNet &operator=(const WordNet &) = delete;

private:
    WordNet();
    bool hypernymWalk(QStringView general, QStringView specific, int depth, bool thingsOnly) const;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
