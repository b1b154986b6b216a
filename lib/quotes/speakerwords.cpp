// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/speakerwords_p.h"

namespace Parallax::Internal {

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

} // namespace Parallax::Internal
