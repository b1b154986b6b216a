// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfcomparisonpages_p.h"

#include "core/labels.h"

#include "present/cellindex.h"

#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

constexpr int maxColumns = 4;
// Stands for a page number until pagination is done; figure spaces are as wide as digits, so the
// marker's lines do not move when the number replaces them.
const QString pagePlaceholder = u"\u2007\u2007\u2007"_s;

// Text with its format ranges, built piece by piece.
struct RichText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;

    void append(const QString &piece, const QTextCharFormat &format = {})
    {
        if (format.propertyCount() > 0)
            formats.append({ int(text.size()), int(piece.size()), format });
        text += piece;
    }
    void format(qsizetype start, qsizetype length, const QTextCharFormat &format)
    {
        if (length > 0)
            formats.append({ int(start), int(length), format });
    }
};

// Lays out lines of the given width; returns the height.
// Lays out lines of the given width; returns the height. With a hanging indent, the lines that continue
// a paragraph (one that does not follow a line separator) are indented, so that a note's number stands
// out at the left.
double layoutLines(QTextLayout &layout, double width, double lineGap, double hangingIndent = 0)
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

struct Cell
{
    bool hasText = false;
    bool markedGap = false; // an empty cell with a marker ("absent", "moved")
    CellStatus status = CellStatus::Same;
    int moveTarget = -1;
    RichText content;
    QFont font;
    qsizetype placeholderAt = -1; // where the page number of a move goes
    std::unique_ptr<QTextLayout> layout; // null for an unmarked gap
    QString heading; // the text, when the cell is a heading of the article (for the bookmarks)
};

struct Band
{
    int row = -1;
    std::vector<Cell> cells; // one per column of the set
    std::unique_ptr<QTextLayout> notes;
    // Layouts in a fixed order for pagination: the cells, then the notes.
    std::vector<const QTextLayout *> layouts() const
    {
        std::vector<const QTextLayout *> all;
        for (const Cell &cell : cells)
            all.push_back(cell.layout.get());
        all.push_back(notes.get());
        return all;
    }
};

// A band, or the part of it that fits, placed on a page.
struct Fragment
{
    int band = 0;
    double y = 0; // top, device units
    double height = 0;
    std::vector<std::pair<int, int>> lines; // per layout of the band: [from, to)
    bool first = true; // shows the row number
};

struct Page
{
    int set = 0;
    std::vector<Fragment> fragments;
};

struct SetLayout
{
    PdfPageSet info;
    std::vector<Band> bands;
    std::vector<std::unique_ptr<QTextLayout>> headers; // column titles
    double headerHeight = 0;
    bool hasNotes = false;
    QHash<int, int> pageOfRow; // row -> index among the side-by-side pages
};

} // namespace

QList<int> printedVersions(const Comparison &comparison, const QList<int> &visibleVersions)
{
    QList<int> printed;
    for (const int v : visibleVersions) {
        if (v >= 0 && v < comparison.versions.size() && !printed.contains(v))
            printed.append(v);
    }
    if (printed.isEmpty()) {
        for (int v = 0; v < comparison.versions.size(); ++v)
            printed.append(v);
    }
    return printed;
}

QList<QList<int>> planPageSets(const Comparison &comparison, const QList<int> &printed)
{
    if (printed.size() <= maxColumns)
        return { printed };
    const bool withBase = printed.contains(comparison.base);
    QList<int> others = printed;
    if (withBase)
        others.removeAll(comparison.base);
    const qsizetype perSet = withBase ? maxColumns - 1 : maxColumns;
    const qsizetype setCount = (others.size() + perSet - 1) / perSet;
    QList<QList<int>> sets;
    qsizetype next = 0;
    for (qsizetype s = 0; s < setCount; ++s) {
        // Even spread: the first (size % count) sets take one more.
        const qsizetype size = others.size() / setCount + (s < others.size() % setCount ? 1 : 0);
        QList<int> set;
        if (withBase)
            set.append(comparison.base);
        set.append(others.mid(next, size));
        next += size;
        sets.append(set);
    }
    return sets;
}

