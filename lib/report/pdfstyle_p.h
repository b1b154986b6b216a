// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "present/changecolors.h"
#include "report/pdfexporter.h"

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace Parallax::Internal {

// Every measure of the printed comparison in one place. Measures are given in points and turned into
// device units with pt(); fonts carry point sizes, which QTextLayout and QPainter resolve against the
// PDF writer's resolution.
struct PdfStyle
{
    double unitsPerPoint = 1;
    QSizeF page; // device units
    ChangeColors colors = ChangeColors::forPrint();

    QFont body; // the sentences (serif reads best in narrow columns)
    QFont bodyBold; // headings inside the articles
    QFont note; // the numbered annotations
    QFont noteNumber; // a note's number after the changed words
    QFont marker; // "absent", "moved: see row 12"
    QFont columnHeader;
    QFont running; // running header, footer, row numbers
    QFont summary; // the summary document's base font

    // Page furniture, in points.
    static constexpr double marginLeft = 30;
    static constexpr double marginRight = 30;
    static constexpr double marginTop = 20;
    static constexpr double marginBottom = 18;
    static constexpr double headerHeight = 20; // running header and its rule
    static constexpr double footerHeight = 16;
    // The side-by-side grid, in points.
    static constexpr double gutterWidth = 23; // row numbers, "cont." under a continued row
    static constexpr double notesWidth = 178;
    static constexpr double columnGap = 8;
    static constexpr double cellPaddingX = 3;
    static constexpr double cellPaddingY = 2.5;
    static constexpr double lineGap = 0.8; // extra space between lines of a cell
    static constexpr double noteIndent = 12; // wrapped lines of a note, past its number

    double pt(double points) const { return points * unitsPerPoint; }
    // The area between the running header and the footer, in device units.
    QRectF bodyRect() const;
    double pageHeightPoints() const { return page.height() / unitsPerPoint; }

    static PdfStyle forDevice(QPaintDevice *device);
};

// A darker shade of a print tint, for bars, underlines and marker text that must stand out on white.
QColor strongShade(const QColor &tint);

// One-line texts that recur on many pages (the running header, row numbers), each laid out once:
// QPainter::drawText lays its text out again at every call (a tenth of a 700-page export).
class PdfTextCache
{
public:
    explicit PdfTextCache(QPaintDevice *device);
    ~PdfTextCache();
    double width(const QFont &font, const QString &text);
    // Draws the text with its baseline's left end at `baseline`.
    void draw(QPainter *painter, const QFont &font, const QString &text, const QPointF &baseline);
    // Draws the text right-aligned in `right`'s column, its top at right.y().
    void drawRightAligned(QPainter *painter, const QFont &font, const QString &text, const QPointF &right);
    // The same for a number, drawn as drawRightAligned(painter, font, QString::number(number), right)
    // would draw it.
    void drawNumberRightAligned(QPainter *painter, const QFont &font, qint64 number, const QPointF &right);

private:
    const QTextLayout &line(const QFont &font, const QString &text);
    // The glyphs of the ten digits as Qt shapes them in one font (see drawNumberRightAligned).
    struct Digits
    {
        QFont font;
        QGlyphRun run; // "0123456789": its raw font, glyphs and the baseline's height
        double advance = 0; // of every digit; 0: the digits differ in width and are laid out as text
    };
    const Digits &digits(const QFont &font);
    std::optional<Digits> m_digits;
    QPaintDevice *m_device;
    QHash<QString, std::shared_ptr<QTextLayout>> m_lines;
    QFont m_lastFont;
    QString m_lastKey; // m_lastFont's key and a line break
};

// Draws the running header (story title left, section right) and the footer ("Page 3 of 9").
void paintPageFurniture(QPainter *painter, const PdfStyle &style, PdfTextCache *texts, const QString &title,
    const QString &section, int pageNumber, int pageCount);

} // namespace Parallax::Internal
