#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset) and runs each in turn, one process at a time, under
# `nice -n 19`; prints executions, speed and coverage per target (docs/fuzzing.md).
#
#   fuzz/run-fuzzers.sh [--seconds N] [--runs N] [--seed N] [--keep-going] [--no-build] [TARGET...]
#
# --seconds N   stop each target after N seconds (default 60: the short run of `parallax-dev test`)
# --runs N      ... or after N executions, whichever comes first (default: no limit)
# --seed N      libFuzzer's random seed (the test command fixes it, so that its short run is repeatable)
# --keep-going  do not stop at the first finding: save it and start the target again (on its grown corpus)
#               until the time is up (for long runs while a known bug is open; libFuzzer's fork mode
#               does the same but ran at a third of the speed on a busy 2-core machine)
# --no-build    use the targets already built in build/fuzz
# TARGET        fuzz_load_text, fuzz_load_markdown, fuzz_load_html, fuzz_load_mhtml, fuzz_load_office,
#               fuzz_load_pdf, fuzz_load_email, fuzz_segment, fuzz_align, fuzz_quotes, fuzz_json (default: all)
#
# The table (also in build/fuzz/fuzz/summary.txt) has per target: wall seconds, processor seconds
# (user+sys), executions, exec/s, libFuzzer's cov (edges) and ft (features) from its last status line, the
# corpus kept, peak RSS in MB and the result; its first lines give the date, machine and load average.
#
# Run it where the toolchain is (`packaging/parallax-dev fuzz ...` does). Each target keeps a growing
# corpus in build/fuzz/fuzz/corpus/TARGET, starts from it plus its seeds, and writes what it finds (crash,
# timeout, memory blow-up, broken property) to build/fuzz/fuzz/findings/TARGET/. Exit status 1 when any
# target found something. PARALLAX_FUZZ_TIMEOUT (seconds per input, default 20) and
# PARALLAX_FUZZ_RSS_MB (default 2560) bound one input: slower or bigger is a finding.
set -uo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=60
runs=""
seed=""
build=1
keep_going=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --keep-going) keep_going=1; shift ;;
        -h | --help) sed -n '2,/^set -uo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run-fuzzers: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
all=(fuzz_load_text fuzz_load_markdown fuzz_load_html fuzz_load_mhtml fuzz_load_office fuzz_load_pdf
    fuzz_load_email fuzz_segment fuzz_align fuzz_quotes fuzz_json)
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

# The longest input each target makes: whole web pages for the loaders, a few short articles for the
# pipeline targets (their cost grows with the input).
max_len() {
    case "$1" in
        fuzz_load_*) echo 65536 ;;
        fuzz_json) echo 24576 ;;
        *) echo 16384 ;;
    esac
}

# The tokens libFuzzer splices into inputs (fuzz/dicts): markup for the loaders, prose for the rest.
dict_for() {
    case "$1" in
        fuzz_load_html) echo "$src/fuzz/dicts/html.dict" ;;
        fuzz_load_mhtml)
            cat "$src/fuzz/dicts/mhtml.dict" "$src/fuzz/dicts/html.dict" >"$out/mhtml-and-html.dict"
            echo "$out/mhtml-and-html.dict"
            ;;
        fuzz_load_markdown) echo "$src/fuzz/dicts/markdown.dict" ;;
        fuzz_load_office | fuzz_load_pdf) echo "$src/fuzz/dicts/documents.dict" ;;
        fuzz_load_email)
            cat "$src/fuzz/dicts/documents.dict" "$src/fuzz/dicts/mhtml.dict" >"$out/email.dict"
            echo "$out/email.dict"
            ;;
        *) echo "$src/fuzz/dicts/text.dict" ;;
    esac
}

out=$src/build/fuzz/fuzz
cd "$src" || exit 2
if [ "$build" = 1 ]; then
    cmake --preset fuzz >/dev/null || exit 2
    nice cmake --build --preset fuzz --target "${targets[@]}" || exit 2
fi