struct PdfComparisonPages::Private
{
    const Comparison &comparison;
    PdfExporter::Options options;
    PdfStyle style;
    QPaintDevice *device;
    std::vector<SetLayout> sets;
    std::vector<Page> pages;
    QList<PdfPageSet> setInfos;
    CellIndex index;

    Private(const Comparison &c, const PdfExporter::Options &o, const PdfStyle &s, QPaintDevice *d)
        : comparison(c)
        , options(o)
        , style(s)
        , device(d)
        , index(c)
    { }

    QList<int> changesOf(int version, int row) const { return index.changes(row, version); }

    bool isNumbered(const Change &change) const
    {
        return CellIndex::isPointedAt(change.kind, options.annotateCosmetic);
    }

    bool isPrinted(const AlignedRow &row, const QList<int> &versions) const
    {
        if (row.boilerplate && !options.showBoilerplate)
            return false;
        return std::any_of(
            versions.cbegin(), versions.cend(), [&](int v) { return row.cells.value(v, -1) >= 0; });
    }

    struct Geometry
    {
        QList<double> columnX;
        double columnWidth = 0;
        double gutterX = 0;
        double notesX = 0;
        double notesWidth = 0;
    };

    Geometry geometry(const SetLayout &set) const
    {
        Geometry g;
        const QRectF body = style.bodyRect();
        const qsizetype n = set.info.versions.size();
        g.gutterX = body.left();
        g.notesWidth = set.hasNotes ? style.pt(PdfStyle::notesWidth) : 0;
        g.notesX = body.right() - g.notesWidth;
        const double gap = style.pt(PdfStyle::columnGap);
        const double available = body.width() - style.pt(PdfStyle::gutterWidth) - g.notesWidth
            - (set.hasNotes ? gap : 0) - gap * double(n - 1);
        g.columnWidth = available / double(std::max<qsizetype>(1, n));
        for (qsizetype i = 0; i < n; ++i)
            g.columnX.append(
                body.left() + style.pt(PdfStyle::gutterWidth) + double(i) * (g.columnWidth + gap));
        return g;
    }

    std::unique_ptr<QTextLayout> makeLayout(const RichText &content, const QFont &font, double width,
        Qt::Alignment alignment = Qt::AlignLeft, double hangingIndent = 0) const
    {
        auto layout = std::make_unique<QTextLayout>(content.text, font, device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setFormats(content.formats);
        layoutLines(*layout, width, style.pt(PdfStyle::lineGap), hangingIndent);
        return layout;
    }

    QTextCharFormat markerFormat(const QColor &color) const
    {
        QTextCharFormat format;
        format.setFont(style.marker);
        format.setForeground(color);
        return format;
    }

    // "↕ moved · see row 12, p. ###": the page is filled in by resolvePageReferences().
    void appendMoveMarker(Cell &cell, const SetLayout &set, int target) const
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

    Cell makeCell(const SetLayout &set, int rowIndex, int version, double width, QList<int> *numbered) const
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
            const bool baseHasIt
                = version != comparison.base && index.range(rowIndex, comparison.base).isValid();
            if (cell.status == CellStatus::Moved && cell.moveTarget >= 0) {
                appendMoveMarker(cell, set, cell.moveTarget);
                cell.markedGap = true;
            } else if (baseHasIt) {
                cell.content.append(PdfExporter::tr("absent"), markerFormat(QColor(0x66, 0x66, 0x66)));
                cell.markedGap = true;
            }
            if (cell.markedGap)
                cell.layout = makeLayout(cell.content, style.marker, width, Qt::AlignHCenter);
            return cell;
        }
        cell.hasText = true;

