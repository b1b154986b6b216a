// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Parallax {

// Who a plain text says it comes from, read from its first lines the way an editor would: an outlet
// line beside the date ("Updated 14 October 2026 | The Herald"), a wire credit in the dateline
// ("BEIJING (AP) —"), a byline ("By Jane Doe and John Roe", "Posted 5:57 am, by Associated Press").
// Texts saved from web pages without their metadata carry nothing else that names them.
struct TextCredit
{
    QString outlet; // named beside the date or after "by": the publication
    QString wire; // the agency credited in the dateline
    QStringList authors; // from the byline

    // The name a reader would give the version: the outlet, else the agency, else the authors; empty
    // when the text credits nobody.
    QString name() const;

    // Looks at the first few lines only: further down a "by" or a parenthesis is part of the story.
    static TextCredit read(QStringView text);
};

} // namespace Parallax
