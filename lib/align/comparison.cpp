// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/comparison.h"

using namespace Qt::StringLiterals;

namespace Parallax {

QString toString(CellStatus status)
{
    switch (status) {
    case CellStatus::Same:
        return u"same"_s;
    case CellStatus::Changed:
        return u"changed"_s;
    case CellStatus::Added:
        return u"added"_s;
    case CellStatus::Absent:
        return u"absent"_s;
    case CellStatus::Moved:
        return u"moved"_s;
    }
    return {};
}

QString toString(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Typography:
        return u"typography"_s;
    case ChangeKind::Spelling:
        return u"spelling"_s;
    case ChangeKind::Wording:
        return u"wording"_s;
    case ChangeKind::Substantive:
        return u"substantive"_s;
    }
    return {};
}

QString toId(ChangeReason reason)
{
    switch (reason) {
    case ChangeReason::None:
        return {};
    case ChangeReason::Number:
        return u"number"_s;
    case ChangeReason::Date:
        return u"date"_s;
    case ChangeReason::Name:
        return u"name"_s;
    case ChangeReason::Negation:
        return u"negation"_s;
    case ChangeReason::Modality:
        return u"modality"_s;
    case ChangeReason::Attribution:
        return u"attribution"_s;
    case ChangeReason::Quote:
        return u"quote"_s;
    case ChangeReason::ClaimAdded:
        return u"claim-added"_s;
    case ChangeReason::ClaimDropped:
        return u"claim-dropped"_s;
    case ChangeReason::Opposite:
        return u"opposite"_s;
    case ChangeReason::Content:
        return u"content"_s;
    }
    return {};
}

QString toString(QuoteFidelity fidelity)
{
    switch (fidelity) {
    case QuoteFidelity::Exact:
        return u"exact"_s;
    case QuoteFidelity::Typographic:
        return u"typographic"_s;
    case QuoteFidelity::Altered:
        return u"altered"_s;
    case QuoteFidelity::Truncated:
        return u"truncated"_s;
    case QuoteFidelity::Extended:
        return u"extended"_s;
    case QuoteFidelity::Merged:
        return u"merged"_s;
    case QuoteFidelity::Absent:
        return u"absent"_s;
    }
    return {};
}

QString toString(TextFormat format)
{
    switch (format) {
    case TextFormat::PlainText:
        return u"text"_s;
    case TextFormat::Markdown:
        return u"markdown"_s;
    case TextFormat::Html:
        return u"html"_s;
    }
    return {};
}

bool isCosmetic(ChangeKind kind)
{
    return kind == ChangeKind::Typography || kind == ChangeKind::Spelling;
}

} // namespace Parallax