        if (cell.status == CellStatus::Moved && cell.moveTarget >= 0) {
            appendMoveMarker(cell, set, cell.moveTarget);
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
            std::stable_sort(markers.begin(), markers.end(),
                [](const auto &a, const auto &b) { return a.first < b.first; });
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

        // The sentence with the note numbers inserted after the changed words.
        QList<std::pair<qsizetype, qsizetype>> inserted; // (position in the sentence, length)
        qsizetype from = 0;
        for (const auto &[position, indexes] : markers) {
            cell.content.append(sentence.mid(from, position - from));
            from = position;
            QStringList numbers;
            for (const int index : indexes)
                numbers.append(QString::number(numbered->indexOf(index) + 1 + set.info.noteCount));
            const QString marker = numbers.join(u',');
            // Raised but not shrunk as a superscript would be: the number must stay legible in print.
            QTextCharFormat format;
            format.setFont(style.noteNumber);
            format.setBaselineOffset(32);
            format.setForeground(
                strongShade(style.colors.forKind(comparison.changes.at(indexes.first()).kind)));
            cell.content.append(marker, format);
            inserted.append({ position, marker.size() });
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
    RichText notesFor(const QList<int> &numbered, int firstNumber) const
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
                        .arg(Parallax::label(change.kind)),
                label);
            notes.append(describeChange(change.before, change.after));
        }
        return notes;
    }

    void buildSet(SetLayout &set) const
    {
        // Whether the set needs a notes column decides the column width, so count first.
        for (qsizetype r = 0; r < comparison.rows.size(); ++r) {
            if (!isPrinted(comparison.rows.at(r), set.info.versions))
                continue;
            for (const int v : set.info.versions) {
                if (v == comparison.base)
                    continue;
                for (const int index : changesOf(v, int(r)))
                    set.hasNotes = set.hasNotes || isNumbered(comparison.changes.at(index));
            }
        }
        const Geometry g = geometry(set);
        const double textWidth = g.columnWidth - style.pt(2 * PdfStyle::cellPaddingX);
        for (const int v : set.info.versions) {
            RichText title;
            title.append(comparison.versions.at(v).name);
            if (v == comparison.base) {
                QTextCharFormat tag;
                tag.setFont(style.marker);
                title.append(u" ("_s + PdfExporter::tr("base") + u")"_s, tag);
            }
            set.headers.push_back(makeLayout(title, style.columnHeader, textWidth));
            set.headerHeight = std::max(
                set.headerHeight, linesHeight(*set.headers.back(), 0, set.headers.back()->lineCount()));
        }
        set.headerHeight += style.pt(2 * PdfStyle::cellPaddingY);
    }

    bool layoutSet(SetLayout &set, int *done, int total, const std::function<bool(int, int)> &step) const
    {
        const Geometry g = geometry(set);
        const double textWidth = g.columnWidth - style.pt(2 * PdfStyle::cellPaddingX);
        const double notesWidth = g.notesWidth - style.pt(2 * PdfStyle::cellPaddingX);
        for (qsizetype r = 0; r < comparison.rows.size(); ++r) {
            if (!isPrinted(comparison.rows.at(r), set.info.versions))
                continue;
            if (step && !step((*done)++, total))
                return false;
            Band band;
            band.row = int(r);
            QList<int> numbered;
            for (const int v : set.info.versions)
                band.cells.push_back(makeCell(set, int(r), v, textWidth, &numbered));
            if (!numbered.isEmpty())
                band.notes = makeLayout(notesFor(numbered, set.info.noteCount + 1), style.note, notesWidth,
                    Qt::AlignLeft, style.pt(PdfStyle::noteIndent));
            set.info.noteCount += int(numbered.size());
            set.bands.push_back(std::move(band));
        }
        return true;
    }

    double minimumBandHeight() const { return style.pt(10 + 2 * PdfStyle::cellPaddingY); }

    void paginate(SetLayout &set, int setIndex)
    {
        const QRectF body = style.bodyRect();
        const double top = body.top() + set.headerHeight;
        const double bottom = body.bottom();
        const double padding = style.pt(2 * PdfStyle::cellPaddingY);
        set.info.firstPage = int(pages.size());
        pages.push_back(Page { setIndex, {} });
        double y = top;
        const auto newPage = [&] {
            pages.push_back(Page { pages.back().set, {} });
            y = top;
        };
        for (qsizetype b = 0; b < qsizetype(set.bands.size()); ++b) {
            const std::vector<const QTextLayout *> layouts = set.bands[b].layouts();
            double contentHeight = 0;
            for (const QTextLayout *layout : layouts) {
                if (layout)
                    contentHeight = std::max(contentHeight, linesHeight(*layout, 0, layout->lineCount()));
            }
            const double height = std::max(contentHeight + padding, minimumBandHeight());
            if (height > bottom - y && height <= bottom - top && y > top)
                newPage();
            if (height <= bottom - y) {
                Fragment fragment { int(b), y, height, {}, true };
                for (const QTextLayout *layout : layouts)
                    fragment.lines.emplace_back(0, layout ? layout->lineCount() : 0);
                pages.back().fragments.push_back(std::move(fragment));
                set.pageOfRow.insert(set.bands[b].row, int(pages.size()) - 1);
                y += height;
                continue;
            }
            // Taller than a page: fill this page (when a few lines still fit) and continue between lines.
            if (bottom - y < style.pt(60))
                newPage();
            std::vector<int> next(layouts.size(), 0);
            bool first = true;
            for (;;) {
                Fragment fragment { int(b), y, 0, {}, first };
                double used = 0;
                bool remaining = false;
                for (std::size_t i = 0; i < layouts.size(); ++i) {
                    const QTextLayout *layout = layouts[i];
                    const int from = next[i];
                    int to = from;
                    const int count = layout ? layout->lineCount() : 0;
                    while (to < count && linesHeight(*layout, from, to + 1) <= bottom - y - padding)
                        ++to;
                    if (to == from && from < count && y == top)
                        ++to; // a single line taller than a page: print it anyway
                    fragment.lines.emplace_back(from, to);
                    if (layout)
                        used = std::max(used, linesHeight(*layout, from, to));
                    next[i] = to;
                    remaining = remaining || to < count;
                }
                fragment.height = std::max(used + padding, minimumBandHeight());
                if (first)
                    set.pageOfRow.insert(set.bands[b].row, int(pages.size()) - 1);
                pages.back().fragments.push_back(std::move(fragment));
                y += pages.back().fragments.back().height;
                first = false;
                if (!remaining)
                    break;
                newPage();
            }
        }
        set.info.pageCount = int(pages.size()) - set.info.firstPage;
    }

    void paintFragment(
        QPainter *painter, const SetLayout &set, const Geometry &g, const Fragment &fragment) const
    {
        const Band &band = set.bands.at(fragment.band);
        const double padX = style.pt(PdfStyle::cellPaddingX);
        const double padY = style.pt(PdfStyle::cellPaddingY);
        // QTextLayout draws unformatted text with the painter's pen.
        const QPen textPen(style.colors.text);
        for (std::size_t c = 0; c < band.cells.size(); ++c) {
            const Cell &cell = band.cells[c];
            const QRectF rect(g.columnX.at(qsizetype(c)), fragment.y, g.columnWidth, fragment.height);
            const QRectF inner = rect.adjusted(0, style.pt(1), 0, -style.pt(1));
            if (!cell.hasText) {
                // The gap: a pale box with a dashed outline, so that an empty cell is seen, not missed.
                painter->fillRect(
                    inner, cell.markedGap ? style.colors.absent : style.colors.absent.lighter(103));

            } else if (const QColor tint = style.colors.forStatus(cell.status); tint.isValid()) {
                painter->fillRect(inner, tint);
                painter->fillRect(
                    QRectF(inner.left(), inner.top(), style.pt(1.6), inner.height()), strongShade(tint));
            }
            if (cell.layout) {
                painter->setPen(textPen);
                const auto [from, to] = fragment.lines[c];
                drawLines(painter, *cell.layout, from, to, QPointF(rect.left() + padX, rect.top() + padY));
            }
        }
        if (band.notes) {
            painter->setPen(textPen);
            const auto [from, to] = fragment.lines.back();
            drawLines(painter, *band.notes, from, to, QPointF(g.notesX + padX, fragment.y + padY));
        }
        painter->setFont(style.running);
        painter->setPen(QColor(0x77, 0x77, 0x77));
        const QRectF gutter(
            g.gutterX, fragment.y + padY, style.pt(PdfStyle::gutterWidth - 4), fragment.height);
        // A row continued from the previous page says which row it is.
        painter->drawText(gutter, Qt::AlignRight | Qt::AlignTop,
            QString::number(band.row + 1)
                + (fragment.first ? QString() : u"\n"_s + PdfExporter::tr("cont.")));
        painter->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), style.pt(0.4)));
        const QRectF body = style.bodyRect();
        const double lineY = fragment.y + fragment.height;
        painter->drawLine(QPointF(body.left(), lineY), QPointF(body.right(), lineY));
    }

    void paintColumnHeaders(QPainter *painter, const SetLayout &set, const Geometry &g) const
    {
        const QRectF body = style.bodyRect();
        painter->fillRect(
            QRectF(body.left(), body.top(), body.width(), set.headerHeight), QColor(0xee, 0xee, 0xee));
        const double padX = style.pt(PdfStyle::cellPaddingX);
        const double padY = style.pt(PdfStyle::cellPaddingY);
        painter->setPen(style.colors.text);
        for (std::size_t c = 0; c < set.headers.size(); ++c) {
            const QTextLayout &header = *set.headers[c];
            drawLines(painter, header, 0, header.lineCount(),
                QPointF(g.columnX.at(qsizetype(c)) + padX, body.top() + padY));
        }
        painter->setPen(QColor(0x33, 0x33, 0x33));
        if (set.hasNotes) {
            painter->setFont(style.columnHeader);
            painter->drawText(QRectF(g.notesX + padX, body.top() + padY, g.notesWidth, set.headerHeight),
                Qt::AlignLeft | Qt::AlignTop, PdfExporter::tr("Notes"));
        }
        painter->setFont(style.running);
        painter->drawText(
            QRectF(g.gutterX, body.top() + padY, style.pt(PdfStyle::gutterWidth - 4), set.headerHeight),
            Qt::AlignRight | Qt::AlignTop, PdfExporter::tr("Row"));
    }
};

