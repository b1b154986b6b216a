// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/timelinechart_p.h"

#include "compare/againstprevious.h"
#include "load/versiondate.h"
#include "report/htmlwriter_p.h"
#include "report/pdfexporter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

struct Entry
{
    int version = 0;
    QDateTime moment;
    double change = 0;
    bool first = false;
    bool announced = false;
    bool stealth = false;
};

// The versions in time order with how much each changed; empty when the comparison is not read in time.
QList<Entry> entriesOf(const Comparison &c)
{
    QList<Entry> out;
    if (!c.steps.isEmpty()) {
        for (const VersionStep &s : c.steps)
            out.append({ s.version, VersionDate::moment(c.versions.at(s.version)),
                AgainstPrevious::changeShare(c, s), s.previous < 0,
                !AgainstPrevious::newNotices(c, s).isEmpty(), AgainstPrevious::isStealthEdit(c, s) });
        return out;
    }
    // Without steps: only versions shown in time order, each with a date of its own.
    const QList<int> order = VersionDate::timeOrder(c.versions);
    for (int i = 0; i < order.size(); ++i) {
        const Version &v = c.versions.at(order.at(i));
        if (order.at(i) != i || v.dateSource == u"file-date"_s || !VersionDate::moment(v).isValid())
            return {};
    }
    for (int i = 0; i < order.size(); ++i) {
        const double shared = i == 0 ? 1.0 : c.similarity.value(i - 1).value(i, 1.0);
        out.append({ i, VersionDate::moment(c.versions.at(i)), std::clamp(1.0 - shared, 0.0, 1.0), i == 0 });
    }
    return out;
}

} // namespace

QColor strongColor(const QColor &colour)
{
    // The highlight colours are pale; a mark on a white page needs their hue at full strength.
    const QColor hsl = colour.toHsl();
    return QColor::fromHsl(hsl.hslHue(), std::max(hsl.hslSaturation(), 170), 95).toRgb();
}

namespace {

QString percentText(double share)
{
    return QString::number(qRound(share * 100)) + u"\u00a0%"_s;
}

} // namespace

QList<TimelineMark> timelineMarks(const Comparison &c, double labelShare)
{
    const QList<Entry> entries = entriesOf(c);
    if (entries.size() < 2)
        return {};
    QList<QDateTime> moments;
    for (const Entry &e : entries)
        moments.append(e.moment);
    const double margin = labelShare / 2;
    const QList<double> xs = AgainstPrevious::timePositions(moments, margin, 1 - margin, labelShare * 1.05);
    QList<TimelineMark> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const Version &v = c.versions.at(e.version);
        TimelineMark m { e.version, xs.at(i), e.change, e.first, e.announced, e.stealth, {}, {} };
        if (!e.moment.isValid()) {
            m.day = PdfExporter::tr("no date");
        } else {
            // A timeline reads by the time of day too, where the date has one.
            m.day = e.moment.toString(u"yyyy-MM-dd"_s);
            if (v.date.contains(u'T') || v.date.contains(u':'))
                m.time = e.moment.toString(u"HH:mm"_s);
        }
        out.append(m);
    }
    return out;
}

QString timelineCaption()
{
    return PdfExporter::tr(
        "Timeline: each version at its time, with a bar as tall as the share of the version before it "
        "that it changed (the percentage above it); a flag marks an announced correction or update, a "
        "red ring a change without a notice (stealth edit).");
}

