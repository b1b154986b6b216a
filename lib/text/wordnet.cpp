// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordnet.h"

#include "text/wordnetfiles_p.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QVarLengthArray>

#include <wn.h>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

constexpr std::array<WordNet::Pos, 4> allPos
    = { WordNet::Pos::Noun, WordNet::Pos::Verb, WordNet::Pos::Adjective, WordNet::Pos::Adverb };

int wnPos(WordNet::Pos pos)
{
    switch (pos) {
    case WordNet::Pos::Noun:
        return NOUN;
    case WordNet::Pos::Verb:
        return VERB;
    case WordNet::Pos::Adjective:
        return ADJ;
    case WordNet::Pos::Adverb:
        return ADV;
    }
    return NOUN;
}

// A synset is a byte offset in its part of speech's data file (under 2^28 in WordNet 3.0); the part of
// speech goes in the top bits. Satellite adjectives live in the adjective file.
quint32 synsetId(int pos, long offset)
{
    if (pos == SATELLITE)
        pos = ADJ;
    return (quint32(pos) << 28) | quint32(offset);
}

int noPrint(char *)
{
    return 0;
}

// The database's spelling of a word: lower case, spaces as underscores; empty when it cannot be in it.
QByteArray databaseForm(QStringView word)
{
    QByteArray out;
    out.reserve(word.size());
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == 0)
            return {};
        out.append(u == ' ' ? '_' : char(u >= 'A' && u <= 'Z' ? u + 32 : u));
    }
    if (out.isEmpty() || out.size() >= WORDBUF)
        return {};
    return out;
}

struct Pointer
{
    int type;
    quint32 target;
};

// The endings WordNet's morphology (morph.c) takes off a word and what it puts back, for nouns, verbs and
// adjectives together: a base form it can find is one of these, or in the exception list.
constexpr const char *morphEndings[]
    = { "s", "ses", "xes", "zes", "ches", "shes", "men", "ies", "es", "ed", "ing", "er", "est" };
constexpr const char *morphReplacements[] = { "", "s", "x", "z", "ch", "sh", "man", "y", "e" };

// A cache key, the part of speech's digit and the word, on the stack: a look-up that finds its entry, or
// finds that the word has none, allocates nothing (a story asks about each word in four parts of speech,
// several times over).
class CacheKey
{
public:
    CacheKey(const QByteArray &word, int pos)
    {
        m_bytes.append(char('0' + pos));
        m_bytes.append(word.constData(), word.size());
    }
    // A key for look-ups only, valid while this object lives.
    QByteArray view() const { return QByteArray::fromRawData(m_bytes.constData(), m_bytes.size()); }
    QByteArray copy() const { return QByteArray(m_bytes.constData(), m_bytes.size()); }

private:
    QVarLengthArray<char, 64> m_bytes;
};

} // namespace

class WordNet::Private
{
public:
    mutable QMutex lock;
    bool available = false;
    // Caches, filled under the lock.
    mutable QHash<QByteArray, QList<QByteArray>> lemmaCache; // key: pos char + word
    // Words that surely have no base form (mayHaveLemma, or the mapped files found none), up to
    // MaxLemmaMisses of them: a story's names are asked about at every hunk that holds them, and the test
    // reads the index a dozen times; a story of made-up tokens stops adding at the bound.
    mutable QSet<QByteArray> lemmaMisses;
    static constexpr qsizetype MaxLemmaMisses = 50'000;
    mutable QHash<QByteArray, QList<quint32>> synsetCache;
    mutable QHash<quint32, QList<Pointer>> pointerCache;
    mutable QHash<QByteArray, QList<quint32>> derivedCache;
    mutable QHash<quint32, int> lexFileCache;
    // The database files in memory; the library answers only what they cannot (collocations, hyphenated
    // words) or everything where they could not be mapped.
    WordNetFiles::Database files;

    void mapFiles() { files.open(QFile::decodeName(SetSearchdir())); }

    // The synset offsets of a lemma's index entry; nullopt when the index has none.
    std::optional<QList<long>> offsetsOf(const QByteArray &lemma, int pos) const
    {
        if (files.isOpen())
            return files.offsets(lemma, pos);
        QByteArray buffer = lemma;
        IndexPtr index = index_lookup(buffer.data(), pos);
        if (!index)
            return std::nullopt;
        QList<long> out;
        for (int i = 0; i < index->off_cnt; ++i)
            out.append(long(index->offset[i]));
        free_index(index);
        return out;
    }

