// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/notelist_p.h"

#include "report/pdfexporter.h"

#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

QList<int> noteNumbers(const QList<Note> &notes)
{
    QList<int> order;
    for (qsizetype i = 0; i < notes.size(); ++i)
        order.append(int(i));
    std::stable_sort(order.begin(), order.end(), [&notes](int a, int b) {
        const int ra = notes.at(a).isOrphaned() ? INT_MAX : notes.at(a).row;
        const int rb = notes.at(b).isOrphaned() ? INT_MAX : notes.at(b).row;
        return ra < rb;
    });
    QList<int> numbers(notes.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        numbers[order.at(k)] = int(k + 1);
    return numbers;
}

QString noteMark(int number)
{
    return u"\u270e"_s + QString::number(number);
}

QString noteLine(const Note &note, int number)
{
    QString line = noteMark(number) + u' ';
    if (!note.tags.isEmpty())
        line += PdfExporter::tr("%1: ", "a note's tags before its text").arg(note.tags.join(u", "_s));
    line += note.text.simplified();
    if (!note.author.isEmpty())
        line += u" \u2014 "_s + note.author;
    return line;
}

QString quoteNotesHtml(const QList<Note> &notes, const QList<int> &numbers, int group)
{
    QString out;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const Note &n = notes.at(i);
        if (n.target == Note::Target::Quote && n.quoteGroup == group && !n.isOrphaned())
            out += u"<br/><i>"_s + noteLine(n, numbers.at(i)).toHtmlEscaped() + u"</i>"_s;
    }
    return out;
}

QString notesListHtml(
    const Comparison &c, const QList<Note> &notes, const QString &tableAttributes, bool linkRows)
{
    if (notes.isEmpty())
        return {};
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString out
        = u"<h2>"_s + esc(PdfExporter::tr("Notes")) + u"</h2>\n<table "_s + tableAttributes + u">\n<tr>"_s;
    for (const QString &title : { u"#"_s, PdfExporter::tr("Row"), PdfExporter::tr("Version"),
             PdfExporter::tr("Tags"), PdfExporter::tr("Note"), PdfExporter::tr("Author") })
        out += u"<th>"_s + esc(title) + u"</th>"_s;
    out += u"</tr>\n"_s;
    // Placed notes in reading order, then the orphaned ones in the order they were made.
    const QList<int> numbers = noteNumbers(notes);
    QList<int> order(notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i)
        order[numbers.at(i) - 1] = int(i);
    for (const int i : std::as_const(order)) {
        const Note &n = notes.at(i);
        const QString row = n.isOrphaned() ? esc(PdfExporter::tr("orphaned"))
            : !linkRows                    ? QString::number(n.row + 1)
                                           : u"<a href=\"#r"_s + QString::number(n.row + 1) + u"\">"_s
                + QString::number(n.row + 1) + u"</a>"_s;
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
        out += u"<tr><td>"_s + esc(noteMark(numbers.at(i))) + u"</td><td>"_s + row + u"</td><td><bdi>"_s
            + esc(version) + u"</bdi></td><td>"_s + esc(n.tags.join(u", "_s)) + u"</td><td dir=\"auto\">"_s
            + body + u"</td><td><bdi>"_s + esc(n.author) + u"</bdi>"_s
            + (when.isEmpty() ? QString() : u"<br/>"_s + esc(when)) + u"</td></tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

} // namespace Parallax::Internal
