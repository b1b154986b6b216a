// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditline.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// How far down the credit lines stand: a headline, a standfirst, a byline and a dateline.
constexpr int LinesLooked = 8;
// A credit line is short; longer lines are prose that happens to start with "By".
constexpr int MaxCreditWords = 14;

qsizetype wordCount(QStringView line)
{
    return line.split(u' ', Qt::SkipEmptyParts).size();
}

// A name as people write it: one to six words, each starting with a capital (or a lower-case
// particle: "de", "van", "of"), no digits, no sentence punctuation.
bool looksLikeName(const QString &text)
{
    static const QRegularExpression name(
        uR"(^(?:\p{Lu}[\p{L}'’.&-]*|de|da|van|von|der|of|the|and|al|bin|la|le)(?: (?:\p{Lu}[\p{L}'’.&-]*|de|da|van|von|der|of|the|and|al|bin|la|le)){0,5}$)"_s);
    return name.match(text).hasMatch() && text.front().isUpper();
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

QString cleaned(QString text)
{
    text = text.simplified();
    while (!text.isEmpty() && QStringView(u",;:|–—-").contains(text.back()))
        text.chop(1);
    return text.trimmed();
}

// "Jane Doe, John Roe and Ann Poe" -> three names; nothing when a part is not a name.
QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(uR"(\s*(?:,|;|&|\band\b)\s*)"_s);
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = cleaned(part);
        if (name.isEmpty())
            continue;
        if (!looksLikeName(name))
            return {};
        names.append(name);
    }
    return names;
}

// Organisations credited after "by" ("by Associated Press", "by Reuters staff"): a name that is no
// person's because it names a press, an agency, a service or a desk.
bool isOrganisation(const QString &name)
{
    static const QRegularExpression organisation(
        uR"(\b(?:Press|News|Agency|Service|Staff|Wire|Reuters|Bloomberg|Newsroom|Desk|Times|Post|Herald|Journal|Tribune|Gazette|Courier)\b)"_s);
    return organisation.match(name).hasMatch();
}

} // namespace

QString TextCredit::name() const
{
    if (!outlet.isEmpty())
        return outlet;
    if (!wire.isEmpty())
        return wire;
    return authors.join(u", "_s);
}

TextCredit TextCredit::read(QStringView text)
{
    // "PLACE (AGENCY) —": capital letters for the place, a short credit in parentheses, a dash.
    static const QRegularExpression dateline(
        uR"(^\p{Lu}[\p{Lu}\s.'’-]{1,40}?(?:,\s*\p{Lu}[\p{L}.\s]{1,20}?)?\s*\(([^()\n]{2,30})\)\s*(?:—|–|--|-|:))"_s);
    static const QRegularExpression byline(uR"(^by\s+(.+)$)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailingBy(
        uR"([,;]\s*by\s+([^,;|]+))"_s, QRegularExpression::CaseInsensitiveOption);

    TextCredit credit;
    int looked = 0;
    for (QStringView rawLine : text.split(u'\n')) {
        const QString line = rawLine.toString().simplified();
        if (line.isEmpty())
            continue;
        if (++looked > LinesLooked)
            break;
        if (credit.wire.isEmpty()) {
            if (const auto m = dateline.match(line); m.hasMatch())
                credit.wire = cleaned(m.captured(1));
        }
        if (wordCount(line) > MaxCreditWords)
            continue;
        // "Updated 14 October 2026 11:20 | Sallowmere Herald": a date beside a name.
        const QStringList parts = line.split(u" | "_s, Qt::SkipEmptyParts);
        if (credit.outlet.isEmpty() && parts.size() >= 2
            && std::any_of(parts.begin(), parts.end(), hasDigit)) {
            for (const QString &part : parts) {
                const QString name = cleaned(part);
                if (!hasDigit(name) && looksLikeName(name)) {
                    credit.outlet = name;
                    break;
                }
            }
        }
        if (const auto m = byline.match(line); m.hasMatch() && credit.authors.isEmpty()) {
            // "By Jane Doe, Vellport Courier": names, perhaps the outlet last.
            QStringList names = splitNames(cleaned(m.captured(1)));
            if (!names.isEmpty() && isOrganisation(names.last()) && credit.outlet.isEmpty())
                credit.outlet = names.takeLast();
            credit.authors = names;
        } else if (const auto t = trailingBy.match(line); t.hasMatch() && hasDigit(line)) {
            // "Posted 5:57 am, July 16, 2018, by Associated Press": a posting line's credit.
            const QString name = cleaned(t.captured(1));
            if (looksLikeName(name)) {
                if (isOrganisation(name) && credit.outlet.isEmpty())
                    credit.outlet = name;
                else if (credit.authors.isEmpty())
                    credit.authors = { name };
            }
        }
    }
    return credit;
}

} // namespace Parallax
