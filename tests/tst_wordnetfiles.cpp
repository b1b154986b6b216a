// SPDX-License-Identifier: GPL-3.0-or-later
// The WordNet files read in memory (WordNetFiles::Database) against the library they stand in for: index
// entries, base forms and synsets must be the library's. Every 41st entry of each file by default;
// PARALLAX_WORDNET_STRIDE=N checks every Nth (1: every index entry, about 5 minutes for the index and
// synsets and an hour for the base forms; set QTEST_FUNCTION_TIMEOUT).
#include "text/wordnetfiles_p.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <wn.h>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

int noPrint(char *)
{
    return 0;
}

// The first field of every line of a database file.
QList<QByteArray> keys(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.startsWith(' '))
            out.append(line.left(line.indexOf(' ')));
    }
    return out;
}

bool plainWord(const QByteArray &word)
{
    if (word.isEmpty())
        return false;
    for (const char c : word)
        if (c < 'a' || c > 'z')
            return false;
    return true;
}

} // namespace

class TestWordNetFiles : public QObject
{
    Q_OBJECT
private:
    WordNetFiles::Database m_files;
    QString m_dir;
    int m_stride = 1;
    const char *m_names[5] = { nullptr, "noun", "verb", "adj", "adv" };

    QList<QByteArray> libraryForms(const QByteArray &word, int pos)
    {
        QList<QByteArray> out;
        QByteArray buffer = word;
        for (char *form = morphstr(buffer.data(), pos); form; form = morphstr(nullptr, pos))
            out.append(QByteArray(form));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        display_message = noPrint;
        QVERIFY2(wninit() == 0, "WordNet database not found (Debian: wordnet-base)");
        m_dir = QFile::decodeName(SetSearchdir());
        QVERIFY(m_files.open(m_dir));
        m_stride = std::max(1, qEnvironmentVariableIntValue("PARALLAX_WORDNET_STRIDE"));
        if (!qEnvironmentVariableIsSet("PARALLAX_WORDNET_STRIDE"))
            m_stride = 41;
    }

    void indexEntriesAndSynsets()
    {
        int checked = 0, synsets = 0;
        for (int pos = NOUN; pos <= ADV; ++pos) {
            const QList<QByteArray> words = keys(m_dir + u"/index."_s + QLatin1StringView(m_names[pos]));
            QVERIFY(words.size() > 1000);
            for (qsizetype i = 0; i < words.size(); i += m_stride) {
                QByteArray buffer = words[i];
                IndexPtr index = index_lookup(buffer.data(), pos);
                const auto offsets = m_files.offsets(words[i], pos);
                QVERIFY2(bool(index) == bool(offsets), words[i].constData());
                QList<long> expected;
                for (int k = 0; index && k < index->off_cnt; ++k)
                    expected.append(long(index->offset[k]));
                if (index)
                    free_index(index);
                QCOMPARE(*offsets, expected);
                ++checked;
                // Each entry's synsets in turn: words and pointers as read_synset gives them.
                for (const long offset : std::as_const(expected)) {
                    if ((synsets++ % 7) != 0)
                        continue;
                    SynsetPtr s = read_synset(pos, offset, nullptr);
                    const auto mine = m_files.synset(pos, offset);
                    QVERIFY(s && mine);
                    QCOMPARE(mine->words.size(), qsizetype(s->wcount));
                    for (int w = 0; w < s->wcount; ++w)
                        QCOMPARE(mine->words[w], QByteArray(s->words[w]));
                    QCOMPARE(mine->pointers.size(), qsizetype(s->ptrcount));
                    for (int p = 0; p < s->ptrcount; ++p) {
                        const WordNetFiles::Pointer &ptr = mine->pointers[p];
                        QCOMPARE(ptr.type, s->ptrtyp[p]);
                        QCOMPARE(ptr.pos, s->ppos[p]);
                        QCOMPARE(ptr.offset, long(s->ptroff[p]));
                        QCOMPARE(ptr.source, s->pfrm[p]);
                    }
                    free_synset(s);
                }
            }
            // Words the index lacks, before its first entry, after its last and between two.
            for (const QByteArray &absent : { QByteArray("aaaaaaab"), QByteArray("zzzzzzzzz"),
                     QByteArray(words[words.size() / 2] + "qx"), QByteArray("0a0"), QByteArray("_") })
                QVERIFY(!m_files.offsets(absent, pos));
        }
        QVERIFY(checked > 3000);
        QVERIFY(!m_files.synset(NOUN, 0)); // the licence text, not a synset
    }

