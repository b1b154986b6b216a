#!/usr/bin/env bash
# Fails, listing the files, when a C++ source differs from what clang-format makes of it.
set -euo pipefail
clang_format=$1
cd "$2"
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' 2>/dev/null || find app lib tests benchmarks -name '*.cpp' -o -name '*.h')
bad=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! "$clang_format" --dry-run --Werror "$f" 2>/dev/null; then
        echo "not formatted: $f (run: clang-format -i $f)"
        bad=1
    fi
done
echo "checked ${#files[@]} files"
exit $bad
