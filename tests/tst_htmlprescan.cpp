// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML prescan (lib/load/htmlprescan.h): the page written again with every element closed in order,
// nesting, open formatting elements and attributes bounded, and nothing of the text lost, so that gumbo's
// tree construction stays linear on hostile pages (issue 13).
#include "load/htmlextractor.h"
#include "load/htmlprescan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out.append(piece);
    return out;
}

QString extractedText(const QByteArray &html)
{
    bool ok = true;
    const ExtractedText text = HtmlExtractor::extract(QString::fromUtf8(html), &ok);
    return ok ? text.text : u"(parser failed)"_s;
}

} // namespace

class TestHtmlPrescan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void impliedEndTagsAreWritten_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("paragraphs") << QByteArray("<p>a<p>b") << QByteArray("<p>a</p><p>b</p>");
        QTest::newRow("list items") << QByteArray("<ul><li>a<li>b</ul>")
                                    << QByteArray("<ul><li>a</li><li>b</li></ul>");
        QTest::newRow("a block closes a paragraph")
            << QByteArray("<p>a<div>b</div>") << QByteArray("<p>a</p><div>b</div>");
        QTest::newRow("cells and rows")
            << QByteArray("<table><tr><td>a<td>b<tr><td>c</table>")
            << QByteArray("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>");
        QTest::newRow("a stray end tag is ignored")
            << QByteArray("<div>a</x>b</div>") << QByteArray("<div>ab</div>");
        QTest::newRow("the end tag of a block closes what is open in it")
            << QByteArray("<div><span><i>a</div>b") << QByteArray("<div><span><i>a</i></span></div>b");
        QTest::newRow("a self-closing div still opens")
            << QByteArray("<div/>a") << QByteArray("<div>a</div>");
        QTest::newRow("a quoted '>' belongs to the attribute")
            << QByteArray("<div title=\"/>\">a</div>") << QByteArray("<div>a</div>");
        QTest::newRow("formatting closed with its block, then ignored")
            << QByteArray("<b><p>a</b> c</p>") << QByteArray("<b><p>a c</p></b>");
        QTest::newRow("comments and scripts leave no text")
            << QByteArray("a<!-- x --><script>if (a < b) c();</script>b") << QByteArray("ab");
        QTest::newRow("template and svg contents are not text")
            << QByteArray("a<template><p>x<template>y</template>z</template><svg><text>q</text></svg>b")
            << QByteArray("ab");
    }

    void impliedEndTagsAreWritten()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        QCOMPARE(HtmlPrescan::bounded(html).html, expected);
    }

    void attributesNoOneReadsAreLeftOut()
    {
        QCOMPARE(HtmlPrescan::bounded(
                     "<div style=\"x\" class=a data-x=1 class=b id='c' onclick=\"f('>')\">t</div>")
                     .html,
            QByteArray("<div class=a id='c'>t</div>"));
        // Tens of thousands of attributes, repeated or not, become at most one of each kept name.
        QByteArray tag = "<div";
        for (int i = 0; i < 30000; ++i)
            tag += " class=c" + QByteArray::number(i) + " a" + QByteArray::number(i) + "=v";
        QCOMPARE(HtmlPrescan::bounded(tag + ">t</div>").html, QByteArray("<div class=c0>t</div>"));
    }

    void jsonLdIsKept()
    {
        const QByteArray ld = "<script type=\"application/ld+json\">{\"headline\": \"a < b\"}</script>";
        QCOMPARE(HtmlPrescan::bounded(ld).html, ld);
    }

    void nestingIsBounded()
    {
        const HtmlPrescan::Result r = HtmlPrescan::bounded(repeated("<div>", 10000) + "deep text");
        QCOMPARE(r.html.count("<div>"), qsizetype(HtmlPrescan::MaxDepth));
        QCOMPARE(r.html.count("</div>"), qsizetype(HtmlPrescan::MaxDepth));
        QCOMPARE(r.droppedTags, qsizetype(10000 - HtmlPrescan::MaxDepth));
        QVERIFY(r.html.contains("deep text"));
    }

    void openFormattingElementsAreBounded()
    {
        QByteArray html;
        for (int i = 0; i < 1400; ++i)
            html += "<b class=c" + QByteArray::number(i) + ">";
        html += repeated("<p>x", 100);
        const HtmlPrescan::Result r = HtmlPrescan::bounded(html);
        QCOMPARE(r.html.count("<b "), qsizetype(HtmlPrescan::MaxOpenFormatting));
        QCOMPARE(r.html.count("<p>"), qsizetype(100));
        QCOMPARE(r.html.count("</p>"), qsizetype(100));
    }

    void elementsAreBounded()
    {
        const HtmlPrescan::Result r
            = HtmlPrescan::bounded(repeated("<br>x", int(HtmlPrescan::MaxElements) + 500));
        QCOMPARE(r.html.count("<br>"), HtmlPrescan::MaxElements);
        QCOMPARE(r.html.count('x'), HtmlPrescan::MaxElements + 500); // the text stays
    }

    void unterminatedMarkupEnds()
    {
        // A tag, comment or attribute value left open at the end of the file swallows the rest, as in a
        // browser; the text before it stays.
        QCOMPARE(HtmlPrescan::bounded("a<!--" + repeated("<!--", 1000)).html, QByteArray("a"));
        QCOMPARE(HtmlPrescan::bounded("a<div title=\"" + repeated("<div", 1000)).html, QByteArray("a"));
        QCOMPARE(HtmlPrescan::bounded("a" + repeated("<", 1000)).html, "a" + repeated("<", 1000));
        QCOMPARE(
            HtmlPrescan::bounded("<p>a<script>" + repeated("<script>", 1000)).html, QByteArray("<p>a</p>"));
    }

    // What the extractor reads from hostile pages: the text, with its blocks apart.
    void hostilePagesKeepTheirText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expected");
        const QByteArray text = "<p>The council met on Tuesday.</p>";
        QTest::newRow("deep divs") << repeated("<div>", 5000) + text << u"The council met on Tuesday."_s;
        QTest::newRow("self-closing divs")
            << repeated("<div/>", 5000) + text << u"The council met on Tuesday."_s;
        QTest::newRow("stray end tags")
            << repeated("<div></x>", 5000) + text << u"The council met on Tuesday."_s;
        QTest::newRow("unclosed formatting") << repeated("<b class=x>", 3000) + repeated("<p>x", 10)
                + text << u"x\n\nx\n\nx\n\nx\n\nx\n\nx\n\nx\n\nx\n\nx\n\nx\n\nThe council met on Tuesday."_s;
        QTest::newRow("deep, then blocks past the limit")
            << repeated("<div>", 300) + "<p>One.<p>Two." << u"One.\n\nTwo."_s;
        QTest::newRow("misnested formatting")
            << QByteArray("<b><p>Bold start</b> and the rest.</p><p>Next.</p>")
            << u"Bold start and the rest.\n\nNext."_s;
    }

    void hostilePagesKeepTheirText()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expected);
        QCOMPARE(extractedText("<html><body>" + html + "</body></html>"), expected);
    }
};

QTEST_GUILESS_MAIN(TestHtmlPrescan)
#include "tst_htmlprescan.moc"
