// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/selectionspan.h"

#include "text/tokenizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax::NoteAnchoring {

namespace {

struct Word
{
    QString key; // normalised, lower case
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Word> wordsOf(QStringView text)
{
    QList<Word> out;
    for (const Token &t : Tokenizer::tokenize(text)) {
        if (t.type != Token::Word && t.type != Token::Number)
            continue;
        out.append({ TypographyNormalizer::normalize(text.mid(t.start, t.end - t.start)).toLower(), t.start,
            t.end });
    }
    return out;
}

// What a selection in the source says as text: tags dropped (a tag cut by either end of the selection
// too) and entities taken as a word break, which is all that word matching needs of them.
QString withoutMarkup(QStringView selected)
{
    static const QRegularExpression tag(u"<[^<>]*>"_s);
    static const QRegularExpression cutAtStart(u"^[^<]*>"_s);
    static const QRegularExpression cutAtEnd(u"<[^>]*$"_s);
    static const QRegularExpression entity(u"&#?[A-Za-z0-9]+;"_s);
    QString text = selected.toString();
    text.replace(tag, u" "_s);
    text.replace(cutAtStart, u" "_s);
    text.replace(cutAtEnd, u" "_s);
    text.replace(entity, u" "_s);
    return text;
}

} // namespace

std::pair<qsizetype, qsizetype> spanOfSelection(const Version &version, QStringView selected, qsizetype near)
{
    const bool markup = version.format != TextFormat::PlainText && version.format != TextFormat::Markdown;
    const QString plain = markup ? withoutMarkup(selected) : selected.toString();
    const QList<Word> wanted = wordsOf(plain);
    if (wanted.isEmpty())
        return { -1, -1 };
    const QList<Word> words = wordsOf(version.text);
    const qsizetype n = wanted.size();
    // The first and last selected words may be the ends of longer words, cut by the selection.
    const auto matchesAt = [&](qsizetype at) {
        for (qsizetype k = 0; k < n; ++k) {
            const QString &have = words.at(at + k).key;
            const QString &want = wanted.at(k).key;
            const bool ok = n == 1 ? have.contains(want)
                : k == 0           ? have.endsWith(want)
                : k == n - 1       ? have.startsWith(want)
                                   : have == want;
            if (!ok)
                return false;
        }
        return true;
    };
    qsizetype best = -1;
    for (qsizetype at = 0; at + n <= words.size(); ++at) {
        if (!matchesAt(at))
            continue;
        if (best < 0 || std::abs(words.at(at).start - near) < std::abs(words.at(best).start - near))
            best = at;
    }
    if (best < 0)
        return { -1, -1 };
    return { words.at(best).start, words.at(best + n - 1).end };
}

} // namespace Parallax::NoteAnchoring
