# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile documents (issue 17): Word, OpenDocument, PDF and e-mail files that are truncated, encrypted,
zip bombs, entity bombs, deeply nested or named with another format's suffix (helpers in cases.py)."""

import base64
import io
import os
import quopri
import zipfile

from cases import EITHER, FAILS, LOADS, MARKER, THIRD, add, as_html, rnd

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def zipped(entries, compression=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, data in entries:
            z.writestr(name, data)
    return out.getvalue()


def docx_xml(text):
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines() if line.strip())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{paras}</w:body></w:document>'


def docx(text):
    return zipped([("[Content_Types].xml", "<Types/>"), ("word/document.xml", docx_xml(text))])


def odt(text):
    paras = "".join(f"<text:p>{line}</text:p>" for line in text.splitlines() if line.strip())
    content = ('<?xml version="1.0"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               f"<office:body><office:text>{paras}</office:text></office:body></office:document-content>")
    return zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)])


def eml(text, headers="", charset="iso-8859-1"):
    body = quopri.encodestring(text.replace("\n", "\r\n").encode(charset))
    return (b"From: Wire Desk <desk@wire.example>\r\nTo: news@paper.example\r\n"
            b"Subject: Ferry returns\r\nDate: Tue, 3 Mar 2026 07:45:00 +0100\r\nMIME-Version: 1.0\r\n"
            + headers.encode() + f"Content-Type: text/plain; charset={charset}\r\n".encode()
            + b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body)


