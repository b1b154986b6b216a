// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <gumbo.h>

namespace Parallax::Internal {

// An attribute of an element of gumbo's tree, or an empty string where the element has none.
inline QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

} // namespace Parallax::Internal
