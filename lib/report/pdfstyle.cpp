// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdfstyle_p.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

// DejaVu first: it covers the typographic quotes, dashes and arrows the annotations use, and it may be
// embedded. The others are for systems without it.
QFont makeFont(bool serif, double pointSize, bool bold = false, bool italic = false)
{
    QFont font;
    if (serif)
        font.setFamilies({ u"DejaVu Serif"_s, u"Noto Serif"_s, u"Liberation Serif"_s, u"serif"_s });
    else
        font.setFamilies({ u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s, u"sans-serif"_s });
    font.setStyleHint(serif ? QFont::Serif : QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    // Glyph advances in whole device units: a tenth of a point at the PDF writer's 720 dpi, a grid finer
    // than print shows (a screen's would not be). QPdfEngine writes each glyph's offset as a number, and
    // whole ones ("44 0 Td", not "44.4218750 0 Td") make a fifth less page content to write and deflate.
    font.setHintingPreference(QFont::PreferFullHinting);
    // No ligatures: a reader searching or copying "final" must not meet U+FB01 instead of "fi".
    font.setFeature(QFont::Tag("liga"), 0);
    font.setFeature(QFont::Tag("clig"), 0);
    return font;
}

} // namespace

QRectF PdfStyle::bodyRect() const
{
    const double top = pt(marginTop + headerHeight);
    const double bottom = page.height() - pt(marginBottom + footerHeight);
    return QRectF(pt(marginLeft), top, page.width() - pt(marginLeft + marginRight), bottom - top);
}

PdfStyle PdfStyle::forDevice(QPaintDevice *device)
{
    PdfStyle style;
    style.unitsPerPoint = device->logicalDpiY() / 72.0;
    style.page = QSizeF(device->width(), device->height());
    // Each font resolved for the device once: a text layout then shares it, with the font engines it has
    // found, instead of copying it for the device's resolution and looking its engines up again.
    const auto forDevice = [device](const QFont &font) { return QFont(font, device); };
    style.body = forDevice(makeFont(true, 8));
    style.bodyBold = forDevice(makeFont(true, 8, true));
    style.note = forDevice(makeFont(false, 6.8));
    style.noteNumber = forDevice(makeFont(false, 6, true));
    style.marker = forDevice(makeFont(false, 6.5, false, true));
    style.columnHeader = forDevice(makeFont(false, 8, true));
    style.running = forDevice(makeFont(false, 7));
    style.summary = forDevice(makeFont(false, 8));
    return style;
}

QColor strongShade(const QColor &tint)
{
    const QColor hsv = tint.toHsv();
    if (hsv.hsvHueF() < 0) // grey: just darker
        return QColor::fromHsvF(0, 0, float(hsv.valueF() * 0.45));
    return QColor::fromHsvF(
        hsv.hsvHueF(), std::min(1.0f, hsv.hsvSaturationF() * 2.2f + 0.15f), float(hsv.valueF() * 0.6));
}

PdfTextCache::PdfTextCache(QPaintDevice *device)
    : m_device(device)
{ }

PdfTextCache::~PdfTextCache() = default;

const QTextLayout &PdfTextCache::line(const QFont &font, const QString &text)
{
    // QFont::key() spells the whole font out: a twentieth of a long export went into building these keys
    // for the row numbers. The callers pass a few long-lived fonts, so the last one's key is kept.
    if (m_lastKey.isEmpty() || !font.isCopyOf(m_lastFont)) {
        m_lastFont = font;
        m_lastKey = font.key() + u'\n';
    }
    std::shared_ptr<QTextLayout> &layout = m_lines[m_lastKey + text];
    if (!layout) {
        layout = std::make_shared<QTextLayout>(text, font, m_device);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        QTextLine line = layout->createLine();
        line.setNumColumns(int(text.size())); // one line, however long
        line.setPosition(QPointF(0, 0));
        layout->endLayout();
    }
    return *layout;
}

double PdfTextCache::width(const QFont &font, const QString &text)
{
    return line(font, text).lineAt(0).naturalTextWidth();
}

void PdfTextCache::draw(QPainter *painter, const QFont &font, const QString &text, const QPointF &baseline)
{
    const QTextLine first = line(font, text).lineAt(0);
    first.draw(painter, QPointF(baseline.x(), baseline.y() - first.ascent()));
}

