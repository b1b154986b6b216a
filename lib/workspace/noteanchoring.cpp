// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/noteanchoring.h"

#include "align/similarity.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Parallax::NoteAnchoring {

namespace {

// The sentence whose range holds the offset; -1 when it falls between sentences or past the text.
int sentenceAt(const Version &v, qsizetype offset)
{
    for (qsizetype i = 0; i < v.sentences.size(); ++i)
        if (v.sentences.at(i).start <= offset && offset < v.sentences.at(i).end)
            return int(i);
    return -1;
}

// The next occurrence of the passage from `from` that is not part of longer words: a note on "four"
// is not on the "four" of "fourteen". -1 when none.
qsizetype wholeWordsIndexOf(const QString &text, const QString &passage, qsizetype from)
{
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    for (qsizetype at = text.indexOf(passage, from); at >= 0; at = text.indexOf(passage, at + 1)) {
        const qsizetype end = at + passage.size();
        const bool cutBefore = at > 0 && isWordChar(passage.front()) && isWordChar(text.at(at - 1));
        const bool cutAfter = end < text.size() && isWordChar(passage.back()) && isWordChar(text.at(end));
        if (!cutBefore && !cutAfter)
            return at;
    }
    return -1;
}

// The text the note's anchor holds in the version now, or a null string when the anchor is out of range.
QString anchorText(const Note &note, const Version &v)
{
    if (note.target == Note::Target::Span) {
        if (note.start < 0 || note.end > v.text.size() || note.start >= note.end)
            return {};
        return v.text.mid(note.start, note.end - note.start);
    }
    if (note.sentence < 0 || note.sentence >= v.sentences.size())
        return {};
    return note.target == Note::Target::Quote ? QString() : v.sentenceText(note.sentence);
}

// The closest sentence of the version to the passage by the similarity alignment uses, with its score.
std::pair<int, double> closestSentence(const QString &passage, const Version &v)
{
    QHash<QString, int> ids;
    QStringList words;
    QList<bool> numbers;
    const auto tokens = [&](QStringView text) {
        QList<int> out;
        for (const Token &t : Tokenizer::tokenize(text)) {
            if (t.type != Token::Word && t.type != Token::Number)
                continue;
            const QStringView raw = text.mid(t.start, t.end - t.start);
            const QString key = TypographyNormalizer::normalize(raw).toLower();
            auto it = ids.constFind(key);
            if (it == ids.constEnd()) {
                it = ids.insert(key, int(words.size()));
                words.append(key);
                numbers.append(t.type == Token::Number);
            }
            out.append((*it << 1) | (raw.front().isUpper() ? 1 : 0));
        }
        return out;
    };
    QList<QList<int>> own;
    for (qsizetype i = 0; i < v.sentences.size(); ++i)
        own.append(tokens(QStringView(v.text).mid(
            v.sentences.at(i).start, v.sentences.at(i).end - v.sentences.at(i).start)));
    const QList<QList<QList<int>>> story { { tokens(passage) }, own };
    StorySimilarity similarity;
    similarity.build(story, words, numbers);
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < int(own.size()); ++i) {
        const double score = similarity.similarity(similarity.bag(0, 0), similarity.bag(1, i));
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return { best, bestScore };
}

// The quote group with a variant in `version` whose words are the passage, or failing that the one in
// the note's sentence; -1 when none.
int quoteGroupOf(const Comparison &c, int version, int sentence, const QString &passage)
{
    int inSentence = -1;
    for (qsizetype g = 0; g < c.quotes.size(); ++g) {
        for (const QuoteVariant &qv : c.quotes.at(g).variants) {
            if (qv.version != version || qv.sentence < 0)
                continue;
            if (qv.text == passage)
                return int(g);
            if (qv.sentence == sentence && inSentence < 0)
                inSentence = int(g);
        }
    }
    return inSentence;
}

bool placeOne(Note &note, const Comparison &c)
{
    note.row = -1;
    note.quoteGroup = -1;
    note.version = versionOf(c, note.versionKey);
    if (note.version < 0 || note.passage.isEmpty())
        return false;
    const Version &v = c.versions.at(note.version);
    const int oldSentence = note.sentence;
    const qsizetype oldStart = note.start;
    bool found = false;
    if (note.target == Note::Target::Quote) {
        note.quoteGroup = quoteGroupOf(c, note.version, -1, note.passage);
        if (note.quoteGroup >= 0) {
            for (const QuoteVariant &qv : c.quotes.at(note.quoteGroup).variants)
                if (qv.version == note.version)
                    note.sentence = qv.sentence;
            found = true;
        }
    } else if (anchorText(note, v) == note.passage) {
        found = true;
    } else if (const qsizetype at = wholeWordsIndexOf(v.text, note.passage, 0); at >= 0) {
        // The nearest occurrence to where it was: a passage that recurs keeps its own place.
        qsizetype best = at;
        const qsizetype was = note.start >= 0
            ? note.start
            : (note.sentence >= 0 && note.sentence < v.sentences.size() ? v.sentences.at(note.sentence).start
                                                                        : 0);
        for (qsizetype i = wholeWordsIndexOf(v.text, note.passage, at + 1); i >= 0;
            i = wholeWordsIndexOf(v.text, note.passage, i + 1))
            if (std::abs(i - was) < std::abs(best - was))
                best = i;
        note.sentence = sentenceAt(v, best);
        if (note.target == Note::Target::Span) {
            note.start = best;
            note.end = best + note.passage.size();
        }
        found = note.sentence >= 0;
    }
    if (!found) {
        // Reworded: the most similar sentence, whole.
        const auto [sentence, score] = closestSentence(note.passage, v);
        if (sentence < 0 || score < ReanchorFloor)
            return false;
        note.sentence = sentence;
        if (note.target == Note::Target::Quote) {
            note.quoteGroup = quoteGroupOf(c, note.version, sentence, QString());
            if (note.quoteGroup < 0)
                return false;
        } else {
            note.passage = v.sentenceText(sentence);
            if (note.target == Note::Target::Span) {
                note.start = v.sentences.at(sentence).start;
                note.end = v.sentences.at(sentence).end;
            }
        }
    }
    note.row = rowOf(c, note.version, note.sentence);
    return note.row >= 0 && (note.sentence != oldSentence || note.start != oldStart);
}

} // namespace

