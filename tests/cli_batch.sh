#!/usr/bin/env bash
# `parallax batch ROOT` run for real (docs/scaling.md), on an archive made here from the bundled sample
# and the project's own rewrite stories, with stories that must fail beside them:
#   - one JSON report per story, byte-identical to `parallax compare --json` on the story's folder;
#   - summary.csv: one line per story in name order, the failed ones with their reason, the others with
#     counts that agree with their reports; hidden folders, loose files and the output folder are no
#     stories; exit status 2 when a story failed;
#   - one job and two jobs write identical files;
#   - a second run compares nothing (every report is current), a story whose file changed is compared
#     again, a missing report is made again; a run killed at random points leaves only whole reports,
#     and the run after it compares only the stories without one and ends with the same files as an
#     uninterrupted run;
#   - an output path that is a file, or a ROOT that is not a folder, stops with exit status 1.
#
# usage: cli_batch.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -uo pipefail

. "$(dirname "$(realpath "$0")")/cli-common.sh"
cli_begin cli_batch 2 "$@"
unset DISPLAY WAYLAND_DISPLAY

# The archive: good stories, a story with one version, an empty story, a story of binary files, a hidden
# folder and a loose file.
root=$work/archive
mkdir -p "$root"
cp -r "$sample" "$root/sample"
for story in "$tests"/data/rewrites/*/; do
    cp -r "$story" "$root/$(basename "$story")"
done
mkdir "$root/one-version" "$root/empty" "$root/binary" "$root/.hidden"
cp "$(ls "$sample"/*.* | head -1)" "$root/one-version/"
printf 'a\0b\0c' >"$root/binary/a.txt"
printf 'x\0y\0z' >"$root/binary/b.txt"
cp "$sample"/* "$root/.hidden/"
echo "A loose note about the archive." >"$root/notes.txt"
good=$(cd "$root" && for d in sample "$tests"/data/rewrites/*/; do basename "$d"; done | sort)
ngood=$(echo "$good" | wc -l)
nall=$((ngood + 3))

step "two jobs"
"$binary" batch --jobs 2 --out "$work/out2" "$root" 2>"$work/err2"
status=$?
[ "$status" -eq 2 ] || fail "exit status $status with failing stories (want 2)"
grep -q "one-version: only one version could be read" "$work/err2" || fail "the one-version story is not reported: $(cat "$work/err2")"
grep -q "empty: no version could be read" "$work/err2" || fail "the empty story is not reported"
grep -q "binary: no version could be read" "$work/err2" || fail "the binary story is not reported"
grep -q "1 files directly in the folder" "$work/err2" || fail "the loose file is not mentioned"
for story in $good; do
    [ -s "$work/out2/$story.json" ] || fail "no report for $story"
    "$binary" compare --json "$work/compare-$story.json" "$root/$story" 2>/dev/null
    cmp -s "$work/compare-$story.json" "$work/out2/$story.json" || fail "$story: the batch report differs from parallax compare's"
done
for story in one-version empty binary .hidden notes; do
    [ ! -e "$work/out2/$story.json" ] || fail "a report was written for $story"
done

