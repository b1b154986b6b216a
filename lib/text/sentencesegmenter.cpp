// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sentencesegmenter.h"

#include "text/charclasses.h"
#include "text/wordlists.h"
#include "text/wordset.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace Parallax {
namespace {

using Span = SentenceSegmenter::Span;
using CharClasses::isAsciiDigit;
using CharClasses::isAsciiLetter;
using CharClasses::isDash;

// ---------------------------------------------------------------------------------------------
// Character classes

constexpr char16_t kEllipsis = u'\u2026';

bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

// White space for trimming and gaps: QChar::isSpace covers no-break and other Zs spaces; the zero-width
// space and the byte order mark are invisible too and must not start a sentence.
bool isBlank(QChar c)
{
    return c.isSpace() || c.unicode() == 0x200B || c.unicode() == 0xFEFF;
}

bool isInlineSpace(QChar c)
{
    return c.unicode() == u' ' || c.unicode() == 0x00A0 || c.unicode() == 0x202F;
}

bool isQuestionOrExclamation(QChar c)
{
    switch (c.unicode()) {
    case u'?':
    case u'!':
    case 0x203C: // ‼
    case 0x2047: // ⁇
    case 0x2048: // ⁈
    case 0x2049: // ⁉
    case 0xFF01: // ！
    case 0xFF1F: // ？
        return true;
    default:
        return false;
    }
}

bool isTerminal(QChar c)
{
    return c.unicode() == u'.' || c.unicode() == kEllipsis || isQuestionOrExclamation(c);
}

// Characters that may follow a sentence's final punctuation and still belong to it.
bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'}':
    case 0x2019: // ’
    case 0x201D: // ”
    case 0x00BB: // »
    case 0x203A: // ›
    // German closes with the English openers: „…“, ‚…‘ and »…«.
    case 0x201C: // “
    case 0x2018: // ‘
    case 0x00AB: // «
    case 0x2039: // ‹
        return true;
    default:
        return false;
    }
}

// French sets a no-break space inside guillemets: « Il pleut. »
bool isClosingGuillemet(QChar c)
{
    return c.unicode() == 0x00BB || c.unicode() == 0x203A;
}

// Characters that may precede the first word of a sentence.
bool isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'(':
    case u'[':
    case u'{':
    case 0x2018: // ‘
    case 0x201C: // “
    case 0x201A: // ‚
    case 0x201E: // „
    case 0x00AB: // «
    case 0x2039: // ‹
    case 0x00BF: // ¿
    case 0x00A1: // ¡
        return true;
    default:
        return false;
    }
}

// Symbols that only ever mark list items, wherever they stand.
bool isBullet(QChar c)
{
    switch (c.unicode()) {
    case 0x2022: // •
    case 0x2023: // ‣
    case 0x2043: // ⁃
    case 0x2219: // ∙
    case 0x25A0: // ■
    case 0x25AA: // ▪
    case 0x25B6: // ▶
    case 0x25BA: // ►
    case 0x25CB: // ○
    case 0x25CF: // ●
    case 0x25E6: // ◦
    case 0x27A2: // ➢
        return true;
    default:
        return false;
    }
}

// Characters that mark a list item only at the start of a line and before a space ("- item").
bool isLineBullet(QChar c)
{
    return c.unicode() == u'-' || c.unicode() == u'*' || c.unicode() == u'+' || c.unicode() == 0x2013
        || c.unicode() == 0x2014;
}

