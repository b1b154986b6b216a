// SPDX-License-Identifier: GPL-3.0-or-later
// SentenceAligner: rows of N versions against a base. Identical and reworded sentences share a row,
// added and removed ones stand alone, moves point at each other, splits and merges span two sentences,
// and every sentence of every version is in exactly one row, in its version's order.
#include "align/sentencealigner.h"
#include "compare/comparator.h"
#include "core/labels.h"
#include "text/tokenizer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// Sentences of an invented story, distinct in their content words.
const QStringList story {
    u"The city council voted on Tuesday to build a new tram line to the eastern district."_s,
    u"The line will cost about 640 million dollars and open in stages from 2030."_s,
    u"Mayor Ruth Ellery said the vote ended more than a decade of argument."_s,
    u"Opponents said the money would be better spent on the bus network."_s,
    u"Shop owners on Linden Street fear two years of roadworks outside their doors."_s,
    u"The regional government has pledged to pay most of the construction cost."_s,
    u"Construction is due to begin next autumn after a final design review."_s,
    u"The transit authority said trams would run every six minutes at peak times."_s,
};

// A version whose text is its sentences separated by single spaces, one block each.
Version makeVersion(const QString &name, const QStringList &sentences)
{
    Version v;
    v.name = name;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (i > 0)
            v.text += u' ';
        Sentence s;
        s.start = v.text.size();
        v.text += sentences.at(i);
        s.end = v.text.size();
        s.block = int(i);
        v.sentences.append(s);
    }
    v.rawText = v.text;
    return v;
}

QStringList pick(const QList<int> &indexes)
{
    QStringList out;
    for (int i : indexes)
        out.append(story.at(i));
    return out;
}

QString describe(const QList<Version> &versions, const QList<AlignedRow> &rows)
{
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += u"\n  row %1:"_s.arg(r);
        for (qsizetype v = 0; v < rows.at(r).cells.size(); ++v) {
            const int c = rows.at(r).cells.at(v);
            out += u" | %1 %2x%3 %4"_s.arg(toString(rows.at(r).status.value(v, CellStatus::Absent)))
                       .arg(c)
                       .arg(rows.at(r).spans.value(v))
                       .arg(c >= 0 ? versions.at(v).sentenceText(c).left(24) : QString());
            if (rows.at(r).moveTarget.value(v, -1) >= 0)
                out += u" ->row %1"_s.arg(rows.at(r).moveTarget.at(v));
        }
    }
    return out;
}