TimelineChart timelineChart(const Comparison &c, const ChangeColors &colors, double width, double scale)
{
    TimelineChart chart;
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(10);
    const QFontMetricsF fm(font);
    const double labelWidth = fm.horizontalAdvance(u"0000-00-00"_s) + 10;
    const QList<TimelineMark> marks = timelineMarks(c, labelWidth / width);
    if (marks.isEmpty())
        return chart;
    chart.caption = timelineCaption();
    constexpr double top = 16; // room for the percentages
    constexpr double barHeight = 44;
    constexpr double radius = 5;
    const double axis = top + barHeight + radius;
    chart.width = width;
    chart.height = axis + radius + 4 + 2 * fm.height() + 2;

    chart.image = QImage(QSize(int(std::ceil(width * scale)), int(std::ceil(chart.height * scale))),
        QImage::Format_ARGB32_Premultiplied);
    chart.image.fill(colors.background);
    QPainter painter(&chart.image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.setFont(font);
    const QColor line(140, 140, 140);
    const QColor bar = strongColor(colors.wording);
    const QColor stealth = strongColor(colors.substantive);
    painter.setPen(QPen(line, 1));
    painter.drawLine(QPointF(marks.first().x * width, axis), QPointF(marks.last().x * width, axis));
    for (const TimelineMark &m : marks) {
        const double x = m.x * width;
        if (!m.first) {
            // The square root keeps a revision of a word or two visible beside a rewrite.
            const double h = std::max(1.0, std::sqrt(m.change) * barHeight);
            painter.fillRect(QRectF(x - 4, axis - radius - h, 8, h), m.stealth ? stealth : bar);
            painter.setPen(colors.text);
            painter.drawText(
                // Beside a flag, the figure ends at the bar's right edge: the flag flies clear of it.
                m.announced
                    ? QRectF(x + 4 - labelWidth, axis - radius - h - fm.height() - 1, labelWidth, fm.height())
                    : QRectF(
                          x - labelWidth / 2, axis - radius - h - fm.height() - 1, labelWidth, fm.height()),
                (m.announced ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignBottom, percentText(m.change));
        }
        const double r = m.stealth ? radius + 1 : radius;
        painter.setPen(QPen(m.stealth ? stealth : line, m.stealth ? 2 : 1));
        painter.setBrush(m.first ? colors.background : (m.stealth ? colors.substantive : bar));
        painter.drawEllipse(QPointF(x, axis), r, r);
        if (m.announced) {
            // A flag on a pole: the revision says what it changed.
            painter.setPen(QPen(colors.text, 1));
            const QPointF pole(x + radius + 3, axis);
            const QPointF tip = pole - QPointF(0, barHeight * 0.6);
            painter.drawLine(pole, tip);
            painter.setBrush(strongColor(colors.added));
            painter.drawPolygon(QPolygonF({ tip, tip + QPointF(10, 3.5), tip + QPointF(0, 7) }));
        }
        painter.setPen(colors.text);
        painter.drawText(QRectF(x - labelWidth / 2, axis + radius + 4, labelWidth, 2 * fm.height()),
            Qt::AlignHCenter | Qt::AlignTop, m.time.isEmpty() ? m.day : m.day + u'\n' + m.time);
    }
    painter.end();
    chart.image.setDevicePixelRatio(scale);
    return chart;
}

QString timelineHtml(const Comparison &c, const ChangeColors &colors)
{
    // Labels of about 6.5em on a chart at most 48em wide.
    const QList<TimelineMark> marks = timelineMarks(c, 0.14);
    if (marks.isEmpty())
        return {};
    const auto percent = [](double x) { return QString::number(x * 100, 'f', 2) + u"%"_s; };
    const QString bar = strongColor(colors.wording).name();
    const QString stealth = strongColor(colors.substantive).name();
    const QString flag = strongColor(colors.added).name();
    // Bars stand on the axis 4.5em from the top; the labels hang below it.
    QString out = u"<div class=\"timeline\" role=\"img\" aria-label=\""_s + htmlEscaped(timelineCaption())
        + u"\" style=\"position: relative; max-width: 48em; height: 7.5em; margin: 0.5em 0;\">\n"_s
        + u"<div style=\"position: absolute; left: "_s + percent(marks.first().x) + u"; width: "_s
        + percent(marks.last().x - marks.first().x)
        + u"; top: 4.5em; border-top: 1px solid #8c8c8c;\"></div>\n"_s;
    for (const TimelineMark &m : marks) {
        const QString left = u"left: "_s + percent(m.x) + u";"_s;
        if (!m.first) {
            const double h = std::max(0.1, std::sqrt(m.change) * 3.2);
            out += u"<div style=\"position: absolute; "_s + left + u" width: 8px; margin-left: -4px; top: "_s
                + QString::number(4.2 - h, 'f', 2) + u"em; height: "_s + QString::number(h, 'f', 2)
                + u"em; background: "_s + (m.stealth ? stealth : bar) + u";\"></div>\n"_s;
            out += u"<div style=\"position: absolute; "_s + left
                + (m.announced ? u" width: 6em; margin-left: calc(4px - 6em); text-align: right; top: "_s
                               : u" width: 6em; margin-left: -3em; text-align: center; top: "_s)
                + QString::number(4.2 - h - 1.3, 'f', 2) + u"em;\"><span class=\"small\">"_s
                + percentText(m.change) + u"</span></div>\n"_s;
        }
        const QString ring = m.stealth ? u"2px solid "_s + stealth : u"1px solid #8c8c8c"_s;
        out += u"<div style=\"position: absolute; "_s + left
            + u" width: 10px; height: 10px; margin-left: -6px; top: calc(4.5em - 6px); border-radius: 50%; border: "_s
            + ring + u"; background: "_s
            + (m.first ? colors.background.name() : (m.stealth ? colors.substantive.name() : bar))
            + u";\"></div>\n"_s;
        if (m.announced)
            out += u"<div style=\"position: absolute; "_s + left
                + u" margin-left: 8px; top: 1.6em; height: 2.9em; border-left: 1px solid "_s
                + colors.text.name()
                + u";\"><div style=\"width: 0; height: 0; border-top: 4px solid transparent; border-bottom: "
                  u"4px "
                  "solid transparent; border-left: 10px solid "_s
                + flag + u";\"></div></div>\n"_s;
        out += u"<div style=\"position: absolute; "_s + left
            + u" width: 7em; margin-left: -3.5em; text-align: center; top: 5em; line-height: 1.2;\"><span class=\"small\">"_s
            + htmlEscaped(m.day) + (m.time.isEmpty() ? QString() : u"<br/>"_s + htmlEscaped(m.time))
            + u"</span></div>\n"_s;
    }
    return out + u"</div>\n"_s;
}

} // namespace Parallax::Internal
