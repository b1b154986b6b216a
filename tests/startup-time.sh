#!/usr/bin/env bash
# Measures start to first painted comparison of `parallax FOLDER` (default: the corpus seeds), five
# runs under Xvfb in the build root. Run by hand; the target is under 500 ms.
#
#   tests/startup-time.sh [FOLDER] [BUILD_DIR]
#
# Two figures per run: what the program reports (program start, i.e. static initialisation, to the
# end of the first paint that shows rows) and the wall time from exec to exit measured here, which
# adds loading the shared libraries and tearing down.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
folder=$(realpath -m "${1:-$src/../shared/corpus/seeds}")
build=$(realpath -m "${2:-$src/build/ci}")
[ -x "$build/app/parallax" ] || { echo "no parallax binary in $build/app: build first" >&2; exit 1; }

home=$(mktemp -d /tmp/parallax-startup.XXXXXX)
trap 'rm -rf "$home"' EXIT
"$src/packaging/parallax-dev" exec env -i PATH=/usr/bin:/bin HOME="$home" LC_ALL=C.UTF-8 \
    xvfb-run -a -s '-screen 0 1600x1000x24' bash -c '
    for i in 1 2 3 4 5 6; do
        start=$(date +%s%N)
        report=$(PARALLAX_QUIT_AFTER_FIRST_PAINT=1 PARALLAX_WINDOW_WIDTH=1600 PARALLAX_WINDOW_HEIGHT=1000 \
            "$1" "$2" 2>&1 | grep -e "first comparison painted" -e "comparison ready" | tr "\n" " ")
        end=$(date +%s%N)
        # The first run warms the disk cache and the font cache; it is shown but not counted.
        [ "$i" = 1 ] && label="warm-up" || label="run $((i - 1))"
        echo "$label: wall $(( (end - start) / 1000000 )) ms; $report"
    done' _ "$build/app/parallax" "$folder"
