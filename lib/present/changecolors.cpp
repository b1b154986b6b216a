// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/changecolors.h"

#include <KSyntaxHighlighting/Theme>

namespace Parallax {

namespace {

// Mixes a hue into the background: alpha 0..1 is how strongly the change stands out.
QColor tint(const QColor &background, const QColor &hue, double alpha)
{
    return QColor::fromRgbF(float(background.redF() * (1 - alpha) + hue.redF() * alpha),
        float(background.greenF() * (1 - alpha) + hue.greenF() * alpha),
        float(background.blueF() * (1 - alpha) + hue.blueF() * alpha));
}

ChangeColors build(const QColor &text, const QColor &background, const QColor &selection)
{
    const bool dark = background.lightness() < 128;
    // Hues chosen to stay apart for the common colour-vision deficiencies: blue-grey, teal, amber, red.
    const double quiet = dark ? 0.30 : 0.22;
    ChangeColors c;
    c.text = text;
    c.background = background;
    c.dimmedText = tint(background, text, 0.45);
    c.typography = tint(background, QColor(0x8a, 0x9b, 0xb0), quiet);
    c.spelling = tint(background, QColor(0x4f, 0xb3, 0xa9), quiet);
    c.wording = tint(background, QColor(0xf0, 0xa8, 0x30), dark ? 0.45 : 0.40);
    c.substantive = tint(background, QColor(0xe0, 0x40, 0x40), dark ? 0.55 : 0.45);
    c.added = tint(background, QColor(0x3c, 0xa8, 0x4c), dark ? 0.22 : 0.14);
    c.absent = tint(background, text, dark ? 0.10 : 0.06);
    c.moved = tint(background, QColor(0x7e, 0x57, 0xc2), dark ? 0.25 : 0.15);
    c.selection = selection.isValid() ? selection : tint(background, QColor(0x30, 0x80, 0xf0), 0.25);
    return c;
}

} // namespace

QColor ChangeColors::forKind(ChangeKind kind) const
{
    switch (kind) {
    case ChangeKind::Typography:
        return typography;
    case ChangeKind::Spelling:
        return spelling;
    case ChangeKind::Wording:
        return wording;
    case ChangeKind::Substantive:
        return substantive;
    }
    return substantive;
}

QColor ChangeColors::forStatus(CellStatus status) const
{
    switch (status) {
    case CellStatus::Added:
        return added;
    case CellStatus::Absent:
        return absent;
    case CellStatus::Moved:
        return moved;
    case CellStatus::Same:
    case CellStatus::Changed:
        break;
    }
    return {};
}

ChangeColors ChangeColors::fromTheme(const KSyntaxHighlighting::Theme &theme)
{
    const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    const QColor background
        = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    const QColor selection = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
    if (!theme.isValid() || !background.isValid())
        return forPrint();
    return build(text, background, selection);
}

ChangeColors ChangeColors::fromPalette(const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Active, QPalette::Base);
    // The view mixes the selection into a cell's background itself, so the accent is given as it is.
    return build(palette.color(QPalette::Active, QPalette::Text), background,
        palette.color(QPalette::Active, QPalette::Highlight));
}

ChangeColors ChangeColors::forPrint()
{
    return build(QColor(0x1a, 0x1a, 0x1a), QColor(Qt::white), QColor());
}

} // namespace Parallax
