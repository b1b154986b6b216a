// SPDX-License-Identifier: GPL-3.0-or-later
// The session actions of the real MainWindow (issue 16), driven as a reader would: notes added through
// Edit > Add Note on a cell, on words selected in the source panel and on a quotation selected in the
// quotes panel; File > Save Session As through its file dialog; the session opened again in a new window
// from Open Session and from Open Recent Session, its notes placed where they were; the recovery offer
// after a run that ended without saving (accepted and declined); and the question before closing with
// unsaved notes (cancel keeps the window open, discard closes it, save writes the session).
#include "mainwindow.h"
#include "present/comparisonmodel.h"
#include "quotespanel.h"
#include "sessionnotes.h"
#include "sidebysideview.h"
#include "sourceview.h"
#include "testpaths.h"
#include "workspace/sessionfile.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <optional>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Answers the next modal dialog (a note dialog, a file dialog, a question) once it is shown; the
// static QFileDialog and QMessageBox functions block in exec(), so the answer comes from the event loop.
// Waits only as long as it lives, so that one left unanswered cannot take a later test's dialog.
class NextDialog
{
public:
    explicit NextDialog(std::function<void(QWidget *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || !dialog->isVisible())
                return;
            m_timer.stop();
            m_answered = true;
            m_answer(dialog);
        });
        m_timer.start();
    }
    bool answered() const { return m_answered; }

private:
    QTimer m_timer;
    bool m_answered = false;
    std::function<void(QWidget *)> m_answer;
};

// Focus as the reader gives it: in the active window (a dialog that just closed may have taken that).
bool focus(QWidget *widget)
{
    widget->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(widget->window()))
        return false;
    widget->setFocus();
    return QTest::qWaitFor([widget] { return widget->hasFocus(); });
}

std::function<void(QWidget *)> writeNote(const QString &text, const QString &tags)
{
    return [text, tags](QWidget *dialog) {
        dialog->findChild<QPlainTextEdit *>(u"noteText"_s)->setPlainText(text);
        dialog->findChild<QLineEdit *>(u"noteTags"_s)->setText(tags);
        qobject_cast<QDialog *>(dialog)->accept();
    };
}

// Types the whole path into the file dialog's name field and presses Enter, as a reader may: unlike
// selectFile(), this does not race with the dialog's listing of the folder, which is read in the
// background.
std::function<void(QWidget *)> chooseFile(const QString &path)
{
    return [path](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY2(files, "the dialog shown is no file dialog");
        auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY2(name, "the file dialog has no name field");
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY2(!files->isVisible(), "the file dialog stayed open");
    };
}

std::function<void(QWidget *)> press(QMessageBox::StandardButton button, QString *text = nullptr)
{
    return [button, text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY2(box, "the dialog shown is no question");
        if (text)
            *text = box->text();
        box->button(button)->click();
    };
}

} // namespace

class TestSessionWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notesOnCellsSourceWordsAndQuotations();
    void saveOpenAndOpenRecent();
    void recoveryAfterACrash();
    void closingAsksAboutUnsavedNotes();

private:
    std::unique_ptr<MainWindow> newWindow();
    bool openAndWait(MainWindow *window, const QStringList &paths);
    bool trigger(MainWindow *window, const QString &action, std::function<void(QWidget *)> answer);
    void addRowNote(MainWindow *window, int row, const QString &text);
    // A run that wrote a note to the recovery file and ended without closing its window.
    void crashWithUnsavedNote(const QString &recovery);

    QTemporaryDir m_dir;
    QStringList m_files;
};

void TestSessionWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ParallaxTest"_s);
    QCoreApplication::setApplicationName(u"tst_sessionwindow"_s);
    QVERIFY(m_dir.isValid());
    // Copies of the window's small story, so that sessions beside them use relative paths.
    for (const QString &name : { u"a-wire.txt"_s, u"b-daily.txt"_s, u"c-herald.txt"_s }) {
        const QString copy = m_dir.filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/window/"_s + name, copy));
        m_files.append(copy);
    }
}

void TestSessionWindow::init()
{
    QSettings().clear();
    QFile::remove(SessionNotes::defaultRecoveryFile());
}

void TestSessionWindow::cleanup()
{
    QFile::remove(SessionNotes::defaultRecoveryFile());
}

std::unique_ptr<MainWindow> TestSessionWindow::newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