// A line ending in one of these continues on the next line.
bool isContinuationMark(QChar c)
{
    switch (c.unicode()) {
    case u',':
    case u';':
    case u'(':
    case u'[':
    case u'/':
    case u'&':
    case u'+':
    case u'=':
        return true;
    default:
        return isDash(c);
    }
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// Upper case, title case, or a letter of a script without case: all may start a sentence.
bool startsLikeSentence(QChar c)
{
    return c.isUpper() || c.isTitleCase() || (c.isLetter() && !c.isLower());
}

// ---------------------------------------------------------------------------------------------
// Word lists, looked up by folded key (text/wordset.h).

// Titles and other prefixes that are followed by a name or a term, never by the end of a sentence.
// Only when capitalised: "Gen." is a title, "gen." is not.
const WordSet &titles()
{
    static const WordSet list { u"adm", u"amb", u"asst", u"atty", u"brig", u"capt", u"cdr", u"cmdr", u"col",
        u"comdr", u"cpl", u"det", u"dipl", u"dr", u"drs", u"fr", u"ft", u"gen", u"gens", u"gov", u"govs",
        u"hon", u"hr", u"ing", u"insp", u"lt", u"maj", u"messrs", u"mgr", u"mlle", u"mm", u"mme", u"mmes",
        u"mr", u"mrs", u"ms", u"msgr", u"mt", u"pfc", u"pres", u"prof", u"profs", u"pt", u"pvt", u"rep",
        u"reps", u"rev", u"sec", u"secs", u"sen", u"sens", u"sgt", u"spc", u"st", u"ste", u"supt", u"treas" };
    return list;
}

// Abbreviations that continue the sentence in any case ("e.g." is handled with the dotted forms).
const WordSet &continuing()
{
    static const WordSet list { u"approx", u"cf", u"esp", u"incl", u"resp", u"viz", u"vs",
        // German and French: "bzw.", "ca.", "vgl.", "sog.", "ggf.", "env." (environ)
        u"bspw", u"bzw", u"ca", u"env", u"evtl", u"ggf", u"inkl", u"sog", u"vgl", u"zzgl" };
    return list;
}

// Abbreviations that stand before a number ("No. 5", "p. 55", "Vol. 2").
const WordSet &numberPrefixes()
{
    static const WordSet list { u"abb", u"abs", u"art", u"arts", u"ch", u"chap", u"ext", u"fig", u"figs",
        u"hwy", u"n\u00B0", u"n\u00BA", u"no", u"nos", u"nr", u"op", u"para", u"pg", u"pp", u"ref", u"rt",
        u"rte", u"tel", u"vol", u"vols" };
    return list;
}

const WordSet &monthAbbreviations()
{
    static const WordSet list { u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep", u"sept",
        u"oct", u"nov", u"dec",
        // German
        u"dez", u"m\u00E4r", u"okt" };
    return list;
}

// Abbreviations that often end a sentence as well as sit inside one ("Apple Inc. The company ...").
const WordSet &ambiguousAbbreviations()
{
    static const WordSet list { u"al", u"assn", u"ave", u"blvd", u"bros", u"co", u"corp", u"cos", u"ct",
        u"dept", u"dist", u"esq", u"etc", u"inc", u"intl", u"jr", u"ln", u"ltd", u"mfg", u"pkwy", u"pl",
        u"plc", u"rd", u"sq", u"sr", u"univ",
        // German: "48 Mio. Euro", "im 19. Jh.", "Hauptstr. 5", "usw."; French "mds" (milliards)
        u"jh", u"jhd", u"mds", u"mio", u"mrd", u"str", u"tsd", u"usw" };
    return list;
}

// German writes the day of a date as an ordinal: "am 15. März 2026", "1. Okt.".
const WordSet &germanMonths()
{
    static const WordSet list { u"april", u"apr", u"aug", u"august", u"dez", u"dezember", u"feb", u"feber",
        u"februar", u"jan", u"januar", u"j\u00E4nner", u"jul", u"juli", u"jun", u"juni", u"mai", u"m\u00E4r",
        u"m\u00E4rz", u"nov", u"november", u"okt", u"oktober", u"sep", u"sept", u"september" };
    return list;
}

bool isDayOfMonth(QStringView token)
{
    if (token.isEmpty() || token.size() > 2)
        return false;
    int day = 0;
    for (QChar c : token) {
        if (!isAsciiDigit(c))
            return false;
        day = day * 10 + (c.unicode() - u'0');
    }
    return day >= 1 && day <= 31;
}

// AP-style state and province abbreviations and weekdays; only when capitalised ("ill." is a word).
const WordSet &capitalisedAmbiguous()
{
    static const WordSet list { u"ala", u"alta", u"ariz", u"ark", u"calif", u"colo", u"conn", u"del", u"fla",
        u"fri", u"ga", u"ill", u"ind", u"kan", u"kans", u"ky", u"la", u"mass", u"md", u"mich", u"minn",
        u"miss", u"mo", u"mon", u"mont", u"neb", u"nebr", u"nev", u"okla", u"ont", u"ore", u"pa", u"penn",
        u"que", u"sask", u"sat", u"sun", u"tenn", u"tex", u"thu", u"thur", u"thurs", u"tue", u"tues", u"va",
        u"vt", u"wash", u"wed", u"wis", u"wyo" };
    return list;
}

// Capitalised words that usually open a sentence: after an ambiguous abbreviation ("in the U.S. How
// ...", "Co. It ...") they decide for a boundary; names and nouns ("U.S. Government") do not.
const WordSet &sentenceStarters()
{
    static const WordSet list {
        u"a",
        u"according",
        u"after",
        u"also",
        u"although",
        u"an",
        u"and",
        u"another",
        u"any",
        u"are",
        u"as",
        u"at",
        u"because",
        u"before",
        u"both",
        u"but",
        u"by",
        u"can",
        u"could",
        u"despite",
        u"did",
        u"do",
        u"does",
        u"during",
        u"each",
        u"earlier",
        u"even",
        u"every",
        u"few",
        u"finally",
        u"for",
        u"from",
        u"furthermore",
        u"had",
        u"has",
        u"have",
        u"he",
        u"her",
        u"here",
        u"his",
        u"how",
        u"however",
        u"i",
        u"if",
        u"in",
        u"indeed",
        u"instead",
        u"is",
        u"it",
        u"its",
        u"last",
        u"later",
        u"let",
        u"many",
        u"meanwhile",
        u"might",
        u"moreover",
        u"most",
        u"must",
        u"my",
        u"nevertheless",
        u"next",
        u"no",
        u"nor",
        u"not",
        u"now",
        u"on",
        u"once",
        u"one",
        u"only",
        u"or",
        u"other",
        u"our",
        u"perhaps",
        u"please",
        u"several",
        u"she",
        u"should",
        u"since",
        u"so",
        u"some",
        u"still",
        u"such",
        u"that",
        u"the",
        u"their",
        u"then",
        u"there",
        u"these",
        u"they",
        u"this",
        u"those",
        u"though",
        u"thus",
        u"to",
        u"today",
        u"tomorrow",
        u"under",
        u"was",
        u"we",
        u"were",
        u"what",
        u"when",
        u"whenever",
        u"where",
        u"whether",
        u"which",
        u"while",
        u"who",
        u"whom",
        u"whose",
        u"why",
        u"will",
        u"with",
        u"without",
        u"would",
        u"yes",
        u"yesterday",
        u"yet",
        u"you",
        u"your",
    };
    return list;
}

// Words that continue a clock time: "3 p.m. Tuesday", "10 a.m. EDT".
const WordSet &timeContinuations()
{
    static const WordSet list {
        u"apr",
        u"april",
        u"aug",
        u"august",
        u"bst",
        u"cdt",
        u"central",
        u"cest",
        u"cet",
        u"cst",
        u"ct",
        u"dec",
        u"december",
        u"eastern",
        u"edt",
        u"est",
        u"et",
        u"feb",
        u"february",
        u"fri",
        u"friday",
        u"gmt",
        u"jan",
        u"january",
        u"jst",
        u"jul",
        u"july",
        u"jun",
        u"june",
        u"mar",
        u"march",
        u"may",
        u"mdt",
        u"mon",
        u"monday",
        u"mountain",
        u"mst",
        u"mt",
        u"nov",
        u"november",
        u"oct",
        u"october",
        u"pacific",
        u"pdt",
        u"pst",
        u"pt",
        u"sat",
        u"saturday",
        u"sep",
        u"sept",
        u"september",
        u"sun",
        u"sunday",
        u"thu",
        u"thur",
        u"thurs",
        u"thursday",
        u"tue",
        u"tues",
        u"tuesday",
        u"utc",
        u"wed",
        u"wednesday",
    };
    return list;
}

// Prepositions that open a sentence with a time: "At 5 a.m. Mr. Smith went ..." goes on after the time.
const WordSet &timeOpeners()
{
    static const WordSet list { u"about", u"after", u"around", u"as", u"at", u"before", u"beginning",
        u"between", u"by", u"from", u"on", u"since", u"shortly", u"starting", u"until", u"till" };
    return list;
}

// ---------------------------------------------------------------------------------------------
// Classification of the word in front of a single period.

enum class WordKind {
    Ordinary, // a plain word or number: the period ends the sentence before a capital or digit
    Prefix, // title or continuing abbreviation: never ends the sentence (Gov., Dr., e.g., vs.)
    NumberPrefix, // No., p., Vol.: goes on before a number
    Month, // Jan.: goes on before a number, otherwise like Ambiguous
    Ambiguous, // Inc., Jr., U.S., Calif.: ends the sentence only before a typical sentence opener
    Time, // a.m., p.m.
    InitialUpper, // "F." in "John F. Kennedy"
    InitialLower, // "v." in "Roe v. Wade", "b." in a list
};

// "U.S", "a.m", "Ph.D", "e.g": one- or two-letter segments joined by periods.
WordKind classifyDotted(QStringView word)
{
    qsizetype segment = 0;
    int segments = 1;
    for (const QChar c : word) {
        if (c.unicode() == u'.') {
            if (segment == 0)
                return WordKind::Ordinary;
            segment = 0;
            ++segments;
        } else if (c.isLetter() && segment < 2) {
            ++segment;
        } else {
            return WordKind::Ordinary;
        }
    }
    if (segment == 0 || segments < 2)
        return WordKind::Ordinary;
    if (word.compare(u"a.m", Qt::CaseInsensitive) == 0 || word.compare(u"p.m", Qt::CaseInsensitive) == 0)
        return WordKind::Time;
    if (word.compare(u"e.g", Qt::CaseInsensitive) == 0 || word.compare(u"i.e", Qt::CaseInsensitive) == 0
        || word.compare(u"c.f", Qt::CaseInsensitive) == 0)
        return WordKind::Prefix;
    return WordKind::Ambiguous;
}

WordKind classifyWord(QStringView word)
{
    if (word.isEmpty())
        return WordKind::Ordinary;
    const QChar first = word.front();
    if (word.size() == 1) {
        if (first.isUpper())
            return WordKind::InitialUpper;
        if (first.isLower())
            return WordKind::InitialLower;
        if (first.unicode() == 0x2116) // №
            return WordKind::NumberPrefix;
        return WordKind::Ordinary;
    }
    if (word.contains(u'.'))
        return classifyDotted(word);
    const bool capitalised = first.isUpper();
    const quint64 folded = foldedWordKey(word);
    if ((capitalised && titles().contains(folded)) || continuing().contains(folded))
        return WordKind::Prefix;
    if (capitalised && monthAbbreviations().contains(folded))
        return WordKind::Month;
    if (numberPrefixes().contains(folded))
        return WordKind::NumberPrefix;
    if (ambiguousAbbreviations().contains(folded) || (capitalised && capitalisedAmbiguous().contains(folded)))
        return WordKind::Ambiguous;
    return WordKind::Ordinary;
}

// ---------------------------------------------------------------------------------------------
// List markers: "1.", "2)", "3.)", "(4)", "a.", "b)", "C)". Upper-case letters with a bare period are
// left out because they are indistinguishable from initials ("A. B. Smith").

struct ListMarker
{
    enum class Kind { Number, Lower, Upper };
    enum class Style { Dot, Paren, DotParen, Enclosed };
    bool valid = false;
    Kind kind = Kind::Number;
    Style style = Style::Dot;
    int value = 0;
    qsizetype end = 0;

    bool follows(const ListMarker &previous) const
    {
        return valid && previous.valid && kind == previous.kind && style == previous.style
            && value == previous.value + 1;
    }
};

ListMarker parseListMarker(QStringView text, qsizetype at)
{
    ListMarker marker;
    const qsizetype size = text.size();
    qsizetype k = at;
    const bool enclosed = k < size && text[k].unicode() == u'(';
    if (enclosed)
        ++k;
    if (k < size && isAsciiDigit(text[k])) {
        int digits = 0;
        while (k < size && isAsciiDigit(text[k])) {
            if (++digits > 3)
                return {};
            marker.value = marker.value * 10 + (text[k].unicode() - u'0');
            ++k;
        }
        marker.kind = ListMarker::Kind::Number;
    } else if (k < size && isAsciiLetter(text[k])) {
        const char16_t letter = text[k].unicode();
        const bool lower = letter >= u'a';
        marker.kind = lower ? ListMarker::Kind::Lower : ListMarker::Kind::Upper;
        marker.value = lower ? letter - u'a' + 1 : letter - u'A' + 1;
        ++k;
    } else {
        return {};
    }
    if (k >= size)
        return {};
    if (enclosed) {
        if (text[k].unicode() != u')')
            return {};
        marker.style = ListMarker::Style::Enclosed;
        ++k;
    } else if (text[k].unicode() == u'.') {
        ++k;
        if (k < size && text[k].unicode() == u')') {
            marker.style = ListMarker::Style::DotParen;
            ++k;
        } else {
            if (marker.kind == ListMarker::Kind::Upper)
                return {};
            marker.style = ListMarker::Style::Dot;
        }
    } else if (text[k].unicode() == u')') {
        marker.style = ListMarker::Style::Paren;
        ++k;
    } else {
        return {};
    }
    // A marker stands apart from the item's text.
    if (k >= size || !isBlank(text[k]))
        return {};
    marker.valid = true;
    marker.end = k;
    return marker;
}

// ---------------------------------------------------------------------------------------------
// The scanner: one pass from left to right. Every look-back or look-ahead is bounded or covers
// characters that the pass then skips, so the whole split is linear in the input.

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
        , m_size(text.size())
    { }

    QList<Span> run();

private:
    enum class NextKind { Lower, Upper, Digit, Dash, Other };
    struct Next
    {
        NextKind kind = NextKind::Other;
        qsizetype wordPos = 0; // first character after opening quotes and brackets
    };
    struct Gap
    {
        qsizetype next = 0; // first non-blank character after the gap, or the size
        int lineBreaks = 0;
    };

    void closeSentenceAt(qsizetype end);
    void startSentenceAt(qsizetype start);
    qsizetype beginSentence(qsizetype at);
    qsizetype handleTerminal(qsizetype runStart);
    void handleLineBreak(qsizetype at);

    Gap scanGap(qsizetype from) const;
    Next classifyNext(qsizetype pos) const;
    QStringView letterWordAt(qsizetype pos, qsizetype maxLength) const;
    bool isStarterWord(qsizetype pos) const;
    bool isPronounI(qsizetype pos) const;
    bool isTimeContinuation(qsizetype pos) const;
    bool isPrepositionalOpener(qsizetype tokenStart) const;
    bool periodEndsSentence(qsizetype period, bool closed, const Next &next, bool lineBreak) const;
    WordKind classifyTokenBefore(qsizetype period, qsizetype *tokenStart) const;
    bool looksLikeMissingSpace(qsizetype period);
    bool isTrailingAttachment(qsizetype pos) const;
    bool isAttribution(qsizetype pos) const;
    bool startsListItem(qsizetype pos) const;
    qsizetype longestLine() const;

    QStringView m_text;
    qsizetype m_size = 0;
    QList<Span> m_spans;

    qsizetype m_sentenceStart = 0;
    bool m_atSentenceStart = true; // nothing but white space since m_sentenceStart
    bool m_sentenceHasWord = false; // a letter or digit since m_sentenceStart, list markers aside
    ListMarker m_lastMarker;

    qsizetype m_lineStart = 0;
    bool m_lineHasContent = false;
    qsizetype m_longestLine = 0;

    // The white-space delimited token around the last "word.Word" check, so that a long token with
    // many periods is scanned once.
    qsizetype m_tokenStart = -1;
    qsizetype m_tokenEnd = -1;
    bool m_tokenIsAddress = false;
};

