// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/listmarker_p.h"

#include "text/segmentercharacters_p.h"

namespace Parallax::Internal {

ListMarker parseListMarker(QStringView text, qsizetype at)
{
    ListMarker marker;
    const qsizetype size = text.size();
    qsizetype k = at;
    const bool enclosed = k < size && text[k].unicode() == u'(';
    if (enclosed)
        ++k;
    if (k < size && isAsciiDigit(text[k])) {
        int digits = 0;
        while (k < size && isAsciiDigit(text[k])) {
            if (++digits > 3)
                return {};
            marker.value = marker.value * 10 + (text[k].unicode() - u'0');
            ++k;
        }
        marker.kind = ListMarker::Kind::Number;
    } else if (k < size && isAsciiLetter(text[k])) {
        const char16_t letter = text[k].unicode();
        const bool lower = letter >= u'a';
        marker.kind = lower ? ListMarker::Kind::Lower : ListMarker::Kind::Upper;
        marker.value = lower ? letter - u'a' + 1 : letter - u'A' + 1;
        ++k;
    } else {
        return {};
    }
    if (k >= size)
        return {};
    if (enclosed) {
        if (text[k].unicode() != u')')
            return {};
        marker.style = ListMarker::Style::Enclosed;
        ++k;
    } else if (text[k].unicode() == u'.') {
        ++k;
        if (k < size && text[k].unicode() == u')') {
            marker.style = ListMarker::Style::DotParen;
            ++k;
        } else {
            if (marker.kind == ListMarker::Kind::Upper)
                return {};
            marker.style = ListMarker::Style::Dot;
        }
    } else if (text[k].unicode() == u')') {
        marker.style = ListMarker::Style::Paren;
        ++k;
    } else {
        return {};
    }
    // A marker stands apart from the item's text.
    if (k >= size || !isBlank(text[k]))
        return {};
    marker.valid = true;
    marker.end = k;
    return marker;
}

} // namespace Parallax::Internal
