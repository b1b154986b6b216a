// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteextractor.h"

#include "quotes/quotetext_p.h"
#include "text/charclasses.h"
#include "text/tokenizer.h"
#include "text/wordlists.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace Parallax {

using namespace Internal;

namespace {

// ---- Word lists -------------------------------------------------------------------------------------

// Capitalised words that start a sentence or a phrase but never a name.
const WordSet &notNames()
{
    static const WordSet words { u"the", u"a", u"an", u"and", u"but", u"or", u"yet", u"still", u"so", u"in",
        u"on", u"at", u"for", u"with", u"from", u"to", u"of", u"by", u"after", u"before", u"during",
        u"despite", u"although", u"though", u"however", u"instead", u"thus", u"since", u"while", u"when",
        u"whether", u"if", u"as", u"it", u"he", u"she", u"they", u"we", u"i", u"you", u"this", u"that",
        u"these", u"those", u"there", u"here", u"his", u"her", u"their", u"its", u"our", u"my", u"your",
        u"what", u"why", u"how", u"who", u"where", u"which", u"both", u"each", u"some", u"many", u"most",
        u"one", u"two", u"three", u"meanwhile", u"also", u"additionally", u"late", u"last", u"next",
        u"recent", u"speaking", u"according", u"monday", u"tuesday", u"wednesday", u"thursday", u"friday",
        u"saturday", u"sunday", u"january", u"february", u"march", u"april", u"june", u"july", u"august",
        u"september", u"october", u"november", u"december", u"share", u"load", u"more", u"updated", u"read",
        u"success", u"check", u"no", u"not", u"all", u"any", u"every", u"other", u"another", u"such", u"then",
        u"now", u"today", u"yesterday", u"tomorrow", u"earlier", u"later", u"prior", u"under", u"over",
        u"between", u"among", u"through", u"without", u"within", u"against", u"because", u"until", u"unless",
        u"like", u"unlike", u"near", u"amid", u"across", u"toward", u"towards", u"combined", u"even", u"only",
        u"just", u"did", u"does", u"do", u"is", u"are", u"was", u"were", u"has", u"have", u"had", u"can",
        u"will", u"would", u"should", u"could", u"may", u"might", u"must", u"let", u"thanks", u"yes",
        u"please", u"well", u"oh" };
    return words;
}

// Capitalised titles in front of a person's name: they make the name a person's and are not part of it.
const WordSet &personTitles()
{
    static const WordSet words { u"president", u"vice", u"secretary", u"minister", u"prime", u"premier",
        u"gov", u"governor", u"sen", u"senator", u"rep", u"representative", u"mr", u"mrs", u"ms", u"miss",
        u"mx", u"dr", u"prof", u"professor", u"gen", u"general", u"chief", u"chairman", u"chairwoman",
        u"chair", u"chairperson", u"chancellor", u"king", u"queen", u"prince", u"princess", u"pope", u"judge",
        u"justice", u"ambassador", u"director", u"councillor", u"councilor", u"attorney", u"mayor",
        u"speaker", u"adviser", u"advisor", u"sir", u"lord", u"lady", u"dame", u"rev", u"reverend", u"lt",
        u"col", u"capt", u"sgt", u"adm", u"maj", u"spokesman", u"spokeswoman", u"spokesperson", u"deputy",
        u"commissioner", u"inspector", u"detective", u"sheriff", u"officer", u"coach", u"archbishop",
        u"bishop", u"cardinal", u"father", u"emperor", u"sultan", u"sheikh", u"ayatollah", u"superintendent",
        u"lieutenant", u"colonel", u"captain", u"sergeant", u"admiral", u"major", u"marshal", u"commander",
        u"ceo", u"envoy", u"leader", u"congressman", u"congresswoman", u"lawmaker", u"st" };
    return words;
}

// Words that qualify a title ("Secretary of State", "Chinese President") and are stripped with it.
const WordSet &titleQualifiers()
{
    static const WordSet words { u"of", u"the", u"state", u"foreign", u"defense", u"defence", u"interior",
        u"commerce", u"treasury", u"trade", u"finance", u"home", u"health", u"security", u"national",
        u"homeland", u"energy", u"labor", u"labour", u"education", u"transportation", u"agriculture",
        u"economy", u"former", u"senior", u"assistant", u"first", u"acting", u"interim", u"communist",
        u"democratic", u"republican", u"house", u"senate", u"majority", u"minority", u"executive", u"supreme",
        u"federal", u"central", u"u.s.", u"u.s", u"us", u"u.k.", u"uk", u"un", u"u.n.", u"eu", u"e.u.",
        u"american", u"chinese", u"british", u"russian", u"ukrainian", u"taiwanese", u"japanese", u"french",
        u"german", u"indian", u"korean", u"israeli", u"iranian", u"canadian", u"australian", u"european",
        u"mexican", u"brazilian", u"turkish", u"italian", u"spanish", u"saudi", u"palestinian", u"north",
        u"south", u"east", u"west", u"pakistani", u"afghan", u"iraqi", u"syrian", u"egyptian", u"polish",
        u"dutch", u"swedish", u"irish", u"scottish", u"welsh", u"cuban", u"venezuelan", u"state's" };
    return words;
}

// The last word of an organisation's or a place's name.
const WordSet &organisationWords()
{
    static const WordSet words { u"department", u"ministry", u"office", u"house", u"hall", u"university",
        u"college", u"school", u"institute", u"center", u"centre", u"council", u"committee", u"commission",
        u"agency", u"bureau", u"court", u"congress", u"senate", u"parliament", u"party", u"association",
        u"foundation", u"group", u"company", u"corp", u"inc", u"ltd", u"news", u"times", u"post", u"journal",
        u"tv", u"press", u"media", u"network", u"sea", u"ocean", u"strait", u"river", u"lake", u"mountains",
        u"island", u"islands", u"street", u"square", u"airport", u"station", u"hospital", u"bank", u"fund",
        u"organization", u"organisation", u"union", u"army", u"navy", u"force", u"forces", u"guard",
        u"police", u"service", u"administration", u"caucus", u"summit", u"conference", u"forum", u"republic",
        u"kingdom", u"states", u"hemisphere", u"province", u"city", u"county", u"region", u"act", u"treaty",
        u"government", u"cabinet", u"embassy", u"consulate", u"board", u"authority", u"federation",
        u"alliance", u"coalition", u"movement", u"front", u"command", u"guesthouse", u"palace", u"people" };
    return words;
}

// Lower-case nouns for a person's role: in front of a name they make it a person's; after "the" they
// stand for the person named before ("the president said").
const WordSet &roleNouns()
{
    static const WordSet words { u"president", u"leader", u"minister", u"secretary", u"diplomat",
        u"spokesman", u"spokeswoman", u"spokesperson", u"governor", u"senator", u"mayor", u"chancellor",
        u"premier", u"ambassador", u"envoy", u"chief", u"official", u"congressman", u"congresswoman",
        u"lawmaker", u"representative", u"chairman", u"chairwoman", u"director", u"general", u"king",
        u"queen", u"pope", u"prince", u"prosecutor", u"judge", u"commander", u"adviser", u"advisor",
        u"author", u"founder", u"ceo", u"executive", u"coach", u"candidate", u"nominee", u"writer",
        u"reporter", u"analyst", u"professor", u"researcher", u"economist", u"correspondent", u"editor",
        u"columnist", u"lawyer", u"attorney", u"scientist", u"expert", u"colleague", u"wife", u"husband",
        u"son", u"daughter", u"mother", u"father", u"brother", u"sister", u"friend", u"manager", u"owner",
        u"officer" };
    return words;
}

// Between a subject and its verb: "Blinken later said", "Xi has repeatedly stated".
const WordSet &verbModifiers()
{
    static const WordSet words { u"has", u"have", u"had", u"was", u"is", u"were", u"would", u"will", u"also",
        u"later", u"then", u"again", u"previously", u"earlier", u"reportedly", u"once", u"further", u"not",
        u"never", u"already", u"recently", u"publicly", u"privately", u"separately", u"repeatedly", u"only",
        u"first", u"finally", u"initially", u"just", u"still", u"did", u"does", u"do", u"may", u"might",
        u"could", u"should", u"must", u"can", u"quickly", u"simply", u"bluntly", u"flatly" };
    return words;
}

const WordSet &pronouns()
{
    static const WordSet words { u"he", u"she", u"they" };
    return words;
}

const quint64 KeyAccording = foldedWordKey(u"according");
const quint64 KeyTo = foldedWordKey(u"to");
const quint64 KeyOf = foldedWordKey(u"of");
const quint64 KeyThe = foldedWordKey(u"the");
const quint64 KeyAnd = foldedWordKey(u"and");
const quint64 KeyBut = foldedWordKey(u"but");
const quint64 KeyA = foldedWordKey(u"a");
const quint64 KeyAn = foldedWordKey(u"an");
const quint64 KeyIt = foldedWordKey(u"it");

// ---- Quotation marks --------------------------------------------------------------------------------

bool isDoubleMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
        return true;
    default:
        return false;
    }
}