// Lines longer than this are paragraphs, not hard-wrapped prose.
constexpr qsizetype kMaxWrapWidth = 100;
// Longest token examined as an abbreviation; anything longer is an ordinary word.
constexpr qsizetype kMaxAbbreviationToken = 64;

QList<Span> Scanner::run()
{
    m_longestLine = longestLine();
    qsizetype i = 0;
    while (i < m_size) {
        const QChar c = m_text[i];
        if (isLineBreak(c)) {
            // CR LF is one break, handled at the LF.
            if (c.unicode() == u'\r' && i + 1 < m_size && m_text[i + 1].unicode() == u'\n') {
                ++i;
                continue;
            }
            handleLineBreak(i);
            ++i;
            m_lineStart = i;
            m_lineHasContent = false;
            continue;
        }
        if (c.unicode() == u' ') {
            ++i;
            continue;
        }
        // The common case: a word of ASCII letters and digits, which can hold no boundary after its
        // first character.
        if (isAsciiLetterOrDigit(c) && !m_atSentenceStart) {
            if (m_lastMarker.valid && i > 0 && isBlank(m_text[i - 1])
                && parseListMarker(m_text, i).follows(m_lastMarker)) {
                startSentenceAt(i);
                continue;
            }
            m_sentenceHasWord = true;
            m_lineHasContent = true;
            ++i;
            while (i < m_size && isAsciiLetterOrDigit(m_text[i]))
                ++i;
            continue;
        }
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (m_atSentenceStart) {
            const qsizetype next = beginSentence(i);
            m_lineHasContent = true;
            i = next;
            continue;
        }
        m_lineHasContent = true;
        const bool afterBlank = i > 0 && isBlank(m_text[i - 1]);
        if (afterBlank && isBullet(c)) {
            const Gap gap = scanGap(i + 1);
            if (gap.next < m_size && gap.lineBreaks == 0) {
                startSentenceAt(i);
                continue;
            }
        }
        // "1. The first item 2. The second item": a marker that continues the block's enumeration.
        if (afterBlank && m_lastMarker.valid
            && (isAsciiDigit(c) || isAsciiLetter(c) || c.unicode() == u'(')) {
            if (parseListMarker(m_text, i).follows(m_lastMarker)) {
                startSentenceAt(i);
                continue;
            }
        }
        if (isTerminal(c)) {
            i = handleTerminal(i);
            continue;
        }
        if (c.isLetterOrNumber())
            m_sentenceHasWord = true;
        ++i;
    }
    closeSentenceAt(m_size);
    return std::move(m_spans);
}

