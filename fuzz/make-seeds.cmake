# Writes the seed corpus of one fuzz target at build time from the project's own sample and test fixtures
# (never from the real-text corpus). The regression inputs (fuzz/regressions/TARGET) stay where they are:
# run-fuzzers.sh hands them to the target itself.
#   cmake -DFUZZER=fuzz_load_text -DSOURCE_DIR=... -DOUT=... -P make-seeds.cmake
cmake_minimum_required(VERSION 3.25)
set(sample ${SOURCE_DIR}/resources/sample)
set(fixtures ${SOURCE_DIR}/tests/data)
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
string(ASCII 30 separator) # fuzz/fuzzinput.h: VersionSeparator

function(seed_files)
    foreach(f IN LISTS ARGN)
        get_filename_component(name ${f} NAME)
        file(COPY_FILE ${f} ${OUT}/${name})
    endforeach()
endfunction()

# Several versions in one input: the files' contents joined by the separator, each after an optional
# prefix (the format selector of fuzz_json).
function(seed_versions name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "FILES;PREFIXES")
    set(content "")
    set(index 0)
    foreach(f IN LISTS arg_FILES)
        file(READ ${f} text)
        if(index GREATER 0)
            string(APPEND content "${separator}")
        endif()
        if(arg_PREFIXES)
            list(GET arg_PREFIXES ${index} prefix)
            string(ASCII ${prefix} prefix)
            string(APPEND content "${prefix}")
        endif()
        string(APPEND content "${text}")
        math(EXPR index "${index} + 1")
    endforeach()
    file(WRITE ${OUT}/${name} "${content}")
endfunction()

# The page wrapped the way a browser saves it as one file (MIME multipart/related, RFC 2557).
function(seed_mhtml name html)
    file(READ ${html} text)
    set(b "----=_Parallax_seed")
    file(WRITE ${OUT}/${name}
        "From: <Saved by a browser>\r\nSubject: Seed page\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"${b}\"\r\n\r\n"
        "--${b}\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n"
        "Content-Location: https://example.invalid/story\r\n\r\n${text}\r\n"
        "--${b}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://example.invalid/a.png\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYAAAAAMAASsJTYQAAAAASUVORK5CYII=\r\n"
        "--${b}--\r\n")
endfunction()

set(window ${fixtures}/window/a-wire.txt ${fixtures}/window/b-daily.txt ${fixtures}/window/c-herald.txt)
if(FUZZER STREQUAL "fuzz_load_text")
    seed_files(${sample}/01-wire.txt ${sample}/04-sallowmere-herald.txt ${window})
elseif(FUZZER STREQUAL "fuzz_load_markdown")
    seed_files(${sample}/03-transit-ledger.md ${fixtures}/engine/article.md)
elseif(FUZZER STREQUAL "fuzz_load_html")
    seed_files(${sample}/02-vellport-courier.html ${fixtures}/engine/furniture.html
        ${fixtures}/engine/malformed.html)
elseif(FUZZER STREQUAL "fuzz_load_mhtml")
    seed_mhtml(courier.mhtml ${sample}/02-vellport-courier.html)
    seed_mhtml(furniture.mhtml ${fixtures}/engine/furniture.html)
    seed_mhtml(malformed.mhtml ${fixtures}/engine/malformed.html)
    # A quoted-printable page part (what Chrome writes).
    file(WRITE ${OUT}/quoted-printable.mhtml
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"qp\"\r\n\r\n--qp\r\n"
        "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        "<html><head><meta property=3D\"og:site_name\" content=3D\"Seed Post\"></head><body><article>=\r\n"
        "<h1>Caf=C3=A9 reopens</h1><p>The caf=C3=A9 reopened on Monday, its owner said. It had been =\r\n"
        "closed for a year.</p></article></body></html>\r\n--qp--\r\n")
elseif(FUZZER STREQUAL "fuzz_segment")
    seed_files(${sample}/01-wire.txt ${sample}/03-transit-ledger.md ${window})
elseif(FUZZER STREQUAL "fuzz_align" OR FUZZER STREQUAL "fuzz_quotes")
    seed_versions(window-three FILES ${window})
    seed_versions(window-two FILES ${fixtures}/window/a-wire.txt ${fixtures}/window/c-herald.txt)
    seed_versions(sample-two FILES ${sample}/01-wire.txt ${sample}/04-sallowmere-herald.txt)
    set(rewrites ${fixtures}/rewrites/ferry)
    seed_versions(rewrites-two FILES ${rewrites}/01-wire.txt ${rewrites}/02-islander.txt)
elseif(FUZZER STREQUAL "fuzz_json")
    # Format selectors (fuzz_json.cpp): 3 plain text, 1 Markdown, 2 HTML.
    seed_versions(window-three FILES ${window} PREFIXES 3 3 3)
    seed_versions(sample-three FILES ${sample}/01-wire.txt ${sample}/02-vellport-courier.html
        ${sample}/03-transit-ledger.md PREFIXES 3 2 1)
    seed_versions(engine-two FILES ${fixtures}/engine/article.md ${fixtures}/engine/malformed.html PREFIXES 1 2)
else()
    message(FATAL_ERROR "make-seeds.cmake: no seeds for ${FUZZER}")
endif()
