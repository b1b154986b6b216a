// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteextractor.h"

#include "quotes/quoteextraction_p.h"
#include "text/charclasses.h"

#include <algorithm>

namespace Parallax {
namespace Internal {
namespace {

// The end of the word or number starting at i, by the rules of the project's Tokenizer: words keep
// inner apostrophes and hyphens and the dots of "U.S.", numbers their inner separators ("1,000", "3.5").
qsizetype scanWord(QStringView text, qsizetype i, qsizetype end)
{
    const qsizetype start = i;
    const bool number = text.at(i).isDigit();
    while (i < end) {
        const QChar c = text.at(i);
        if (CharClasses::isWordCharacter(c)) {
            ++i;
            continue;
        }
        if (i + 1 >= end)
            break;
        const QChar n = text.at(i + 1);
        if (number) {
            if (n.isDigit()
                && (c == u'.' || c == u',' || c == u':' || c == u'/' || c == u'-' || c == QChar(0x00a0)
                    || c == QChar(0x202f))) {
                i += 2;
                continue;
            }
        } else if (CharClasses::isWordCharacter(n)
            && (CharClasses::isApostrophe(c) || c == u'-' || c == QChar(0x2010) || c == QChar(0x2011))) {
            i += 2;
            continue;
        } else if (c == u'.' && n.isLetter() && i + 2 < end && text.at(i + 2) == u'.') {
            i += 2;
            continue;
        }
        break;
    }
    if (!number && i < end && text.at(i) == u'.' && i - start >= 3 && text.at(i - 2) == u'.')
        ++i;
    return i;
}

} // namespace

void QuoteExtraction::findRuns()
{
    const QList<Sentence> &sentences = m_version.sentences;
    for (int s = 0; s < sentences.size(); ++s) {
        const Sentence &sentence = sentences.at(s);
        if (sentence.boilerplate || sentence.end <= sentence.start)
            continue;
        if (!m_runs.isEmpty() && m_runs.last().lastSentence == s - 1
            && sentences.at(s - 1).block == sentence.block) {
            m_runs.last().lastSentence = s;
            m_runs.last().end = sentence.end;
        } else {
            m_runs.append({ s, s, sentence.start, sentence.end });
        }
    }
}

void QuoteExtraction::findQuotes()
{
    for (int r = 0; r < m_runs.size(); ++r) {
        const qsizetype begin = m_quotes.size();
        scanDoubleQuotes(m_text, m_version.sentences, m_runs.at(r), r, m_quotes);
        const qsizetype singles = m_quotes.size();
        scanSingleQuotes(m_text, m_runs.at(r), r, begin, m_quotes);
        std::inplace_merge(m_quotes.begin() + begin, m_quotes.begin() + singles, m_quotes.end(),
            [](const RawQuote &a, const RawQuote &b) { return a.openMark < b.openMark; });
    }
}

void QuoteExtraction::tokenize()
{
    // A lean scan rather than Tokenizer::tokenize: white space needs no tokens here, and on a text of
    // millions of characters the difference is most of the extraction's time.
    const QList<Sentence> &sentences = m_version.sentences;
    m_toks.reserve(m_text.size() / 4);
    m_sentenceFirstTok.fill(0, sentences.size());
    qsizetype q = 0;
    for (int r = 0; r < m_runs.size(); ++r) {
        const SentenceRun &run = m_runs.at(r);
        m_runFirstTok.append(int(m_toks.size()));
        int s = run.firstSentence;
        m_sentenceFirstTok[s] = int(m_toks.size());
        bool space = false, line = false;
        qsizetype i = run.start;
        while (i < run.end) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                space = true;
                line = line || c == u'\n' || c == QChar(0x2028) || c == QChar(0x2029);
                ++i;
                continue;
            }
            Tok tok;
            tok.start = qint32(i);
            if (CharClasses::isWordCharacter(c)) {
                i = scanWord(m_text, i, run.end);
                tok.type = c.isDigit() ? Token::Number : Token::Word;
                tok.key = foldedWordKey(m_text.mid(tok.start, i - tok.start));
                tok.capital = c.isUpper();
            } else {
                // Runs of dots, dashes, "!" and "?" are one token, as in the Tokenizer.
                ++i;
                if (c == u'.' || CharClasses::isDash(c) || c == u'!' || c == u'?') {
                    while (i < run.end
                        && (m_text.at(i) == c
                            || ((c == u'!' || c == u'?') && (m_text.at(i) == u'!' || m_text.at(i) == u'?'))))
                        ++i;
                }
                tok.type = Token::Punctuation;
            }
            tok.end = qint32(i);
            tok.spaceBefore = space;
            tok.lineBefore = line;
            space = line = false;
            while (s < run.lastSentence && tok.start >= sentences.at(s).end) {
                ++s;
                m_sentenceFirstTok[s] = int(m_toks.size());
            }
            tok.sentence = s;
            while (q < m_quotes.size() && m_quotes.at(q).extentEnd() <= tok.start)
                ++q;
            if (q < m_quotes.size() && m_quotes.at(q).openMark <= tok.start)
                tok.inQuote = true;
            m_toks.append(tok);
        }
    }
    m_runFirstTok.append(int(m_toks.size()));
}

int QuoteExtraction::nextTok(int i, int max) const
{
    return i + 1 <= max && i + 1 < m_toks.size() ? i + 1 : -1;
}