PdfComparisonPages::PdfComparisonPages(const Comparison &comparison, const PdfExporter::Options &options,
    const PdfStyle &style, QPaintDevice *device)
    : d(std::make_unique<Private>(comparison, options, style, device))
{ }

PdfComparisonPages::~PdfComparisonPages() = default;

bool PdfComparisonPages::layout(const std::function<bool(int, int)> &step)
{
    const QList<QList<int>> plan
        = planPageSets(d->comparison, printedVersions(d->comparison, d->options.visibleVersions));
    int total = 0;
    for (const QList<int> &versions : plan) {
        for (const AlignedRow &row : d->comparison.rows)
            total += d->isPrinted(row, versions) ? 1 : 0;
    }
    int done = 0;
    int notesBefore = 0;
    for (const QList<int> &versions : plan) {
        d->sets.emplace_back();
        SetLayout &set = d->sets.back();
        set.info.versions = versions;
        d->buildSet(set);
        // Notes are numbered through the whole document.
        set.info.noteCount = notesBefore;
        if (!d->layoutSet(set, &done, total, step))
            return false;
        set.info.noteCount -= notesBefore;
        notesBefore += set.info.noteCount;
        d->paginate(set, int(d->sets.size()) - 1);
        d->setInfos.append(set.info);
    }
    if (step)
        return step(total, total);
    return true;
}