// The structural promises of an alignment, checked on any input:
// - every row has one cell, span, status and move target per version;
// - every sentence of every version is in exactly one row, and rows keep each version's order;
// - statuses agree with the cells (an empty base cell means added or moved, an empty version cell
//   absent or moved), moves point at a row with the partner and back;
// - "same" cells hold the base's sentence up to typography.
bool checkInvariants(const QList<Version> &versions, int base, const QList<AlignedRow> &rows, QString *why)
{
    const qsizetype nv = versions.size();
    QList<QList<int>> seen(nv);
    for (qsizetype v = 0; v < nv; ++v)
        seen[v] = QList<int>(versions.at(v).sentences.size(), 0);
    QList<int> last(nv, -1);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const AlignedRow &row = rows.at(r);
        if (row.cells.size() != nv || row.spans.size() != nv || row.status.size() != nv
            || row.moveTarget.size() != nv) {
            *why = u"row %1 does not have one entry per version"_s.arg(r);
            return false;
        }
        for (qsizetype v = 0; v < nv; ++v) {
            const int c = row.cells.at(v), span = row.spans.at(v);
            if (c < 0) {
                if (span != 0) {
                    *why = u"row %1 version %2: empty cell with span %3"_s.arg(r).arg(v).arg(span);
                    return false;
                }
                continue;
            }
            if (span < 1 || c + span > versions.at(v).sentences.size()) {
                *why = u"row %1 version %2: bad span %3 at %4"_s.arg(r).arg(v).arg(span).arg(c);
                return false;
            }
            if (c <= last.at(v)) {
                *why = u"row %1 version %2: sentence %3 comes after %4 (rows out of the version's order)"_s
                           .arg(r)
                           .arg(v)
                           .arg(c)
                           .arg(last.at(v));
                return false;
            }
            last[v] = c + span - 1;
            for (int s = c; s < c + span; ++s)
                ++seen[v][s];
        }
        const int b = row.cells.at(base);
        for (qsizetype v = 0; v < nv; ++v) {
            if (v == base)
                continue;
            const int c = row.cells.at(v);
            const CellStatus st = row.status.at(v);
            if (b < 0 && c >= 0 && st != CellStatus::Added && st != CellStatus::Moved) {
                *why = u"row %1 version %2: no base sentence, status %3"_s.arg(r).arg(v).arg(toString(st));
                return false;
            }
            if (b >= 0 && c < 0 && st != CellStatus::Absent && st != CellStatus::Moved) {
                *why = u"row %1 version %2: no sentence, status %3"_s.arg(r).arg(v).arg(toString(st));
                return false;
            }
            if (b >= 0 && c >= 0 && st != CellStatus::Same && st != CellStatus::Changed) {
                *why = u"row %1 version %2: both present, status %3"_s.arg(r).arg(v).arg(toString(st));
                return false;
            }
            if (st == CellStatus::Moved) {
                const int t = row.moveTarget.at(v);
                if (t < 0 || t >= rows.size() || t == r || rows.at(t).status.value(v) != CellStatus::Moved
                    || rows.at(t).moveTarget.value(v) != r) {
                    *why = u"row %1 version %2: moved, but the partner row %3 does not point back"_s.arg(r)
                               .arg(v)
                               .arg(t);
                    return false;
                }
            } else if (row.moveTarget.at(v) >= 0) {
                *why = u"row %1 version %2: a move target without the moved status"_s.arg(r).arg(v);
                return false;
            }
            if (st == CellStatus::Same && row.spans.at(v) == 1 && row.spans.at(base) == 1) {
                const QString a = TypographyNormalizer::normalize(versions.at(v).sentenceText(c));
                const QString e = TypographyNormalizer::normalize(versions.at(base).sentenceText(b));
                if (a != e) {
                    *why = u"row %1 version %2: \"same\" but the text differs: %3 / %4"_s.arg(r).arg(v).arg(
                        a, e);
                    return false;
                }
            }
        }
    }
    for (qsizetype v = 0; v < nv; ++v)
        for (qsizetype s = 0; s < seen.at(v).size(); ++s)
            if (seen.at(v).at(s) != 1) {
                *why = u"version %1 sentence %2 is in %3 rows"_s.arg(v).arg(s).arg(seen.at(v).at(s));
                return false;
            }
    return true;
}

int rowOf(const QList<AlignedRow> &rows, int version, int sentence)
{
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const int c = rows.at(r).cells.value(version, -1);
        if (c >= 0 && sentence >= c && sentence < c + rows.at(r).spans.value(version))
            return int(r);
    }
    return -1;
}

// The rows of the whole comparison with the given base (statuses are part of the result the views read),
// with the invariants checked and the table printed when they fail.
QList<AlignedRow> alignChecked(const QList<Version> &versions, int base)
{
    CompareOptions options;
    options.base = versions.at(base).name;
    const Comparison c = compareVersions(versions, options);
    if (c.base != base)
        qWarning("base %d requested, %d used", base, c.base);
    QString why;
    if (!checkInvariants(versions, base, c.rows, &why))
        qWarning("%s%s", qPrintable(why), qPrintable(describe(versions, c.rows)));
    return c.rows;
}

bool invariantsHold(const QList<Version> &versions, int base, const QList<AlignedRow> &rows)
{
    QString why;
    return checkInvariants(versions, base, rows, &why);
}

} // namespace

