#!/usr/bin/env bash
# The real program in other languages:
#   - the window follows the system locale (LANG), the "language" setting overrides it and --lang
#     overrides both (seen in --help, whose texts are translated);
#   - an unknown --lang says so on stderr and speaks English;
#   - `parallax compare` translates its messages and the PDF by the locale, while its JSON report is
#     the same bytes in every language.
#
# usage: cli_translations.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -uo pipefail

. "$(dirname "$(realpath "$0")")/cli-common.sh"
cli_begin cli_translations 2 "$@"
mkdir -p "$work/home" "$work/config"

# Runs the binary in a clean environment: the locale variables as VAR=VALUE, then "--", then the
# program's arguments. stdout, stderr and the exit code land in $work/out, $work/err, $rc.
run() {
    local vars=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do
        vars+=("$1")
        shift
    done
    shift
    env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen \
        "${vars[@]}" "$binary" "$@" >"$work/out" 2>"$work/err"
    rc=$?
}

expect_help() { # what, expected text in --help
    if [ "$rc" -ne 0 ]; then
        fail "$1: exit code $rc ($(head -c 300 "$work/err"))"
    elif ! grep -qF -- "$2" "$work/out"; then
        fail "$1: --help does not say '$2':"
        head -n 5 "$work/out" >&2
    fi
}

german="Versionen eines Artikels nebeneinander lesen."
french="Lire côte à côte les versions d’un article."
english="Read versions of an article side by side."

step "the system locale"
run LANG=de_DE.UTF-8 -- --help
expect_help "LANG=de_DE.UTF-8" "$german"
run LANG=fr_FR.UTF-8 -- --help
expect_help "LANG=fr_FR.UTF-8" "$french"
run LANG=fr_CA.UTF-8 -- --help
expect_help "LANG=fr_CA.UTF-8 (a region without its own translation)" "$french"
run LC_ALL=C.UTF-8 LANG=de_DE.UTF-8 -- --help
expect_help "LC_ALL=C.UTF-8 wins over LANG" "$english"
run LANG=ja_JP.UTF-8 -- --help
expect_help "LANG=ja_JP.UTF-8 (no translation)" "$english"

step "--lang"
run LANG=de_DE.UTF-8 -- --lang fr --help
expect_help "--lang fr over LANG=de_DE" "$french"
run LANG=fr_FR.UTF-8 -- --lang=de --help
expect_help "--lang=de over LANG=fr_FR" "$german"
run LANG=de_DE.UTF-8 -- --lang en --help
expect_help "--lang en over LANG=de_DE" "$english"
run LANG=C.UTF-8 -- --lang xx --help
expect_help "--lang xx" "$english"
grep -q "no translation for 'xx'" "$work/err" || fail "--lang xx does not warn on stderr: $(cat "$work/err")"
grep -q -- "--lang <CODE>" "$work/out" || fail "--help does not list --lang <CODE>"

step "the language setting"
mkdir -p "$work/config/Parallax"
printf '[General]\nlanguage=fr\n' >"$work/config/Parallax/Parallax.conf"
run LANG=de_DE.UTF-8 -- --help
expect_help "setting fr over LANG=de_DE" "$french"
run LANG=de_DE.UTF-8 -- --lang de --help
expect_help "--lang de over setting fr" "$german"
rm "$work/config/Parallax/Parallax.conf"
run LANG=de_DE.UTF-8 -- --help
expect_help "no setting: LANG=de_DE again" "$german"

step "compare: messages translated, JSON unchanged"
run LANG=de_DE.UTF-8 -- compare
[ "$rc" -eq 1 ] || fail "compare without paths under LANG=de_DE: exit code $rc, expected 1 (no report)"
grep -q "keine Dateien oder Ordner angegeben" "$work/err" ||
    fail "compare without paths under LANG=de_DE is not German: $(cat "$work/err")"
run LANG=fr_FR.UTF-8 -- compare
grep -q "aucun fichier ni dossier indiqué" "$work/err" ||
    fail "compare without paths under LANG=fr_FR is not French: $(cat "$work/err")"

for lang in C.UTF-8 de_DE.UTF-8 fr_FR.UTF-8; do
    run LANG="$lang" -- compare --json "$work/report-$lang.json" "$sample"
    [ "$rc" -eq 0 ] || fail "compare under LANG=$lang: exit code $rc ($(head -c 300 "$work/err"))"
done
for lang in de_DE.UTF-8 fr_FR.UTF-8; do
    cmp -s "$work/report-C.UTF-8.json" "$work/report-$lang.json" ||
        fail "the JSON report under LANG=$lang differs from the one under LANG=C.UTF-8"
done
[ -s "$work/report-C.UTF-8.json" ] || fail "no JSON report written"

step "compare: load errors in the reader's language, codes in the JSON"
mkdir "$work/mixed"
cp "$sample"/* "$work/mixed/"
: >"$work/mixed/05-empty.txt"
for triple in "C.UTF-8:en:the file is empty" "C.UTF-8:de:die Datei ist leer" "C.UTF-8:fr:le fichier est vide" \
    "de_DE.UTF-8::die Datei ist leer"; do
    IFS=: read -r lang code message <<<"$triple"
    run LANG="$lang" -- compare ${code:+--lang "$code"} --json "$work/mixed-$lang-$code.json" "$work/mixed"
    # 2: the report is written, but a file could not be read.
    [ "$rc" -eq 2 ] || fail "compare of a folder with an empty file (LANG=$lang --lang $code): exit code $rc"
    grep -qF "05-empty.txt: $message" "$work/err" ||
        fail "LANG=$lang --lang $code: the empty file is not reported as '$message': $(cat "$work/err")"
    cmp -s "$work/mixed-C.UTF-8-en.json" "$work/mixed-$lang-$code.json" ||
        fail "the JSON report with an error under LANG=$lang --lang $code differs from the English one"
done
python3 -c '
import json, sys
errors = json.load(open(sys.argv[1], encoding="utf-8"))["errors"]
sys.exit(0 if [(e["path"].split("/")[-1], e["code"], e["reason"]) for e in errors]
         == [("05-empty.txt", "empty", "the file is empty")] else 1)' "$work/mixed-C.UTF-8-de.json" ||
    fail "the JSON report under --lang de does not give the empty file code empty and the English reason"

if command -v pdftotext >/dev/null; then
    for pair in "C.UTF-8:Summary:Page 1 of" "de_DE.UTF-8:Übersicht:Seite 1 von" "fr_FR.UTF-8:Résumé:Page 1 sur"; do
        IFS=: read -r lang heading footer <<<"$pair"
        run LANG="$lang" -- compare --pdf "$work/report-$lang.pdf" "$sample"
        if [ "$rc" -ne 0 ]; then
            fail "compare --pdf under LANG=$lang: exit code $rc ($(head -c 300 "$work/err"))"
            continue
        fi
        pdftotext "$work/report-$lang.pdf" "$work/pdf.txt"
        grep -qF "$heading" "$work/pdf.txt" || fail "the PDF under LANG=$lang has no heading '$heading'"
        grep -qF "$footer" "$work/pdf.txt" || fail "the PDF under LANG=$lang has no footer '$footer'"
    done
else
    fail "pdftotext (poppler-utils) is needed to read the translated PDF"
fi

cli_end "system locale, setting and --lang pick the language; compare's JSON is the same in every language"