qsizetype Scanner::longestLine() const
{
    qsizetype longest = 0;
    qsizetype current = 0;
    for (const QChar c : m_text) {
        if (isLineBreak(c)) {
            longest = std::max(longest, current);
            current = 0;
        } else {
            ++current;
        }
    }
    return std::max(longest, current);
}

void Scanner::closeSentenceAt(qsizetype end)
{
    qsizetype start = m_sentenceStart;
    qsizetype stop = end;
    while (start < stop && isBlank(m_text[start]))
        ++start;
    while (stop > start && isBlank(m_text[stop - 1]))
        --stop;
    if (start < stop)
        m_spans.append(Span { start, stop });
    m_sentenceStart = end;
    m_atSentenceStart = true;
    m_sentenceHasWord = false;
}

void Scanner::startSentenceAt(qsizetype start)
{
    closeSentenceAt(start);
}

// At the first visible character of a sentence: steps over bullets and a list marker, which are part
// of the sentence's text but are not its words.
qsizetype Scanner::beginSentence(qsizetype at)
{
    m_atSentenceStart = false;
    qsizetype k = at;
    const auto skipInlineSpace = [&] {
        while (k < m_size && isBlank(m_text[k]) && !isLineBreak(m_text[k]))
            ++k;
    };
    if (!m_lineHasContent && isLineBullet(m_text[k]) && k + 1 < m_size && isInlineSpace(m_text[k + 1])) {
        ++k;
        skipInlineSpace();
    }
    while (k < m_size && isBullet(m_text[k])) {
        ++k;
        skipInlineSpace();
    }
    const ListMarker marker = parseListMarker(m_text, k);
    if (marker.valid) {
        m_lastMarker = marker;
        return marker.end;
    }
    return k;
}

