// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/revisions_p.h"

#include "compare/againstprevious.h"
#include "core/labels.h"
#include "report/pdfexporter.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

QJsonArray noticeArray(const Version &version, const QList<AgainstPrevious::NoticeSentence> &notices)
{
    QJsonArray out;
    for (const AgainstPrevious::NoticeSentence &n : notices)
        out.append(
            QJsonObject { { u"sentence"_s, n.sentence }, { u"kind"_s, Corrections::toString(n.notice) },
                { u"text"_s, version.sentenceText(n.sentence) } });
    return out;
}

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + u"\u00a0%"_s;
}

} // namespace

QJsonArray againstPreviousJson(const Comparison &c)
{
    QJsonArray out;
    for (const VersionStep &step : c.steps) {
        QJsonArray changes;
        for (const Change &ch : step.changes)
            changes.append(QJsonObject { { u"row"_s, ch.row }, { u"sentence"_s, ch.sentence },
                { u"previousSentence"_s, ch.baseSentence }, { u"kind"_s, toString(ch.kind) },
                { u"reason"_s, toString(ch.reason) }, { u"before"_s, ch.before }, { u"after"_s, ch.after },
                { u"start"_s, ch.start }, { u"end"_s, ch.end }, { u"previousStart"_s, ch.baseStart },
                { u"previousEnd"_s, ch.baseEnd } });
        const Version &version = c.versions.at(step.version);
        QJsonObject o { { u"version"_s, step.version }, { u"name"_s, version.name },
            { u"date"_s, version.date }, { u"dateSource"_s, version.dateSource },
            { u"previous"_s, step.previous < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(step.previous) },
            { u"previousName"_s,
                step.previous < 0 ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue(c.versions.at(step.previous).name) },
            { u"added"_s, step.added }, { u"removed"_s, step.removed }, { u"changed"_s, step.changed },
            { u"moved"_s, step.moved }, { u"kept"_s, step.kept },
            { u"notices"_s, noticeArray(version, AgainstPrevious::newNotices(c, step)) },
            { u"stealthEdit"_s, AgainstPrevious::isStealthEdit(c, step) }, { u"changes"_s, changes } };
        // A new time on the page is listed apart: it announces nothing.
        if (const QJsonArray stamps = noticeArray(version, AgainstPrevious::newStamps(c, step));
            !stamps.isEmpty())
            o.insert(u"updateStamps"_s, stamps);
        out.append(o);
    }
    return out;
}

QJsonArray noticesJson(const Comparison &c, bool stamps)
{
    QJsonArray out;
    for (int v = 0; v < c.versions.size(); ++v) {
        const Version &version = c.versions.at(v);
        for (const QJsonValue &n : noticeArray(
                 version, stamps ? AgainstPrevious::stamps(version) : AgainstPrevious::notices(version))) {
            QJsonObject o = n.toObject();
            o.insert(u"version"_s, v);
            out.append(o);
        }
    }
    return out;
}

QString dateLabel(const Version &version)
{
    if (version.date.isEmpty())
        return PdfExporter::tr("unknown");
    if (version.dateSource == u"file-date"_s)
        return PdfExporter::tr("%1 (file date)").arg(version.date);
    if (version.dateSource == u"file-name"_s)
        return PdfExporter::tr("%1 (from the file name)").arg(version.date);
    if (version.dateSource == u"text"_s)
        return PdfExporter::tr("%1 (as the text states)").arg(version.date);
    if (version.dateSource == u"document"_s)
        return PdfExporter::tr("%1 (document properties)").arg(version.date);
    return version.date;
}

