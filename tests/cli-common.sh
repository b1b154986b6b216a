# The beginning and the end that the tests/cli_*.sh scripts share; sourced by them, never run on its own
# (tests/CMakeLists.txt makes a test of every cli_*.sh, hence the hyphen in this file's name).
#
#   cli_begin NAME MIN_ARGS "$@"  the arguments PARALLAX_BINARY [SAMPLE_DIR [CORPUS_DIR]] as $binary,
#                                 $sample and $corpus (exit 2 with the usage when fewer than MIN_ARGS are
#                                 given), $tests (this folder) and $work (a temporary folder removed at exit)
#   fail MESSAGE                  counts a failed check and says which, on stderr
#   step MESSAGE                  says what is being checked
#   cli_need TOOL...              stops (exit 1) when a tool the test reads its results with is missing
#   cli_end [MESSAGE]             exit 1 with the number of failed checks, else prints MESSAGE

cli_begin() {
    cli_name=$1
    local min=$2
    shift 2
    failures=0
    [ $# -ge "$min" ] || {
        echo "usage: $cli_name.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]" >&2
        exit 2
    }
    binary=$(realpath "$1")
    sample=${2:+$(realpath "$2")}
    corpus=${3:-}
    tests=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
}

fail() {
    echo "$cli_name: FAIL: $*" >&2
    failures=$((failures + 1))
}

step() { echo "$cli_name: $*"; }

cli_need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || {
            echo "$cli_name: FAIL: $tool is needed to check the results" >&2
            exit 1
        }
    done
}

cli_end() {
    if [ "$failures" -gt 0 ]; then
        echo "$cli_name: $failures failure(s)" >&2
        exit 1
    fi
    step "${1:-all checks passed}"
}