Scanner::Gap Scanner::scanGap(qsizetype from) const
{
    Gap gap;
    qsizetype k = from;
    while (k < m_size && isBlank(m_text[k])) {
        const char16_t c = m_text[k].unicode();
        if (c == 0x2029)
            gap.lineBreaks += 2; // a paragraph separator
        else if (isLineBreak(m_text[k])
            && !(c == u'\r' && k + 1 < m_size && m_text[k + 1].unicode() == u'\n'))
            ++gap.lineBreaks;
        ++k;
    }
    gap.next = k;
    return gap;
}

Scanner::Next Scanner::classifyNext(qsizetype pos) const
{
    Next next;
    const QChar c = m_text[pos];
    if (isDash(c)) {
        next.kind = NextKind::Dash;
        next.wordPos = pos;
        return next;
    }
    qsizetype k = pos;
    while (k < m_size && k - pos < 4 && isOpener(m_text[k]))
        ++k;
    next.wordPos = k;
    if (k >= m_size)
        return next;
    const QChar w = m_text[k];
    if (w.isDigit())
        next.kind = NextKind::Digit;
    else if (w.isLower())
        // "iPhone", "eBay": a lower-case brand still opens a sentence.
        next.kind = k + 1 < m_size && m_text[k + 1].isUpper() ? NextKind::Upper : NextKind::Lower;
    else if (startsLikeSentence(w))
        next.kind = NextKind::Upper;
    return next;
}