bool TestSessionWindow::openAndWait(MainWindow *window, const QStringList &paths)
{
    QSignalSpy shown(window, &MainWindow::comparisonShown);
    window->openPaths(paths);
    return shown.wait(60000);
}

bool TestSessionWindow::trigger(
    MainWindow *window, const QString &name, std::function<void(QWidget *)> answer)
{
    const NextDialog next(std::move(answer));
    QAction *action = window->findChild<QAction *>(name);
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return next.answered();
}

void TestSessionWindow::addRowNote(MainWindow *window, int row, const QString &text)
{
    window->view()->setCurrentIndex(window->model()->index(row, 0));
    window->view()->setFocus();
    QVERIFY(trigger(window, u"addNote"_s, writeNote(text, u"check"_s)));
}

void TestSessionWindow::notesOnCellsSourceWordsAndQuotations()
{
    auto window = newWindow();
    QVERIFY(openAndWait(window.get(), m_files));
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const Comparison &c = window->model()->comparison();

    // A cell: the note is on its row, anchored in that cell's version.
    window->view()->setCurrentIndex(window->model()->index(2, 1));
    window->view()->setFocus();
    QVERIFY(trigger(window.get(), u"addNote"_s, writeNote(u"row note"_s, u"check, follow-up"_s)));
    QCOMPARE(window->notes()->notes().size(), 1);
    const Note row = window->notes()->notes().at(0);
    QCOMPARE(row.target, Note::Target::Row);
    QCOMPARE(row.row, 2);
    QCOMPARE(row.version, 1);
    QCOMPARE(row.text, u"row note"_s);
    QCOMPARE(row.tags, QStringList({ u"check"_s, u"follow-up"_s }));
    QVERIFY(window->isWindowModified());

    // Words selected in the source panel: a span of the version the panel shows.
    int quoteRow = -1, wire = -1;
    for (int v = 0; v < c.versions.size(); ++v)
        if (c.versions.at(v).path.endsWith(u"a-wire.txt"_s))
            wire = v;
    QVERIFY(wire >= 0);
    const qsizetype said = c.versions.at(wire).text.indexOf(u"said Mara Quill"_s);
    QVERIFY(said >= 0);
    for (int r = 0; r < c.rows.size() && quoteRow < 0; ++r) {
        const int s = c.rows.at(r).cells.value(wire, -1);
        if (s >= 0 && c.versions.at(wire).sentences.at(s).start <= said
            && said < c.versions.at(wire).sentences.at(s).end)
            quoteRow = r;
    }
    QVERIFY(quoteRow >= 0);
    window->findChild<QDockWidget *>(u"SourceDock"_s)->raise();
    window->view()->setCurrentIndex(window->model()->index(quoteRow, wire));
    QPlainTextEdit *editor = window->sourceView()->editor();
    QTRY_VERIFY(editor->isVisible());
    QTRY_VERIFY(editor->toPlainText().contains(u"said Mara Quill"_s));
    // From the middle of "said" to the middle of "Quill": whole words are meant.
    const qsizetype at = editor->toPlainText().indexOf(u"said Mara Quill"_s);
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(at + 2));
    cursor.setPosition(int(at + 13), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QVERIFY(focus(editor));
    QVERIFY(trigger(window.get(), u"addNote"_s, writeNote(u"who is she?"_s, u"check"_s)));
    QCOMPARE(window->notes()->notes().size(), 2);
    const Note span = window->notes()->notes().at(1);
    QCOMPARE(span.target, Note::Target::Span);
    QCOMPARE(span.version, wire);
    QCOMPARE(span.passage, u"said Mara Quill"_s);
    QCOMPARE(span.start, said);
    QCOMPARE(span.row, quoteRow);

    // A quotation selected in the quotes panel.
    QVERIFY(!c.quotes.isEmpty());
    window->findChild<QDockWidget *>(u"QuotesDock"_s)->raise();
    QTreeWidget *tree = window->quotesPanel()->tree();
    QTRY_VERIFY(tree->isVisible());
    QTreeWidgetItem *group = tree->topLevelItem(0);
    QVERIFY(group);
    tree->setCurrentItem(group);
    QVERIFY(focus(tree));
    QVERIFY(trigger(window.get(), u"addNote"_s, writeNote(u"misquoted?"_s, u"misquote"_s)));
    QCOMPARE(window->notes()->notes().size(), 3);
    const Note quote = window->notes()->notes().at(2);
    QCOMPARE(quote.target, Note::Target::Quote);
    QCOMPARE(quote.quoteGroup, window->quotesPanel()->currentQuote().first);
    QVERIFY(quote.passage.contains(u"glad to have the boat back"_s));

    // Words selected inside a cell (Shift+Right, a character at a time, ending inside a word): a span of
    // that cell's version, from its first word to the whole of the word cut.
    window->view()->setCurrentIndex(window->model()->index(quoteRow, wire));
    QVERIFY(focus(window->view()));
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(window->view(), Qt::Key_Right, Qt::ShiftModifier);
    const QString cellWords = window->view()->selectedText();
    QCOMPARE(cellWords.size(), 12);
    QVERIFY(trigger(window.get(), u"addNote"_s, writeNote(u"first words"_s, u"check"_s)));
    QCOMPARE(window->notes()->notes().size(), 4);
    const Note cellSpan = window->notes()->notes().at(3);
    QCOMPARE(cellSpan.target, Note::Target::Span);
    QCOMPARE(cellSpan.version, wire);
    QCOMPARE(cellSpan.row, quoteRow);
    // Punctuation around the words (an opening quotation mark) is not part of the passage.
    QString words = cellWords;
    while (!words.isEmpty() && !words.front().isLetterOrNumber())
        words.remove(0, 1);
    QVERIFY(words.size() >= 8);
    QVERIFY2(cellSpan.passage.startsWith(words), qPrintable(cellSpan.passage));

    // Cancelling the dialog adds nothing.
    window->view()->setCurrentIndex(window->model()->index(2, 1));
    window->view()->setFocus();
    QVERIFY(trigger(window.get(), u"addNote"_s, [](QWidget *d) { qobject_cast<QDialog *>(d)->reject(); }));
    QCOMPARE(window->notes()->notes().size(), 4);
    window->notes()->setModified(false);
}