    // Every first field of every index and exception file is found (the search starts from the range of
    // its three-letter prefix), with its own line; words next to them that the files lack are not, nor are
    // the fields' neighbours across prefixes ("zz" after a key's first letters, a key cut short).
    void everyKeyFound()
    {
        for (int pos = NOUN; pos <= ADV; ++pos) {
            const QString name = QLatin1StringView(m_names[pos]);
            const std::pair<const WordNetFiles::SortedLines *, QString> files[]
                = { { &m_files.index(pos), m_dir + u"/index."_s + name },
                      { &m_files.exceptions(pos), m_dir + u'/' + name + u".exc"_s } };
            for (const auto &[lines, path] : files) {
                const QList<QByteArray> words = keys(path);
                QVERIFY(!words.isEmpty());
                QVERIFY2(lines->hasPrefixRanges(), qPrintable(path));
                const QSet<QByteArray> all(words.cbegin(), words.cend());
                for (const QByteArray &w : words) {
                    const QByteArrayView line = lines->find(w);
                    QVERIFY2(line.startsWith(w) && (line.size() == w.size() || line[w.size()] == ' '),
                        w.constData());
                    for (const QByteArray &near :
                        { QByteArray(w + "zz"), QByteArray(w.left(2) + "{"),
                            QByteArray(w.chopped(std::min<qsizetype>(1, w.size()))), QByteArray(w + "\x80") })
                        QVERIFY2(
                            near.isEmpty() || lines->contains(near) == all.contains(near), near.constData());
                }
            }
        }
    }

    // morphstr's base forms of index words, their inflections as the rules and the exception lists make
    // them, and words of neither, in every part of speech.
    void baseForms()
    {
        QList<QByteArray> words;
        for (int pos = NOUN; pos <= ADV; ++pos) {
            const QString name = QLatin1StringView(m_names[pos]);
            const QList<QByteArray> index = keys(m_dir + u"/index."_s + name);
            for (qsizetype i = 0; i < index.size(); i += m_stride) {
                const QByteArray &w = index[i];
                words << w << w + "s" << w + "es" << w + "ed" << w + "ing" << w + "er" << w + "est"
                      << w.chopped(std::min<qsizetype>(1, w.size())) + "ies" << w + "ful" << w + "ss";
            }
            const QList<QByteArray> exceptions = keys(m_dir + u'/' + name + u".exc"_s);
            for (qsizetype i = 0; i < exceptions.size(); i += std::max(1, m_stride / 8))
                words << exceptions[i];
        }
        words << "a" << "is" << "ss" << "glass" << "men" << "women" << "qqqqs" << "went" << "better";
        int compared = 0;
        QSet<QByteArray> leftToLibrary;
        for (const QByteArray &word : std::as_const(words)) {
            if (word.size() >= WORDBUF)
                continue;
            for (int pos = NOUN; pos <= ADV; ++pos) {
                const auto mine = m_files.baseForms(word, pos);
                if (!mine) {
                    if (plainWord(word) && !word.endsWith("ful"))
                        leftToLibrary.insert(word);
                    continue;
                }
                const QList<QByteArray> expected = libraryForms(word, pos);
                if (*mine != expected)
                    QFAIL(qPrintable(
                        u"%1 (%2): %3 instead of %4"_s.arg(QString::fromLatin1(word), QString::number(pos),
                            QString::fromLatin1(mine->join(',')), QString::fromLatin1(expected.join(',')))));
                ++compared;
            }
        }
        QVERIFY(compared > 20000);
        // Of the plain words, only the few with two exception lines go to the library.
        QVERIFY2(leftToLibrary.size() <= 5, qPrintable(QString::number(leftToLibrary.size())));
        QVERIFY(!m_files.baseForms("aurar", NOUN));
        QCOMPARE(m_files.baseForms("went", VERB), QList<QByteArray> { "go" });
    }
};

QTEST_GUILESS_MAIN(TestWordNetFiles)
#include "tst_wordnetfiles.moc"