void PdfComparisonPages::resolvePageReferences(int firstPageNumber)
{
    for (SetLayout &set : d->sets) {
        const Private::Geometry g = d->geometry(set);
        const double textWidth = g.columnWidth - d->style.pt(2 * PdfStyle::cellPaddingX);
        for (Band &band : set.bands) {
            for (Cell &cell : band.cells) {
                if (cell.placeholderAt < 0)
                    continue;
                const int page = set.pageOfRow.value(cell.moveTarget, -1);
                QString number = page >= 0 ? QString::number(page + firstPageNumber) : u"?"_s;
                if (number.size() < pagePlaceholder.size())
                    number += QString(pagePlaceholder.size() - number.size(), QChar(0x2007));
                const qsizetype delta = number.size() - pagePlaceholder.size();
                cell.content.text.replace(cell.placeholderAt, pagePlaceholder.size(), number);
                for (QTextLayout::FormatRange &range : cell.content.formats) {
                    if (range.start > cell.placeholderAt)
                        range.start += int(delta);
                    else if (range.start + range.length > cell.placeholderAt)
                        range.length += int(delta);
                }
                cell.placeholderAt = -1;
                const QTextLayout *old = cell.layout.get();
                const int oldLines = old ? old->lineCount() : 0;
                cell.layout = d->makeLayout(cell.content, cell.hasText ? cell.font : d->style.marker,
                    textWidth, cell.hasText ? Qt::AlignLeft : Qt::AlignHCenter);
                // Same width digits keep the line count; should it change anyway, pagination holds the old
                // count.
                Q_ASSERT(cell.layout->lineCount() == oldLines || number.size() > pagePlaceholder.size());
            }
        }
    }
}

