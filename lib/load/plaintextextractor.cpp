// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/plaintextextractor.h"

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

bool endsSentence(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty())
        return true;
    const QChar c = line.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' || c == u'\u201d' || c == u'\''
        || c == u'\u2019' || c == u')' || c == u'\u2026';
}

// A line that continues the previous one in hard-wrapped text: the previous one did not end a sentence
// and this one starts in lower case.
bool continuesParagraph(QStringView previous, QStringView line)
{
    line = line.trimmed();
    return !line.isEmpty() && !endsSentence(previous) && line.front().isLower();
}

bool looksLikeHeading(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 90 || endsSentence(line))
        return false;
    // "A TOUGH CONVERSATION", or a short line without final punctuation such as a headline.
    bool hasLower = false;
    for (QChar c : line)
        hasLower = hasLower || c.isLower();
    return !hasLower || line.count(u' ') < 12;
}

} // namespace

ExtractedText PlainTextExtractor::extract(const QString &text)
{
    ExtractedText out;
    out.text = text;
    const QStringView all(text);
    qsizetype pos = 0;
    qsizetype blockStart = -1, blockEnd = -1;
    QStringView previousLine;
    auto closeBlock = [&] {
        if (blockStart < 0)
            return;
        QStringView b = all.mid(blockStart, blockEnd - blockStart);
        const bool multiLine = b.contains(u'\n');
        const BlockKind kind = !multiLine && looksLikeHeading(b) ? BlockKind::Heading : BlockKind::Paragraph;
        out.blocks.append({ blockStart, blockEnd, kind, false });
        blockStart = -1;
    };
    while (pos <= all.size()) {
        qsizetype nl = all.indexOf(u'\n', pos);
        if (nl < 0)
            nl = all.size();
        QStringView line = all.mid(pos, nl - pos);
        // Leading and trailing white space never belongs to a block.
        qsizetype s = 0, e = line.size();
        while (s < e && line.at(s).isSpace())
            ++s;
        while (e > s && line.at(e - 1).isSpace())
            --e;
        if (s == e) {
            closeBlock();
        } else if (blockStart >= 0 && continuesParagraph(previousLine, line)) {
            blockEnd = pos + e;
        } else {
            closeBlock();
            blockStart = pos + s;
            blockEnd = pos + e;
        }
        if (s != e)
            previousLine = line;
        pos = nl + 1;
    }
    closeBlock();
    for (const TextBlock &b : std::as_const(out.blocks)) {
        const QStringView t = all.mid(b.start, b.end - b.start);
        if (b.kind == BlockKind::Heading && !t.startsWith(u"By "_s)) {
            out.title = t.toString();
            break;
        }
        if (b.kind != BlockKind::Heading)
            break;
    }
    return out;
}

} // namespace Parallax
