// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/boilerplatedetector.h"

#include "text/textmemo_p.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

using Re = QRegularExpression;
constexpr auto ci = QRegularExpression::CaseInsensitiveOption;

int wordCount(QStringView t)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : t) {
        const bool w = !c.isSpace();
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words;
}

bool endsLikeSentence(QStringView t)
{
    t = t.trimmed();
    if (t.isEmpty())
        return false;
    const QChar c = t.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u'\u201d' || c == u'\u2019';
}

// One-block boilerplate, recognisable on its own by its text (a caption is also by its kind).
bool isBoilerplateText(QStringView t)
{
    static const Re newsletter(
        uR"(\b(sign(ing)? up|subscribe|newsletter|in your inbox|delivered to your inbox|get the latest( news)?|download (our|the) app)\b)"_s,
        ci);
    static const Re share(
        uR"(^(share( this( article| story)?)?|tweet|e-?mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|comments?)\b[:\s|/·•,a-z]*$)"_s,
        ci);
    static const Re inlineReadMore(
        uR"(^\s*(read more|related|see also|also read|recommended|read also|more coverage|watch)\s*[:>»\-–—|])"_s,
        ci);
    static const Re comments(
        uR"(\bcomments?\b.*\b(moderat\w*|disclaimer|opinions expressed|views expressed|community (guidelines|standards)|comment policy|not reflect|not from|refrain|derogatory|obscene|abusive|offensive|personal attacks)|\b(views|opinions) expressed in (the )?comments)"_s,
        ci);
    static const Re caption(
        uR"(\((AP|Reuters|AFP|Getty|EPA|Bloomberg|Pool)\b[^)]*\)\s*$|\([^()]*\b(Photo|Photograph|Image|via AP|Getty Images|Reuters|AFP)\b[^()]*\)\s*$|\b(AP|Reuters|AFP|EPA) Photo\b|\bGetty Images\b|^\s*(photo|image|picture|credit|caption|file photo)s?\s*(by)?\s*:|\bPhoto(graph)?:|\bPhoto by\b|\(Photo\b)"_s,
        ci);
    static const Re advert(
        uR"(^\s*(advertisement|ad|sponsored( content)?|story continues below( advertisement)?|continue reading below|skip advertisement)\s*$)"_s,
        ci);
    static const Re byline(
        uR"(^\s*[Bb][Yy]\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}(\s*(,|and|\||/)\s*[\w .'’-]+)?\s*$)"_s);
    static const Re timestamp(
        uR"(^\s*((updated|published|posted|last updated|modified)\b:?.*\d.*|\w+,?\s+\d{1,2}\s+\w+\s+\d{4}.*|\d{1,2}\s+\w+\s+\d{4},?\s*\d{1,2}[:.]\d{2}.*|\w+\s+\d{1,2},\s+\d{4}(,?\s*\d{1,2}[:.]\d{2}.*)?)$)"_s,
        ci);
    static const Re copyright(uR"(^\s*(©|\(c\)|copyright\b)|all rights reserved)"_s, ci);

    const int words = wordCount(t);
    if (words <= 40 && newsletter.matchView(t).hasMatch())
        return true;
    if (words <= 8 && share.matchView(t).hasMatch())
        return true;
    if (words <= 30 && inlineReadMore.matchView(t).hasMatch())
        return true;
    if (words <= 80 && comments.matchView(t).hasMatch())
        return true;
    if (words <= 60 && caption.matchView(t).hasMatch())
        return true;
    if (words <= 10 && byline.matchView(t).hasMatch())
        return true;
    if (words <= 12 && !endsLikeSentence(t) && timestamp.matchView(t).hasMatch())
        return true;
    if (advert.matchView(t).hasMatch())
        return true;
    if (words <= 30 && copyright.matchView(t).hasMatch())
        return true;
    return false;
}

// A heading that opens a list of other stories.
bool opensStoryList(QStringView t)
{
    static const Re listHeading(
        uR"(^\s*(read more|related( stories| articles| coverage| content)?|see also|also read|more (in|from|on|stories|news)\b.*|most (read|popular|viewed)|trending( now)?|recommended( for you)?|you may also like|top stories|latest( news| stories)?|popular now|editor'?s picks)\s*:?\s*$)"_s,
        ci);
    return wordCount(t) <= 8 && listHeading.matchView(t).hasMatch();
}

bool opensTrailingBlock(QStringView t)
{
    static const Re trailing(
        uR"(^\s*(more (in|from)\b.*|most (read|popular|viewed)|trending( now)?|you may also like|recommended( for you)?|around the web)\s*:?\s*$)"_s,
        ci);
    return wordCount(t) <= 8 && trailing.matchView(t).hasMatch();
}

// What the rules read of one block's text, each distinct text read once: the versions of a story repeat
// most of their paragraphs word for word, and the patterns were a third of loading a plain-text version.
struct BlockFacts
{
    bool boilerplate = false; // isBoilerplateText
    bool opensTrailing = false;
    bool opensStoryList = false;
    int words = 0;
};

BlockFacts factsOf(QStringView t)
{
    static Internal::TextMemo<BlockFacts> memo(4096);
    return memo.get(t, [](const QString &text) {
        return BlockFacts { isBoilerplateText(text), opensTrailingBlock(text), opensStoryList(text),
            wordCount(text) };
    });
}

} // namespace

void BoilerplateDetector::mark(ExtractedText &extracted)
{
    QList<TextBlock> &blocks = extracted.blocks;
    const QStringView text(extracted.text);
    auto blockText = [&](const TextBlock &b) { return text.mid(b.start, b.end - b.start); };
    qsizetype totalChars = 0;
    for (const TextBlock &b : std::as_const(blocks))
        totalChars += b.end - b.start;

    qsizetype seen = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        TextBlock &b = blocks[i];
        const QStringView t = blockText(b);
        seen += b.end - b.start;
        const BlockFacts facts = factsOf(t);
        // (Blocks the extractor already marked need no second look; on web pages they are most blocks.)
        if (!b.boilerplate && (b.kind == BlockKind::Caption || facts.boilerplate))
            b.boilerplate = true;
        // "More In Politics" near the end: the rest of the page is other stories.
        if (facts.opensTrailing && seen >= totalChars * 6 / 10) {
            for (qsizetype j = i; j < blocks.size(); ++j)
                blocks[j].boilerplate = true;
            break;
        }
        // "READ MORE:" and the headlines under it, up to the next sentence of prose.
        if (facts.opensStoryList) {
            b.boilerplate = true;
            for (qsizetype j = i + 1; j < blocks.size(); ++j) {
                const QStringView h = blockText(blocks[j]);
                const bool headline = (blocks[j].kind == BlockKind::ListItem
                                          || blocks[j].kind == BlockKind::Heading || !endsLikeSentence(h))
                    && factsOf(h).words <= 25;
                if (!headline)
                    break;
                blocks[j].boilerplate = true;
                i = j;
            }
        }
    }
    // A word or two between pieces of boilerplate ("Success" between newsletter messages) is part of
    // the same widget.
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        TextBlock &b = blocks[i];
        const bool besideBoilerplate
            = (i > 0 && blocks[i - 1].boilerplate) || (i + 1 < blocks.size() && blocks[i + 1].boilerplate);
        if (!b.boilerplate && besideBoilerplate && factsOf(blockText(b)).words <= 2
            && !endsLikeSentence(blockText(b)))
            b.boilerplate = true;
    }
}

} // namespace Parallax
