// SPDX-License-Identifier: GPL-3.0-or-later
// Names, organisations and roles mentioned in a version, and which person a pronoun or role refers to.
#include "quotes/quoteextraction_p.h"

#include "quotes/speakerwords_p.h"
#include "text/charclasses.h"
#include "text/wordlists.h"

#include <algorithm>

namespace Parallax::Internal {
namespace {

const quint64 KeyOf = foldedWordKey(u"of");

} // namespace

bool QuoteExtraction::isPossessive(int i) const
{
    const QStringView w = tokText(i);
    if (w.size() > 2 && CharClasses::isApostrophe(w.at(w.size() - 2))
        && (w.back() == u's' || w.back() == u'S'))
        return true;
    // "Jones' remarks": the apostrophe is a token of its own.
    return i + 1 < m_toks.size() && m_toks[i + 1].start == m_toks[i].end
        && CharClasses::isApostrophe(m_text.at(m_toks[i].end)) && (w.back() == u's' || w.back() == u'S');
}

bool QuoteExtraction::startsName(int i) const
{
    return i >= 0 && i < m_toks.size() && m_toks[i].capital && !notNames().contains(m_toks[i].key);
}

void QuoteExtraction::findMentions()
{
    m_mentionStart.fill(-1, m_toks.size());
    m_mentionEnd.fill(-1, m_toks.size());
    const int n = int(m_toks.size());
    QList<int> words;
    for (int i = 0; i < n; ++i) {
        if (!startsName(i))
            continue;
        words.clear();
        words.append(i);
        int j = i;
        while (!isPossessive(j)) {
            int k = j + 1;
            // "Gov. Jane Doe", "John F. Kennedy": an abbreviation's dot stays inside the name.
            if (k < n && isPunct(k, u'.') && !m_toks[k].spaceBefore
                && (tokText(j).size() == 1 || personTitles().contains(m_toks[j].key)))
                ++k;
            // The next word of the name follows after white space on the same line and sentence.
            auto follows = [&](int t) {
                return t < n && m_toks[t].spaceBefore && !m_toks[t].lineBefore
                    && m_toks[t].sentence == m_toks[i].sentence;
            };
            if (!follows(k))
                break;
            if (startsName(k)) {
                words.append(k);
                j = k;
            } else if (m_toks[k].key == KeyOf && !m_toks[k].capital && follows(k + 1) && startsName(k + 1)) {
                words.append(k);
                words.append(k + 1);
                j = k + 1;
            } else {
                break;
            }
        }

        Mention m;
        m.first = i;
        m.last = j;
        m.sentence = m_toks[i].sentence;
        m.possessive = isPossessive(j);
        m.inQuote = m_toks[i].inQuote;
        if (organisationWords().contains(m_toks[j].key)) {
            m.kind = MentionKind::Organisation;
            m.nameFirst = i;
            m.nameWords = int(words.size());
        } else {
            qsizetype first = 0;
            while (first < words.size()) {
                const quint64 key = m_toks[words[first]].key;
                if (personTitles().contains(key))
                    m.titled = true;
                else if (!titleQualifiers().contains(key))
                    break;
                ++first;
            }
            if (first == words.size() && !m.titled) {
                i = j;
                continue; // "Chinese", "U.S.": a qualifier alone names nobody
            }
            m.nameWords = int(words.size() - first);
            m.nameFirst = m.nameWords > 0 ? words.at(first) : -1;
            m.kind = m.nameWords == 0 ? MentionKind::Role : MentionKind::Name;
            // "top diplomat Wang Yi", "AP writer Emily Wang": a role noun in front makes it a person.
            const int before = prevTok(i, 0);
            if (before >= 0 && isWord(before) && !m_toks[before].capital
                && roleNouns().contains(m_toks[before].key) && m_toks[before].sentence == m.sentence)
                m.titled = true;
        }
        m_mentionStart[i] = int(m_mentions.size());
        m_mentionEnd[j] = int(m_mentions.size());
        m_mentions.append(m);
        i = j;
    }

    for (int k = 0; k < m_mentions.size(); ++k) {
        const Mention &m = m_mentions[k];
        if (m.kind == MentionKind::Name && m.nameWords == 1)
            m_lastSingleName[m_toks[m.nameFirst].key] = k;
    }

    const int sentenceCount = int(m_version.sentences.size());
    m_sentenceMentions.fill(int(m_mentions.size()), sentenceCount + 1);
    for (int k = int(m_mentions.size()) - 1; k >= 0; --k)
        m_sentenceMentions[m_mentions[k].sentence] = k;
    for (int s = sentenceCount - 1; s >= 0; --s)
        m_sentenceMentions[s] = std::min(m_sentenceMentions[s], m_sentenceMentions[s + 1]);
}

void QuoteExtraction::findPersons()
{
    // A name is a person's when it carries a title or is the subject of a speech verb; every word of such a
    // name then marks the person's other mentions ("Xi" after "Xi Jinping").
    auto addWords = [this](int mention) {
        if (mention < 0 || m_mentions[mention].kind != MentionKind::Name)
            return;
        forEachNameWord(m_mentions[mention], [this](int t) {
            if (m_toks[t].key != KeyOf)
                m_personWords.insert(m_toks[t].key);
        });
    };
    for (int k = 0; k < m_mentions.size(); ++k) {
        if (m_mentions[k].titled)
            addWords(k);
    }
    for (int i = 0; i < m_toks.size(); ++i) {
        if (m_toks[i].inQuote || !isWord(i) || !WordLists::speechVerbs().contains(m_toks[i].key))
            continue;
        const int sentenceStart = i - 40 > 0 ? i - 40 : 0;
        addWords(subjectBefore(i, sentenceStart).mention);
        addWords(subjectAfter(i, i + 12).mention);
    }
}

bool QuoteExtraction::isCandidate(const Mention &m) const
{
    if (m.kind != MentionKind::Name || m.possessive || m.inQuote)
        return false;
    bool person = false;
    forEachNameWord(m, [&](int t) { person = person || m_personWords.count(m_toks[t].key) != 0; });
    return person;
}

int QuoteExtraction::resolve(int tok) const
{
    // Earlier in the same sentence, the nearest person; else the first person named in the closest earlier
    // sentence that names one, which is usually its subject.
    const int sentence = m_toks[tok].sentence;
    for (int k = m_sentenceMentions[sentence + 1] - 1; k >= m_sentenceMentions[sentence]; --k) {
        if (m_mentions[k].last < tok && isCandidate(m_mentions[k]))
            return k;
    }
    for (int s = sentence - 1; s >= 0 && s >= sentence - 8; --s) {
        for (int k = m_sentenceMentions[s]; k < m_sentenceMentions[s + 1]; ++k) {
            if (isCandidate(m_mentions[k]))
                return k;
        }
    }
    return -1;
}

QString QuoteExtraction::displayOf(const Mention &m) const
{
    // Built only for speakers: most names in a text never are one.
    QString display;
    forEachNameWord(m, [&](int t) {
        if (!display.isEmpty())
            display.append(u' ');
        QStringView word = tokText(t);
        if (t == m.last && m.possessive && word.size() > 2
            && CharClasses::isApostrophe(word.at(word.size() - 2)))
            word.chop(2);
        display.append(word);
        if (word.size() == 1 && t + 1 < m_toks.size() && isPunct(t + 1, u'.') && !m_toks[t + 1].spaceBefore)
            display.append(u'.');
    });
    return display;
}

QString QuoteExtraction::keyOf(int mention) const
{
    const Mention &m = m_mentions[mention];
    if (m.kind != MentionKind::Name || m.nameWords == 1)
        return displayOf(m);
    // The surname is the word of the full name that the text later uses on its own ("Blinken", "Xi").
    for (int t = m.last; t >= m.nameFirst; --t) {
        if (!isWord(t))
            continue;
        const auto it = m_lastSingleName.find(m_toks[t].key);
        if (it != m_lastSingleName.end() && it->second > mention)
            return displayOf(m_mentions[it->second]);
    }
    return displayOf(m);
}

} // namespace Parallax::Internal
