// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include "core/labels.h"
#include "report/htmlwriter_p.h"
#include "report/notelist_p.h"
#include "report/pdfcomparisonpages_p.h"
#include "report/pdfexporter.h"
#include "report/pdfpagelayout_p.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace Internal {

QString htmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            continue;
        case u'<':
            out += u"&lt;"_s;
            continue;
        case u'>':
            out += u"&gt;"_s;
            continue;
        case u'"':
            out += u"&quot;"_s;
            continue;
        case u'\'':
            out += u"&#39;"_s;
            continue;
        case u'\t':
        case u'\n':
            out += c;
            continue;
        case u'\r':
            out += u'\n';
            continue;
        default:
            break;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0) || c.isSurrogate()
            || c.unicode() == 0xfffe || c.unicode() == 0xffff) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

QString bdi(const QString &text)
{
    return u"<bdi>"_s + htmlEscaped(text) + u"</bdi>"_s;
}

QString kindClass(ChangeKind kind)
{
    return u"k-"_s + toString(kind);
}

QString describeForReader(const Change &change)
{
    const QString kind = label(change.reason).isEmpty()
        ? label(change.kind)
        : PdfExporter::tr("%1, %2", "a change kind and its reason")
              .arg(label(change.kind), label(change.reason));
    const QString what = describeChange(change.before, change.after);
    return PdfExporter::tr("%1: ", "a change kind before its note").arg(kind) + what;
}

HtmlContext::HtmlContext(const Comparison &c, const HtmlReport::Options &o)
    : comparison(c)
    , options(o)
    , shown(printedVersions(c, o.visibleVersions))
    , index(c)
    , noteNumbers(Internal::noteNumbers(o.notes))
{ }

bool HtmlContext::isShownRow(const AlignedRow &row) const
{
    if (row.boilerplate && !options.showBoilerplate)
        return false;
    return std::any_of(shown.cbegin(), shown.cend(), [&](int v) { return row.cells.value(v, -1) >= 0; });
}

} // namespace Internal

QByteArray HtmlReport::toHtml(const Comparison &comparison, const Options &options)
{
    using namespace Internal;
    const HtmlContext context(comparison, options);
    int noteCount = 0;
    const QString sideBySide = htmlSideBySide(context, &noteCount);

    const QString title
        = comparison.title.isEmpty() ? PdfExporter::tr("Comparison of article versions") : comparison.title;
    // The language of the report's own words; each article's text carries its version's language.
    QString out = u"<!DOCTYPE html>\n<html lang=\""_s
        + htmlEscaped(tr("en", "the BCP 47 code of the language this translation is in")) + u"\">\n<head>\n"_s
        + u"<meta charset=\"utf-8\"/>\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
          // Nothing may be fetched, whatever a later edit or a text slipping past the escaping adds.
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
          "'unsafe-inline'\"/>\n"
          "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
          "<meta name=\"generator\" content=\"Parallax\"/>\n<title>"_s
        + htmlEscaped(title) + u"</title>\n<style>\n"_s + htmlStyleSheet(context.colors)
        + u"</style>\n</head>\n<body>\n"_s;
    out += u"<header>\n<h1 dir=\"auto\">"_s + htmlEscaped(title) + u"</h1>\n</header>\n"_s;
    out += htmlSummary(context, noteCount);
    out += htmlLegend(context);
    out += htmlQuotations(context);
    out += sideBySide;
    // The reader's notes (issue 16), orphaned ones too. Nothing is written when there are none.
    if (!options.notes.isEmpty())
        out += u"<section id=\"notes\">\n"_s
            + notesListHtml(comparison, options.notes, u"class=\"data notes\""_s, true) + u"</section>\n"_s;
    out += u"<footer><p>Parallax</p></footer>\n</body>\n</html>\n"_s;
    return out.toUtf8();
}

} // namespace Parallax
