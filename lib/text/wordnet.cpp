// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordnet.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>

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

// A sorted WordNet file (index.POS, POS.exc) mapped into memory: whether some line's first field is a
// word. The library's own look-up seeks and reads the file at every step of its binary search, hundreds of
// system calls per word with its base forms; a text of thousands of words WordNet does not know (names,
// codes, an attacker's random words) spent seconds there. This answers "surely not there" in memory.
class SortedLines
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly) || m_file.size() == 0)
            return false;
        m_size = m_file.size();
        m_data = reinterpret_cast<const char *>(m_file.map(0, m_size));
        return m_data != nullptr;
    }
    bool isOpen() const { return m_data != nullptr; }

    bool contains(QByteArrayView word) const
    {
        qint64 lo = 0, hi = m_size; // lo is a line start; the lines in [lo, hi) are left to search
        while (lo < hi) {
            qint64 start = lo + (hi - lo) / 2;
            while (start > lo && m_data[start - 1] != '\n')
                --start;
            qint64 end = start;
            while (end < m_size && m_data[end] != ' ' && m_data[end] != '\n')
                ++end;
            const int order = QByteArrayView(m_data + start, end - start).compare(word);
            if (order == 0)
                return true;
            if (order > 0) {
                hi = start;
                continue;
            }
            while (end < m_size && m_data[end] != '\n')
                ++end;
            lo = end + 1;
        }
        return false;
    }

private:
    QFile m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
};

// The endings WordNet's morphology (morph.c) takes off a word and what it puts back, for nouns, verbs and
// adjectives together: a base form it can find is one of these, or in the exception list.
constexpr const char *morphEndings[]
    = { "s", "ses", "xes", "zes", "ches", "shes", "men", "ies", "es", "ed", "ing", "er", "est" };
constexpr const char *morphReplacements[] = { "", "s", "x", "z", "ch", "sh", "man", "y", "e" };

} // namespace

class WordNet::Private
{
public:
    mutable QMutex lock;
    bool available = false;
    // Caches, filled under the lock.
    mutable QHash<QByteArray, QList<QByteArray>> lemmaCache; // key: pos char + word
    mutable QHash<QByteArray, QList<quint32>> synsetCache;
    mutable QHash<quint32, QList<Pointer>> pointerCache;
    mutable QHash<QByteArray, QList<quint32>> derivedCache;
    // Per part of speech (indexed by the library's NOUN..ADV), its index and exception list in memory.
    std::array<SortedLines, NUMPARTS + 1> indexFiles, exceptionFiles;

    void mapFiles()
    {
        const QString dir = QFile::decodeName(SetSearchdir());
        const char *names[] = { nullptr, "noun", "verb", "adj", "adv" };
        for (int pos = NOUN; pos <= ADV; ++pos) {
            indexFiles[pos].open(dir + u"/index."_s + QLatin1StringView(names[pos]));
            exceptionFiles[pos].open(dir + u"/"_s + QLatin1StringView(names[pos]) + u".exc"_s);
        }
    }

    // False only where WordNet surely has no base form of the word: not in the index, not an exception,
    // and no ending its morphology takes off gives a word of the index. A collocation, a word ending in
    // "ful" (which the morphology treats apart) or a missing file leaves it to the library.
    bool mayHaveLemma(const QByteArray &word, int pos) const
    {
        if (!indexFiles[pos].isOpen() || !exceptionFiles[pos].isOpen() || word.contains('_')
            || word.contains('-') || word.endsWith("ful"))
            return true;
        if (indexFiles[pos].contains(word) || exceptionFiles[pos].contains(word))
            return true;
        for (const char *ending : morphEndings) {
            if (!word.endsWith(ending))
                continue;
            const QByteArrayView stem = QByteArrayView(word).chopped(qsizetype(qstrlen(ending)));
            for (const char *replacement : morphReplacements) {
                if (indexFiles[pos].contains(QByteArray(stem.toByteArray() + replacement)))
                    return true;
            }
        }
        return false;
    }

