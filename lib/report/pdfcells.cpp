// SPDX-License-Identifier: GPL-3.0-or-later
// The content of the cells and notes: each version's sentence of a row with its changes marked, the
// markers of gaps and moves, and the numbered notes; and the text layouts they are set in.
#include "report/pdfpagelayout_p.h"

#include "core/labels.h"
#include "report/alsosays_p.h"

#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

const QString pagePlaceholder = u"\u2007\u2007\u2007"_s;

namespace {

// Characters without a break opportunity that a line may hold before one is added (U+200B, which draws
// nothing): words and even long URLs stay whole, but a megabyte "token" is not handed to the line breaker
// whole, whose search for a place to break it grows with the square of its length.
constexpr qsizetype MaxUnbroken = 64;

// The content with a zero-width break opportunity after every MaxUnbroken characters that have none, its
// formats moved along; the content itself where no run is that long.
RichText withBreakOpportunities(const RichText &content)
{
    const QString &text = content.text;
    QList<qsizetype> inserts; // positions in the text before which a break opportunity goes
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c.unicode() == 0x200B) {
            run = 0;
            continue;
        }
        // Never inside a surrogate pair or before a combining mark.
        if (run >= MaxUnbroken && !c.isLowSurrogate() && !c.isMark()) {
            inserts.append(i);
            run = 0;
        }
        ++run;
    }
    if (inserts.isEmpty())
        return content;
    RichText out;
    out.text.reserve(text.size() + inserts.size());
    qsizetype from = 0;
    for (const qsizetype at : std::as_const(inserts)) {
        out.text += QStringView(text).mid(from, at - from);
        out.text += QChar(0x200B);
        from = at;
    }
    out.text += QStringView(text).mid(from);
    const auto shifted = [&](qsizetype position, bool atStart) {
        const auto it = atStart ? std::upper_bound(inserts.cbegin(), inserts.cend(), position)
                                : std::lower_bound(inserts.cbegin(), inserts.cend(), position);
        return position + (it - inserts.cbegin());
    };
    for (QTextLayout::FormatRange range : content.formats) {
        const qsizetype start = shifted(range.start, true);
        range.length = int(shifted(qsizetype(range.start) + range.length, false) - start);
        range.start = int(start);
        out.formats.append(range);
    }
    // Every ChunkBreaks-th break also ends a script item (QTextLayout splits its items where format ranges
    // begin and end, and an empty format changes nothing else): for each line that begins inside an item,
    // Qt adds up the advances from the item's start (QTextEngine::shapeLine), so a megabyte token in items
    // of Qt's own 4,096 characters cost a tenth of its export in that sum alone.
    constexpr qsizetype ChunkBreaks = 8;
    qsizetype chunkStart = 0;
    for (qsizetype k = ChunkBreaks - 1; k < inserts.size(); k += ChunkBreaks) {
        const qsizetype end = inserts.at(k) + k + 1; // after the k-th break opportunity in the new text
        out.formats.append({ int(chunkStart), int(end - chunkStart), QTextCharFormat() });
        chunkStart = end;
    }
    return out;
}

// Names the white-space characters of a text that a reader cannot see: "no-break space".
QString invisibleCharacters(const QString &text)
{
    QStringList names;
    for (const QChar c : text) {
        if (c == QChar::Nbsp || c == QChar(0x202f))
            names.append(PdfExporter::tr("no-break space"));
        else if (c == u' ')
            names.append(PdfExporter::tr("space"));
        else if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            names.append(PdfExporter::tr("line break"));
        else if (c.isSpace() || c.category() == QChar::Other_Format)
            names.append(u"U+"_s + u"%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper());
    }
    names.removeDuplicates();
    return names.join(u", "_s);
}

// Annotations quote the changed words; a whole rewritten paragraph is shortened in the middle.
QString quoted(const QString &words)
{
    QString text = words.simplified();
    if (text.isEmpty() && !words.isEmpty())
        return u"("_s + invisibleCharacters(words) + u")"_s; // or the note would read ‘’
    constexpr qsizetype limit = 180;
    if (text.size() > limit)
        text = text.left(limit / 2 - 1).trimmed() + u" \u2026 "_s + text.right(limit / 2 - 1).trimmed();
    return PdfExporter::tr("\u2018%1\u2019", "the changed words quoted in a note").arg(text);
}

} // namespace

