// SPDX-License-Identifier: GPL-3.0-or-later
//
// How Parallax's change kinds line up with human edit intents on IteraTeR (Wikinews revisions with
// labelled edits). Each document's before and after revision run through the real pipeline
// (ArticleLoader::loadData, compareVersions with the before revision as base); each human edit is
// mapped to the Parallax changes overlapping its character span in the before text and gets the most
// severe of their kinds, or a reason why there is none. Prints the intent x kind table and the headline
// figures that docs/change-kinds-evaluation.md reports.
//
//   evaluate_iterater [--data FILE.jsonl] [--examples N] [--seed S]
//     --examples N   also print N randomly drawn misclassified edits (meaning-kept edits: fluency,
//                    clarity, coherence, style, that came out substantive; meaning-changed edits that
//                    came out typography/spelling/wording)
//     --cell INTENT:OUTCOME   print every edit of one cell of the table, e.g. fluency:substantive
//     --doc ID       print the aligned rows and changes Parallax finds in one document
//     --list FILE    write every edit as one tab-separated line (document, intent, outcome, reason,
//                    human before and after), to compare two runs with diff
//     --half even|odd   list examples and cells of one half of the documents only (by the parity of
//                    the numeric document id): rules are derived on one half and checked on the other

#include "compare/comparator.h"
#include "core/labels.h"
#include "load/articleloader.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Columns of the table: the four kinds, then the two ways an edit can end up without one.
enum Outcome { Typography, Spelling, Wording, Substantive, Unaligned, NoChange, OutcomeCount };

const char *outcomeName(int o)
{
    static const char *const names[]
        = { "typography", "spelling", "wording", "substantive", "unaligned", "no change" };
    return names[o];
}

const QStringList intents { u"fluency"_s, u"clarity"_s, u"coherence"_s, u"style"_s, u"meaning-changed"_s,
    u"others"_s };

struct EditResult
{
    QString docId;
    QString intent;
    QString type;
    QString before, after; // the human edit
    int outcome = NoChange;
    QStringList parallax; // the overlapping Parallax changes, "kind: before -> after"
    QString reason; // the reason of the first substantive change among them
    QString context; // the before sentence
};

