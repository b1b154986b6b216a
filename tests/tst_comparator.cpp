// SPDX-License-Identifier: GPL-3.0-or-later
// The whole pipeline against its specifications: the bundled sample (every deliberate difference listed
// in docs/sample.md) and the real-news seeds (the examples), plus the structural promises of a
// Comparison on both and the choice of the base.
#include "compare/comparator.h"
#include "core/labels.h"
#include "testpaths.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

// The changed words of a quotation as the JSON report writes them, joined: "a -> b; c -> d".
QString wordChangesText(const QuoteVariant &variant)
{
    QStringList words;
    for (const WordChange &change : variant.wordChanges)
        words.append(toString(change));
    return words.join(u"; "_s);
}

QString sampleDir()
{
    return QStringLiteral(PARALLAX_SAMPLE_DIR);
}

QString seedsDir()
{
    return QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s;
}

bool haveSeeds()
{
    return QDir(seedsDir()).entryList({ u"*.txt"_s }, QDir::Files).size() == 5;
}

#define REQUIRE_SEEDS()                                                                                      \
    do {                                                                                                     \
        if (!haveSeeds())                                                                                    \
            QSKIP("the seed corpus (../shared/corpus/seeds) is not here");                                   \
    } while (false)

// The wire's story sentences W1..W24 by their first words (docs/sample.md, "Wire sentences").
const QStringList wirePrefixes {
    u"VELLPORT (NP) \u2014 The Vellport city council voted 9-4"_s,
    u"The extension, estimated to cost $640 million"_s,
    u"The line will cross the Sallow River"_s,
    u"\"We reached agreement on the main points"_s,
    u"\"The tram is not a luxury,\" Ellery said."_s,
    u"\"For the 40,000 people who live east of the river"_s,
    u"The population of Eastbank has roughly doubled"_s,
    u"The vote followed a four-hour debate"_s,
    u"Councillor Tobias Wren, who represents"_s,
    u"\"We are spending two-thirds of the transport budget"_s,
    u"He said the money would be better spent"_s,
    u"Wren said he would ask the regional auditor"_s,
    u"The transit authority defended its figures"_s,
    u"The city will pay $240 million"_s,
    u"Still, officials have not said if fares"_s,
    u"The authority's chief engineer, Marta Lindqvist"_s,
    u"Shop owners on Linden Street"_s,
    u"\"Our members are not against the tram"_s,
    u"About 60 businesses trade on the street"_s,
    u"The authority said work on Linden Street"_s,
    u"It said it would present a support plan"_s,
    u"The council first approved the route in principle"_s,
    u"The city last opened a new tram line"_s,
    u"Construction is due to begin in September 2027"_s,
};

int versionIndex(const Comparison &c, const QString &fileName)
{
    for (int v = 0; v < c.versions.size(); ++v)
        if (QFileInfo(c.versions.at(v).path).fileName() == fileName)
            return v;
    return -1;
}

// The first sentence at or after `from` that starts with `prefix`, or -1.
int sentenceStarting(const Version &v, const QString &prefix, int from = 0)
{
    for (int s = from; s < v.sentences.size(); ++s)
        if (v.sentenceText(s).startsWith(prefix))
            return s;
    return -1;
}

int sentenceContaining(const Version &v, const QString &needle)
{
    for (int s = 0; s < v.sentences.size(); ++s)
        if (v.sentenceText(s).contains(needle))
            return s;
    return -1;
}

int rowOf(const Comparison &c, int version, int sentence)
{
    for (int r = 0; r < c.rows.size(); ++r) {
        const int cell = c.rows.at(r).cells.at(version);
        if (cell >= 0 && sentence >= cell && sentence < cell + c.rows.at(r).spans.at(version))
            return r;
    }
    return -1;
}

QList<Change> changesIn(const Comparison &c, int version, int row)
{
    QList<Change> out;
    for (const Change &ch : c.changes)
        if (ch.version == version && ch.row == row)
            out.append(ch);
    return out;
}

QString describeChanges(const QList<Change> &changes)
{
    QString out;
    for (const Change &ch : changes)
        out += u"\n  %1: [%2] -> [%3]"_s.arg(toString(ch.kind), ch.before, ch.after);
    return out.isEmpty() ? u"\n  (no change)"_s : out;
}

QString describeRow(const Comparison &c, int r)
{
    if (r < 0 || r >= c.rows.size())
        return u"(no row)"_s;
    QString out = u"row %1:"_s.arg(r);
    const AlignedRow &row = c.rows.at(r);
    for (int v = 0; v < c.versions.size(); ++v) {
        const int cell = row.cells.at(v);
        out += u"\n  %1 %2: %3"_s.arg(c.versions.at(v).name, toString(row.status.at(v)),
            cell >= 0 ? c.versions.at(v).sentenceText(cell) : u"-"_s);
    }
    return out;
}

