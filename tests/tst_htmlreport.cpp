// SPDX-License-Identifier: GPL-3.0-or-later
// HtmlReport: the report is well-formed (parsed strictly as XML), holds no script and refers to nothing
// outside itself, escapes every text it is given (names, paths, metadata, page text) and isolates
// metadata; and it shows what the comparison says: the PDF's colours, every change highlighted with its
// words in a title, the numbered notes, gaps and moves, the summary, the quotations and the legend.
#include "compare/comparator.h"
#include "comparisonfixture.h"
#include "core/labels.h"
#include "present/changecolors.h"
#include "report/htmlreport.h"
#include "testpaths.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// One element of the parsed report: its name, attributes and the text directly and indirectly in it.
struct Element
{
    QString name;
    QHash<QString, QString> attributes;
    QString text;
    QString ownText; // only the text nodes directly in it
    QStringList ancestors; // names, innermost last
    QString parentClass;
};

struct Parsed
{
    QString error;
    QList<Element> elements;
    QString styleText; // the content of <style> elements

    QList<Element> all(const QString &name) const
    {
        QList<Element> found;
        for (const Element &e : elements) {
            if (e.name == name)
                found.append(e);
        }
        return found;
    }
    QList<Element> withClass(const QString &name, const QString &className) const
    {
        QList<Element> found;
        for (const Element &e : elements) {
            if (e.name == name && e.attributes.value(u"class"_s).split(u' ').contains(className))
                found.append(e);
        }
        return found;
    }
    bool hasId(const QString &id) const
    {
        return std::any_of(elements.cbegin(), elements.cend(),
            [&](const Element &e) { return e.attributes.value(u"id"_s) == id; });
    }
};

// Strict parse: XML well-formedness is stricter than HTML5, so a report that passes here has no
// unclosed element, no stray markup character and no undeclared entity.
Parsed parse(const QByteArray &html)
{
    Parsed parsed;
    QXmlStreamReader xml(html);
    QList<qsizetype> open; // indexes into elements
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            Element e;
            e.name = xml.name().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                e.attributes.insert(a.qualifiedName().toString(), a.value().toString());
            for (const qsizetype i : open)
                e.ancestors.append(parsed.elements.at(i).name);
            if (!open.isEmpty())
                e.parentClass = parsed.elements.at(open.last()).attributes.value(u"class"_s);
            open.append(parsed.elements.size());
            parsed.elements.append(e);
        } else if (xml.isEndElement()) {
            open.removeLast();
        } else if (xml.isCharacters()) {
            for (const qsizetype i : open)
                parsed.elements[i].text += xml.text();
            if (!open.isEmpty())
                parsed.elements[open.last()].ownText += xml.text();
            if (!open.isEmpty() && parsed.elements.at(open.last()).name == u"style")
                parsed.styleText += xml.text();
        }
    }
    if (xml.hasError())
        parsed.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return parsed;
}

// Everything that could run code or fetch something, as a list of findings (empty: safe).
QStringList unsafeParts(const Parsed &parsed)
{
    static const QStringList forbidden { u"script"_s, u"link"_s, u"iframe"_s, u"frame"_s, u"object"_s,
        u"embed"_s, u"img"_s, u"image"_s, u"base"_s, u"form"_s, u"audio"_s, u"video"_s, u"source"_s,
        u"track"_s, u"svg"_s, u"math"_s, u"picture"_s, u"portal"_s, u"meta-refresh"_s };
    static const QStringList fetching { u"src"_s, u"srcset"_s, u"action"_s, u"formaction"_s, u"poster"_s,
        u"background"_s, u"data"_s, u"xlink:href"_s, u"ping"_s, u"cite"_s, u"longdesc"_s, u"manifest"_s };
    QStringList findings;
    for (const Element &e : parsed.elements) {
        if (forbidden.contains(e.name.toLower()))
            findings.append(u"element <%1>"_s.arg(e.name));
        for (auto it = e.attributes.cbegin(); it != e.attributes.cend(); ++it) {
            const QString name = it.key().toLower();
            if (name.startsWith(u"on"_s))
                findings.append(u"event handler %1 on <%2>"_s.arg(name, e.name));
            if (fetching.contains(name))
                findings.append(u"attribute %1 on <%2>"_s.arg(name, e.name));
            if (name == u"href" && !it.value().startsWith(u'#'))
                findings.append(u"link outside the file: %1"_s.arg(it.value()));
            if (name == u"style" && it.value().contains(u"url("_s, Qt::CaseInsensitive))
                findings.append(u"url() in a style attribute"_s);
            if (name == u"http-equiv" && it.value().compare(u"refresh"_s, Qt::CaseInsensitive) == 0)
                findings.append(u"meta refresh"_s);
        }
    }
    for (const QString &css : { u"url("_s, u"@import"_s, u"expression("_s, u"image-set("_s }) {
        if (parsed.styleText.contains(css, Qt::CaseInsensitive))
            findings.append(u"%1 in the style sheet"_s.arg(css));
    }
    return findings;
}