GOOD_DOCX = docx(THIRD)
add("doc-docx", LOADS, GOOD_DOCX, "docx", MARKER)
add("doc-odt", LOADS, odt(THIRD), "odt", MARKER)
add("doc-eml-latin1-qp", LOADS, eml(THIRD), "eml", MARKER)
add("doc-eml-base64-html", LOADS,
    b"From: desk@wire.example\r\nSubject: Ferry\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + base64.encodebytes("".join(f"<p>{line}</p>" for line in THIRD.splitlines()).encode()), "eml", MARKER)

# Wrong suffixes: the bytes decide.
add("doc-docx-named-txt", LOADS, GOOD_DOCX, "txt", MARKER)
add("doc-docx-named-odt", LOADS, GOOD_DOCX, "odt", MARKER)
add("doc-odt-named-html", LOADS, odt(THIRD), "html", MARKER)
add("doc-eml-named-txt", LOADS, eml(THIRD), "txt", MARKER)
add("doc-text-named-docx", LOADS, THIRD, "docx", MARKER)
add("doc-text-named-pdf", LOADS, THIRD, "pdf", MARKER)

# Damaged and encrypted.
add("doc-docx-truncated", FAILS, GOOD_DOCX[: len(GOOD_DOCX) // 2], "docx")
add("doc-docx-central-directory-only", FAILS, GOOD_DOCX[GOOD_DOCX.rfind(b"PK\x01\x02"):], "docx")
add("doc-zip-random", FAILS, b"PK\x03\x04" + rnd(40, 8192), "docx")
add("doc-zip-without-document", FAILS, zipped([("readme.txt", THIRD)]), "docx")
add("doc-docx-stored-garbage-xml", FAILS, zipped([("word/document.xml", rnd(41, 4096))]), "docx")
add("doc-docx-encrypted", FAILS, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rnd(42, 8192), "docx")
add("doc-odt-encrypted", FAILS,
    zipped([("content.xml", rnd(43, 2048)),
            ("META-INF/manifest.xml", '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">'
                                      "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>")]),
    "odt")
add("doc-pdf-truncated", FAILS, b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Ty", "pdf")
add("doc-pdf-random", FAILS, b"%PDF-1.7\n" + rnd(44, 16384), "pdf")
add("doc-pdf-encrypted", FAILS,
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> "
    b"endobj\n3 0 obj << /Filter /Standard /V 1 /R 2 /P -4 /O <" + b"a" * 64 + b"> /U <" + b"b" * 64
    + b"> >> endobj\ntrailer << /Root 1 0 R /Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> "
      b"<00112233445566778899aabbccddeeff>] >>\n%%EOF\n", "pdf")
add("doc-eml-attachment-only", FAILS,
    b"From: desk@wire.example\r\nSubject: Scan\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pdf\r\n\r\nxx\r\n--b--\r\n",
    "eml")

# Bombs.
add("doc-zip-bomb-one-part", FAILS, zipped([("word/document.xml", b"\0" * (200 * 1024 * 1024))]), "docx")
add("doc-zip-bomb-declared-sizes", FAILS,
    zipped([(f"word/media/{i}.bin", b"\0" * (20 * 1024 * 1024)) for i in range(60)]
           + [("word/document.xml", docx_xml(THIRD))]), "docx")
add("doc-zip-many-entries", FAILS, zipped([(f"p/{i}", b"") for i in range(20000)], zipfile.ZIP_STORED), "docx")
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "ha">'
          + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
          + f"]><w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
add("doc-docx-billion-laughs", FAILS, zipped([("word/document.xml", LAUGHS)]), "docx")
add("doc-docx-external-entity", FAILS,
    zipped([("word/document.xml", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                  f"<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")]),
    "docx")
add("doc-docx-deep-nesting", FAILS,
    zipped([("word/document.xml", f"<w:document {W}><w:body>" + "<w:sdt>" * 100000 + "</w:sdt>" * 100000
             + "</w:body></w:document>")]), "docx")
add("doc-eml-deep-multipart", EITHER,
    b"From: a@b.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
    + b"".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode() for i in range(2000))
    + b"Content-Type: text/plain\r\n\r\n" + THIRD.encode(), "eml")
add("doc-odt-deep-spans", FAILS,
    zipped([("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
                            "<text:p>" + "<text:span>" * 100000 + "x" + "</text:span>" * 100000
                            + "</text:p></office:text></office:body></office:document-content>")]), "odt")


def pdf(pages):
    """A PDF whose pages have the given content streams (bytes), with a correct cross-reference table."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for content in pages:
        kids.append(f"{len(objects) + 1} 0 R".encode())
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                       f">> /Contents {len(objects) + 2} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


# The formats of last round (issue 13, item 4): each refused with its reason or read, within the budget.
add("doc-pdf-text", LOADS, pdf([b"BT /F1 12 Tf 72 700 Td 16 TL "
                               + b"".join(b"(" + line.encode("cp1252") + b") ' " for line in THIRD.splitlines())
                               + b"ET"]), "pdf", MARKER)
# A scan: every page one picture (an inline grey image), no text layer.
add("doc-pdf-image-only", FAILS,
    pdf([b"q 500 0 0 700 50 50 cm BI /W 4 /H 4 /CS /G /BPC 8 ID " + rnd(45 + i, 16) + b" EI Q" for i in range(3)]),
    "pdf")
add("doc-pdf-image-only-2000-pages", FAILS, pdf([b"q 10 0 0 10 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q"] * 2000),
    "pdf")
add("doc-odt-billion-laughs", FAILS,
    zipped([("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", '<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY l0 "ha">'
                            + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
                            + ']><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
                              "<text:p>&l9;</text:p></office:text></office:body></office:document-content>")]), "odt")
add("doc-odt-zip-bomb", FAILS,
    zipped([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", b" " * (300 * 1024 * 1024))]),
    "odt")
# Ten thousand attachments before the text part, and ten thousand empty parts: read, each part looked at once.
add("doc-eml-10000-parts", LOADS,
    b"From: desk@wire.example\r\nSubject: Ferry\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
    + b"".join(b"--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment\r\n\r\niVBORw0KGgo=\r\n"
               for _ in range(10_000))
    + b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + THIRD.encode() + b"\r\n--b--\r\n", "eml", MARKER)
add("doc-eml-10000-empty-parts", FAILS,
    b"From: desk@wire.example\r\nSubject: Ferry\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
    + b"--b\r\n\r\n" * 10_000 + b"--b--\r\n", "eml")
add("doc-eml-10000-nested-alternatives", EITHER,
    b"From: desk@wire.example\r\nSubject: Ferry\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
    + b"".join(b"--b\r\nContent-Type: multipart/alternative; boundary=c\r\n\r\n--c\r\nContent-Type: image/gif\r\n\r\nx\r\n"
               for _ in range(10_000))
    + b"--b--\r\n", "eml")
add("doc-eml-headers-only", FAILS,
    b"From: Wire Desk <desk@wire.example>\r\nTo: news@paper.example\r\nSubject: Ferry returns\r\n"
    b"Date: Tue, 3 Mar 2026 07:45:00 +0100\r\nMessage-ID: <x@wire.example>\r\nMIME-Version: 1.0\r\n", "eml")
add("doc-eml-headers-only-blank-body", FAILS,
    b"From: desk@wire.example\r\nSubject: Ferry returns\r\nMIME-Version: 1.0\r\n\r\n\r\n   \r\n", "eml")
add("doc-docx-really-html", LOADS, as_html(THIRD), "docx", MARKER)
add("doc-odt-really-html", LOADS, as_html(THIRD), "odt", MARKER)
add("doc-pdf-really-docx", LOADS, GOOD_DOCX, "pdf", MARKER)
# At the page limit (PdfDocument::MaxPages) with text on every page, and one page past it.
add("doc-pdf-2000-text-pages", EITHER,
    pdf([b"BT /F1 11 Tf 72 700 Td 14 TL (Page %d of the ferry report.) ' (The crossing ran late.) ' ET" % i
         for i in range(2000)]), "pdf")
add("doc-pdf-2001-pages", FAILS, pdf([b"BT /F1 11 Tf 72 700 Td (Ferry.) Tj ET"] * 2001), "pdf")
# A finding of fuzz_load_pdf (mutated from our own seed; kept here, not in fuzz/regressions, since every fuzz run
# would replay it at 1.6 GB): a text matrix made degenerate by a stray operator; Poppler's text extraction then
# takes 1.6 GB (pdftotext alone 0.8 GB) for 1,727 bytes.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "findings", "pdf-degenerate-text-matrix.pdf"),
          "rb") as finding:
    add("doc-pdf-degenerate-text-matrix", EITHER, finding.read(), "pdf")
