// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labels.h"

#include <QCoreApplication>

#include <iterator>

namespace Parallax {

namespace {

// The labels keep the translation context they had when the item model named them, so the existing
// translations apply (lupdate reads the QT_TRANSLATE_NOOP marks below).
constexpr const char labelContext[] = "Parallax::ComparisonModel";

template<typename Enum> struct Entry
{
    Enum value;
    const char16_t *id;
    const char *label;
};

constexpr Entry<CellStatus> cellStatuses[] = {
    { CellStatus::Same, u"same", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "same") },
    { CellStatus::Changed, u"changed", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "changed") },
    { CellStatus::Added, u"added", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "added") },
    { CellStatus::Absent, u"absent", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "absent") },
    { CellStatus::Moved, u"moved", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "moved") },
};

constexpr Entry<ChangeKind> changeKinds[] = {
    { ChangeKind::Typography, u"typography", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "typography") },
    { ChangeKind::Spelling, u"spelling", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "spelling") },
    { ChangeKind::Wording, u"wording", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "wording") },
    { ChangeKind::Substantive, u"substantive",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "substantive") },
};

constexpr Entry<ChangeReason> changeReasons[] = {
    { ChangeReason::None, u"", nullptr },
    { ChangeReason::Number, u"number", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "number") },
    { ChangeReason::Date, u"date", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "date") },
    { ChangeReason::Name, u"name", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "name") },
    { ChangeReason::Negation, u"negation", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "negation") },
    { ChangeReason::Modality, u"modality", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "modality") },
    { ChangeReason::Attribution, u"attribution",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "attribution") },
    { ChangeReason::Quote, u"quote", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "quoted words") },
    { ChangeReason::ClaimAdded, u"claim-added",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "claim added") },
    { ChangeReason::ClaimDropped, u"claim-dropped",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "claim dropped") },
    { ChangeReason::Opposite, u"opposite", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "opposite") },
    { ChangeReason::Content, u"content", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "content word") },
};

constexpr Entry<QuoteFidelity> quoteFidelities[] = {
    { QuoteFidelity::Exact, u"exact", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "exact") },
    { QuoteFidelity::Typographic, u"typographic",
        QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "typographic") },
    { QuoteFidelity::Altered, u"altered", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "altered") },
    { QuoteFidelity::Truncated, u"truncated", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "truncated") },
    { QuoteFidelity::Extended, u"extended", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "extended") },
    { QuoteFidelity::Merged, u"merged", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "merged") },
    { QuoteFidelity::Absent, u"absent", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "absent") },
};

// Formats have ids only: people see the file suffix.
constexpr Entry<TextFormat> textFormats[] = {
    { TextFormat::PlainText, u"text", nullptr },
    { TextFormat::Markdown, u"markdown", nullptr },
    { TextFormat::Html, u"html", nullptr },
};

// Roles have ids only for now: the view and the PDF do not show them yet.
constexpr Entry<SentenceRole> sentenceRoles[] = {
    { SentenceRole::Body, u"body", nullptr },
    { SentenceRole::Headline, u"headline", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "headline") },
    { SentenceRole::Standfirst, u"standfirst", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "standfirst") },
    { SentenceRole::Byline, u"byline", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "byline") },
    { SentenceRole::Dateline, u"dateline", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "dateline") },
    { SentenceRole::Lede, u"lede", QT_TRANSLATE_NOOP("Parallax::ComparisonModel", "lede") },
};

template<typename Enum, std::size_t N> const Entry<Enum> *find(const Entry<Enum> (&table)[N], Enum value)
{
    for (const Entry<Enum> &entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template<typename Enum, std::size_t N> QString idOf(const Entry<Enum> (&table)[N], Enum value)
{
    const Entry<Enum> *entry = find(table, value);
    return entry ? QString::fromUtf16(entry->id) : QString();
}

template<typename Enum, std::size_t N> QString labelOf(const Entry<Enum> (&table)[N], Enum value)
{
    const Entry<Enum> *entry = find(table, value);
    return entry && entry->label ? QCoreApplication::translate(labelContext, entry->label) : QString();
}

} // namespace

QString toString(CellStatus status)
{
    return idOf(cellStatuses, status);
}

QString toString(ChangeKind kind)
{
    return idOf(changeKinds, kind);
}

QString toString(ChangeReason reason)
{
    return idOf(changeReasons, reason);
}

QString toString(QuoteFidelity fidelity)
{
    return idOf(quoteFidelities, fidelity);
}

QString toString(TextFormat format)
{
    return idOf(textFormats, format);
}

QString toString(SentenceRole role)
{
    return idOf(sentenceRoles, role);
}

QString toString(const WordChange &change)
{
    return change.before + QStringLiteral(" -> ") + change.after;
}

QString label(CellStatus status)
{
    return labelOf(cellStatuses, status);
}

QString label(ChangeKind kind)
{
    return labelOf(changeKinds, kind);
}

QString label(ChangeReason reason)
{
    return labelOf(changeReasons, reason);
}

QString label(SentenceRole role)
{
    return labelOf(sentenceRoles, role);
}

QString label(QuoteFidelity fidelity)
{
    return labelOf(quoteFidelities, fidelity);
}

} // namespace Parallax