// A comparison whose every string tries to break out of its place in the page.
Comparison hostile()
{
    Comparison c = Fixture::councilStory();
    c.title = u"Budget </title><script>alert('title')</script>"_s;
    c.versions[0].name = u"<script>alert(1)</script>"_s;
    c.versions[1].name = u"Daily \u202eevil\u202c & \"Co\""_s;
    c.versions[1].path = u"/tmp/\"><img src=x onerror=alert(2)>.html"_s;
    c.versions[1].authors = { u"<b>Ann</b>"_s, u"O'Brien"_s };
    c.versions[1].url = u"javascript:alert(3)"_s;
    c.versions[1].date = u"2026-01-01\u0001"_s;
    c.versions[2].name = u"Herald ]]> <!-- &amp;"_s;
    c.versions[2].language = u"en\" onmouseover=\"alert(4)"_s;
    // Page text: markup, a control character and a lone surrogate, which XML cannot hold.
    Version &herald = c.versions[2];
    herald.text.replace(u"Critics said"_s, u"<style>@import url(http://x)</style>\u0007\xd800 said"_s);
    // Keep the sentence offsets valid after the replacement changed the text's length.
    const qsizetype delta = herald.text.size() - herald.rawText.size();
    for (qsizetype i = 3; i < herald.sentences.size(); ++i) {
        herald.sentences[i].end += delta;
        if (i > 3)
            herald.sentences[i].start += delta;
    }
    for (Change &change : c.changes) {
        if (change.version == 2 && change.row >= 6) {
            change.start += delta;
            change.end += delta;
        }
    }
    c.quotes[0].speaker = u"<i>the mayor</i>"_s;
    c.errors = { { u"/tmp/<bad>.txt"_s, LoadError::Code::Binary, QString() } };
    return c;
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormedAndSafe_data();
    void wellFormedAndSafe();
    void escapesEverything();
    void colorsComeFromTheOnePalette();
    void highlightsAndNotes();
    void gapsMovesAndRoles();
    void summaryQuotationsAndLegend();
    void options();
    void stackedLayoutForNarrowScreens();
    void notes();
    void notesBesideRows();
    void mergedFromMark();
};

void TestHtmlReport::wellFormedAndSafe_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("council") << HtmlReport::toHtml(Fixture::councilStory(), {});
    QTest::newRow("hostile") << HtmlReport::toHtml(hostile(), {});
    HtmlReport::Options all;
    all.annotateCosmetic = true;
    all.showBoilerplate = true;
    QTest::newRow("hostile, everything shown") << HtmlReport::toHtml(hostile(), all);
    QTest::newRow("sample") << HtmlReport::toHtml(
        compareFiles(QStringList { QStringLiteral(PARALLAX_SAMPLE_DIR) }), {});
    QTest::newRow("empty") << HtmlReport::toHtml(Comparison(), {});
}

void TestHtmlReport::wellFormedAndSafe()
{
    QFETCH(QByteArray, html);
    QVERIFY(html.startsWith("<!DOCTYPE html>\n<html lang=\""));
    // Valid UTF-8 from end to end.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(html);
    QVERIFY(!decoder.hasError());
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const QStringList findings = unsafeParts(parsed);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u"; "_s)));
    // Exactly one style sheet, in the head; and the policy that forbids loading anything.
    const QList<Element> styles = parsed.all(u"style"_s);
    QCOMPARE(styles.size(), 1);
    QCOMPARE(styles.first().ancestors, QStringList({ u"html"_s, u"head"_s }));
    bool policy = false;
    for (const Element &meta : parsed.all(u"meta"_s)) {
        policy = policy
            || (meta.attributes.value(u"http-equiv"_s) == u"Content-Security-Policy"
                && meta.attributes.value(u"content"_s).startsWith(u"default-src 'none'"_s));
    }
    QVERIFY(policy);
    // Every internal link lands on an element of the report.
    for (const Element &e : parsed.all(u"a"_s))
        QVERIFY2(
            parsed.hasId(e.attributes.value(u"href"_s).mid(1)), qPrintable(e.attributes.value(u"href"_s)));
}

