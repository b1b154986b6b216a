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

# A ZIP archive of the given entries (NAME CONTENT pairs), written with CMake's own archiver (libarchive),
# the way a Word or LibreOffice file is laid out.
function(seed_zip name)
    set(dir ${OUT}/.zip-${name})
    file(REMOVE_RECURSE ${dir})
    set(names "")
    set(entries ${ARGN})
    list(LENGTH entries count)
    math(EXPR last "${count} - 1")
    foreach(i RANGE 0 ${last} 2)
        math(EXPR j "${i} + 1")
        list(GET entries ${i} entry)
        list(GET entries ${j} content)
        file(WRITE ${dir}/${entry} "${content}")
        list(APPEND names ${entry})
    endforeach()
    execute_process(COMMAND ${CMAKE_COMMAND} -E tar cf ${OUT}/${name} --format=zip -- ${names}
        WORKING_DIRECTORY ${dir} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "make-seeds.cmake: could not write ${name}")
    endif()
    file(REMOVE_RECURSE ${dir})
endfunction()

# A PDF of one page per argument, each a list of lines "SIZE|TEXT" set top down in Helvetica, with its
# cross-reference table at the right offsets (Poppler would rebuild a wrong one, but a seed should be valid).
function(seed_pdf name)
    set(objects "<< /Type /Catalog /Pages 2 0 R >>")
    set(kids "")
    set(pages "")
    set(n 4) # 1 catalog, 2 page tree, 3 font
    foreach(page IN LISTS ARGN)
        string(REPLACE "#" ";" lines "${page}")
        set(stream "BT\n")
        set(y 760)
        foreach(line IN LISTS lines)
            string(REPLACE "|" ";" parts "${line}")
            list(GET parts 0 size)
            list(GET parts 1 text)
            string(APPEND stream "/F1 ${size} Tf 1 0 0 1 72 ${y} Tm (${text}) Tj\n")
            math(EXPR y "${y} - ${size} * 14 / 10")
        endforeach()
        string(APPEND stream "ET")
        string(LENGTH "${stream}" length)
        math(EXPR content "${n} + 1")
        list(APPEND pages "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>")
        list(APPEND pages "<< /Length ${length} >>\nstream\n${stream}\nendstream")
        string(APPEND kids "${n} 0 R ")
        math(EXPR n "${n} + 2")
    endforeach()
    list(LENGTH ARGN count)
    list(APPEND objects "<< /Type /Pages /Kids [${kids}] /Count ${count} >>")
    list(APPEND objects "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    list(APPEND objects ${pages})
    set(pdf "%PDF-1.4\n")
    set(xref "")
    set(i 1)
    foreach(object IN LISTS objects)
        string(LENGTH "${pdf}" offset)
        string(LENGTH "${offset}" digits)
        math(EXPR pad "10 - ${digits}")
        string(REPEAT "0" ${pad} zeros)
        string(APPEND xref "${zeros}${offset} 00000 n \n")
        string(APPEND pdf "${i} 0 obj\n${object}\nendobj\n")
        math(EXPR i "${i} + 1")
    endforeach()
    string(LENGTH "${pdf}" start)
    string(APPEND pdf "xref\n0 ${i}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${i} /Root 1 0 R >>\nstartxref\n${start}\n%%EOF\n")
    file(WRITE ${OUT}/${name} "${pdf}")
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
elseif(FUZZER STREQUAL "fuzz_load_office")
    set(w "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"")
    set(odf "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"")
    # Word: a heading by its style, tracked changes (an insertion kept, a deletion dropped), a comment, a
    # header, a footnote and a table; the title and date in the core properties.
    seed_zip(story.docx
        "[Content_Types].xml" "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
        "word/document.xml" "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ${w}><w:body><w:p><w:pPr><w:pStyle w:val=\"Titre1\"/></w:pPr><w:r><w:t>Harbour ferry returns</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">The ferry to Marrow Island </w:t></w:r><w:ins><w:r><w:t>finally </w:t></w:r></w:ins><w:del><w:r><w:delText>never </w:delText></w:r></w:del><w:r><w:t>sailed again on Monday.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Citation\"/></w:pPr><w:r><w:t>“We waited a year,” a resident said.</w:t></w:r><w:r><w:tab/><w:t>Café owners agreed.</w:t><w:br/></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Crossings a day: 6</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"
        "word/styles.xml" "<?xml version=\"1.0\"?><w:styles ${w}><w:style w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style><w:style w:styleId=\"Citation\"><w:name w:val=\"Quote\"/></w:style></w:styles>"
        "word/comments.xml" "<w:comments ${w}><w:comment><w:p><w:r><w:t>Check the date.</w:t></w:r></w:p></w:comment></w:comments>"
        "word/header1.xml" "<w:hdr ${w}><w:p><w:r><w:t>Island Weekly</w:t></w:r></w:p></w:hdr>"
        "word/footnotes.xml" "<w:footnotes ${w}><w:footnote w:id=\"1\"><w:p><w:r><w:t>Timetable from the operator.</w:t></w:r></w:p></w:footnote></w:footnotes>"
        "docProps/core.xml" "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:title>Ferry</dc:title><dc:creator>Desk</dc:creator><dcterms:modified>2026-03-03T07:45:00Z</dcterms:modified></cp:coreProperties>")
    # OpenDocument: a heading, a paragraph styled as a title, spans, spaces and a list.
    seed_zip(story.odt
        "mimetype" "application/vnd.oasis.opendocument.text"
        "META-INF/manifest.xml" "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"
        "content.xml" "<?xml version=\"1.0\"?><office:document-content ${odf}><office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/></office:automatic-styles><office:body><office:text><text:p text:style-name=\"P1\">Harbour ferry returns</text:p><text:h text:outline-level=\"2\">Monday</text:h><text:p>The ferry to Marrow Island<text:s text:c=\"2\"/>sailed <text:span>again</text:span> on Monday.<text:tab/>It had been laid up.<text:line-break/>Residents cheered.</text:p><text:list><text:list-item><text:p>Six crossings a day.</text:p></text:list-item></text:list><text:p><text:note><text:note-body><text:p>A note.</text:p></text:note-body></text:note>Tickets cost less.</text:p></office:text></office:body></office:document-content>"
        "meta.xml" "<?xml version=\"1.0\"?><office:document-meta ${odf}><office:meta><dc:title>Ferry</dc:title><dc:date>2026-03-03T07:45:00</dc:date></office:meta></office:document-meta>")
elseif(FUZZER STREQUAL "fuzz_load_pdf")
    # One page; then three pages with a running head, a page number, a heading in larger type and a
    # hyphenated line end.
    seed_pdf(one-page.pdf "18|Harbour ferry returns#11|The ferry to Marrow Island sailed again on Monday.#11|It had been laid up for a year.")
    seed_pdf(running-heads.pdf
        "9|Island Weekly#18|Harbour ferry returns#11|The ferry to Marrow Island sailed again on Mon-#11|day, its operator said.#9|1"
        "9|Island Weekly#11|Residents said they had waited a long time.#11|Six crossings a day are planned.#9|2"
        "9|Island Weekly#14|Tickets#11|A return ticket costs less than before.#9|3")
elseif(FUZZER STREQUAL "fuzz_load_email")
    set(head "From: Wire Desk <desk@wire.example>\r\nTo: news@paper.example\r\nSubject: =?utf-8?Q?Caf=C3=A9_ferry?= returns\r\nDate: Tue, 3 Mar 2026 07:45:00 +0100\r\nMessage-ID: <seed@wire.example>\r\nMIME-Version: 1.0\r\n")
    file(WRITE ${OUT}/plain.eml "${head}Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nThe ferry to Marrow Island sailed again on Monday. The caf=E9 reopened.\r\n\r\nOn Mon, 2 Mar 2026, Editor wrote:\r\n> Is the ferry back?\r\n\r\n-- \r\nWire Desk\r\n")
    file(WRITE ${OUT}/alternative.eml "${head}Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n--inner\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+VGhlIGZlcnJ5IHNhaWxlZCBhZ2FpbiBvbiBNb25kYXkuPC9wPg==\r\n--inner\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nThe ferry sailed again on Monday. Residents cheered.\r\n--inner--\r\n--outer\r\nContent-Type: application/pdf; name=\"timetable.pdf\"\r\nContent-Disposition: attachment; filename=\"timetable.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--outer--\r\n")
    file(WRITE ${OUT}/html-only.eml "${head}Content-Type: text/html; charset=\"windows-1252\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><h1>Harbour ferry</h1><p>The ferry =93sailed again=94 on Monday, its =\r\noperator said.</p></body></html>\r\n")
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
