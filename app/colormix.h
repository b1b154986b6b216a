// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <algorithm>

namespace Parallax {

// Blends b into a: amount 0 gives a, 1 gives b.
inline QColor mixColors(const QColor &a, const QColor &b, double amount)
{
    const double k = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k),
        float(a.greenF() * (1 - k) + b.greenF() * k), float(a.blueF() * (1 - k) + b.blueF() * k));
}

// The ChangeColors are pale tints meant as backgrounds behind text; strokes (markers, carets, the
// overview strip) need the same hue strong enough to see as a thin line on that background: darker
// than the background on light themes, lighter on dark ones, never neon.
inline QColor strongColor(const QColor &tint, bool darkBackground)
{
    const QColor hsl = tint.toHsl();
    const bool grey = hsl.hslSaturation() < 12 || hsl.hslHue() < 0;
    const int saturation = grey ? 0 : (darkBackground ? 150 : 170);
    const int lightness = darkBackground ? 178 : 92;
    return QColor::fromHsl(std::max(0, hsl.hslHue()), saturation, lightness);
}

} // namespace Parallax