void TestHtmlReport::escapesEverything()
{
    const Comparison c = hostile();
    const QByteArray html = HtmlReport::toHtml(c, {});
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const QString body = parsed.all(u"body"_s).first().text;
    // The hostile strings are there, as text.
    QVERIFY(body.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(body.contains(u"/tmp/\"><img src=x onerror=alert(2)>.html"_s));
    QVERIFY(body.contains(u"<b>Ann</b>"_s));
    QVERIFY(body.contains(u"O'Brien"_s));
    QVERIFY(body.contains(u"Herald ]]> <!-- &amp;"_s));
    QVERIFY(body.contains(u"<style>@import url(http://x)</style>"_s));
    QVERIFY(body.contains(u"<i>the mayor</i>"_s));
    QVERIFY(body.contains(u"/tmp/<bad>.txt"_s));
    QCOMPARE(parsed.all(u"title"_s).first().text, c.title);
    // A control character and a lone surrogate became U+FFFD; nothing else was dropped around them.
    QVERIFY(body.contains(u"\ufffd\ufffd said"_s));
    QVERIFY(body.contains(u"2026-01-01\ufffd"_s));
    // The address is text, never a link.
    for (const Element &a : parsed.all(u"a"_s))
        QVERIFY(a.attributes.value(u"href"_s).startsWith(u'#'));
    // The language attribute holds the whole value, quote included, and adds no attribute.
    bool languageSeen = false;
    for (const Element &e : parsed.elements) {
        QVERIFY(!e.attributes.contains(u"onmouseover"_s));
        languageSeen = languageSeen || e.attributes.value(u"lang"_s) == c.versions.at(2).language;
    }
    QVERIFY(languageSeen);
    // Metadata is isolated: every occurrence of a version's name, its path and its authors is a <bdi>.
    for (const QString &metadata : { c.versions.at(1).name, c.versions.at(1).path, u"<b>Ann</b>"_s }) {
        int seen = 0;
        for (const Element &e : parsed.all(u"bdi"_s))
            seen += e.text == metadata ? 1 : 0;
        QVERIFY2(seen > 0, qPrintable(metadata));
        for (const Element &e : parsed.elements) {
            if (e.name != u"bdi" && e.ownText.contains(metadata))
                QFAIL(qPrintable(u"not isolated in <%1>: %2"_s.arg(e.name, metadata)));
        }
    }
}

void TestHtmlReport::colorsComeFromTheOnePalette()
{
    const QByteArray html = HtmlReport::toHtml(Fixture::councilStory(), {});
    const Parsed parsed = parse(html);
    const ChangeColors colors = ChangeColors::forPrint();
    for (const ChangeKind kind :
        { ChangeKind::Typography, ChangeKind::Spelling, ChangeKind::Wording, ChangeKind::Substantive }) {
        const QString rule
            = u".k-"_s + toString(kind) + u" { background-color: "_s + colors.forKind(kind).name();
        QVERIFY2(parsed.styleText.contains(rule), qPrintable(rule));
    }
    for (const QColor &status : { colors.added, colors.moved, colors.absent })
        QVERIFY(parsed.styleText.contains(status.name()));
}

void TestHtmlReport::highlightsAndNotes()
{
    const Comparison c = Fixture::councilStory();
    for (const bool cosmetic : { false, true }) {
        HtmlReport::Options options;
        options.annotateCosmetic = cosmetic;
        const Parsed parsed = parse(HtmlReport::toHtml(c, options));
        QVERIFY(parsed.error.isEmpty());
        // Every change is highlighted in its version's cell with the kind's class, its words as the
        // mark's text and both sides in its title.
        const QList<Element> marks = parsed.all(u"mark"_s);
        for (const Change &change : c.changes) {
            const bool found = std::any_of(marks.cbegin(), marks.cend(), [&](const Element &m) {
                return m.attributes.value(u"class"_s) == u"k-"_s + toString(change.kind)
                    && m.text == change.after && m.attributes.value(u"title"_s).contains(change.before)
                    && m.attributes.value(u"title"_s).startsWith(label(change.kind));
            });
            QVERIFY2(found, qPrintable(change.before + u" -> "_s + change.after));
        }
        // Numbered notes: wording and substantive ones, and the cosmetic ones only when asked, numbered
        // from 1 in order, each linked from a number in the text.
        int expected = 0;
        for (const Change &change : c.changes)
            expected += (cosmetic || !isCosmetic(change.kind)) ? 1 : 0;
        QCOMPARE(expected, cosmetic ? 5 : 3);
        for (int n = 1; n <= expected; ++n) {
            QVERIFY2(parsed.hasId(u"n%1"_s.arg(n)), qPrintable(QString::number(n)));
            int links = 0;
            for (const Element &a : parsed.all(u"a"_s))
                links += a.attributes.value(u"href"_s) == u"#n%1"_s.arg(n) ? 1 : 0;
            QCOMPARE(links, 1);
        }
        QVERIFY(!parsed.hasId(u"n%1"_s.arg(expected + 1)));
        // The note quotes both sides: "wording: ‘seven to two’ → ‘7-2’".
        const QList<Element> items = parsed.all(u"li"_s);
        QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const Element &li) {
            return li.text.contains(u"\u2018seven to two\u2019 \u2192 \u20187-2\u2019"_s);
        }));
        // The base underlines the words the others changed, with the version's name in the title.
        QList<Element> underlined = parsed.withClass(u"span"_s, u"u-substantive"_s);
        underlined.removeIf([](const Element &e) { return !e.ancestors.contains(u"td"_s); }); // the legend's
        QCOMPARE(underlined.size(), 1);
        QCOMPARE(underlined.first().text, u"four"_s);
        QVERIFY(underlined.first().attributes.value(u"title"_s).startsWith(u"Herald: "_s));
    }
}

