#!/usr/bin/env bash
# Saves PNG screenshots of the reading window on the bundled sample and on the corpus seeds, in light
# and dark themes, by running the real program under Xvfb in the build root. Run by hand (not part of
# ctest), then look at every picture:
#
#   tests/screenshots.sh [OUTPUT_DIR] [BUILD_DIR]      (defaults: /tmp/parallax-screenshots, build/ci)
#
# The program takes the picture itself (PARALLAX_SCREENSHOT) once the comparison is painted; the other
# PARALLAX_* variables pick the colour scheme or theme, the window size, actions to take by object name
# (PARALLAX_SCREENSHOT_ACTIONS), a cell to select (PARALLAX_SCREENSHOT_CELL=row,version), a few "next
# change" steps and the panel shown.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(realpath -m "${1:-/tmp/parallax-screenshots}")
build=$(realpath -m "${2:-$src/build/ci}")
seeds=$(realpath -m "$src/../shared/corpus/seeds")
mkdir -p "$out"

[ -x "$build/app/parallax" ] || { echo "no parallax binary in $build/app: build first" >&2; exit 1; }

# One picture: NAME, then VAR=VALUE settings, then the paths to open.
shot() {
    local name=$1
    shift
    local settings=()
    while [ $# -gt 0 ] && [[ $1 == *=* ]]; do settings+=("$1"); shift; done
    "$src/packaging/parallax-dev" exec env -i PATH=/usr/bin:/bin HOME="$out/home" LC_ALL=C.UTF-8 \
        PARALLAX_WINDOW_WIDTH=1600 PARALLAX_WINDOW_HEIGHT=1000 PARALLAX_SCREENSHOT="$out/$name.png" \
        "${settings[@]}" \
        timeout 120 xvfb-run -a -s '-screen 0 1600x1000x24' "$build/app/parallax" "$@" 2>&1 |
        grep -v -e '^QStandardPaths' -e 'propagateSizeHints' || true
    [ -s "$out/$name.png" ] || { echo "missing $out/$name.png" >&2; return 1; }
}

rm -rf "$out/home"
mkdir -p "$out/home"
shot sample-light "$src/resources/sample"
shot sample-dark PARALLAX_COLOR_SCHEME=dark "$src/resources/sample"
shot sample-light-changes PARALLAX_SCREENSHOT_STEPS=4 PARALLAX_SCREENSHOT_PANEL=source "$src/resources/sample"
shot sample-dark-versions PARALLAX_COLOR_SCHEME=dark PARALLAX_SCREENSHOT_PANEL=versions "$src/resources/sample"
shot sample-quote-divergence PARALLAX_SCREENSHOT_ACTIONS=nextQuoteDivergence "$src/resources/sample"
shot sample-html-source PARALLAX_SCREENSHOT_CELL=40,1 PARALLAX_SCREENSHOT_PANEL=source "$src/resources/sample"
shot sample-high-contrast-menu PARALLAX_COLOR_SCHEME=high-contrast PARALLAX_SCREENSHOT_MENU=colorScheme \
    "$src/resources/sample"
if [ -d "$seeds" ]; then
    shot seeds-light "$seeds"
    shot seeds-dark PARALLAX_COLOR_SCHEME=dark "$seeds"
    shot seeds-light-boilerplate PARALLAX_SCREENSHOT_BOILERPLATE=1 PARALLAX_SCREENSHOT_STEPS=6 "$seeds"
    shot seeds-dark-changes PARALLAX_COLOR_SCHEME=dark PARALLAX_SCREENSHOT_STEPS=12 PARALLAX_SCREENSHOT_PANEL=source "$seeds"
    shot seeds-solarized PARALLAX_THEME="Solarized Light" PARALLAX_SCREENSHOT_PANEL=versions "$seeds"
    shot seeds-differences-only PARALLAX_SCREENSHOT_ACTIONS=hideCosmetic,differencesOnly \
        "$seeds/000_06cab15f40bb1e62.txt" "$seeds/001_6a608925ed4c87ea.txt"
    shot seeds-plain-source PARALLAX_SCREENSHOT_CELL=100,0 PARALLAX_SCREENSHOT_PANEL=source "$seeds"
else
    echo "no corpus at $seeds: seed screenshots skipped" >&2
fi
rm -rf "$out/home"
ls -1 "$out"/*.png
