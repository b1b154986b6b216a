#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `parallax compare --order time --against previous` on a revision series written for the tests
# (tests/data/revisions: four revisions of an invented story whose file names carry their UTC times; the
# second changes a number and adds a sentence without a notice, the third changes a name and a day and
# says it was updated, the fourth replaces the update notice with a correction notice for the name; copied here under names
# that sort against time): the versions in time order, each against its predecessor in the JSON (a stealth
# edit, an update and a correction told apart), the revisions table in the PDF and the HTML, and bad
# option values refused.
# usage: cli_revisions.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "cli_revisions: FAIL: $*" >&2
    failures=$((failures + 1))
}

mkdir -p "$work/series"
# Name order d, c, b, a is time order reversed.
cp "$here/data/revisions/story-20260310080000.txt" "$work/series/d-20260310080000.txt"
cp "$here/data/revisions/story-20260310113000.txt" "$work/series/c-20260310113000.txt"
cp "$here/data/revisions/story-20260310160000.txt" "$work/series/b-20260310160000.txt"
cp "$here/data/revisions/story-20260311091500.txt" "$work/series/a-20260311091500.txt"

"$binary" compare --order time --against previous --json "$work/out.json" --pdf "$work/out.pdf" \
    --html "$work/out.html" "$work/series" || fail "compare exited with $?"

python3 - "$work/out.json" <<'PY' || fail "the JSON report"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
names = [v["path"].rsplit("/", 1)[-1] for v in r["versions"]]
assert names == ["d-20260310080000.txt", "c-20260310113000.txt", "b-20260310160000.txt",
                 "a-20260311091500.txt"], names
assert all(v["dateSource"] == "file-name" for v in r["versions"])
steps = r["againstPrevious"]
assert [s["version"] for s in steps] == [0, 1, 2, 3], steps
assert steps[0]["previous"] is None
assert [s["previous"] for s in steps[1:]] == [0, 1, 2]
assert steps[1]["previousName"] == r["versions"][0]["name"]
# 300 -> 450 and the relief boat, without a word: a stealth edit.
assert steps[1]["stealthEdit"] is True
assert any(c["reason"] == "number" and c["before"] == "300" and c["after"] == "450" for c in steps[1]["changes"]), steps[1]["changes"]
# The third says it was updated; the fourth announces the correction of a name the third changed.
assert steps[2]["stealthEdit"] is False and [n["kind"] for n in steps[2]["notices"]] == ["update"]
assert any(c["before"] == "Varga" and c["after"] == "Vargas" for c in steps[2]["changes"]), steps[2]["changes"]
assert any(c["reason"] == "date" for c in steps[2]["changes"]), steps[2]["changes"]
assert [n["kind"] for n in steps[3]["notices"]] == ["correction"]
assert not any(c["before"] == "Varga" for c in steps[3]["changes"])
assert sorted(n["kind"] for n in r["notices"]) == ["correction", "update"], r["notices"]
PY

if command -v pdftotext >/dev/null; then
    text=$(pdftotext -enc UTF-8 "$work/out.pdf" - 2>/dev/null)
    for want in "Revisions over time" "stealth edit" "(from the file name)" "Correction: An earlier version"; do
        grep -qF "$want" <<<"$text" || fail "the PDF lacks '$want'"
    done
fi
grep -qF "Revisions over time" "$work/out.html" || fail "the HTML lacks the revisions table"

# Against the base (the default) there are no steps in the JSON.
"$binary" compare --order time --json "$work/base.json" "$work/series" || fail "compare against the base"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert "againstPrevious" not in r' \
    "$work/base.json" || fail "steps without --against previous"

for bad in "--order size" "--against next"; do
    # shellcheck disable=SC2086
    if "$binary" compare $bad --json "$work/bad.json" "$work/series" 2>/dev/null; then
        fail "$bad was accepted"
    fi
done

if [ "$failures" -gt 0 ]; then
    exit 1
fi
echo "cli_revisions: ok"