void TestHtmlReport::gapsMovesAndRoles()
{
    Comparison c = Fixture::councilStory();
    c.versions[1].sentences[0].role = SentenceRole::Headline;
    const Parsed parsed = parse(HtmlReport::toHtml(c, {}));
    // Rows keep their numbers (row 5, the boilerplate one, is left out) and ids.
    for (const int row : { 1, 2, 3, 4, 6, 7, 8 })
        QVERIFY2(parsed.hasId(u"r%1"_s.arg(row)), qPrintable(QString::number(row)));
    QVERIFY(!parsed.hasId(u"r5"_s));
    // The Daily's sentence moved from row 4 to row 6: both ends link to the other.
    const QList<Element> moved = parsed.withClass(u"td"_s, u"s-moved"_s);
    QCOMPARE(moved.size(), 2);
    QStringList targets;
    for (const Element &a : parsed.all(u"a"_s)) {
        if (a.parentClass == u"mk" && a.attributes.value(u"href"_s).startsWith(u"#r"_s))
            targets.append(a.attributes.value(u"href"_s));
    }
    targets.sort();
    QCOMPARE(targets, QStringList({ u"#r4"_s, u"#r6"_s }));
    // Absent where the base has the sentence (the Herald in row 2), no marker beside another version's
    // addition (row 8).
    const QList<Element> absent = parsed.withClass(u"td"_s, u"s-absent"_s);
    QCOMPARE(absent.size(), 1);
    QVERIFY(absent.first().text.contains(u"Herald"_s));
    QVERIFY(absent.first().text.contains(u"absent"_s));
    QCOMPARE(parsed.withClass(u"td"_s, u"empty"_s).size(), 2 + 2); // row 6: Wire, Herald; row 8: Wire, Daily
    const QList<Element> added = parsed.withClass(u"td"_s, u"s-added"_s);
    QCOMPARE(added.size(), 1);
    QVERIFY(added.first().text.contains(u"The budget takes effect in July."_s));
    // Story parts are named.
    const QList<Element> roles = parsed.withClass(u"span"_s, u"role"_s);
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().text, label(SentenceRole::Headline));
}