// A quotation mark after one of these opens rather than closes.
bool opensAfter(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'/' || c == u'-' || c == u':'
        || c == QChar(0x2013) || c == QChar(0x2014);
}

struct Run
{
    int firstSentence = 0;
    int lastSentence = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

struct RawQuote
{
    qsizetype openMark = 0;
    qsizetype closeMark = -1; // -1: never closed in its block
    qsizetype start = 0; // content
    qsizetype end = 0;
    int run = 0;

    qsizetype extentEnd() const { return closeMark >= 0 ? closeMark + 1 : end; }
};

bool trimContent(QStringView text, qsizetype &start, qsizetype &end)
{
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == u','))
        --end;
    for (qsizetype i = start; i < end; ++i) {
        if (text.at(i).isLetterOrNumber())
            return true;
    }
    return false;
}

// Keeps a quotation whose content, trimmed, has a letter or digit: marks around nothing quote nothing.
void appendQuote(QStringView text, QList<RawQuote> &out, RawQuote q)
{
    if (trimContent(text, q.start, q.end))
        out.append(q);
}

// The end of the last sentence of the run that ends in (after, upTo], or upTo.
qsizetype lastSentenceEnd(const QList<Sentence> &sentences, const Run &run, qsizetype after, qsizetype upTo)
{
    const auto first = sentences.cbegin() + run.firstSentence;
    const auto last = sentences.cbegin() + run.lastSentence + 1;
    const auto it
        = std::upper_bound(first, last, upTo, [](qsizetype pos, const Sentence &s) { return pos < s.end; });
    if (it != first && std::prev(it)->end > after)
        return std::prev(it)->end;
    return upTo;
}

