// SPDX-License-Identifier: GPL-3.0-or-later
// The side-by-side table of the HTML report: a row per aligned row, a cell per version with its changed
// words highlighted by kind (the change in words in a title), the base's words that the others changed
// underlined, markers for gaps and moves, and the numbered notes of the row, as in the PDF.
#include "core/labels.h"
#include "report/alsosays_p.h"
#include "report/htmlwriter_p.h"
#include "report/notelist_p.h"
#include "report/pdfexporter.h"
#include "report/revisions_p.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

// A highlighted stretch of a cell's text, in offsets of the cell text.
struct Highlight
{
    qsizetype start = 0;
    qsizetype end = 0;
    ChangeKind kind = ChangeKind::Typography;
    QString title;
};

// A note number after changed words, or the mark of a reader's note (readerNote > 0: its number) after
// its span or at the end of its cell.
struct Marker
{
    qsizetype position = 0;
    int number = 0;
    ChangeKind kind = ChangeKind::Typography;
    int readerNote = 0;
};

// The cell text with its highlights (marks in a version, underlines in the base), the spans of the
// reader's notes (a dotted frame) and note numbers. Highlights may overlap (two versions changing the
// same base words): the text is cut at every start and end, and each piece is marked with the strongest
// kind covering it and every title.
QString markedText(const QString &text, const QList<Highlight> &highlights, const QList<Marker> &markers,
    bool underline, const QList<std::pair<qsizetype, qsizetype>> &noteSpans = {})
{
    QList<qsizetype> cuts { 0, text.size() };
    for (const Highlight &h : highlights)
        cuts << h.start << h.end;
    for (const Marker &m : markers)
        cuts << m.position;
    for (const auto &[start, end] : noteSpans)
        cuts << start << end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString out;
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const qsizetype at = cuts.at(i);
        // First what stands at this position: deletions, then the numbers of the changes ending here.
        for (const Highlight &h : highlights) {
            if (h.start == at && h.end == at && !underline)
                out += u"<mark class=\"del "_s + kindClass(h.kind) + u"\" title=\""_s + htmlEscaped(h.title)
                    + u"\"></mark>"_s;
        }
        for (const Marker &m : markers) {
            if (m.position == at && m.readerNote > 0) {
                const QString number = QString::number(m.readerNote);
                out += u"<sup class=\"nn\"><a href=\"#note-"_s + number + u"\">"_s
                    + htmlEscaped(noteMark(m.readerNote)) + u"</a></sup>"_s;
            } else if (m.position == at) {
                const QString number = QString::number(m.number);
                out += u"<sup class=\"n "_s + kindClass(m.kind) + u"\"><a href=\"#n"_s + number + u"\">"_s
                    + number + u"</a></sup>"_s;
            }
        }
        if (i + 1 >= cuts.size())
            break;
        const qsizetype end = cuts.at(i + 1);
        const bool noted = std::any_of(noteSpans.cbegin(), noteSpans.cend(),
            [&](const auto &span) { return span.first <= at && end <= span.second; });
        const QString piece = noted
            ? u"<span class=\"ns\">"_s + htmlEscaped(QStringView(text).mid(at, end - at)) + u"</span>"_s
            : htmlEscaped(QStringView(text).mid(at, end - at));
        QStringList titles;
        std::optional<ChangeKind> strongest;
        for (const Highlight &h : highlights) {
            if (h.start <= at && h.end >= end && h.end > h.start) {
                titles.append(h.title);
                strongest = std::max(strongest.value_or(h.kind), h.kind);
            }
        }
        if (!strongest) {
            out += piece;
            continue;
        }
        titles.removeDuplicates();
        const QString title = htmlEscaped(titles.join(u"\n"_s));
        if (underline)
            out += u"<span class=\"u-"_s + toString(*strongest) + u"\" title=\""_s + title + u"\">"_s + piece
                + u"</span>"_s;
        else
            out += u"<mark class=\""_s + kindClass(*strongest) + u"\" title=\""_s + title + u"\">"_s + piece
                + u"</mark>"_s;
    }
    return out;
}

QString statusName(CellStatus status)
{
    return toString(status);
}

struct RowWriter
{
    const HtmlContext &context;
    int *noteCount;

    const Comparison &c() const { return context.comparison; }

    QString versionLabel(int version) const
    {
        return u"<span class=\"vn\">"_s + bdi(c().versions.at(version).name)
            + (version == c().base ? u" ("_s + htmlEscaped(baseMark(c())) + u")"_s : QString())
            + u"</span>"_s;
    }

    QString moveMarker(int target) const
    {
        const QString number = QString::number(target + 1);
        return u"<span class=\"mk\">\u2195 <a href=\"#r"_s + number + u"\">"_s
            + htmlEscaped(PdfExporter::tr("moved \u00b7 see row %1").arg(target + 1)) + u"</a></span>"_s;
    }