QStringView Scanner::letterWordAt(qsizetype pos, qsizetype maxLength) const
{
    qsizetype k = pos;
    while (k < m_size && m_text[k].isLetter()) {
        if (k - pos >= maxLength)
            return {};
        ++k;
    }
    return m_text.sliced(pos, k - pos);
}

bool Scanner::isStarterWord(qsizetype pos) const
{
    const QStringView word = letterWordAt(pos, 16);
    if (word.isEmpty())
        return false;
    const qsizetype after = pos + word.size();
    // "J. A. Smith": a single letter with a period is another initial, not the article "A".
    if (word.size() == 1 && after < m_size && m_text[after].unicode() == u'.')
        return false;
    return sentenceStarters().contains(word);
}

bool Scanner::isPronounI(qsizetype pos) const
{
    if (pos >= m_size || m_text[pos].unicode() != u'I')
        return false;
    return pos + 1 >= m_size || (!m_text[pos + 1].isLetterOrNumber() && m_text[pos + 1].unicode() != u'.');
}

bool Scanner::isTimeContinuation(qsizetype pos) const
{
    const QStringView word = letterWordAt(pos, 12);
    return !word.isEmpty() && timeContinuations().contains(word);
}

// True when the sentence so far is a short phrase such as "At 5" or "Shortly after 9" that a clock
// time completes: the sentence's subject still follows.
bool Scanner::isPrepositionalOpener(qsizetype tokenStart) const
{
    qsizetype s = m_sentenceStart;
    while (s < tokenStart && (isBlank(m_text[s]) || isOpener(m_text[s])))
        ++s;
    if (s >= tokenStart || tokenStart - s > 40)
        return false;
    const QStringView first = letterWordAt(s, 12);
    if (first.isEmpty() || !timeOpeners().contains(first))
        return false;
    int words = 0;
    bool inWord = false;
    for (qsizetype k = s; k < tokenStart; ++k) {
        const bool blank = isBlank(m_text[k]);
        if (!blank && !inWord)
            ++words;
        inWord = !blank;
    }
    return words <= 3;
}

WordKind Scanner::classifyTokenBefore(qsizetype period, qsizetype *tokenStart) const
{
    const qsizetype limit = std::max<qsizetype>(0, period - kMaxAbbreviationToken);
    qsizetype j = period;
    while (j > limit && !isBlank(m_text[j - 1]))
        --j;
    *tokenStart = j;
    if (j == limit && j > 0 && !isBlank(m_text[j - 1]))
        return WordKind::Ordinary;
    while (j < period && isOpener(m_text[j]))
        ++j;
    const QStringView token = m_text.sliced(j, period - j);
    const WordKind kind = classifyWord(token);
    if (kind != WordKind::Ordinary)
        return kind;
    // "(D-Calif.", "—U.S.": the part after a dash or slash.
    for (qsizetype k = token.size() - 1; k >= 0; --k) {
        if (isDash(token[k]) || token[k].unicode() == u'/')
            return classifyWord(token.sliced(k + 1));
    }
    return WordKind::Ordinary;
}