# Stacks with file and line: llvm-symbolizer where installed, else addr2line (the build root has only that).
symbolizer=$(command -v llvm-symbolizer || command -v addr2line || true)
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1${symbolizer:+:external_symbolizer_path=$symbolizer}}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
summary=$out/summary.txt
# The table's header says when and where it ran: figures from a shared machine mean little without its load.
{
    printf '# %s, %s, %s cores, load average at start %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" \
        "$(uname -n)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '# --seconds %s%s, seconds = wall clock, cpu = user+sys of the fuzzer processes\n' "$seconds" \
        "${runs:+ --runs $runs}"
    printf '%-20s %8s %8s %12s %8s %7s %8s %7s %7s  %s\n' target seconds cpu executions exec/s cov ft corpus \
        rss_mb result
} | tee "$summary"
found=0
for t in "${targets[@]}"; do
    mkdir -p "$out/corpus/$t" "$out/findings/$t" "$out/logs"
    log=$out/logs/$t.log
    # A slow unit is a finding only past the timeout: libFuzzer's own report of one past 10 s of wall clock
    # saved inputs that take 0.1 s alone whenever the machine was busy.
    args=(${seed:+-seed="$seed"} -timeout="${PARALLAX_FUZZ_TIMEOUT:-20}"
        -report_slow_units="${PARALLAX_FUZZ_TIMEOUT:-20}"
        -rss_limit_mb="${PARALLAX_FUZZ_RSS_MB:-2560}" -max_len="$(max_len "$t")" -print_final_stats=1
        -artifact_prefix="$out/findings/$t/" -dict="$(dict_for "$t")")
    started=$SECONDS
    : >"$log"
    total=0
    cpu=0
    rss=0
    rc=0
    # Past findings (fuzz/regressions/TARGET) first: each is run once and must pass. Without --keep-going
    # they join the corpus; with it they are replayed on their own, so that an open one does not stop
    # every restart at once.
    regressions=$src/fuzz/regressions/$t
    corpora=("$out/corpus/$t" "$out/seeds/$t")
    open_regressions=""
    if [ -d "$regressions" ]; then
        if [ "$keep_going" = 1 ]; then
            for r in "$regressions"/*; do
                "$out/$t" "${args[@]}" "$r" >>"$log" 2>&1 || open_regressions+=" $(basename "$r")"
            done
        else
            corpora+=("$regressions")
        fi
    fi
    touch "$log.start" # what the target finds from here on
    while :; do
        left=$((seconds - (SECONDS - started)))
        [ "$left" -ge 5 ] || break
        # A restart after a finding runs only what is left of --runs.
        left_runs=${runs:+$((runs - total))}
        [ -z "$left_runs" ] || [ "$left_runs" -gt 0 ] || break
        TIMEFORMAT='%U %S'
        { time nice -n 19 "$out/$t" -max_total_time="$left" ${left_runs:+-runs="$left_runs"} "${args[@]}" \
            "${corpora[@]}" >"$log.run" 2>&1; } 2>"$log.time"
        rc=$?
        cat "$log.run" >>"$log"
        # Executions of this run: libFuzzer's final statistics, else its last status line.
        n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log.run" | tail -n 1)
        [ -n "$n" ] || n=$(grep -E '^#[0-9]+' "$log.run" | tail -n 1 | sed -E 's/^#([0-9]+).*/\1/')
        total=$((total + ${n:-0}))
        # Processor time in whole seconds (bash's `time` of the child), peak RSS as libFuzzer measured it.
        cpu=$(awk -v c="$cpu" '{ printf "%d", c + $1 + $2 + 0.5 }' "$log.time")
        r=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log.run" | tail -n 1)
        [ "${r:-0}" -le "$rss" ] || rss=$r
        [ "$rc" -ne 0 ] && [ "$keep_going" = 1 ] || break
    done
    rm -f "$log.run" "$log.time"
    elapsed=$((SECONDS - started))
    # The last status line ("#N ... cov: C ft: F corp: K/...") has the final coverage.
    status=$(grep -E '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
    executions=$total
    speed=$((total / (elapsed > 0 ? elapsed : 1)))
    cov=$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<<"$status")
    ft=$(sed -E 's/.*ft: ([0-9]+).*/\1/' <<<"$status")
    corp=$(sed -E 's/.*corp: ([0-9]+).*/\1/' <<<"$status")
    result=""
    [ -z "$open_regressions" ] || { found=1; result="OPEN REGRESSIONS:$open_regressions; "; }
    findings=$(find "$out/findings/$t" -type f -newer "$log.start" | wc -l)
    if [ "$keep_going" = 1 ] && [ "$findings" -gt 0 ]; then
        found=1
        result+="$findings FINDINGS in $out/findings/$t: $(grep -E 'ERROR: |property broken' "$log" | sort | uniq -c | head -n 3 | tr -s ' \n' ' '); log $log"
    elif [ "$rc" -ne 0 ]; then
        found=1
        result+="FINDING (exit $rc): $(grep -m1 -E 'ERROR: |property broken|Timeout|out-of-memory|deadly signal' "$log" | cut -c1-120); $(ls -t "$out/findings/$t" | head -n 1) ; log $log"
    fi
    [ -n "$result" ] || result=ok
    printf '%-20s %8s %8s %12s %8s %7s %8s %7s %7s  %s\n' "$t" "$elapsed" "$cpu" "${executions:-?}" "${speed:-?}" \
        "${cov:-?}" "${ft:-?}" "${corp:-?}" "$rss" "$result" | tee -a "$summary"
done
printf '# finished %s, load average %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(cut -d' ' -f1-3 /proc/loadavg)" |
    tee -a "$summary"
exit $found