void PdfTextCache::drawRightAligned(
    QPainter *painter, const QFont &font, const QString &text, const QPointF &right)
{
    const QTextLine first = line(font, text).lineAt(0);
    first.draw(painter, QPointF(right.x() - first.naturalTextWidth(), right.y()));
}

const PdfTextCache::Digits &PdfTextCache::digits(const QFont &font)
{
    if (m_digits && font.isCopyOf(m_digits->font))
        return *m_digits;
    m_digits = Digits { font, {}, 0 };
    const QTextLayout &all = line(font, u"0123456789"_s);
    const QList<QGlyphRun> runs = all.glyphRuns();
    if (runs.size() != 1 || runs.first().glyphIndexes().size() != 10)
        return *m_digits;
    const QList<QPointF> positions = runs.first().positions();
    const double advance = all.lineAt(0).naturalTextWidth() / 10;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        // Tabular figures, each an advance from the last and on one baseline: nothing between two digits
        // (kerning, a ligature) moves them, whichever digits meet.
        if (std::abs(positions.at(i).x() - positions.first().x() - double(i) * advance) > 1e-3
            || positions.at(i).y() != positions.first().y())
            return *m_digits;
    }
    m_digits->run = runs.first();
    m_digits->advance = advance;
    return *m_digits;
}

void PdfTextCache::drawNumberRightAligned(
    QPainter *painter, const QFont &font, qint64 number, const QPointF &right)
{
    // Row numbers are all different, so a cache of their layouts saves nothing: each is put together from
    // the digits' glyphs, shaped once, where the font sets its digits at one width.
    const QString text = QString::number(number);
    const Digits &d = digits(font);
    if (d.advance <= 0 || number < 0) {
        drawRightAligned(painter, font, text, right);
        return;
    }
    const QList<quint32> glyphs = d.run.glyphIndexes();
    const QPointF first = d.run.positions().first();
    QList<quint32> indexes(text.size());
    QList<QPointF> positions(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        indexes[i] = glyphs.at(text.at(i).unicode() - u'0');
        positions[i] = first + QPointF(double(i) * d.advance, 0);
    }
    QGlyphRun run;
    run.setRawFont(d.run.rawFont());
    run.setGlyphIndexes(indexes);
    run.setPositions(positions);
    painter->drawGlyphRun(QPointF(right.x() - double(text.size()) * d.advance, right.y()), run);
}

void paintPageFurniture(QPainter *painter, const PdfStyle &style, PdfTextCache *texts, const QString &title,
    const QString &section, int pageNumber, int pageCount)
{
    painter->save();
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QFont &font = style.running;
    const QFontMetricsF metrics(font, painter->device());
    const double left = style.pt(PdfStyle::marginLeft);
    const double width = style.page.width() - style.pt(PdfStyle::marginLeft + PdfStyle::marginRight);

    // Running header: the section on the right keeps its full width, the title gives way.
    const double baseline = style.pt(PdfStyle::marginTop) + metrics.ascent();
    const double sectionWidth = std::min(texts->width(font, section), width * 0.6);
    const QString shownSection = sectionWidth < texts->width(font, section)
        ? metrics.elidedText(section, Qt::ElideRight, sectionWidth)
        : section;
    texts->draw(
        painter, font, shownSection, QPointF(left + width - texts->width(font, shownSection), baseline));
    const double titleWidth = width - sectionWidth - style.pt(PdfStyle::columnGap * 2);
    const QString shownTitle = texts->width(font, title) > titleWidth
        ? metrics.elidedText(title, Qt::ElideRight, titleWidth)
        : title;
    texts->draw(painter, font, shownTitle, QPointF(left, baseline));
    const double ruleY = style.pt(PdfStyle::marginTop) + metrics.height() + style.pt(3);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), style.pt(0.5)));
    painter->drawLine(QPointF(left, ruleY), QPointF(left + width, ruleY));

    // Footer: page number centred, the program's name on the left.
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const double footerBaseline = style.page.height() - style.pt(PdfStyle::marginBottom) - metrics.descent();
    // Laid out once, for its width and its drawing (drawText and horizontalAdvance would shape it twice).
    const QString pageText = PdfExporter::tr("Page %1 of %2").arg(pageNumber).arg(pageCount);
    texts->draw(
        painter, font, pageText, QPointF(left + (width - texts->width(font, pageText)) / 2, footerBaseline));
    texts->draw(painter, font, u"Parallax"_s, QPointF(left, footerBaseline));
    painter->restore();
}

} // namespace Parallax::Internal