bool Scanner::periodEndsSentence(qsizetype period, bool closed, const Next &next, bool lineBreak) const
{
    qsizetype tokenStart = period;
    // A closing quote or bracket after the period ends the quoted sentence whatever stood before it.
    const WordKind kind = closed ? WordKind::Ordinary : classifyTokenBefore(period, &tokenStart);
    const bool digit = next.kind == NextKind::Digit;
    switch (kind) {
    case WordKind::Ordinary:
        return !(isDayOfMonth(m_text.sliced(tokenStart, period - tokenStart))
            && germanMonths().contains(letterWordAt(next.wordPos, 12)));
    case WordKind::Prefix:
    case WordKind::InitialLower:
        return false;
    case WordKind::NumberPrefix:
        return !digit;
    case WordKind::Month:
    case WordKind::Ambiguous:
        if (digit)
            return false;
        return lineBreak || isStarterWord(next.wordPos);
    case WordKind::Time:
        if (digit)
            return false;
        if (lineBreak || isStarterWord(next.wordPos))
            return true;
        if (isTimeContinuation(next.wordPos))
            return false;
        return !isPrepositionalOpener(tokenStart);
    case WordKind::InitialUpper:
        return digit || isStarterWord(next.wordPos);
    }
    return true;
}

// "ended.The": a period without the space after it, between a lower-case word and a capitalised one,
// and not inside an address such as "jane.Doe@example.com" or a URL.
bool Scanner::looksLikeMissingSpace(qsizetype period)
{
    if (!m_sentenceHasWord || period < 2 || period + 2 >= m_size)
        return false;
    if (!m_text[period - 1].isLower() || !m_text[period - 2].isLetter())
        return false;
    if (!m_text[period + 1].isUpper() || !m_text[period + 2].isLower())
        return false;
    if (period < m_tokenStart || period >= m_tokenEnd) {
        qsizetype s = period;
        while (s > 0 && !isBlank(m_text[s - 1]))
            --s;
        qsizetype e = period;
        while (e < m_size && !isBlank(m_text[e]))
            ++e;
        m_tokenStart = s;
        m_tokenEnd = e;
        m_tokenIsAddress = false;
        for (qsizetype k = s; k < e && !m_tokenIsAddress; ++k) {
            const char16_t c = m_text[k].unicode();
            m_tokenIsAddress = c == u'@' || c == u'/' || c == u':' || c == u'\\' || c == u'_' || c == u'=';
        }
        if (!m_tokenIsAddress && e - s > 4)
            m_tokenIsAddress = m_text.sliced(s, e - s).startsWith(u"www.", Qt::CaseInsensitive);
    }
    if (m_tokenIsAddress)
        return false;
    qsizetype w = period;
    while (w > m_tokenStart && period - w < 16 && m_text[w - 1].isLetter())
        --w;
    return classifyWord(m_text.sliced(w, period - w)) == WordKind::Ordinary;
}

// "“Is this fair?” Foreign Minister Qin asked.": up to four capitalised words (a name, perhaps with a
// title and "of") and then a speech verb continue the sentence of the quote.
bool Scanner::isAttribution(qsizetype pos) const
{
    // "“Why?” He wondered.": a capitalised pronoun or article opens a new sentence; a name does not.
    if (isStarterWord(pos))
        return false;
    qsizetype k = pos;
    for (int words = 0; words < 5; ++words) {
        const QStringView word = letterWordAt(k, 24);
        if (word.isEmpty())
            return false;
        if (words > 0 && WordLists::speechVerbs().contains(word))
            return true;
        if (!word.front().isUpper() && word != u"of" && word != u"the")
            return false;
        k += word.size();
        // Initials and possessive-free names: "J.", "Ocasio-Cortez".
        while (k < m_size && (m_text[k].unicode() == u'.' || m_text[k].unicode() == u'-'))
            ++k;
        if (k >= m_size || !isInlineSpace(m_text[k]))
            return false;
        while (k < m_size && isInlineSpace(m_text[k]))
            ++k;
    }
    return false;
}

// "... Monday, June 19, 2023. (Jane Roe/AP Photo)": a bracketed credit or citation without sentence
// punctuation of its own, closing the block, belongs to the sentence before it.
bool Scanner::isTrailingAttachment(qsizetype pos) const
{
    const char16_t open = m_text[pos].unicode();
    if (open != u'(' && open != u'[')
        return false;
    const char16_t close = open == u'(' ? u')' : u']';
    constexpr qsizetype kMaxAttachment = 200;
    qsizetype k = pos + 1;
    while (k < m_size && k - pos < kMaxAttachment && m_text[k].unicode() != close) {
        if (isTerminal(m_text[k]) || isLineBreak(m_text[k]))
            return false;
        ++k;
    }
    if (k >= m_size || m_text[k].unicode() != close)
        return false;
    ++k;
    if (k < m_size && m_text[k].unicode() == u'.')
        ++k;
    while (k < m_size && isBlank(m_text[k]))
        ++k;
    return k == m_size;
}

