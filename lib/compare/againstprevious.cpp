// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/againstprevious.h"

#include "compare/pipelinestages_p.h"

#include "align/sentencealigner.h"
#include "load/versiondate.h"
#include "text/textmemo_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Parallax::AgainstPrevious {

namespace {

// The notice a sentence is (Corrections::noticeOf), each distinct text read once: the reports and the
// timelines ask for the notices and stamps of every sentence of every version, some twenty regular
// expressions a sentence (a hundred revisions of a long article: a third of writing its JSON report).
Corrections::Notice noticeOf(QStringView sentence)
{
    static Internal::TextMemo<Corrections::Notice> memo(1 << 14);
    return memo.get(sentence, [](const QString &text) { return Corrections::noticeOf(text); });
}

// Per sentence of one version: the comparison's row that holds it.
QList<int> rowsOfSentences(const Comparison &c, int version)
{
    QList<int> rows(c.versions.at(version).sentences.size(), -1);
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        const int first = row.cells.at(version);
        for (int s = first; first >= 0 && s < first + row.spans.at(version); ++s)
            rows[s] = r;
    }
    return rows;
}

// The sentences of a version that are update stamps ("Updated: 14 October 2026, 07:10").
QSet<int> stampSentences(const Version &version)
{
    QSet<int> out;
    for (int s = 0; s < version.sentences.size(); ++s)
        if (noticeOf(version.sentenceText(s)) == Corrections::Notice::Stamp)
            out.insert(s);
    return out;
}

VersionStep measureStep(const Comparison &c, int previous, int version)
{
    // The pair compared as the pipeline compares any versions, the predecessor as the base.
    Comparison pair;
    pair.versions = { c.versions.at(previous), c.versions.at(version) };
    pair.base = 0;
    SentenceAligner aligner;
    aligner.setVersions(pair.versions);
    pair.rows = aligner.align(0);
    pair.changes = Internal::classifyChanges(pair);
    Internal::measureSimilarity(pair, aligner);

    VersionStep step;
    step.version = version;
    step.previous = previous;
    step.kept = pair.baseShare.value(1, 0.0);
    // A new time on the page is no change to the story: the stamps are listed apart (newStamps).
    const QSet<int> stampsBefore = stampSentences(pair.versions.at(0));
    const QSet<int> stampsAfter = stampSentences(pair.versions.at(1));
    const auto isStampRow = [&](const AlignedRow &row) {
        return stampsBefore.contains(row.cells.at(0)) || stampsAfter.contains(row.cells.at(1));
    };
    for (const AlignedRow &row : std::as_const(pair.rows)) {
        if (row.boilerplate || isStampRow(row))
            continue;
        const bool before = row.cells.at(0) >= 0;
        const bool after = row.cells.at(1) >= 0;
        const CellStatus status = row.status.at(1);
        if (after && status == CellStatus::Moved)
            ++step.moved;
        else if (after && !before)
            step.added += row.spans.at(1);
        else if (before && !after && status != CellStatus::Moved)
            step.removed += row.spans.at(0);
        else if (status == CellStatus::Changed)
            ++step.changed;
    }
    const QList<int> rowOf = rowsOfSentences(c, version);
    for (Change ch : std::as_const(pair.changes)) {
        if (stampsAfter.contains(ch.sentence))
            continue;
        ch.version = version;
        ch.row = rowOf.value(ch.sentence, -1);
        step.changes.append(std::move(ch));
    }
    return step;
}

} // namespace

QList<VersionStep> measure(const Comparison &c, const std::function<bool()> &isCanceled)
{
    QList<VersionStep> steps;
    const QList<int> order = VersionDate::timeOrder(c.versions);
    for (qsizetype k = 0; k < order.size(); ++k) {
        if (isCanceled && isCanceled())
            return {};
        if (k == 0) {
            VersionStep first;
            first.version = order.first();
            steps.append(first);
            continue;
        }
        steps.append(measureStep(c, order.at(k - 1), order.at(k)));
    }
    return steps;
}