void scanDoubleQuotes(
    QStringView text, const QList<Sentence> &sentences, const Run &run, int runIndex, QList<RawQuote> &out)
{
    qsizetype open = -1;
    for (qsizetype i = run.start; i < run.end; ++i) {
        const QChar c = text.at(i);
        if (!isDoubleMark(c))
            continue;
        const bool spaceBefore = i == run.start || opensAfter(text.at(i - 1));
        const bool spaceAfter = i + 1 == run.end || text.at(i + 1).isSpace();
        const char16_t u = c.unicode();
        if (open < 0) {
            bool opens = false;
            switch (u) {
            case 0x201c:
            case 0x201e:
            case 0x201f:
            case 0x00ab:
                opens = true;
                break;
            case 0x201d: // a closing mark where an opening one belongs
                opens = spaceBefore && !spaceAfter;
                break;
            case u'"':
                opens = !spaceAfter && (spaceBefore || !text.at(i - 1).isLetterOrNumber());
                break;
            default:
                break;
            }
            if (opens)
                open = i;
            continue;
        }
        bool closes = false;
        switch (u) {
        case 0x201d:
        case 0x00bb:
            closes = true;
            break;
        case 0x201c: // „…“, or a mistyped closing mark
        case 0x201f:
            closes = !spaceBefore;
            break;
        case u'"':
            closes = !spaceBefore || spaceAfter;
            break;
        default:
            break;
        }
        if (closes) {
            appendQuote(text, out, { open, i, open + 1, i, runIndex });
            open = -1;
        } else {
            // A second opening mark: the first quotation was never closed. End it at the sentence
            // boundary before this mark so that the narration in between is not taken as quoted.
            appendQuote(
                text, out, { open, -1, open + 1, lastSentenceEnd(sentences, run, open + 1, i), runIndex });
            open = i;
        }
    }
    if (open >= 0)
        appendQuote(text, out, { open, -1, open + 1, run.end, runIndex });
}

