#!/usr/bin/env bash
# `parallax compare --html FILE --csv FILE` run for real (docs/html-report.md):
#   - both files are written, nothing goes to standard output (no JSON unless --json is given), exit 0;
#   - the HTML parses as XML, holds no script and refers to nothing outside itself, names every version
#     and numbers as many notes as the comparison has non-cosmetic changes outside boilerplate rows (all
#     of them with --annotate-cosmetic);
#   - the CSV parses with Python's csv module, has the header line and one line per change outside
#     boilerplate rows, with the JSON report's kinds and reasons, and never a cell a spreadsheet would run;
#   - the seed stories too, when the corpus is there;
#   - an unwritable target fails with the file's name on stderr and exit code 1.
#
# usage: cli_reports.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -uo pipefail

. "$(dirname "$(realpath "$0")")/cli-common.sh"
cli_begin cli_reports 2 "$@"
cli_need python3
unset DISPLAY WAYLAND_DISPLAY

# Checks the HTML and CSV of one input against its JSON report; $1 a name, $2... extra options, then --
# and the paths.
check() {
    local name=$1
    shift
    local options=()
    while [ "$1" != "--" ]; do
        options+=("$1")
        shift
    done
    shift
    step "$name: compare ${options[*]} --html --csv"
    "$binary" compare "${options[@]}" --html "$work/$name.html" --csv "$work/$name.csv" "$@" \
        >"$work/$name.out" 2>"$work/$name.err"
    local rc=$?
    [ $rc -eq 0 ] || fail "$name: exit code $rc: $(cat "$work/$name.err")"
    [ -s "$work/$name.out" ] && fail "$name: something was written to standard output"
    "$binary" compare "${options[@]}" --json "$work/$name.json" "$@" 2>/dev/null ||
        fail "$name: the JSON report could not be written"
    local cosmetic=0
    [[ " ${options[*]} " == *" --annotate-cosmetic "* ]] && cosmetic=1
    python3 - "$work/$name.html" "$work/$name.csv" "$work/$name.json" "$cosmetic" <<'PY' || fail "$name: see above"
import csv, json, re, sys
import xml.etree.ElementTree as ET

html_path, csv_path, json_path, cosmetic = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
report = json.load(open(json_path, encoding="utf-8"))
problems = []

raw = open(html_path, encoding="utf-8").read()
try:
    # The DOCTYPE is the only thing XML reads differently.
    root = ET.fromstring(raw.replace("<!DOCTYPE html>", "", 1))
except ET.ParseError as e:
    print("cli_reports: the HTML is not well-formed:", e, file=sys.stderr)
    sys.exit(1)
forbidden = {"script", "link", "iframe", "frame", "object", "embed", "img", "base", "form", "audio", "video",
             "source", "svg", "math"}
for element in root.iter():
    if element.tag in forbidden:
        problems.append("element <%s>" % element.tag)
    for attribute, value in element.attrib.items():
        if attribute.startswith("on") or attribute in ("src", "srcset", "action", "formaction", "poster", "data"):
            problems.append("attribute %s on <%s>" % (attribute, element.tag))
        if attribute == "href" and not value.startswith("#"):
            problems.append("link outside the file: " + value)
style = "".join(e.text or "" for e in root.iter("style"))
for css in ("url(", "@import", "expression("):
    if css in style:
        problems.append(css + " in the style sheet")
text = "".join(root.itertext())
for version in report["versions"]:
    if version["name"] not in text:
        problems.append("version not named: " + version["name"])
boilerplate = [row["boilerplate"] for row in report["rows"]]
shown = [c for c in report["changes"] if not boilerplate[c["row"]]]
numbered = [c for c in shown if cosmetic or c["kind"] in ("wording", "substantive")]
notes = [e for e in root.iter("li") if re.fullmatch(r"n\d+", e.get("id", ""))]
if len(notes) != len(numbered):
    problems.append("%d numbered notes, %d changes to number" % (len(notes), len(numbered)))

data = open(csv_path, "rb").read()
if not data.startswith(b"\xef\xbb\xbf"):
    problems.append("the CSV has no byte-order mark")
rows = list(csv.reader(open(csv_path, encoding="utf-8-sig", newline="")))
if rows[0] != ["version", "row", "kind", "reason", "before", "after", "note", "tags"]:
    problems.append("CSV header: %r" % rows[0])
words = [r for r in rows[1:] if r[2] in ("typography", "spelling", "wording", "substantive")]
if len(words) != len(shown):
    problems.append("%d CSV lines of changed words, %d changes" % (len(words), len(shown)))
def plain(cell):
    return cell[1:] if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r" else cell
wanted = sorted((report["versions"][c["version"]]["name"], str(c["row"] + 1), c["kind"], c["reason"] or "",
                 c["before"], c["after"]) for c in shown)
got = sorted((plain(r[0]), r[1], r[2], r[3], plain(r[4]), plain(r[5])) for r in words)
if wanted != got:
    problems.append("the CSV's changes are not the JSON report's")
for r in rows[1:]:
    for cell in r:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            problems.append("a cell a spreadsheet would run: %r" % cell)
print("cli_reports: %d notes, %d CSV lines (%d changed words)" % (len(notes), len(rows) - 1, len(words)))
for p in problems:
    print("cli_reports:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
}

check sample -- "$sample"
check sample-cosmetic --annotate-cosmetic -- "$sample"
if [ -n "$corpus" ] && [ -d "$corpus/seeds" ]; then
    check seeds -- "$corpus/seeds"
else
    step "the corpus is absent: the seed stories are not checked"
fi

step "an unwritable target"
"$binary" compare --html "$work/missing-dir/report.html" "$sample" >/dev/null 2>"$work/err"
rc=$?
[ $rc -eq 1 ] || fail "an unwritable HTML target gave exit code $rc, not 1"
grep -q "missing-dir/report.html" "$work/err" || fail "the error does not name the file: $(cat "$work/err")"
"$binary" compare --csv "$work/missing-dir/changes.csv" "$sample" >/dev/null 2>"$work/err"
rc=$?
[ $rc -eq 1 ] || fail "an unwritable CSV target gave exit code $rc, not 1"
grep -q "missing-dir/changes.csv" "$work/err" || fail "the error does not name the file: $(cat "$work/err")"

cli_end
