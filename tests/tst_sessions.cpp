// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions and notes (issue 16): a session file round-trips everything it holds, with paths relative to
// it; a later schema or no session at all is refused; a session is never written over an article; notes
// are placed where their passage stands now: where they were, moved, reworded, or orphaned with their old
// text (never dropped); the JSON report carries the placed notes.
#include "compare/comparator.h"
#include "comparisonfixture.h"
#include "report/jsonreport.h"
#include "workspace/noteanchoring.h"
#include "workspace/selectionspan.h"
#include "workspace/sessionfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Note sampleNote(const QString &version, const QString &text)
{
    Note n;
    n.id = u"n-"_s + text;
    n.target = Note::Target::Span;
    n.versionKey = version;
    n.sentence = 2;
    n.start = 10;
    n.end = 24;
    n.passage = u"reached agreement"_s;
    n.text = text;
    n.tags = { u"misquote"_s, u"follow up"_s };
    n.author = u"Ana \u00c7elik"_s;
    n.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::UTC);
    return n;
}

// Story sentences of our own, one paragraph each.
const QStringList story {
    u"The harbour authority closed the northern pier on Monday after a crane collapsed."_s,
    u"Nobody was hurt, a spokeswoman said."_s,
    u"Engineers will inspect the remaining cranes before the pier reopens next month."_s,
    u"Shipping companies were told to use the southern terminal until then."_s
};

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void relativePaths();
    void refusesOtherFiles();
    void neverWritesArticles();
    void notesOnFixture();
    void reanchoring();
    void selectionSpans();
    void passageFoundAsWholeWords();
    void missingFileKeepsNotes();
    void jsonReportNotes();
};

void TestSessions::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionFile s;
    s.inputs = { dir.filePath(u"a.txt"_s), dir.filePath(u"sub/b.html"_s) };
    s.base = s.inputs.at(1);
    s.columnOrder = { s.inputs.at(1), s.inputs.at(0), u"Pasted text"_s };
    s.hiddenVersions = { u"Pasted text"_s };
    s.displayNames.insert(s.inputs.at(0), u"Wire \u201cfirst\u201d"_s);
    s.reading = QJsonObject { { u"fontSize"_s, 13 }, { u"showCosmetic"_s, false } };
    s.notes = { sampleNote(s.inputs.at(0), u"first"_s),
        sampleNote(u"Pasted text"_s, u"second, \"quoted\"\nline"_s) };
    s.notes[1].target = Note::Target::Quote;
    s.notes[1].start = s.notes[1].end = -1;
    const QString path = dir.filePath(u"work.parallax"_s);
    QString error;
    QVERIFY2(SessionFiles::save(s, path, &error), qPrintable(error));
    const auto back = SessionFiles::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->inputs, s.inputs);
    QCOMPARE(back->base, s.base);
    QCOMPARE(back->columnOrder, s.columnOrder);
    QCOMPARE(back->hiddenVersions, s.hiddenVersions);
    QCOMPARE(back->displayNames, s.displayNames);
    QCOMPARE(back->reading, s.reading);
    QCOMPARE(back->notes.size(), 2);
    QCOMPARE(back->notes.at(0), s.notes.at(0));
    QCOMPARE(back->notes.at(1), s.notes.at(1));
    QVERIFY(*back == s);
    // The schema is stated in the file.
    const QJsonObject root = QJsonDocument::fromJson(SessionFiles::toJson(s, path)).object();
    QCOMPARE(root.value(u"schema"_s).toInt(), 1);
}

void TestSessions::relativePaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"one/articles"_s));
    const QString article = dir.filePath(u"one/articles/a.txt"_s);
    writeFile(article, story.join(u"\n\n"_s));
    SessionFile s;
    s.inputs = { article, u"/elsewhere/far/b.txt"_s };
    s.base = article;
    s.notes = { sampleNote(article, u"x"_s) };
    const QByteArray json = SessionFiles::toJson(s, dir.filePath(u"one/s.parallax"_s));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"inputs"_s).toArray().at(0).toString(), u"articles/a.txt"_s);
    // Another tree stays absolute.
    QCOMPARE(root.value(u"inputs"_s).toArray().at(1).toString(), u"/elsewhere/far/b.txt"_s);
    QCOMPARE(root.value(u"base"_s).toString(), u"articles/a.txt"_s);
    QCOMPARE(root.value(u"notes"_s).toArray().at(0).toObject().value(u"version"_s).toString(),
        u"articles/a.txt"_s);
    // Moving the folder with its session keeps everything found.
    QVERIFY(QDir(dir.path()).rename(u"one"_s, u"two"_s));
    QString error;
    const auto moved = SessionFiles::fromJson(json, dir.filePath(u"two/s.parallax"_s), &error);
    QVERIFY2(moved, qPrintable(error));
    const QString now = dir.filePath(u"two/articles/a.txt"_s);
    QCOMPARE(moved->inputs.at(0), now);
    QCOMPARE(moved->base, now);
    QCOMPARE(moved->notes.at(0).versionKey, now);
}

