#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bundled sample's revision series (resources/sample-revisions, docs/sample.md "Revisions over time"):
# four saves of the Northgate Press story whose Wayback-style file names carry their times, compared with
# `parallax compare --order time --against previous`. The second expands the first and says it was
# updated, the third changes two facts and fixes a typo with only a new time on the page (a stealth edit:
# the "Updated:" line is a time stamp, not a notice), the fourth corrects a name and says so. The PDF and
# the HTML call the changes what they are: against the previous version.
# usage: cli_sample_revisions.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -euo pipefail
binary=$1
series=$(cd "$2/../sample-revisions" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "cli_sample_revisions: FAIL: $*" >&2
    failures=$((failures + 1))
}

"$binary" compare --order time --against previous --json "$work/out.json" --pdf "$work/out.pdf" \
    --html "$work/out.html" "$series" || fail "compare exited with $?"

python3 - "$work/out.json" <<'PY' || fail "the JSON report"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
names = [v["path"].rsplit("/", 1)[-1] for v in r["versions"]]
assert names == sorted(names) and len(names) == 4, names
assert [v["date"] for v in r["versions"]] == ["2026-10-13T20:15:00Z", "2026-10-13T22:40:00Z",
                                             "2026-10-14T07:10:00Z", "2026-10-14T11:35:00Z"], r["versions"]
steps = r["againstPrevious"]
assert [s["previous"] for s in steps] == [None, 0, 1, 2], steps
kinds = lambda s: [n["kind"] for n in s["notices"]]
stamps = lambda s: [n["text"] for n in s.get("updateStamps", [])]
# The full story: sentences added, the update announced.
assert steps[1]["added"] > 10 and kinds(steps[1]) == ["update"] and not steps[1]["stealthEdit"], steps[1]
# Overnight: two facts and a typo, only a new time on the page.
third = steps[2]
assert kinds(third) == [] and stamps(third) == ["Updated: 14 October 2026, 07:10"], third
assert third["stealthEdit"] is True
changes = {(c["reason"], c["before"], c["after"]) for c in third["changes"]}
assert ("number", "about 300", "more than 400") in changes, changes
assert ("date", "September 2027", "January 2028") in changes, changes
assert any(c["kind"] == "spelling" and c["after"] == "government" for c in third["changes"]), changes
# The time stamp itself is no change of the story.
assert not any("07:10" in c["after"] for c in third["changes"]), changes
# The name corrected, and the correction announced.
fourth = steps[3]
assert kinds(fourth) == ["correction"] and not fourth["stealthEdit"], fourth
assert [(c["before"], c["after"]) for c in fourth["changes"]] == [("Marta", "Karin")], fourth["changes"]
assert all(n["kind"] == "update-stamp" for n in r["updateStamps"]) and len(r["updateStamps"]) == 4
assert not any(n["kind"] == "update-stamp" for n in r["notices"])
PY

if command -v pdftotext >/dev/null; then
    text=$(pdftotext -enc UTF-8 "$work/out.pdf" - 2>/dev/null | tr -s ' \n' ' ')
    for want in "Changes against the previous version" "Revisions over time" "none: stealth edit" \
        "time stamp only: Updated: 14 October 2026, 07:10" "Correction: An earlier version"; do
        grep -qF "$want" <<<"$text" || fail "the PDF lacks '$want'"
    done
    grep -qF "Changes against the base" <<<"$text" && fail "the PDF says 'against the base'"
fi
html=$(tr -s ' \n' ' ' <"$work/out.html")
grep -qF "Changes against the previous version" <<<"$html" || fail "the HTML lacks its heading"
grep -qF "Changes against the base" <<<"$html" && fail "the HTML says 'against the base'"

if [ "$failures" -gt 0 ]; then
    exit 1
fi
echo "cli_sample_revisions: ok"
