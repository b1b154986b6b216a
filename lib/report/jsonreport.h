// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QByteArray>

namespace Parallax {

// The JSON report of a comparison (schema: docs/report-schema.md).
class JsonReport
{
public:
    static QByteArray toJson(const Comparison &comparison);
};

} // namespace Parallax
