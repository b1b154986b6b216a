#!/usr/bin/env bash
# `parallax compare --pdf` run for real, headless, against what the annotated PDF promises:
#   - the bundled sample's PDF is written without a display and the command exits 0;
#   - pdfinfo: the story's headline as the PDF title, Parallax as the creator, A4 landscape, and
#     "Page N of M" on every page with M the real page count, no page but the last nearly empty;
#     pdffonts: every font embedded;
#   - pdftotext: the summary, every version's name, as many numbered notes as the comparison has
#     non-cosmetic changes (all changes with --annotate-cosmetic), the Sallowmere Herald's its/it's fix
#     as a spelling note, and the altered quotation (its fidelity and word change) in the quote table;
#   - the five real seed versions export too, when the corpus is there;
#   - an unwritable target fails with the file's name on stderr and exit code 1.
# What the sample holds is specified in docs/sample.md; the expected names, title and counts are read
# from the same command's JSON report, so this checks that the PDF shows what the comparison says.
#
# usage: cli_pdf.sh PARALLAX_BINARY SAMPLE_DIR [CORPUS_DIR]
set -uo pipefail

. "$(dirname "$(realpath "$0")")/cli-common.sh"
cli_begin cli_pdf 2 "$@"
cli_need pdftotext pdfinfo pdffonts python3
# No display: the command must not need one.
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen

# Python over the JSON report ($work/report.json) and the PDF's text ($work/raw.txt, whitespace
# collapsed): prints what it is asked for, or exits non-zero.
py() {
    python3 - "$work/report.json" "$@" <<'EOF'
import json, re, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
what = sys.argv[2]
rows = report["rows"]
printed = lambda c: not rows[c["row"]].get("boilerplate", False)
if what == "title":
    print(report["versions"][report["base"]]["title"] or "")
elif what == "names":
    print("\n".join(v["name"] for v in report["versions"]))
elif what == "notes":
    cosmetic = sys.argv[3] == "all"
    print(sum(1 for c in report["changes"]
              if printed(c) and (cosmetic or c["kind"] in ("wording", "substantive"))))
elif what == "altered":
    # One line per altered variant: outlet name, then its word changes.
    for group in report["quotes"]:
        for v in group["variants"]:
            if v["fidelity"] == "altered":
                print(report["versions"][v["version"]]["name"] + "\t" + "\t".join(v.get("wordChanges", [])))
EOF
}

text_of() { # $1 pdf, $2 mode (-layout or -raw) -> stdout
    pdftotext "$2" -enc UTF-8 "$1" - 2>/dev/null
}
collapsed() { tr -s ' \n\f\t' '    ' | sed 's/\xc2\xa0/ /g'; }

step "the sample's PDF, headless"
"$binary" compare --json "$work/report.json" --pdf "$work/sample.pdf" "$sample" >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" = 0 ] || fail "exit code $rc for --pdf on the sample: $(head -c 500 "$work/err")"
[ -s "$work/sample.pdf" ] || {
    fail "no PDF written"
    exit 1
}
[ -s "$work/report.json" ] || {
    fail "no JSON written alongside"
    exit 1
}

step "pdfinfo: title, creator, A4 landscape, page numbers"
pdfinfo "$work/sample.pdf" >"$work/info" 2>&1 || fail "pdfinfo cannot read the PDF: $(head -c 300 "$work/info")"
title=$(py title)
[ -n "$title" ] || fail "the report has no headline for the base"
grep -qxF "Title:           $title" "$work/info" || fail "PDF title is not \"$title\": $(grep '^Title' "$work/info")"
grep -q '^Creator: .*Parallax' "$work/info" || fail "creator is not Parallax: $(grep '^Creator' "$work/info")"
grep -q '^Page size: *841.89 x 595.276 pts (A4)\|^Page size: *842 x 595 pts (A4)' "$work/info" \
    || fail "not A4 landscape: $(grep '^Page size' "$work/info")"
pages=$(sed -n 's/^Pages: *//p' "$work/info")
[ "${pages:-0}" -ge 2 ] || fail "only ${pages:-0} pages"
text_of "$work/sample.pdf" -layout >"$work/layout.txt"
for ((p = 1; p <= ${pages:-0}; p++)); do
    pdftotext -f "$p" -l "$p" -layout "$work/sample.pdf" - 2>/dev/null | grep -q "Page $p of $pages" \
        || fail "page $p does not say \"Page $p of $pages\""
done
# No page but the last stands nearly empty: a summary ending with a short table shares its last page with
# the side-by-side pages instead of leaving it to that table alone.
for ((p = 1; p < ${pages:-0}; p++)); do
    lines=$(pdftotext -f "$p" -l "$p" -layout "$work/sample.pdf" - 2>/dev/null | grep -c '[^[:space:]]')
    [ "$lines" -ge 20 ] || fail "page $p of $pages holds only $lines lines of text"
done

