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
// overview strip) need the same hue strong enough to see as a thin line on that background.
inline QColor strongColor(const QColor &tint, bool darkBackground)
{
    const QColor hsv = tint.toHsv();
    const int saturation = std::min(255, hsv.hsvSaturation() * 4 + 40);
    return QColor::fromHsv(
        std::max(0, hsv.hsvHue()), hsv.hsvHue() < 0 ? 0 : saturation, darkBackground ? 225 : 165);
}

} // namespace Parallax
