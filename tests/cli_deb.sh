#!/usr/bin/env bash
# The Debian package, installed as a user would: builds parallax_<version>_<arch>.deb with CPack,
# installs it with apt-get into a clean Debian 13 root that holds a minimal system plus exactly the
# package's declared dependencies, and runs the installed program there:
#   - every binary and Qt plugin it relies on resolves all its libraries,
#   - `parallax --version` on a real X server (loads the xcb platform plugin) prints what the build
#     tree's binary prints,
#   - `parallax compare` on the sample writes the same JSON as the build tree's binary, and a PDF with
#     embedded fonts,
#   - the .parallax MIME type is in the MIME database (shared-mime-info's trigger) and the desktop entry,
#     and `parallax FILE.parallax` opens the session,
#   - purging the package leaves none of its files behind, nor the MIME type.
#
# The clean root is made once with mmdebstrap (this needs the Debian mirror) and cached outside the
# source tree under a hash of the package names in its Depends line; every run works in a throw-away
# overlay on top of it, so the cached root stays clean. Without network the first run fails and says so.
#
# usage: cli_deb.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]   (as root: it mounts and chroots)
# Environment: PARALLAX_DEB_ROOT_CACHE (default /var/cache/parallax-deb-test) where clean roots are kept,
# PARALLAX_MMDEBSTRAP the mmdebstrap to use.
set -euo pipefail
export PATH=$PATH:/usr/local/sbin:/usr/sbin:/sbin

fail() {
    echo "cli_deb: FAIL: $*" >&2
    exit 1
}
step() { echo "cli_deb: $*"; }

