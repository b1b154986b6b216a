// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include <KSyntaxHighlighting/Repository>

#include <QPlainTextEdit>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

class TestSourceView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locate_data();
    void locate();
    void showsAndSelectsTheSentence();
};

void TestSourceView::locate_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("found"); // what the located span starts with; empty: not found
    QTest::newRow("plain text") << u"One. The ferry runs again. Three."_s << u"The ferry runs again."_s
                                << u"The ferry runs again."_s;
    QTest::newRow("skips the head and attributes")
        << u"<html><head><title>Local News</title><meta content=\"Local News\"></head>"
           "<body><p class=\"kicker\">Local News</p></body></html>"_s
        << u"Local News"_s << u"Local News</p>"_s;
    QTest::newRow("markup and entities between words")
        << u"<body><p>The mayor&rsquo;s <em>new</em> plan was approved on Tuesday night.</p></body>"_s
        << u"The mayor’s new plan was approved on Tuesday night."_s << u"The mayor&rsquo;s <em>new</em>"_s;
    QTest::newRow("not there") << u"<body><p>Something else entirely.</p></body>"_s
                               << u"The ferry runs again on Monday after repairs."_s << QString();
}

void TestSourceView::locate()
{
    QFETCH(QString, source);
    QFETCH(QString, sentence);
    QFETCH(QString, found);
    qsizetype length = -1;
    const qsizetype at = SourceView::locate(source, sentence, &length);
    if (found.isEmpty()) {
        QCOMPARE(at, qsizetype(-1));
        return;
    }
    QVERIFY(at >= 0);
    const QString span = source.mid(at, length);
    QVERIFY2(span.startsWith(found) || found.startsWith(span), qPrintable(span));
    if (found.endsWith(u"</p>"_s))
        QVERIFY(source.mid(at).startsWith(found));
}

void TestSourceView::showsAndSelectsTheSentence()
{
    KSyntaxHighlighting::Repository repository;
    SourceView view(&repository);
    view.show();
    Version v;
    v.name = u"Courier"_s;
    v.format = TextFormat::Html;
    v.rawText = u"<html><body><h1>Ferry back</h1><p>The ferry runs again.</p></body></html>"_s;
    v.text = u"Ferry back\n\nThe ferry runs again."_s;
    v.sentences = { { 0, 10, 0, BlockKind::Heading, false }, { 12, 33, 1, BlockKind::Paragraph, false } };
    view.showSentence(v, 1);
    QCOMPARE(view.editor()->toPlainText(), v.rawText);
    QCOMPARE(view.editor()->textCursor().selectedText(), u"The ferry runs again."_s);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
