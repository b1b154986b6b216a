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
    void centresTheSentence_data();
    void centresTheSentence();
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
    // News pages repeat the article in their JSON-LD; the reader wants the paragraph, not the script.
    QTest::newRow("skips scripts")
        << u"<html><body><script type=\"application/ld+json\">{\"articleBody\": \"The ferry runs again. "
           "Repairs took a week.\"}</script><p>The ferry runs again.</p></body></html>"_s
        << u"The ferry runs again."_s << u"The ferry runs again.</p>"_s;
    QTest::newRow("skips comments and styles")
        << u"<body><!-- The ferry runs again. --><style>/* The ferry runs again. */</style>"
           "<p>The ferry runs again.</p></body>"_s
        << u"The ferry runs again."_s << u"The ferry runs again.</p>"_s;
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

void TestSourceView::centresTheSentence_data()
{
    QTest::addColumn<bool>("html");
    QTest::newRow("plain text, a line each") << false;
    // Pages written on one line: the sentence stands deep inside a single wrapped block.
    QTest::newRow("html on one line") << true;
}

// The selected sentence is shown in the middle of the panel, also when the panel was just shown.
void TestSourceView::centresTheSentence()
{
    QFETCH(bool, html);
    KSyntaxHighlighting::Repository repository;
    SourceView view(&repository);
    view.resize(420, 320);
    Version v;
    v.name = u"Courier"_s;
    v.format = html ? TextFormat::Html : TextFormat::PlainText;
    QString raw = html ? u"<html><body>"_s : QString();
    for (int i = 0; i < 300; ++i) {
        const QString sentence = u"Paragraph %1 says what happened at the harbour that day."_s.arg(i);
        const qsizetype start = v.text.size();
        v.text += sentence + u"\n\n"_s;
        v.sentences.append({ start, start + sentence.size(), i, BlockKind::Paragraph, false });
        raw += html ? QString(u"<p>"_s + sentence + u"</p>"_s) : QString(sentence + u"\n\n"_s);
    }
    v.rawText = raw + (html ? u"</body></html>"_s : QString());
    view.showSentence(v, 240); // deferred while hidden
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(20);
    QPlainTextEdit *editor = view.editor();
    QCOMPARE(editor->textCursor().selectedText(), v.sentenceText(240));
    const QRect viewport = editor->viewport()->rect();
    const QRect cursor = editor->cursorRect();
    QVERIFY2(viewport.contains(cursor.center()),
        qPrintable(u"cursor at y %1 of %2"_s.arg(cursor.center().y()).arg(viewport.height())));
    QVERIFY(std::abs(cursor.center().y() - viewport.height() / 2) < viewport.height() / 4);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