qsizetype Scanner::handleTerminal(qsizetype runStart)
{
    // The run of final punctuation: "?!", "...", "…", and spaced ellipses ". . .".
    qsizetype k = runStart;
    int dots = 0;
    bool questionOrExclamation = false;
    bool spaced = false;
    while (k < m_size) {
        const QChar c = m_text[k];
        if (c.unicode() == u'.' || c.unicode() == kEllipsis) {
            dots += c.unicode() == u'.' ? 1 : 3;
            ++k;
            if (k + 1 < m_size && isInlineSpace(m_text[k])
                && (m_text[k + 1].unicode() == u'.' || m_text[k + 1].unicode() == kEllipsis)) {
                spaced = true;
                ++k;
            }
        } else if (isQuestionOrExclamation(c)) {
            questionOrExclamation = true;
            ++k;
        } else {
            break;
        }
    }
    const qsizetype runEnd = k;
    while (k < m_size && isCloser(m_text[k]))
        ++k;
    if (k == runEnd && k + 1 < m_size && isInlineSpace(m_text[k]) && m_text[k].unicode() != u' '
        && isClosingGuillemet(m_text[k + 1]))
        k += 2;
    const qsizetype end = k;
    const bool closed = end > runEnd;
    if (end >= m_size)
        return end;
    if (!isBlank(m_text[end])) {
        // Inside a token: "U.S.A", "3.5", "example.com", "Jr.'s", "mean...see".
        if (!closed && runEnd - runStart == 1 && looksLikeMissingSpace(runStart))
            closeSentenceAt(runEnd);
        return end;
    }
    const Gap gap = scanGap(end);
    if (gap.next >= m_size)
        return end;
    if (gap.lineBreaks >= 2) {
        closeSentenceAt(end);
        return end;
    }
    // Punctuation before any word ("... The practice", a lone "?") starts a sentence, it cannot end one.
    if (!m_sentenceHasWord)
        return end;
    // "[...]" and "(...)" mark an omission inside a quotation.
    if (dots > 0 && !questionOrExclamation && runStart > 0
        && (m_text[runStart - 1].unicode() == u'[' || m_text[runStart - 1].unicode() == u'('))
        return end;
    const Next next = classifyNext(gap.next);
    if (next.kind == NextKind::Lower || next.kind == NextKind::Dash || isTrailingAttachment(gap.next))
        return end;

    bool boundary = true;
    if (questionOrExclamation) {
        boundary = !(closed && next.kind == NextKind::Upper && isAttribution(next.wordPos));
    } else if (dots >= 2) {
        const bool attached = runStart > 0 && !isBlank(m_text[runStart - 1]);
        if (dots >= 4 && spaced && attached) {
            // "compounds. . . . The practice": the period ends the sentence, the ellipsis opens the next.
            closeSentenceAt(runStart + 1);
            return runStart + 1;
        }
        // A bare ellipsis before a capital ends the sentence, but not before "I", which is always capital.
        if (dots == 3)
            boundary = next.kind == NextKind::Upper && !isPronounI(next.wordPos);
    } else {
        boundary = periodEndsSentence(runStart, closed, next, gap.lineBreaks > 0);
    }
    if (boundary)
        closeSentenceAt(end);
    return end;
}

bool Scanner::startsListItem(qsizetype pos) const
{
    const QChar c = m_text[pos];
    if (isBullet(c))
        return true;
    if (isLineBullet(c) && pos + 1 < m_size && isInlineSpace(m_text[pos + 1]))
        return true;
    return parseListMarker(m_text, pos).valid;
}

// A line break without final punctuation ends a sentence before a list item or a blank line, and after
// a heading-like line: one broken off before the block's width, or in a block that is not hard-wrapped.
void Scanner::handleLineBreak(qsizetype at)
{
    if (m_atSentenceStart)
        return;
    const Gap gap = scanGap(at);
    if (gap.next >= m_size)
        return;
    if (gap.lineBreaks >= 2 || startsListItem(gap.next)) {
        closeSentenceAt(at);
        return;
    }
    if (!m_lineHasContent)
        return;
    qsizetype last = at;
    while (last > m_lineStart && isBlank(m_text[last - 1]))
        --last;
    qsizetype p = last - 1;
    while (p > m_lineStart && isCloser(m_text[p]))
        --p;
    // Final punctuation was judged where it stood; a comma or a dash carries the sentence on.
    if (isTerminal(m_text[p]) || isContinuationMark(m_text[p]))
        return;
    const Next next = classifyNext(gap.next);
    if (next.kind != NextKind::Upper && next.kind != NextKind::Digit)
        return;
    qsizetype wordEnd = gap.next;
    while (wordEnd < m_size && wordEnd - gap.next < kMaxWrapWidth && !isBlank(m_text[wordEnd]))
        ++wordEnd;
    const qsizetype lineLength = last - m_lineStart;
    const bool brokenEarly = lineLength + 1 + (wordEnd - gap.next) <= m_longestLine;
    if (m_longestLine > kMaxWrapWidth || brokenEarly)
        closeSentenceAt(at);
}

} // namespace

QList<SentenceSegmenter::Span> SentenceSegmenter::split(QStringView text)
{
    return Scanner(text).run();
}

} // namespace Parallax
