// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QColor>
#include <QPalette>

namespace KSyntaxHighlighting {
class Theme;
}

namespace Parallax {

// Colours for change kinds and row statuses, derived from a KSyntaxHighlighting theme so that they
// stay readable on its background: cosmetic kinds quiet, wording stronger, substantive strongest.
struct ChangeColors
{
    QColor text;
    QColor background;
    QColor dimmedText; // boilerplate
    QColor typography;
    QColor spelling;
    QColor wording;
    QColor substantive;
    QColor added;
    QColor absent;
    QColor moved;
    QColor selection;

    QColor forKind(ChangeKind kind) const;
    QColor forStatus(CellStatus status) const; // row tint; invalid for Same
    bool isDark() const { return background.lightness() < 128; }

    static ChangeColors fromTheme(const KSyntaxHighlighting::Theme &theme);
    // From an application palette (its Base, Text and Highlight), so the reading view follows the
    // colour scheme the window has.
    static ChangeColors fromPalette(const QPalette &palette);
    // A light, print-friendly palette for the PDF.
    static ChangeColors forPrint();
};

} // namespace Parallax