// The structural promises of any Comparison (see comparison.h): one entry per version in every row,
// every sentence in exactly one row and rows in each version's order, statuses that agree with the
// cells, moves that point at each other, changes whose texts are the spans they name, and a symmetric
// similarity matrix with 1 on the diagonal.
bool checkComparison(const Comparison &c, QString *why)
{
    const int nv = int(c.versions.size());
    if (c.base < 0 || c.base >= nv) {
        *why = u"base %1 out of range"_s.arg(c.base);
        return false;
    }
    QList<QList<int>> seen(nv);
    for (int v = 0; v < nv; ++v)
        seen[v] = QList<int>(c.versions.at(v).sentences.size(), 0);
    QList<int> last(nv, -1);
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        if (row.cells.size() != nv || row.spans.size() != nv || row.status.size() != nv
            || row.moveTarget.size() != nv) {
            *why = u"row %1: not one cell, span, status and move target per version"_s.arg(r);
            return false;
        }
        bool allBoilerplate = true, any = false;
        for (int v = 0; v < nv; ++v) {
            const int cell = row.cells.at(v), span = row.spans.at(v);
            if (cell < 0) {
                if (span != 0) {
                    *why = u"row %1 version %2: empty cell with a span"_s.arg(r).arg(v);
                    return false;
                }
                if (v != c.base) {
                    const CellStatus st = row.status.at(v);
                    const bool baseHere = row.cells.at(c.base) >= 0;
                    if (baseHere && st != CellStatus::Absent && st != CellStatus::Moved) {
                        *why = u"row %1 version %2: empty cell with status %3"_s.arg(r).arg(v).arg(
                            toString(st));
                        return false;
                    }
                }
                continue;
            }
            if (span < 1 || cell + span > c.versions.at(v).sentences.size() || cell <= last.at(v)) {
                *why = u"row %1 version %2: cell %3 span %4 after sentence %5"_s.arg(r)
                           .arg(v)
                           .arg(cell)
                           .arg(span)
                           .arg(last.at(v));
                return false;
            }
            last[v] = cell + span - 1;
            for (int s = cell; s < cell + span; ++s) {
                ++seen[v][s];
                allBoilerplate = allBoilerplate && c.versions.at(v).sentences.at(s).boilerplate;
                any = true;
            }
            if (v != c.base) {
                const CellStatus st = row.status.at(v);
                const bool baseHere = row.cells.at(c.base) >= 0;
                if (!baseHere && st != CellStatus::Added && st != CellStatus::Moved) {
                    *why
                        = u"row %1 version %2: no base sentence, status %3"_s.arg(r).arg(v).arg(toString(st));
                    return false;
                }
                if (baseHere && st != CellStatus::Same && st != CellStatus::Changed) {
                    *why = u"row %1 version %2: both present, status %3"_s.arg(r).arg(v).arg(toString(st));
                    return false;
                }
            }
        }
        if (any && row.boilerplate != allBoilerplate) {
            *why = u"row %1: boilerplate flag %2 disagrees with its sentences"_s.arg(r).arg(row.boilerplate);
            return false;
        }
        for (int v = 0; v < nv; ++v) {
            const int t = row.moveTarget.at(v);
            if ((row.status.at(v) == CellStatus::Moved) != (t >= 0)) {
                *why = u"row %1 version %2: moved status and move target disagree"_s.arg(r).arg(v);
                return false;
            }
            if (t >= 0
                && (t >= c.rows.size() || t == r || c.rows.at(t).moveTarget.at(v) != r
                    || c.rows.at(t).status.at(v) != CellStatus::Moved)) {
                *why = u"row %1 version %2: move target %3 does not point back"_s.arg(r).arg(v).arg(t);
                return false;
            }
        }
    }
    for (int v = 0; v < nv; ++v)
        for (int s = 0; s < seen.at(v).size(); ++s)
            if (seen.at(v).at(s) != 1) {
                *why = u"%1 sentence %2 (%3) is in %4 rows"_s.arg(c.versions.at(v).name)
                           .arg(s)
                           .arg(c.versions.at(v).sentenceText(s))
                           .arg(seen.at(v).at(s));
                return false;
            }

    for (const Change &ch : c.changes) {
        if (ch.version == c.base || ch.version < 0 || ch.version >= nv || ch.row < 0
            || ch.row >= c.rows.size()) {
            *why = u"change in version %1 row %2 out of range"_s.arg(ch.version).arg(ch.row);
            return false;
        }
        const AlignedRow &row = c.rows.at(ch.row);
        const AlignedRow &baseRow
            = row.cells.at(c.base) >= 0 ? row : c.rows.at(row.moveTarget.at(ch.version));
        const Version &v = c.versions.at(ch.version), &b = c.versions.at(c.base);
        if (row.cells.at(ch.version) != ch.sentence || baseRow.cells.at(c.base) != ch.baseSentence) {
            *why = u"change in row %1: sentence %2/%3 is not the row's"_s.arg(ch.row)
                       .arg(ch.sentence)
                       .arg(ch.baseSentence);
            return false;
        }
        const qsizetype cellStart = v.sentences.at(ch.sentence).start;
        const qsizetype cellEnd = v.sentences.at(ch.sentence + row.spans.at(ch.version) - 1).end;
        const qsizetype baseStart = b.sentences.at(ch.baseSentence).start;
        const qsizetype baseEnd = b.sentences.at(ch.baseSentence + baseRow.spans.at(c.base) - 1).end;
        if (ch.start < cellStart || ch.end > cellEnd || ch.start > ch.end || ch.baseStart < baseStart
            || ch.baseEnd > baseEnd || ch.baseStart > ch.baseEnd) {
            *why = u"change [%1] -> [%2] in row %3: span outside its sentences"_s.arg(ch.before, ch.after)
                       .arg(ch.row);
            return false;
        }
        if (v.text.mid(ch.start, ch.end - ch.start) != ch.after
            || b.text.mid(ch.baseStart, ch.baseEnd - ch.baseStart) != ch.before) {
            *why = u"change [%1] -> [%2] in row %3: texts are not the spans"_s.arg(ch.before, ch.after)
                       .arg(ch.row);
            return false;
        }
    }

    if (c.similarity.size() != nv) {
        *why = u"similarity is not %1 x %1"_s.arg(nv);
        return false;
    }
    for (int i = 0; i < nv; ++i) {
        if (c.similarity.at(i).size() != nv || c.similarity.at(i).at(i) != 1.0) {
            *why = u"similarity row %1: wrong size or diagonal not 1"_s.arg(i);
            return false;
        }
        for (int j = 0; j < nv; ++j) {
            const double s = c.similarity.at(i).at(j);
            if (s < 0 || s > 1 || !qFuzzyCompare(1 + s, 1 + c.similarity.at(j).at(i))) {
                *why = u"similarity [%1][%2] = %3 not in 0..1 or not symmetric"_s.arg(i).arg(j).arg(s);
                return false;
            }
        }
    }
    if (c.baseShare.size() != nv || c.ownShare.size() != nv) {
        *why = u"baseShare/ownShare are not one per version"_s;
        return false;
    }
    for (int i = 0; i < nv; ++i)
        if (c.baseShare.at(i) < 0 || c.baseShare.at(i) > 1 || c.ownShare.at(i) < 0 || c.ownShare.at(i) > 1) {
            *why = u"baseShare/ownShare of version %1 outside 0..1"_s.arg(i);
            return false;
        }
    return true;
}

Comparison compareSample(const QString &base = {})
{
    CompareOptions options;
    options.base = base;
    return compareFiles({ sampleDir() }, options);
}

Comparison compareSeeds(const QString &baseFile = {})
{
    CompareOptions options;
    if (!baseFile.isEmpty())
        options.base = seedsDir() + u'/' + baseFile;
    return compareFiles({ seedsDir() }, options);
}

