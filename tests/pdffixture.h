// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PDFs made at test time from our own lines with Qt's PDF writer (tst_documents, tst_versiondates).

#include <QBuffer>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace Parallax::PdfFixture {

// Writes pages of lines with QPainter: each line at (x, y) in millimetres, in the given point size.
struct PdfLine
{
    int page;
    qreal x, y;
    QString text;
    int points = 11;
};

inline QByteArray pdf(QList<PdfLine> lines, const QString &title = {})
{
    std::stable_sort(
        lines.begin(), lines.end(), [](const PdfLine &a, const PdfLine &b) { return a.page < b.page; });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setResolution(72 * 4);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        const qreal dotsPerMm = writer.resolution() / 25.4;
        int page = 0;
        for (const PdfLine &l : lines) {
            while (page < l.page) {
                writer.newPage();
                ++page;
            }
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(l.points);
            painter.setFont(font);
            painter.drawText(QPointF(l.x * dotsPerMm, l.y * dotsPerMm), l.text);
        }
    }
    return buffer.data();
}

} // namespace Parallax::PdfFixture
