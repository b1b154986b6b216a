#!/usr/bin/env bash
# `parallax compare` at the edges of its inputs and outputs, run for real:
#   - the exit status: 0 all read, 2 some inputs not read (the report still written), 1 no report;
#   - a report never replaces a device, a folder, a pipe or an input (by any name), and the JSON and the
#     PDF never go to one file; the refusal names the path and the reason, and nothing is compared;
#   - a file name that is not UTF-8 is read and hides no other file; names with escape sequences are
#     printed escaped; one file named twice is read once with a note;
#   - the report is strict JSON: no lone surrogates, even for a file name that is not UTF-8.
#
# usage: cli_io.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -uo pipefail

. "$(dirname "$(realpath "$0")")/cli-common.sh"
cli_begin cli_io 2 "$@"
cli_need python3

run() {
    "$binary" compare "$@" >"$work/out" 2>"$work/err"
    rc=$?
}

# A strict reading: json.load accepts "\ud800", so every string is also encoded as UTF-8, which fails on
# a lone surrogate.
strict_json() {
    python3 - "$1" <<'EOF'
import json, sys
def walk(v):
    if isinstance(v, str):
        v.encode("utf-8")
    elif isinstance(v, list):
        for x in v:
            walk(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            walk(k)
            walk(x)
with open(sys.argv[1], "rb") as f:
    data = f.read()
walk(json.loads(data.decode("utf-8")))
EOF
}

mkdir "$work/in"
cp "$sample/01-wire.txt" "$work/in/a.txt"
cp "$sample/04-sallowmere-herald.txt" "$work/in/b.txt"
sums() { (cd "$work/in" && sha256sum -- * | sort); }
before=$(sums)

step "exit status"
run --json "$work/ok.json" "$work/in/a.txt" "$work/in/b.txt"
[ "$rc" -eq 0 ] || fail "two good files exited with $rc"
run --json "$work/partial.json" "$work/in/a.txt" "$work/in/b.txt" "$work/in/missing.txt"
[ "$rc" -eq 2 ] || fail "two good files and a missing one exited with $rc, expected 2"
[ -s "$work/partial.json" ] || fail "with one missing input the report was not written for the others"
grep -q "missing.txt: " "$work/err" || fail "the missing input is not named: $(head -c 300 "$work/err")"
run --json "$work/none.json" "$work/in/a.txt" "$work/in/missing.txt"
[ "$rc" -eq 1 ] || fail "one good file exited with $rc, expected 1"
[ ! -e "$work/none.json" ] || fail "a report was written from one version"
"$binary" compare --help >"$work/help" 2>&1
grep -q "Exit status" "$work/help" || fail "compare --help does not explain the exit status"

step "outputs that are no place for a report"
for target in "$work/in/a.txt" /dev/null "$work/in" ; do
    run --json "$target" "$work/in/a.txt" "$work/in/b.txt"
    [ "$rc" -eq 1 ] || fail "--json $target exited with $rc, expected 1"
    grep -qF "$target: " "$work/err" || fail "--json $target: the refusal does not name it: $(head -c 300 "$work/err")"
    run --pdf "$target" "$work/in/a.txt" "$work/in/b.txt"
    [ "$rc" -eq 1 ] || fail "--pdf $target exited with $rc, expected 1"
    grep -qF "$target: " "$work/err" || fail "--pdf $target: the refusal does not name it"
done
[ -c /dev/null ] || fail "/dev/null is no longer a character device"
# The issue's reproducer: the input named as output and given twice.
(cd "$work/in" && "$binary" compare --json a.txt a.txt b.txt >"$work/out" 2>"$work/err")
rc=$?
[ "$rc" -eq 1 ] || fail "--json a.txt a.txt b.txt exited with $rc, expected 1"
grep -q "a.txt: .*compared" "$work/err" || fail "--json a.txt a.txt b.txt: no reason given: $(head -c 300 "$work/err")"
ln -s "$work/in/b.txt" "$work/link-to-b.json"
ln "$work/in/a.txt" "$work/hard-a.json"
for target in "$work/link-to-b.json" "$work/hard-a.json"; do
    run --json "$target" "$work/in"
    [ "$rc" -eq 1 ] || fail "--json $target (an input by another name) exited with $rc"
done
mkfifo "$work/fifo"
run --json "$work/fifo" "$work/in/a.txt" "$work/in/b.txt"
[ "$rc" -eq 1 ] && [ -p "$work/fifo" ] || fail "--json FIFO exited with $rc or replaced the pipe"
run --json "$work/same.out" --pdf "$work/same.out" "$work/in/a.txt" "$work/in/b.txt"
[ "$rc" -eq 1 ] || fail "the JSON and the PDF to one file exited with $rc"
[ ! -e "$work/same.out" ] || fail "the JSON and the PDF to one file: something was written"
[ "$before" = "$(sums)" ] || fail "an input was modified"
# Standard output stays.
run --json - "$work/in/a.txt" "$work/in/b.txt"
[ "$rc" -eq 0 ] && python3 -c 'import json, sys; json.load(sys.stdin)' <"$work/out" || fail "--json - no longer works"

step "file names"
mkdir "$work/names"
for i in 1 2 3 4 5 6 7 8; do
    sed "s/the/the $i/" "$sample/01-wire.txt" >"$work/names/v$i.txt"
done
cp "$sample/04-sallowmere-herald.txt" "$work/names/v3-$(printf 'caf\xe9').txt"
: >"$work/names/v5-$(printf 'red\033[31mALERT').txt"
ln -s "$work/names/v1.txt" "$work/names/v9-same-as-v1.txt"
run --json "$work/names.json" "$work/names"
[ "$rc" -eq 2 ] || fail "the names folder exited with $rc, expected 2 (the empty file)"
python3 - "$work/names.json" <<'EOF' || fail "the names folder: not 9 versions (8 plus the one whose name is not UTF-8)"
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
paths = [v["path"] for v in r["versions"]]
sys.exit(0 if len(paths) == 9 and any(p.endswith("v3-caf\ufffd.txt") for p in paths) else 1)
EOF
strict_json "$work/names.json" || fail "the report with a name that is not UTF-8 is not strict JSON"
grep -qF 'v3-caf\xE9' "$work/err" && fail "a name that was read is reported as an error: $(cat "$work/err")"
grep -q $'\033' "$work/err" && fail "an escape sequence from a file name reached the terminal"
grep -qF 'v5-red\x1B[31mALERT.txt: ' "$work/err" || fail "the name with an escape is not shown escaped: $(cat "$work/err")"
grep -q "v9-same-as-v1.txt: .*v1.txt" "$work/err" || fail "the link to v1.txt is not noted as the same file"
# The bytes of the name given on the command line still name the file.
run --json - "$work/names/v3-$(printf 'caf\xe9').txt" "$work/names/v1.txt"
[ "$rc" -eq 0 ] || fail "a name that is not UTF-8 on the command line exited with $rc: $(head -c 300 "$work/err")"

step "one file twice"
run --json "$work/twice.json" "$work/in/a.txt" "$work/in/a.txt" "$work/in/b.txt"
[ "$rc" -eq 0 ] || fail "a file named twice exited with $rc, expected 0 (a note is no failure)"
grep -q "a.txt: .*a.txt" "$work/err" || fail "a file named twice is not noted"
python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(len(r["versions"]) != 2)' "$work/twice.json" ||
    fail "a file named twice is two versions"

[ "$before" = "$(sums)" ] || fail "an input was modified"
cli_end