QString seedFile(const QString &prefix)
{
    const QStringList files = QDir(seedsDir()).entryList({ prefix + u"_*.txt"_s }, QDir::Files);
    return files.isEmpty() ? QString() : files.first();
}

// Expectations for one wire sentence in one version (docs/sample.md, "Every deliberate difference").
enum class Expect {
    Same, // identical: status same, no change
    Absent, // removed
    Moved, // moved elsewhere, identical
    OneChange, // status changed, exactly one change, of the kind, with the given words
    AllOfKind, // changed, one or more changes, all of the kind
    WorstOfKind, // changed, the most severe change of the kind
};

struct Difference
{
    int wire; // 1..24
    Expect expect;
    ChangeKind kind = ChangeKind::Typography;
    QString before = {};
    QString after = {};
};

} // namespace

class TestComparator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleVersions();
    void sampleStorySentences_data();
    void sampleStorySentences();
    void sampleDifferences_data();
    void sampleDifferences();
    void sampleAddedSentences_data();
    void sampleAddedSentences();
    void sampleMovedSentence();
    void sampleBoilerplate_data();
    void sampleBoilerplate();
    void sampleQuotes_data();
    void sampleQuotes();

    void invariants_data();
    void invariants();
    void baseSelection_data();
    void baseSelection();
    void unknownBaseIsReported();
    void folderExpansion();
    void cancellation();

    void seedsLoad();
    void seedChanges_data();
    void seedChanges();
    void seedAddedSentence();
    void seedBoilerplate_data();
    void seedBoilerplate();
    void seedArticleSentencesKept();
    void seedQuoteXiAgreement();
};

void TestComparator::sampleVersions()
{
    const Comparison c = compareSample();
    QVERIFY2(c.errors.isEmpty(),
        qPrintable(c.errors.value(0).path + u": "_s + describeInEnglish(c.errors.value(0))));
    QCOMPARE(c.versions.size(), 4);
    const QStringList files { u"01-wire.txt"_s, u"02-vellport-courier.html"_s, u"03-transit-ledger.md"_s,
        u"04-sallowmere-herald.txt"_s };
    for (int v = 0; v < 4; ++v)
        QCOMPARE(QFileInfo(c.versions.at(v).path).fileName(), files.at(v));
    // The wire is the original the others derive from, so it is the most central version.
    QCOMPARE(c.base, 0);
    QCOMPARE(c.title, u"Vellport council approves Eastbank tram line after four-hour debate"_s);
}

void TestComparator::sampleStorySentences_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("storySentences");
    // W1..W24; minus W23 plus C3; minus W1, W3, W11 plus L2, the heading and four list items; plus H18.
    QTest::newRow("wire") << u"01-wire.txt"_s << 24;
    QTest::newRow("courier") << u"02-vellport-courier.html"_s << 24;
    QTest::newRow("ledger") << u"03-transit-ledger.md"_s << 27;
    QTest::newRow("herald") << u"04-sallowmere-herald.txt"_s << 25;
}

// Each version has exactly its story sentences outside boilerplate (the headline aside): none dropped
// as boilerplate, no furniture left in.
void TestComparator::sampleStorySentences()
{
    QFETCH(QString, file);
    QFETCH(int, storySentences);
    const Comparison c = compareSample();
    const int v = versionIndex(c, file);
    QVERIFY(v >= 0);
    const Version &version = c.versions.at(v);
    QStringList story;
    for (int s = 0; s < version.sentences.size(); ++s)
        if (!version.sentences.at(s).boilerplate && version.sentenceText(s) != version.title)
            story.append(version.sentenceText(s));
    QVERIFY2(story.size() == storySentences,
        qPrintable(u"%1 story sentences, expected %2:\n  "_s.arg(story.size()).arg(storySentences)
            + story.join(u"\n  "_s)));
    if (file == u"01-wire.txt"_s) {
        for (int w = 0; w < 24; ++w)
            QVERIFY2(
                story.at(w).startsWith(wirePrefixes.at(w)), qPrintable(u"W%1: "_s.arg(w + 1) + story.at(w)));
    }
}

void TestComparator::sampleDifferences_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("wire");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<ChangeKind>("kind");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    using K = ChangeKind;
    const QList<QPair<QString, QList<Difference>>> tables {
        { u"02-vellport-courier.html"_s,
            {
                { 14, Expect::OneChange, K::Spelling, u"goverment"_s, u"government"_s }, // C1
                { 23, Expect::Absent }, // C2
            } },
        { u"03-transit-ledger.md"_s,
            {
                { 1, Expect::Absent }, // L1
                { 24, Expect::Moved }, // L3
                { 3, Expect::Absent }, // L6
                { 4, Expect::OneChange, K::Wording, u""_s, u"the"_s }, // L7
                { 7, Expect::WorstOfKind, K::Wording }, // L8
                { 11, Expect::Absent }, // L9
                { 14, Expect::OneChange, K::Spelling, u"goverment"_s, u"government"_s }, // L10
                { 15, Expect::AllOfKind, K::Wording }, // L11
                { 16, Expect::OneChange, K::Substantive, u"Marta"_s, u"Karin"_s }, // L12
                { 18, Expect::WorstOfKind, K::Substantive }, // L13: "Our members" -> "The traders"
            } },
        { u"04-sallowmere-herald.txt"_s,
            {
                { 1, Expect::OneChange, K::Typography }, // H1
                { 2, Expect::OneChange, K::Typography }, // H2
                { 4, Expect::AllOfKind, K::Typography }, // H3
                { 5, Expect::AllOfKind, K::Typography }, // H4
                { 6, Expect::AllOfKind, K::Typography }, // H5
                { 8, Expect::AllOfKind, K::Substantive }, // H6
                { 10, Expect::WorstOfKind, K::Substantive }, // H7
                { 11, Expect::OneChange, K::Typography }, // H8
                { 12, Expect::OneChange, K::Substantive, u""_s, u"not"_s }, // H9
                { 13, Expect::OneChange, K::Spelling, u"its"_s, u"it\u2019s"_s }, // H10
                { 15, Expect::OneChange, K::Typography }, // H11
                { 16, Expect::OneChange, K::Typography }, // H12
                { 18, Expect::AllOfKind, K::Typography }, // H13
                { 21, Expect::OneChange, K::Spelling, u"committee"_s, u"commitee"_s }, // H14
                { 22, Expect::OneChange, K::Spelling, u""_s, u"year"_s }, // H15
                { 23, Expect::AllOfKind, K::Typography }, // H16
                { 24, Expect::AllOfKind, K::Substantive }, // H17
            } },
    };
    for (const auto &[file, table] : tables) {
        for (int w = 1; w <= 24; ++w) {
            Difference d { w, Expect::Same };
            for (const Difference &listed : table)
                if (listed.wire == w)
                    d = listed;
            QTest::addRow("%s W%d", qPrintable(file.left(file.indexOf(u'.'))), w)
                << file << w << d.expect << d.kind << d.before << d.after;
        }
    }
}

