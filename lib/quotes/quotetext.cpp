// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotetext_p.h"

#include <algorithm>

namespace Parallax::Internal {

std::pair<qsizetype, qsizetype> VersionWords::range(qsizetype start, qsizetype end) const
{
    const auto first = std::lower_bound(starts.cbegin(), starts.cend(), qint32(start));
    const auto last = std::lower_bound(first, starts.cend(), qint32(end));
    return { first - starts.cbegin(), last - starts.cbegin() };
}

} // namespace Parallax::Internal