namespace {

QList<NoticeSentence> sentencesOf(const Version &version, bool stamps)
{
    QList<NoticeSentence> out;
    for (int s = 0; s < version.sentences.size(); ++s)
        if (const Corrections::Notice n = noticeOf(version.sentenceText(s));
            n != Corrections::Notice::None && (n == Corrections::Notice::Stamp) == stamps)
            out.append({ s, n });
    return out;
}

// Those of a step's version's sentences (notices or stamps) that its predecessor lacks word for word.
QList<NoticeSentence> newSentencesOf(const Comparison &c, const VersionStep &step, bool stamps)
{
    const QList<NoticeSentence> own = sentencesOf(c.versions.at(step.version), stamps);
    if (step.previous < 0 || own.isEmpty())
        return own;
    QSet<QString> before;
    const Version &previous = c.versions.at(step.previous);
    for (const NoticeSentence &n : sentencesOf(previous, stamps))
        before.insert(previous.sentenceText(n.sentence).simplified());
    QList<NoticeSentence> out;
    const Version &version = c.versions.at(step.version);
    for (const NoticeSentence &n : own)
        if (!before.contains(version.sentenceText(n.sentence).simplified()))
            out.append(n);
    return out;
}

} // namespace

QList<NoticeSentence> notices(const Version &version)
{
    return sentencesOf(version, false);
}

QList<NoticeSentence> stamps(const Version &version)
{
    return sentencesOf(version, true);
}

QList<NoticeSentence> newNotices(const Comparison &c, const VersionStep &step)
{
    return newSentencesOf(c, step, false);
}

QList<NoticeSentence> newStamps(const Comparison &c, const VersionStep &step)
{
    return newSentencesOf(c, step, true);
}

bool isStealthEdit(const Comparison &c, const VersionStep &step)
{
    if (step.previous < 0)
        return false;
    const bool changed = step.added > 0 || step.removed > 0
        || std::any_of(step.changes.cbegin(), step.changes.cend(),
            [](const Change &ch) { return !isCosmetic(ch.kind); });
    return changed && newNotices(c, step).isEmpty();
}

const VersionStep *stepOf(const Comparison &c, int version)
{
    for (const VersionStep &s : c.steps)
        if (s.version == version)
            return &s;
    return nullptr;
}