void TestComparator::sampleDifferences()
{
    QFETCH(QString, file);
    QFETCH(int, wire);
    QFETCH(Expect, expect);
    QFETCH(ChangeKind, kind);
    QFETCH(QString, before);
    QFETCH(QString, after);

    const Comparison c = compareSample(u"01-wire.txt"_s);
    QCOMPARE(c.base, 0);
    const int v = versionIndex(c, file);
    QVERIFY(v >= 0);
    int ws = -1;
    for (int w = 0; w < wire; ++w)
        ws = sentenceStarting(c.versions.at(0), wirePrefixes.at(w), ws + 1);
    QVERIFY2(ws >= 0, "wire sentence not found");
    const int r = rowOf(c, 0, ws);
    QVERIFY(r >= 0);
    const AlignedRow &row = c.rows.at(r);
    const QList<Change> changes = changesIn(c, v, r);
    const QString context = describeRow(c, r) + describeChanges(changes);
    const CellStatus status = row.status.at(v);

    switch (expect) {
    case Expect::Same:
        QVERIFY2(status == CellStatus::Same && changes.isEmpty(), qPrintable(u"expected same: "_s + context));
        QCOMPARE(row.spans.at(v), 1);
        QCOMPARE(c.versions.at(v).sentenceText(row.cells.at(v)), c.versions.at(0).sentenceText(ws));
        return;
    case Expect::Absent:
        QVERIFY2(status == CellStatus::Absent && row.cells.at(v) < 0,
            qPrintable(u"expected absent: "_s + context));
        return;
    case Expect::Moved: {
        QVERIFY2(
            status == CellStatus::Moved && row.cells.at(v) < 0, qPrintable(u"expected moved: "_s + context));
        const int target = row.moveTarget.at(v);
        QVERIFY(target >= 0 && target < c.rows.size());
        const int moved = c.rows.at(target).cells.at(v);
        QVERIFY(moved >= 0);
        QCOMPARE(c.versions.at(v).sentenceText(moved), c.versions.at(0).sentenceText(ws));
        QVERIFY2(changesIn(c, v, target).isEmpty(), qPrintable(describeChanges(changesIn(c, v, target))));
        return;
    }
    case Expect::OneChange:
    case Expect::AllOfKind:
    case Expect::WorstOfKind:
        break;
    }

    QVERIFY2(row.cells.at(v) >= 0, qPrintable(u"not aligned: "_s + context));
    QCOMPARE(row.spans.at(v), 1);
    QVERIFY2(!changes.isEmpty(), qPrintable(u"no change found: "_s + context));
    // "same" means identical characters (docs/report-schema.md): typography alone makes a cell changed.
    QVERIFY2(status == CellStatus::Changed, qPrintable(u"expected changed: "_s + context));
    if (expect == Expect::OneChange)
        QVERIFY2(
            changes.size() == 1, qPrintable(u"expected one "_s + toString(kind) + u" change: "_s + context));
    ChangeKind worst = ChangeKind::Typography;
    for (const Change &ch : changes) {
        if (expect != Expect::WorstOfKind)
            QVERIFY2(ch.kind == kind, qPrintable(u"expected only "_s + toString(kind) + u": "_s + context));
        worst = std::max(worst, ch.kind);
    }
    QVERIFY2(worst == kind, qPrintable(u"expected at worst "_s + toString(kind) + u": "_s + context));
    if (expect == Expect::OneChange && !(before.isEmpty() && after.isEmpty())) {
        QCOMPARE(changes.first().before.trimmed(), before);
        QCOMPARE(changes.first().after.trimmed(), after);
    }
}

void TestComparator::sampleAddedSentences_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("afterWire"); // the added row stands after this wire sentence's row (0: anywhere)

    QTest::newRow("C3 exhibition") << u"02-vellport-courier.html"_s
                                   << u"Residents can see the planned route"_s << 21;
    QTest::newRow("L2 new lede") << u"03-transit-ledger.md"_s << u"Trams are coming to Eastbank."_s << 0;
    QTest::newRow("L4 heading") << u"03-transit-ledger.md"_s << u"Key facts"_s << 0;
    QTest::newRow("L5 vote") << u"03-transit-ledger.md"_s << u"Vote: 9 to 4"_s << 0;
    QTest::newRow("L5 length") << u"03-transit-ledger.md"_s << u"Length: 6.4 km, 11 stops"_s << 0;
    QTest::newRow("L5 cost") << u"03-transit-ledger.md"_s << u"Cost: $640 million"_s << 0;
    QTest::newRow("L5 passengers") << u"03-transit-ledger.md"_s << u"Passengers expected: 18,000 a day"_s
                                   << 0;
    QTest::newRow("H18 tender") << u"04-sallowmere-herald.txt"_s
                                << u"On Wednesday morning, the mayor\u2019s office said"_s << 24;
}