    QString gapCell(int rowIndex, int version) const
    {
        const AlignedRow &row = c().rows.at(rowIndex);
        const CellStatus status = row.status.value(version, CellStatus::Same);
        const int target = row.moveTarget.value(version, -1);
        // As in the PDF: "absent" only where the base has a sentence this version lacks; no marker in the
        // gaps beside another version's addition.
        const bool baseHasIt = version != c().base && context.index.range(rowIndex, c().base).isValid();
        // A gap that names where its sentence went is the other end of a move, whatever its status says.
        if ((status == CellStatus::Moved || status == CellStatus::Absent) && target >= 0)
            return u"<td class=\"c gap s-moved\">"_s + versionLabel(version) + moveMarker(target)
                + u"</td>"_s;
        if (baseHasIt)
            return u"<td class=\"c gap s-absent\">"_s + versionLabel(version) + u"<span class=\"mk\">"_s
                + htmlEscaped(PdfExporter::tr("absent")) + u"</span></td>"_s;
        return u"<td class=\"c gap empty\"></td>"_s;
    }

    QString textCell(int rowIndex, int version, const QList<int> &shownVersions, QList<int> *numbered) const
    {
        const AlignedRow &row = c().rows.at(rowIndex);
        const Version &v = c().versions.at(version);
        const CellRange range = context.index.range(rowIndex, version);
        const CellStatus status = row.status.value(version, CellStatus::Same);
        const Sentence &first = v.sentences.at(range.firstSentence);
        bool allBoilerplate = true;
        for (int s = range.firstSentence; s <= range.lastSentence; ++s)
            allBoilerplate = allBoilerplate && v.sentences.at(s).boilerplate;

        QStringList classes { u"c"_s, u"s-"_s + statusName(status) };
        if (first.blockKind == BlockKind::Heading)
            classes.append(u"h"_s);
        if (allBoilerplate)
            classes.append(u"bp"_s);
        QString out = u"<td class=\""_s + classes.join(u' ') + u"\">"_s + versionLabel(version);
        const int target = row.moveTarget.value(version, -1);
        if (status == CellStatus::Moved && target >= 0)
            out += moveMarker(target);
        // A sentence that also says other rows (merged from) names them, as the window does.
        if (const QString also = alsoSaysText(row.alsoRows.value(version)); !also.isEmpty())
            out += u"<span class=\"mk\">"_s + htmlEscaped(also) + u"</span>"_s;
        const QString role = label(first.role);
        if (!role.isEmpty() && first.role != SentenceRole::Lede)
            out += u"<span class=\"role\">"_s + htmlEscaped(role) + u"</span>"_s;

        const QString text = context.index.text(rowIndex, version);
        const qsizetype length = text.size();
        const auto clamp
            = [&](qsizetype offset) { return std::clamp(offset - range.start, qsizetype(0), length); };
        QList<Highlight> highlights;
        QList<Marker> markers;
        if (version != c().base) {
            for (const int i : context.index.changes(rowIndex, version)) {
                const Change &change = c().changes.at(i);
                const qsizetype start = clamp(change.start);
                const qsizetype end = std::max(start, clamp(change.end));
                highlights.append({ start, end, change.kind, describeForReader(change) });
                if (!context.isNumbered(change))
                    continue;
                numbered->append(i);
                markers.append({ end, *noteCount + int(numbered->size()), change.kind });
            }
        } else {
            for (const int other : shownVersions) {
                if (other == c().base)
                    continue;
                for (const int i : context.index.changes(rowIndex, other)) {
                    const Change &change = c().changes.at(i);
                    if (!context.isNumbered(change))
                        continue;
                    const qsizetype start = clamp(change.baseStart);
                    const qsizetype end = std::max(start, clamp(change.baseEnd));
                    highlights.append({ start, end, change.kind,
                        c().versions.at(other).name + u": "_s + describeForReader(change) });
                }
            }
        }
        // The reader's notes on this cell: a span note frames its words, any other stands at the end.
        QList<std::pair<qsizetype, qsizetype>> noteSpans;
        const QList<Note> &notes = context.options.notes;
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const Note &n = notes.at(i);
            if (n.row != rowIndex || n.version != version)
                continue;
            qsizetype at = length;
            if (n.target == Note::Target::Span) {
                const qsizetype start = clamp(n.start);
                at = std::max(start, clamp(n.end));
                noteSpans.append({ start, at });
            }
            markers.append({ at, 0, ChangeKind::Typography, context.noteNumbers.at(i) });
        }
        out += u"<div class=\"t\" dir=\"auto\""_s;
        if (!v.language.isEmpty())
            out += u" lang=\""_s + htmlEscaped(v.language) + u"\""_s;
        out += u">"_s + markedText(text, highlights, markers, version == c().base, noteSpans)
            + u"</div></td>"_s;
        return out;
    }

    // The row's numbered notes, under the name of each version, as in the PDF's notes column, then the
    // reader's notes on the row.
    QString notesCell(int rowIndex, const QList<int> &numbered) const
    {
        QString reader;
        const QList<Note> &notes = context.options.notes;
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const Note &n = notes.at(i);
            if (n.row != rowIndex)
                continue;
            const QString number = QString::number(context.noteNumbers.at(i));
            reader += u"<li id=\"note-"_s + number + u"\" class=\"reader\"><span class=\"num nn\">"_s
                + htmlEscaped(noteMark(context.noteNumbers.at(i))) + u"</span> "_s;
            if (!n.tags.isEmpty())
                reader += u"<b>"_s + htmlEscaped(n.tags.join(u", "_s)) + u"</b> "_s;
            reader
                += u"<span dir=\"auto\">"_s + htmlEscaped(n.text).replace(u'\n', u"<br/>"_s) + u"</span>"_s;
            if (!n.author.isEmpty())
                reader += u" <span class=\"by\">\u2014 "_s + bdi(n.author) + u"</span>"_s;
            reader += u"</li>"_s;
        }
        if (numbered.isEmpty() && reader.isEmpty())
            return u"<td class=\"notes none\"></td>"_s;
        QString out = u"<td class=\"notes\">"_s;
        int lastVersion = -1;
        for (qsizetype i = 0; i < numbered.size(); ++i) {
            const Change &change = c().changes.at(numbered.at(i));
            if (change.version != lastVersion) {
                if (lastVersion >= 0)
                    out += u"</ol>"_s;
                out += u"<span class=\"v\">"_s + bdi(c().versions.at(change.version).name) + u"</span><ol>"_s;
                lastVersion = change.version;
            }
            const QString number = QString::number(*noteCount + i + 1);
            out += u"<li id=\"n"_s + number + u"\"><span class=\"num "_s + kindClass(change.kind) + u"\">"_s
                + number + u"</span> "_s + htmlEscaped(describeForReader(change)) + u"</li>"_s;
        }
        if (!numbered.isEmpty())
            out += u"</ol>"_s;
        if (!reader.isEmpty())
            out += u"<span class=\"v\">"_s + htmlEscaped(PdfExporter::tr("Reader\u2019s notes"))
                + u"</span><ol>"_s + reader + u"</ol>"_s;
        return out + u"</td>"_s;
    }

    QString row(int rowIndex) const
    {
        const QString number = QString::number(rowIndex + 1);
        QString out = u"<tr id=\"r"_s + number + u"\""_s
            + (c().rows.at(rowIndex).boilerplate ? u" class=\"bp\""_s : QString()) + u">"_s;
        out += u"<th class=\"rn\" scope=\"row\"><span class=\"vn\">"_s + htmlEscaped(PdfExporter::tr("Row"))
            + u"</span>"_s + number + u"</th>"_s;
        QList<int> numbered;
        for (const int v : context.shown) {
            if (context.index.range(rowIndex, v).isValid())
                out += textCell(rowIndex, v, context.shown, &numbered);
            else
                out += gapCell(rowIndex, v);
        }
        // Notes are numbered in the order of the columns, then in text order, through the document.
        out += notesCell(rowIndex, numbered);
        *noteCount += int(numbered.size());
        return out + u"</tr>\n"_s;
    }
};

} // namespace