int QuoteExtraction::prevTok(int i, int min) const
{
    return i - 1 >= min && i - 1 >= 0 ? i - 1 : -1;
}

int QuoteExtraction::tokenAt(qsizetype pos) const
{
    auto it = std::lower_bound(
        m_toks.cbegin(), m_toks.cend(), pos, [](const Tok &t, qsizetype p) { return t.end <= p; });
    return it == m_toks.cend() ? int(m_toks.size()) - 1 : int(it - m_toks.cbegin());
}

QList<Quotation> QuoteExtraction::run(VersionWords *words)
{
    findRuns();
    findQuotes();
    if (m_quotes.isEmpty() && !words)
        return {};
    tokenize();
    if (words) {
        const qsizetype sentenceCount = m_version.sentences.size();
        const qsizetype count = std::count_if(m_toks.cbegin(), m_toks.cend(),
            [](const Tok &t) { return t.type == Token::Word || t.type == Token::Number; });
        words->keys.reserve(count);
        words->starts.reserve(count);
        words->sentenceBegin.reserve(sentenceCount + 1);
        for (const Tok &t : std::as_const(m_toks)) {
            if (t.type != Token::Word && t.type != Token::Number)
                continue;
            while (words->sentenceBegin.size() <= t.sentence)
                words->sentenceBegin.append(int(words->keys.size()));
            words->keys.append(t.key);
            words->starts.append(t.start);
        }
        while (words->sentenceBegin.size() <= sentenceCount)
            words->sentenceBegin.append(int(words->keys.size()));
    }
    if (m_quotes.isEmpty())
        return {};
    findMentions();
    findPersons();

    QList<Quotation> result;
    QList<int> resultOfQuote(m_quotes.size(), -1);
    QList<bool> attributedAfter(m_quotes.size(), false);
    QList<int> verbOf(m_quotes.size(), -1);
    QString lastOrganisation;
    int lastOrganisationSentence = -1;
    for (int i = 0; i < m_quotes.size(); ++i) {
        const RawQuote &q = m_quotes[i];
        const qsizetype start = q.start, end = q.end;
        Quotation quotation;
        quotation.start = start;
        quotation.end = end;
        quotation.text = m_text.mid(start, end - start).toString();
        const SentenceRun &run = m_runs[q.run];
        const auto runBegin = m_version.sentences.cbegin() + run.firstSentence;
        const auto runEnd = m_version.sentences.cbegin() + run.lastSentence + 1;
        const auto after = std::upper_bound(
            runBegin, runEnd, start, [](qsizetype pos, const Sentence &s) { return pos < s.start; });
        quotation.sentence
            = after == runBegin ? run.firstSentence : int(after - m_version.sentences.cbegin()) - 1;

        bool trailing = false, verbSeen = false;
        const Subject subject = attribution(i, &trailing, &verbSeen);
        attributedAfter[i] = trailing && subject.found();
        verbOf[i] = subject.verb;
        const int previous = i > 0 ? resultOfQuote[i - 1] : -1;
        // "X," he said, "Y." in one sentence: the second part finds the first part's attribution.
        const bool sameAttribution = previous >= 0 && subject.verb >= 0 && verbOf[i - 1] == subject.verb;
        if (subject.it) {
            // An organisation speaks as "it": the one quoted in the last few sentences.
            if (lastOrganisationSentence >= 0 && quotation.sentence - lastOrganisationSentence <= 3)
                quotation.speaker = lastOrganisation;
        } else if (subject.found()) {
            quotation.speaker = speakerOf(subject);
            if (!subject.phrase.isEmpty()
                || (subject.mention >= 0 && m_mentions[subject.mention].kind == MentionKind::Organisation)) {
                lastOrganisation = quotation.speaker;
                lastOrganisationSentence = quotation.sentence;
            }
        } else if (verbSeen) {
            // Someone speaks here whom the attribution does not name: not the previous speaker.
        } else if (previous >= 0 && m_quotes[i - 1].run == q.run) {
            // "X," he said. "Y.": the same speaker goes on; one statement when only the attribution
            // stands between the parts.
            quotation.speaker = result[previous].speaker;
            if (attributedAfter[i - 1])
                quotation.statement = result[previous].statement;
        } else if (previous >= 0 && m_quotes[i - 1].run == q.run - 1
            && tokenAt(q.openMark) == m_runFirstTok[q.run]
            && m_runs[q.run - 1].lastSentence + 1 == run.firstSentence) {
            // A paragraph that opens with an unattributed quotation continues the previous paragraph's
            // speaker; without a closing mark there, it continues the statement too.
            quotation.speaker = result[previous].speaker;
            if (m_quotes[i - 1].closeMark < 0)
                quotation.statement = result[previous].statement;
        }
        if (sameAttribution)
            quotation.statement = result[previous].statement;
        if (!quotation.speaker.isEmpty() && quotation.speaker == lastOrganisation)
            lastOrganisationSentence = quotation.sentence;
        if (quotation.statement < 0)
            quotation.statement = int(result.size());
        resultOfQuote[i] = int(result.size());
        result.append(quotation);
    }
    return result;
}

} // namespace Internal

using namespace Internal;

QList<Quotation> QuoteExtractor::extract(const Version &version)
{
    return QuoteExtraction(version).run(nullptr);
}

QList<Quotation> Internal::extractQuotations(const Version &version, VersionWords *words)
{
    return QuoteExtraction(version).run(words);
}

} // namespace Parallax