void TestComparator::sampleAddedSentences()
{
    QFETCH(QString, file);
    QFETCH(QString, prefix);
    QFETCH(int, afterWire);
    const Comparison c = compareSample(u"01-wire.txt"_s);
    const int v = versionIndex(c, file);
    const int s = sentenceStarting(c.versions.at(v), prefix);
    QVERIFY2(s >= 0, "sentence not found");
    QVERIFY(!c.versions.at(v).sentences.at(s).boilerplate);
    const int r = rowOf(c, v, s);
    QVERIFY2(c.rows.at(r).cells.at(0) < 0 && c.rows.at(r).status.at(v) == CellStatus::Added,
        qPrintable(describeRow(c, r)));
    // No other version has it.
    for (int o = 0; o < c.versions.size(); ++o)
        if (o != v)
            QVERIFY2(c.rows.at(r).cells.at(o) < 0, qPrintable(describeRow(c, r)));
    if (afterWire > 0) {
        int ws = -1;
        for (int w = 0; w < afterWire; ++w)
            ws = sentenceStarting(c.versions.at(0), wirePrefixes.at(w), ws + 1);
        const int wr = rowOf(c, 0, ws);
        QVERIFY2(wr < r, qPrintable(describeRow(c, wr) + u"\n"_s + describeRow(c, r)));
        if (afterWire < 24) {
            const int next
                = rowOf(c, 0, sentenceStarting(c.versions.at(0), wirePrefixes.at(afterWire), ws + 1));
            QVERIFY2(r < next, qPrintable(describeRow(c, r) + u"\n"_s + describeRow(c, next)));
        }
    }
}

void TestComparator::sampleMovedSentence()
{
    const Comparison c = compareSample(u"01-wire.txt"_s);
    const int ledger = versionIndex(c, u"03-transit-ledger.md"_s);
    const int w24 = sentenceStarting(c.versions.at(0), wirePrefixes.at(23));
    const int baseRow = rowOf(c, 0, w24);
    const int moved = sentenceStarting(c.versions.at(ledger), wirePrefixes.at(23));
    QVERIFY(moved >= 0);
    const int versionRow = rowOf(c, ledger, moved);
    QVERIFY2(versionRow != baseRow, qPrintable(describeRow(c, baseRow)));
    QCOMPARE(toString(c.rows.at(baseRow).status.at(ledger)), toString(CellStatus::Moved));
    QCOMPARE(toString(c.rows.at(versionRow).status.at(ledger)), toString(CellStatus::Moved));
    QCOMPARE(c.rows.at(baseRow).moveTarget.at(ledger), versionRow);
    QCOMPARE(c.rows.at(versionRow).moveTarget.at(ledger), baseRow);
    // In the ledger's order it stands second (after the new lede and the headline), before W2.
    const int w2 = sentenceStarting(c.versions.at(ledger), wirePrefixes.at(1));
    QVERIFY(moved < w2);
    QVERIFY(versionRow < rowOf(c, 0, sentenceStarting(c.versions.at(0), wirePrefixes.at(1))));
    // The other versions keep W24 at the end, in the base row.
    for (const QString &f : { u"02-vellport-courier.html"_s, u"04-sallowmere-herald.txt"_s })
        QVERIFY(c.rows.at(baseRow).cells.at(versionIndex(c, f)) >= 0);
}

void TestComparator::sampleBoilerplate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    const QString courier = u"02-vellport-courier.html"_s, herald = u"04-sallowmere-herald.txt"_s;
    for (const QString &f : { u"Arts & Culture"_s, u"Weather"_s, u"Subscribe"_s, u"By Lena Hartley"_s,
             u"14 October 2026, 06:05"_s, u"Share on Facebook"_s, u"Share on WhatsApp"_s, u"Share by email"_s,
             u"A Riverside line tram at Central Station"_s, u"Photo: Ana Quist"_s, u"READ MORE"_s,
             u"the four routes the council turned down"_s,
             u"Linden Street traders fear two years of roadworks"_s,
             u"Three more bus routes to be cut in January"_s, u"Sign up for our morning newsletter"_s,
             u"Email address"_s, u"Topics: Transport"_s, u"More In Local News"_s, u"Libraries to stay open"_s,
             u"Two hurt in crash"_s, u"Harbour festival returns"_s, u"Schools told to check heating"_s,
             u"Comments are moderated"_s, u"not responsible for the views expressed"_s, u"Privacy policy"_s,
             u"Terms of use"_s, u"All rights reserved"_s })
        QTest::addRow("courier: %s", qPrintable(f)) << courier << f;
    for (const QString &f : { u"Updated 14 October 2026 11:20 | Sallowmere Herald"_s, u"Advertisement"_s,
             u"\u00a9 2026 Sallowmere Herald"_s })
        QTest::addRow("herald: %s", qPrintable(f)) << herald << f;
}

// The furniture docs/sample.md lists is outside the text or in boilerplate sentences only.
void TestComparator::sampleBoilerplate()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    const Comparison c = compareSample();
    const Version &v = c.versions.at(versionIndex(c, file));
    for (int s = 0; s < v.sentences.size(); ++s)
        if (v.sentenceText(s).contains(fragment))
            QVERIFY2(v.sentences.at(s).boilerplate, qPrintable(u"not boilerplate: "_s + v.sentenceText(s)));
}

void TestComparator::sampleQuotes_data()
{
    QTest::addColumn<QString>("words"); // identifies the group by the wire's variant
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QStringList>("fidelity"); // 02, 03, 04 against the wire

    QTest::newRow("Q1 Ellery, altered in the ledger")
        << u"We reached agreement on the main points in July"_s << u"Ellery"_s
        << QStringList { u"exact"_s, u"altered"_s, u"typographic"_s };
    QTest::newRow("Q2 Ellery split quote") << u"The tram is not a luxury"_s << u"Ellery"_s
                                           << QStringList { u"exact"_s, u"exact"_s, u"typographic"_s };
    QTest::newRow("Q3 Wren, truncated in the herald")
        << u"We are spending two-thirds of the transport budget"_s << u"Wren"_s
        << QStringList { u"exact"_s, u"exact"_s, u"truncated"_s };
    QTest::newRow("Q4 Ferro, absent from the ledger")
        << u"Our members are not against the tram"_s << u"Ferro"_s
        << QStringList { u"exact"_s, u"absent"_s, u"typographic"_s };
}