QString htmlSideBySide(const HtmlContext &context, int *noteCount)
{
    const Comparison &c = context.comparison;
    *noteCount = 0;
    QString out = u"<section id=\"side-by-side\">\n<h2>"_s + htmlEscaped(HtmlReport::tr("Side by side"))
        + u"</h2>\n<div class=\"wide\">\n"_s;
    // Versions keep a readable width: with many of them the table scrolls sideways instead.
    out += u"<table class=\"sbs\" style=\"min-width: "_s + QString::number(context.shown.size() * 12 + 20)
        + u"em\">\n<thead><tr><th class=\"rn\" scope=\"col\">"_s + htmlEscaped(PdfExporter::tr("Row"))
        + u"</th>"_s;
    for (const int v : context.shown) {
        out += u"<th scope=\"col\">"_s + bdi(c.versions.at(v).name);
        if (v == c.base)
            out += u" <i>("_s + htmlEscaped(baseMark(c)) + u")</i>"_s;
        out += u"</th>"_s;
    }
    out += u"<th class=\"notes\" scope=\"col\">"_s + htmlEscaped(PdfExporter::tr("Notes"))
        + u"</th></tr></thead>\n<tbody>\n"_s;
    const RowWriter writer { context, noteCount };
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        if (context.isShownRow(c.rows.at(r)))
            out += writer.row(int(r));
    }
    return out + u"</tbody>\n</table>\n</div>\n</section>\n"_s;
}

} // namespace Parallax::Internal
