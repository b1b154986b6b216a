// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Parallax::Internal {

// List markers: "1.", "2)", "3.)", "(4)", "a.", "b)", "C)". Upper-case letters with a bare period are
// left out because they are indistinguishable from initials ("A. B. Smith").

struct ListMarker
{
    enum class Kind { Number, Lower, Upper };
    enum class Style { Dot, Paren, DotParen, Enclosed };
    bool valid = false;
    Kind kind = Kind::Number;
    Style style = Style::Dot;
    int value = 0;
    qsizetype end = 0;

    bool follows(const ListMarker &previous) const
    {
        return valid && previous.valid && kind == previous.kind && style == previous.style
            && value == previous.value + 1;
    }
};

// The list marker at offset at of text, or an invalid marker.
ListMarker parseListMarker(QStringView text, qsizetype at);

} // namespace Parallax::Internal
