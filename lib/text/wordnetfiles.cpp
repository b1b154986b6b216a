// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordnetfiles_p.h"

#include <wn.h>

#include <QVarLengthArray>

#include <cstdlib>
#include <cstring>
#include <limits>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Parallax::WordNetFiles {

namespace {

// morphword's detachment rules (morph.c): a suffix and what replaces it, per part of speech in order.
struct Rule
{
    const char *suffix;
    const char *ending;
};
constexpr Rule nounRules[] = { { "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" }, { "ches", "ch" },
    { "shes", "sh" }, { "men", "man" }, { "ies", "y" } };
constexpr Rule verbRules[] = { { "s", "" }, { "ies", "y" }, { "es", "e" }, { "es", "" }, { "ed", "e" },
    { "ed", "" }, { "ing", "e" }, { "ing", "" } };
constexpr Rule adjectiveRules[] = { { "er", "" }, { "est", "" }, { "er", "e" }, { "est", "e" } };

// The fields of a line, split at single spaces as the library's strtok does at runs of them.
using Fields = QVarLengthArray<QByteArrayView, 64>;

Fields fields(QByteArrayView line)
{
    Fields out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] != ' ')
            continue;
        if (i > start)
            out.append(line.sliced(start, i - start));
        start = i + 1;
    }
    return out;
}

long toLong(QByteArrayView field, int base = 10)
{
    bool ok = false;
    const long value = field.toLong(&ok, base);
    return ok ? value : 0;
}

int partOfSpeech(QByteArrayView field)
{
    switch (field.isEmpty() ? 0 : field.front()) {
    case 'n':
        return NOUN;
    case 'v':
        return VERB;
    case 'a':
        return ADJ;
    case 's':
        return SATELLITE;
    case 'r':
        return ADV;
    }
    return 0;
}

// The bucket of a first field by its first three bytes, each as the end of the field (0), a byte below
// 'a' (1), a letter a-z (2-27) or a byte above 'z' (28); after a byte that is not a letter the field's
// bucket is that of its first bytes alone ("1st" and "2nd" share one). Buckets then ascend with the
// fields in byte order, so the lines of one bucket are one range of the sorted file; indexPrefixes checks
// that the file is so ordered before it relies on it.
constexpr int PrefixBase = 29;
constexpr int PrefixBuckets = PrefixBase * PrefixBase * PrefixBase;

int prefixBucket(QByteArrayView key)
{
    int bucket = 0;
    bool letters = true;
    for (qsizetype i = 0; i < 3; ++i) {
        const auto c = static_cast<unsigned char>(letters && i < key.size() ? key[i] : ' ');
        const int cls = c == ' ' ? 0 : c < 'a' ? 1 : c <= 'z' ? c - 'a' + 2 : 28;
        letters = letters && cls >= 2 && cls <= 27;
        bucket = bucket * PrefixBase + cls;
    }
    return bucket;
}

} // namespace

bool SortedLines::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly) || m_file.size() == 0)
        return false;
    m_size = m_file.size();
    m_data = reinterpret_cast<const char *>(m_file.map(0, m_size));
    return m_data != nullptr;
}

// Made at the first search, not when the files are opened: a process that asks WordNet nothing does not
// read the files through (3-4 ms for the four indexes).
void SortedLines::indexPrefixes() const
{
    if (m_size >= std::numeric_limits<quint32>::max())
        return;
    std::vector<std::pair<quint32, quint32>> prefixes(PrefixBuckets, { 0, 0 });
    int previous = -1;
    for (qint64 start = 0; start < m_size;) {
        qint64 end = start;
        while (end < m_size && end < start + 3 && m_data[end] != ' ' && m_data[end] != '\n')
            ++end;
        const int bucket = prefixBucket(QByteArrayView(m_data + start, end - start));
        if (bucket < previous)
            return; // not grouped by prefix: bisect the whole file
        const auto *newline = static_cast<const char *>(memchr(m_data + end, '\n', size_t(m_size - end)));
        const qint64 next = newline ? newline - m_data + 1 : m_size;
        if (bucket != previous)
            prefixes[size_t(bucket)].first = quint32(start);
        prefixes[size_t(bucket)].second = quint32(next);
        previous = bucket;
        start = next;
    }
    m_prefixes = std::move(prefixes);
}

