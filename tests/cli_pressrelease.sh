#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A press release as PDF beside two news pages rewriting it (issue 17's done-means): the release is
# written for this test as HTML (tests/data/pressrelease/release.html) and printed to PDF here by the
# build root's headless Chromium; the Vellport Courier runs it lightly edited, the Transit Ledger rewrites
# it. `parallax compare` with the PDF as the base: the release's quotations found in both pages (exact in
# the Courier, one word changed in the Ledger, the second one absent there) and the Ledger's award month
# changed; the release dated by its own dateline, not by the day it was printed. The same release printed
# without a <title> is titled by its largest heading, not by the letterhead above it. The PDF is named on
# the command line: a folder's PDFs are not collected.
# usage: cli_pressrelease.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    # The build root has it (packaging/buildroot-packages.txt); without it the release cannot be made.
    echo "cli_pressrelease: FAIL: no chromium to print the press release to PDF" >&2
    exit 1
fi
cp "$here/data/pressrelease/"*.html "$work/"
HOME="$work/home" timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/release.pdf" "file://$work/release.html" >/dev/null 2>&1 || true
[ -s "$work/release.pdf" ] || { echo "cli_pressrelease: FAIL: chromium made no PDF" >&2; exit 1; }
# The same release without a <title>: its PDF names no title, and the title is its largest type on the
# first page, under the smaller letterhead and label.
sed '/<title>/d' "$work/release.html" > "$work/untitled.html"
HOME="$work/home" timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/untitled.pdf" "file://$work/untitled.html" >/dev/null 2>&1 || true
[ -s "$work/untitled.pdf" ] || { echo "cli_pressrelease: FAIL: chromium made no untitled PDF" >&2; exit 1; }

cd "$work"
"$binary" compare --base release.pdf --json out.json release.pdf courier.html ledger.html
"$binary" compare --json untitled.json untitled.pdf courier.html

python3 - out.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
paths = [v["path"].rsplit("/", 1)[-1] for v in r["versions"]]
assert sorted(paths) == ["courier.html", "ledger.html", "release.pdf"], paths
release, courier, ledger = (paths.index(p) for p in ("release.pdf", "courier.html", "ledger.html"))
assert r["base"] == release, r["base"]
assert r["versions"][release]["title"] == "Eastbank tram: first construction contract goes to tender"
# Printed today, dated by its own line "PRESS RELEASE · For immediate release · 14 October 2026".
assert r["versions"][release]["date"] == "2026-10-14", r["versions"][release]
assert r["versions"][release]["dateSource"] == "text", r["versions"][release]
untitled = json.load(open("untitled.json", encoding="utf-8"))
plain = next(v for v in untitled["versions"] if v["path"].endswith("untitled.pdf"))
assert plain["title"] == "Eastbank tram: first construction contract goes to tender", plain["title"]
assert r["versions"][courier]["name"] == "Vellport Courier" and r["versions"][ledger]["name"] == "Transit Ledger"
groups = [g for g in r["quotes"] if g["speaker"] == "Oskar Brandt"]
assert len(groups) == 2, r["quotes"]
fidelity = lambda g, v: next(x["fidelity"] for x in g["variants"] if x["version"] == v)
mandate = next(g for g in groups if "clear mandate" in g["variants"][0]["text"])
bidders = next(g for g in groups if "Every bidder" in g["variants"][0]["text"])
assert fidelity(mandate, courier) == "exact" and fidelity(mandate, ledger) == "altered", mandate
assert next(x for x in mandate["variants"] if x["version"] == ledger)["wordChanges"] == ["its timetable -> schedule"]
assert fidelity(bidders, ledger) == "absent", bidders
assert any(c["version"] == ledger and c["reason"] == "date" and c["before"] == "February" and c["after"] == "March"
           for c in r["changes"]), r["changes"]
PY
echo "cli_pressrelease: ok"
