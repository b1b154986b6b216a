# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile contents of the classes the first corpus left out, as an attacker would try them: inputs just
under and just over the loader's limits, every sentence moved, thousands of changed quotations, invisible and
pathological whitespace, nesting that Markdown and HTML parsers recurse on, huge attribute values, and many
related versions (helpers in cases.py)."""

import random

from cases import CASES, EITHER, FAILS, MARKER, THIRD, Case, add, goods, html_page, write

MAX_SENTENCES = 3000  # LoadError::MaxSentences
MAX_CHARACTERS = 1_000_000  # LoadError::MaxCharacters

NOUNS = ["ferry", "harbour", "pier", "storm", "council", "engineer", "timetable", "vessel", "quay", "captain",
         "passenger", "repair", "budget", "bridge", "tide", "crew", "route", "island", "board", "inspector"]
VERBS = ["inspected", "delayed", "approved", "repaired", "closed", "announced", "funded", "questioned",
         "praised", "reopened"]


def prose(rng, words):
    """A sentence of ordinary shape from our own small vocabulary."""
    out = []
    for i in range(words):
        out.append(rng.choice(VERBS) if i % 4 == 2 else rng.choice(NOUNS))
    return "The " + " ".join(out) + "."


# --- Limits: just under holds the budget, just over is a clear refusal -----------------------------------


def near_limits(folder):
    # Two related versions with MAX_SENTENCES - 10 sentences and nearly MAX_CHARACTERS characters each,
    # every tenth sentence reworded: the largest comparison the loader admits must still fit the budget.
    rng = random.Random(61)
    count = MAX_SENTENCES - 10
    words = max(4, (MAX_CHARACTERS - 20_000) // count // 8)
    first = [prose(rng, words) for _ in range(count)]
    second = [s if i % 10 else prose(rng, words) for i, s in enumerate(first)]
    a = write(folder, "limits-a.txt", "\n".join(first) + "\n")
    b = write(folder, "limits-b.txt", "\n".join(second) + "\n")
    return {"paths": goods(folder) + [a, b], "hostile": [a, b]}


CASES.append(Case("limits-just-under-both-related", EITHER, near_limits))


def distinct_words(folder):
    # One version just under the limits whose every word is new (random letters): each distinct word costs
    # its dictionary look-ups once, so a vocabulary of 140,000 words weighs on the budget however it aligns.
    rng = random.Random(64)
    count = MAX_SENTENCES - 10
    words = max(4, (MAX_CHARACTERS - 20_000) // count // 7)
    lines = [" ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) for _ in range(words))
             .capitalize() + "." for _ in range(count)]
    a = write(folder, "words-a.txt", "\n".join(lines) + "\n")
    return {"paths": goods(folder) + [a], "hostile": [a]}


CASES.append(Case("limits-just-under-distinct-words", EITHER, distinct_words))
add("limits-one-sentence-over", FAILS, lambda f: ("Ferry sails. " * (MAX_SENTENCES + 1)).encode())
add("limits-characters-over", FAILS,
    lambda f: ("\n".join([prose(random.Random(62), 300)] * (MAX_CHARACTERS // 2000)) + "\n").encode())
add("limits-tiny-sentences-flood", EITHER, b"A. " * 600_000)
add("limits-tiny-sentences-just-under", EITHER, b"A b. " * (MAX_SENTENCES - 1), "txt", None, True)


# --- Many moves: the second version is the first shuffled -----------------------------------------------


def shuffled(count, pdf_name, reworded=False):
    # With `reworded`, one word of each moved sentence is replaced: no sentence is found word for word, so
    # every move must come from comparing sentences, which a vocabulary this small makes all alike.
    def make(folder):
        rng = random.Random(count)
        sentences = [prose(rng, 9) for _ in range(count)]
        order = sentences[:]
        rng.shuffle(order)
        if reworded:
            order = [" ".join(w[:i] + [rng.choice(NOUNS)] + w[i + 1:]) + "."
                     for w, i in ((s[:-1].split(), rng.randrange(1, 10)) for s in order)]
        a = write(folder, f"{pdf_name}-a.txt", "\n\n".join(sentences) + "\n")
        b = write(folder, f"{pdf_name}-b.txt", "\n\n".join(order) + "\n")
        return {"paths": goods(folder) + [a, b], "hostile": [a, b]}

    return make


CASES.append(Case("moves-every-sentence-1500", EITHER, shuffled(1500, "moves1500"), pdf=True))
CASES.append(Case("moves-every-sentence-2990", EITHER, shuffled(2990, "moves2990")))
CASES.append(Case("moves-every-sentence-reworded-2990", EITHER, shuffled(2990, "reworded2990", True)))


# --- Quotations: thousands, each changed --------------------------------------------------------------


def quote_variants(folder):
    rng = random.Random(63)
    quotes = [prose(rng, 8)[:-1] for _ in range(2500)]
    a = write(folder, "quotes-a.txt", "\n".join(f'"{q}," said Mara Lindqvist.' for q in quotes) + "\n")
    b = write(folder, "quotes-b.txt",
              "\n".join(f'\u201c{q.replace("ferry", "boat", 1)},\u201d Lindqvist said.' for q in quotes) + "\n")
    return {"paths": goods(folder) + [a, b], "hostile": [a, b]}


CASES.append(Case("quotes-2500-changed", EITHER, quote_variants, pdf=True))
add("quotes-nested-10k", EITHER, ('"\u201c\u2018\u00ab' * 10_000 + "ferry" + '\u00bb\u2019\u201d"' * 10_000).encode())
add("quotes-unbalanced-guillemets", EITHER, ("\u00ab Ferry \u00ab returns " * 50_000).encode())


# --- Invisible and pathological whitespace -------------------------------------------------------------

add("ws-mixed-unicode-only", FAILS, ("\u00a0\u2028\u2029\u3000\u200b\u2060\ufeff\t \u000b\u000c\u0085" * 50_000).encode())
add("ws-zero-width-between-letters", EITHER, "\u200b".join(THIRD).encode())
add("ws-nbsp-joined-1mb", EITHER, ("\u00a0".join(["ferry"] * 170_000) + ".").encode())
add("ws-crlf-flood-between-words", EITHER, ("Ferry" + "\r" * 1_000 + "returns. ") .encode() * 1_000)
add("ws-combining-on-one-letter", EITHER, ("Z" + "\u0301" * 500_000 + "urich. " + THIRD).encode())
add("ws-bidi-embedding-flood", EITHER, ("\u202a\u202b\u202d\u202e" * 100_000 + THIRD + "\u202c" * 10).encode(), "txt")
add("ws-tag-characters", EITHER, (THIRD + "".join(chr(0xE0020 + i % 90) for i in range(10_000)) + " Ends.").encode(),
    "txt", MARKER)


# --- Nesting that parsers recurse on -------------------------------------------------------------------

md = "# Ferry returns\n\n" + "\n\n".join(line for line in THIRD.splitlines()[1:] if line.strip()) + "\n"
add("md-nested-emphasis", EITHER, ("*_" * 50_000 + "ferry" + "_*" * 50_000 + "\n\n" + md).encode(), "md")
add("md-quote-list-alternating", EITHER, ("".join("> " * (i % 200) + "- x\n" for i in range(20_000)) + "\n" + md).encode(), "md")
add("md-link-in-link-nesting", EITHER, ("[a[b[c](d)](e)](f) " * 30_000 + "\n\n" + md).encode(), "md")
add("md-reference-definition-1mb", EITHER, ("[r]: <" + "u" * 1_000_000 + ">\n\n[r] " + md).encode(), "md")
add("md-html-inline-flood", EITHER, ("<span>" * 100_000 + "\n\n" + md).encode(), "md")
add("html-huge-attribute-values", EITHER,
    html_page("<p " + " ".join(f'a{i}="' + "v" * 1_500_000 + '"' for i in range(8)) + ">Ferry returns.</p>").encode(), "html")
add("html-data-uri-10mb", EITHER,
    html_page('<img src="data:image/png;base64,' + "A" * 10_000_000 + '"><p>Ferry returns today.</p>').encode(), "html")
add("html-nested-inline-100k", EITHER, html_page("<span><em>" * 50_000 + "Ferry returns." + "</em></span>" * 50_000).encode(), "html")
add("html-100k-br", EITHER, html_page("<p>" + "Ferry<br>" * 100_000 + "</p>").encode(), "html")
add("html-attribute-entity-flood", EITHER, html_page('<p title="' + "&amp;" * 400_000 + '">Ferry.</p>').encode(), "html")


# --- Many related versions -----------------------------------------------------------------------------


def related_versions(count):
    def make(folder):
        rng = random.Random(count)
        base = [prose(rng, 10) for _ in range(40)]
        paths = []
        for v in range(count):
            text = [s if (i + v) % 7 else prose(rng, 10) for i, s in enumerate(base)]
            paths.append(write(folder, f"related-{v:03}.txt", "\n\n".join(text) + "\n"))
        return {"paths": goods(folder) + paths, "hostile": paths}

    return make


CASES.append(Case("versions-200-related", EITHER, related_versions(200)))
CASES.append(Case("versions-40-related-pdf", EITHER, related_versions(40), pdf=True))