void TestSessions::refusesOtherFiles()
{
    QString error;
    QVERIFY(!SessionFiles::fromJson("{ not json", u"/tmp/x.parallax"_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SessionFiles::fromJson(R"({"title": "a JSON report"})", u"/tmp/x.parallax"_s, &error));
    QVERIFY(error.contains(u"schema"_s));
    error.clear();
    QVERIFY(!SessionFiles::fromJson(R"({"schema": 2, "notes": []})", u"/tmp/x.parallax"_s, &error));
    QVERIFY2(error.contains(u'2'), qPrintable(error));
    QVERIFY(SessionFiles::fromJson(R"({"schema": 1})", u"/tmp/x.parallax"_s, &error));
    QVERIFY(SessionFiles::isSessionFile(u"/a/b.PARALLAX"_s));
    QVERIFY(!SessionFiles::isSessionFile(u"/a/parallax.txt"_s));
}

void TestSessions::neverWritesArticles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(u"a.txt"_s), b = dir.filePath(u"b.txt"_s);
    writeFile(a, story.join(u"\n\n"_s));
    writeFile(b, story.mid(1).join(u"\n\n"_s));
    const QByteArray before = hashOf(a), beforeB = hashOf(b);
    SessionFile s;
    s.inputs = { a, b };
    s.notes = { sampleNote(b, u"n"_s) };
    QString error;
    // Over an input, by its own name and through a link: refused, the article untouched.
    QVERIFY(!SessionFiles::save(s, a, &error));
    QVERIFY(error.contains(u"a.txt"_s));
    QVERIFY(QFile::link(b, dir.filePath(u"link.parallax"_s)));
    QVERIFY(!SessionFiles::save(s, dir.filePath(u"link.parallax"_s), &error));
    // Saving, loading, comparing and placing notes write nothing to the articles.
    QVERIFY(SessionFiles::save(s, dir.filePath(u"s.parallax"_s), &error));
    const auto back = SessionFiles::load(dir.filePath(u"s.parallax"_s), &error);
    QVERIFY(back);
    const Comparison c = compareFiles(back->inputs);
    QList<Note> notes = back->notes;
    NoteAnchoring::place(notes, c);
    QVERIFY(SessionFiles::save(*back, dir.filePath(u"s.parallax"_s), &error));
    QCOMPARE(hashOf(a), before);
    QCOMPARE(hashOf(b), beforeB);
}

void TestSessions::notesOnFixture()
{
    const Comparison c = Fixture::councilStory();
    // A row note is anchored in the version asked for, or the base's cell.
    const Note row = NoteAnchoring::onRow(c, 1, 1);
    QCOMPARE(row.row, 1);
    QCOMPARE(row.version, 1);
    QCOMPARE(row.passage, u"The vote was 7-2."_s);
    const Note fallback = NoteAnchoring::onRow(c, 7, 0);
    QCOMPARE(fallback.version, 2); // only the Herald has text in the last row
    // A span clipped of outer spaces, placed in its row.
    const Version &herald = c.versions.at(2);
    const qsizetype at = herald.text.indexOf(u"fourteen"_s);
    const Note span = NoteAnchoring::onSpan(c, 2, at - 1, at + 8);
    QCOMPARE(span.passage, u"fourteen"_s);
    QCOMPARE(span.row, 3);
    // Placing again where nothing changed moves nothing.
    QList<Note> notes { row, fallback, span };
    QCOMPARE(NoteAnchoring::place(notes, c), 0);
    QCOMPARE(notes.at(2).row, 3);
    QCOMPARE(notes.at(2).start, at);
    // A span note stands only in its version's cell; a row note in all.
    QCOMPARE(NoteAnchoring::notesAt(notes, 3, 2), QList<int>({ 2 }));
    QCOMPARE(NoteAnchoring::notesAt(notes, 3, 0), QList<int>());
    QCOMPARE(NoteAnchoring::notesAt(notes, 1, 0), QList<int>({ 0 }));
}

