#!/usr/bin/env bash
# Desktop integration and documentation, checked against the built program:
#   - the desktop entry passes desktop-file-validate, the metainfo `appstreamcli validate --no-net`;
#   - the application id agrees everywhere: file names, Icon=, the metainfo's id and launchable, and
#     QGuiApplication::setDesktopFileName in app/main.cpp;
#   - `cmake --install` puts every file at its GNUInstallDirs path and every hicolor PNG has its size;
#   - the manual page's OPTIONS are exactly what `parallax --help` lists, its COMPARE OPTIONS (BATCH OPTIONS) exactly
#     what `parallax compare --help` lists, its version is what `parallax --version` prints, and groff
#     renders it without warnings;
#   - the metainfo's newest release and packaging/changelog's newest entry are that version too.
#
# usage: cli_packaging.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -euo pipefail

failures=0
fail() {
    echo "cli_packaging: FAIL: $*" >&2
    failures=$((failures + 1))
}
step() { echo "cli_packaging: $*"; }

[ $# -ge 1 ] || {
    echo "usage: cli_packaging.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]" >&2
    exit 2
}
binary=$(realpath "$1")
build=$(cd "$(dirname "$binary")/.." && pwd)
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
id=org.parallax.Parallax
desktop=$src/packaging/$id.desktop
metainfo=$src/packaging/$id.metainfo.xml
manpage=$src/packaging/parallax.1
for tool in desktop-file-validate appstreamcli groff cmake file; do
    command -v "$tool" >/dev/null || {
        echo "cli_packaging: FAIL: $tool is needed and not installed" >&2
        exit 1
    }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- validators -------------------------------------------------------------------------------------
step "desktop-file-validate $desktop"
# It exits 0 on hints; anything it prints is taken as a finding.
if ! desktop-file-validate "$desktop" >"$work/dfv" 2>&1 || [ -s "$work/dfv" ]; then
    cat "$work/dfv" >&2
    fail "desktop-file-validate reports problems in $desktop"
fi
step "appstreamcli validate --no-net $metainfo"
if ! appstreamcli validate --no-net "$metainfo" >"$work/asv" 2>&1; then
    cat "$work/asv" >&2
    fail "appstreamcli validate reports problems in $metainfo"
fi

# --- one application id -------------------------------------------------------------------------------
desktop_key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
[ "$(desktop_key Icon)" = "$id" ] || fail "Icon= in the desktop entry is not $id"
[ "$(desktop_key Exec)" = "parallax %F" ] || fail "Exec= in the desktop entry is not 'parallax %F'"
mimetypes=$(desktop_key MimeType)
for type in application/x-parallax-session text/plain text/markdown text/html application/xhtml+xml inode/directory; do
    case ";$mimetypes" in *";$type;"*) ;; *) fail "the desktop entry does not declare MimeType $type" ;; esac
done
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $id.desktop"
grep -q "setDesktopFileName(u\"$id\"_s)" "$src/app/main.cpp" ||
    fail "app/main.cpp does not set the desktop file name $id"
[ -f "$src/resources/icons/$id.svg" ] || fail "no icon resources/icons/$id.svg"

# --- installed layout -----------------------------------------------------------------------------------
step "cmake --install into a scratch prefix"
if ! cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    fail "cmake --install failed"
fi
# The GNUInstallDirs defaults, which the freedesktop and man lookups expect below the prefix.
bindir=bin
datadir=share
mandir=share/man
# The PDF helper where PdfHelper::locate looks for it: ../libexec/parallax seen from the program.
for f in "$bindir/parallax" libexec/parallax/parallax-pdftext "$datadir/applications/$id.desktop" "$datadir/metainfo/$id.metainfo.xml" \
         "$datadir/icons/hicolor/scalable/apps/$id.svg" "$mandir/man1/parallax.1.gz" \
         "$datadir/mime/packages/$id.xml"; do
    [ -f "$work/prefix/$f" ] || fail "not installed: $f"
done
if [ -f "$work/prefix/$mandir/man1/parallax.1.gz" ]; then
    gzip -dc "$work/prefix/$mandir/man1/parallax.1.gz" | cmp -s - "$manpage" ||
        fail "the installed manual page is not packaging/parallax.1"