void TestHtmlReport::summaryQuotationsAndLegend()
{
    Comparison c = Fixture::councilStory();
    c.changes[3].reason = ChangeReason::Number;
    const Parsed parsed = parse(HtmlReport::toHtml(c, {}));
    const QString body = parsed.all(u"body"_s).first().text;
    QCOMPARE(parsed.all(u"h1"_s).first().text, c.title);
    // The share of the base each version keeps, and the counts by kind and by reason.
    QVERIFY(body.contains(u"80\u00a0%"_s));
    QVERIFY(body.contains(u"60\u00a0%"_s));
    bool reasonTable = false;
    for (const Element &table : parsed.all(u"table"_s)) {
        if (table.text.contains(label(ChangeReason::Number))
            && !table.text.contains(label(ChangeKind::Wording)))
            reasonTable = true;
    }
    QVERIFY(reasonTable);
    // The diverging quotation, with its word change and the fidelity of each version.
    const Element quotes = [&] {
        for (const Element &e : parsed.all(u"section"_s)) {
            if (e.attributes.value(u"id"_s) == u"quotations")
                return e;
        }
        return Element();
    }();
    QVERIFY(quotes.text.contains(u"the mayor"_s));
    QVERIFY(quotes.text.contains(u"reached agreement -> reached the agreement"_s));
    QVERIFY(quotes.text.contains(label(QuoteFidelity::Altered)));
    // The legend names every kind and status with a swatch of its class.
    for (const QString &swatch : { u"k-typography"_s, u"k-spelling"_s, u"k-wording"_s, u"k-substantive"_s,
             u"s-added"_s, u"s-absent"_s, u"s-moved"_s }) {
        QCOMPARE(parsed.withClass(u"span"_s, swatch).size() > 0, true);
        bool inLegend = false;
        for (const Element &e : parsed.withClass(u"span"_s, u"sw"_s))
            inLegend = inLegend || e.attributes.value(u"class"_s).split(u' ').contains(swatch);
        QVERIFY2(inLegend, qPrintable(swatch));
    }
}

void TestHtmlReport::options()
{
    const Comparison c = Fixture::councilStory();
    HtmlReport::Options options;
    options.visibleVersions = { 2, 0 };
    options.showBoilerplate = true;
    const Parsed parsed = parse(HtmlReport::toHtml(c, options));
    // Columns in the order asked for, the Daily left out, the boilerplate row in.
    const Element head = parsed.all(u"thead"_s).last();
    QVERIFY(head.text.indexOf(u"Herald"_s) < head.text.indexOf(u"Wire"_s));
    QVERIFY(!head.text.contains(u"Daily"_s));
    QVERIFY(parsed.hasId(u"r5"_s));
    // Row 6 holds only the Daily's moved sentence: not shown without the Daily.
    QVERIFY(!parsed.hasId(u"r6"_s));
    QVERIFY(!parsed.withClass(u"tr"_s, u"bp"_s).isEmpty());
    // Made while the window followed some reasons: the summary names them, once; not otherwise.
    QVERIFY(parsed.withClass(u"p"_s, u"followed"_s).isEmpty());
    HtmlReport::Options filtered;
    filtered.followedReasons = { ChangeReason::Date };
    const Parsed withFilter = parse(HtmlReport::toHtml(c, filtered));
    const QList<Element> notes = withFilter.withClass(u"p"_s, u"followed"_s);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(
        notes.first().text.contains(u"followed only these reasons: date."_s), qPrintable(notes.first().text));
}

void TestHtmlReport::stackedLayoutForNarrowScreens()
{
    const Parsed parsed = parse(HtmlReport::toHtml(Fixture::councilStory(), {}));
    const qsizetype media = parsed.styleText.indexOf(u"@media (max-width: 700px)"_s);
    QVERIFY(media > 0);
    // Inside it, the table's parts become blocks and the version names appear in each cell.
    const QString narrow = parsed.styleText.mid(media);
    QVERIFY(narrow.contains(u"table.sbs td, table.sbs th { display: block"_s));
    QVERIFY(narrow.contains(u".vn { display: block"_s));
    // Each cell carries its version's name for that layout.
    for (const Element &td : parsed.withClass(u"td"_s, u"c"_s)) {
        if (!td.attributes.value(u"class"_s).contains(u"empty"_s))
            QVERIFY(!td.text.isEmpty());
    }
    QVERIFY(parsed.all(u"meta"_s).size() >= 2);
}

void TestHtmlReport::notes()
{
    const Comparison c = Fixture::councilStory();
    Note row;
    row.target = Note::Target::Row;
    row.row = 1;
    row.version = 1;
    row.passage = c.versions.at(1).sentenceText(1);
    row.text = u"<script>alert(1)</script> 7-2 or seven to two?"_s;
    row.tags = { u"check"_s };
    row.author = u"R\u00e9mi"_s;
    Note orphan = row;
    orphan.row = -1;
    orphan.passage = u"A sentence that is gone."_s;
    orphan.text = u"was it retracted?"_s;
    HtmlReport::Options options;
    options.notes = { orphan, row };
    const QByteArray html = HtmlReport::toHtml(c, options);
    const Parsed parsed = parse(html);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(unsafeParts(parsed).isEmpty());
    QVERIFY(parsed.hasId(u"notes"_s));
    QString section;
    for (const Element &e : parsed.all(u"section"_s))
        if (e.attributes.value(u"id"_s) == u"notes"_s)
            section = e.text;
    // Both notes, the placed one first, as text; the orphan with its old passage.
    QVERIFY(section.contains(row.text));
    QVERIFY(section.contains(u"\u201c"_s + orphan.passage + u"\u201d"_s));
    QVERIFY(section.indexOf(row.text) < section.indexOf(orphan.text));
    QVERIFY(section.contains(u"orphaned"_s));
    QVERIFY(section.contains(u"R\u00e9mi"_s));
    // Without notes, no section.
    QVERIFY(!parse(HtmlReport::toHtml(c, {})).hasId(u"notes"_s));
}