// docs/sample.md, "Quotations" (quotes are part of the pipeline's result).
void TestComparator::sampleQuotes()
{
    QFETCH(QString, words);
    QFETCH(QString, speaker);
    QFETCH(QStringList, fidelity);
    const Comparison c = compareSample(u"01-wire.txt"_s);
    const QuoteGroup *group = nullptr;
    for (const QuoteGroup &g : c.quotes)
        for (const QuoteVariant &qv : g.variants)
            if (qv.version == 0 && qv.text.contains(words))
                group = &g;
    QVERIFY2(group,
        qPrintable(
            u"no quote group with the wire's \""_s + words + u"\" among %1 groups"_s.arg(c.quotes.size())));
    QVERIFY2(group->speaker.contains(speaker), qPrintable(group->speaker));
    QCOMPARE(group->variants.value(group->reference).version, 0);
    for (int v = 1; v <= 3; ++v) {
        const QuoteVariant *variant = nullptr;
        for (const QuoteVariant &qv : group->variants)
            if (qv.version == v)
                variant = &qv;
        QVERIFY2(variant, qPrintable(u"no variant for version %1"_s.arg(v)));
        QCOMPARE(toString(variant->fidelity), fidelity.at(v - 1));
        if (variant->fidelity == QuoteFidelity::Altered)
            QVERIFY2(wordChangesText(*variant).contains(u"the"_s), qPrintable(wordChangesText(*variant)));
    }
}

void TestComparator::invariants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("base"); // -1: default
    for (int b = -1; b < 4; ++b)
        QTest::addRow("sample, base %d", b) << sampleDir() << b;
    if (haveSeeds())
        for (int b = -1; b < 5; ++b)
            QTest::addRow("seeds, base %d", b) << seedsDir() << b;
}

// Every sentence of every version in exactly one row, and the rest of the structural promises, for
// every choice of base.
void TestComparator::invariants()
{
    QFETCH(QString, path);
    QFETCH(int, base);
    const QStringList files = collectArticleFiles({ path }, nullptr);
    CompareOptions options;
    if (base >= 0)
        options.base = files.at(base);
    const Comparison c = compareFiles({ path }, options);
    QCOMPARE(c.versions.size(), files.size());
    if (base >= 0)
        QCOMPARE(c.base, base);
    QString why;
    QVERIFY2(checkComparison(c, &why), qPrintable(why));
}

void TestComparator::baseSelection_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("expected");
    const QString herald = sampleDir() + u"/04-sallowmere-herald.txt"_s;
    QTest::newRow("by name (og:site_name)") << u"Vellport Courier"_s << 1;
    QTest::newRow("by file name") << u"03-transit-ledger.md"_s << 2;
    QTest::newRow("by absolute path") << herald << 3;
    QTest::newRow("by relative path") << QDir::current().relativeFilePath(herald) << 3;
    QTest::newRow("by path with a dot segment") << sampleDir() + u"/./04-sallowmere-herald.txt"_s << 3;
    QTest::newRow("by file name of the default") << u"01-wire.txt"_s << 0;
}

void TestComparator::baseSelection()
{
    QFETCH(QString, base);
    QFETCH(int, expected);
    const Comparison c = compareSample(base);
    QCOMPARE(c.base, expected);
    QVERIFY2(c.errors.isEmpty(), qPrintable(describeInEnglish(c.errors.value(0))));
    // The base's own cells are never absent, added or moved, and it has no changes against itself.
    for (const AlignedRow &row : c.rows)
        if (row.cells.at(expected) >= 0)
            QCOMPARE(toString(row.status.at(expected)), toString(CellStatus::Same));
    for (const Change &ch : c.changes)
        QVERIFY(ch.version != expected);
    QCOMPARE(c.title, c.versions.at(expected).title);
}

void TestComparator::unknownBaseIsReported()
{
    const Comparison c = compareSample(u"No Such Outlet"_s);
    QCOMPARE(c.versions.size(), 4);
    QCOMPARE(c.base, compareSample().base);
    QCOMPARE(c.errors.size(), 1);
    QCOMPARE(c.errors.first().path, u"No Such Outlet"_s);
    QCOMPARE(toString(c.errors.first().code), u"unknown-base"_s);
}

void TestComparator::folderExpansion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir d(dir.path());
    for (const QString &name :
        { u"b.md"_s, u"a.txt"_s, u"c.HTML"_s, u"d.pdf"_s, u".hidden.txt"_s, u"notes"_s }) {
        QFile f(d.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("The ferry will run every twenty minutes from May.\n");
    }
    QVERIFY(d.mkdir(u"sub.txt"_s));
    QList<LoadError> errors;
    const QStringList files
        = collectArticleFiles({ dir.path(), d.filePath(u"a.txt"_s), d.filePath(u"missing.txt"_s) }, &errors);
    QStringList names;
    for (const QString &f : files)
        names.append(QFileInfo(f).fileName());
    // Sorted by name, article files only, each once, folders inside not descended into.
    QCOMPARE(names, (QStringList { u"a.txt"_s, u"b.md"_s, u"c.HTML"_s }));
    // a.txt named again after its folder: read once, with a note that is no failure.
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.first().path, d.filePath(u"a.txt"_s));
    QCOMPARE(toString(errors.first().code), u"duplicate"_s);
    QVERIFY(!errors.first().isFailure());
    QVERIFY(errors.last().path.endsWith(u"missing.txt"_s));
    QCOMPARE(toString(errors.last().code), u"missing"_s);

    QTemporaryDir empty;
    errors.clear();
    QVERIFY(collectArticleFiles({ empty.path() }, &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, empty.path());
    QCOMPARE(toString(errors.first().code), u"no-article-files"_s);
}

void TestComparator::cancellation()
{
    int calls = 0;
    QList<QPair<int, int>> progress;
    CompareOptions options;
    options.isCanceled = [&calls] { return ++calls > 1; };
    options.progress = [&progress](int done, int total) { progress.append({ done, total }); };
    const Comparison canceled = compareFiles({ sampleDir() }, options);
    QVERIFY(canceled.isEmpty());
    QVERIFY(calls >= 2);

    progress.clear();
    options.isCanceled = [] { return false; };
    const Comparison done = compareFiles({ sampleDir() }, options);
    QCOMPARE(done.versions.size(), 4);
    QVERIFY(!progress.isEmpty());
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(double(progress.at(i).first) / progress.at(i).second
            >= double(progress.at(i - 1).first) / progress.at(i - 1).second);
    QCOMPARE(progress.last().first, progress.last().second);
}