QByteArrayView SortedLines::find(QByteArrayView word) const
{
    qint64 lo = 0, hi = m_size; // lo is a line start; the lines in [lo, hi) are left to search
    if (m_data)
        std::call_once(m_prefixesMade, [this] { indexPrefixes(); });
    if (!m_prefixes.empty()) {
        const auto &[first, last] = m_prefixes[size_t(prefixBucket(word))];
        lo = first;
        hi = last;
    }
    // The ends of lines are found with memrchr and memchr: the same probes as a loop over the characters,
    // a look-up of a word the files lack (most of a story's names) reads about a line at each of them.
    while (lo < hi) {
        qint64 start = lo + (hi - lo) / 2;
        if (start > lo) {
            const auto *newline = static_cast<const char *>(memrchr(m_data + lo, '\n', size_t(start - lo)));
            start = newline ? newline - m_data + 1 : lo;
        }
        qint64 end = start;
        while (end < m_size && m_data[end] != ' ' && m_data[end] != '\n')
            ++end;
        const int order = QByteArrayView(m_data + start, end - start).compare(word);
        if (end < m_size && m_data[end] != '\n') {
            const auto *newline = static_cast<const char *>(memchr(m_data + end, '\n', size_t(m_size - end)));
            end = newline ? newline - m_data : m_size;
        }
        if (order == 0)
            return QByteArrayView(m_data + start, end - start);
        if (order > 0)
            hi = start;
        else
            lo = end + 1;
    }
    return {};
}

QList<QByteArray> SortedLines::repeatedKeys() const
{
    QList<QByteArray> out;
    QByteArrayView previous;
    for (qint64 start = 0; start < m_size;) {
        qint64 end = start;
        while (end < m_size && m_data[end] != ' ' && m_data[end] != '\n')
            ++end;
        const QByteArrayView key(m_data + start, end - start);
        if (!key.isEmpty() && key == previous && (out.isEmpty() || out.back() != key))
            out.append(key.toByteArray());
        previous = key;
        while (end < m_size && m_data[end] != '\n')
            ++end;
        start = end + 1;
    }
    return out;
}

bool Database::open(const QString &dir)
{
    const char *names[] = { nullptr, "noun", "verb", "adj", "adv" };
    m_open = true;
    for (int pos = NOUN; pos <= ADV; ++pos) {
        const QString name = QLatin1StringView(names[pos]);
        m_open &= m_index[pos].open(dir + u"/index."_s + name);
        m_open &= m_exceptions[pos].open(dir + u'/' + name + u".exc"_s);
        m_repeatedExceptions[pos] = m_exceptions[pos].repeatedKeys();
        // The data files are read a line at a time: mapped, every synset read would stay in the
        // process's resident memory (up to their 22 MB).
        QFile &data = m_dataFiles[pos];
        data.setFileName(dir + u"/data."_s + name);
        m_open &= data.open(QIODevice::ReadOnly | QIODevice::Unbuffered) && data.handle() >= 0;
        m_dataSizes[pos] = data.size();
    }
    return m_open;
}

std::optional<QList<long>> Database::offsets(QByteArrayView lemma, int pos) const
{
    const QByteArrayView line = m_index[pos].find(lemma);
    if (!line.data())
        return std::nullopt;
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...; parse_index takes
    // the count of offsets from sense_cnt.
    const Fields f = fields(line);
    QList<long> out;
    const qsizetype pointers = f.size() > 3 ? toLong(f[3]) : 0;
    const qsizetype countAt = 4 + pointers;
    if (countAt + 1 >= f.size())
        return out;
    const long count = toLong(f[countAt]);
    for (qsizetype i = countAt + 2; i < f.size() && i < countAt + 2 + count; ++i)
        out.append(toLong(f[i]));
    return out;
}