void TestHtmlReport::notesBesideRows()
{
    const Comparison c = Fixture::councilStory();
    const QList<Note> notes = Fixture::councilNotes(c);
    const Note &orphan = notes.at(0), &span = notes.at(1), &quote = notes.at(2), &row = notes.at(3);
    HtmlReport::Options options;
    options.notes = notes;
    const Parsed parsed = parse(HtmlReport::toHtml(c, options));
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(unsafeParts(parsed).isEmpty());
    // Numbered in reading order, the orphan last: row 2 is ✎1, row 3 ✎2, row 4 ✎3, the orphan ✎4.
    const auto rowElement = [&](int number) {
        for (const Element &e : parsed.all(u"tr"_s))
            if (e.attributes.value(u"id"_s) == u"r%1"_s.arg(number))
                return e;
        return Element();
    };
    QVERIFY(rowElement(2).text.contains(u"\u270e1"_s));
    QVERIFY(rowElement(2).text.contains(row.text));
    QVERIFY(rowElement(3).text.contains(quote.text));
    QVERIFY(rowElement(4).text.contains(span.text));
    QVERIFY(!rowElement(1).text.contains(u"\u270e"_s));
    for (int r = 1; r <= 8; ++r)
        QVERIFY(!rowElement(r).text.contains(orphan.text));
    // Each note beside its row has an anchor that the mark in the cell links to.
    QStringList marks;
    for (const Element &sup : parsed.withClass(u"sup"_s, u"nn"_s))
        marks.append(sup.text);
    QCOMPARE(marks, QStringList({ u"\u270e1"_s, u"\u270e2"_s, u"\u270e3"_s }));
    for (const QString &id : { u"note-1"_s, u"note-2"_s, u"note-3"_s })
        QVERIFY(parsed.hasId(id));
    QVERIFY(!parsed.hasId(u"note-4"_s));
    for (const Element &a : parsed.all(u"a"_s))
        QVERIFY2(
            parsed.hasId(a.attributes.value(u"href"_s).mid(1)), qPrintable(a.attributes.value(u"href"_s)));
    // The span note frames exactly its words, in the Herald's cell.
    const QList<Element> framed = parsed.withClass(u"span"_s, u"ns"_s);
    QCOMPARE(framed.size(), 1);
    QCOMPARE(framed.first().text, u"fourteen"_s);
    // The quotation's note in the quotations table.
    QString quotations;
    for (const Element &e : parsed.all(u"section"_s))
        if (e.attributes.value(u"id"_s) == u"quotations"_s)
            quotations = e.text;
    QVERIFY(quotations.contains(u"\u270e2 misquote: "_s + quote.text));
    QVERIFY(!quotations.contains(row.text));
    // The list on the summary numbers them alike.
    QString list;
    for (const Element &e : parsed.all(u"section"_s))
        if (e.attributes.value(u"id"_s) == u"notes"_s)
            list = e.text;
    QVERIFY(list.indexOf(u"\u270e1"_s) < list.indexOf(row.text));
    QVERIFY(list.indexOf(u"\u270e4"_s) < list.indexOf(orphan.text));
}

// A sentence that also says another row (merged from) is marked beside its cell, as in the window.
void TestHtmlReport::mergedFromMark()
{
    Comparison c = Fixture::councilStory();
    const auto marks = [](const Parsed &p) {
        QStringList out;
        for (const Element &e : p.withClass(u"span"_s, u"mk"_s))
            if (e.text.contains(u"also says"_s))
                out.append(e.text);
        return out;
    };
    QVERIFY(marks(parse(HtmlReport::toHtml(c, {}))).isEmpty());
    c.rows[2].alsoRows = { {}, {}, { 1, 3 } };
    QCOMPARE(marks(parse(HtmlReport::toHtml(c, {}))), QStringList { u"also says rows 2, 4"_s });
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
