#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `parallax compare --session`: a session written here by hand (schema 1, paths relative to it) gives the
# files, the base and the notes; the notes reach the JSON, CSV, HTML and PDF, placed where their passage
# now stands (one reworded since, one on a sentence that is gone: orphaned, still listed); the articles
# and the session are left as they were; a session of a later schema or no session is refused.
# usage: cli_sessions.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -euo pipefail
binary=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "cli_sessions: FAIL: $*" >&2
    failures=$((failures + 1))
}

mkdir -p "$work/articles"
cat >"$work/articles/wire.txt" <<'TEXT'
The ferry operator cancelled all crossings on Friday because of the storm.

About two thousand passengers were affected, the company said.

Services are expected to resume on Sunday morning.
TEXT
cat >"$work/articles/daily.txt" <<'TEXT'
The ferry operator cancelled every crossing on Friday because of the storm.

Services should resume on Sunday morning, a spokesman said.
TEXT
cat >"$work/work.parallax" <<'JSON'
{
    "application": "Parallax",
    "schema": 1,
    "inputs": ["articles/wire.txt", "articles/daily.txt"],
    "base": "articles/wire.txt",
    "notes": [
        { "id": "a", "target": "row", "version": "articles/daily.txt", "sentence": 0,
          "passage": "The ferry operator cancelled every crossing on Friday due to the storm.",
          "text": "every or all?", "tags": ["check"], "author": "kim", "time": "2026-05-01T10:00:00Z" },
        { "id": "b", "target": "span", "version": "articles/wire.txt", "sentence": 1, "start": 83, "end": 105,
          "passage": "About two thousand passengers", "text": "source for the figure", "tags": ["ok"],
          "author": "kim", "time": "2026-05-01T10:01:00Z" },
        { "id": "c", "target": "row", "version": "articles/wire.txt", "sentence": 3,
          "passage": "Harbour cranes were secured overnight by the port authority staff.",
          "text": "cut by the Daily?", "tags": ["misquote"], "author": "kim", "time": "2026-05-01T10:02:00Z" }
    ]
}
JSON
before=$(sha256sum "$work"/articles/* "$work/work.parallax")

status=0
"$binary" compare --session "$work/work.parallax" --json "$work/r.json" --csv "$work/r.csv" \
    --html "$work/r.html" --pdf "$work/r.pdf" 2>"$work/err" || status=$?
[ "$status" = 0 ] || fail "exit status $status: $(cat "$work/err")"
grep -q "1 note" "$work/err" || fail "the orphaned note is not reported: $(cat "$work/err")"

python3 - "$work/r.json" <<'PY' || fail "JSON notes"
import json, sys
r = json.load(open(sys.argv[1]))
notes = {n["id"]: n for n in r["notes"]}
assert len(notes) == 3, notes
names = [v["name"] for v in r["versions"]]
assert r["versions"][r["base"]]["path"].endswith("wire.txt"), "the session's base"
a, b, c = notes["a"], notes["b"], notes["c"]
# Reworded since: placed on the Daily's first sentence, in the first row.
assert not a["orphaned"] and a["row"] == 0 and a["passage"].startswith("The ferry operator cancelled every"), a
assert r["versions"][a["version"]]["path"].endswith("daily.txt")
# Moved span: found word for word.
assert not b["orphaned"] and b["passage"] == "About two thousand passengers", b
wire = r["versions"][b["version"]]
assert wire["sentences"][b["sentence"]]["text"].startswith("About two thousand"), b
# Gone: orphaned, with its old passage and its words.
assert c["orphaned"] and c["row"] is None and c["text"] == "cut by the Daily?", c
assert c["passage"].startswith("Harbour cranes"), c
PY

python3 - "$work/r.csv" <<'PY' || fail "CSV notes"
import csv, io, sys
rows = list(csv.reader(io.open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert rows[0] == ["version", "row", "kind", "reason", "before", "after", "note", "tags"], rows[0]
notes = [r for r in rows[1:] if r[2] == "note"]
assert sorted(r[6] for r in notes) == ["cut by the Daily?", "every or all?", "source for the figure"], notes
orphan = [r for r in notes if r[6] == "cut by the Daily?"][0]
assert orphan[1] == "" and orphan[7] == "misquote", orphan
# The Daily's change in row 1 carries the row's note.
changed = [r for r in rows[1:] if r[2] != "note" and r[1] == "1" and r[6] == "every or all?"]
assert changed and changed[0][7] == "check", rows
PY

grep -q 'id="notes"' "$work/r.html" || fail "no notes section in the HTML"
grep -q 'source for the figure' "$work/r.html" || fail "a note is missing in the HTML"
if command -v pdftotext >/dev/null; then
    pdftotext "$work/r.pdf" "$work/r.txt"
    grep -q "every or all?" "$work/r.txt" || fail "a note is missing in the PDF"
    grep -q "orphaned" "$work/r.txt" || fail "the orphaned note is not marked in the PDF"
fi

after=$(sha256sum "$work"/articles/* "$work/work.parallax")
[ "$before" = "$after" ] || fail "an article or the session was written"

# Refused: a later schema, and a JSON report given as a session.
echo '{"schema": 9, "inputs": []}' >"$work/later.parallax"
if "$binary" compare --session "$work/later.parallax" --json - >/dev/null 2>"$work/err"; then
    fail "a session of schema 9 was read"
fi
grep -q "schema 9" "$work/err" || fail "the schema refusal does not say why: $(cat "$work/err")"
if "$binary" compare --session "$work/r.json" --json - >/dev/null 2>"$work/err"; then
    fail "a JSON report was read as a session"
fi

if [ "$failures" -gt 0 ]; then
    echo "cli_sessions: $failures failure(s)" >&2
    exit 1
fi
echo "cli_sessions: all passed"
