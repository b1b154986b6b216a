#!/usr/bin/env bash
# Rewrites tests/data/reference/*.json from the current build, on purpose: run it after a change that is
# meant to alter the comparison, then read `git diff tests/data/reference` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/parallax-dev exec bash -c 'cmake --build --preset ci --target tst_referencereports >/dev/null &&
    PARALLAX_REGENERATE_REFERENCES=1 QT_QPA_PLATFORM=offscreen build/ci/tests/tst_referencereports'
git --no-pager diff --stat -- tests/data/reference
