// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/roles.h"

#include "text/tokenizer.h"

#include <QRegularExpression>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Blocks looked at for the top of a story: navigation and kicker lines come before it on web pages.
constexpr int MaxHeaderBlocks = 12;
// Blocks looked at in all, furniture included.
constexpr int MaxBlocks = 60;

QList<QStringView> words(QStringView text)
{
    QList<QStringView> out;
    for (const Token &t : Tokenizer::tokenize(text))
        if (t.type == Token::Word || t.type == Token::Number)
            out.append(text.mid(t.start, t.end - t.start));
    return out;
}

bool endsWithSentencePunctuation(QStringView text)
{
    while (!text.isEmpty() && QStringLiteral("\"'\u201D\u2019)]*_").contains(text.back()))
        text.chop(1);
    return !text.isEmpty() && (text.back() == u'.' || text.back() == u'!' || text.back() == u'?');
}

bool isByline(QStringView text, bool namesOnly)
{
    static const QRegularExpression by(
        uR"(^(by|written by|words by|reporting by)\s+\p{Lu})"_s, QRegularExpression::CaseInsensitiveOption);
    const QList<QStringView> w = words(text);
    if (w.isEmpty() || w.size() > 14)
        return false;
    if (by.matchView(text).hasMatch())
        return true;
    // A line of names only: "Priya Shah and Leo Grant", under a headline (above one it is navigation).
    if (!namesOnly || w.size() < 2 || w.size() > 7 || endsWithSentencePunctuation(text))
        return false;
    static const QStringList joins { u"and"_s, u"de"_s, u"van"_s, u"von"_s, u"der"_s, u"la"_s, u"le"_s,
        u"del"_s };
    int names = 0;
    for (QStringView x : w) {
        if (x.front().isUpper() && !x.front().isDigit())
            ++names;
        else if (!joins.contains(x.toString()))
            return false;
    }
    return names >= 2;
}

bool isDateline(QStringView text)
{
    const QList<QStringView> w = words(text);
    if (w.isEmpty() || w.size() > 14)
        return false;
    static const QRegularExpression month(
        uR"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numericDate(uR"(\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b)"_s);
    static const QRegularExpression time(uR"(\b\d{1,2}[:.]\d{2}\b)"_s);
    static const QRegularExpression stamp(uR"(^(updated|published|posted|last updated|first published)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "BRENTON, Ohio (NP) —" alone on its line.
    static const QRegularExpression place(
        uR"(^\p{Lu}[\p{Lu}\s.,'-]+(,\s*[\p{L}. ]+)?(\s*\([^)]*\))?\s*(\x{2014}|\x{2013}|--|-)$)"_s);
    const bool date = month.matchView(text).hasMatch() || numericDate.matchView(text).hasMatch();
    return (date && (w.size() <= 8 || stamp.matchView(text).hasMatch() || time.matchView(text).hasMatch()))
        || (stamp.matchView(text).hasMatch() && (date || time.matchView(text).hasMatch()))
        || (w.size() <= 6 && place.matchView(text).hasMatch());
}

// A line that reads as a title: short, without final punctuation (a question mark may end a headline).
qsizetype letterWords(QStringView text)
{
    qsizetype n = 0;
    for (QStringView w : words(text))
        n += w.front().isLetter() ? 1 : 0;
    return n;
}

bool isTitleLike(QStringView text)
{
    const qsizetype n = letterWords(text);
    return n >= 2 && n <= 24 && (!endsWithSentencePunctuation(text) || text.trimmed().endsWith(u'?'));
}

} // namespace

bool isHeaderRole(SentenceRole role)
{
    return role == SentenceRole::Headline || role == SentenceRole::Standfirst || role == SentenceRole::Byline
        || role == SentenceRole::Dateline;
}

bool isSubheading(const Sentence &sentence)
{
    return sentence.blockKind == BlockKind::Heading && sentence.role == SentenceRole::Body
        && !sentence.boilerplate;
}

void assignRoles(Version &version)
{
    QList<Sentence> &sentences = version.sentences;
    for (Sentence &s : sentences)
        s.role = SentenceRole::Body;
    auto key = [](QStringView text) { return TypographyNormalizer::normalize(text).simplified().toLower(); };
    QString headlineKey;
    const QString title = key(version.title);
    bool headline = false, standfirst = false;
    // The top blocks, each its sentences [first, end), walked once: up to MaxHeaderBlocks that are not
    // furniture and MaxBlocks in all.
    struct TopBlock
    {
        qsizetype first = 0, end = 0;
    };
    QVarLengthArray<TopBlock, MaxHeaderBlocks> top;
    // Where the title (from the page's markup or the document's type sizes) is one of the top blocks, that
    // block is the headline, and what stands above it (a kicker, a letterhead, a section label) is not.
    qsizetype titleBlock = -1;
    for (qsizetype i = 0, blocks = 0;
        i < sentences.size() && blocks < MaxHeaderBlocks && top.size() < MaxBlocks;) {
        qsizetype j = i + 1;
        while (j < sentences.size() && sentences.at(j).block == sentences.at(i).block)
            ++j;
        blocks += sentences.at(i).boilerplate ? 0 : 1;
        if (titleBlock < 0 && j - i == 1 && !title.isEmpty()
            && key(QStringView(version.text)
                       .mid(sentences.at(i).start, sentences.at(i).end - sentences.at(i).start))
                == title)
            titleBlock = top.size();
        top.append({ i, j });
        i = j;
    }
    for (qsizetype b = 0; b < top.size(); ++b) {
        const qsizetype i = top.at(b).first, j = top.at(b).end;
        const Sentence &first = sentences.at(i);
        const QStringView text
            = QStringView(version.text).mid(first.start, sentences.at(j - 1).end - first.start);
        auto mark = [&](SentenceRole role) {
            for (qsizetype k = i; k < j; ++k)
                sentences[k].role = role;
        };
        const bool single = j - i == 1;
        const bool heading = first.blockKind == BlockKind::Heading;
        // Bylines and datelines are often marked as page furniture by the loader; they keep their role.
        if (single && isByline(text, headline)) {
            mark(SentenceRole::Byline);
        } else if (single && isDateline(text)) {
            mark(SentenceRole::Dateline);
        } else if (first.boilerplate) {
            // navigation, kicker, caption: not part of the story's top
        } else if (!headline && b < titleBlock) {
            // above the headline: not the story's top
        } else if (!headline && single && letterWords(text) >= 2
            && (heading || isTitleLike(text) || (!title.isEmpty() && key(text) == title))) {
            mark(SentenceRole::Headline);
            headline = true;
            headlineKey = key(text);
        } else if (headline && single && key(text) == headlineKey) {
            // The headline repeated (a page's title above its own heading).
            mark(SentenceRole::Headline);
        } else if (headline && !standfirst && (heading || isTitleLike(text)) && words(text).size() >= 4) {
            mark(SentenceRole::Standfirst);
            standfirst = true;
        } else if (words(text).size() < 6 && !endsWithSentencePunctuation(text)) {
            // A stray label ("Close", "Updated", "Image 1 of 1", a photo credit): not the story's top.
        } else {
            // The first paragraph of running text: the lede; the top of the story ends here.
            for (qsizetype k = i; k < j; ++k)
                if (!sentences.at(k).boilerplate)
                    sentences[k].role = SentenceRole::Lede;
            break;
        }
    }
}

} // namespace Parallax
