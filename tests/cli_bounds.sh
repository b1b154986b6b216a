#!/usr/bin/env bash
# The hard performance cases of issue 13 (tests/bounds_cases.py writes them: hostile HTML, huge inputs,
# many versions, giant tokens in the PDF), each run through the real `parallax compare --json` (or --pdf)
# under GNU time, against the budget: at most 2 s of processor time and 500 MB peak memory per run,
# output that parses, and no input dropped silently (each file is a version of the report or named on
# stderr). Prints one line per case: seconds (processor, wall), peak memory, exit code.
#
# PARALLAX_BOUNDS_FACTOR multiplies the budget (sanitizer builds are several times slower and bigger);
# PARALLAX_BOUNDS_ONLY (a regular expression) runs only the matching cases.
#
# usage: cli_bounds.sh PARALLAX_BINARY [SAMPLE_DIR [CORPUS_DIR]]
set -uo pipefail

failures=0
known=0
fail() {
    echo "cli_bounds: FAIL: $*" >&2
    failures=$((failures + 1))
}

[ $# -ge 1 ] || {
    echo "usage: cli_bounds.sh PARALLAX_BINARY [SAMPLE_DIR [CORPUS_DIR]]" >&2
    exit 2
}
binary=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
for tool in python3 /usr/bin/time timeout; do
    command -v "$tool" >/dev/null || {
        echo "cli_bounds: FAIL: $tool is needed (python3, GNU time, coreutils)" >&2
        exit 1
    }
done
factor=${PARALLAX_BOUNDS_FACTOR:-1}
# The binary itself, not `ldd | grep -q`: under pipefail grep's early exit kills ldd with SIGPIPE and the
# pipeline fails (30 of 200 tries on a loaded machine), which ran the ASan build against the normal budget.
# __asan_init is there whether the sanitizer runtime is linked dynamically (gcc) or statically (clang).
if [ -z "${PARALLAX_BOUNDS_FACTOR:-}" ] && grep -q -F __asan_init "$binary"; then
    factor=10
fi
max_cpu=$(python3 -c "print(2.0 * $factor)")
max_kb=$(python3 -c "print(int(500 * 1024 * $factor))")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen

python3 "$here/bounds_cases.py" "$work/cases" "${PARALLAX_BOUNDS_ONLY:-}" >"$work/list" || {
    echo "cli_bounds: FAIL: the cases could not be written" >&2
    exit 1
}
# The cases still over the time budget, each with its reason (an open part of issue 13).
known_list="$here/bounds_known_over_budget.txt"
printf '%-34s %8s %8s %8s %5s\n' case cpu_s wall_s peak_MB exit
while read -r name mode files; do
    # shellcheck disable=SC2206 # the generator's paths have no spaces
    inputs=($files)
    out="$work/$name.$mode"
    /usr/bin/time -o "$work/time" -f '%U %S %e %M' \
        timeout $((60 * factor)) "$binary" compare "--$mode" "$out" "${inputs[@]}" \
        >"$work/stdout" 2>"$work/stderr"
    rc=$?
    read -r user sys wall kb < <(tail -n 1 "$work/time")
    cpu=$(python3 -c "print(round($user + $sys, 2))")
    printf '%-34s %8s %8s %8s %5s\n' "$name" "$cpu" "$wall" $((kb / 1024)) "$rc"
    if [ "$rc" = 124 ]; then
        fail "$name: still running after $((60 * factor)) s"
        continue
    fi
    if ! python3 -c "import sys; sys.exit(0 if $cpu <= $max_cpu else 1)"; then
        if grep -q "^$name[[:space:]]" "$known_list"; then
            echo "cli_bounds: KNOWN OVER BUDGET: $name: $cpu s of processor time, the budget is $max_cpu s" >&2
            known=$((known + 1))
        else
            fail "$name: $cpu s of processor time, the budget is $max_cpu s"
        fi
    elif grep -q "^$name[[:space:]]" "$known_list"; then
        echo "cli_bounds: $name is within the budget now: take it off $(basename "$known_list")" >&2
    fi
    [ "$kb" -le "$max_kb" ] || fail "$name: peak memory $((kb / 1024)) MB, the budget is $((max_kb / 1024)) MB"
    if [ "$rc" -ge 128 ]; then
        fail "$name: killed by signal $((rc - 128))"
        continue
    fi
    # Whatever was not compared is named on stderr with a reason.
    if [ "$mode" = json ] && [ -s "$out" ]; then
        python3 - "$out" "$work/stderr" "${inputs[@]}" >"$work/py" 2>&1 <<'EOF' || fail "$name: $(tail -n 1 "$work/py")"
import json, sys
try:
    report = json.load(open(sys.argv[1], encoding="utf-8"))
except ValueError as e:
    print("the report is not valid JSON:", e); sys.exit(1)
err = open(sys.argv[2], encoding="utf-8", errors="replace").read()
loaded = {v["path"] for v in report["versions"]}
for path in sys.argv[3:]:
    if path not in loaded and path not in err:
        print(path, "is neither compared nor reported"); sys.exit(1)
EOF
    elif [ "$mode" = pdf ] && [ "$rc" = 0 ]; then
        head -c 5 "$out" | grep -q '%PDF-' || fail "$name: the PDF output is not a PDF"
    fi
    if [ "$rc" != 0 ]; then
        # Refused as a whole (fewer than two versions): every input must be named with its reason.
        for path in "${inputs[@]}"; do
            grep -qF "$path" "$work/stderr" || [ -s "$out" ] \
                || fail "$name: exit $rc without a message naming $path"
        done
    fi
    # What was cut or refused is said, on stderr, as the user sees it.
    [ -s "$work/stderr" ] && sed 's/^/    /' "$work/stderr" | head -n 4
done <"$work/list"

if [ "$failures" -gt 0 ]; then
    echo "cli_bounds: $failures failure(s)" >&2
    exit 1
fi
if [ "$known" -gt 0 ]; then
    echo "cli_bounds: all other cases within $max_cpu s and $((max_kb / 1024)) MB; $known known over the time budget (listed in $(basename "$known_list"))"
else
    echo "cli_bounds: all cases within $max_cpu s and $((max_kb / 1024)) MB"
fi
