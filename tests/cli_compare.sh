#!/usr/bin/env bash
# `parallax compare` run for real, against the report contract of docs/report-schema.md:
#   - `--json -` writes the report to standard output, `--json FILE` to a file (and nothing to stdout);
#   - `--base` picks the base by a version's name, file name or path;
#   - a bad file gets an error line on stderr naming it, and the others are still compared (exit 2, as
#     diff says trouble; 0 only when every input was read);
#   - no report and exit 1 when fewer than two versions could be read or --base names no version or several;
#   - the input files are never modified.
#
# usage: cli_compare.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -uo pipefail

. "$(dirname "$(realpath "$0")")/cli-common.sh"
cli_begin cli_compare 2 "$@"
cli_need python3

# Runs the binary; stdout, stderr and the exit code land in $work/out, $work/err, $rc.
run() {
    "$binary" compare "$@" >"$work/out" 2>"$work/err"
    rc=$?
}

# Checks a report with Python: $1 the JSON file, $2 a Python expression over `r` (the parsed report)
# that must be true, $3 what it means.
check_json() {
    if ! python3 - "$1" "$2" <<'EOF' 2>"$work/py.err"; then
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    r = json.load(f)
if not eval("(" + sys.argv[2] + ")"):
    sys.exit(1)
EOF
        fail "$3 ($(head -c 300 "$work/py.err"))"
    fi
}

# The contract's keys and types (docs/report-schema.md).
contract='all(k in r for k in ("versions", "base", "rows", "changes", "quotes", "similarity"))
 and all(isinstance(v["name"], str) and isinstance(v["path"], str) and isinstance(v["title"], str)
         and all(isinstance(s["text"], str) and isinstance(s["start"], int) and isinstance(s["end"], int)
                 and isinstance(s["boilerplate"], bool) for s in v["sentences"]) for v in r["versions"])
 and isinstance(r["base"], int) and 0 <= r["base"] < len(r["versions"])
 and all(len(row["cells"]) == len(r["versions"]) and len(row["status"]) == len(r["versions"])
         and all(c is None or isinstance(c, int) for c in row["cells"])
         and all(s in ("same", "changed", "added", "absent", "moved") for s in row["status"]) for row in r["rows"])
 and all(all(k in c for k in ("version", "sentence", "baseSentence", "before", "after"))
         and c["kind"] in ("typography", "spelling", "wording", "substantive") for c in r["changes"])
 and all(isinstance(g["speaker"], str) and all(all(k in v for k in ("version", "sentence", "text", "fidelity"))
         for v in g["variants"]) for g in r["quotes"])
 and len(r["similarity"]) == len(r["versions"])
 and all(len(line) == len(r["versions"]) for line in r["similarity"])
 and all(r["similarity"][i][i] == 1 for i in range(len(r["versions"])))
 and all(abs(r["similarity"][i][j] - r["similarity"][j][i]) < 1e-9 and 0 <= r["similarity"][i][j] <= 1
         for i in range(len(r["versions"])) for j in range(len(r["versions"])))'

# Every sentence of every version in exactly one row.
coverage='all(sorted(s for row in r["rows"] if row["cells"][v] is not None
                 for s in range(row["cells"][v], row["cells"][v] + row.get("spans", [1] * len(r["versions"]))[v]))
         == list(range(len(r["versions"][v]["sentences"]))) for v in range(len(r["versions"])))'

before_sums=$(cd "$sample" && sha256sum -- * | sort)

step "--json - on the sample"
run --json - "$sample"
[ "$rc" -eq 0 ] || fail "--json - exited with $rc: $(head -c 300 "$work/err")"
cp "$work/out" "$work/stdout.json"
check_json "$work/stdout.json" "$contract" "the report on stdout does not follow the contract"
check_json "$work/stdout.json" "$coverage" "a sentence is in no row or in two"
check_json "$work/stdout.json" 'len(r["versions"]) == 4' "the sample has four versions"
check_json "$work/stdout.json" 'r["base"] == 0' "the default base of the sample is the wire (the most central version)"
check_json "$work/stdout.json" '[v["name"] for v in r["versions"]][1] == "Vellport Courier"' \
    "the Courier is named after its og:site_name"
check_json "$work/stdout.json" 'any(c["kind"] == "spelling" and c["before"].strip() == "goverment" and c["after"].strip() == "government"
    and r["versions"][c["version"]]["name"] == "Vellport Courier" for c in r["changes"])' \
    "the Courier's goverment -> government is a spelling change"
[ ! -s "$work/err" ] || fail "the sample gives error lines: $(head -c 300 "$work/err")"

step "--json FILE"
run --json "$work/report.json" "$sample"
[ "$rc" -eq 0 ] || fail "--json FILE exited with $rc"
[ -s "$work/report.json" ] || fail "--json FILE wrote nothing"
[ ! -s "$work/out" ] || fail "--json FILE also wrote to stdout"
if ! python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' \
    "$work/report.json" "$work/stdout.json"; then
    fail "--json FILE and --json - differ"
fi
python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$work/report.json" ||
    fail "the report is not UTF-8"

step "--json is the default output"
run "$sample"
[ "$rc" -eq 0 ] && python3 -c 'import json, sys; json.load(sys.stdin)' <"$work/out" ||
    fail "without --json or --pdf the report does not go to stdout"