    QList<QByteArray> lemmasLocked(const QByteArray &word, int pos) const
    {
        const QByteArray key = char('0' + pos) + word;
        const auto cached = lemmaCache.constFind(key);
        if (cached != lemmaCache.cend())
            return *cached;
        QList<QByteArray> result;
        if (!mayHaveLemma(word, pos)) {
            lemmaCache.insert(key, result);
            return result;
        }
        QByteArray buffer = word;
        if (IndexPtr index = index_lookup(buffer.data(), pos)) {
            result.append(word);
            free_index(index);
        }
        // morphstr hands out base forms one by one from a static buffer: the first call with the word,
        // the next ones with null.
        buffer = word;
        for (char *form = morphstr(buffer.data(), pos); form; form = morphstr(nullptr, pos)) {
            const QByteArray lemma(form);
            if (!result.contains(lemma))
                result.append(lemma);
        }
        lemmaCache.insert(key, result);
        return result;
    }

    QList<quint32> synsetsLocked(const QByteArray &word, int pos) const
    {
        const QByteArray key = char('0' + pos) + word;
        const auto cached = synsetCache.constFind(key);
        if (cached != synsetCache.cend())
            return *cached;
        QList<quint32> result;
        for (const QByteArray &lemma : lemmasLocked(word, pos)) {
            QByteArray buffer = lemma;
            IndexPtr index = index_lookup(buffer.data(), pos);
            if (!index)
                continue;
            for (int i = 0; i < index->off_cnt; ++i) {
                const quint32 id = synsetId(pos, long(index->offset[i]));
                if (!result.contains(id))
                    result.append(id);
            }
            free_index(index);
        }
        synsetCache.insert(key, result);
        return result;
    }

    // The synsets that a sense of the word itself (not its synonyms) points to as derivationally related
    // ("sign" -> "signature") or, for adverbs and adjectives, as the word it derives from
    // ("militarily" -> "military").
    QList<quint32> derivedLocked(const QByteArray &word, int pos) const
    {
        const QByteArray key = char('0' + pos) + word;
        const auto cached = derivedCache.constFind(key);
        if (cached != derivedCache.cend())
            return *cached;
        QList<quint32> result;
        const QList<QByteArray> lemmas = lemmasLocked(word, pos);
        for (const quint32 synset : synsetsLocked(word, pos)) {
            SynsetPtr s = read_synset(int(synset >> 28), long(synset & 0x0fffffff), nullptr);
            if (!s)
                continue;
            for (int w = 0; w < s->wcount; ++w) {
                const QByteArray member = QByteArray(s->words[w]).toLower();
                if (!lemmas.contains(member))
                    continue;
                // Lexical pointers name their source word by its 1-based place in the synset.
                for (int i = 0; i < s->ptrcount; ++i) {
                    if ((s->ptrtyp[i] != DERIVATION && s->ptrtyp[i] != PERTPTR) || s->pfrm[i] != w + 1)
                        continue;
                    const quint32 id = synsetId(s->ppos[i], s->ptroff[i]);
                    if (!result.contains(id))
                        result.append(id);
                }
            }
            free_synset(s);
        }
        derivedCache.insert(key, result);
        return result;
    }

    QList<Pointer> pointersLocked(quint32 synset) const
    {
        const auto cached = pointerCache.constFind(synset);
        if (cached != pointerCache.cend())
            return *cached;
        QList<Pointer> result;
        const int pos = int(synset >> 28);
        const long offset = long(synset & 0x0fffffff);
        if (SynsetPtr s = read_synset(pos, offset, nullptr)) {
            for (int i = 0; i < s->ptrcount; ++i)
                result.append({ s->ptrtyp[i], synsetId(s->ppos[i], s->ptroff[i]) });
            free_synset(s);
        }
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
    const QByteArray formG = databaseForm(general), formS = databaseForm(specific);
    if (!d->available || formG.isEmpty() || formS.isEmpty() || depth < 1)
        return false;
    QMutexLocker locker(&d->lock);
    for (const Pos pos : { Pos::Noun, Pos::Verb }) {
        const QList<quint32> targets = d->synsetsLocked(formG, wnPos(pos));
        if (targets.isEmpty())
            continue;
        QList<quint32> frontier = d->synsetsLocked(formS, wnPos(pos));
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
