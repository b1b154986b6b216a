// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

struct GumboInternalNode;

namespace Parallax {

// What a web page says about its article: schema.org JSON-LD (NewsArticle and kin) first, then Open Graph
// and article: meta tags, then the plain page (<title>, <h1>, <time>, <html lang>, rel=canonical).
struct PageMetadata
{
    QString headline;
    QString siteName; // the outlet
    QStringList authors;
    QString published;
    QString modified;
    QString canonicalUrl;
    QString language;
    QString articleBody; // JSON-LD articleBody: the publisher's own copy of the text

    static PageMetadata read(const GumboInternalNode *document);
};

} // namespace Parallax