void TestSessionWindow::saveOpenAndOpenRecent()
{
    const QString path = m_dir.filePath(u"story.parallax"_s);
    QFile::remove(path);
    {
        auto window = newWindow();
        QVERIFY(openAndWait(window.get(), m_files));
        addRowNote(window.get(), 3, u"first note"_s);
        QVERIFY(window->isWindowModified());
        // Save Session with no session yet asks where, like Save Session As.
        QVERIFY(trigger(window.get(), u"saveSession"_s, chooseFile(path)));
        QVERIFY(QFile::exists(path));
        QVERIFY(!window->isWindowModified());
        QVERIFY(!window->notes()->isModified());
        const auto saved = SessionFiles::load(path, nullptr);
        QVERIFY(saved);
        QCOMPARE(saved->notes.size(), 1);
        QCOMPARE(saved->notes.at(0).text, u"first note"_s);
        QCOMPARE(saved->inputs.size(), 3);
        // A second note, saved to the same file without a dialog.
        addRowNote(window.get(), 1, u"second note"_s);
        QVERIFY(!trigger(window.get(), u"saveSession"_s, [](QWidget *d) { d->close(); }));
        QCOMPARE(SessionFiles::load(path, nullptr)->notes.size(), 2);
        auto *recent = window->findChild<QMenu *>(u"recentSessionsMenu"_s);
        QCOMPARE(recent->actions().size(), 1);
        QCOMPARE(recent->actions().at(0)->toolTip(), QFileInfo(path).absoluteFilePath());
    }
    // File > Open Session in a new window: the files compared again, the notes where they were.
    {
        auto window = newWindow();
        QSignalSpy shown(window.get(), &MainWindow::comparisonShown);
        QVERIFY(trigger(window.get(), u"openSession"_s, chooseFile(path)));
        QTRY_COMPARE_WITH_TIMEOUT(window->model()->columnCount(), 3, 60000);
        QTRY_COMPARE(window->notes()->notes().size(), 2);
        QTRY_COMPARE(window->notes()->notes().at(0).row, 3);
        QCOMPARE(window->notes()->notes().at(1).row, 1);
        QVERIFY(!window->isWindowModified());
    }
    // File > Open Recent Session, remembered across windows.
    {
        auto window = newWindow();
        auto *recent = window->findChild<QMenu *>(u"recentSessionsMenu"_s);
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().size(), 1);
        recent->actions().at(0)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window->model()->columnCount(), 3, 60000);
        QTRY_COMPARE(window->notes()->notes().size(), 2);
        QCOMPARE(window->notes()->notes().at(1).text, u"second note"_s);
    }
}