class TestSentenceAligner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalSentencesMatch();
    void typographyOnlyDifferenceMatches();
    void rewordedSentenceAlignsAsChanged();
    void addedSentence();
    void removedSentence();
    void movedSentence_data();
    void movedSentence();
    void splitIntoTwo();
    void mergeOfTwo();
    void sentenceAddedByTwoVersionsSharesARow();
    void anyBaseGivesAValidTable();
    void invariantsOnRandomRevisions();
    void alignerRowsAreComplete();
    void mostCentralVersion();
    void versionSimilarity();
};

void TestSentenceAligner::identicalSentencesMatch()
{
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"b"_s, story) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    QVERIFY(invariantsHold(versions, 0, rows));
    QCOMPARE(rows.size(), story.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QCOMPARE(rows.at(r).cells, (QList<int> { int(r), int(r) }));
        QCOMPARE(toString(rows.at(r).status.at(1)), toString(CellStatus::Same));
    }
}

void TestSentenceAligner::typographyOnlyDifferenceMatches()
{
    QStringList curly = story;
    curly[2] = u"Mayor Ruth Ellery said the vote ended more than a decade of \u201cargument.\u201d"_s;
    curly[1] = u"The line will cost about 640\u00a0million dollars and open in stages from 2030."_s;
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"b"_s, curly) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    QVERIFY(invariantsHold(versions, 0, rows));
    QCOMPARE(rows.size(), story.size());
    for (int s : { 1, 2 }) {
        const int r = rowOf(rows, 0, s);
        QCOMPARE(rows.at(r).cells.at(1), s);
        QVERIFY(
            rows.at(r).status.at(1) == CellStatus::Same || rows.at(r).status.at(1) == CellStatus::Changed);
    }
}

void TestSentenceAligner::rewordedSentenceAlignsAsChanged()
{
    QStringList reworded = story;
    reworded[2] = u"According to Mayor Ruth Ellery, the vote has ended more than ten years of argument."_s;
    reworded[5]
        = u"Most of the construction cost will be paid by the regional government, which has pledged it."_s;
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"b"_s, reworded) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    QVERIFY(invariantsHold(versions, 0, rows));
    QCOMPARE(rows.size(), story.size());
    for (int s : { 2, 5 }) {
        const int r = rowOf(rows, 0, s);
        QCOMPARE(rows.at(r).cells.at(1), s);
        QCOMPARE(toString(rows.at(r).status.at(1)), toString(CellStatus::Changed));
    }
    QCOMPARE(toString(rows.at(rowOf(rows, 0, 3)).status.at(1)), toString(CellStatus::Same));
}

void TestSentenceAligner::addedSentence()
{
    QStringList added = story;
    const QString extra
        = u"Residents can see the planned route at an exhibition in the central library until March."_s;
    added.insert(4, extra);
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"b"_s, added) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    QVERIFY2(invariantsHold(versions, 0, rows), qPrintable(describe(versions, rows)));
    const int r = rowOf(rows, 1, 4);
    QVERIFY(r >= 0);
    QCOMPARE(rows.at(r).cells.at(0), -1);
    QCOMPARE(toString(rows.at(r).status.at(1)), toString(CellStatus::Added));
    // It stands where it was added, between the neighbours it has in its version.
    QVERIFY(rowOf(rows, 0, 3) < r && r < rowOf(rows, 0, 4));
    QCOMPARE(rows.size(), story.size() + 1);
}

void TestSentenceAligner::removedSentence()
{
    QStringList removed = story;
    removed.removeAt(4);
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"b"_s, removed) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    QVERIFY2(invariantsHold(versions, 0, rows), qPrintable(describe(versions, rows)));
    const int r = rowOf(rows, 0, 4);
    QCOMPARE(rows.at(r).cells.at(1), -1);
    QCOMPARE(toString(rows.at(r).status.at(1)), toString(CellStatus::Absent));
    QCOMPARE(rows.size(), story.size());
}

