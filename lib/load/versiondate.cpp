// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/versiondate.h"

#include "load/documentformats.h"
#include "load/textdate.h"

#include <QRegularExpression>

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::VersionDate {

QString fromFileName(const QString &fileName)
{
    // Years 1990-2099: a web archive's captures and a newsroom's files; other digit runs (ids, counts)
    // are not taken for dates.
    static const QRegularExpression pattern(
        u"(?<!\\d)(?:((?:19|20)\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})"
        "|((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T_ ](\\d{2})[:\\-.]?(\\d{2})(?:[:\\-.]?(\\d{2}))?)?"
        "|((?:19|20)\\d{2})(\\d{2})(\\d{2}))(?!\\d)"_s);
    for (const QRegularExpressionMatch &m : pattern.globalMatch(fileName)) {
        int first = 1;
        if (!m.captured(7).isEmpty())
            first = 7;
        else if (!m.captured(13).isEmpty())
            first = 13;
        const QDate date(
            m.captured(first).toInt(), m.captured(first + 1).toInt(), m.captured(first + 2).toInt());
        if (!date.isValid() || date.year() < 1990)
            continue;
        if (first == 13)
            return date.toString(Qt::ISODate);
        const bool hasTime = !m.captured(first + 3).isEmpty();
        const QTime time(
            m.captured(first + 3).toInt(), m.captured(first + 4).toInt(), m.captured(first + 5).toInt());
        if (!hasTime || !time.isValid())
            return date.toString(Qt::ISODate);
        // Wayback timestamps are in UTC.
        const QDateTime when(date, time, first == 1 ? QTimeZone::UTC : QTimeZone::LocalTime);
        return first == 1 ? when.toString(Qt::ISODate)
                          : date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss"_s);
    }
    return {};
}

void assign(Version &version, const QString &fileName, const QDateTime &modified)
{
    if (!version.dateSource.isEmpty())
        return; // assigned already, from what the file holds or is named
    // A web page's publication date and an e-mail's Date: say when the article went out. A Word,
    // OpenDocument or PDF file's dates are the file's own (when a draft was begun, a release printed to
    // PDF): below a date the text states at its top and a timestamp the file was named with.
    const bool ownDates = DocumentFormats::isDocument(version.format) && version.format != TextFormat::Email;
    const QString fileDate = version.date.isEmpty() ? version.modified : version.date;
    if (!ownDates && !fileDate.isEmpty()) {
        version.date = fileDate;
        version.dateSource = version.format == TextFormat::Email ? u"email"_s : u"metadata"_s;
        return;
    }
    const QString named = fromFileName(fileName);
    const QString stated = named.isEmpty() ? TextDate::statedAtTop(version) : QString();
    if (!named.isEmpty() || !stated.isEmpty()) {
        version.date = named.isEmpty() ? stated : named;
        version.dateSource = named.isEmpty() ? u"text"_s : u"file-name"_s;
        return;
    }
    if (!fileDate.isEmpty()) {
        version.date = fileDate;
        version.dateSource = u"document"_s;
        return;
    }
    if (modified.isValid()) {
        version.date = modified.toUTC().toString(Qt::ISODate);
        version.dateSource = u"file-date"_s;
    }
}

QDateTime moment(const Version &version)
{
    const QString date = version.date.trimmed();
    if (date.isEmpty())
        return {};
    for (const Qt::DateFormat format : { Qt::ISODateWithMs, Qt::ISODate, Qt::RFC2822Date }) {
        const QDateTime when = QDateTime::fromString(date, format);
        if (when.isValid())
            return format != Qt::RFC2822Date && !date.contains(u'T')
                ? QDateTime(when.date(), QTime(0, 0), QTimeZone::UTC)
                : when;
    }
    // A day, maybe followed by what the formats above do not read ("2023-06-19 12:34 CEST").
    static const QRegularExpression day(u"^((?:19|20)\\d{2})-(\\d{2})-(\\d{2})"_s);
    if (const QRegularExpressionMatch m = day.match(date); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), QTimeZone::UTC);
    }
    return {};
}

QList<int> timeOrder(const QList<Version> &versions)
{
    QList<QDateTime> moments;
    QList<int> order;
    for (int i = 0; i < versions.size(); ++i) {
        moments.append(moment(versions.at(i)));
        order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&moments](int a, int b) {
        const QDateTime &x = moments.at(a);
        const QDateTime &y = moments.at(b);
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x.isValid() && x < y;
    });
    return order;
}

} // namespace Parallax::VersionDate