// Single-quoted quotations outside double quotes ('Stabilize' in a headline). Apostrophes look the
// same, so a single quote opens only at a word start before a letter and closes only after a word and
// before a non-letter, and a quotation needs two letters and a closing mark in its block.
void scanSingleQuotes(
    QStringView text, const Run &run, int runIndex, qsizetype doubleBegin, QList<RawQuote> &out)
{
    const qsizetype doubleEnd = out.size();
    qsizetype next = doubleBegin;
    qsizetype open = -1;
    QList<RawQuote> found;
    for (qsizetype i = run.start; i < run.end; ++i) {
        if (next < doubleEnd && i >= out.at(next).openMark) {
            i = out.at(next).extentEnd() - 1;
            ++next;
            open = -1;
            continue;
        }
        const QChar c = text.at(i);
        if (!CharClasses::isApostrophe(c))
            continue;
        const bool wordStart = (i == run.start || opensAfter(text.at(i - 1))) && i + 1 < run.end
            && text.at(i + 1).isLetter() && c != QChar(0x2019);
        if (open >= 0 && c != QChar(0x2018) && i > open + 1 && !text.at(i - 1).isSpace()
            && (i + 1 == run.end || !text.at(i + 1).isLetterOrNumber())) {
            int letters = 0;
            for (qsizetype k = open + 1; k < i && letters < 2; ++k)
                letters += text.at(k).isLetter() ? 1 : 0;
            if (letters >= 2 && i - open < 300)
                appendQuote(text, found, { open, i, open + 1, i, runIndex });
            open = -1;
        } else if (wordStart) {
            open = i;
        }
    }
    out.append(found);
}

// ---- Tokens and names -------------------------------------------------------------------------------

// A word, number or punctuation token; white space is no token but noted on the token after it. Kept
// small: a 20 MB text has millions of them.
struct Tok
{
    quint64 key = 0; // folded word key of words and numbers
    qint32 start = 0;
    qint32 end = 0;
    qint32 sentence = 0;
    Token::Type type = Token::Word;
    bool inQuote = false; // between a quotation's marks
    bool capital = false;
    bool spaceBefore = false;
    bool lineBefore = false; // the white space before it breaks the line
};

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

enum class MentionKind { Name, Organisation, Role };

struct Mention
{
    int first = 0; // first token, titles included
    int last = 0;
    int nameFirst = -1; // first token of the name proper (titles stripped); its words run to last
    int nameWords = 0; // how many words the name proper has
    int sentence = 0;
    MentionKind kind = MentionKind::Name;
    bool possessive = false;
    bool titled = false;
    bool inQuote = false;
};

// The attribution found for a quotation: a name, a pronoun or role to resolve, or a descriptive phrase.
struct Subject
{
    int mention = -1;
    int reference = -1; // token of a pronoun or of "the president"
    QString phrase;
    bool it = false; // "it said": the organisation quoted just before
    int verb = -1; // the token of the attribution's verb or of "according"
    bool found() const { return mention >= 0 || reference >= 0 || !phrase.isEmpty() || it; }
};

class Extraction
{
public:
    explicit Extraction(const Version &version)
        : m_version(version)
        , m_text(version.text)
    { }

    QList<Quotation> run(VersionWords *words);

private:
    void findRuns();
    void findQuotes();
    void tokenize();
    void findMentions();
    void findPersons();

    QStringView tokText(int i) const { return m_text.mid(m_toks[i].start, m_toks[i].end - m_toks[i].start); }
    bool isWord(int i) const { return m_toks[i].type == Token::Word; }
    bool isPunct(int i, QChar c) const
    {
        return m_toks[i].type == Token::Punctuation && m_toks[i].end - m_toks[i].start == 1
            && m_text.at(m_toks[i].start) == c;
    }
    int nextTok(int i, int max) const;
    int prevTok(int i, int min) const;
    int tokenAt(qsizetype pos) const;
    bool isPossessive(int i) const;
    bool startsName(int i) const;

    Subject subjectBefore(int verb, int minTok) const;
    Subject subjectAfter(int verb, int maxTok) const;
    Subject attribution(int quoteIndex, bool *trailing, bool *verbSeen) const;
    int resolve(int tok) const;
    bool isCandidate(const Mention &m) const;
    QString speakerOf(const Subject &s) const;
    QString keyOf(int mention) const;
    QString displayOf(const Mention &m) const;
    template<typename F> void forEachNameWord(const Mention &m, F &&f) const
    {
        for (int t = m.nameFirst; t >= 0 && t <= m.last; ++t) {
            if (isWord(t))
                f(t);
        }
    }

