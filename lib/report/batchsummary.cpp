// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchsummary.h"

#include "csvreport.h"

#include "core/labels.h"

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

namespace {

// What a line says of a story, from its report or its comparison.
struct Counts
{
    int versions = 0;
    QString baseName;
    QList<double> othersKept; // baseShare of the versions but the base
    int typography = 0, spelling = 0, wording = 0, substantive = 0;
    int added = 0, absent = 0, moved = 0;
    int quoteGroups = 0, divergent = 0;
    int unread = 0;
};

// By the names the report writes (core/labels.h), so that a report and its comparison count alike.
bool divergent(const QString &fidelity)
{
    return fidelity == u"altered"_s || fidelity == u"truncated"_s || fidelity == u"extended"_s
        || fidelity == u"merged"_s;
}

void countKind(Counts &n, const QString &kind)
{
    n.typography += kind == u"typography"_s;
    n.spelling += kind == u"spelling"_s;
    n.wording += kind == u"wording"_s;
    n.substantive += kind == u"substantive"_s;
}

void countStatus(Counts &n, const QString &status)
{
    n.added += status == u"added"_s;
    n.absent += status == u"absent"_s;
    n.moved += status == u"moved"_s;
}

// Notes such as a file read twice under two names are not failures.
bool unreadFile(const QString &code)
{
    return code != u"duplicate"_s;
}

QStringList line(const QString &story, const Counts &n)
{
    double keptSum = 0;
    double keptLowest = 1;
    for (double share : n.othersKept) {
        keptSum += share;
        keptLowest = std::min(keptLowest, share);
    }
    const qsizetype others = n.othersKept.size();
    const auto share = [](double value) { return QString::number(value, 'f', 3); };
    return { story, u"ok"_s, QString::number(n.versions), n.baseName,
        share(others > 0 ? keptSum / double(others) : 1.0), share(others > 0 ? keptLowest : 1.0),
        QString::number(n.typography), QString::number(n.spelling), QString::number(n.wording),
        QString::number(n.substantive), QString::number(n.added), QString::number(n.absent),
        QString::number(n.moved), QString::number(n.quoteGroups), QString::number(n.divergent),
        QString::number(n.unread), QString() };
}

} // namespace

QStringList BatchSummary::fromReport(const QString &story, const QJsonObject &report)
{
    Counts n;
    const QJsonArray versions = report.value(u"versions"_s).toArray();
    const int base = report.value(u"base"_s).toInt();
    n.versions = int(versions.size());
    n.baseName = versions.at(base).toObject().value(u"name"_s).toString();
    const QJsonArray shares = report.value(u"baseShare"_s).toArray();
    for (qsizetype v = 0; v < shares.size(); ++v)
        if (v != base)
            n.othersKept.append(shares.at(v).toDouble());
    for (const QJsonValue &change : report.value(u"changes"_s).toArray())
        countKind(n, change.toObject().value(u"kind"_s).toString());
    for (const QJsonValue &row : report.value(u"rows"_s).toArray()) {
        const QJsonArray status = row.toObject().value(u"status"_s).toArray();
        for (qsizetype v = 0; v < status.size(); ++v)
            if (v != base)
                countStatus(n, status.at(v).toString());
    }
    const QJsonArray quotes = report.value(u"quotes"_s).toArray();
    n.quoteGroups = int(quotes.size());
    for (const QJsonValue &group : quotes) {
        const QJsonArray variants = group.toObject().value(u"variants"_s).toArray();
        n.divergent += std::any_of(variants.begin(), variants.end(), [](const QJsonValue &variant) {
            return divergent(variant.toObject().value(u"fidelity"_s).toString());
        });
    }
    for (const QJsonValue &error : report.value(u"errors"_s).toArray())
        n.unread += unreadFile(error.toObject().value(u"code"_s).toString());
    return line(story, n);
}

QStringList BatchSummary::fromComparison(const QString &story, const Comparison &c)
{
    Counts n;
    n.versions = int(c.versions.size());
    n.baseName = c.versions.at(c.base).name;
    for (qsizetype v = 0; v < c.baseShare.size(); ++v)
        if (v != c.base)
            n.othersKept.append(c.baseShare.at(v));
    for (const Change &change : c.changes)
        countKind(n, toString(change.kind));
    for (const AlignedRow &row : c.rows)
        for (qsizetype v = 0; v < row.status.size(); ++v)
            if (v != c.base)
                countStatus(n, toString(row.status.at(v)));
    n.quoteGroups = int(c.quotes.size());
    for (const QuoteGroup &group : c.quotes)
        n.divergent += std::any_of(group.variants.begin(), group.variants.end(),
            [](const QuoteVariant &variant) { return divergent(toString(variant.fidelity)); });
    for (const LoadError &error : c.errors)
        n.unread += unreadFile(toString(error.code));
    return line(story, n);
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
