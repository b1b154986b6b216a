// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QString>

#include <functional>

namespace Parallax {

// The names versions are shown under in the window and in the command line's reports: the outlet from
// the page's metadata, else the credit line of a plain text ("(AP)", "By …", the outlet beside the
// date), else the file name. Names are given after comparing: the base is matched by the loaded names.
namespace VersionNaming {

// The name without the reader's: the loader's when it came from the page (an outlet) or from dropped
// text, else the credit in the text, else the loader's (the file name).
QString automaticName(const Version &version);

// Renames the versions in place. `chosen` may give a version a name of the reader's (empty: none);
// names several versions would share by their credit get their file names added, the reader's own are
// kept as given. Without guessing, versions keep their loaded names unless the reader chose one.
void apply(
    QList<Version> &versions, const std::function<QString(const Version &)> &chosen = {}, bool guess = true);

} // namespace VersionNaming

} // namespace Parallax