void TestSentenceAligner::movedSentence_data()
{
    QTest::addColumn<QList<int>>("order"); // the version's sentences as indexes into the base
    QTest::addColumn<int>("moved"); // the base sentence that moved
    QTest::newRow("last paragraph moved to the top") << QList<int> { 7, 0, 1, 2, 3, 4, 5, 6 } << 7;
    QTest::newRow("first sentence moved to the end") << QList<int> { 1, 2, 3, 4, 5, 6, 7, 0 } << 0;
    QTest::newRow("middle sentence moved down") << QList<int> { 0, 1, 3, 4, 5, 6, 2, 7 } << 2;
}

void TestSentenceAligner::movedSentence()
{
    QFETCH(QList<int>, order);
    QFETCH(int, moved);
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"b"_s, pick(order)) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    const QString table = describe(versions, rows);
    QVERIFY2(invariantsHold(versions, 0, rows), qPrintable(table));

    const int baseRow = rowOf(rows, 0, moved);
    const int versionRow = rowOf(rows, 1, int(order.indexOf(moved)));
    QVERIFY(baseRow >= 0 && versionRow >= 0);
    QVERIFY2(baseRow != versionRow, qPrintable(table));
    QCOMPARE(rows.at(baseRow).cells.at(1), -1);
    QCOMPARE(rows.at(versionRow).cells.at(0), -1);
    QVERIFY2(rows.at(baseRow).status.at(1) == CellStatus::Moved, qPrintable(table));
    QVERIFY2(rows.at(versionRow).status.at(1) == CellStatus::Moved, qPrintable(table));
    QCOMPARE(rows.at(baseRow).moveTarget.at(1), versionRow);
    QCOMPARE(rows.at(versionRow).moveTarget.at(1), baseRow);
    // Nothing else moved: the other sentences are the same, in rows of their own.
    for (int s = 0; s < story.size(); ++s) {
        if (s == moved)
            continue;
        const AlignedRow &row = rows.at(rowOf(rows, 0, s));
        QCOMPARE(row.cells.at(1), int(order.indexOf(s)));
        QCOMPARE(toString(row.status.at(1)), toString(CellStatus::Same));
    }
    QCOMPARE(rows.size(), story.size() + 1);
}

void TestSentenceAligner::splitIntoTwo()
{
    QStringList base = story;
    base[1]
        = u"The line will cost about 640 million dollars, and the first trams will run in stages from 2030 on."_s;
    QStringList split = story;
    split[1] = u"The line will cost about 640 million dollars."_s;
    split.insert(2, u"The first trams will run in stages from 2030 on."_s);
    const QList<Version> versions { makeVersion(u"a"_s, base), makeVersion(u"b"_s, split) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    const QString table = describe(versions, rows);
    QVERIFY2(invariantsHold(versions, 0, rows), qPrintable(table));
    const AlignedRow &row = rows.at(rowOf(rows, 0, 1));
    QCOMPARE(row.cells.at(1), 1);
    QVERIFY2(row.spans.at(1) == 2, qPrintable(table));
    QCOMPARE(row.spans.at(0), 1);
    QCOMPARE(toString(row.status.at(1)), toString(CellStatus::Changed));
    QCOMPARE(rows.size(), story.size());
}

void TestSentenceAligner::mergeOfTwo()
{
    QStringList merged = story;
    merged[3]
        = u"Opponents said the money would be better spent on the bus network, and shop owners on Linden Street fear two years of roadworks outside their doors."_s;
    merged.removeAt(4);
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"b"_s, merged) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    const QString table = describe(versions, rows);
    QVERIFY2(invariantsHold(versions, 0, rows), qPrintable(table));
    const int r = rowOf(rows, 0, 3);
    QCOMPARE(rowOf(rows, 0, 4), r);
    const AlignedRow &row = rows.at(r);
    QCOMPARE(row.cells.at(0), 3);
    QVERIFY2(row.spans.at(0) == 2, qPrintable(table));
    QCOMPARE(row.cells.at(1), 3);
    QCOMPARE(row.spans.at(1), 1);
    QCOMPARE(toString(row.status.at(1)), toString(CellStatus::Changed));
}