void TestSessions::selectionSpans()
{
    using NoteAnchoring::spanOfSelection;
    Version html;
    html.format = TextFormat::Html;
    html.text = u"The council \u201creached agreement\u201d on Monday. Later the council met again and "
                "reached agreement on the budget."_s;
    const qsizetype first = html.text.indexOf(u"reached agreement"_s);
    const qsizetype second = html.text.lastIndexOf(u"reached agreement"_s);
    // Selected in the source: markup, an entity and straight quotes between the words.
    const auto [start, end] = spanOfSelection(html, u"<em>&ldquo;reached</em> agreement\"</p>"_s, 0);
    QCOMPARE(start, first);
    QCOMPARE(end, first + 17);
    // The same words twice: the occurrence nearest the reader's sentence.
    QCOMPARE(spanOfSelection(html, u"reached agreement"_s, second - 5).first, second);
    QCOMPARE(spanOfSelection(html, u"reached agreement"_s, 0).first, first);
    // Words cut by the selection's ends are taken whole.
    const auto cut = spanOfSelection(html, u"ouncil met aga"_s, 0);
    QCOMPARE(html.text.mid(cut.first, cut.second - cut.first), u"council met again"_s);
    // A tag cut by the selection's start is no word.
    const auto tagCut = spanOfSelection(html, u"class=\"x\">Later the"_s, 0);
    QCOMPARE(html.text.mid(tagCut.first, tagCut.second - tagCut.first), u"Later the"_s);
    // Words that do not stand together, or no words at all: nothing.
    QCOMPARE(spanOfSelection(html, u"council budget"_s, 0).first, -1);
    QCOMPARE(spanOfSelection(html, u"<br/> &amp; \u2014"_s, 0).first, -1);

    // In plain text angle brackets are text, not markup.
    Version plain;
    plain.format = TextFormat::PlainText;
    plain.text = u"Turnout was <50 percent> in the north."_s;
    const auto brackets = spanOfSelection(plain, u"<50 percent> in"_s, 0);
    QCOMPARE(plain.text.mid(brackets.first, brackets.second - brackets.first), u"50 percent> in"_s);
}

void TestSessions::passageFoundAsWholeWords()
{
    const Comparison c = Fixture::councilStory();
    // A note on "four" whose old offsets no longer hold it (the file changed above it).
    Note wire;
    wire.target = Note::Target::Span;
    wire.versionKey = NoteAnchoring::versionKey(c.versions.at(0));
    wire.start = 0;
    wire.end = 4;
    wire.sentence = 0;
    wire.passage = u"four"_s;
    // In the Herald the only "four" is the start of "fourteen": no place for the note there.
    Note herald = wire;
    herald.versionKey = NoteAnchoring::versionKey(c.versions.at(2));
    QList<Note> notes { wire, herald };
    NoteAnchoring::place(notes, c);
    QCOMPARE(notes.at(0).start, c.versions.at(0).text.indexOf(u"four percent"_s));
    QCOMPARE(notes.at(0).row, 3);
    QVERIFY(notes.at(1).start != c.versions.at(2).text.indexOf(u"fourteen"_s));
    QVERIFY(notes.at(1).isOrphaned() || notes.at(1).passage != u"four"_s);
}

