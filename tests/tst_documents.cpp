// SPDX-License-Identifier: GPL-3.0-or-later
// Word, OpenDocument, PDF and e-mail versions, made at test time from our own text.
#include "core/labels.h"
#include "load/articleloader.h"
#include "load/officedocument.h"
#include "load/versiondate.h"
#include "pdffixture.h"

#include <KZip>

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

using Entries = QList<std::pair<QString, QByteArray>>;

QByteArray zip(const Entries &entries)
{
    QBuffer buffer;
    KZip archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly))
        return {};
    for (const auto &[name, data] : entries)
        archive.writeFile(name, data);
    archive.close();
    return buffer.data();
}

const QByteArray wordNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

QByteArray wordStyles()
{
    // A French Word names its heading style "Titre1"; the name inside stays the built-in English one.
    return "<?xml version=\"1.0\"?><w:styles " + wordNs
        + "><w:style w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style>"
          "<w:style w:styleId=\"Citation\"><w:name w:val=\"Quote\"/></w:style></w:styles>";
}

QByteArray docx(const QByteArray &body, const QByteArray &core = {})
{
    Entries e { { u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?><Types/>"_ba },
        { u"word/document.xml"_s,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + wordNs + "><w:body>" + body
                + "</w:body></w:document>" },
        { u"word/styles.xml"_s, wordStyles() },
        { u"word/comments.xml"_s,
            "<w:comments " + wordNs
                + "><w:comment><w:p><w:r><w:t>Reviewer aside.</w:t></w:r></w:p></w:comment></w:comments>" },
        { u"word/header1.xml"_s,
            "<w:hdr " + wordNs + "><w:p><w:r><w:t>Running header text.</w:t></w:r></w:p></w:hdr>" } };
    if (!core.isEmpty())
        e.append({ u"docProps/core.xml"_s, core });
    return zip(e);
}

QByteArray para(const QByteArray &text, const QByteArray &properties = {})
{
    return "<w:p>" + (properties.isEmpty() ? QByteArray() : "<w:pPr>" + properties + "</w:pPr>")
        + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

QByteArray odt(const QByteArray &text)
{
    return zip({ { u"mimetype"_s, "application/vnd.oasis.opendocument.text"_ba },
        { u"content.xml"_s,
            "<?xml version=\"1.0\"?><office:document-content "
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\" "
            "style:parent-style-name=\"Title\"/></office:automatic-styles>"
            "<office:body><office:text>"
                + text + "</office:text></office:body></office:document-content>" },
        { u"meta.xml"_s,
            "<?xml version=\"1.0\"?><office:document-meta "
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
            "<meta:initial-creator>Ines Vidal</meta:initial-creator>"
            "<meta:creation-date>2026-03-04T08:15:00</meta:creation-date></office:meta></office:document-meta>"_ba } });
}

std::optional<Version> load(const QByteArray &data, TextFormat format, LoadError *error)
{
    return ArticleLoader::loadData(data, format, u"doc"_s, error, u"doc"_s);
}

QStringList sentences(const Version &v, bool boilerplate)
{
    QStringList out;
    for (qsizetype i = 0; i < v.sentences.size(); ++i) {
        if (v.sentences.at(i).boilerplate == boilerplate)
            out.append(v.sentenceText(i));
    }
    return out;
}

BlockKind kindOf(const Version &v, const QString &start)
{
    for (qsizetype i = 0; i < v.sentences.size(); ++i) {
        if (v.sentenceText(i).startsWith(start))
            return v.sentences.at(i).blockKind;
    }
    return BlockKind::Caption; // no such sentence: no test expects a caption
}

using PdfFixture::pdf;
using PdfFixture::PdfLine;

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordDocumentKeepsStructureAndAcceptsChanges();
    void openDocumentKeepsStructureAndAcceptsChanges();
    void bytesDecideTheFormat_data();
    void bytesDecideTheFormat();
    void badDocumentsAreRefusedWithTheirReason_data();
    void badDocumentsAreRefusedWithTheirReason();
    void pdfRejoinsLinesAndMarksRunningHeads();
    void pdfReadsTwoColumnsColumnByColumn();
    void pdfWithoutTextIsNamed();
    void emailPlainTextWithReplyAndSignature();
    void emailMultipartPrefersThePlainPart();
    void emailWithoutTextPart();
    void dateFromFileName_data();
    void dateFromFileName();
    void everyFileGetsADateAndItsSource();
};

void TestDocuments::wordDocumentKeepsStructureAndAcceptsChanges()
{
    const QByteArray body = para("Harbour reopens after storm", "<w:pStyle w:val=\"Titre1\"/>")
        + "<w:p><w:r><w:t xml:space=\"preserve\">The harbour </w:t></w:r>"
          "<w:del w:id=\"1\" w:author=\"Ed\"><w:r><w:delText>finally </w:delText></w:r></w:del>"
          "<w:ins w:id=\"2\" w:author=\"Ed\"><w:r><w:t xml:space=\"preserve\">fully </w:t></w:r></w:ins>"
          "<w:r><w:t>reopened on Monday.</w:t></w:r><w:commentReference w:id=\"0\"/></w:p>"
        + para("Ferries resume at dawn.", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
        + "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"Ed\"/></w:rPr></w:pPr><w:r><w:t>Repairs "
          "cost</w:t></w:r></w:p>"
        + para("four million euros.")
        + "<w:p><w:moveFrom w:id=\"4\"><w:r><w:t>Moved away text.</w:t></w:r></w:moveFrom></w:p>"
        + para("\"We are back,\" the harbour master said.", "<w:pStyle w:val=\"Citation\"/>");
    const QByteArray core
        = "<?xml version=\"1.0\"?><cp:coreProperties "
          "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
          "<dc:title>Template title</dc:title><dc:creator>Ola Berg</dc:creator>"
          "<dcterms:created>2026-05-01T09:30:00Z</dcterms:created></cp:coreProperties>";
    LoadError error;
    const std::optional<Version> v = load(docx(body, core), TextFormat::Docx, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QCOMPARE(toString(v->format), u"docx"_s);
    QCOMPARE(v->title, u"Harbour reopens after storm"_s);
    QCOMPARE(v->authors, QStringList { u"Ola Berg"_s });
    QCOMPARE(v->date, u"2026-05-01T09:30:00Z"_s);
    const QStringList text = sentences(*v, false);
    QVERIFY2(text.contains(u"The harbour fully reopened on Monday."_s), qPrintable(text.join(u'|')));
    QVERIFY(text.contains(u"Repairs cost four million euros."_s));
    QVERIFY(!v->text.contains(u"finally"_s));
    QVERIFY(!v->text.contains(u"Moved away"_s));
    QVERIFY(!v->text.contains(u"Reviewer aside"_s));
    QVERIFY(!v->text.contains(u"Running header"_s));
    QCOMPARE(kindOf(*v, u"Harbour reopens"_s), BlockKind::Heading);
    QCOMPARE(kindOf(*v, u"Ferries resume"_s), BlockKind::ListItem);
    QCOMPARE(kindOf(*v, u"\"We are back"_s), BlockKind::Quote);
    // The source panel shows the document's XML, one element a line.
    QVERIFY(v->rawText.contains(u"<w:body>"_s));
    QVERIFY(v->rawText.count(u'\n') > 10);
}

void TestDocuments::openDocumentKeepsStructureAndAcceptsChanges()
{
    const QByteArray text
        = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
          "<text:p>Deleted sentence kept for the record.</text:p></text:deletion></text:changed-region>"
          "</text:tracked-changes>"
          "<text:p text:style-name=\"P1\">Vellport tram line approved</text:p>"
          "<text:h text:outline-level=\"2\">Council vote</text:h>"
          "<text:p>The council<text:s/>voted<text:change text:change-id=\"c1\"/> nine to four"
          "<office:annotation><text:p>Check the count.</text:p></office:annotation>"
          " on Tuesday.<text:note><text:note-body><text:p>A "
          "footnote.</text:p></text:note-body></text:note></text:p>"
          "<text:list><text:list-item><text:p>Work starts in May.</text:p></text:list-item></text:list>"
        // Many skipped elements one after the other are no deep nesting.
        + QByteArray("<text:p>Aside<office:annotation><text:p>x</text:p></office:annotation></text:p>")
              .repeated(600)
        + "<text:p>The last paragraph is read.</text:p>";
    LoadError error;
    const std::optional<Version> v = load(odt(text), TextFormat::Odt, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QCOMPARE(toString(v->format), u"odt"_s);
    QCOMPARE(v->title, u"Vellport tram line approved"_s);
    QCOMPARE(v->authors, QStringList { u"Ines Vidal"_s });
    QCOMPARE(v->date, u"2026-03-04T08:15:00"_s);
    const QStringList body = sentences(*v, false);
    QVERIFY2(body.contains(u"The council voted nine to four on Tuesday."_s), qPrintable(body.join(u'|')));
    QVERIFY(!v->text.contains(u"Deleted sentence"_s));
    QVERIFY(!v->text.contains(u"Check the count"_s));
    QVERIFY(!v->text.contains(u"footnote"_s));
    QCOMPARE(kindOf(*v, u"Vellport tram"_s), BlockKind::Heading);
    QCOMPARE(kindOf(*v, u"Council vote"_s), BlockKind::Heading);
    QCOMPARE(kindOf(*v, u"Work starts"_s), BlockKind::ListItem);
    QVERIFY(body.contains(u"The last paragraph is read."_s));
}

void TestDocuments::bytesDecideTheFormat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TextFormat>("claimed");
    QTest::addColumn<QString>("format");
    const QByteArray word = docx(para("A short article about the sea.") + para("The tide rose at noon."));
    QTest::newRow("docx named .txt") << word << TextFormat::PlainText << u"docx"_s;
    QTest::newRow("docx named .odt") << word << TextFormat::Odt << u"docx"_s;
    QTest::newRow("odt named .docx") << odt("<text:p>The tide rose at noon.</text:p>") << TextFormat::Docx
                                     << u"odt"_s;
    QTest::newRow("pdf named .html") << pdf({ { 0, 20, 30, u"The tide rose at noon."_s } })
                                     << TextFormat::Html << u"pdf"_s;
    QTest::newRow("html named .docx")
        << "<!DOCTYPE html><html><body><p>The tide rose at noon.</p></body></html>"_ba << TextFormat::Docx
        << u"html"_s;
    QTest::newRow("text named .pdf") << "The tide rose at noon.\n"_ba << TextFormat::Pdf << u"text"_s;
    QTest::newRow("e-mail named .txt") << "From: a@example.org\nSubject: Tide\n\nThe tide rose at noon.\n"_ba
                                       << TextFormat::PlainText << u"email"_s;
    QTest::newRow("text with a colon stays text")
        << "Note: the tide rose at noon.\n\nIt fell later.\n"_ba << TextFormat::PlainText << u"text"_s;
}

void TestDocuments::bytesDecideTheFormat()
{
    QFETCH(QByteArray, data);
    QFETCH(TextFormat, claimed);
    QFETCH(QString, format);
    LoadError error;
    const std::optional<Version> v = load(data, claimed, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QCOMPARE(toString(v->format), format);
    QVERIFY(v->text.contains(u"tide rose at noon"_s));
}

void TestDocuments::badDocumentsAreRefusedWithTheirReason_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TextFormat>("claimed");
    QTest::addColumn<QString>("code");
    const QByteArray word = docx(para("A short article about the tide, long enough to be cut in two."));
    QTest::newRow("truncated docx") << word.left(word.size() / 2) << TextFormat::Docx
                                    << u"document-damaged"_s;
    QTest::newRow("zip without a document part")
        << zip({ { u"a.txt"_s, "text"_ba } }) << TextFormat::Docx << u"document-damaged"_s;
    // 80 MB of one letter compress to a few dozen kilobytes.
    QTest::newRow("zip bomb") << zip({ { u"word/document.xml"_s, QByteArray(80 * 1024 * 1024, 'a') } })
                              << TextFormat::Docx << u"document-bomb"_s;
    Entries many;
    for (int i = 0; i <= OfficeDocument::MaxEntries; ++i)
        many.append({ u"p/%1"_s.arg(i), QByteArray() });
    QTest::newRow("too many entries") << zip(many) << TextFormat::Docx << u"document-bomb"_s;
    const QByteArray laughs
        = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"ha\">"
          "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
          "<w:document "
        + wordNs + "><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>";
    QTest::newRow("billion laughs") << zip({ { u"word/document.xml"_s, laughs } }) << TextFormat::Docx
                                    << u"document-entities"_s;
    QTest::newRow("encrypted Word file") << "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest of a compound file"_ba
                                         << TextFormat::Docx << u"document-encrypted"_s;
    const QByteArray manifest = "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
                                "<manifest:encryption-data/></manifest:file-entry></manifest:manifest>";
    QTest::newRow("encrypted ODT") << zip(
        { { u"content.xml"_s, "\x01\x02garbage"_ba }, { u"META-INF/manifest.xml"_s, manifest } })
                                   << TextFormat::Odt << u"document-encrypted"_s;
    const QByteArray paper = pdf({ { 0, 20, 30, u"The tide rose at noon."_s } });
    QTest::newRow("truncated pdf") << paper.left(200) << TextFormat::Pdf << u"document-damaged"_s;
    // A standard security handler whose user password is not empty: Poppler cannot open it.
    const QByteArray encrypted = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                                 "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                                 "3 0 obj << /Filter /Standard /V 1 /R 2 /P -4 /O <"
        + QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b')
        + "> >> endobj\ntrailer << /Root 1 0 R /Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> "
          "<00112233445566778899aabbccddeeff>] >>\n%%EOF\n";
    QTest::newRow("encrypted pdf") << encrypted << TextFormat::Pdf << u"document-encrypted"_s;
}

void TestDocuments::badDocumentsAreRefusedWithTheirReason()
{
    QFETCH(QByteArray, data);
    QFETCH(TextFormat, claimed);
    QFETCH(QString, code);
    LoadError error;
    QVERIFY(!load(data, claimed, &error));
    QCOMPARE(toString(error.code), code);
    // The message names the format and the reason.
    QVERIFY(!describeInEnglish(error).contains(u"%1"_s));
}

void TestDocuments::pdfRejoinsLinesAndMarksRunningHeads()
{
    QList<PdfLine> lines;
    for (int page = 0; page < 3; ++page) {
        lines.append({ page, 20, 12, u"Harbour Authority press office"_s, 9 });
        lines.append({ page, 100, 287, QString::number(page + 1), 9 });
    }
    lines.append({ 0, 20, 40, u"Ferry service resumes"_s, 20 });
    lines.append({ 0, 20, 60, u"The ferry service to the island will be conti-"_s });
    lines.append({ 0, 20, 66, u"nued from Monday, the authority said today."_s });
    lines.append({ 0, 20, 80, u"Timetables are posted at the quay."_s });
    lines.append({ 1, 20, 40, u"Repairs to the pier cost four million euros."_s });
    lines.append({ 2, 20, 40, u"The next review is due in the spring."_s });
    LoadError error;
    const std::optional<Version> v
        = load(pdf(lines, u"Microsoft Word - draft.docx"_s), TextFormat::Pdf, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QVERIFY2(v->title == u"Ferry service resumes"_s, qPrintable(v->rawText + v->text));
    const QStringList body = sentences(*v, false);
    QVERIFY2(
        body.contains(
            u"The ferry service to the island will be continued from Monday, the authority said today."_s),
        qPrintable(body.join(u'|')));
    QVERIFY(body.contains(u"Timetables are posted at the quay."_s));
    QVERIFY(body.contains(u"Repairs to the pier cost four million euros."_s));
    QVERIFY(!body.join(u' ').contains(u"press office"_s));
    const QStringList boilerplate = sentences(*v, true);
    QVERIFY2(boilerplate.contains(u"Harbour Authority press office"_s), qPrintable(boilerplate.join(u'|')));
    QVERIFY(boilerplate.contains(u"2"_s));
    QCOMPARE(kindOf(*v, u"Ferry service resumes"_s), BlockKind::Heading);
    QVERIFY(v->rawText.contains(u"[page 3]"_s));
}

void TestDocuments::pdfReadsTwoColumnsColumnByColumn()
{
    QList<PdfLine> lines;
    const QStringList left { u"Left one begins the story"_s, u"and goes on down the column"_s,
        u"until the left column ends."_s };
    const QStringList right { u"Right one opens the second"_s, u"column of the same page and"_s,
        u"finishes the story here."_s };
    for (int i = 0; i < 3; ++i) {
        lines.append({ 0, 15, 40 + 6.0 * i, left.at(i) });
        lines.append({ 0, 110, 40 + 6.0 * i, right.at(i) });
    }
    LoadError error;
    const std::optional<Version> v = load(pdf(lines), TextFormat::Pdf, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    const qsizetype leftEnd = v->text.indexOf(u"left column ends."_s);
    const qsizetype rightStart = v->text.indexOf(u"Right one opens"_s);
    QVERIFY2(leftEnd >= 0 && rightStart > leftEnd, qPrintable(v->text));
    QVERIFY(v->text.contains(
        u"Left one begins the story and goes on down the column until the left column ends."_s));
}

void TestDocuments::pdfWithoutTextIsNamed()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.fillRect(QRect(100, 100, 2000, 1000), Qt::gray); // a scanned page: only an image
    }
    LoadError error;
    QVERIFY(!load(buffer.data(), TextFormat::Pdf, &error));
    QCOMPARE(toString(error.code), u"pdf-without-text"_s);
}

void TestDocuments::emailPlainTextWithReplyAndSignature()
{
    const QByteArray mail
        = "Return-Path: <desk@wire.example>\r\n"
          "From: =?iso-8859-1?Q?Ren=E9e_Dub=E9?= <desk@wire.example>\r\n"
          "To: news@paper.example\r\n"
          "Subject: =?utf-8?B?RmVycnkgc2VydmljZSByZXN1bWVz?=\r\n"
          "Date: Tue, 3 Mar 2026 07:45:00 +0100 (CET)\r\n"
          "MIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=iso-8859-1\r\n"
          "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
          "The ferry to the island resumes on Monday, the port's caf=E9 reopens too.\r\n\r\n"
          "Timetables are posted at the quay.\r\n\r\n"
          "On Mon, 2 Mar 2026, Desk wrote:\r\n"
          "> Can you confirm the ferry date?\r\n"
          "> Thanks.\r\n\r\n"
          "-- \r\n"
          "Ren=E9e Dub=E9, wire desk\r\n";
    LoadError error;
    const std::optional<Version> v = load(mail, TextFormat::Email, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QCOMPARE(toString(v->format), u"email"_s);
    QCOMPARE(v->title, u"Ferry service resumes"_s);
    QCOMPARE(v->authors, QStringList { u"Ren\u00e9e Dub\u00e9"_s });
    QCOMPARE(v->date, u"2026-03-03T07:45:00+01:00"_s);
    const QStringList body = sentences(*v, false);
    QVERIFY2(body.contains(u"The ferry to the island resumes on Monday, the port's caf\u00e9 reopens too."_s),
        qPrintable(body.join(u'|')));
    QVERIFY(body.contains(u"Ferry service resumes"_s));
    QCOMPARE(kindOf(*v, u"Ferry service"_s), BlockKind::Heading);
    const QString quoted = sentences(*v, true).join(u' ');
    QVERIFY2(quoted.contains(u"Can you confirm"_s), qPrintable(quoted));
    QVERIFY(quoted.contains(u"wrote:"_s));
    QVERIFY(quoted.contains(u"wire desk"_s));
    QVERIFY(!body.join(u' ').contains(u"wire desk"_s));
}

void TestDocuments::emailMultipartPrefersThePlainPart()
{
    const QByteArray html = "<html><body><p>HTML copy of the alert.</p></body></html>";
    const QByteArray mail
        = "From: desk@wire.example\nSubject: Alert\nMIME-Version: 1.0\n"
          "Content-Type: multipart/mixed; boundary=\"outer\"\n\n"
          "--outer\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n"
          "--inner\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + html.toBase64()
        + "\n--inner\nContent-Type: text/plain; charset=utf-8\n\nPlain copy of the alert.\n--inner--\n"
          "--outer\nContent-Type: text/plain\nContent-Disposition: attachment; filename=\"notes.txt\"\n\n"
          "Attached notes.\n--outer--\n";
    LoadError error;
    std::optional<Version> v = load(mail, TextFormat::Email, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QVERIFY2(v->text.contains(u"Plain copy of the alert."_s), qPrintable(v->text));
    QVERIFY(!v->text.contains(u"Attached notes"_s));
    // Without the plain part the HTML one is read, base64 undone.
    QByteArray htmlOnly = mail;
    htmlOnly.replace("Content-Type: text/plain; charset=utf-8\n\nPlain copy of the alert.\n",
        "Content-Type: image/png\n\nxx\n");
    v = load(htmlOnly, TextFormat::Email, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QVERIFY2(v->text.contains(u"HTML copy of the alert."_s), qPrintable(v->text));
}

void TestDocuments::emailWithoutTextPart()
{
    const QByteArray mail
        = "From: desk@wire.example\nSubject: Scan\nMIME-Version: 1.0\n"
          "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/pdf\n"
          "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n";
    LoadError error;
    QVERIFY(!load(mail, TextFormat::Email, &error));
    QCOMPARE(toString(error.code), u"email-without-text"_s);
}

void TestDocuments::dateFromFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("date");
    QTest::newRow("wayback timestamp")
        << u"web.archive.org-20230619123456-story.html"_s << u"2023-06-19T12:34:56Z"_s;
    QTest::newRow("iso date") << u"ferry 2024-02-29.txt"_s << u"2024-02-29"_s;
    QTest::newRow("iso date and time") << u"ferry_2024-03-01T08-15.md"_s << u"2024-03-01T08:15:00"_s;
    QTest::newRow("compact date") << u"release-20250107.pdf"_s << u"2025-01-07"_s;
    QTest::newRow("no calendar date") << u"release-2025-02-30.pdf"_s << QString();
    QTest::newRow("an id, not a date") << u"story-123456789.html"_s << QString();
    QTest::newRow("digits run on") << u"x2023061912345678.txt"_s << QString();
    QTest::newRow("no date") << u"ferry.txt"_s << QString();
}

void TestDocuments::dateFromFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, date);
    QCOMPARE(VersionDate::fromFileName(name), date);
}

void TestDocuments::everyFileGetsADateAndItsSource()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() ? f.fileName() : QString();
    };
    const QByteArray text = "The tide rose at noon.\n";
    struct Expected
    {
        QString file;
        QString date;
        QString source;
    };
    const QString mail = write(u"alert.eml"_s,
        "From: desk@wire.example\nDate: Tue, 3 Mar 2026 07:45:00 +0000\nSubject: Tide\n\nThe tide rose at "
        "noon.\n");
    const QList<Expected> cases {
        { write(u"tide-20230619123456.txt"_s, text), u"2023-06-19T12:34:56Z"_s, u"file-name"_s },
        { mail, u"2026-03-03T07:45:00Z"_s, u"email"_s },
        { write(u"page.html"_s,
              "<html><head><meta property=\"article:published_time\" content=\"2022-05-06\"></head>"
              "<body><p>The tide rose at noon.</p></body></html>"),
            u"2022-05-06"_s, u"metadata"_s },
    };
    for (const Expected &e : cases) {
        LoadError error;
        const std::optional<Version> v = ArticleLoader::loadFile(e.file, &error);
        QVERIFY2(v, qPrintable(describeInEnglish(error)));
        QCOMPARE(v->date, e.date);
        QCOMPARE(v->dateSource, e.source);
    }
    const QString plain = write(u"tide.txt"_s, text);
    QFile file(plain);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QDateTime when(QDate(2021, 4, 5), QTime(6, 7, 8), QTimeZone::UTC);
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    file.close();
    LoadError error;
    const std::optional<Version> v = ArticleLoader::loadFile(plain, &error);
    QVERIFY2(v, qPrintable(describeInEnglish(error)));
    QCOMPARE(v->date, u"2021-04-05T06:07:08Z"_s);
    QCOMPARE(v->dateSource, u"file-date"_s);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