// "added ‘x’", "dropped ‘x’" or "‘x’ → ‘y’"; when the two differ only in invisible characters, they are
// named, or the note would show the same words twice.
QString describeChange(const QString &before, const QString &after)
{
    if (before.isEmpty())
        return PdfExporter::tr("added") + u" "_s + quoted(after);
    if (after.isEmpty())
        return PdfExporter::tr("dropped") + u" "_s + quoted(before);
    QString text = quoted(before) + u" \u2192 "_s + quoted(after);
    if (before.simplified() == after.simplified() && before != after) {
        QString changed;
        for (const QChar c : after) {
            if (!before.contains(c))
                changed += c;
        }
        const QString names = invisibleCharacters(changed.isEmpty() ? after : changed);
        if (!names.isEmpty())
            text += u" ("_s + names + u")"_s;
    }
    return text;
}

// Lays out lines of the given width; returns the height.
// Lays out lines of the given width; returns the height. With a hanging indent, the lines that continue
// a paragraph (one that does not follow a line separator) are indented, so that a note's number stands
// out at the left.
double layoutLines(QTextLayout &layout, double width, double lineGap, double hangingIndent)
{
    const QString text = layout.text();
    double y = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const int start = line.textStart();
        const bool continuation
            = hangingIndent > 0 && start > 0 && text.at(start - 1) != QChar::LineSeparator;
        const double indent = continuation ? hangingIndent : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, y));
        y += line.height() + lineGap;
    }
    layout.endLayout();
    return layout.lineCount() > 0 ? y - lineGap : 0;
}

double linesHeight(const QTextLayout &layout, int from, int to)
{
    if (from >= to)
        return 0;
    const QTextLine first = layout.lineAt(from);
    const QTextLine last = layout.lineAt(to - 1);
    return last.y() + last.height() - first.y();
}

void drawLines(QPainter *painter, const QTextLayout &layout, int from, int to, const QPointF &topLeft)
{
    to = std::min(to, layout.lineCount());
    if (from >= to)
        return;
    const double offset = layout.lineAt(from).y();
    for (int i = from; i < to; ++i)
        layout.lineAt(i).draw(painter, QPointF(topLeft.x(), topLeft.y() - offset));
}