int PdfComparisonPages::pageCount() const
{
    return int(d->pages.size());
}

const QList<PdfPageSet> &PdfComparisonPages::pageSets() const
{
    return d->setInfos;
}

QString PdfComparisonPages::setTitle(int set) const
{
    QStringList names;
    for (const int v : d->setInfos.at(set).versions) {
        names.append(d->comparison.versions.at(v).name
            + (v == d->comparison.base ? u" ("_s + PdfExporter::tr("base") + u")"_s : QString()));
    }
    return names.join(u", "_s);
}

int PdfComparisonPages::setOfPage(int page) const
{
    return d->pages.at(page).set;
}

void PdfComparisonPages::paintPage(QPainter *painter, int page) const
{
    const Page &p = d->pages.at(page);
    const SetLayout &set = d->sets.at(p.set);
    const Private::Geometry g = d->geometry(set);
    painter->save();
    d->paintColumnHeaders(painter, set, g);
    for (const Fragment &fragment : p.fragments)
        d->paintFragment(painter, set, g, fragment);
    painter->restore();
}

QList<PdfBookmark> PdfComparisonPages::bookmarks(int firstPageIndex) const
{
    // Each group, and under it the article's headings (the first heading cell of a row), where they start.
    QList<PdfBookmark> marks;
    for (qsizetype s = 0; s < d->setInfos.size(); ++s) {
        const QString prefix = d->setInfos.size() > 1
            ? PdfExporter::tr("Side by side %1 of %2: ").arg(s + 1).arg(d->setInfos.size())
            : PdfExporter::tr("Side by side: ");
        const PdfPageSet &info = d->setInfos.at(s);
        marks.append({ prefix + setTitle(int(s)), firstPageIndex + info.firstPage, 0, 0 });
        const SetLayout &set = d->sets.at(std::size_t(s));
        for (int page = info.firstPage; page < info.firstPage + info.pageCount; ++page) {
            for (const Fragment &fragment : d->pages.at(std::size_t(page)).fragments) {
                if (!fragment.first)
                    continue;
                for (const Cell &cell : set.bands.at(std::size_t(fragment.band)).cells) {
                    if (cell.heading.isEmpty())
                        continue;
                    constexpr qsizetype limit = 90;
                    const QString title = cell.heading.size() > limit
                        ? cell.heading.left(limit - 1).trimmed() + u"\u2026"_s
                        : cell.heading;
                    // Versions that keep a heading as separate rows would list it twice in a row.
                    if (marks.last().title != title)
                        marks.append(
                            { title, firstPageIndex + page, fragment.y / d->style.unitsPerPoint, 1 });
                    break;
                }
            }
        }
    }
    return marks;
}

} // namespace Parallax::Internal
