// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparison.h"

namespace Parallax {

bool isCosmetic(ChangeKind kind)
{
    return kind == ChangeKind::Typography || kind == ChangeKind::Spelling;
}

} // namespace Parallax