void TestSessionWindow::crashWithUnsavedNote(const QString &recovery)
{
    auto window = newWindow();
    QVERIFY(openAndWait(window.get(), m_files));
    addRowNote(window.get(), 2, u"unsaved work"_s);
    QVERIFY(window->notes()->autosave());
    QVERIFY(QFile::exists(recovery));
    // A crash runs no destructor: the file stays as it was, whatever closing the window would do.
    QFile f(recovery);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray kept = f.readAll();
    f.close();
    window.reset();
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(kept), kept.size());
}

void TestSessionWindow::recoveryAfterACrash()
{
    const QString recovery = SessionNotes::defaultRecoveryFile();
    QVERIFY(!recovery.isEmpty());
    // A run writes its unsaved notes to the recovery file and ends without closing (as a crash would:
    // nothing asks, nothing removes the file).
    crashWithUnsavedNote(recovery);
    if (QTest::currentTestFailed())
        return;
    // Declined: the file is removed and no notes come back.
    {
        auto window = newWindow();
        QString question;
        const NextDialog next(press(QMessageBox::Discard, &question));
        window->offerRecovery();
        QVERIFY(next.answered());
        QVERIFY(question.contains(u"1 note"_s));
        QVERIFY(window->notes()->notes().isEmpty());
        QVERIFY(!QFile::exists(recovery));
    }
    // Accepted: the recovered session opens with its notes, which stay unsaved.
    crashWithUnsavedNote(recovery);
    if (QTest::currentTestFailed())
        return;
    {
        auto window = newWindow();
        const NextDialog next(press(QMessageBox::Yes));
        window->offerRecovery();
        QVERIFY(next.answered());
        QTRY_COMPARE_WITH_TIMEOUT(window->model()->columnCount(), 3, 60000);
        QTRY_COMPARE(window->notes()->notes().size(), 1);
        QTRY_COMPARE(window->notes()->notes().at(0).row, 2);
        QCOMPARE(window->notes()->notes().at(0).text, u"unsaved work"_s);
        QVERIFY(window->notes()->isModified());
        window->notes()->setModified(false);
    }
    // With no recovery file nothing is asked.
    {
        auto window = newWindow();
        const NextDialog next([](QWidget *d) { d->close(); });
        window->offerRecovery();
        QTest::qWait(100);
        QVERIFY(!next.answered());
    }
}

void TestSessionWindow::closingAsksAboutUnsavedNotes()
{
    const QString path = m_dir.filePath(u"closing.parallax"_s);
    QFile::remove(path);
    auto window = newWindow();
    QVERIFY(openAndWait(window.get(), m_files));
    // Nothing unsaved: closing asks nothing.
    {
        const NextDialog next([](QWidget *d) { d->close(); });
        QVERIFY(window->close());
        QTest::qWait(100);
        QVERIFY(!next.answered());
    }
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    addRowNote(window.get(), 1, u"to keep"_s);
    // Cancel: the window stays, the notes unsaved.
    {
        QString question;
        const NextDialog next(press(QMessageBox::Cancel, &question));
        QVERIFY(!window->close());
        QVERIFY(next.answered());
        QVERIFY(question.contains(u"not saved"_s));
    }
    QVERIFY(window->isVisible());
    QVERIFY(window->notes()->isModified());
    // Save: asks where (no session yet), writes it, then closes.
    {
        std::optional<NextDialog> file;
        const NextDialog next([&](QWidget *box) {
            file.emplace(chooseFile(path));
            press(QMessageBox::Save)(box);
        });
        QVERIFY(window->close());
        QVERIFY(next.answered());
        QVERIFY(file && file->answered());
    }
    QCOMPARE(SessionFiles::load(path, nullptr)->notes.size(), 1);

    // Discard: closes, the session file keeps what was saved.
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    addRowNote(window.get(), 2, u"to drop"_s);
    {
        const NextDialog next(press(QMessageBox::Discard));
        QVERIFY(window->close());
        QVERIFY(next.answered());
    }
    QVERIFY(!window->notes()->isModified());
    QCOMPARE(SessionFiles::load(path, nullptr)->notes.size(), 1);
}

QTEST_MAIN(TestSessionWindow)
#include "tst_sessionwindow.moc"
