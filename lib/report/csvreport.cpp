// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/csvreport.h"

#include "core/labels.h"
#include "present/cellindex.h"
#include "report/alsosays_p.h"
#include "report/pdfcomparisonpages_p.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Parallax {

QString CsvReport::field(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray CsvReport::toCsv(const Comparison &c, const Options &options)
{
    const QList<int> shown = Internal::printedVersions(c, options.visibleVersions);
    const CellIndex index(c);
    QString out = u"\ufeff"_s;
    const auto line = [&out](const QStringList &fields) {
        QStringList written;
        for (const QString &f : fields)
            written.append(field(f));
        out += written.join(u',') + u"\r\n"_s;
    };
    // The column names are ids, like the kinds: the same in every language, for formulas and scripts.
    line({ u"version"_s, u"row"_s, u"kind"_s, u"reason"_s, u"before"_s, u"after"_s, u"note"_s, u"tags"_s });
    // The words of another row: the base's sentence there, or the first version's that has one.
    const auto rowWords = [&](int r) {
        if (index.range(r, c.base).isValid())
            return index.text(r, c.base);
        for (int w = 0; w < c.versions.size(); ++w)
            if (index.range(r, w).isValid())
                return index.text(r, w);
        return QString();
    };
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        if (row.boilerplate && !options.showBoilerplate)
            continue;
        const int rowIndex = int(r);
        const QString rowNumber = QString::number(r + 1);
        for (const int v : shown) {
            if (v == c.base)
                continue;
            const QString name = c.versions.at(v).name;
            QStringList noteTexts, noteTags;
            for (const Note &n : options.notes) {
                if (n.row != rowIndex || (n.target == Note::Target::Span && n.version != v))
                    continue;
                noteTexts.append(n.text);
                for (const QString &t : n.tags)
                    if (!noteTags.contains(t))
                        noteTags.append(t);
            }
            const QString note = noteTexts.join(u" | "_s);
            const QString tags = noteTags.join(u' ');
            const CellStatus status = row.status.value(v, CellStatus::Same);
            const bool hasText = index.range(rowIndex, v).isValid();
            const int target = row.moveTarget.value(v, -1);
            if (status == CellStatus::Added && hasText) {
                line({ name, rowNumber, toString(status), QString(), QString(), index.text(rowIndex, v), note,
                    tags });
            } else if (status == CellStatus::Moved && hasText) {
                // The base's words stand in the row the move points to.
                line({ name, rowNumber, toString(status), QString(), index.text(target, c.base),
                    index.text(rowIndex, v), note, tags });
            } else if (index.isStop(rowIndex, v, true) && status == CellStatus::Absent) {
                line({ name, rowNumber, toString(status), QString(), index.text(rowIndex, c.base), QString(),
                    note, tags });
            }
            // A sentence that also says other rows (merged from): one line per row, with that row's words.
            for (const int other : row.alsoRows.value(v)) {
                if (!hasText || other < 0 || other >= c.rows.size())
                    continue;
                line({ name, rowNumber, u"also-says"_s, QString(), rowWords(other), index.text(rowIndex, v),
                    note, tags });
            }
            for (const int i : index.changes(rowIndex, v)) {
                const Change &change = c.changes.at(i);
                line({ name, rowNumber, toString(change.kind), toString(change.reason), change.before,
                    change.after, note, tags });
            }
        }
    }
    for (const Note &n : options.notes) {
        const bool wholeRow = n.target != Note::Target::Span && !n.isOrphaned();
        const QString name = wholeRow || n.version < 0 ? QString() : c.versions.at(n.version).name;
        line({ name, n.isOrphaned() ? QString() : QString::number(n.row + 1), u"note"_s, QString(), n.passage,
            QString(), n.text, n.tags.join(u' ') });
    }
    return out.toUtf8();
}

} // namespace Parallax
