// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/segmenterwords_p.h"

#include "text/segmentercharacters_p.h"

namespace Parallax::Internal {
namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

} // namespace Parallax::Internal