void TestSentenceAligner::sentenceAddedByTwoVersionsSharesARow()
{
    const QString extra
        = u"Residents can see the planned route at an exhibition in the central library until March."_s;
    QStringList one = story, two = story, three = story;
    one.insert(3, extra);
    two.insert(3, extra);
    two.removeAt(6);
    three.insert(
        3, u"Residents can see the planned route at an exhibition in the central libary until March."_s);
    const QList<Version> versions { makeVersion(u"base"_s, story), makeVersion(u"one"_s, one),
        makeVersion(u"two"_s, two), makeVersion(u"three"_s, three) };
    const QList<AlignedRow> rows = alignChecked(versions, 0);
    const QString table = describe(versions, rows);
    QVERIFY2(invariantsHold(versions, 0, rows), qPrintable(table));
    const int r = rowOf(rows, 1, 3);
    QVERIFY2(rowOf(rows, 2, 3) == r, qPrintable(table));
    // A near-identical copy (one typo) shares the row too.
    QVERIFY2(rowOf(rows, 3, 3) == r, qPrintable(table));
    QCOMPARE(rows.at(r).cells.at(0), -1);
    for (int v : { 1, 2, 3 })
        QCOMPARE(toString(rows.at(r).status.at(v)), toString(CellStatus::Added));
    QCOMPARE(rows.size(), story.size() + 1);
}

void TestSentenceAligner::anyBaseGivesAValidTable()
{
    QStringList reworded = story;
    reworded[2] = u"According to Mayor Ruth Ellery, the vote has ended more than ten years of argument."_s;
    const QList<Version> versions { makeVersion(u"a"_s, story),
        makeVersion(u"b"_s, pick({ 0, 1, 2, 4, 5, 6 })), makeVersion(u"c"_s, reworded),
        makeVersion(u"d"_s, pick({ 7, 0, 1, 2, 3, 4, 5, 6 })) };
    for (int base = 0; base < versions.size(); ++base) {
        const QList<AlignedRow> rows = alignChecked(versions, base);
        QString why;
        QVERIFY2(checkInvariants(versions, base, rows, &why),
            qPrintable(u"base %1: "_s.arg(base) + why + describe(versions, rows)));
        // The base is in every row it has a sentence in, and its own status is never added or moved.
        for (const AlignedRow &row : rows)
            if (row.cells.at(base) >= 0)
                QVERIFY(row.status.at(base) != CellStatus::Added && row.status.at(base) != CellStatus::Moved);
    }
}

// Random revisions of the story: drops, additions, swaps, rewordings, in four versions at once.
void TestSentenceAligner::invariantsOnRandomRevisions()
{
    const QStringList extras {
        u"A spokesperson for the transit authority declined to comment on Wednesday."_s,
        u"The northern ward will get an express bus service instead."_s,
        u"Critics pointed to delays on the last tram project, which opened three years late."_s,
        u"Several hundred residents signed a petition against the route last spring."_s
    };
    QRandomGenerator rng(424242u);
    for (int round = 0; round < 200; ++round) {
        QList<Version> versions { makeVersion(u"v0"_s, story) };
        for (int v = 1; v < 4; ++v) {
            QStringList s = story;
            for (int e = rng.bounded(5); e > 0; --e) {
                const int op = rng.bounded(4);
                const int at = rng.bounded(int(s.size()));
                if (op == 0 && s.size() > 2)
                    s.removeAt(at);
                else if (op == 1)
                    s.insert(at, extras.at(rng.bounded(int(extras.size()))));
                else if (op == 2)
                    s.move(at, rng.bounded(int(s.size())));
                else
                    s[at].replace(u"the"_s, u"a"_s);
            }
            versions.append(makeVersion(u"v%1"_s.arg(v), s));
        }
        const int base = rng.bounded(4);
        CompareOptions options;
        options.base = versions.at(base).name;
        const QList<AlignedRow> rows = compareVersions(versions, options).rows;
        QString why;
        QVERIFY2(checkInvariants(versions, base, rows, &why),
            qPrintable(u"round %1 base %2: "_s.arg(round).arg(base) + why + describe(versions, rows)));
    }
}