fi
for size in 16 32 48 64 128 256; do
    png=$work/prefix/$datadir/icons/hicolor/${size}x$size/apps/$id.png
    if [ ! -f "$png" ]; then
        fail "not installed: $datadir/icons/hicolor/${size}x$size/apps/$id.png"
    elif ! file -b "$png" | grep -q "^PNG image data, $size x $size,"; then
        fail "the ${size}x$size icon is $(file -b "$png")"
    fi
done

# --- the manual page against --help -----------------------------------------------------------------
# Options of one manual page section: the tag lines (after .TP) between .SH "$1" and the next .SH.
man_options() {
    awk -v section="$1" '
        /^\.SH / { name = $0; sub(/^\.SH +/, "", name); gsub(/"/, "", name); inside = (name == section); next }
        inside && tag { print; tag = 0; next }
        inside && /^\.TP/ { tag = 1 }' "$manpage" |
        sed 's/\\-/-/g' | grep -oE -- '(^|[[:space:]])--?[a-z][a-z-]*' | sed 's/^[[:space:]]*//' | sort -u
}
# Options that --help lists: the first column of the "Options:" block.
help_options() {
    awk '/^Options:/ { inside = 1; next } /^[^ ]/ { inside = 0 } inside && /^  -/' |
        sed -E 's/^  //; s/  .*//' | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | sort -u
}
compare_sets() { # what, man file, help file
    if ! diff -u --label "manual page" --label "$1" "$2" "$3" >"$work/diff"; then
        cat "$work/diff" >&2
        fail "the manual page and $1 list different options (- manual only, + help only)"
    fi
}
QT_QPA_PLATFORM=offscreen "$binary" --help >"$work/help" || fail "parallax --help failed"
"$binary" compare --help >"$work/compare-help" || fail "parallax compare --help failed"
"$binary" batch --help >"$work/batch-help" || fail "parallax batch --help failed"
man_options OPTIONS >"$work/man-main"
man_options "COMPARE OPTIONS" >"$work/man-compare"
man_options "BATCH OPTIONS" >"$work/man-batch"
help_options <"$work/help" >"$work/help-main"
help_options <"$work/compare-help" >"$work/help-compare"
help_options <"$work/batch-help" >"$work/help-batch"
[ -s "$work/man-main" ] || fail "the manual page has no OPTIONS section with options"
[ -s "$work/man-compare" ] || fail "the manual page has no COMPARE OPTIONS section with options"
[ -s "$work/man-batch" ] || fail "the manual page has no BATCH OPTIONS section with options"
compare_sets "parallax --help" "$work/man-main" "$work/help-main"
compare_sets "parallax compare --help" "$work/man-compare" "$work/help-compare"
compare_sets "parallax batch --help" "$work/man-batch" "$work/help-batch"
step "options in both: $(paste -sd' ' "$work/help-main") | compare: $(paste -sd' ' "$work/help-compare") | batch: $(paste -sd' ' "$work/help-batch")"

version=$(QT_QPA_PLATFORM=offscreen "$binary" --version) || fail "parallax --version failed"
grep -q "^\.TH PARALLAX 1 [^ ]* \"$version\"" "$manpage" ||
    fail "the manual page's .TH line does not name '$version' (what parallax --version prints)"

# Every place that names the release names the one the program reports.
number=${version##* }
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$release" = "$number" ] || fail "the newest release in the metainfo is '$release', the program is $number"
if command -v dpkg-parsechangelog >/dev/null; then
    entry=$(dpkg-parsechangelog -l "$src/packaging/changelog" -S Version)
else
    entry=$(sed -n '1s/^[^ ]* (\([^)]*\)).*/\1/p' "$src/packaging/changelog")
fi
[ "$entry" = "$number" ] || fail "the newest packaging/changelog entry is '$entry', the program is $number"

# -ww: all warnings; -z: no output, only the diagnostics.
if ! groff -man -ww -z -Tutf8 "$manpage" >"$work/groff" 2>&1 || [ -s "$work/groff" ]; then
    cat "$work/groff" >&2
    fail "groff warns about the manual page"
fi

if [ $failures -gt 0 ]; then
    echo "cli_packaging: $failures check(s) failed" >&2
    exit 1
fi
step "desktop entry, metainfo, icons, install layout and manual page are consistent"