[ $# -ge 2 ] || fail "usage: cli_deb.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]"
binary=$(realpath "$1")
sample=$(realpath "$2")
build=$(cd "$(dirname "$binary")/.." && pwd)
mmdebstrap=${PARALLAX_MMDEBSTRAP:-mmdebstrap}
cache=${PARALLAX_DEB_ROOT_CACHE:-/var/cache/parallax-deb-test}

[ "$(id -u)" = 0 ] || fail "needs root to mount and chroot; run it through packaging/parallax-dev test"
[ -f "$build/CPackConfig.cmake" ] || fail "$build has no CPackConfig.cmake: not a configured build directory"
for tool in cpack dpkg-deb dpkg unshare chroot mount flock Xvfb pdffonts sha256sum; do
    command -v "$tool" >/dev/null || fail "$tool is needed and not installed"
done
[ -d "$sample" ] || fail "no sample folder at $sample"

work=$(mktemp -d /tmp/parallax-deb-test.XXXXXX)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    # The overlay and bind mounts lived in the namespace of the inner shell and are gone with it.
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# --- the package ------------------------------------------------------------------------------------
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"
deb_name=parallax_${version}_$(dpkg --print-architecture).deb
step "building $deb_name with cpack"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/package" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack could not build the package"
fi
deb=$work/package/$deb_name
[ -f "$deb" ] || fail "cpack wrote no $deb_name; it wrote: $(cd "$work/package" && ls -- *.deb 2>/dev/null)"
[ "$(dpkg-deb -f "$deb" Package)" = parallax ] || fail "the package is not named parallax"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
step "package size $(stat -c %s "$deb") bytes"
step "Depends: $depends"

# --- the clean Debian 13 root -----------------------------------------------------------------------
# apt-get in the overlay then finds every dependency installed and downloads nothing. mmdebstrap takes
# package names, so the first alternative of each dependency is installed, without version relations;
# dpkg checks those when the package is installed.
packages=$(printf '%s\n' "$depends" | tr ',' '\n' | sed -E 's/\|.*//; s/\(.*\)//; s/[[:space:]]//g' |
    grep . | sort -u | paste -sd, -)
# Keyed by the names only: the minimum versions dpkg-shlibdeps writes move with every new symbol the
# code uses, and any Debian 13 root satisfies them.
root=$cache/trixie-$(printf 'trixie\n%s\n' "$packages" | sha256sum | cut -c1-12)
mkdir -p "$cache"
# Builds of other presets (asan links more libraries) may make or use roots at the same time.
exec 9>"$cache/.lock"
flock 9
if [ ! -f "$root/.parallax-complete" ]; then
    command -v "$mmdebstrap" >/dev/null ||
        fail "mmdebstrap is needed to make the clean Debian 13 root (apt-get install mmdebstrap mount)"
    # Roots of dependency sets that no build has used for a week are of no further use.
    for old in "$cache"/trixie-*; do
        [ -e "$old" ] && [ "$old" != "$root" ] || continue
        if [ ! -f "$old/.parallax-complete" ] || [ -n "$(find "$old/.parallax-complete" -mtime +7)" ]; then
            rm -rf --one-file-system "$old"
        fi
    done
    step "making the clean Debian 13 root $root (once per dependency set; downloads about 150 MB)"
    started=$SECONDS
    if ! "$mmdebstrap" --quiet --variant=apt --include="$packages" trixie "$root.tmp" >"$work/mmdebstrap.log" 2>&1; then
        tail -n 30 "$work/mmdebstrap.log" >&2
        rm -rf --one-file-system "$root.tmp"
        fail "could not make the clean Debian 13 root with mmdebstrap: no network, or the Debian mirror is" \
            "unreachable (log above). The package test cannot run without it."
    fi
    touch "$root.tmp/.parallax-complete"
    mv "$root.tmp" "$root"
    step "clean root ready after $((SECONDS - started)) s"
else
    touch "$root/.parallax-complete"
    step "reusing the clean Debian 13 root $root"
fi
flock -u 9
exec 9>&-

# --- an X server for the window-system plugin ---------------------------------------------------------
mkdir -p /tmp/.X11-unix
chmod 1777 /tmp/.X11-unix
Xvfb -displayfd 3 -nolisten tcp -screen 0 1024x768x24 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
done
[ -s "$work/display" ] || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
display=:$(head -n 1 "$work/display")

# What the build tree's binary says is what the installed one must say.
QT_QPA_PLATFORM=offscreen "$binary" --version >"$work/expected-version" ||
    fail "the build tree's parallax --version failed"
"$binary" compare --json - "$sample" >"$work/expected.json" || fail "the build tree's parallax compare failed"

# --- install and run, in a private mount namespace that takes every mount with it -----------------------
inside() {
    set -euo pipefail
    local merged=$work/merged
    mkdir -p "$work/upper" "$work/overlay-work" "$merged"
    mount -t overlay overlay -o "lowerdir=$root,upperdir=$work/upper,workdir=$work/overlay-work" "$merged" ||
        fail "cannot mount an overlay on the clean root"
    mount --rbind /dev "$merged/dev"
    mount -t proc proc "$merged/proc"
    mkdir -p "$merged/tmp/.X11-unix" "$merged$sample"
    mount --bind /tmp/.X11-unix "$merged/tmp/.X11-unix"
    # The sample at the same path as outside, so that the paths in the JSON agree.
    mount --bind "$sample" "$merged$sample"
    mount -o remount,bind,ro "$merged$sample"
    cp "$deb" "$merged/tmp/"
    # A user's environment; sanitizer settings pass, for the package of an asan build.
    local -a sanitizer_env=()
    [ -n "${ASAN_OPTIONS:-}" ] && sanitizer_env+=("ASAN_OPTIONS=$ASAN_OPTIONS")
    [ -n "${UBSAN_OPTIONS:-}" ] && sanitizer_env+=("UBSAN_OPTIONS=$UBSAN_OPTIONS")
    in_root() {
        chroot "$merged" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
            "${sanitizer_env[@]}" "$@"
    }

    step "installing $deb_name with apt-get"
    if ! in_root apt-get install -y "/tmp/$deb_name" >"$work/apt.log" 2>&1; then
        cat "$work/apt.log" >&2
        fail "apt-get could not install the package in the clean root"
    fi

    local plugins f
    plugins=/$(cd "$merged" && echo usr/lib/*/qt6/plugins)
    for f in /usr/bin/parallax "$plugins/platforms/libqxcb.so" "$plugins/platforms/libqoffscreen.so" \
             "$plugins/iconengines/libqsvgicon.so" "$plugins/imageformats/libqsvg.so"; do
        [ -f "$merged$f" ] || fail "$f is missing in the clean root after installing the package"
        if in_root ldd "$f" | grep 'not found'; then
            fail "$f misses libraries in the clean root"
        fi
    done
    in_root fc-match sans-serif | grep -q . || fail "fontconfig finds no font in the clean root"

    step "parallax --version on $display"
    in_root DISPLAY="$display" parallax --version >"$work/version" 2>"$work/version.err" || {
        cat "$work/version.err" >&2
        fail "the installed parallax --version failed on an X display"
    }
    cmp -s "$work/version" "$work/expected-version" ||
        fail "the installed parallax --version printed '$(cat "$work/version")', the build tree's" \
            "'$(cat "$work/expected-version")'"

    step "parallax compare on the sample"
    in_root parallax compare --json - "$sample" >"$work/installed.json" 2>"$work/compare.err" || {
        cat "$work/compare.err" >&2
        fail "the installed parallax compare --json failed"
    }
    [ -s "$work/installed.json" ] || fail "the installed parallax compare wrote no JSON"
    cmp -s "$work/installed.json" "$work/expected.json" ||
        fail "the installed parallax compare wrote other JSON than the build tree's binary"
    in_root parallax compare --pdf /tmp/sample.pdf "$sample" 2>"$work/pdf.err" || {
        cat "$work/pdf.err" >&2
        fail "the installed parallax compare --pdf failed"
    }
    [ "$(head -c 5 "$merged/tmp/sample.pdf")" = %PDF- ] || fail "the installed parallax wrote no PDF"
    # Fonts listed with "emb yes": the text was set in a real font found in the clean root.
    pdffonts "$merged/tmp/sample.pdf" >"$work/fonts" || fail "pdffonts cannot read the PDF"
    awk 'NR > 2 && $(NF-4) == "yes"' "$work/fonts" | grep -q . || {
        cat "$work/fonts" >&2
        fail "the PDF made in the clean root embeds no font"
    }
    # PDF inputs are read by the installed helper (lib/load/pdfhelper.h): the report just written, read
    # back; with a processor-time limit of 1 ms it must be refused, which proves the helper ran it.
    step "PDF input through /usr/libexec/parallax/parallax-pdftext"
    [ -x "$merged/usr/libexec/parallax/parallax-pdftext" ] || fail "the PDF helper is not installed in libexec"
    cp "$merged/tmp/sample.pdf" "$merged/tmp/sample-copy.pdf"
    in_root parallax compare --json /tmp/pdf-in.json /tmp/sample.pdf /tmp/sample-copy.pdf 2>"$work/pdf-in.err" || {
        cat "$work/pdf-in.err" >&2
        fail "the installed parallax could not read PDF inputs"
    }
    if in_root PARALLAX_PDF_HELPER_CPU_MS=1 parallax compare --json /tmp/pdf-in.json /tmp/sample.pdf \
        2>"$work/pdf-in.err" || ! grep -q 'longer than' "$work/pdf-in.err"; then
        cat "$work/pdf-in.err" >&2
        fail "the installed parallax did not read PDF inputs through its helper"
    fi

    # The session file type, registered the Debian way: the package only installs the shared-mime-info
    # XML, and that package's file trigger (interest-noawait /usr/share/mime/packages) rebuilds the MIME
    # database, without maintainer scripts of ours.
    step "the .parallax MIME type"
    [ -f "$merged/usr/share/mime/packages/org.parallax.Parallax.xml" ] ||
        fail "the MIME XML is not installed to /usr/share/mime/packages"
    if [ -f "$merged/var/lib/dpkg/info/shared-mime-info.triggers" ]; then
        [ -f "$merged/usr/share/mime/application/x-parallax-session.xml" ] ||
            fail "shared-mime-info's trigger did not add application/x-parallax-session to the MIME database"
        grep -q 'application/x-parallax-session:\*\.parallax' "$merged/usr/share/mime/globs2" ||
            fail "the MIME database does not map *.parallax to application/x-parallax-session"
    else
        step "shared-mime-info is not in the clean root: its trigger is not checked"
    fi
    grep -q '^MimeType=.*application/x-parallax-session;' "$merged/usr/share/applications/org.parallax.Parallax.desktop" ||
        fail "the desktop entry does not open application/x-parallax-session"
    # `parallax FILE.parallax` (what a double-click runs, Exec=parallax %F) opens the session's files.
    printf '{"schema": 1, "application": "Parallax", "inputs": ["%s"], "notes": []}\n' "$sample" \
        >"$merged/tmp/story.parallax"
    in_root DISPLAY="$display" PARALLAX_QUIT_AFTER_FIRST_PAINT=1 parallax /tmp/story.parallax \
        >"$work/session.out" 2>"$work/session.err" || {
        cat "$work/session.err" >&2
        fail "the installed parallax could not open a .parallax file"
    }
    grep -q "first comparison painted" "$work/session.err" || {
        cat "$work/session.err" >&2
        fail "parallax FILE.parallax showed no comparison"
    }
    in_root parallax compare --session /tmp/story.parallax --json /tmp/session.json 2>"$work/session.err" || {
        cat "$work/session.err" >&2
        fail "the installed parallax compare --session failed"
    }
    [ -s "$merged/tmp/session.json" ] || fail "parallax compare --session wrote no JSON"

    step "purging the package"
    in_root dpkg --purge parallax >"$work/purge.log" 2>&1 || {
        cat "$work/purge.log" >&2
        fail "dpkg --purge parallax failed"
    }
    local left=0 path
    while read -r path; do
        path=${path#.}
        if [ -f "$merged$path" ] || [ -L "$merged$path" ]; then
            echo "left behind: $path" >&2
            left=1
        fi
    done < <(dpkg-deb --fsys-tarfile "$deb" | tar -t)
    [ $left = 0 ] || fail "purging the package left files behind"
    if [ -f "$merged/var/lib/dpkg/info/shared-mime-info.triggers" ] &&
        [ -e "$merged/usr/share/mime/application/x-parallax-session.xml" ]; then
        fail "the MIME database still knows application/x-parallax-session after the purge"
    fi
}

export -f inside fail step
export work root sample deb deb_name display
# Inside a chroot "/" is no mount point and its propagation cannot be changed; there the chroot's own
# namespace (packaging/parallax-dev makes it private) already keeps these mounts from the host.
propagation=private
mountpoint -q / || propagation=unchanged
unshare --mount --propagation $propagation bash -c inside
step "the package installs, runs and purges cleanly"