QByteArray Database::ruleBase(const QByteArray &word, int pos) const
{
    QList<Rule> rules;
    if (pos == NOUN)
        rules = QList<Rule>(std::begin(nounRules), std::end(nounRules));
    else if (pos == VERB)
        rules = QList<Rule>(std::begin(verbRules), std::end(verbRules));
    else if (pos == ADJ)
        rules = QList<Rule>(std::begin(adjectiveRules), std::end(adjectiveRules));
    for (const Rule &rule : std::as_const(rules)) {
        const qsizetype length = qstrlen(rule.suffix);
        if (word.size() <= length || !word.endsWith(rule.suffix))
            continue;
        const QByteArray base = word.first(word.size() - length) + rule.ending;
        if (base != word && m_index[pos].contains(base))
            return base;
    }
    return {};
}

std::optional<QList<QByteArray>> Database::baseForms(const QByteArray &word, int pos) const
{
    if (word.isEmpty() || word.endsWith("ful") || m_repeatedExceptions[pos].contains(word))
        return std::nullopt;
    for (const char c : word)
        if (c < 'a' || c > 'z')
            return std::nullopt;
    // morphstr for one word: the exception list's base forms unless the first is the word itself, else
    // the first detachment rule that gives a word of the index (nouns in "ss" and words of two letters
    // keep theirs, adverbs have only exceptions).
    const QByteArrayView exception = m_exceptions[pos].find(word);
    if (exception.data()) {
        QList<QByteArray> out;
        const Fields f = fields(exception);
        for (qsizetype i = 1; i < f.size(); ++i)
            out.append(f[i].toByteArray());
        if (out.isEmpty() || out.front() == word)
            return QList<QByteArray>();
        return out;
    }
    if (pos == ADV || (pos == NOUN && (word.size() <= 2 || (word.size() > 2 && word.endsWith("ss")))))
        return QList<QByteArray>();
    const QByteArray base = ruleBase(word, pos);
    return base.isEmpty() ? QList<QByteArray>() : QList<QByteArray> { base };
}

std::optional<Synset> Database::synset(int pos, long offset) const
{
    if (pos == SATELLITE)
        pos = ADJ;
    const QFile &data = m_dataFiles[pos];
    if (offset < 0 || offset >= m_dataSizes[pos])
        return std::nullopt;
    QByteArray line;
    char buffer[1024];
    for (off_t at = offset;;) {
        const ssize_t n = ::pread(data.handle(), buffer, sizeof buffer, at);
        if (n <= 0)
            break;
        const QByteArrayView read(buffer, n);
        const qsizetype end = read.indexOf('\n');
        line += end < 0 ? read : read.first(end);
        if (end >= 0)
            break;
        at += n;
    }
    // offset lex_filenum ss_type w_cnt [word lex_id]... p_cnt [ptr_symbol offset pos source/target]...
    const Fields f = fields(line);
    if (f.size() < 4 || toLong(f[0]) != offset)
        return std::nullopt;
    Synset out;
    out.lexFile = int(toLong(f[1]));
    const long words = toLong(f[3], 16);
    qsizetype i = 4;
    for (long w = 0; w < words && i < f.size(); ++w, i += 2)
        out.words.append(f[i].toByteArray());
    const long pointers = i < f.size() ? toLong(f[i]) : 0;
    ++i;
    for (long p = 0; p < pointers && i + 3 < f.size(); ++p, i += 4) {
        QByteArray symbol = f[i].toByteArray();
        out.pointers.append({ getptrtype(symbol.data()), partOfSpeech(f[i + 2]), toLong(f[i + 1]),
            int(toLong(f[i + 3].first(std::min<qsizetype>(2, f[i + 3].size())), 16)) });
    }
    return out;
}

} // namespace Parallax::WordNetFiles