step "--base by name, file name and path"
for spec in "Vellport Courier:1" "03-transit-ledger.md:2" "$sample/04-sallowmere-herald.txt:3" "01-wire.txt:0"; do
    name=${spec%:*}
    index=${spec##*:}
    run --base "$name" --json - "$sample"
    [ "$rc" -eq 0 ] || fail "--base '$name' exited with $rc"
    cp "$work/out" "$work/base.json"
    check_json "$work/base.json" "r[\"base\"] == $index" "--base '$name' is not version $index"
    check_json "$work/base.json" "all(c[\"version\"] != $index for c in r[\"changes\"])" \
        "--base '$name': the base has changes against itself"
    check_json "$work/base.json" "$coverage" "--base '$name': a sentence is in no row or in two"
done
run --base "No Such Outlet" --json "$work/nobase.json" "$sample"
[ "$rc" -eq 1 ] || fail "an unknown --base exited with $rc, expected 1 (no report)"
grep -q "No Such Outlet" "$work/err" || fail "an unknown --base is not reported on stderr"
grep -q "Vellport Courier" "$work/err" || fail "an unknown --base does not list the versions to choose from"
[ ! -e "$work/nobase.json" ] || fail "an unknown --base still wrote a report"
# Two versions share the file name without its suffix: "wire" names both.
mkdir "$work/twowires"
cp "$sample/01-wire.txt" "$work/twowires/wire.txt"
cp "$sample/03-transit-ledger.md" "$work/twowires/wire.md"
run --base wire --json "$work/ambiguous.json" "$work/twowires"
[ "$rc" -eq 1 ] || fail "an ambiguous --base exited with $rc, expected 1 (no report)"
grep -q "wire.txt" "$work/err" && grep -q "wire.md" "$work/err" ||
    fail "an ambiguous --base does not list what it matches: $(head -c 300 "$work/err")"
[ ! -e "$work/ambiguous.json" ] || fail "an ambiguous --base still wrote a report"
run --base wire.md --json - "$work/twowires"
[ "$rc" -eq 0 ] || fail "--base with the whole file name is not ambiguous (exit $rc)"

step "a bad file among good ones"
mkdir "$work/mixed"
cp "$sample"/* "$work/mixed/"
: >"$work/mixed/05-empty.txt"
head -c 65536 /dev/urandom >"$work/mixed/06-junk.html"
printf '\0\0\0binary' >>"$work/mixed/06-junk.html"
mixed_sums=$(cd "$work/mixed" && sha256sum -- * | sort)
run --json - "$work/mixed"
[ "$rc" -eq 2 ] || fail "one bad file with four good ones exited with $rc, expected 2"
for bad in 05-empty.txt 06-junk.html; do
    line=$(grep -- "$bad" "$work/err" | head -n 1)
    [ -n "$line" ] || fail "no error line names $bad: $(head -c 300 "$work/err")"
    # "PATH: reason": a reason follows the file name.
    [[ "$line" == *"$bad"*:*[a-z]* ]] || fail "the error line for $bad gives no reason: $line"
done
cp "$work/out" "$work/mixed.json"
check_json "$work/mixed.json" 'len(r["versions"]) == 4' "the four good versions are not all compared"
check_json "$work/mixed.json" "$contract" "the report with a bad file does not follow the contract"
# Each error: the path, a stable code and the English reason.
check_json "$work/mixed.json" \
    'sorted((e["path"].split("/")[-1], e["code"]) for e in r["errors"]) == [("05-empty.txt", "empty"), ("06-junk.html", "binary")]' \
    "the errors do not name the bad files with their codes"
check_json "$work/mixed.json" 'any(e["code"] == "empty" and e["reason"] == "the file is empty" for e in r["errors"])' \
    "the error of the empty file has no English reason"
[ "$mixed_sums" = "$(cd "$work/mixed" && sha256sum -- * | sort)" ] || fail "compare modified the files it read"

step "fewer than two readable versions"
mkdir "$work/one"
cp "$sample/01-wire.txt" "$work/one/"
: >"$work/one/02-empty.txt"
run --json - "$work/one"
[ "$rc" -eq 1 ] || fail "one readable version exited with $rc, expected 1"
grep -q "02-empty.txt" "$work/err" || fail "the unreadable file is not named: $(head -c 300 "$work/err")"
run --json - "$work/does-not-exist.txt" "$sample/01-wire.txt"
[ "$rc" -eq 1 ] || fail "one readable and one missing file exited with $rc, expected 1"
grep -q "does-not-exist.txt" "$work/err" || fail "the missing file is not named"
ln -s "$work/nowhere.txt" "$work/dangling.txt"
run --json - "$work/dangling.txt" "$sample/01-wire.txt" "$sample/02-vellport-courier.html"
[ "$rc" -eq 2 ] || fail "a dangling symlink with two good files exited with $rc, expected 2"
grep -q "dangling.txt" "$work/err" || fail "the dangling symlink is not named"
run
[ "$rc" -eq 1 ] || fail "no path at all exited with $rc, expected 1"

step "two explicit files"
run --json - "$sample/01-wire.txt" "$sample/04-sallowmere-herald.txt"
[ "$rc" -eq 0 ] || fail "two files exited with $rc"
cp "$work/out" "$work/two.json"
check_json "$work/two.json" 'len(r["versions"]) == 2 and r["versions"][0]["path"].endswith("01-wire.txt")' \
    "two files give two versions in the order given"

if [ -n "$corpus" ] && [ -d "$corpus/seeds" ]; then
    step "the seeds"
    run --json - "$corpus/seeds"
    [ "$rc" -eq 0 ] || fail "the seeds exited with $rc"
    cp "$work/out" "$work/seeds.json"
    check_json "$work/seeds.json" 'len(r["versions"]) == 5' "the seeds are five versions"
    check_json "$work/seeds.json" "$contract" "the seeds' report does not follow the contract"
    check_json "$work/seeds.json" "$coverage" "seeds: a sentence is in no row or in two"
else
    step "the seeds are not here (../shared/corpus/seeds): that part is not run"
fi

[ "$before_sums" = "$(cd "$sample" && sha256sum -- * | sort)" ] || fail "compare modified the sample"

cli_end
