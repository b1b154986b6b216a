#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hard performance cases of issue 13 (hostile HTML, huge and many inputs, PDF layout) into a
# folder, one sub-folder per case, and prints one line per case: NAME MODE FILE... (MODE json or pdf).
# Every text is generated here: words from a small invented vocabulary, no corpus text.
#
# usage: bounds_cases.py OUTPUT_DIR [NAME_REGEX]
import os
import random
import re
import sys

out_dir = sys.argv[1]
only = re.compile(sys.argv[2]) if len(sys.argv) > 2 else None
rng = random.Random(13)

SYLLABLES = ["ka", "lo", "mer", "tin", "sa", "vo", "ril", "den", "pa", "qu", "est", "ron", "bel", "ma", "ti"]


def word():
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def sentence(words=12):
    s = " ".join(word() for _ in range(words))
    return s[0].upper() + s[1:] + "."


PAGE_HEAD = "<!doctype html><html><head><title>Bounds</title></head><body>"
PAGE_TAIL = "</body></html>"
PROSE = "<p>" + " ".join(sentence() for _ in range(4)) + "</p>"

cases = []


def case(name, mode, files):
    if only and not only.search(name):
        return
    folder = os.path.join(out_dir, name)
    os.makedirs(folder, exist_ok=True)
    paths = []
    for file_name, content in files:
        path = os.path.join(folder, file_name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        paths.append(path)
    print(name, mode, *paths)


def page(body):
    return PAGE_HEAD + PROSE + body + PROSE + PAGE_TAIL


def with_reference(name, mode, content, file_name="hostile.html"):
    # Each hostile file is compared with two small well-formed versions, as a user would: the comparison
    # goes on when the hostile file is refused, so that the report shows what was read.
    case(name, mode, [(file_name, content), ("reference-a.txt", " ".join(sentence() for _ in range(5))),
                      ("reference-b.txt", " ".join(sentence() for _ in range(5)))])


# HTML: tree construction worst cases, small files.
with_reference("html-formatting-1400", "json",
               page("".join(f"<b class=c{i}>" for i in range(1400)) + "<p>x" * 5000))
with_reference("html-formatting-50k", "json",
               page("".join(f"<b class=c{i}>" for i in range(50000)) + "<p>x" * 5000))
with_reference("html-anchors-40k", "json", page("<a href=x>y" * 40000))
with_reference("html-div-selfclose-40k", "json", page("<div/>" * 40000 + "text"))
with_reference("html-div-stray-end-40k", "json", page("<div></x>" * 40000 + "text"))
with_reference("html-div-quoted-gt-40k", "json", page('<div title="/>">' * 40000 + "text"))
with_reference("html-attributes-30k", "json",
               page("<div " + " ".join(f"a{i}=v{i}" for i in range(30000)) + ">text</div>"))
with_reference("html-class-attributes-30k", "json",
               page("<div " + " ".join(f"class=v{i}" for i in range(30000)) + ">text</div>"))
with_reference("html-script-50k", "json", page("<script>" * 50000))
with_reference("html-template-30k", "json", page("<template>" * 30000 + "text"))
with_reference("html-deep-then-script", "json", page("<div>" * 1501 + "<script>" * 30000))
with_reference("html-deep-divs-100k", "json", page("<div>" * 100000 + "text"))
with_reference("html-tables-20k", "json", page("<table><tr><td>" * 20000 + "text"))
with_reference("html-nested-lists-40k", "json", page("<ul><li>" * 40000 + "text"))
with_reference("html-paragraphs-in-b-20k", "json", page("<b><p>x</b>" * 20000))
with_reference("html-comments-unclosed", "json", page("<!--" * 100000))
with_reference("html-entities-200k", "json", page("<p>" + "&amp;&#x41;&lt;" * 200000 + "</p>"))
with_reference("html-tags-unclosed-800k", "json", page("<" * 800000))

# Sizes: many sentences, many blocks, giant lines and tokens.
with_reference("text-hi-200k", "json", "Hi. " * 200000, "hi.txt")
with_reference("text-paragraphs-100k", "json", "\n\n".join(sentence(3) for _ in range(100000)), "paras.txt")
line = " ".join(word() for _ in range(2300000))[: 15 * 1000 * 1000]
case("text-line-15mb", "json", [("line.txt", line), ("reference-a.txt", sentence()), ("reference-b.txt", sentence())])
case("text-line-15mb-twice", "json",
     [("one.txt", line), ("two.txt", " ".join(word() for _ in range(2300000))[: 15 * 1000 * 1000])])
with_reference("text-token-1mb", "json", "a" * 1000000, "token.txt")
with_reference("text-characters-over-limit", "json", "\n\n".join(sentence(12) for _ in range(30000)), "big.txt")
with_reference("text-words-in-one-sentence-60k", "json", " ".join(word() for _ in range(60000)) + ".",
               "long.txt")


def unrelated(name, count, sentences):
    case(name, "json", [(f"v{i:03}.txt", "\n\n".join(sentence() for _ in range(sentences)))
                        for i in range(count)])


unrelated("versions-30x300-unrelated", 30, 300)
unrelated("versions-50x300-unrelated", 50, 300)
unrelated("versions-200x20-unrelated", 200, 20)

# A rewrite whose middle is reworded throughout: the same frame, 2,900 sentences that share no words (as
# many as the sentence limit leaves room for).
frame = [sentence() for _ in range(20)]
case("rewrite-reworded-gap-2900", "json",
     [("a.txt", "\n\n".join(frame[:10] + [sentence() for _ in range(2900)] + frame[10:])),
      ("b.txt", "\n\n".join(frame[:10] + [sentence() for _ in range(2900)] + frame[10:]))])
# The same with the gap's sentences sharing most words (every third word changed).
gap = [sentence(15) for _ in range(2000)]


def reword(s):
    w = s.split()
    return " ".join(word() if i % 3 == 1 else x for i, x in enumerate(w))


case("rewrite-similar-gap-2000", "json",
     [("a.txt", "\n\n".join(frame[:10] + gap + frame[10:])),
      ("b.txt", "\n\n".join(frame[:10] + [reword(s) for s in gap] + frame[10:]))])

# PDF layout: a giant token, many narrow columns.
with_reference("pdf-token-250k", "pdf", "x" * 250000, "token.txt")
with_reference("pdf-token-1mb", "pdf", "x" * 1000000, "token.txt")
case("pdf-versions-100-tiny", "pdf", [(f"v{i:03}.txt", sentence(4)) for i in range(100)])
# Just under the sentence limit (lib/core/comparison.h, LoadError::MaxSentences), both outputs.
at_limit = "\n\n".join(sentence(12) for _ in range(2900))
with_reference("text-sentences-at-limit", "json", at_limit, "many.txt")
with_reference("pdf-sentences-at-limit", "pdf", at_limit, "many.txt")
