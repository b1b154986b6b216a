# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile contents: encodings, sizes, HTML, Markdown and MHTML bombs (helpers in cases.py)."""

import base64
import random
import zlib

from cases import (CAP, CASES, EITHER, FAILS, FORMATS, LOADS, MARKER, THIRD, Case, add, as_html, as_markdown,
                   goods, html_page, rnd, write)
# --- Encodings ---------------------------------------------------------------------------------------

for ext, render in FORMATS.items():
    text = render(THIRD)
    add(f"enc-utf16le-bom-{ext}", LOADS, b"\xff\xfe" + text.encode("utf-16-le"), ext, MARKER)
    add(f"enc-utf16be-bom-{ext}", LOADS, b"\xfe\xff" + text.encode("utf-16-be"), ext, MARKER)
    add(f"enc-utf32le-bom-{ext}", LOADS, b"\xff\xfe\x00\x00" + text.encode("utf-32-le"), ext, MARKER)
    add(f"enc-utf32be-bom-{ext}", LOADS, b"\x00\x00\xfe\xff" + text.encode("utf-32-be"), ext, MARKER)
    # Without a byte-order mark: the NULs of ASCII text in UTF-16/32 tell the encoding (not "binary").
    add(f"enc-utf16le-nobom-{ext}", LOADS, text.encode("utf-16-le"), ext, MARKER)
    add(f"enc-utf16be-nobom-{ext}", LOADS, text.encode("utf-16-be"), ext, MARKER)
    add(f"enc-utf32le-nobom-{ext}", LOADS, text.encode("utf-32-le"), ext, MARKER)
    add(f"enc-utf8-bom-{ext}", LOADS, b"\xef\xbb\xbf" + text.encode(), ext, MARKER)
    utf8 = text.encode()
    # One stray byte keeps a UTF-8 file UTF-8 (U+FFFD for the byte), wherever it stands.
    for where, at in (("start", 0), ("middle", len(utf8) // 2), ("end", len(utf8))):
        # Not inside a multi-byte sequence: step to an ASCII byte.
        while 0 < at < len(utf8) and utf8[at] >= 0x80:
            at += 1
        add(f"enc-stray-byte-{where}-{ext}", LOADS, utf8[:at] + b"\xe9" + utf8[at:], ext, MARKER)
    add(f"enc-overlong-{ext}", EITHER, utf8 + b" \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf.", ext, MARKER)
    add(f"enc-encoded-surrogate-{ext}", EITHER, utf8 + b" Lone \xed\xa0\x80 and \xed\xbf\xbf half.", ext,
        MARKER)
    add(f"enc-latin1-{ext}", LOADS, text.encode("latin-1"), ext, MARKER)
    add(f"enc-bom-then-binary-{ext}", FAILS, b"\xef\xbb\xbf" + rnd(1, 4096), ext)
    add(f"enc-nul-in-text-{ext}", FAILS, utf8[:40] + b"\x00\x00\x00" + utf8[40:], ext)
    add(f"enc-binary-after-64k-{ext}", FAILS, (utf8 * (70000 // len(utf8) + 1)) + rnd(2, 8192), ext)

# A UTF-16 file with one unpaired surrogate (found by fuzz_load_text): U+FFFD for it, never half a character
# in the text or the report.
add("enc-utf16-bom-unpaired-surrogate", LOADS,
    b"\xff\xfe" + THIRD.encode("utf-16-le") + b"\x00\xd8" + " Then it sails.".encode("utf-16-le"), "txt", MARKER)
add("enc-utf16-bom-then-binary", FAILS, b"\xff\xfe" + rnd(3, 4096))
add("enc-utf32-bom-then-binary", FAILS, b"\xff\xfe\x00\x00" + rnd(4, 4096))
add("enc-binary-after-1m", FAILS, (THIRD.encode() * (1_100_000 // len(THIRD))) + b"\x00" * 64 + rnd(5, 4096))
add("enc-random-1k", FAILS, rnd(6, 1024))
add("enc-random-64k", FAILS, rnd(7, 65536))
add("enc-all-nuls", FAILS, b"\x00" * 4096)
add("enc-control-characters", FAILS, bytes(random.Random(8).choice(range(1, 9)) for _ in range(4096)))
add("enc-escape-sequences", EITHER, THIRD.encode() + b"\x1b[31mred\x1b[0m \x1b]0;title\x07 end.\n", "txt", MARKER)
add("enc-gzip-named-txt", FAILS, zlib.compress(THIRD.encode() * 50))
add("enc-zip-named-md", FAILS, b"PK\x03\x04" + rnd(9, 4096), "md")
add("enc-pdf-named-txt", FAILS, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rnd(10, 4096))
add("enc-cp1252-quotes", LOADS, THIRD.replace("officials said", "\u201cofficials\u201d said").encode("cp1252"),
    "txt", "\u201cofficials\u201d")
add("enc-html-meta-latin1", LOADS, as_html(THIRD).replace("charset=utf-8", "charset=iso-8859-1").encode("latin-1"),
    "html", MARKER)
# Browsers read a UTF-16 declaration in a byte-parsed document as UTF-8.
add("enc-html-meta-utf16-but-utf8", LOADS, as_html(THIRD).replace("charset=utf-8", "charset=utf-16").encode(),
    "html", MARKER)
add("enc-html-text-says-charset-utf16", LOADS,
    html_page("<p>Set charset=utf-16 in the header, the manual said.</p>" + as_html(THIRD)).encode(), "html",
    MARKER)
add("enc-html-meta-unknown-charset", LOADS, as_html(THIRD).replace("charset=utf-8", "charset=x-no-such").encode(),
    "html", MARKER)
add("enc-mixed-line-endings", LOADS, THIRD.replace("\n", "\r").encode(), "txt", MARKER)
add("enc-crlf", LOADS, THIRD.replace("\n", "\r\n").encode(), "txt", MARKER)
add("enc-bidi-controls", LOADS, ("\u202e" + THIRD + "\u2066 isolate \u202c.").encode(), "txt", MARKER)
add("enc-zero-width-flood", EITHER, (THIRD + "\u200b" * 200_000 + " end.").encode(), "txt", MARKER)
add("enc-combining-flood", EITHER, (THIRD + "a" + "\u0301" * 100_000 + ".").encode(), "txt", MARKER)
# Astral characters (surrogate pairs in UTF-16) at sentence ends: no boundary may split a pair.
add("enc-astral-at-boundaries", LOADS,
    ("\U0001F30A Waves hit.\U0001F6A2 Ferry back. " * 200 + THIRD + "\U0001F600" * 3).encode(), "txt", MARKER)
add("enc-astral-run", EITHER, (THIRD + "\U0001F600" * 100_000 + ".").encode(), "txt", MARKER)
add("enc-noncharacters", EITHER, (THIRD + "\ufffe\uffff\U0010ffff end.").encode("utf-8", "surrogatepass"), "txt",
    MARKER)

# --- Sizes -------------------------------------------------------------------------------------------

for ext in ("txt", "md", "html", "mhtml"):
    add(f"size-empty-{ext}", FAILS, b"", ext)
    add(f"size-whitespace-{ext}", FAILS, b" \t\r\n" * 100, ext)
add("size-one-byte-letter", EITHER, b"a")
add("size-one-byte-newline", FAILS, b"\n")
add("size-one-byte-high", EITHER, b"\xff")
add("size-nbsp-only", EITHER, "\u00a0 \u2003\n".encode() * 100)
add("size-just-over-cap", FAILS, lambda f: (THIRD.encode() * (CAP // len(THIRD) + 2))[: CAP + 1])
add("size-just-under-cap", EITHER, lambda f: (THIRD.encode() * (CAP // len(THIRD) + 2))[: CAP - 1], "txt", None, True)
add("size-100k-sentences", EITHER, lambda f: b"The ferry sailed. " * 100_000, "txt", None, True)
add("size-hi-200k", EITHER, b"Hi. " * 200_000)
add("size-100k-paragraphs", EITHER, b"Ferry.\n\n" * 100_000)
add("size-15mb-line", EITHER, lambda f: b"ferry " * (15 * 1024 * 1024 // 6))
add("size-990k-token", EITHER, b"x" * 990_000 + b".", "txt", None, True)
add("size-250k-token", EITHER, b"Ferry " + b"y" * 250_000 + b" returns.", "txt", None, True)
add("size-10mb-newlines", EITHER, b"Ferry returns." + b"\n" * (10 * 1024 * 1024) + b"It sails.")
add("size-huge-sentence", EITHER, (" ".join(f"word{i}" for i in range(20_000)) + ".").encode(), "txt", None, True)
add("size-deep-parens", EITHER, b"(" * 200_000 + b"ferry" + b")" * 200_000)
add("size-many-quotes", EITHER, b'"a" said b. ' * 50_000)
add("size-unclosed-quotes", EITHER, b'"ferry ' * 100_000)
add("size-abbreviations", EITHER, b"U.S. Gov. Jr. Mr. " * 100_000)
add("size-ellipses", EITHER, b"... " * 200_000)
add("size-numbers", EITHER, b"1,000.5 " * 200_000)


def long_sentence_pair(folder):
    # A 10,000-word sentence and a copy with every third word changed: the word diff gives up and the
    # classification must stay linear.
    words = [f"w{i % 977}" for i in range(10_000)]
    changed = [w if i % 3 else f"z{i}" for i, w in enumerate(words)]
    a = write(folder, "long-a.txt", " ".join(words) + ".\n")
    b = write(folder, "long-b.txt", " ".join(changed) + ".\n")
    return {"paths": goods(folder) + [a, b], "hostile": [a, b]}


CASES.append(Case("size-long-sentence-every-third-word-changed", EITHER, long_sentence_pair, pdf=True))


def long_sentence_pair_20k(folder):
    words = [f"w{i % 1499}" for i in range(20_000)]
    changed = [w if i % 3 else f"z{i}" for i, w in enumerate(words)]
    a = write(folder, "long20k-a.txt", " ".join(words) + ".\n")
    b = write(folder, "long20k-b.txt", " ".join(changed) + ".\n")
    return {"paths": goods(folder) + [a, b], "hostile": [a, b]}


CASES.append(Case("size-20k-word-sentence-every-third-word-changed", EITHER, long_sentence_pair_20k))


def two_big_versions(folder):
    line = b"ferry " * (15 * 1024 * 1024 // 6)
    a = write(folder, "big-a.txt", line)
    b = write(folder, "big-b.txt", line.replace(b"ferry ferry ferry", b"boat ferry ferry", 1000))
    return {"paths": goods(folder) + [a, b], "hostile": [a, b]}


CASES.append(Case("size-two-15mb-versions", EITHER, two_big_versions))


def many_versions(count, sentences, unrelated, name):
    def make(folder):
        rng = random.Random(count * 1000 + sentences)
        paths = []
        for v in range(count):
            if unrelated:
                lines = [" ".join(f"t{rng.randrange(100000)}" for _ in range(8)) + "." for _ in range(sentences)]
            else:
                lines = [f"Version {v} says the ferry sailed at {s} o'clock." for s in range(sentences)]
            paths.append(write(folder, f"{name}-{v:03}.txt", "\n".join(lines) + "\n"))
        return {"paths": goods(folder) + paths, "hostile": paths}

    return make


CASES.append(Case("size-30-unrelated-versions", EITHER, many_versions(30, 300, True, "unrelated")))
CASES.append(Case("size-50-unrelated-versions", EITHER, many_versions(50, 300, True, "unrelated50")))
CASES.append(Case("size-100-tiny-versions", EITHER, many_versions(100, 1, False, "tiny"), pdf=True))

# --- HTML bombs --------------------------------------------------------------------------------------

body = as_html(THIRD)
add("html-unclosed-b-classes", EITHER,
    html_page("".join(f"<b class=c{i}>" for i in range(1400)) + "<p>x" * 5000).encode(), "html", None, True)
add("html-self-closing-div-40k", EITHER, html_page("<div/>" * 40_000 + "<p>Ferry returns.</p>").encode(), "html")
add("html-div-misclosed-40k", EITHER, html_page("<div></x>" * 40_000 + "<p>Ferry returns.</p>").encode(), "html")
add("html-attr-with-tag-40k", EITHER, html_page('<div title="/>">' * 40_000 + "<p>Ferry.</p>").encode(), "html")
add("html-30k-attributes", EITHER, html_page("<p " + " ".join(f"a{i}=v" for i in range(30_000)) + ">Ferry returns.</p>").encode(), "html")
add("html-script-flood-50k", EITHER, html_page("<script>" * 50_000 + "<p>Ferry.</p>").encode(), "html")
add("html-template-flood-30k", EITHER, html_page("<template>" * 30_000 + "<p>Ferry.</p>").encode(), "html")
add("html-deep-then-scripts", EITHER, html_page("<div>" * 1501 + "<script>x</script>" * 30_000 + "<p>Ferry.</p>").encode(), "html")
for depth in (1_000, 10_000, 100_000):
    add(f"html-nested-div-{depth}", EITHER, html_page("<div>" * depth + "<p>Ferry returns today.</p>" + "</div>" * depth).encode(), "html")
for tag in ("a", "b", "i", "font", "nobr", "em", "span", "table", "select", "li", "ruby", "svg", "math", "object"):
    add(f"html-unclosed-{tag}-10k", EITHER, html_page(f"<{tag}>x " * 10_000 + "<p>Ferry returns.</p>").encode(), "html")
add("html-formatting-reconstruction", EITHER,
    html_page("<b><i><u><s><em><strong><font><nobr>" * 300 + "<p>x</p>" * 3000).encode(), "html")
add("html-misnested-tables", EITHER, html_page("<table><tr><td><table>" * 3000 + "Ferry.").encode(), "html")
add("html-entity-amp-flood", EITHER, html_page("<p>" + "&amp;" * 1_000_000 + "</p>" + body).encode(), "html")
add("html-entity-emoji-flood", EITHER, html_page("<p>" + "&#x1F600;" * 200_000 + "</p>" + body).encode(), "html")
add("html-entity-unknown-flood", EITHER, html_page("<p>" + "&nosuch;" * 200_000 + "</p>" + body).encode(), "html")
add("html-entity-surrogates", EITHER, html_page("<p>Ferry &#xD800; and &#xDFFF; and &#55357;&#56832; back.</p>" + body).encode(), "html", MARKER)
add("html-entity-nul", EITHER, html_page("<p>Ferry &#0; back &#x0;.</p>" + body).encode(), "html", MARKER)
add("html-angle-flood", EITHER, html_page("<<<<>>>>" * 100_000 + body).encode(), "html")
add("html-end-tag-flood", EITHER, html_page("</" * 100_000 + body).encode(), "html")
add("html-unclosed-comment", EITHER, html_page(body + "<!--" + "x" * 1_000_000).encode(), "html")
add("html-unclosed-cdata", EITHER, (body + "<![CDATA[" + "y" * 1_000_000).encode(), "html")
add("html-doctype-junk", EITHER, ("<!DOCTYPE " + "z" * 500_000 + ">" + body).encode(), "html")
add("html-long-attribute-value", EITHER, html_page('<p title="' + "v" * 2_000_000 + '">Ferry returns.</p>').encode(), "html")
add("html-long-tag-name", EITHER, html_page("<" + "t" * 1_000_000 + ">Ferry returns.</p>").encode(), "html")
add("html-unclosed-script", EITHER, (body + "<script>" + "var x = 1;" * 100_000).encode(), "html")
add("html-style-flood", EITHER, html_page("<style>p{}</style>" * 50_000 + "<p>Ferry.</p>").encode(), "html")
add("html-noscript-iframe-nest", EITHER, html_page("<noscript><iframe srcdoc='<p>x</p>'>" * 10_000 + "<p>Ferry.</p>").encode(), "html")
add("html-100k-paragraphs", EITHER, html_page("<p>Ferry.</p>" * 100_000).encode(), "html")
add("html-10k-meta", EITHER, html_page(body, "<meta name=x content=y>" * 10_000).encode(), "html")
add("html-huge-title", EITHER, html_page(body, "<title>" + "T" * 1_000_000 + "</title>").encode(), "html")
add("html-jsonld-nesting", EITHER,
    html_page(body, '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>").encode(), "html")
add("html-jsonld-huge", EITHER,
    html_page(body, '<script type="application/ld+json">{"author":[' + ",".join('{"name":"A"}' for _ in range(200_000)) + "]}</script>").encode(), "html")
add("html-only-scripts", FAILS, html_page("<script>var ferry = 1;</script>" * 100).encode(), "html")
add("html-no-tags", LOADS, THIRD.encode(), "html", MARKER)
add("html-og-site-name-rlo", LOADS,
    html_page(body[body.index("<body>") + 6 :], '<meta property="og:site_name" content="\u202eThe Courier">').encode(), "html", MARKER)
add("html-xhtml-suffix", LOADS, ('<?xml version="1.0"?>' + as_html(THIRD)).encode(), "xhtml", MARKER)
add("html-frameset", EITHER, ("<html><frameset>" + "<frameset><frame src=x>" * 5000 + "</html>").encode(), "html")
add("html-plaintext-element", EITHER, html_page("<plaintext>" + THIRD + "</p>" * 1000).encode(), "html")
add("html-nul-bytes", EITHER, html_page("<p>Ferry\x00 returns.</p>" + body).encode(), "html")


def references_local_files(folder):
    # A page that points at local files and devices: nothing it references may be read.
    write(folder, "secret.txt", "SECRETMARKER lives here.\n")
    page = html_page(
        body[body.index("<body>") + 6 :]
        + '<iframe src="secret.txt"></iframe><object data="secret.txt"></object><img src="/dev/zero">'
        + '<link rel="import" href="secret.txt"><script src="/dev/urandom"></script>'
        + '<embed src="file:///dev/zero"><video src="/dev/zero"></video>',
        '<base href="file:///"><meta http-equiv="refresh" content="0; url=secret.txt">',
    )
    path = write(folder, "references.html", page)
    return {"paths": goods(folder) + [path], "hostile": [path], "no_marker": "SECRETMARKER", "contains": MARKER}


CASES.append(Case("html-references-local-files", LOADS, references_local_files))

# --- Markdown bombs ----------------------------------------------------------------------------------

md = as_markdown(THIRD)
add("md-deep-list", EITHER, "".join("  " * i + "- item\n" for i in range(10_000)).encode() + md.encode(), "md")
add("md-deep-ordered-list", EITHER, "".join("   " * i + "1. item\n" for i in range(5_000)).encode(), "md")
add("md-deep-blockquote", EITHER, (">" * 100_000 + " Ferry returns.\n\n" + md).encode(), "md")
add("md-nested-brackets", EITHER, ("[" * 100_000 + "Ferry" + "]" * 100_000 + "\n\n" + md).encode(), "md")
add("md-link-reference-flood", EITHER,
    ("".join(f"[r{i}]: https://example.invalid/{i}\n" for i in range(50_000)) + "\n" + md + "".join(f"[x][r{i}] " for i in range(50_000))).encode(), "md")
add("md-same-reference-50k", EITHER, ("[a]: /x\n\n" + "[a] " * 50_000 + "\n\n" + md).encode(), "md")
add("md-wide-table", EITHER, ("|" + "|".join(f"c{i}" for i in range(5000)) + "|\n|" + "|".join("-" for _ in range(5000)) + "|\n"
    + ("|" + "|".join("x" for _ in range(5000)) + "|\n") * 100).encode(), "md")
add("md-long-table", EITHER, ("|a|b|\n|-|-|\n" + "|Ferry.|Returns.|\n" * 100_000).encode(), "md")
add("md-table-no-rows", EITHER, ("|" * 100_000 + "\n|-|\n" + md).encode(), "md")
add("md-emphasis-flood", EITHER, ("*a " * 100_000 + "\n\n" + md).encode(), "md")
add("md-underscore-flood", EITHER, ("_" * 1_000_000 + "\n\n" + md).encode(), "md")
add("md-backtick-flood", EITHER, ("".join("`" * (i % 50 + 1) + "x" for i in range(50_000)) + "\n\n" + md).encode(), "md")
add("md-html-blocks", EITHER, ("<div>\n\n" * 10_000 + md).encode(), "md")
add("md-heading-flood", EITHER, ("# Ferry\n" * 100_000).encode(), "md")
add("md-setext-flood", EITHER, ("Ferry\n===\n" * 50_000).encode(), "md")
add("md-unclosed-fence", EITHER, (md + "```\n" + "code line\n" * 100_000).encode(), "md")
add("md-autolink-flood", EITHER, ("<https://example.invalid/a> " * 100_000 + "\n\n" + md).encode(), "md")
add("md-image-flood", EITHER, ("![a](b) " * 100_000 + "\n\n" + md).encode(), "md")
add("md-entity-flood", EITHER, ("&amp;&#x1F600;&#xD800;" * 100_000 + "\n\n" + md).encode(), "md")
add("md-inline-links-nested", EITHER, ("[a](" * 50_000 + "\n\n" + md).encode(), "md")
add("md-only-markup", FAILS, ("---\n\n***\n\n" * 100).encode(), "md")
add("md-valid", LOADS, md.encode(), "md", MARKER)

# --- MHTML -------------------------------------------------------------------------------------------


def mhtml(parts, boundary="b", head="MIME-Version: 1.0\r\n"):
    out = head + f'Content-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
    for headers, content in parts:
        out += f"--{boundary}\r\n{headers}\r\n\r\n{content}\r\n"
    return (out + f"--{boundary}--\r\n").encode()


page = as_html(THIRD)
html_part = ("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit", page)
image = ("Content-Type: image/png\r\nContent-Transfer-Encoding: base64", "iVBORw0KGgo=")
add("mhtml-valid", LOADS, mhtml([html_part, image]), "mhtml", MARKER)
add("mhtml-no-content-type", FAILS, b"MIME-Version: 1.0\r\n\r\n" + page.encode(), "mhtml")
add("mhtml-no-boundary", FAILS, b"Content-Type: multipart/related\r\n\r\n" + page.encode(), "mhtml")
add("mhtml-no-html-part", FAILS, mhtml([image]), "mhtml")
add("mhtml-empty-page", FAILS, mhtml([("Content-Type: text/html", "")]), "mhtml")
add("mhtml-base64-page", LOADS, mhtml([("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64",
    base64.encodebytes(page.encode()).decode())]), "mhtml", MARKER)
add("mhtml-broken-base64", EITHER, mhtml([("Content-Type: text/html\r\nContent-Transfer-Encoding: base64", "!!!*** not base64 ***" * 1000)]), "mhtml")
add("mhtml-qp-broken-soft-breaks", EITHER, mhtml([("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable",
    page.replace("ü", "=C3=BC") + "=\r\n=ZZ=4=" * 1000)]), "mhtml", MARKER)
add("mhtml-unclosed-boundary", EITHER, mhtml([html_part])[: -len(b"--b--\r\n")], "mhtml", MARKER)
add("mhtml-10k-parts", EITHER, mhtml([image] * 10_000 + [html_part]), "mhtml")
add("mhtml-long-boundary", EITHER, mhtml([html_part], boundary="q" * 10_000), "mhtml")
add("mhtml-300-header-lines", EITHER, mhtml([("Content-Type: text/html\r\n" + "X-A: b\r\n" * 300, page)]), "mhtml")
add("mhtml-part-says-utf16", LOADS, mhtml([("Content-Type: text/html; charset=utf-16", page)]), "mhtml", MARKER)
add("mhtml-nested-multipart", EITHER, mhtml([('Content-Type: multipart/alternative; boundary="c"', "--c\r\nContent-Type: text/html\r\n\r\n" + page + "\r\n--c--")]), "mhtml")
add("mhtml-folded-header-flood", EITHER, b"Content-Type: multipart/related;\r\n" + b"\t x=y;\r\n" * 100_000 + b' boundary="b"\r\n\r\n--b\r\n\r\n' + page.encode(), "mhtml")
add("mhtml-lf-only", LOADS, mhtml([html_part, image]).replace(b"\r\n", b"\n"), "mhtml", MARKER)
add("mhtml-binary", FAILS, rnd(11, 8192), "mhtml")