QString versionKey(const Version &version)
{
    return version.path.isEmpty() ? version.name : version.path;
}

int versionOf(const Comparison &c, const QString &key)
{
    if (key.isEmpty())
        return -1;
    for (qsizetype v = 0; v < c.versions.size(); ++v)
        if (versionKey(c.versions.at(v)) == key)
            return int(v);
    const QString absolute = QDir::cleanPath(QFileInfo(key).absoluteFilePath());
    for (qsizetype v = 0; v < c.versions.size(); ++v) {
        const QString path = c.versions.at(v).path;
        if (!path.isEmpty() && QDir::cleanPath(QFileInfo(path).absoluteFilePath()) == absolute)
            return int(v);
    }
    return -1;
}

int rowOf(const Comparison &c, int version, int sentence)
{
    if (sentence < 0)
        return -1;
    for (qsizetype r = 0; r < c.rows.size(); ++r) {
        const AlignedRow &row = c.rows.at(r);
        const int first = row.cells.value(version, -1);
        if (first >= 0 && first <= sentence && sentence < first + row.spans.value(version, 1))
            return int(r);
    }
    return -1;
}

Note onRow(const Comparison &c, int row, int version)
{
    Note note;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.target = Note::Target::Row;
    if (row < 0 || row >= c.rows.size())
        return note;
    const AlignedRow &r = c.rows.at(row);
    QList<int> order { version, c.base };
    for (int v = 0; v < int(c.versions.size()); ++v)
        order.append(v);
    for (const int v : std::as_const(order)) {
        if (v < 0 || v >= c.versions.size() || r.cells.value(v, -1) < 0)
            continue;
        note.version = v;
        note.versionKey = versionKey(c.versions.at(v));
        note.sentence = r.cells.at(v);
        note.passage = c.versions.at(v).sentenceText(note.sentence);
        note.row = row;
        break;
    }
    return note;
}

Note onSpan(const Comparison &c, int version, qsizetype start, qsizetype end)
{
    Note note;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.target = Note::Target::Span;
    if (version < 0 || version >= c.versions.size())
        return note;
    const Version &v = c.versions.at(version);
    start = std::clamp<qsizetype>(start, 0, v.text.size());
    end = std::clamp<qsizetype>(end, start, v.text.size());
    // Outer white space is no part of what was meant.
    while (start < end && v.text.at(start).isSpace())
        ++start;
    while (end > start && v.text.at(end - 1).isSpace())
        --end;
    note.version = version;
    note.versionKey = versionKey(v);
    note.sentence = sentenceAt(v, start);
    if (note.sentence < 0 || start == end)
        return note;
    note.start = start;
    note.end = end;
    note.passage = v.text.mid(start, end - start);
    note.row = rowOf(c, version, note.sentence);
    return note;
}

Note onQuote(const Comparison &c, int group, int version)
{
    Note note;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.target = Note::Target::Quote;
    if (group < 0 || group >= c.quotes.size())
        return note;
    const QuoteGroup &g = c.quotes.at(group);
    const QuoteVariant *chosen = nullptr;
    for (const QuoteVariant &qv : g.variants)
        if (qv.sentence >= 0 && (qv.version == version || (!chosen && version < 0)))
            chosen = &qv;
    if (version < 0 && g.reference >= 0 && g.reference < g.variants.size()
        && g.variants.at(g.reference).sentence >= 0)
        chosen = &g.variants.at(g.reference);
    if (!chosen)
        return note;
    note.version = chosen->version;
    note.versionKey = versionKey(c.versions.at(chosen->version));
    note.sentence = chosen->sentence;
    note.passage = chosen->text;
    note.quoteGroup = group;
    note.row = rowOf(c, note.version, note.sentence);
    return note;
}

int place(QList<Note> &notes, const Comparison &comparison)
{
    int moved = 0;
    for (Note &note : notes)
        if (placeOne(note, comparison))
            ++moved;
    return moved;
}

QList<int> notesAt(const QList<Note> &notes, int row, int version)
{
    QList<int> out;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const Note &n = notes.at(i);
        if (n.row == row && (n.target != Note::Target::Span || n.version == version || version < 0))
            out.append(int(i));
    }
    return out;
}

} // namespace Parallax::NoteAnchoring