void TestComparator::seedsLoad()
{
    REQUIRE_SEEDS();
    const Comparison c = compareSeeds();
    QVERIFY2(c.errors.isEmpty(),
        qPrintable(c.errors.value(0).path + u": "_s + describeInEnglish(c.errors.value(0))));
    QCOMPARE(c.versions.size(), 5);
    // 000 and 001 carry the same wire text; the three others rewrite it. The most central is a carrier.
    const QString baseFile = QFileInfo(c.versions.at(c.base).path).fileName();
    QVERIFY2(baseFile.startsWith(u"000_"_s) || baseFile.startsWith(u"001_"_s), qPrintable(baseFile));
    // They are also the most similar pair.
    for (int i = 0; i < 5; ++i)
        for (int j = i + 1; j < 5; ++j)
            if (i != 0 || j != 1)
                QVERIFY2(c.similarity.at(0).at(1) > c.similarity.at(i).at(j),
                    qPrintable(u"similarity 000/001 %1, %2/%3 %4"_s.arg(c.similarity.at(0).at(1))
                            .arg(i)
                            .arg(j)
                            .arg(c.similarity.at(i).at(j))));
}

void TestComparator::seedChanges_data()
{
    QTest::addColumn<QString>("baseNeedle"); // in 000, the base
    QTest::addColumn<QString>("needle"); // in 001
    QTest::addColumn<ChangeKind>("kind");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<bool>("onlyChange"); // besides typography, the sentence has no other change

    QTest::newRow("In it's readout: one spelling change")
        << u"In it's readout"_s << u"In its readout"_s << ChangeKind::Spelling << u"it's"_s << u"its"_s
        << true;
    QTest::newRow("last year year: spelling")
        << u"endorsed last year year by Xi"_s << u"endorsed last year by Xi"_s << ChangeKind::Spelling
        << u"year"_s << QString() << true;
    QTest::newRow("military to military: spelling")
        << u"issue of military to military communications"_s
        << u"issue of military-to-military communications"_s << ChangeKind::Spelling
        << u"military to military"_s << u"military-to-military"_s << true;
    QTest::newRow("were to was: wording")
        << u"the Bali agenda were of great importance"_s << u"the Bali agenda was of great importance"_s
        << ChangeKind::Wording << u"were"_s << u"was"_s << true;
    QTest::newRow("if to whether: wording")
        << u"it remained unclear if those"_s << u"it remained unclear whether those"_s << ChangeKind::Wording
        << u"if"_s << u"whether"_s << false;
    QTest::newRow("Still, to But: wording")
        << u"Still, both men said they were pleased"_s << u"But both men said they were pleased"_s
        << ChangeKind::Wording << u"Still,"_s << u"But"_s << true;
    QTest::newRow("But also to But: wording") << u"But also Xi suggested"_s << u"But Xi suggested"_s
                                              << ChangeKind::Wording << u"also"_s << QString() << true;
}

// The examples, 001 against 000 as the base.
void TestComparator::seedChanges()
{
    REQUIRE_SEEDS();
    QFETCH(QString, baseNeedle);
    QFETCH(QString, needle);
    QFETCH(ChangeKind, kind);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(bool, onlyChange);

    const Comparison c = compareSeeds(seedFile(u"000"_s));
    QCOMPARE(QFileInfo(c.versions.at(c.base).path).fileName(), seedFile(u"000"_s));
    const int base = c.base;
    const int v = versionIndex(c, seedFile(u"001"_s));
    const int bs = sentenceContaining(c.versions.at(base), baseNeedle);
    const int vs = sentenceContaining(c.versions.at(v), needle);
    QVERIFY2(bs >= 0 && vs >= 0, "sentences not found");
    const int r = rowOf(c, base, bs);
    QVERIFY2(rowOf(c, v, vs) == r, qPrintable(describeRow(c, r) + u"\n"_s + describeRow(c, rowOf(c, v, vs))));
    QCOMPARE(toString(c.rows.at(r).status.at(v)), toString(CellStatus::Changed));
    const QList<Change> changes = changesIn(c, v, r);
    const QString context = describeRow(c, r) + describeChanges(changes);
    int matching = 0;
    for (const Change &ch : changes) {
        if (ch.before.trimmed() == before && ch.after.trimmed() == after) {
            ++matching;
            QVERIFY2(ch.kind == kind, qPrintable(u"expected "_s + toString(kind) + u": "_s + context));
        } else if (onlyChange) {
            QVERIFY2(ch.kind == ChangeKind::Typography, qPrintable(u"unexpected change: "_s + context));
        }
    }
    QVERIFY2(matching == 1,
        qPrintable(u"expected exactly one change [%1] -> [%2]: "_s.arg(before, after) + context));
}

// Biden's "hell of a job" is only in 001: against 000 it is an added sentence.
void TestComparator::seedAddedSentence()
{
    REQUIRE_SEEDS();
    const Comparison c = compareSeeds(seedFile(u"000"_s));
    const int v = versionIndex(c, seedFile(u"001"_s));
    const int s = sentenceContaining(c.versions.at(v), u"hell of a job"_s);
    QVERIFY(s >= 0);
    QVERIFY(!c.versions.at(v).sentences.at(s).boilerplate);
    const int r = rowOf(c, v, s);
    QVERIFY2(c.rows.at(r).cells.at(c.base) < 0, qPrintable(describeRow(c, r)));
    QCOMPARE(toString(c.rows.at(r).status.at(v)), toString(CellStatus::Added));
}

void TestComparator::seedBoilerplate_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("fromLine"); // the first line of the boilerplate stretch
    QTest::addColumn<QString>("toLine"); // its last line (empty: to the end of the file)

    QTest::newRow("000 More In Politics block to the end") << u"000"_s << u"More In Politics"_s << QString();
    QTest::newRow("000 share widget") << u"000"_s << u"Share:"_s << u"Share:"_s;
    QTest::newRow("001 photo captions at the end")
        << u"001"_s << u"U.S. Secretary of State Antony Blinken holds a news conference"_s << QString();
    QTest::newRow("002 newsletter prompt")
        << u"002"_s << u"Success"_s << u"Check your email to complete sign up"_s;
    QTest::newRow("002 READ MORE list") << u"002"_s << u"READ MORE:"_s << u"- Senate Bill Adds Tariff"_s;
    QTest::newRow("003 comment disclaimer")
        << u"003"_s << u"The comments posted here are not from"_s << QString();
}