step "summary"
python3 - "$work/out2" $good <<'PY' || fail "summary.csv"
import csv, io, json, sys
out, good = sys.argv[1], sys.argv[2:]
raw = open(f"{out}/summary.csv", "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
lines = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
stories = [l["story"] for l in lines]
want = sorted(good + ["binary", "empty", "one-version"])
assert stories == want, f"stories {stories}, want {want}"
for l in lines:
    if l["story"] not in good:
        assert l["status"] == "failed" and l["error"], l
        continue
    report = json.load(open(f"{out}/{l['story']}.json", encoding="utf-8"))
    assert l["status"] == "ok" and not l["error"], l
    assert int(l["versions"]) == len(report["versions"]), l
    assert l["base"] == report["versions"][report["base"]]["name"], l
    kinds = [c["kind"] for c in report["changes"]]
    for kind in ("typography", "spelling", "wording", "substantive"):
        assert int(l[kind]) == kinds.count(kind), (l["story"], kind)
    statuses = [s for r in report["rows"] for v, s in enumerate(r["status"]) if v != report["base"]]
    for status in ("added", "absent", "moved"):
        assert int(l[status]) == statuses.count(status), (l["story"], status)
    others = [s for v, s in enumerate(report["baseShare"]) if v != report["base"]]
    assert abs(float(l["kept_mean"]) - sum(others) / len(others)) < 0.0006, l
    assert abs(float(l["kept_lowest"]) - min(others)) < 0.0006, l
    assert int(l["quote_groups"]) == len(report["quotes"]), l
    assert 0 <= int(l["quote_divergences"]) <= len(report["quotes"]), l
assert sum(int(l["substantive"]) for l in lines if l["status"] == "ok") > 0, "no substantive change anywhere"
PY

step "one job"
"$binary" batch --jobs 1 --out "$work/out1" "$root" 2>/dev/null
diff -r "$work/out1" "$work/out2" >/dev/null || fail "one job and two jobs wrote different files"

step "resuming"
before=$(stat -c '%Y.%y' "$work/out2"/*.json)
"$binary" batch --out "$work/out2" "$root" 2>"$work/err-resume"
grep -q "0 compared, $ngood resumed from earlier reports, 3 failed" "$work/err-resume" || fail "a current run compared again: $(tail -1 "$work/err-resume")"
[ "$before" = "$(stat -c '%Y.%y' "$work/out2"/*.json)" ] || fail "a resumed run rewrote reports"
touch -d '+1 minute' "$root/ferry/01-wire.txt"
rm "$work/out2/plant.json"
"$binary" batch --out "$work/out2" "$root" 2>"$work/err-changed"
grep -q "2 compared, $((ngood - 2)) resumed from earlier reports, 3 failed" "$work/err-changed" || fail "a changed story and a missing report: $(tail -1 "$work/err-changed")"
# A changed file changes its story's report (its file date at least): that one is checked against
# parallax compare, the others against the first run.
diff -r -x ferry.json "$work/out1" "$work/out2" >/dev/null || fail "the resumed run ends with other files than the first"
"$binary" compare --json "$work/compare-ferry-now.json" "$root/ferry" 2>/dev/null
cmp -s "$work/compare-ferry-now.json" "$work/out2/ferry.json" || fail "the changed story's report is not the one parallax compare writes now"
"$binary" batch --restart --out "$work/out2" "$root" 2>"$work/err-restart"
grep -q "$ngood compared, 0 resumed" "$work/err-restart" || fail "--restart: $(tail -1 "$work/err-restart")"

step "killed runs"
# A bigger archive so that the kills land inside the work: the sample twelve times over.
big=$work/big
mkdir -p "$big"
for i in $(seq -w 1 12); do cp -r "$sample" "$big/story-$i"; done
"$binary" batch --jobs 2 --out "$work/big-whole" "$big" 2>/dev/null || fail "the big archive did not compare"
for delay in 0.05 0.2 0.4 0.8; do
    "$binary" batch --jobs 2 --out "$work/big-killed" "$big" 2>/dev/null &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    for report in "$work/big-killed"/*.json; do
        [ -e "$report" ] || continue
        python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$report" 2>/dev/null || fail "killed after ${delay} s: $report is not whole"
    done
    ls "$work/big-killed" 2>/dev/null | grep -qv '\.json$\|^summary\.csv$' && fail "killed after ${delay} s: a temporary file was left: $(ls "$work/big-killed")"
done
# The stories finished before the last kill are not compared again: their reports keep their dates.
finished=$(ls "$work/big-killed"/*.json 2>/dev/null | wc -l)
dates=$(stat -c '%n %y' "$work/big-killed"/*.json 2>/dev/null)
"$binary" batch --out "$work/big-killed" "$big" 2>"$work/err-after-kills" || fail "the run after the kills failed"
grep -q "$((12 - finished)) compared, $finished resumed from earlier reports" "$work/err-after-kills" || fail "after the kills ($finished reports whole): $(tail -1 "$work/err-after-kills")"
[ -z "$dates" ] || [ "$dates" = "$(stat -c '%n %y' $(echo "$dates" | cut -d' ' -f1))" ] || fail "the run after the kills rewrote finished reports"
diff -r "$work/big-whole" "$work/big-killed" >/dev/null || fail "after the kills the reports differ from an uninterrupted run"

step "unusable output and root"
touch "$work/a-file"
"$binary" batch --out "$work/a-file" "$root" 2>"$work/err-out"
[ $? -eq 1 ] || fail "an output path that is a file: want exit status 1"
grep -q "a-file: not a folder" "$work/err-out" || fail "an output path that is a file: $(cat "$work/err-out")"
"$binary" batch "$work/nowhere" 2>"$work/err-root"
[ $? -eq 1 ] || fail "a missing ROOT: want exit status 1"
grep -q "nowhere: not a folder" "$work/err-root" || fail "a missing ROOT: $(cat "$work/err-root")"
# The output folder inside ROOT is not a story.
"$binary" batch --out "$root/reports" "$root" 2>"$work/err-inside"
grep -q "$nall stories" "$work/err-inside" || fail "the output folder inside ROOT was taken for a story: $(tail -1 "$work/err-inside")"

cli_end