step "pdffonts: every font embedded"
pdffonts "$work/sample.pdf" >"$work/fonts" 2>&1 || fail "pdffonts failed"
fonts=$(tail -n +3 "$work/fonts" | wc -l)
[ "$fonts" -ge 1 ] || fail "no fonts: real text is missing"
# Columns: name type encoding emb sub uni object ID; emb is the fifth from the end.
not_embedded=$(tail -n +3 "$work/fonts" | awk '{ if ($(NF-4) != "yes") print $1 }')
[ -z "$not_embedded" ] || fail "fonts not embedded: $not_embedded"

step "pdftotext: summary, versions, notes"
for section in Versions Legend "Changes against the base" Similarity Quotations "Side by side:"; do
    grep -qF "$section" "$work/layout.txt" || fail "summary section \"$section\" missing"
done
grep -qF "$title" "$work/layout.txt" || fail "the headline is not printed"
while IFS= read -r name; do
    grep -qF "$name" "$work/layout.txt" || fail "version \"$name\" is not named in the PDF"
done < <(py names)
text_of "$work/sample.pdf" -raw | collapsed >"$work/raw.txt"
expected=$(py notes numbered)
[ "$expected" -ge 1 ] || fail "the sample has no wording or substantive change"
# "39 changes are numbered", or "39 change(s) numbered" where the plural form is left to translation.
announced='change(s|\(s\))? ((is|are) )?numbered'
grep -qE "(^| )$expected $announced" "$work/raw.txt" \
    || fail "summary does not announce $expected numbered changes: $(grep -oE "[0-9]+ $announced" "$work/raw.txt")"
notes=$(grep -oE '(^| )[0-9]+ (substantive|wording|spelling|typography)(, [a-z ]+)?: ' "$work/raw.txt" | wc -l)
[ "$notes" = "$expected" ] || fail "$notes notes printed, the comparison has $expected non-cosmetic changes"
# A substantive change names the fact that changed: "3 substantive, number: ‘about 300’ → ‘more than 400’".
grep -qE '[0-9]+ substantive, [a-z ]+: ' "$work/raw.txt" || fail "no substantive note names its reason"
grep -qE '[0-9]+ (spelling|typography): ' "$work/raw.txt" && fail "cosmetic changes numbered without --annotate-cosmetic"

step "the altered quotation"
py altered >"$work/altered"
[ -s "$work/altered" ] || fail "the comparison reports no altered quotation (docs/sample.md: Q1 in 03-transit-ledger)"
grep -qE '(^| )altered( |$)' "$work/raw.txt" || fail "no \"altered\" fidelity in the quote table"
while IFS=$'\t' read -r outlet changes; do
    [ -n "$changes" ] || continue
    IFS=$'\t' read -r -a list <<<"$changes"
    for change in "${list[@]}"; do
        grep -qF "$outlet: $change" "$work/raw.txt" \
            || grep -qF "$change" "$work/raw.txt" \
            || fail "altered quote of $outlet: \"$change\" not in the PDF"
    done
done <"$work/altered"

step "--annotate-cosmetic: the its/it's fix is a note"
"$binary" compare --annotate-cosmetic --json "$work/report.json" --pdf "$work/cosmetic.pdf" "$sample" \
    >"$work/out" 2>"$work/err" || fail "--annotate-cosmetic failed: $(head -c 300 "$work/err")"
text_of "$work/cosmetic.pdf" -raw | collapsed >"$work/raw.txt"
grep -qF "spelling: ‘its’ → ‘it’s’" "$work/raw.txt" || fail "the its/it's fix is not annotated"
expected=$(py notes all)
notes=$(grep -oE '(^| )[0-9]+ (substantive|wording|spelling|typography)(, [a-z ]+)?: ' "$work/raw.txt" | wc -l)
[ "$notes" = "$expected" ] || fail "$notes notes printed with --annotate-cosmetic, the comparison has $expected changes"

if [ -n "$corpus" ] && [ -d "$corpus/seeds" ]; then
    step "the five seeds"
    "$binary" compare --json "$work/report.json" --pdf "$work/seeds.pdf" "$corpus/seeds" >"$work/out" 2>"$work/err" \
        || fail "the seeds did not export: $(head -c 300 "$work/err")"
    seed_pages=$(pdfinfo "$work/seeds.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    [ "${seed_pages:-0}" -ge 2 ] || fail "seeds PDF has ${seed_pages:-0} pages"
    text_of "$work/seeds.pdf" -layout >"$work/layout.txt"
    while IFS= read -r name; do
        grep -qF "$name" "$work/layout.txt" || fail "seed \"$name\" is not named in the PDF"
    done < <(py names)
else
    step "no corpus folder: the seeds are not exported"
fi

step "an unwritable target"
"$binary" compare --pdf "$work/missing-folder/out.pdf" "$sample" >"$work/out" 2>"$work/err"
rc=$?
[ "$rc" = 1 ] || fail "exit code $rc for an unwritable PDF, expected 1"
grep -qF "$work/missing-folder/out.pdf" "$work/err" || fail "the error does not name the file: $(cat "$work/err")"

cli_end
