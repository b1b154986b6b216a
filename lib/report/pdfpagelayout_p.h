// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "present/cellindex.h"
#include "report/notelist_p.h"
#include "report/pdfcomparisonpages_p.h"

#include <QHash>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

// What PdfComparisonPages lays out before it paints: rich text, cells, bands of a row, fragments of a
// band placed on pages, and the state shared by cell building (pdfcells.cpp), pagination
// (pdfpagination.cpp) and painting (pdfcomparisonpages.cpp).
namespace Parallax::Internal {

// Stands for a page number until pagination is done; figure spaces are as wide as digits, so the
// marker's lines do not move when the number replaces them.
extern const QString pagePlaceholder;

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

// Lays out lines of the given width; returns the height. With a hanging indent, the lines that continue
// a paragraph (one that does not follow a line separator) are indented, so that a note's number stands
// out at the left.
double layoutLines(QTextLayout &layout, double width, double lineGap, double hangingIndent = 0);
// A layout of rich text in lines of the given width, with zero-width break opportunities in runs too long
// to break otherwise (the side-by-side cells and the summary's quotation table).
std::unique_ptr<QTextLayout> layoutRichText(const RichText &content, const QFont &font, QPaintDevice *device,
    double width, double lineGap, Qt::Alignment alignment = Qt::AlignLeft, double hangingIndent = 0);
// A change's words for a note, in the PDF and the HTML report alike: "added ‘x’", "dropped ‘x’" or
// "‘x’ → ‘y’", invisible characters named.
QString describeChange(const QString &before, const QString &after);
// The height of lines [from, to) of a laid-out layout.
double linesHeight(const QTextLayout &layout, int from, int to);
// Draws lines [from, to) with the first one's top at topLeft.
void drawLines(QPainter *painter, const QTextLayout &layout, int from, int to, const QPointF &topLeft);

struct Cell
{
    bool hasText = false;
    bool markedGap = false; // an empty cell with a marker ("absent", "moved")
    CellStatus status = CellStatus::Same;
    int moveTarget = -1;
    RichText content;
    QFont font;
    qsizetype placeholderAt = -1; // where the page number of a move goes
    // Null for an unmarked gap; shared by the cells of one marker ("absent"), laid out once.
    std::shared_ptr<const QTextLayout> layout;
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
    double top = -1; // where its column headers stand, device units; -1: at the body's top
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
    double firstTop = -1; // the first page's top when it shares the summary's last page
    QList<int> noteNumbers; // the reader's notes' numbers (notelist_p.h), by note index
    mutable PdfTextCache texts; // row numbers and "cont."
    // The layouts of markers that recur unchanged in many cells ("absent"), by width and text.
    mutable QHash<std::pair<double, QString>, std::shared_ptr<const QTextLayout>> markerLayouts;

    Private(const Comparison &c, const PdfExporter::Options &o, const PdfStyle &s, QPaintDevice *d)
        : comparison(c)
        , options(o)
        , style(s)
        , device(d)
        , index(c)
        , noteNumbers(Internal::noteNumbers(o.notes))
        , texts(d)
    { }

    // The reader's notes' ink: a violet that no change kind uses, the HTML report's too.
    static QColor readerNoteColor() { return QColor(0x6b, 0x4f, 0xa0); }

    // The reader's notes placed in a row, by note index.
    QList<int> readerNotesIn(int row) const
    {
        QList<int> out;
        for (qsizetype i = 0; i < options.notes.size(); ++i)
            if (options.notes.at(i).row == row)
                out.append(int(i));
        return out;
    }

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

    // Column positions of a set (pdfpagination.cpp).
    Geometry geometry(const SetLayout &set) const;

    // Cells, notes and their layouts (pdfcells.cpp).
    std::unique_ptr<QTextLayout> makeLayout(const RichText &content, const QFont &font, double width,
        Qt::Alignment alignment = Qt::AlignLeft, double hangingIndent = 0) const;

    QTextCharFormat markerFormat(const QColor &color) const;

    void appendMoveMarker(Cell &cell, const SetLayout &set, int target) const;

    Cell makeCell(const SetLayout &set, int rowIndex, int version, double width, QList<int> *numbered) const;

    // The numbered changes' notes, then the reader's notes on the row.
    RichText notesFor(const QList<int> &numbered, int firstNumber, int row) const;

    // Bands of a set and their pagination (pdfpagination.cpp).
    void buildSet(SetLayout &set) const;

    bool layoutSet(SetLayout &set, int *done, int total, const std::function<bool(int, int)> &step) const;

    double minimumBandHeight() const { return style.pt(10 + 2 * PdfStyle::cellPaddingY); }

    void paginate(SetLayout &set, int setIndex);

    // Painting (pdfcomparisonpages.cpp).
    void paintFragment(
        QPainter *painter, const SetLayout &set, const Geometry &g, const Fragment &fragment) const;

    void paintColumnHeaders(QPainter *painter, const SetLayout &set, const Geometry &g, double top) const;
};

} // namespace Parallax::Internal