RevisionTable revisionTable(const Comparison &c)
{
    RevisionTable t;
    t.title = PdfExporter::tr("Revisions over time");
    if (c.steps.isEmpty())
        return t;
    t.intro = PdfExporter::tr(
        "Each version against the one before it in time: sentences added, removed, reworded and moved, "
        "the share of the earlier version's words it keeps, and the corrections or updates it announces. "
        "A revision that changes the story without a notice is marked as a stealth edit.");
    t.headers = { PdfExporter::tr("Version"), PdfExporter::tr("Date"), PdfExporter::tr("Against"),
        PdfExporter::tr("Added"), PdfExporter::tr("Removed"), PdfExporter::tr("Reworded"),
        PdfExporter::tr("Moved"), PdfExporter::tr("Keeps"), PdfExporter::tr("Notices") };
    for (const VersionStep &step : c.steps) {
        const Version &version = c.versions.at(step.version);
        QStringList notices;
        for (const AgainstPrevious::NoticeSentence &n : AgainstPrevious::newNotices(c, step))
            notices.append(version.sentenceText(n.sentence));
        const bool stealth = AgainstPrevious::isStealthEdit(c, step);
        if (stealth)
            notices.append(PdfExporter::tr("none: stealth edit"));
        for (const AgainstPrevious::NoticeSentence &n : AgainstPrevious::newStamps(c, step))
            notices.append(PdfExporter::tr("time stamp only: %1").arg(version.sentenceText(n.sentence)));
        const bool first = step.previous < 0;
        const QString none = u"\u2014"_s;
        t.rows.append({ version.name, dateLabel(version),
            first ? PdfExporter::tr("(first version)") : c.versions.at(step.previous).name,
            first ? none : QString::number(step.added), first ? none : QString::number(step.removed),
            first ? none : QString::number(step.changed), first ? none : QString::number(step.moved),
            first ? none : percent(step.kept), notices.join(u"\n"_s) });
        t.stealth.append(stealth);
    }
    return t;
}

QString revisionRows(const RevisionTable &table, const std::function<QString(const QString &)> &escape,
    const std::function<QString(const QString &content, bool count)> &cell)
{
    QString out;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        out += u"<tr>"_s;
        for (qsizetype j = 0; j < row.size(); ++j) {
            QString text = escape(row.at(j)).replace(u'\n', u"<br/>"_s);
            const bool notices = j == row.size() - 1;
            if (notices && table.stealth.value(i))
                text = u"<b>"_s + text + u"</b>"_s;
            out += cell(text, j >= 3 && !notices);
        }
        out += u"</tr>\n"_s;
    }
    return out;
}

bool measuredAgainstPrevious(const Comparison &c)
{
    return !c.steps.isEmpty();
}

QString changesHeading(const Comparison &c)
{
    return measuredAgainstPrevious(c) ? PdfExporter::tr("Changes against the previous version")
                                      : PdfExporter::tr("Changes against the base");
}

QString baseRowNote(const Comparison &c)
{
    return measuredAgainstPrevious(c)
        ? PdfExporter::tr("the earliest version: each later one is measured against the one before it")
        : PdfExporter::tr("the base: the others are measured against it");
}

QString baseMark(const Comparison &c)
{
    return measuredAgainstPrevious(c) ? PdfExporter::tr("earliest") : PdfExporter::tr("base");
}

QString keepsHeading(const Comparison &c)
{
    return measuredAgainstPrevious(c) ? PdfExporter::tr("Keeps of the previous")
                                      : PdfExporter::tr("Keeps of the base");
}

QString ownHeading(const Comparison &c)
{
    return measuredAgainstPrevious(c) ? PdfExporter::tr("New sentences") : PdfExporter::tr("Own sentences");
}

QString summaryIntro(const Comparison &c, int versionCount)
{
    return measuredAgainstPrevious(c)
        ? PdfExporter::tr("%1 versions of the story in time order from %2, each measured against the one "
                          "before it.")
              .arg(versionCount)
        : PdfExporter::tr("%1 versions of the story, aligned sentence by sentence against the base, %2.")
              .arg(versionCount);
}

QString rowsNote(const Comparison &c)
{
    if (!measuredAgainstPrevious(c))
        return {};
    return PdfExporter::tr(
        "Against the previous version: each version\u2019s changes since the one before it in time are "
        "highlighted, and the notes quote the earlier version\u2019s words. The rows stay aligned as "
        "against the base, so a sentence moved since the previous version reads as added where it now "
        "stands.");
}

} // namespace Parallax::Internal