// IteraTeR offsets count code points; QString indexes UTF-16 code units.
QList<qsizetype> codePointToUtf16(const QString &text)
{
    QList<qsizetype> map;
    map.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
        map.append(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
    }
    map.append(text.size());
    return map;
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Whether the text and a sentence that Parallax shows without counterpart overlap as a whole (one contains
// the other): for the base (version 0), a sentence removed or moved away; for the other version, a sentence
// added or moved there. With a lead (text that comes before `text`, which is then lead + the edit's text):
// only a sentence that the text holds as a whole and that reaches past the lead.
bool inWholeSentence(const Comparison &c, int version, const QString &text, const QString &lead = {})
{
    const QString leadWords = lead.simplified();
    const QString needle = text.simplified();
    if (needle.size() < 8)
        return false;
    const Version &v = c.versions.at(version);
    for (const AlignedRow &row : c.rows) {
        const int first = row.cells.at(version);
        if (first < 0)
            continue;
        const bool whole = version == c.base
            ? row.cells.at(1 - version) < 0
            : row.status.at(version) == CellStatus::Added || row.status.at(version) == CellStatus::Moved;
        if (!whole)
            continue;
        const qsizetype start = v.sentences.at(first).start;
        const qsizetype end = v.sentences.at(first + row.spans.at(version) - 1).end;
        const QString cell = v.text.mid(start, end - start).simplified();
        if (leadWords.isEmpty() ? cell.contains(needle) || needle.contains(cell)
                                : needle.contains(cell) && !leadWords.contains(cell))
            return true;
    }
    return false;
}

// The row holding base sentence s, or -1.
int rowOfBaseSentence(const Comparison &c, int s)
{
    for (int r = 0; r < c.rows.size(); ++r) {
        const int first = c.rows.at(r).cells.at(c.base);
        if (first >= 0 && s >= first && s < first + c.rows.at(r).spans.at(c.base))
            return r;
    }
    return -1;
}

int sentenceAt(const Version &v, qsizetype pos)
{
    for (int i = 0; i < v.sentences.size(); ++i)
        if (pos < v.sentences.at(i).end)
            return i;
    return int(v.sentences.size()) - 1;
}

void dumpComparison(const Comparison &c)
{
    auto cell = [&](const AlignedRow &row, int v) {
        if (row.cells.at(v) < 0)
            return QString();
        const Version &ver = c.versions.at(v);
        const qsizetype start = ver.sentences.at(row.cells.at(v)).start;
        const qsizetype end = ver.sentences.at(row.cells.at(v) + row.spans.at(v) - 1).end;
        return ver.text.mid(start, end - start);
    };
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        std::printf("row %d [%s]\n  before: %s\n  after:  %s\n", r, qPrintable(toString(row.status.at(1))),
            qPrintable(cell(row, 0)), qPrintable(cell(row, 1)));
        for (const Change &ch : c.changes)
            if (ch.row == r)
                std::printf("    %s @%lld-%lld: \"%s\" -> \"%s\"\n", qPrintable(toString(ch.kind)),
                    qlonglong(ch.baseStart), qlonglong(ch.baseEnd), qPrintable(ch.before),
                    qPrintable(ch.after));
    }
    std::printf("\n");
}

struct Totals
{
    std::map<QString, std::vector<int>> table; // intent -> counts per outcome
    int documents = 0;
    int documentsSkipped = 0;
    int parallaxChanges = 0;
    int parallaxChangesUnlabelled = 0;
    int matchedNearby = 0; // edits explained by a change next to their span rather than on it
    QString dumpDocument; // --doc
};

void evaluateDocument(const QJsonObject &doc, Totals &totals, std::vector<EditResult> &results)
{
    const QString before = doc.value(u"before_revision"_s).toString();
    const QString after = doc.value(u"after_revision"_s).toString();
    const QString docId = doc.value(u"doc_id"_s).toString();
    LoadError error;
    auto vBefore = ArticleLoader::loadData(before.toUtf8(), TextFormat::PlainText, u"before"_s, &error);
    auto vAfter = ArticleLoader::loadData(after.toUtf8(), TextFormat::PlainText, u"after"_s, &error);
    // The offsets are into the before text: loading plain text must keep it as it is.
    if (!vBefore || !vAfter || vBefore->text != before) {
        ++totals.documentsSkipped;
        std::fprintf(stderr, "document %s skipped: %s\n", qPrintable(docId),
            !vBefore || !vAfter ? qPrintable(describeInEnglish(error))
                                : "the loaded text differs from before_revision");
        return;
    }
    vBefore->name = u"before"_s;
    vAfter->name = u"after"_s;
    CompareOptions options;
    options.base = u"before"_s;
    const Comparison c = compareVersions({ *vBefore, *vAfter }, options);
    if (c.base != 0 || c.versions.size() != 2) {
        ++totals.documentsSkipped;
        return;
    }
    ++totals.documents;
    if (docId == totals.dumpDocument)
        dumpComparison(c);
    const Version &base = c.versions.at(0);
    const QList<qsizetype> offset = codePointToUtf16(before);

    std::vector<bool> changeLabelled(size_t(c.changes.size()), false);
    for (const QJsonValue &value : doc.value(u"edit_actions"_s).toArray()) {
        const QJsonObject edit = value.toObject();
        EditResult res;
        res.docId = docId;
        res.intent = edit.value(u"major_intent"_s).toString();
        res.type = edit.value(u"type"_s).toString();
        res.before = edit.value(u"before"_s).toString();
        res.after = edit.value(u"after"_s).toString();
        const qsizetype s = offset.value(edit.value(u"start_char_pos"_s).toInteger(), before.size());
        const qsizetype e = offset.value(edit.value(u"end_char_pos"_s).toInteger(), before.size());

        // Spaces around the human span do not decide anything; an insertion point touches the words on
        // either side of its gap.
        qsizetype lo = s, hi = e;
        while (lo < hi && isSpace(before.at(lo)))
            ++lo;
        while (hi > lo && isSpace(before.at(hi - 1)))
            --hi;
        const bool point = lo == hi;
        if (point) {
            while (lo > 0 && isSpace(before.at(lo - 1)))
                --lo;
            while (hi < before.size() && isSpace(before.at(hi)))
                ++hi;
        }
        const int sentence = sentenceAt(base, std::min(lo, before.size() - 1));
        res.context = base.sentenceText(sentence);
        const bool humanWhitespaceOnly = res.before.trimmed().isEmpty() && res.after.trimmed().isEmpty();
        // Parallax's changes that explain the edit: those overlapping its span, leaving out changes of
        // white space alone (the pre-tokenised text has double spaces next to many edits) unless the edit
        // is one; failing that, a change close by (the diff may anchor an insertion one token away, before
        // or after a comma) whose words contain the edit's words or the other way round.
        QList<int> explaining;
        QList<int> whitespaceOnly;
        for (int i = 0; i < c.changes.size(); ++i) {
            const Change &ch = c.changes.at(i);
            const bool overlaps = point || ch.baseStart == ch.baseEnd ? ch.baseStart <= hi && lo <= ch.baseEnd
                                                                      : ch.baseStart < hi && lo < ch.baseEnd;
            if (!overlaps)
                continue;
            if (ch.before.trimmed().isEmpty() && ch.after.trimmed().isEmpty() && !humanWhitespaceOnly)
                whitespaceOnly.append(i);
            else
                explaining.append(i);
        }
        if (explaining.isEmpty()) {
            // Words only: the diff and the annotators often disagree on which side of a comma a change is.
            auto words = [](const QString &text) {
                QString w;
                for (QChar ch : text)
                    w.append(ch.isLetterOrNumber() ? ch.toLower() : QChar(u' '));
                return w.simplified();
            };
            // Most of the edit's words among the change's words, or the other way round.
            auto shares = [&](const QString &theirs, const QString &ours) {
                const QStringList a = words(theirs).split(u' ', Qt::SkipEmptyParts);
                const QStringList b = words(ours).split(u' ', Qt::SkipEmptyParts);
                if (a.isEmpty() || b.isEmpty())
                    return false;
                qsizetype common = 0;
                for (const QString &w : b)
                    common += a.contains(w) ? 1 : 0;
                return common * 5 >= std::min(a.size(), b.size()) * 4;
            };
            for (int i = 0; i < c.changes.size(); ++i) {
                const Change &ch = c.changes.at(i);
                if (ch.baseEnd < lo - 40 || ch.baseStart > hi + 40)
                    continue;
                if (shares(ch.after, res.after) || shares(ch.before, res.before))
                    explaining.append(i);
            }
            if (!explaining.isEmpty())
                ++totals.matchedNearby;
        }
        int worst = -1;
        for (int i : std::as_const(explaining)) {
            const Change &ch = c.changes.at(i);
            changeLabelled[size_t(i)] = true;
            worst = std::max(worst, int(ch.kind));
            const QString kind = ch.reason == ChangeReason::None
                ? toString(ch.kind)
                : toString(ch.kind) + u" ("_s + toString(ch.reason) + u')';
            res.parallax.append(u"%1: \"%2\" -> \"%3\""_s.arg(kind, ch.before, ch.after));
            if (ch.kind == ChangeKind::Substantive && res.reason.isEmpty())
                res.reason = toString(ch.reason);
        }
        for (int i : std::as_const(whitespaceOnly)) {
            changeLabelled[size_t(i)] = true;
            res.parallax.append(u"(white space) %1: \"%2\" -> \"%3\""_s.arg(
                toString(c.changes.at(i).kind), c.changes.at(i).before, c.changes.at(i).after));
        }
        // An edit that adds or removes whole sentences (and perhaps touches a word next to them) is what
        // Parallax shows as added or removed rows; a small change found next to them does not describe it.
        // The annotators' spans leave out words the revisions share at their start ("The" of "The second
        // infected cow was discovered ... . The later case"): the added text is also read with the words of
        // its sentence before the span, when it then holds a whole sentence.
        const qsizetype sentenceStart = base.sentences.at(sentence).start;
        const QString lead = s > sentenceStart ? before.mid(sentenceStart, s - sentenceStart) : QString();
        const bool wholeSentences = inWholeSentence(c, 1, res.after) || inWholeSentence(c, 0, res.before)
            || (!lead.isEmpty() && !res.after.isEmpty() && inWholeSentence(c, 1, lead + res.after, lead));
        if (worst >= 0 && !(wholeSentences && worst < int(ChangeKind::Substantive))) {
            res.outcome = worst;
        } else if (wholeSentences) {
            res.outcome = Unaligned;
        } else {
            // No change there: either the text around it is in a sentence added, removed or moved as a whole
            // (no word change to classify), or the sentences align and no change was found.
            const int row = rowOfBaseSentence(c, sentence);
            const bool removed = row >= 0 && c.rows.at(row).cells.at(1) < 0;
            res.outcome = removed ? Unaligned : NoChange;
        }
        auto &counts = totals.table[res.intent];
        counts.resize(OutcomeCount, 0);
        ++counts[size_t(res.outcome)];
        results.push_back(std::move(res));
    }
    totals.parallaxChanges += int(c.changes.size());
    totals.parallaxChangesUnlabelled += int(std::count(changeLabelled.begin(), changeLabelled.end(), false));
}

double percent(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0;
}

void printTable(const Totals &totals)
{
    std::printf("| intent | edits |");
    for (int o = 0; o < OutcomeCount; ++o)
        std::printf(" %s |", outcomeName(o));
    std::printf("\n| --- | ---: |");
    for (int o = 0; o < OutcomeCount; ++o)
        std::printf(" ---: |");
    std::printf("\n");
    std::vector<int> all(OutcomeCount, 0);
    auto row = [&](const QString &name, const std::vector<int> &counts) {
        int n = 0;
        for (int v : counts)
            n += v;
        std::printf("| %s | %d |", qPrintable(name), n);
        for (int o = 0; o < OutcomeCount; ++o)
            std::printf(" %d (%.0f %%) |", counts[size_t(o)], percent(counts[size_t(o)], n));
        std::printf("\n");
    };
    QStringList names = intents;
    for (const auto &[intent, counts] : totals.table)
        if (!names.contains(intent))
            names.append(intent);
    for (const QString &intent : std::as_const(names)) {
        const auto it = totals.table.find(intent);
        if (it == totals.table.end())
            continue;
        row(intent, it->second);
        for (int o = 0; o < OutcomeCount; ++o)
            all[size_t(o)] += it->second[size_t(o)];
    }
    row(u"all"_s, all);
}

// The intents IteraTeR defines as keeping the meaning (fluency fixes grammar and spelling; clarity,
// coherence and style reword) against the one that changes it. "others" counts in neither.
const QStringList meaningKept { u"fluency"_s, u"clarity"_s, u"coherence"_s, u"style"_s };
const QString meaningChanged = u"meaning-changed"_s;

bool isSubstantive(int outcome, bool unalignedIsSubstantive)
{
    return outcome == Substantive || (unalignedIsSubstantive && outcome == Unaligned);
}

void printHeadline(const Totals &totals)
{
    auto counts = [&](const QString &intent) {
        const auto it = totals.table.find(intent);
        return it == totals.table.end() ? std::vector<int>(OutcomeCount, 0) : it->second;
    };
    // Two ways to count: (a) the edits the classifier decided (an aligned sentence pair with a change
    // there), leaving out whole sentences added or removed and edits where Parallax found nothing;
    // (b) every edit, a whole sentence added or removed counting as substantive (the reader sees a
    // claim added or dropped) and "no change" as not substantive.
    struct Rate
    {
        int substantive = 0, total = 0;
    };
    auto rate = [&](const QStringList &intentsOf, bool all) {
        Rate r;
        for (const QString &intent : intentsOf) {
            const std::vector<int> c = counts(intent);
            for (int o = 0; o < OutcomeCount; ++o) {
                if (!all && (o == Unaligned || o == NoChange))
                    continue;
                r.total += c[size_t(o)];
                r.substantive += isSubstantive(o, all) ? c[size_t(o)] : 0;
            }
        }
        return r;
    };
    std::printf("\nPer intent (decided = typography/spelling/wording/substantive; unaligned and no change "
                "apart):\n\n");
    std::printf("| intent | edits | decided | substantive of decided | not substantive of decided | "
                "unaligned | no change |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    QStringList names = intents;
    for (const auto &[intent, c] : totals.table)
        if (!names.contains(intent))
            names.append(intent);
    for (const QString &intent : std::as_const(names)) {
        if (totals.table.find(intent) == totals.table.end())
            continue;
        const std::vector<int> c = counts(intent);
        const Rate decided = rate({ intent }, false);
        const int edits = decided.total + c[Unaligned] + c[NoChange];
        std::printf("| %s | %d | %d | %d (%.1f %%) | %d (%.1f %%) | %d | %d |\n", qPrintable(intent), edits,
            decided.total, decided.substantive, percent(decided.substantive, decided.total),
            decided.total - decided.substantive, percent(decided.total - decided.substantive, decided.total),
            c[Unaligned], c[NoChange]);
    }
    for (const bool all : { false, true }) {
        const Rate changed = rate({ meaningChanged }, all);
        const Rate kept = rate(meaningKept, all);
        const double recallChanged = changed.total ? double(changed.substantive) / changed.total : 0;
        const double recallKept = kept.total ? double(kept.total - kept.substantive) / kept.total : 0;
        const int flagged = changed.substantive + kept.substantive;
        std::printf("\n%s:\n",
            all ? "(b) all edits, a whole sentence added or removed counting as substantive"
                : "(a) edits the classifier decided");
        std::printf("  meaning-changed -> substantive:     %d of %d = %.3f\n", changed.substantive,
            changed.total, recallChanged);
        std::printf("  meaning-kept -> not substantive:    %d of %d = %.3f\n", kept.total - kept.substantive,
            kept.total, recallKept);
        std::printf("  balanced accuracy:                  %.3f\n", (recallChanged + recallKept) / 2);
        std::printf("  precision of substantive:           %d of %d = %.3f\n", changed.substantive, flagged,
            flagged ? double(changed.substantive) / flagged : 0);
    }
}

// The documents split in two halves by the parity of their numeric id, so that a rule derived by
// reading the errors of one half can be checked on documents it was not derived from.
QString halfOf(const QString &docId)
{
    return docId.toLongLong() % 2 == 0 ? u"even"_s : u"odd"_s;
}

void printHalves(const std::vector<EditResult> &results)
{
    std::printf(
        "\nBy half of the documents (parity of the document id), edits the classifier decided:\n\n"
        "| half | documents | meaning-changed -> substantive | meaning-kept -> not substantive | "
        "balanced accuracy | precision of substantive |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (const QString &half : { u"even"_s, u"odd"_s }) {
        QSet<QString> documents;
        int changed = 0, changedSubstantive = 0, kept = 0, keptSubstantive = 0;
        for (const EditResult &r : results) {
            if (halfOf(r.docId) != half)
                continue;
            documents.insert(r.docId);
            if (r.outcome == Unaligned || r.outcome == NoChange)
                continue;
            const bool substantive = r.outcome == Substantive;
            if (r.intent == meaningChanged) {
                ++changed;
                changedSubstantive += substantive ? 1 : 0;
            } else if (meaningKept.contains(r.intent)) {
                ++kept;
                keptSubstantive += substantive ? 1 : 0;
            }
        }
        const double recallChanged = changed ? double(changedSubstantive) / changed : 0;
        const double recallKept = kept ? double(kept - keptSubstantive) / kept : 0;
        const int flagged = changedSubstantive + keptSubstantive;
        std::printf("| %s | %lld | %d of %d = %.3f | %d of %d = %.3f | %.3f | %.3f |\n", qPrintable(half),
            qlonglong(documents.size()), changedSubstantive, changed, recallChanged, kept - keptSubstantive,
            kept, recallKept, (recallChanged + recallKept) / 2,
            flagged ? double(changedSubstantive) / flagged : 0);
    }
}

// Which reasons the substantive edits of each intent got.
void printReasons(const std::vector<EditResult> &results)
{
    std::map<QString, std::map<QString, int>> table; // reason -> intent -> edits
    for (const EditResult &r : results)
        if (r.outcome == Substantive)
            ++table[r.reason][r.intent];
    std::printf("\nReasons of the substantive edits, per intent:\n\n| reason |");
    for (const QString &intent : intents)
        std::printf(" %s |", qPrintable(intent));
    std::printf("\n| --- |");
    for (qsizetype i = 0; i < intents.size(); ++i)
        std::printf(" ---: |");
    std::printf("\n");
    for (const auto &[reason, counts] : table) {
        std::printf("| %s |", qPrintable(reason));
        for (const QString &intent : intents) {
            const auto it = counts.find(intent);
            std::printf(" %d |", it == counts.end() ? 0 : it->second);
        }
        std::printf("\n");
    }
}

// cell: "intent:outcome" to list one cell of the table in order; empty for a random draw of misclassified
// edits.
void printExamples(const std::vector<EditResult> &results, int count, unsigned seed, const QString &cell,
    const QString &half)
{
    std::vector<const EditResult *> wrong;
    for (const EditResult &r : results) {
        if (!half.isEmpty() && halfOf(r.docId) != half)
            continue;
        if (cell.isEmpty() ? (meaningKept.contains(r.intent) && r.outcome == Substantive)
                    || (r.intent == meaningChanged && r.outcome <= Wording)
                           : cell == r.intent + u':' + QString::fromLatin1(outcomeName(r.outcome)))
            wrong.push_back(&r);
    }
    if (cell.isEmpty()) {
        std::mt19937 rng(seed);
        std::shuffle(wrong.begin(), wrong.end(), rng);
    }
    std::printf("\n%d %s edits (of %zu)%s:\n", std::min<int>(count, int(wrong.size())),
        cell.isEmpty() ? "misclassified" : qPrintable(cell), wrong.size(),
        cell.isEmpty() ? ", drawn at random" : "");
    for (int i = 0; i < count && i < int(wrong.size()); ++i) {
        const EditResult &r = *wrong[size_t(i)];
        std::printf("\n[%d] doc %s, %s edit %s, came out %s\n  human:    \"%s\" -> \"%s\"\n", i + 1,
            qPrintable(r.docId), qPrintable(r.intent), qPrintable(r.type), outcomeName(r.outcome),
            qPrintable(r.before), qPrintable(r.after));
        for (const QString &p : r.parallax)
            std::printf("  parallax: %s\n", qPrintable(p));
        std::printf("  sentence: %s\n", qPrintable(r.context.left(300)));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString path
        = option(u"--data"_s, QStringLiteral(PARALLAX_CORPUS_DIR) + u"/iterater-wikinews-train.jsonl"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    Totals totals;
    totals.dumpDocument = option(u"--doc"_s, {});
    std::vector<EditResult> results;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            std::fprintf(
                stderr, "%s:%d: %s\n", qPrintable(path), lineNumber, qPrintable(parseError.errorString()));
            continue;
        }
        evaluateDocument(doc.object(), totals, results);
    }
    std::printf("IteraTeR: %d documents compared (%d skipped), %zu human edits, %d Parallax changes "
                "(%d of them overlap no human edit)\n\n",
        totals.documents, totals.documentsSkipped, results.size(), totals.parallaxChanges,
        totals.parallaxChangesUnlabelled);
    printTable(totals);
    std::printf(
        "\n%d edits were matched to a change next to their span (same words, up to 40 characters away)\n",
        totals.matchedNearby);
    printHeadline(totals);
    printHalves(results);
    printReasons(results);
    const QString half = option(u"--half"_s, {});
    const int examples = option(u"--examples"_s, u"0"_s).toInt();
    if (examples > 0)
        printExamples(results, examples, option(u"--seed"_s, u"1"_s).toUInt(), {}, half);
    if (const QString list = option(u"--list"_s, {}); !list.isEmpty()) {
        QFile out(list);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(list), qPrintable(out.errorString()));
            return 1;
        }
        auto flat = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' '); };
        for (const EditResult &r : results)
            out.write((QStringList { r.docId, r.intent, QString::fromLatin1(outcomeName(r.outcome)), r.reason,
                           flat(r.before), flat(r.after), flat(r.parallax.join(u" | "_s)) }
                           .join(u'\t')
                + u'\n')
                    .toUtf8());
    }
    const QString cell = option(u"--cell"_s, {});
    if (!cell.isEmpty())
        printExamples(results, std::numeric_limits<int>::max(), 0, cell, half);
    return 0;
}