// SentenceAligner::align promises rows with cells, spans, status and move targets filled, without the
// rest of the pipeline.
void TestSentenceAligner::alignerRowsAreComplete()
{
    const QList<Version> versions { makeVersion(u"a"_s, story),
        makeVersion(u"b"_s, pick({ 7, 0, 1, 2, 4, 5, 6 })) };
    SentenceAligner aligner;
    aligner.setVersions(versions);
    const QList<AlignedRow> rows = aligner.align(0);
    QString why;
    QVERIFY2(checkInvariants(versions, 0, rows, &why), qPrintable(why + describe(versions, rows)));
    for (const AlignedRow &row : rows)
        QVERIFY2(!row.status.isEmpty(), "align() leaves the statuses empty");
}

void TestSentenceAligner::mostCentralVersion()
{
    // "core" is contained in the three others, each of which adds different material: it is the one most
    // similar to all, wherever it stands in the list.
    const QStringList core = pick({ 0, 1, 2, 3, 4 });
    const QStringList extraA {
        u"A spokesperson for the transit authority declined to comment on Wednesday."_s,
        u"The northern ward will get an express bus service instead."_s
    };
    const QStringList extraB {
        u"Critics pointed to delays on the last tram project, which opened three years late."_s,
        u"Several hundred residents signed a petition against the route last spring."_s
    };
    const QStringList extraC {
        u"The football club welcomed the decision because fans could reach the stadium faster."_s,
        u"Electricity for the trams will come from the new solar farm by the harbour."_s
    };
    for (int position = 0; position < 4; ++position) {
        QList<Version> versions { makeVersion(u"a"_s, core + extraA + pick({ 5, 6 })),
            makeVersion(u"b"_s, extraB + core + pick({ 7 })), makeVersion(u"c"_s, core + extraC) };
        versions.insert(position, makeVersion(u"core"_s, core));
        SentenceAligner aligner;
        aligner.setVersions(versions);
        QCOMPARE(aligner.mostCentralVersion(), position);
    }
}

void TestSentenceAligner::versionSimilarity()
{
    QStringList reworded = story;
    reworded[2] = u"According to Mayor Ruth Ellery, the vote has ended more than ten years of argument."_s;
    const QList<Version> versions { makeVersion(u"a"_s, story), makeVersion(u"near"_s, reworded),
        makeVersion(u"half"_s, pick({ 0, 1, 2, 3 })),
        makeVersion(u"other"_s,
            { u"The football club welcomed a new coach on Friday."_s,
                u"Fans queued for tickets outside the stadium from early morning."_s }) };
    SentenceAligner aligner;
    aligner.setVersions(versions);
    for (int a = 0; a < versions.size(); ++a) {
        QCOMPARE(aligner.versionSimilarity(a, a), 1.0);
        for (int b = 0; b < versions.size(); ++b) {
            const double s = aligner.versionSimilarity(a, b);
            QVERIFY(s >= 0.0 && s <= 1.0);
            QCOMPARE(s, aligner.versionSimilarity(b, a));
        }
    }
    QVERIFY(aligner.versionSimilarity(0, 1) > aligner.versionSimilarity(0, 2));
    QVERIFY(aligner.versionSimilarity(0, 2) > aligner.versionSimilarity(0, 3));
    QVERIFY(aligner.versionSimilarity(0, 3) < 0.2);
}

QTEST_GUILESS_MAIN(TestSentenceAligner)
#include "tst_sentencealigner.moc"