    std::optional<WordNetFiles::Synset> synsetAt(quint32 synset) const
    {
        const int pos = int(synset >> 28);
        const long offset = long(synset & 0x0fffffff);
        if (files.isOpen())
            return files.synset(pos, offset);
        SynsetPtr s = read_synset(pos, offset, nullptr);
        if (!s)
            return std::nullopt;
        WordNetFiles::Synset out;
        for (int w = 0; w < s->wcount; ++w)
            out.words.append(QByteArray(s->words[w]));
        for (int i = 0; i < s->ptrcount; ++i)
            out.pointers.append({ s->ptrtyp[i], s->ppos[i], long(s->ptroff[i]), s->pfrm[i] });
        out.lexFile = s->fnum;
        free_synset(s);
        return out;
    }

    // False only where WordNet surely has no base form of the word: not in the index, not an exception,
    // and no ending its morphology takes off gives a word of the index. A collocation, a word ending in
    // "ful" (which the morphology treats apart) or a missing file leaves it to the library.
    bool mayHaveLemma(const QByteArray &word, int pos) const
    {
        if (!files.isOpen() || word.contains('_') || word.contains('-') || word.endsWith("ful"))
            return true;
        if (files.index(pos).contains(word) || files.exceptions(pos).contains(word))
            return true;
        for (const char *ending : morphEndings) {
            if (!word.endsWith(ending))
                continue;
            const QByteArrayView stem = QByteArrayView(word).chopped(qsizetype(qstrlen(ending)));
            for (const char *replacement : morphReplacements) {
                if (files.index(pos).contains(QByteArray(stem.toByteArray() + replacement)))
                    return true;
            }
        }
        return false;
    }

    QList<QByteArray> lemmasLocked(const QByteArray &word, int pos) const
    {
        const CacheKey key(word, pos);
        const auto cached = lemmaCache.constFind(key.view());
        if (cached != lemmaCache.cend())
            return *cached;
        if (lemmaMisses.contains(key.view()))
            return {};
        QList<QByteArray> result;
        auto add = [&result](const QByteArray &lemma) {
            if (!result.contains(lemma))
                result.append(lemma);
        };
        // The files in memory answer a plain word at once; the filter below only spares the library.
        const auto forms = files.isOpen() ? files.baseForms(word, pos) : std::nullopt;
        if (forms) {
            if (files.offsets(word, pos))
                result.append(word);
            for (const QByteArray &form : *forms)
                add(form);
            // A word without a base form goes with the misses, bounded: a story of made-up words or names
            // would add an entry per word and part of speech, and the files answer the rest quickly.
            if (result.isEmpty()) {
                if (lemmaMisses.size() < MaxLemmaMisses)
                    lemmaMisses.insert(key.copy());
                return result;
            }
        } else if (mayHaveLemma(word, pos)) {
            if (offsetsOf(word, pos))
                result.append(word);
            // morphstr hands out base forms one by one from a static buffer: the first call with the
            // word, the next ones with null.
            QByteArray buffer = word;
            for (char *form = morphstr(buffer.data(), pos); form; form = morphstr(nullptr, pos))
                add(QByteArray(form));
        } else {
            // Surely no base form: kept apart from the cache, and only up to a bound, since a story of
            // made-up tokens (codes, another script's words) would fill it with a miss per word and part
            // of speech.
            if (lemmaMisses.size() < MaxLemmaMisses)
                lemmaMisses.insert(key.copy());
            return result;
        }
        lemmaCache.insert(key.copy(), result);
        return result;
    }

    QList<quint32> synsetsLocked(const QByteArray &word, int pos) const
    {
        const CacheKey key(word, pos);
        const auto cached = synsetCache.constFind(key.view());
        if (cached != synsetCache.cend())
            return *cached;
        QList<quint32> result;
        // A word without a base form in WordNet is known by its (cached) lemmas alone: a story of made-up
        // or foreign tokens would otherwise fill the synset caches with misses too.
        const QList<QByteArray> lemmas = lemmasLocked(word, pos);
        if (lemmas.isEmpty())
            return result;
        for (const QByteArray &lemma : lemmas) {
            const auto offsets = offsetsOf(lemma, pos);
            if (!offsets)
                continue;
            for (const long offset : *offsets) {
                const quint32 id = synsetId(pos, offset);
                if (!result.contains(id))
                    result.append(id);
            }
        }
        synsetCache.insert(key.copy(), result);
        return result;
    }

