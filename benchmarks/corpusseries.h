// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Revision series of real text for the scaling benchmark (issue 15): the corpus's articles
// (`../shared/corpus/wire-copies` and `seeds`, never copied into the project) are read at run time, a
// long article and a short story are put together from their paragraphs, and each is revised again and
// again by the edits an editor makes (a word changed, dropped or swapped, a number updated, a sentence
// added from another outlet's copy, a sentence cut, a passage moved). The files go to a folder under
// /tmp that the caller removes. Deterministic for a given corpus and seed.

#include "syntheticarticle.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace Parallax::Bench {

using namespace Qt::StringLiterals;

class CorpusSeries
{
public:
    // Reads the paragraphs of every article file under the corpus's wire copies and seeds. Empty when
    // the corpus is absent.
    explicit CorpusSeries(const QString &corpus)
    {
        QStringList files;
        const QDir wire(corpus + u"/wire-copies"_s);
        for (const QString &story : wire.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(wire.filePath(story));
            const QStringList names = dir.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name);
            for (qsizetype i = 0; i < names.size(); ++i)
                (i == 0 ? m_firstCopies : m_otherCopies).append(dir.filePath(names.at(i)));
        }
        const QDir seeds(corpus + u"/seeds"_s);
        for (const QString &name : seeds.entryList({ u"*.txt"_s }, QDir::Files, QDir::Name))
            m_firstCopies.append(seeds.filePath(name));
        for (const QString &file : std::as_const(m_otherCopies))
            for (const QStringList &paragraph : paragraphs(file))
                for (const QString &sentence : paragraph)
                    m_pool.append(sentence);
    }

    bool isEmpty() const { return m_firstCopies.isEmpty() || m_pool.isEmpty(); }

    // An article of about `sentences` sentences: whole paragraphs of the first copy of each story in turn.
    QList<QStringList> article(int sentences) const
    {
        QList<QStringList> out;
        int count = 0;
        for (const QString &file : m_firstCopies) {
            for (const QStringList &paragraph : paragraphs(file)) {
                out.append(paragraph);
                count += int(paragraph.size());
                if (count >= sentences)
                    return out;
            }
        }
        return out;
    }

    // Writes `versions` files (`rev-000.txt`, ...) into folder: the article, then each revision of the one
    // before, editing `percent` of its sentences (at least one edit).
    bool writeSeries(
        QList<QStringList> text, int versions, int percent, std::uint64_t seed, const QString &folder) const
    {
        QDir().mkpath(folder);
        Random rng(seed);
        for (int r = 0; r < versions; ++r) {
            if (r > 0)
                revise(text, percent, rng);
            QFile f(QDir(folder).filePath(u"rev-%1.txt"_s.arg(r, 3, 10, QLatin1Char('0'))));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            QStringList blocks;
            for (const QStringList &paragraph : std::as_const(text))
                if (!paragraph.isEmpty())
                    blocks.append(paragraph.join(u' '));
            f.write(blocks.join(u"\n\n"_s).toUtf8() + '\n');
        }
        return true;
    }

private:
    // A file's paragraphs (blank-line separated), each cut into sentences where a full stop, question or
    // exclamation mark (and a closing quotation mark) is followed by a capital or an opening quote.
    static QList<QStringList> paragraphs(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression blank(u"\\n\\s*\\n"_s);
        static const QRegularExpression boundary(u"(?<=[.!?][\"\u201d\u2019]?)\\s+(?=[\"\u201cA-Z])"_s);
        QList<QStringList> out;
        for (const QString &block : QString::fromUtf8(f.readAll()).split(blank, Qt::SkipEmptyParts)) {
            const QString simplified = block.simplified();
            if (simplified.size() < 2)
                continue;
            out.append(simplified.split(boundary, Qt::SkipEmptyParts));
        }
        return out;
    }

    void revise(QList<QStringList> &text, int percent, Random &rng) const
    {
        int total = 0;
        for (const QStringList &p : std::as_const(text))
            total += int(p.size());
        const int edits = std::max(1, total * percent / 100);
        for (int e = 0; e < edits; ++e) {
            const int kind = rng.below(100);
            if (kind < 62)
                editWords(text, rng);
            else if (kind < 74)
                addSentence(text, rng);
            else if (kind < 84)
                cutSentence(text, rng);
            else if (kind < 92)
                movePassage(text, rng);
            else
                updateNumber(text, rng);
        }
    }

    // A random sentence: its paragraph and place.
    static std::pair<int, int> pick(const QList<QStringList> &text, Random &rng)
    {
        for (int tries = 0; tries < 20; ++tries) {
            const int p = rng.below(int(text.size()));
            if (!text.at(p).isEmpty())
                return { p, rng.below(int(text.at(p).size())) };
        }
        return { 0, 0 };
    }

    // A word replaced by a word of another outlet's copy, dropped, or swapped with its neighbour.
    void editWords(QList<QStringList> &text, Random &rng) const
    {
        const auto [p, s] = pick(text, rng);
        if (text.at(p).isEmpty())
            return;
        QStringList words = text.at(p).at(s).split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 4)
            return;
        const int w = rng.between(1, int(words.size()) - 2);
        const int how = rng.below(3);
        if (how == 0) {
            const QStringList donor
                = m_pool.at(rng.below(int(m_pool.size()))).split(u' ', Qt::SkipEmptyParts);
            if (!donor.isEmpty())
                words[w] = donor.at(rng.below(int(donor.size())));
        } else if (how == 1) {
            words.removeAt(w);
        } else {
            words.swapItemsAt(w, w + 1);
        }
        text[p][s] = words.join(u' ');
    }

    void addSentence(QList<QStringList> &text, Random &rng) const
    {
        const auto [p, s] = pick(text, rng);
        text[p].insert(s, m_pool.at(rng.below(int(m_pool.size()))));
    }

    static void cutSentence(QList<QStringList> &text, Random &rng)
    {
        const auto [p, s] = pick(text, rng);
        if (!text.at(p).isEmpty())
            text[p].removeAt(s);
    }

    // One to three paragraphs taken out and put back elsewhere.
    static void movePassage(QList<QStringList> &text, Random &rng)
    {
        const int n = int(text.size());
        if (n < 6)
            return;
        const int count = rng.between(1, 3);
        const int from = rng.below(n - count);
        QList<QStringList> passage = text.mid(from, count);
        text.remove(from, count);
        const int to = rng.below(int(text.size()) + 1);
        for (int k = 0; k < count; ++k)
            text.insert(to + k, passage.at(k));
    }

    // The first number of a sentence changed, as a developing story updates its figures.
    static void updateNumber(QList<QStringList> &text, Random &rng)
    {
        static const QRegularExpression number(u"\\b\\d+\\b"_s);
        for (int tries = 0; tries < 10; ++tries) {
            const auto [p, s] = pick(text, rng);
            if (text.at(p).isEmpty())
                return;
            const QRegularExpressionMatch m = number.match(text.at(p).at(s));
            if (!m.hasMatch())
                continue;
            text[p][s].replace(m.capturedStart(), m.capturedLength(),
                QString::number(m.captured().toLongLong() + rng.between(1, 9)));
            return;
        }
    }

    QStringList m_firstCopies, m_otherCopies;
    QStringList m_pool; // sentences of the other copies, for added sentences and replaced words
};

} // namespace Parallax::Bench