void TestSessions::reanchoring()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(u"a.txt"_s), b = dir.filePath(u"b.txt"_s);
    writeFile(a, story.join(u"\n\n"_s));
    writeFile(b, story.join(u"\n\n"_s).replace(u"next month"_s, u"in three weeks"_s));
    Comparison c = compareFiles({ a, b });
    QCOMPARE(c.versions.size(), 2);
    const int va = NoteAnchoring::versionOf(c, a);
    QVERIFY(va >= 0);
    const Version &v = c.versions.at(va);
    // One note of each anchoring fate, all on version a.
    const qsizetype crane = v.text.indexOf(u"a crane collapsed"_s);
    Note moved = NoteAnchoring::onSpan(c, va, crane, crane + 17);
    moved.text = u"which crane?"_s;
    Note reworded = NoteAnchoring::onRow(c, NoteAnchoring::rowOf(c, va, 2), va);
    reworded.text = u"inspection date"_s;
    QCOMPARE(reworded.passage, story.at(2));
    Note gone = NoteAnchoring::onRow(c, NoteAnchoring::rowOf(c, va, 3), va);
    gone.text = u"which terminal"_s;
    QVERIFY(!moved.isOrphaned() && !reworded.isOrphaned() && !gone.isOrphaned());

    // The file changes: a paragraph above, the inspection sentence reworded, the shipping one dropped.
    writeFile(a,
        (QStringList { u"Port news in brief."_s, story.at(0), story.at(1),
             u"Before the pier reopens next month, engineers will inspect the remaining cranes."_s })
            .join(u"\n\n"_s));
    c = compareFiles({ a, b });
    QList<Note> notes { moved, reworded, gone };
    QCOMPARE(NoteAnchoring::place(notes, c), 2);
    const Version &now = c.versions.at(NoteAnchoring::versionOf(c, a));
    QCOMPARE(notes.at(0).passage, u"a crane collapsed"_s);
    QCOMPARE(now.text.mid(notes.at(0).start, notes.at(0).end - notes.at(0).start), u"a crane collapsed"_s);
    QCOMPARE(notes.at(0).sentence, 1);
    QCOMPARE(notes.at(0).row, NoteAnchoring::rowOf(c, notes.at(0).version, 1));
    QCOMPARE(notes.at(1).sentence, 3);
    QVERIFY(!notes.at(1).isOrphaned());
    QVERIFY(notes.at(1).passage.startsWith(u"Before the pier"_s));
    // Orphaned, with the old text and its own words kept.
    QVERIFY(notes.at(2).isOrphaned());
    QCOMPARE(notes.at(2).passage, story.at(3));
    QCOMPARE(notes.at(2).text, u"which terminal"_s);
}

void TestSessions::missingFileKeepsNotes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(u"a.txt"_s), b = dir.filePath(u"b.txt"_s), gone = dir.filePath(u"c.txt"_s);
    writeFile(a, story.join(u"\n\n"_s));
    writeFile(b, story.mid(0, 3).join(u"\n\n"_s));
    SessionFile s;
    s.inputs = { a, b, gone };
    s.notes = { sampleNote(gone, u"on the lost file"_s) };
    QString error;
    QVERIFY(SessionFiles::save(s, dir.filePath(u"s.parallax"_s), &error));
    auto back = SessionFiles::load(dir.filePath(u"s.parallax"_s), &error);
    QVERIFY(back);
    const Comparison c = compareFiles(back->inputs);
    // The others open; the missing one is an error of its own.
    QCOMPARE(c.versions.size(), 2);
    QVERIFY(
        std::any_of(c.errors.cbegin(), c.errors.cend(), [&](const LoadError &e) { return e.path == gone; }));
    NoteAnchoring::place(back->notes, c);
    QVERIFY(back->notes.at(0).isOrphaned());
    QCOMPARE(back->notes.at(0).version, -1);
    // Saved again, it is still there.
    QVERIFY(SessionFiles::save(*back, dir.filePath(u"s.parallax"_s), &error));
    QCOMPARE(
        SessionFiles::load(dir.filePath(u"s.parallax"_s), &error)->notes.at(0).text, u"on the lost file"_s);
}

void TestSessions::jsonReportNotes()
{
    const Comparison c = Fixture::councilStory();
    Note row = NoteAnchoring::onRow(c, 1, 1);
    row.text = u"7-2 or seven to two"_s;
    row.tags = { u"check"_s };
    Note orphan = sampleNote(u"/nowhere.txt"_s, u"lost"_s);
    QList<Note> notes { row, orphan };
    NoteAnchoring::place(notes, c);
    const QJsonObject root = QJsonDocument::fromJson(JsonReport::toJson(c, notes)).object();
    const QJsonArray list = root.value(u"notes"_s).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(u"row"_s).toInt(), 1);
    QCOMPARE(first.value(u"version"_s).toInt(), 1);
    QCOMPARE(first.value(u"target"_s).toString(), u"row"_s);
    QCOMPARE(first.value(u"text"_s).toString(), row.text);
    QCOMPARE(first.value(u"tags"_s).toArray().at(0).toString(), u"check"_s);
    QCOMPARE(first.value(u"orphaned"_s).toBool(), false);
    const QJsonObject second = list.at(1).toObject();
    QVERIFY(second.value(u"row"_s).isNull());
    QCOMPARE(second.value(u"orphaned"_s).toBool(), true);
    QCOMPARE(second.value(u"passage"_s).toString(), u"reached agreement"_s);
    // Without notes the report has no notes array (older readers see the schema they know).
    QVERIFY(!QJsonDocument::fromJson(JsonReport::toJson(c)).object().contains(u"notes"_s));
}

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