    // The synsets that a sense of the word itself (not its synonyms) points to as derivationally related
    // ("sign" -> "signature") or, for adverbs and adjectives, as the word it derives from
    // ("militarily" -> "military").
    QList<quint32> derivedLocked(const QByteArray &word, int pos) const
    {
        const CacheKey key(word, pos);
        const auto cached = derivedCache.constFind(key.view());
        if (cached != derivedCache.cend())
            return *cached;
        QList<quint32> result;
        const QList<QByteArray> lemmas = lemmasLocked(word, pos);
        if (lemmas.isEmpty())
            return result;
        for (const quint32 synset : synsetsLocked(word, pos)) {
            const auto s = synsetAt(synset);
            if (!s)
                continue;
            for (qsizetype w = 0; w < s->words.size(); ++w) {
                if (!lemmas.contains(s->words[w].toLower()))
                    continue;
                // Lexical pointers name their source word by its 1-based place in the synset.
                for (const WordNetFiles::Pointer &p : s->pointers) {
                    if ((p.type != DERIVATION && p.type != PERTPTR) || p.source != w + 1)
                        continue;
                    const quint32 id = synsetId(p.pos, p.offset);
                    if (!result.contains(id))
                        result.append(id);
                }
            }
        }
        derivedCache.insert(key.copy(), result);
        return result;
    }

    // The lexicographer file of a synset, -1 where it cannot be read: asked of every sense of every word a
    // hypernym walk starts from, and parsing the synset each time was most of the walk's cost.
    int lexFileLocked(quint32 synset) const
    {
        const auto cached = lexFileCache.constFind(synset);
        if (cached != lexFileCache.cend())
            return *cached;
        const auto s = synsetAt(synset);
        const int file = s ? s->lexFile : -1;
        lexFileCache.insert(synset, file);
        return file;
    }

    QList<Pointer> pointersLocked(quint32 synset) const
    {
        const auto cached = pointerCache.constFind(synset);
        if (cached != pointerCache.cend())
            return *cached;
        QList<Pointer> result;
        if (const auto s = synsetAt(synset))
            for (const WordNetFiles::Pointer &p : s->pointers)
                result.append({ p.type, synsetId(p.pos, p.offset) });
        pointerCache.insert(synset, result);
        return result;
    }
};

WordNet::WordNet()
    : d(std::make_unique<Private>())
{
    display_message = noPrint;
    d->available = wninit() == 0;
    if (d->available)
        d->mapFiles();
}

WordNet::~WordNet() = default;

const WordNet &WordNet::instance()
{
    static const WordNet wordNet;
    return wordNet;
}

bool WordNet::isAvailable() const
{
    return d->available;
}

QStringList WordNet::lemmas(QStringView word, Pos pos) const
{
    const QByteArray form = databaseForm(word);
    if (!d->available || form.isEmpty())
        return {};
    QMutexLocker locker(&d->lock);
    QStringList out;
    for (const QByteArray &lemma : d->lemmasLocked(form, wnPos(pos)))
        out.append(QString::fromLatin1(lemma).replace(u'_', u' '));
    return out;
}

QList<quint32> WordNet::synsets(QStringView word, Pos pos) const
{
    const QByteArray form = databaseForm(word);
    if (!d->available || form.isEmpty())
        return {};
    QMutexLocker locker(&d->lock);
    return d->synsetsLocked(form, wnPos(pos));
}

QList<quint32> WordNet::derivedSynsets(QStringView word, Pos pos) const
{
    const QByteArray form = databaseForm(word);
    if (!d->available || form.isEmpty())
        return {};
    QMutexLocker locker(&d->lock);
    return d->derivedLocked(form, wnPos(pos));
}

void WordNet::senses(QStringView word, QList<quint32> *own, QList<quint32> *derived) const
{
    const QByteArray form = databaseForm(word);
    if (!d->available || form.isEmpty())
        return;
    QMutexLocker locker(&d->lock);
    for (const Pos pos : allPos) {
        const QList<quint32> synsets = d->synsetsLocked(form, wnPos(pos));
        // Without a sense of its own, the word points to no derived sense either (derivedLocked reads
        // the word's own synsets): a name or a made-up word is looked up once per part of speech.
        if (synsets.isEmpty())
            continue;
        *own += synsets;
        *derived += d->derivedLocked(form, wnPos(pos));
    }
}

bool WordNet::areSynonyms(QStringView a, QStringView b) const
{
    const QByteArray formA = databaseForm(a), formB = databaseForm(b);
    if (!d->available || formA.isEmpty() || formB.isEmpty())
        return false;
    QMutexLocker locker(&d->lock);
    for (const Pos pos : allPos) {
        const QList<quint32> sa = d->synsetsLocked(formA, wnPos(pos));
        if (sa.isEmpty())
            continue;
        const QList<quint32> sb = d->synsetsLocked(formB, wnPos(pos));
        for (const quint32 id : sa) {
            if (sb.contains(id))
                return true;
        }
    }
    return false;
}

