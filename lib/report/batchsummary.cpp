// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchsummary.h"

#include "csvreport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

QStringList BatchSummary::columns()
{
    return { u"story"_s, u"status"_s, u"versions"_s, u"base"_s, u"kept_mean"_s, u"kept_lowest"_s,
        u"typography"_s, u"spelling"_s, u"wording"_s, u"substantive"_s, u"added"_s, u"absent"_s, u"moved"_s,
        u"quote_groups"_s, u"quote_divergences"_s, u"unread_files"_s, u"error"_s };
}

QStringList BatchSummary::fromReport(const QString &story, const QJsonObject &report)
{
    const QJsonArray versions = report.value(u"versions"_s).toArray();
    const int base = report.value(u"base"_s).toInt();
    const QString baseName = versions.at(base).toObject().value(u"name"_s).toString();

    double keptSum = 0;
    double keptLowest = 1;
    int others = 0;
    const QJsonArray shares = report.value(u"baseShare"_s).toArray();
    for (qsizetype v = 0; v < shares.size(); ++v) {
        if (v == base)
            continue;
        const double share = shares.at(v).toDouble();
        keptSum += share;
        keptLowest = std::min(keptLowest, share);
        ++others;
    }

    int typography = 0, spelling = 0, wording = 0, substantive = 0;
    for (const QJsonValue &change : report.value(u"changes"_s).toArray()) {
        const QString kind = change.toObject().value(u"kind"_s).toString();
        typography += kind == u"typography"_s;
        spelling += kind == u"spelling"_s;
        wording += kind == u"wording"_s;
        substantive += kind == u"substantive"_s;
    }

    int added = 0, absent = 0, moved = 0;
    for (const QJsonValue &row : report.value(u"rows"_s).toArray()) {
        const QJsonArray status = row.toObject().value(u"status"_s).toArray();
        for (qsizetype v = 0; v < status.size(); ++v) {
            if (v == base)
                continue;
            const QString s = status.at(v).toString();
            added += s == u"added"_s;
            absent += s == u"absent"_s;
            moved += s == u"moved"_s;
        }
    }

    const QJsonArray quotes = report.value(u"quotes"_s).toArray();
    int divergent = 0;
    for (const QJsonValue &group : quotes) {
        const QJsonArray variants = group.toObject().value(u"variants"_s).toArray();
        divergent += std::any_of(variants.begin(), variants.end(), [](const QJsonValue &variant) {
            const QString fidelity = variant.toObject().value(u"fidelity"_s).toString();
            return fidelity == u"altered"_s || fidelity == u"truncated"_s || fidelity == u"extended"_s
                || fidelity == u"merged"_s;
        });
    }

    int unread = 0;
    for (const QJsonValue &error : report.value(u"errors"_s).toArray()) {
        // Notes such as a file read twice under two names are not failures.
        if (error.toObject().value(u"code"_s).toString() != u"duplicate"_s)
            ++unread;
    }

    const auto share = [](double value) { return QString::number(value, 'f', 3); };
    return { story, u"ok"_s, QString::number(versions.size()), baseName,
        share(others > 0 ? keptSum / others : 1.0), share(others > 0 ? keptLowest : 1.0),
        QString::number(typography), QString::number(spelling), QString::number(wording),
        QString::number(substantive), QString::number(added), QString::number(absent), QString::number(moved),
        QString::number(quotes.size()), QString::number(divergent), QString::number(unread), QString() };
}

QStringList BatchSummary::failed(const QString &story, const QString &error)
{
    QStringList line(columns().size());
    line.first() = story;
    line[1] = u"failed"_s;
    line.last() = error;
    return line;
}

QByteArray BatchSummary::toCsv(const QList<QStringList> &lines)
{
    QString out;
    const auto write = [&out](const QStringList &fields) {
        QStringList written;
        for (const QString &f : fields)
            written.append(CsvReport::field(f));
        out += written.join(u',') + u"\r\n"_s;
    };
    write(columns());
    for (const QStringList &line : lines)
        write(line);
    return "\xEF\xBB\xBF" + out.toUtf8();
}

} // namespace Parallax
