// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the rewrite tests (tst_rewrites, tst_rewriterules) share: a version from plain text, and the row
// that holds a version's sentence.
#include "core/comparison.h"
#include "core/labels.h"
#include "load/articleloader.h"

#include <QString>

namespace Parallax::RewriteFixture {

inline Version load(const QString &name, const QString &text)
{
    LoadError error;
    auto v = ArticleLoader::loadData(text.toUtf8(), TextFormat::PlainText, name, &error);
    if (!v)
        qFatal("%s", qPrintable(describeInEnglish(error)));
    return *v;
}

// The row holding the version's sentence that starts with `prefix`, or -1.
inline int rowOf(const Comparison &c, int version, const QString &prefix)
{
    for (int r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        for (int k = 0; row.cells.at(version) >= 0 && k < row.spans.at(version); ++k)
            if (c.versions.at(version).sentenceText(row.cells.at(version) + k).startsWith(prefix))
                return r;
    }
    return -1;
}

} // namespace Parallax::RewriteFixture
