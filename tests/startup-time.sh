#!/usr/bin/env bash
# Measures start to first painted comparison of `parallax FOLDER` (default: the corpus seeds), five
# runs after a warm-up under Xvfb in the build root, and where the time goes. Run by hand; the target
# is under 500 ms.
#
#   tests/startup-time.sh [FOLDER] [BUILD_DIR] [RUNS]
#
# Per run: what the program reports (program start, i.e. static initialisation, to the end of the
# first paint that shows rows) and the wall time from exec to exit measured here, which adds loading
# the shared libraries and tearing down. Then the phases (app/startuptrace.h): the median over the
# counted runs of the time each one ends at, counted from the moment the system started the process
# (so before the libraries were loaded), and how long it took after the phase before it; the same for
# the main thread's processor time, which a loaded machine disturbs less.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
folder=$(realpath -m "${1:-$src/../shared/corpus/seeds}")
build=$(realpath -m "${2:-$src/build/ci}")
runs=${3:-5}
[ -x "$build/app/parallax" ] || { echo "no parallax binary in $build/app: build first" >&2; exit 1; }

home=$(mktemp -d /tmp/parallax-startup.XXXXXX)
trap 'rm -rf "$home"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$src/packaging/parallax-dev" exec env -i PATH=/usr/bin:/bin HOME="$home" LC_ALL=C.UTF-8 \
    xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
    phases=$(mktemp)
    for i in $(seq 0 "$3"); do
        start=$(date +%s%N)
        output=$(PARALLAX_QUIT_AFTER_FIRST_PAINT=1 PARALLAX_WINDOW_WIDTH=1600 PARALLAX_WINDOW_HEIGHT=1000 \
            "$1" "$2" 2>&1)
        end=$(date +%s%N)
        report=$(grep -e "first comparison painted after" -e "comparison ready after" <<<"$output" | tr "\n" " ")
        # The first run warms the disk cache and the font cache; it is shown but not counted.
        [ "$i" = 0 ] && label="warm-up" || label="run $i"
        echo "$label: wall $(( (end - start) / 1000000 )) ms; $report"
        [ "$i" = 0 ] || grep "^startup: " <<<"$output" | sed "s/^startup: //" >>"$phases"
    done
    echo "phases (median of the counted runs, from process start: wall ms, then the main thread'"'"'s CPU ms; \"+\": since the phase before):"
    awk "
        function median(key, c,   i, j, x, v) {
            for (i = 1; i <= c; ++i) v[i] = times[key, i]
            for (i = 2; i <= c; ++i) { x = v[i]; j = i - 1; while (j > 0 && v[j] > x) { v[j + 1] = v[j]; --j } v[j + 1] = x }
            return v[int((c + 1) / 2)] }
        { line = \$0; at = index(line, \" at \"); name = substr(line, 1, at - 1); rest = substr(line, at + 4)
          wall = rest + 0; cpu = 0; k = index(rest, \"CPU \"); if (k > 0) cpu = substr(rest, k + 4) + 0
          if (!(name in count)) order[++n] = name
          ++count[name]; times[name \"w\", count[name]] = wall; times[name \"c\", count[name]] = cpu }
        END { pw = 0; pc = 0
          for (k = 1; k <= n; ++k) { name = order[k]
            w = median(name \"w\", count[name]); c = median(name \"c\", count[name])
            printf \"  %-36s %6d ms %+6d   CPU %5d ms %+5d\\n\", name, w, w - pw, c, c - pc; pw = w; pc = c } }" "$phases"
    rm -f "$phases"' _ "$build/app/parallax" "$folder" "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