// Sentences on the boilerplate lines of the seeds are marked (the seeds are plain text, so sentence
// offsets are offsets into the file).
void TestComparator::seedBoilerplate()
{
    REQUIRE_SEEDS();
    QFETCH(QString, seed);
    QFETCH(QString, fromLine);
    QFETCH(QString, toLine);
    const Comparison c = compareSeeds();
    const Version &v = c.versions.at(versionIndex(c, seedFile(seed)));
    qsizetype from = -1, to = -1;
    qsizetype pos = 0;
    for (const QString &line : v.text.split(u'\n')) {
        if (from < 0 && line.trimmed().startsWith(fromLine))
            from = pos;
        if (from >= 0 && to < 0 && !toLine.isEmpty() && line.trimmed().startsWith(toLine))
            to = pos + line.size();
        pos += line.size() + 1;
    }
    if (toLine.isEmpty())
        to = v.text.size();
    QVERIFY2(from >= 0 && to > from, "boilerplate lines not found");
    int inside = 0;
    for (int s = 0; s < v.sentences.size(); ++s) {
        if (v.sentences.at(s).start < from || v.sentences.at(s).start >= to)
            continue;
        ++inside;
        QVERIFY2(v.sentences.at(s).boilerplate, qPrintable(u"not boilerplate: "_s + v.sentenceText(s)));
    }
    QVERIFY(inside > 0);
}

// At least 98 % of article sentences are kept as article: every sentence on a line of prose (not a
// boilerplate stretch of seedBoilerplate, not a headline, byline, credit or subheading) counts.
void TestComparator::seedArticleSentencesKept()
{
    REQUIRE_SEEDS();
    const QList<QPair<QString, QStringList>> notProse {
        { u"000"_s,
            { u"By Matthew Lee"_s, u"AP writer Emily Wang contributed."_s,
                u"Updated with latest details."_s } },
        { u"001"_s, { u"A TOUGH CONVERSATION"_s, u"Information for this article was contributed"_s } },
        { u"002"_s, {} },
        { u"003"_s, { u"Blinken, Xi Agree to 'Stabilize' Deteriorating Relations"_s } },
        { u"004"_s, { u"The most important things from Antony Blinken"_s, u"What was the significance"_s } },
    };
    // Where the boilerplate stretches of each seed begin and end (see seedBoilerplate).
    const auto isFurniture = [](const QString &seed, const QString &line, bool *inTail) {
        if (*inTail)
            return true;
        if ((seed == u"000"_s && (line == u"Share:"_s || line == u"More In Politics"_s))
            || (seed == u"001"_s && line.contains(u"(Leah Millis/Pool Photo via AP)"_s))
            || (seed == u"003"_s && line.startsWith(u"The comments posted here"_s))) {
            *inTail = true;
            return true;
        }
        return seed == u"002"_s
            && (line == u"Success"_s || line == u"You are now signed up for our newsletter"_s
                || line == u"Check your email to complete sign up"_s || line == u"READ MORE:"_s
                || line.startsWith(u"- "_s));
    };
    const Comparison c = compareSeeds();
    int prose = 0, kept = 0;
    QStringList dropped;
    for (const auto &[seed, skip] : notProse) {
        const Version &v = c.versions.at(versionIndex(c, seedFile(seed)));
        bool inTail = false;
        qsizetype pos = 0;
        for (const QString &rawLine : v.text.split(u'\n')) {
            const QString line = rawLine.trimmed();
            const qsizetype lineStart = pos, lineEnd = pos + rawLine.size();
            pos += rawLine.size() + 1;
            if (line.isEmpty() || isFurniture(seed, line, &inTail))
                continue;
            if (std::any_of(skip.begin(), skip.end(), [&](const QString &s) { return line.startsWith(s); }))
                continue;
            for (int s = 0; s < v.sentences.size(); ++s) {
                if (v.sentences.at(s).start < lineStart || v.sentences.at(s).start >= lineEnd)
                    continue;
                ++prose;
                if (v.sentences.at(s).boilerplate)
                    dropped.append(seed + u": "_s + v.sentenceText(s));
                else
                    ++kept;
            }
        }
    }
    qInfo("article sentences kept: %d of %d (%.1f %%)", kept, prose, 100.0 * kept / std::max(1, prose));
    QVERIFY(prose > 150);
    QVERIFY2(kept >= 0.98 * prose, qPrintable(u"marked as boilerplate:\n  "_s + dropped.join(u"\n  "_s)));
}

// The quote example: Xi's "reached agreement on some specific issues" (000, 001) and 002's
// "reached the agreement on some specific issues" are one group, and 002's variant is altered.
void TestComparator::seedQuoteXiAgreement()
{
    REQUIRE_SEEDS();
    const Comparison c = compareSeeds(seedFile(u"000"_s));
    const int v1 = versionIndex(c, seedFile(u"001"_s));
    const int v2 = versionIndex(c, seedFile(u"002"_s));
    const QuoteGroup *group = nullptr;
    for (const QuoteGroup &g : c.quotes)
        for (const QuoteVariant &qv : g.variants)
            if (qv.version == c.base && qv.text.contains(u"reached agreement on some specific issues"_s))
                group = &g;
    QVERIFY2(group,
        qPrintable(u"no group holds 000's \"reached agreement on some specific issues\" (%1 groups)"_s.arg(
            c.quotes.size())));
    QVERIFY2(group->speaker.contains(u"Xi"_s), qPrintable(group->speaker));
    const QuoteVariant *in001 = nullptr, *in002 = nullptr;
    for (const QuoteVariant &qv : group->variants) {
        if (qv.version == v1)
            in001 = &qv;
        if (qv.version == v2)
            in002 = &qv;
    }
    QVERIFY2(in001 && in002, "001 or 002 has no variant in the group");
    QVERIFY(in001->text.contains(u"reached agreement on some specific issues"_s));
    QVERIFY2(
        in002->text.contains(u"reached the agreement on some specific issues"_s), qPrintable(in002->text));
    QCOMPARE(toString(in002->fidelity), toString(QuoteFidelity::Altered));
    QVERIFY2(wordChangesText(*in002).contains(u"the"_s), qPrintable(wordChangesText(*in002)));
    QVERIFY(in001->fidelity == QuoteFidelity::Exact || in001->fidelity == QuoteFidelity::Typographic);
}

QTEST_GUILESS_MAIN(TestComparator)
#include "tst_comparator.moc"