bool WordNet::areAntonyms(QStringView a, QStringView b) const
{
    const QByteArray formA = databaseForm(a), formB = databaseForm(b);
    if (!d->available || formA.isEmpty() || formB.isEmpty())
        return false;
    QMutexLocker locker(&d->lock);
    for (const Pos pos : allPos) {
        const QList<quint32> sa = d->synsetsLocked(formA, wnPos(pos));
        if (sa.isEmpty())
            continue;
        const QList<quint32> sb = d->synsetsLocked(formB, wnPos(pos));
        if (sb.isEmpty())
            continue;
        for (const quint32 id : sa) {
            for (const Pointer &p : d->pointersLocked(id)) {
                if (p.type == ANTPTR && sb.contains(p.target))
                    return true;
            }
        }
    }
    return false;
}

bool WordNet::areNeighbours(QStringView a, QStringView b) const
{
    const QByteArray formA = databaseForm(a), formB = databaseForm(b);
    if (!d->available || formA.isEmpty() || formB.isEmpty())
        return false;
    QMutexLocker locker(&d->lock);
    QSet<quint32> sensesB;
    for (const Pos pos : allPos)
        for (const quint32 id : d->synsetsLocked(formB, wnPos(pos)))
            sensesB.insert(id);
    if (sensesB.isEmpty())
        return false;
    for (const Pos pos : allPos) {
        for (const quint32 id : d->derivedLocked(formA, wnPos(pos)))
            if (sensesB.contains(id))
                return true;
        for (const quint32 id : d->synsetsLocked(formA, wnPos(pos)))
            for (const Pointer &p : d->pointersLocked(id))
                if ((p.type == SIMPTR || p.type == VERBGROUP) && sensesB.contains(p.target))
                    return true;
    }
    return false;
}

bool WordNet::areSisters(QStringView a, QStringView b, Pos pos) const
{
    const QByteArray formA = databaseForm(a), formB = databaseForm(b);
    if (!d->available || formA.isEmpty() || formB.isEmpty())
        return false;
    QMutexLocker locker(&d->lock);
    auto parents = [&](const QByteArray &form) {
        QSet<quint32> out;
        for (const quint32 id : d->synsetsLocked(form, wnPos(pos)))
            for (const Pointer &p : d->pointersLocked(id))
                if (p.type == HYPERPTR)
                    out.insert(p.target);
        return out;
    };
    return parents(formA).intersects(parents(formB));
}

bool WordNet::isHypernym(QStringView general, QStringView specific, int depth) const
{
    return hypernymWalk(general, specific, depth, false);
}

bool WordNet::isHypernymOfThing(QStringView general, QStringView specific, int depth) const
{
    return hypernymWalk(general, specific, depth, true);
}

bool WordNet::hypernymWalk(QStringView general, QStringView specific, int depth, bool thingsOnly) const
{
    const QByteArray formG = databaseForm(general), formS = databaseForm(specific);
    if (!d->available || formG.isEmpty() || formS.isEmpty() || depth < 1)
        return false;
    // The lexicographer files of things one can point at: animals, artifacts, body parts, foods, natural
    // objects, persons, plants, substances.
    static const QSet<int> thingFiles { 5, 6, 8, 13, 17, 18, 20, 27 };
    QMutexLocker locker(&d->lock);
    for (const Pos pos : { Pos::Noun, Pos::Verb }) {
        if (thingsOnly && pos != Pos::Noun)
            continue;
        const QList<quint32> targets = d->synsetsLocked(formG, wnPos(pos));
        if (targets.isEmpty())
            continue;
        QList<quint32> frontier = d->synsetsLocked(formS, wnPos(pos));
        if (thingsOnly)
            frontier.removeIf([&](quint32 id) { return !thingFiles.contains(d->lexFileLocked(id)); });
        QSet<quint32> seen(frontier.cbegin(), frontier.cend());
        for (int step = 0; step < depth && !frontier.isEmpty(); ++step) {
            QList<quint32> next;
            for (const quint32 id : std::as_const(frontier)) {
                for (const Pointer &p : d->pointersLocked(id)) {
                    if (p.type != HYPERPTR && p.type != INSTANCE)
                        continue;
                    if (targets.contains(p.target))
                        return true;
                    if (!seen.contains(p.target)) {
                        seen.insert(p.target);
                        next.append(p.target);
                    }
                }
            }
            frontier = std::move(next);
        }
    }
    return false;
}

} // namespace Parallax