std::unique_ptr<QTextLayout> layoutRichText(const RichText &content, const QFont &font, QPaintDevice *device,
    double width, double lineGap, Qt::Alignment alignment, double hangingIndent)
{
    const RichText breakable = withBreakOpportunities(content);
    auto layout = std::make_unique<QTextLayout>(breakable.text, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(breakable.formats);
    // Keeps the shaped glyphs after the layout: without, QTextLayout frees them and shapes the text anew
    // when it is drawn (a third of the painting's time).
    layout->setCacheEnabled(true);
    layoutLines(*layout, width, lineGap, hangingIndent);
    return layout;
}

std::unique_ptr<QTextLayout> PdfComparisonPages::Private::makeLayout(const RichText &content,
    const QFont &font, double width, Qt::Alignment alignment, double hangingIndent) const
{
    return layoutRichText(
        content, font, device, width, style.pt(PdfStyle::lineGap), alignment, hangingIndent);
}

QTextCharFormat PdfComparisonPages::Private::markerFormat(const QColor &color) const
{
    QTextCharFormat format;
    format.setFont(style.marker);
    format.setForeground(color);
    return format;
}

// "↕ moved · see row 12, p. ###": the page is filled in by resolvePageReferences().
void PdfComparisonPages::Private::appendMoveMarker(Cell &cell, const SetLayout &set, int target) const
{
    QString text = u"\u2195 "_s + PdfExporter::tr("moved \u00b7 see row %1").arg(target + 1);
    qsizetype placeholder = -1;
    if (set.pageOfRow.contains(target) || isPrinted(comparison.rows.value(target), set.info.versions)) {
        text += PdfExporter::tr(", p.\u00a0", "before the page number of a moved sentence");
        placeholder = cell.content.text.size() + text.size();
        text += pagePlaceholder;
    }
    cell.content.append(text, markerFormat(strongShade(style.colors.moved)));
    cell.placeholderAt = placeholder;
}

Cell PdfComparisonPages::Private::makeCell(
    const SetLayout &set, int rowIndex, int version, double width, QList<int> *numbered) const
{
    const AlignedRow &row = comparison.rows.at(rowIndex);
    const Version &v = comparison.versions.at(version);
    Cell cell;
    cell.status = row.status.value(version, CellStatus::Same);
    cell.moveTarget = row.moveTarget.value(version, -1);
    cell.font = style.body;
    const CellRange range = index.range(rowIndex, version);

    if (!range.isValid()) {
        // A visible gap. It says "absent" only where the base has a sentence this version lacks, and
        // names the row where a moved sentence stands; in rows that another version added, every other
        // cell is empty, and a marker in each would only be noise.
        const bool baseHasIt = version != comparison.base && index.range(rowIndex, comparison.base).isValid();
        if (cell.status == CellStatus::Moved && cell.moveTarget >= 0) {
            appendMoveMarker(cell, set, cell.moveTarget);
            cell.markedGap = true;
        } else if (baseHasIt) {
            cell.content.append(PdfExporter::tr("absent"), markerFormat(QColor(0x66, 0x66, 0x66)));
            cell.markedGap = true;
        }
        if (cell.markedGap && cell.placeholderAt < 0) {
            // Every cell that says "absent" in a set says it alike: one layout for all of them.
            std::shared_ptr<const QTextLayout> &shared = markerLayouts[{ width, cell.content.text }];
            if (!shared)
                shared = makeLayout(cell.content, style.marker, width, Qt::AlignHCenter);
            cell.layout = shared;
        } else if (cell.markedGap) {
            cell.layout = makeLayout(cell.content, style.marker, width, Qt::AlignHCenter);
        }
        return cell;
    }
    cell.hasText = true;

    if (cell.status == CellStatus::Moved && cell.moveTarget >= 0) {
        appendMoveMarker(cell, set, cell.moveTarget);
        cell.content.append(QString(QChar::LineSeparator));
    }
    // A sentence that also says other rows (merged from) names them, as the window does.
    if (const QString also = alsoSaysText(row.alsoRows.value(version)); !also.isEmpty()) {
        cell.content.append(also, markerFormat(QColor(0x66, 0x66, 0x66)));
        cell.content.append(QString(QChar::LineSeparator));
    }
    // Headlines, standfirsts, bylines and datelines share a row by their role: say which.
    const QString role = Parallax::label(v.sentences.at(range.firstSentence).role);
    if (!role.isEmpty() && v.sentences.at(range.firstSentence).role != SentenceRole::Lede) {
        cell.content.append(role, markerFormat(QColor(0x66, 0x66, 0x66)));
        cell.content.append(QString(QChar::LineSeparator));
    }
    const qsizetype textStart = cell.content.text.size();
    const QString sentence = index.text(rowIndex, version);
    const qsizetype length = sentence.size();
    const Sentence &first = v.sentences.at(range.firstSentence);
    if (first.blockKind == BlockKind::Heading) {
        cell.font = style.bodyBold;
        cell.heading = sentence.simplified();
    }
    bool allBoilerplate = true;
    for (int s = range.firstSentence; s <= range.lastSentence; ++s)
        allBoilerplate = allBoilerplate && v.sentences.at(s).boilerplate;

    // Highlights of this version's changes, and where their numbers go.
    struct Span
    {
        qsizetype start;
        qsizetype end;
        QTextCharFormat format;
    };
    QList<Span> spans;
    QList<std::pair<qsizetype, QList<int>>> markers; // position in the sentence -> change indexes
    const auto clampToCell
        = [&](qsizetype offset) { return std::clamp(offset - range.start, qsizetype(0), length); };
    if (version != comparison.base) {
        for (const int index : changesOf(version, rowIndex)) {
            const Change &change = comparison.changes.at(index);
            const qsizetype start = clampToCell(change.start);
            const qsizetype end = std::max(start, clampToCell(change.end));
            QTextCharFormat highlight;
            highlight.setBackground(style.colors.forKind(change.kind));
            spans.append({ start, end, highlight });
            if (!isNumbered(change))
                continue;
            numbered->append(index);
            if (!markers.isEmpty() && markers.last().first == end)
                markers.last().second.append(index);
            else
                markers.append({ end, { index } });
        }
        std::stable_sort(
            markers.begin(), markers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    } else {
        // The base shows, underlined, the words that the versions beside it changed.
        for (const int other : set.info.versions) {
            if (other == comparison.base)
                continue;
            for (const int index : changesOf(other, rowIndex)) {
                const Change &change = comparison.changes.at(index);
                if (!isNumbered(change))
                    continue;
                const qsizetype start = std::clamp(change.baseStart - range.start, qsizetype(0), length);
                const qsizetype end = std::clamp(change.baseEnd - range.start, start, length);
                QTextCharFormat underline;
                underline.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                underline.setUnderlineColor(strongShade(style.colors.forKind(change.kind)));
                spans.append({ start, end, underline });
            }
        }
    }

    // The sentence with the note numbers inserted after the changed words, and the marks of the reader's
    // notes after their spans (framed by a dashed underline) or at the end of the cell.
    struct Insert
    {
        qsizetype position;
        QString text;
        QTextCharFormat format;
    };
    QList<Insert> inserts;
    for (const auto &[position, indexes] : markers) {
        QStringList numbers;
        for (const int index : indexes)
            numbers.append(QString::number(numbered->indexOf(index) + 1 + set.info.noteCount));
        // Raised but not shrunk as a superscript would be: the number must stay legible in print.
        QTextCharFormat format;
        format.setFont(style.noteNumber);
        format.setBaselineOffset(32);
        format.setForeground(strongShade(style.colors.forKind(comparison.changes.at(indexes.first()).kind)));
        inserts.append({ position, numbers.join(u','), format });
    }
    for (const int i : readerNotesIn(rowIndex)) {
        const Note &n = options.notes.at(i);
        if (n.version != version)
            continue;
        qsizetype at = length;
        if (n.target == Note::Target::Span) {
            const qsizetype start = clampToCell(n.start);
            at = std::max(start, clampToCell(n.end));
            QTextCharFormat underline;
            underline.setUnderlineStyle(QTextCharFormat::DashUnderline);
            underline.setUnderlineColor(readerNoteColor());
            spans.append({ start, at, underline });
        }
        QTextCharFormat format;
        format.setFont(style.noteNumber);
        format.setBaselineOffset(32);
        format.setForeground(readerNoteColor());
        inserts.append({ at, noteMark(noteNumbers.at(i)), format });
    }
    std::stable_sort(inserts.begin(), inserts.end(),
        [](const Insert &a, const Insert &b) { return a.position < b.position; });
    QList<std::pair<qsizetype, qsizetype>> inserted; // (position in the sentence, length)
    qsizetype from = 0;
    for (const Insert &insert : std::as_const(inserts)) {
        cell.content.append(sentence.mid(from, insert.position - from));
        from = insert.position;
        cell.content.append(insert.text, insert.format);
        inserted.append({ insert.position, insert.text.size() });
    }
    cell.content.append(sentence.mid(from));

    // A position in the sentence -> a position in the cell text. Starts move past numbers inserted at
    // the same place, ends stay before them, so a highlight never covers a note number.
    const auto mapped = [&](qsizetype position, bool isStart) {
        qsizetype shift = 0;
        for (const auto &[at, size] : inserted) {
            if (at < position || (isStart && at == position))
                shift += size;
        }
        return textStart + position + shift;
    };
    if (allBoilerplate) {
        QTextCharFormat dimmed;
        dimmed.setForeground(style.colors.dimmedText);
        cell.content.format(textStart, cell.content.text.size() - textStart, dimmed);
    }
    for (const Span &span : spans) {
        const qsizetype start = mapped(span.start, true);
        cell.content.format(start, mapped(span.end, false) - start, span.format);
    }
    cell.layout = makeLayout(cell.content, cell.font, width);
    return cell;
}

// The notes of one row, grouped under the name of each version: "Daily Courier" then
// "1 substantive: ‘about three hours’ → ‘more than three hours’".
RichText PdfComparisonPages::Private::notesFor(const QList<int> &numbered, int firstNumber, int row) const
{
    RichText notes;
    int lastVersion = -1;
    for (qsizetype i = 0; i < numbered.size(); ++i) {
        const Change &change = comparison.changes.at(numbered.at(i));
        if (change.version != lastVersion) {
            if (i > 0)
                notes.append(QString(QChar::LineSeparator));
            QTextCharFormat name;
            name.setFontWeight(QFont::Bold);
            notes.append(comparison.versions.at(change.version).name, name);
            lastVersion = change.version;
        }
        notes.append(QString(QChar::LineSeparator));
        QTextCharFormat number;
        number.setFontWeight(QFont::Bold);
        number.setBackground(style.colors.forKind(change.kind));
        notes.append(u"\u00a0"_s + QString::number(firstNumber + i) + u"\u00a0"_s, number);
        QTextCharFormat label;
        label.setForeground(QColor(0x44, 0x44, 0x44));
        notes.append(u" "_s
                + PdfExporter::tr("%1: ", "a change kind before its note")
                    .arg(Parallax::label(change.reason).isEmpty()
                            ? Parallax::label(change.kind)
                            : PdfExporter::tr("%1, %2", "a change kind and its reason")
                                  .arg(Parallax::label(change.kind), Parallax::label(change.reason))),
            label);
        notes.append(describeChange(change.before, change.after));
    }
    // The reader's notes on the row (issue 16), under a heading of their own.
    const QList<int> reader = readerNotesIn(row);
    if (!reader.isEmpty()) {
        if (!numbered.isEmpty())
            notes.append(QString(QChar::LineSeparator));
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        notes.append(PdfExporter::tr("Reader\u2019s notes"), heading);
        for (const int i : reader) {
            const Note &n = options.notes.at(i);
            notes.append(QString(QChar::LineSeparator));
            QTextCharFormat mark;
            mark.setFontWeight(QFont::Bold);
            mark.setForeground(readerNoteColor());
            notes.append(noteMark(noteNumbers.at(i)), mark);
            if (!n.tags.isEmpty()) {
                QTextCharFormat tags;
                tags.setForeground(QColor(0x44, 0x44, 0x44));
                notes.append(u" "_s
                        + PdfExporter::tr("%1: ", "a note's tags before its text").arg(n.tags.join(u", "_s)),
                    tags);
            }
            notes.append((n.tags.isEmpty() ? u" "_s : QString()) + n.text.simplified());
            if (!n.author.isEmpty()) {
                QTextCharFormat author;
                author.setForeground(QColor(0x66, 0x66, 0x66));
                notes.append(u" \u2014 "_s + n.author, author);
            }
        }
    }
    return notes;
}

} // namespace Parallax::Internal