    const Version &m_version;
    QStringView m_text;
    QList<Run> m_runs;
    QList<RawQuote> m_quotes;
    QList<Tok> m_toks;
    QList<int> m_runFirstTok; // per run, plus one past the end
    QList<int> m_sentenceFirstTok; // per sentence
    QList<Mention> m_mentions;
    QList<int> m_mentionStart; // per token: mention starting there or -1
    QList<int> m_mentionEnd; // per token: mention ending there or -1
    QList<int> m_sentenceMentions; // per sentence: first mention index, plus one past the end
    std::unordered_set<quint64> m_personWords;
    std::unordered_map<quint64, int> m_lastSingleName; // word -> last mention of it alone as a name
};

void Extraction::findRuns()
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

void Extraction::findQuotes()
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

void Extraction::tokenize()
{
    // A lean scan rather than Tokenizer::tokenize: white space needs no tokens here, and on a text of
    // millions of characters the difference is most of the extraction's time.
    const QList<Sentence> &sentences = m_version.sentences;
    m_toks.reserve(m_text.size() / 4);
    m_sentenceFirstTok.fill(0, sentences.size());
    qsizetype q = 0;
    for (int r = 0; r < m_runs.size(); ++r) {
        const Run &run = m_runs.at(r);
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

int Extraction::nextTok(int i, int max) const
{
    return i + 1 <= max && i + 1 < m_toks.size() ? i + 1 : -1;
}

int Extraction::prevTok(int i, int min) const
{
    return i - 1 >= min && i - 1 >= 0 ? i - 1 : -1;
}

int Extraction::tokenAt(qsizetype pos) const
{
    auto it = std::lower_bound(
        m_toks.cbegin(), m_toks.cend(), pos, [](const Tok &t, qsizetype p) { return t.end <= p; });
    return it == m_toks.cend() ? int(m_toks.size()) - 1 : int(it - m_toks.cbegin());
}

bool Extraction::isPossessive(int i) const
{
    const QStringView w = tokText(i);
    if (w.size() > 2 && CharClasses::isApostrophe(w.at(w.size() - 2))
        && (w.back() == u's' || w.back() == u'S'))
        return true;
    // "Jones' remarks": the apostrophe is a token of its own.
    return i + 1 < m_toks.size() && m_toks[i + 1].start == m_toks[i].end
        && CharClasses::isApostrophe(m_text.at(m_toks[i].end)) && (w.back() == u's' || w.back() == u'S');
}

bool Extraction::startsName(int i) const
{
    return i >= 0 && i < m_toks.size() && m_toks[i].capital && !notNames().contains(m_toks[i].key);
}

void Extraction::findMentions()
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

void Extraction::findPersons()
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

bool Extraction::isCandidate(const Mention &m) const
{
    if (m.kind != MentionKind::Name || m.possessive || m.inQuote)
        return false;
    bool person = false;
    forEachNameWord(m, [&](int t) { person = person || m_personWords.count(m_toks[t].key) != 0; });
    return person;
}

int Extraction::resolve(int tok) const
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

Subject Extraction::subjectBefore(int verb, int minTok) const
{
    Subject subject;
    int j = prevTok(verb, minTok);
    while (j >= 0 && isWord(j) && !m_toks[j].capital
        && (verbModifiers().contains(m_toks[j].key) || tokText(j).endsWith(u"ly")))
        j = prevTok(j, minTok);
    if (j < 0 || m_toks[j].sentence != m_toks[verb].sentence || m_toks[j].inQuote)
        return subject;

    if (isPunct(j, u',')) {
        // "Yang Tao, said" after an apposition, or "George Magnus, a research associate at X, told".
        int comma = -1;
        for (int k = j - 1; k >= minTok && k >= j - 60; --k) {
            if (m_toks[k].sentence != m_toks[j].sentence || m_toks[k].inQuote)
                break;
            if (isPunct(k, u',')) {
                comma = k;
                break;
            }
        }
        if (comma < 0)
            return subject;
        const int a = nextTok(comma, j);
        const int b = prevTok(j, comma + 1);
        if (a >= 0 && b >= 0 && m_mentionStart[a] >= 0 && m_mentionStart[a] == m_mentionEnd[b]) {
            subject.mention = m_mentionStart[a];
            return subject;
        }
        const int p = prevTok(comma, minTok);
        if (p >= 0 && m_mentionEnd[p] >= 0)
            subject.mention = m_mentionEnd[p];
        return subject;
    }
    if (!isWord(j))
        return subject;

    const quint64 key = m_toks[j].key;
    if (pronouns().contains(key)) {
        subject.reference = j;
        return subject;
    }
    if (key == KeyIt) {
        subject.it = true;
        return subject;
    }
    if (key == KeyAnd || key == KeyBut) {
        // "Blinken met Xi and said": the subject of the first verb, a person where one is named.
        int fallback = -1;
        for (int k = m_sentenceMentions[m_toks[j].sentence]; k < m_sentenceMentions[m_toks[j].sentence + 1];
            ++k) {
            const Mention &m = m_mentions[k];
            if (m.last >= j)
                break;
            if (isCandidate(m)) {
                subject.mention = k;
                return subject;
            }
            if (fallback < 0 && !m.possessive && !m.inQuote && m.kind != MentionKind::Role)
                fallback = k;
        }
        if (fallback >= 0) {
            subject.mention = fallback;
            return subject;
        }
        const int firstWord = m_sentenceFirstTok[m_toks[j].sentence];
        if (firstWord < j && isWord(firstWord) && pronouns().contains(m_toks[firstWord].key))
            subject.reference = firstWord;
        return subject;
    }
    if (m_mentionEnd[j] >= 0) {
        const Mention &m = m_mentions[m_mentionEnd[j]];
        if (m.kind == MentionKind::Role)
            subject.reference = j;
        else
            subject.mention = m_mentionEnd[j];
        return subject;
    }
    if (m_toks[j].capital) {
        // "The U.S. called it": a country named by its qualifier alone.
        if (titleQualifiers().contains(m_toks[j].key) && !personTitles().contains(m_toks[j].key))
            subject.phrase = tokText(j).toString();
        return subject;
    }
    // A lower-case noun phrase: "China's foreign ministry said", "the president said".
    bool role = roleNouns().contains(key);
    int k = j;
    for (int steps = 0; steps < 6; ++steps) {
        k = prevTok(k, minTok);
        if (k < 0 || !isWord(k) || m_toks[k].inQuote)
            break;
        if (m_mentionEnd[k] >= 0 && m_mentions[m_mentionEnd[k]].possessive) {
            const Mention &m = m_mentions[m_mentionEnd[k]];
            subject.phrase
                = m_text.mid(m_toks[m.first].start, m_toks[j].end - m_toks[m.first].start).toString();
            return subject;
        }
        if (m_toks[k].key == KeyThe) {
            if (role)
                subject.reference = j;
            break;
        }
        if (m_toks[k].key == KeyA || m_toks[k].key == KeyAn || m_toks[k].capital)
            break;
        role = role || roleNouns().contains(m_toks[k].key);
    }
    return subject;
}

Subject Extraction::subjectAfter(int verb, int maxTok) const
{
    Subject subject;
    int j = nextTok(verb, maxTok);
    if (j < 0 || !isWord(j) || m_toks[j].inQuote)
        return subject;
    if (pronouns().contains(m_toks[j].key)) {
        subject.reference = j;
        return subject;
    }
    if (m_toks[j].key == KeyThe) {
        const int k = nextTok(j, maxTok);
        if (k >= 0 && m_mentionStart[k] >= 0)
            subject.mention = m_mentionStart[k];
        else if (k >= 0 && isWord(k) && roleNouns().contains(m_toks[k].key))
            subject.reference = k;
        return subject;
    }
    if (m_mentionStart[j] >= 0) {
        if (m_mentions[m_mentionStart[j]].kind == MentionKind::Role)
            subject.reference = j;
        else
            subject.mention = m_mentionStart[j];
    }
    return subject;
}

QString Extraction::displayOf(const Mention &m) const
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

QString Extraction::keyOf(int mention) const
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

QString Extraction::speakerOf(const Subject &s) const
{
    if (s.mention >= 0)
        return keyOf(s.mention);
    if (s.reference >= 0) {
        const int m = resolve(s.reference);
        return m >= 0 ? keyOf(m) : QString();
    }
    return s.phrase;
}

Subject Extraction::attribution(int quoteIndex, bool *trailing, bool *verbSeen) const
{
    const RawQuote &q = m_quotes[quoteIndex];
    const int openTok = tokenAt(q.openMark);
    const int runEnd = m_runFirstTok[q.run + 1] - 1;
    const bool nextInRun = quoteIndex + 1 < m_quotes.size() && m_quotes[quoteIndex + 1].run == q.run;
    const bool prevInRun = quoteIndex > 0 && m_quotes[quoteIndex - 1].run == q.run;
    *trailing = false;
    *verbSeen = false;
    auto withVerb = [](Subject s, int verb) {
        s.verb = verb;
        return s;
    };

    // After the quotation: "X," he said / said Y / Y, a ... at Z, said / according to Y.
    if (q.closeMark >= 0) {
        const int closeTok = tokenAt(q.closeMark);
        const int maxTok = nextInRun ? tokenAt(m_quotes[quoteIndex + 1].openMark) - 1 : runEnd;
        int t = nextTok(closeTok, maxTok);
        for (int skip = 0; t >= 0 && skip < 2 && (isPunct(t, u',') || m_toks[t].type == Token::Punctuation);
            ++skip) {
            if (isPunct(t, u'.') || isPunct(t, u'!') || isPunct(t, u'?'))
                break;
            t = nextTok(t, maxTok);
        }
        if (t >= 0 && isWord(t)) {
            *trailing = true;
            if (WordLists::speechVerbs().contains(m_toks[t].key)) {
                const Subject s = subjectAfter(t, maxTok);
                if (s.found())
                    return withVerb(s, t);
            }
            if (m_toks[t].key == KeyAccording) {
                const int to = nextTok(t, maxTok);
                if (to >= 0 && m_toks[to].key == KeyTo) {
                    const Subject s = subjectAfter(to, maxTok);
                    if (s.found())
                        return withVerb(s, t);
                }
            }
            // After a quotation that ends with a full stop, a capitalised word starts new narration; after
            // "?" or "!" the attribution may follow at once ("Is it over?" Xi asked.).
            const QChar lastQuoted = m_text.at(q.end - 1);
            const bool fullStop = lastQuoted == u'.';
            const bool question = lastQuoted == u'!' || lastQuoted == u'?';
            const int window = fullStop && m_toks[t].capital ? 0 : (fullStop || question) ? 3 : 25;
            int words = 0;
            for (int k = t; k >= 0 && words < window; k = nextTok(k, maxTok)) {
                if (isPunct(k, u'.') || isPunct(k, u'!') || isPunct(k, u'?') || isPunct(k, u';'))
                    break;
                if (!isWord(k))
                    continue;
                ++words;
                if (WordLists::speechVerbs().contains(m_toks[k].key)) {
                    const Subject s = subjectBefore(k, t);
                    if (s.found())
                        return withVerb(s, k);
                    break;
                }
                if (m_toks[k].key == KeyAccording) {
                    const int to = nextTok(k, maxTok);
                    if (to >= 0 && m_toks[to].key == KeyTo) {
                        const Subject s = subjectAfter(to, maxTok);
                        if (s.found())
                            return withVerb(s, k);
                    }
                    break;
                }
            }
            *trailing = false;
        }
    }

    // Before it in the same sentence: X said, "..." / X told Y that "..." / according to X, ... "...".
    int minTok = std::max(m_runFirstTok[q.run], m_sentenceFirstTok[m_toks[openTok].sentence]);
    if (prevInRun)
        minTok = std::max(minTok, tokenAt(m_quotes[quoteIndex - 1].extentEnd() - 1) + 1);
    int tried = 0;
    for (int k = openTok - 1; k >= minTok && tried < 3; --k) {
        if (!isWord(k) || m_toks[k].inQuote)
            continue;
        if (WordLists::speechVerbs().contains(m_toks[k].key)) {
            ++tried;
            *verbSeen = true;
            Subject s = subjectBefore(k, minTok);
            if (!s.found())
                s = subjectAfter(k, openTok - 1);
            if (s.found())
                return withVerb(s, k);
        } else if (m_toks[k].key == KeyAccording) {
            ++tried;
            const int to = nextTok(k, openTok - 1);
            if (to >= 0 && m_toks[to].key == KeyTo) {
                const Subject s = subjectAfter(to, openTok - 1);
                if (s.found())
                    return withVerb(s, k);
            }
        }
    }
    return {};
}

QList<Quotation> Extraction::run(VersionWords *words)
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
        const Run &run = m_runs[q.run];
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

} // namespace

QList<Quotation> QuoteExtractor::extract(const Version &version)
{
    return Extraction(version).run(nullptr);
}

QList<Quotation> Internal::extractQuotations(const Version &version, VersionWords *words)
{
    return Extraction(version).run(words);
}

} // namespace Parallax
