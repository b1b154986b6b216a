// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>

#include <array>
#include <mutex>
#include <optional>
#include <vector>

namespace Parallax::WordNetFiles {

// A sorted WordNet file (index.POS, POS.exc) mapped into memory, searched by the first field of its lines.
// The library's own look-up seeks and reads the file at every step of its binary search.
class SortedLines
{
public:
    bool open(const QString &path);
    bool isOpen() const { return m_data != nullptr; }
    // The line whose first field is `word`, without its end of line; a null view when there is none.
    QByteArrayView find(QByteArrayView word) const;
    bool contains(QByteArrayView word) const { return find(word).data() != nullptr; }
    // True when searches start from the range of the word's prefix (the file's lines are grouped by it).
    bool hasPrefixRanges() const
    {
        find("a");
        return !m_prefixes.empty();
    }
    // First fields found on more than one line: the library's search may stop at any of them.
    QList<QByteArray> repeatedKeys() const;

private:
    void indexPrefixes() const;

    QFile m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    // Per three-letter prefix of the first field (prefixBucket), the byte range [start, end) of its lines:
    // a search then probes a few hundred bytes instead of bisecting the whole file, whose probes each miss
    // the processor's caches (a story of 137,000 distinct words asked for half a million look-ups). Empty
    // where the file's lines are not grouped by prefix, and the search bisects the whole file.
    mutable std::vector<std::pair<quint32, quint32>> m_prefixes;
    mutable std::once_flag m_prefixesMade;
};

// What the library's read_synset gives of a synset that the comparison uses.
struct Pointer
{
    int type; // the library's pointer type (ANTPTR, HYPERPTR, ...)
    int pos; // NOUN .. ADV, or SATELLITE
    long offset;
    int source; // 1-based place of the source word in the synset, 0 for the whole synset
};

struct Synset
{
    QList<QByteArray> words; // as written in the data file (case and adjective markers kept)
    QList<Pointer> pointers;
    int lexFile = -1; // the lexicographer file (noun.person is 18), -1 when unknown
};

// The database files read in memory with the library's rules, so that the answers are the library's. A
// word's first look-up through the library cost about 0.3 ms (its binary searches seek and read the
// files, and every synset it reads looks up each of its words in the index again), most of a first
// comparison's time.
class Database
{
public:
    // Maps the index, data and exception files of the four parts of speech in `dir`.
    bool open(const QString &dir);
    // False where a file could not be mapped: the library then answers everything.
    bool isOpen() const { return m_open; }

    const SortedLines &index(int pos) const { return m_index[pos]; }
    const SortedLines &exceptions(int pos) const { return m_exceptions[pos]; }

    // The synset offsets of the index entry of `lemma`, as index_lookup gives them; nullopt when the index
    // has no such entry.
    std::optional<QList<long>> offsets(QByteArrayView lemma, int pos) const;
    // The base forms morphstr hands out for a word one by one, in its order; nullopt where the word is
    // not made of lower-case letters a-z alone, ends in "ful" (collocations, hyphens, periods and the
    // "-ful" rule are left to the library) or has two lines in the exception list (which the library's
    // search finds depends on where its bisection falls).
    std::optional<QList<QByteArray>> baseForms(const QByteArray &word, int pos) const;
    // The synset at `offset` of the part of speech's data file; nullopt when no synset starts there.
    std::optional<Synset> synset(int pos, long offset) const;

private:
    QByteArray ruleBase(const QByteArray &word, int pos) const;

    bool m_open = false;
    std::array<SortedLines, 5> m_index, m_exceptions;
    std::array<QList<QByteArray>, 5> m_repeatedExceptions;
    std::array<QFile, 5> m_dataFiles;
    std::array<qint64, 5> m_dataSizes = {};
};

} // namespace Parallax::WordNetFiles
