// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/notelist_p.h"

#include "report/pdfexporter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

QString notesListHtml(const Comparison &c, const QList<Note> &notes, const QString &tableAttributes)
{
    if (notes.isEmpty())
        return {};
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out
        = u"<h2>"_s + esc(PdfExporter::tr("Notes")) + u"</h2>\n<table "_s + tableAttributes + u">\n<tr>"_s;
    for (const QString &title : { PdfExporter::tr("Row"), PdfExporter::tr("Version"), PdfExporter::tr("Tags"),
             PdfExporter::tr("Note"), PdfExporter::tr("Author") })
        out += u"<th>"_s + esc(title) + u"</th>"_s;
    out += u"</tr>\n"_s;
    // Placed notes in reading order, then the orphaned ones in the order they were made.
    QList<int> order;
    for (qsizetype i = 0; i < notes.size(); ++i)
        order.append(int(i));
    std::stable_sort(order.begin(), order.end(), [&notes](int a, int b) {
        const int ra = notes.at(a).isOrphaned() ? INT_MAX : notes.at(a).row;
        const int rb = notes.at(b).isOrphaned() ? INT_MAX : notes.at(b).row;
        return ra < rb;
    });
    for (const int i : std::as_const(order)) {
        const Note &n = notes.at(i);
        const QString row = n.isOrphaned() ? PdfExporter::tr("orphaned") : QString::number(n.row + 1);
        QString version;
        if (n.target == Note::Target::Quote)
            version = PdfExporter::tr("quotation");
        else if (n.target == Note::Target::Row && !n.isOrphaned())
            version = PdfExporter::tr("whole row");
        else if (n.version >= 0)
            version = c.versions.at(n.version).name;
        QString body = esc(n.text).replace(u'\n', u"<br/>"_s);
        if (!n.passage.isEmpty()) {
            QString passage = n.passage;
            if (passage.size() > 240)
                passage = passage.left(239) + u"\u2026"_s;
            body += u"<br/><i>\u201c"_s + esc(passage) + u"\u201d</i>"_s;
        }
        const QString when = n.time.isValid()
            ? QLocale().toString(n.time.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
        // Names, notes and passages are text from elsewhere: isolated, so that one in another script
        // direction does not reorder the cell around it.
        out += u"<tr><td>"_s + esc(row) + u"</td><td><bdi>"_s + esc(version) + u"</bdi></td><td>"_s
            + esc(n.tags.join(u", "_s)) + u"</td><td dir=\"auto\">"_s + body + u"</td><td><bdi>"_s
            + esc(n.author) + u"</bdi>"_s + (when.isEmpty() ? QString() : u"<br/>"_s + esc(when))
            + u"</td></tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

} // namespace Parallax::Internal