Comparison view(const Comparison &c)
{
    Comparison out = c;
    if (c.steps.isEmpty())
        return out;
    out.base = c.steps.first().version;
    out.changes.clear();
    const int nv = int(c.versions.size());
    QHash<int, int> previousOf;
    for (const VersionStep &s : c.steps)
        previousOf.insert(s.version, s.previous);
    QSet<std::pair<int, int>> changedCells; // (row, version)
    const Version &base = c.versions.at(out.base);
    for (const VersionStep &s : c.steps) {
        for (Change ch : s.changes) {
            if (ch.row < 0)
                continue;
            changedCells.insert({ ch.row, ch.version });
            // The base column marks the words a version changed; they stand in its predecessor's text.
            // Where the predecessor is not the base, they are marked in the base only when its sentence
            // reads the same there, else not at all.
            if (s.previous != out.base) {
                const AlignedRow &row = c.rows.at(ch.row);
                const int own = row.cells.at(s.previous);
                const int inBase = row.cells.at(out.base);
                const Version &previous = c.versions.at(s.previous);
                if (own == ch.baseSentence && inBase >= 0
                    && previous.cellText(own, row.spans.at(s.previous))
                        == base.cellText(inBase, row.spans.at(out.base))) {
                    const qsizetype shift
                        = base.sentences.at(inBase).start - previous.sentences.at(own).start;
                    ch.baseStart += shift;
                    ch.baseEnd += shift;
                } else {
                    ch.baseStart = ch.baseEnd = -1;
                }
            }
            out.changes.append(ch);
        }
    }
    // The shares the summaries show: what each version keeps of its predecessor, and the share of its
    // sentences new since then.
    out.baseShare = QList<double>(nv, 1.0);
    out.ownShare = QList<double>(nv, 0.0);
    for (const VersionStep &s : c.steps) {
        int sentences = 0;
        for (const Sentence &sentence : c.versions.at(s.version).sentences)
            sentences += sentence.boilerplate ? 0 : 1;
        out.baseShare[s.version] = s.kept;
        out.ownShare[s.version] = sentences > 0 ? std::min(1.0, double(s.added) / sentences) : 0.0;
    }
    // The highlighting walks the changes in row order.
    std::stable_sort(out.changes.begin(), out.changes.end(), [](const Change &a, const Change &b) {
        return std::pair(a.row, a.version) < std::pair(b.row, b.version);
    });
    for (int r = 0; r < out.rows.size(); ++r) {
        AlignedRow &row = out.rows[r];
        for (int v = 0; v < nv; ++v) {
            const int previous = previousOf.value(v, -1);
            // A sentence moved since the predecessor reads as added where it stands now: the rows are
            // the comparison's, made against its base.
            row.moveTarget[v] = -1;
            const bool here = row.cells.at(v) >= 0;
            if (previous < 0) {
                row.status[v] = here ? CellStatus::Same : CellStatus::Absent;
                continue;
            }
            const bool before = row.cells.at(previous) >= 0;
            if (here && before)
                row.status[v] = changedCells.contains({ r, v }) ? CellStatus::Changed : CellStatus::Same;
            else if (here)
                row.status[v] = CellStatus::Added;
            else // a gap only where the predecessor has a sentence: removed since then
                row.status[v] = before ? CellStatus::Absent : CellStatus::Same;
        }
    }
    return out;
}

double changeShare(const Comparison &c, const VersionStep &step)
{
    if (step.previous < 0)
        return 0;
    int sentences = 0;
    for (const Sentence &sentence : c.versions.at(step.previous).sentences)
        sentences += sentence.boilerplate ? 0 : 1;
    const double touched = sentences > 0
        ? double(step.added + step.removed + step.changed + step.moved) / double(sentences)
        : 0;
    return std::clamp(std::max(1.0 - step.kept, touched), 0.0, 1.0);
}

QList<double> timePositions(const QList<QDateTime> &moments, double left, double right, double minGap)
{
    QDateTime earliest;
    QDateTime latest;
    for (const QDateTime &m : moments) {
        if (m.isValid()) {
            earliest = earliest.isValid() ? std::min(earliest, m) : m;
            latest = latest.isValid() ? std::max(latest, m) : m;
        }
    }
    const qint64 span = earliest.isValid() ? earliest.msecsTo(latest) : 0;
    const qsizetype count = moments.size();
    minGap = std::min((right - left) / double(std::max<qsizetype>(1, count - 1)), minGap);
    QList<double> out;
    double previousX = -1e9;
    for (qsizetype i = 0; i < count; ++i) {
        double x = count == 1 ? (left + right) / 2 : left + (right - left) * double(i) / double(count - 1);
        if (span > 0 && moments.at(i).isValid())
            x = left + (right - left) * double(earliest.msecsTo(moments.at(i))) / double(span);
        x = std::max(x, previousX + minGap);
        out.append(x);
        previousX = x;
    }
    // Pushed past the right edge: walk back from it, keeping the gaps. minGap is at most an even share
    // of the width, so the first marker stays at or right of the left edge (its label stays whole).
    double nextX = right + minGap;
    for (qsizetype i = count - 1; i >= 0; --i) {
        out[i] = std::min(out.at(i), nextX - minGap);
        nextX = out.at(i);
    }
    return out;
}

} // namespace Parallax::AgainstPrevious
