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

QString toString(SentenceRole role)
{
    switch (role) {
    case SentenceRole::Body:
        return u"body"_s;
    case SentenceRole::Headline:
        return u"headline"_s;
    case SentenceRole::Standfirst:
        return u"standfirst"_s;
    case SentenceRole::Byline:
        return u"byline"_s;
    case SentenceRole::Dateline:
        return u"dateline"_s;
    case SentenceRole::Lede:
        return u"lede"_s;
    }
    return {};
}

bool isCosmetic(ChangeKind kind)
{
    return kind == ChangeKind::Typography || kind == ChangeKind::Spelling;
}

} // namespace Parallax
