// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/wordlists.h"

#include "text/wordset.h"

#include <QHash>
#include <QString>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Parallax::WordLists {

const WordSet &functionWords()
{
    static const WordSet set = WordSet({
        u"a",
        u"an",
        u"the",
        u"this",
        u"that",
        u"these",
        u"those",
        u"some",
        u"any",
        u"each",
        u"every",
        u"all",
        u"both",
        u"either",
        u"such",
        u"another",
        u"other",
        u"i",
        u"me",
        u"my",
        u"mine",
        u"we",
        u"us",
        u"our",
        u"ours",
        u"you",
        u"your",
        u"yours",
        u"he",
        u"him",
        u"his",
        u"she",
        u"her",
        u"hers",
        u"it",
        u"its",
        u"they",
        u"them",
        u"their",
        u"theirs",
        u"who",
        u"whom",
        u"whose",
        u"which",
        u"what",
        u"whatever",
        u"whoever",
        u"one",
        u"ones",
        u"itself",
        u"himself",
        u"herself",
        u"themselves",
        u"ourselves",
        u"of",
        u"in",
        u"on",
        u"at",
        u"by",
        u"for",
        u"with",
        u"from",
        u"to",
        u"into",
        u"onto",
        u"upon",
        u"about",
        u"over",
        u"under",
        u"after",
        u"before",
        u"during",
        u"since",
        u"until",
        u"till",
        u"through",
        u"throughout",
        u"between",
        u"among",
        u"amid",
        u"against",
        u"toward",
        u"towards",
        u"across",
        u"along",
        u"around",
        u"behind",
        u"beyond",
        u"despite",
        u"via",
        u"per",
        u"within",
        u"out",
        u"off",
        u"up",
        u"down",
        u"near",
        u"like",
        u"as",
        u"than",
        u"and",
        u"or",
        u"but",
        u"so",
        u"yet",
        u"if",
        u"whether",
        u"because",
        u"although",
        u"though",
        u"while",
        u"whereas",
        u"when",
        u"where",
        u"why",
        u"how",
        u"once",
        u"unless",
        u"also",
        u"still",
        u"however",
        u"thus",
        u"therefore",
        u"instead",
        u"meanwhile",
        u"moreover",
        u"furthermore",
        u"nevertheless",
        u"nonetheless",
        u"then",
        u"now",
        u"just",
        u"even",
        u"too",
        u"very",
        u"quite",
        u"rather",
        u"again",
        u"further",
        u"indeed",
        u"only",
        u"there",
        u"here",
        u"be",
        u"is",
        u"am",
        u"are",
        u"was",
        u"were",
        u"been",
        u"being",
        u"have",
        u"has",
        u"had",
        u"having",
        u"do",
        u"does",
        u"did",
        u"done",
        u"will",
        u"would",
        u"shall",
        u"should",
        u"can",
        u"could",
        u"may",
        u"might",
        u"must",
        u"it's",
        u"that's",
        u"there's",
        u"he's",
        u"she's",
        u"we're",
        u"they're",
        u"you're",
        u"i'm",
        u"we've",
        u"they've",
        u"i've",
        u"let's",
        u"'s",
        u"s",
        u"mr",
        u"mrs",
        u"ms",
        u"mr.",
        u"mrs.",
        u"ms.",
        u"about",
        u"more",
        u"most",
        u"much",
        u"many",
        u"well",
        // German and French. Words that are also English content words ("die", "war", "man", "hat", "car",
        // "son") are left out: a lone "war" dropped from an English sentence is no grammar change.
        u"der",
        u"das",
        u"den",
        u"dem",
        u"des",
        u"ein",
        u"eine",
        u"einer",
        u"eines",
        u"einem",
        u"einen",
        u"ich",
        u"du",
        u"er",
        u"sie",
        u"es",
        u"wir",
        u"ihr",
        u"mich",
        u"mir",
        u"dich",
        u"dir",
        u"ihn",
        u"ihm",
        u"uns",
        u"euch",
        u"ihnen",
        u"sich",
        u"sein",
        u"seine",
        u"seinem",
        u"seinen",
        u"seiner",
        u"seines",
        u"ihre",
        u"ihrem",
        u"ihren",
        u"ihrer",
        u"ihres",
        u"unser",
        u"unsere",
        u"euer",
        u"dies",
        u"diese",
        u"dieser",
        u"dieses",
        u"diesem",
        u"diesen",
        u"jene",
        u"jener",
        u"welche",
        u"welcher",
        u"welches",
        u"jeder",
        u"jede",
        u"jedes",
        u"alle",
        u"viele",
        u"mehr",
        u"an",
        u"auf",
        u"aus",
        u"bei",
        u"bis",
        u"durch",
        u"für",
        u"gegen",
        u"hinter",
        u"im",
        u"ins",
        u"am",
        u"zum",
        u"zur",
        u"vom",
        u"beim",
        u"mit",
        u"nach",
        u"neben",
        u"ohne",
        u"seit",
        u"über",
        u"um",
        u"unter",
        u"von",
        u"vor",
        u"während",
        u"wegen",
        u"zu",
        u"zwischen",
        u"laut",
        u"trotz",
        u"gemäß",
        u"aufgrund",
        u"und",
        u"oder",
        u"aber",
        u"doch",
        u"sondern",
        u"denn",
        u"weil",
        u"dass",
        u"ob",
        u"wenn",
        u"als",
        u"wie",
        u"da",
        u"damit",
        u"obwohl",
        u"auch",
        u"noch",
        u"schon",
        u"nur",
        u"sehr",
        u"dann",
        u"nun",
        u"jetzt",
        u"deshalb",
        u"daher",
        u"deswegen",
        u"darum",
        u"also",
        u"jedoch",
        u"dennoch",
        u"trotzdem",
        u"zudem",
        u"außerdem",
        u"allerdings",
        u"dabei",
        u"somit",
        u"demnach",
        u"inzwischen",
        u"bereits",
        u"erst",
        u"eben",
        u"hier",
        u"dort",
        u"ist",
        u"sind",
        u"waren",
        u"gewesen",
        u"bist",
        u"seid",
        u"wird",
        u"werden",
        u"wurde",
        u"wurden",
        u"worden",
        u"haben",
        u"hatte",
        u"hatten",
        u"gehabt",
        u"kann",
        u"können",
        u"konnte",
        u"konnten",
        u"muss",
        u"müssen",
        u"musste",
        u"mussten",
        u"soll",
        u"sollen",
        u"sollte",
        u"sollten",
        u"wollen",
        u"wollte",
        u"wollten",
        u"darf",
        u"dürfen",
        u"durfte",
        u"möchte",
        u"würde",
        u"würden",
        u"le",
        u"la",
        u"les",
        u"un",
        u"une",
        u"des",
        u"du",
        u"de",
        u"au",
        u"aux",
        u"ce",
        u"cet",
        u"cette",
        u"ces",
        u"mon",
        u"ma",
        u"mes",
        u"ton",
        u"ta",
        u"tes",
        u"sa",
        u"ses",
        u"notre",
        u"nos",
        u"votre",
        u"vos",
        u"leur",
        u"leurs",
        u"je",
        u"tu",
        u"il",
        u"elle",
        u"on",
        u"nous",
        u"vous",
        u"ils",
        u"elles",
        u"me",
        u"te",
        u"se",
        u"lui",
        u"y",
        u"en",
        u"qui",
        u"que",
        u"quoi",
        u"dont",
        u"où",
        u"à",
        u"dans",
        u"par",
        u"pour",
        u"sur",
        u"sous",
        u"avec",
        u"chez",
        u"vers",
        u"entre",
        u"contre",
        u"selon",
        u"pendant",
        u"depuis",
        u"avant",
        u"après",
        u"et",
        u"ou",
        u"mais",
        u"donc",
        u"ni",
        u"puis",
        u"ainsi",
        u"aussi",
        u"alors",
        u"encore",
        u"déjà",
        u"toujours",
        u"très",
        u"plus",
        u"moins",
        u"bien",
        u"trop",
        u"cependant",
        u"pourtant",
        u"toutefois",
        u"néanmoins",
        u"ensuite",
        u"enfin",
        u"désormais",
        u"est",
        u"sont",
        u"était",
        u"étaient",
        u"été",
        u"être",
        u"ont",
        u"avait",
        u"avaient",
        u"eu",
        u"avoir",
        u"sera",
        u"seront",
        u"serait",
        u"seraient",
        u"peut",
        u"peuvent",
        u"pouvait",
        u"doit",
        u"doivent",
        u"devait",
        u"va",
        u"vont",
        u"allait",
    });
    return set;
}

// Verbs that attribute speech or writing: "said", "told", "asked", "tweeted", ...
const WordSet &speechVerbs()
{
    static const WordSet set { u"say", u"says", u"said", u"saying", u"tells", u"told", u"telling", u"stated",
        u"declares", u"declared", u"adds", u"added", u"adding", u"asks", u"asked", u"writes", u"wrote",
        u"noted", u"noting", u"insists", u"insisted", u"warns", u"warned", u"explains", u"explained",
        u"urges", u"urged", u"claimed", u"argues", u"argued", u"announced", u"replied", u"responded",
        u"remarked", u"commented", u"concluded", u"acknowledged", u"admitted", u"stressed", u"emphasized",
        u"emphasised", u"underscored", u"observed", u"recalled", u"suggested", u"hailed", u"described",
        u"describing", u"called", u"tweeted", u"posted", u"quipped", u"conceded", u"cautioned", u"pledged",
        u"vowed", u"predicted", u"affirmed", u"asserted", u"maintained", u"reiterated", u"blasted",
        u"demanded", u"characterized", u"characterised", u"announces", u"continued", u"promised", u"answered",
        u"cried", u"exclaimed", u"joked", u"shouted", u"wondered", u"yelled" };
    return set;
}

namespace {

const WordSet &negations()
{
    static const WordSet set = WordSet({ u"not", u"no", u"never", u"none", u"nobody", u"nothing", u"neither",
        u"nor", u"without", u"cannot", u"can't", u"won't", u"don't", u"doesn't", u"didn't", u"isn't",
        u"aren't", u"wasn't", u"weren't", u"hasn't", u"haven't", u"hadn't", u"wouldn't", u"couldn't",
        u"shouldn't", u"mustn't", u"n't", u"nowhere", u"refused", u"denied", u"declined",
        // German and French
        u"nicht", u"kein", u"keine", u"keinem", u"keinen", u"keiner", u"keines", u"nie", u"niemals",
        u"niemand", u"nichts", u"nirgends", u"weder", u"ohne", u"ne", u"n'", u"pas", u"jamais", u"rien",
        u"personne", u"aucun", u"aucune", u"ni", u"sans", u"guère", u"nullement" });
    return set;
}

const WordSet &numberWords()
{
    static const WordSet set = WordSet({ u"zero", u"one", u"two", u"three", u"four", u"five", u"six",
        u"seven", u"eight", u"nine", u"ten", u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen",
        u"sixteen", u"seventeen", u"eighteen", u"nineteen", u"twenty", u"thirty", u"forty", u"fifty",
        u"sixty", u"seventy", u"eighty", u"ninety", u"hundred", u"hundreds", u"thousand", u"thousands",
        u"million", u"millions", u"billion", u"billions", u"trillion", u"dozen", u"dozens", u"half",
        u"quarter", u"third", u"first", u"second", u"fourth", u"fifth", u"sixth", u"seventh", u"eighth",
        u"ninth", u"tenth", u"twice", u"double", u"triple", u"percent", u"several", u"dozen",
        // German
        u"zwei", u"drei", u"vier", u"fünf", u"sechs", u"sieben", u"acht", u"neun", u"zehn", u"elf", u"zwölf",
        u"zwanzig", u"dreißig", u"vierzig", u"fünfzig", u"hundert", u"tausend", u"million", u"millionen",
        u"milliarde", u"milliarden", u"dutzend", u"hälfte", u"drittel", u"viertel", u"erste", u"zweite",
        u"dritte", u"prozent", u"doppelt", u"mio", u"mrd",
        // French
        u"deux", u"trois", u"quatre", u"cinq", u"sept", u"huit", u"neuf", u"dix", u"onze", u"douze", u"vingt",
        u"trente", u"quarante", u"cinquante", u"cent", u"cents", u"mille", u"milliard", u"milliards",
        u"douzaine", u"moitié", u"tiers", u"quart", u"premier", u"première", u"deuxième", u"troisième" });
    return set;
}

const WordSet &dateWords()
{
    static const WordSet set = WordSet({ u"january", u"february", u"march", u"april", u"may", u"june",
        u"july", u"august", u"september", u"october", u"november", u"december", u"jan", u"feb", u"mar",
        u"apr", u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"monday", u"tuesday",
        u"wednesday", u"thursday", u"friday", u"saturday", u"sunday", u"yesterday", u"today", u"tomorrow",
        u"tonight", u"morning", u"afternoon", u"evening", u"night", u"week", u"month", u"year", u"weeks",
        u"months", u"years", u"days", u"day", u"hours", u"hour", u"minutes",
        // German
        u"januar", u"jänner", u"februar", u"märz", u"mai", u"juni", u"juli", u"oktober", u"dezember", u"okt",
        u"dez", u"montag", u"dienstag", u"mittwoch", u"donnerstag", u"freitag", u"samstag", u"sonnabend",
        u"sonntag", u"gestern", u"heute", u"morgen", u"vorgestern", u"übermorgen", u"abend", u"nacht",
        u"woche", u"wochen", u"monat", u"monate", u"monaten", u"jahr", u"jahre", u"jahren", u"tage", u"tagen",
        u"stunde", u"stunden", u"minuten",
        // French ("an" is left out: it is the English article)
        u"janvier", u"février", u"mars", u"avril", u"juin", u"juillet", u"août", u"septembre", u"octobre",
        u"novembre", u"décembre", u"lundi", u"mardi", u"mercredi", u"jeudi", u"vendredi", u"samedi",
        u"dimanche", u"hier", u"aujourd'hui", u"demain", u"matin", u"soir", u"nuit", u"semaine", u"semaines",
        u"mois", u"ans", u"année", u"années", u"jour", u"jours", u"heure", u"heures" });
    return set;
}

QString stem(QStringView w)
{
    // A light suffix stripper: enough to pair grammatical forms, never used for display.
    QString s = w.toString();
    for (const QString &suffix : { u"ies"_s, u"ing"_s, u"ed"_s, u"es"_s, u"s"_s, u"d"_s }) {
        // A bare final "d" is a suffix only after "e" (agreed), never in "read", "need" or "lead".
        if (suffix == u"d"_s && !s.endsWith(u"ed"_s))
            continue;
        if (s.size() > suffix.size() + 2 && s.endsWith(suffix)) {
            s.chop(suffix.size());
            if (suffix == u"ies"_s)
                s.append(u'y');
            break;
        }
    }
    if (s.size() > 3 && s.at(s.size() - 1) == s.at(s.size() - 2))
        s.chop(1); // stopped -> stopp -> stop
    if (s.endsWith(u'e'))
        s.chop(1);
    return s;
}

} // namespace

int pronounClass(QStringView word)
{
    static const QList<WordSet> classes { WordSet({ u"he", u"him", u"his", u"himself" }),
        WordSet({ u"she", u"her", u"hers", u"herself" }), WordSet({ u"i", u"me", u"my", u"mine", u"myself" }),
        WordSet({ u"we", u"us", u"our", u"ours", u"ourselves" }),
        WordSet({ u"you", u"your", u"yours", u"yourself", u"yourselves" }),
        WordSet({ u"they", u"them", u"their", u"theirs", u"themselves" }),
        WordSet({ u"it", u"its", u"itself" }) };
    const QString w = word.toString();
    for (qsizetype i = 0; i < classes.size(); ++i)
        if (classes.at(i).contains(w))
            return int(i);
    return -1;
}

QString numericValue(QStringView word)
{
    static const QHash<QString, int> values = [] {
        QHash<QString, int> h;
        const char16_t *units[] = { u"zero", u"one", u"two", u"three", u"four", u"five", u"six", u"seven",
            u"eight", u"nine", u"ten", u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen",
            u"seventeen", u"eighteen", u"nineteen", u"twenty" };
        for (int i = 0; i <= 20; ++i)
            h.insert(QString::fromUtf16(units[i]), i);
        const char16_t *ordinals[]
            = { u"zeroth", u"first", u"second", u"third", u"fourth", u"fifth", u"sixth", u"seventh",
                  u"eighth", u"ninth", u"tenth", u"eleventh", u"twelfth", u"thirteenth", u"fourteenth",
                  u"fifteenth", u"sixteenth", u"seventeenth", u"eighteenth", u"nineteenth", u"twentieth" };
        for (int i = 1; i <= 20; ++i)
            h.insert(QString::fromUtf16(ordinals[i]), i);
        h.insert(u"thirty"_s, 30);
        h.insert(u"forty"_s, 40);
        h.insert(u"fifty"_s, 50);
        h.insert(u"hundred"_s, 100);
        h.insert(u"thousand"_s, 1000);
        h.insert(u"dozen"_s, 12);
        // German and French number words up to twelve and the round tens
        const char16_t *german[] = { u"null", u"eins", u"zwei", u"drei", u"vier", u"fünf", u"sechs",
            u"sieben", u"acht", u"neun", u"zehn", u"elf", u"zwölf" };
        const char16_t *french[] = { u"zéro", u"un", u"deux", u"trois", u"quatre", u"cinq", u"six", u"sept",
            u"huit", u"neuf", u"dix", u"onze", u"douze" };
        for (int i = 0; i <= 12; ++i) {
            h.insert(QString::fromUtf16(german[i]), i);
            h.insert(QString::fromUtf16(french[i]), i);
        }
        h.insert(u"zwanzig"_s, 20);
        h.insert(u"dreißig"_s, 30);
        h.insert(u"hundert"_s, 100);
        h.insert(u"tausend"_s, 1000);
        h.insert(u"vingt"_s, 20);
        h.insert(u"trente"_s, 30);
        h.insert(u"cent"_s, 100);
        h.insert(u"mille"_s, 1000);
        return h;
    }();
    if (auto it = values.constFind(word.toString()); it != values.constEnd())
        return QString::number(*it);
    // 30,000 and 30.000 (thousands separators), 6th, 2nd.
    QString digits;
    qsizetype i = 0;
    for (; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit())
            digits.append(c);
        else if ((c == u',' || c == u'.' || c == u'\u00a0') && i > 0 && i + 3 < word.size() + 1
            && word.mid(i + 1).size() >= 3 && word.at(i + 1).isDigit() && word.at(i + 2).isDigit()
            && word.at(i + 3).isDigit())
            continue;
        else
            break;
    }
    const QStringView rest = word.mid(i);
    if (digits.isEmpty()
        || !(rest.isEmpty() || rest == u"st" || rest == u"nd" || rest == u"rd" || rest == u"th"))
        return {};
    while (digits.size() > 1 && digits.front() == u'0')
        digits.remove(0, 1);
    return digits;
}

bool isFunctionWord(QStringView word)
{
    return functionWords().contains(word);
}

bool isNegation(QStringView word)
{
    return negations().contains(word);
}

bool isNumberWord(QStringView word)
{
    return numberWords().contains(word);
}

bool isDateWord(QStringView word)
{
    return dateWords().contains(word);
}

bool areConfusable(QStringView a, QStringView b)
{
    static const QList<WordSet> groups { WordSet({ u"its", u"it's" }),
        WordSet({ u"their", u"there", u"they're" }), WordSet({ u"your", u"you're" }),
        WordSet({ u"whose", u"who's" }), WordSet({ u"then", u"than" }), WordSet({ u"affect", u"effect" }),
        WordSet({ u"lose", u"loose" }), WordSet({ u"to", u"too", u"two" }),
        WordSet({ u"principal", u"principle" }), WordSet({ u"complement", u"compliment" }),
        WordSet({ u"led", u"lead" }), WordSet({ u"passed", u"past" }), WordSet({ u"accept", u"except" }),
        WordSet({ u"council", u"counsel" }), WordSet({ u"discrete", u"discreet" }),
        WordSet({ u"stationary", u"stationery" }), WordSet({ u"breath", u"breathe" }),
        WordSet({ u"peek", u"peak", u"pique" }), WordSet({ u"reign", u"rein" }),
        WordSet({ u"whether", u"weather" }),
        // German
        WordSet({ u"das", u"dass" }), WordSet({ u"seit", u"seid" }), WordSet({ u"wieder", u"wider" }),
        WordSet({ u"tot", u"tod" }), WordSet({ u"viel", u"fiel" }), WordSet({ u"wahr", u"war" }),
        WordSet({ u"man", u"mann" }), WordSet({ u"ihm", u"im" }), WordSet({ u"ihn", u"in" }),
        // French
        WordSet({ u"a", u"à" }), WordSet({ u"ou", u"où" }), WordSet({ u"ces", u"ses", u"c'est", u"s'est" }),
        WordSet({ u"son", u"sont" }), WordSet({ u"et", u"est" }), WordSet({ u"on", u"ont" }),
        WordSet({ u"ce", u"se" }), WordSet({ u"la", u"là" }), WordSet({ u"sa", u"ça" }),
        WordSet({ u"quand", u"quant", u"qu'en" }), WordSet({ u"leur", u"leurs" }),
        WordSet({ u"peu", u"peut" }), WordSet({ u"mais", u"mes" }),
        WordSet({ u"davantage", u"d'avantage" }) };
    const QString sa = a.toString(), sb = b.toString();
    for (const WordSet &g : groups) {
        if (g.contains(sa) && g.contains(sb))
            return sa != sb;
    }
    return false;
}

bool areInflections(QStringView a, QStringView b)
{
    if (a == b)
        return false;
    static const QList<WordSet> irregular { WordSet({ u"say", u"says", u"said", u"saying" }),
        WordSet({ u"tell", u"tells", u"told", u"telling" }),
        WordSet({ u"is", u"are", u"was", u"were", u"be", u"been", u"being", u"am" }),
        WordSet({ u"has", u"have", u"had", u"having" }),
        WordSet({ u"do", u"does", u"did", u"done", u"doing" }),
        WordSet({ u"go", u"goes", u"went", u"gone", u"going" }),
        WordSet({ u"make", u"makes", u"made", u"making" }),
        WordSet({ u"meet", u"meets", u"met", u"meeting" }),
        WordSet({ u"hold", u"holds", u"held", u"holding" }),
        WordSet({ u"grow", u"grows", u"grew", u"grown", u"growing" }),
        WordSet({ u"swim", u"swims", u"swam", u"swum", u"swimming" }),
        WordSet({ u"take", u"takes", u"took", u"taken", u"taking" }),
        WordSet({ u"give", u"gives", u"gave", u"given", u"giving" }),
        WordSet({ u"come", u"comes", u"came", u"coming" }),
        WordSet({ u"see", u"sees", u"saw", u"seen", u"seeing" }),
        WordSet({ u"write", u"writes", u"wrote", u"written", u"writing" }),
        WordSet({ u"speak", u"speaks", u"spoke", u"spoken", u"speaking" }),
        WordSet({ u"begin", u"begins", u"began", u"begun", u"beginning" }),
        WordSet({ u"run", u"runs", u"ran", u"running" }), WordSet({ u"win", u"wins", u"won", u"winning" }),
        WordSet({ u"lose", u"loses", u"lost", u"losing" }),
        WordSet({ u"leave", u"leaves", u"left", u"leaving" }),
        WordSet({ u"know", u"knows", u"knew", u"known", u"knowing" }),
        WordSet({ u"think", u"thinks", u"thought", u"thinking" }),
        WordSet({ u"bring", u"brings", u"brought", u"bringing" }),
        WordSet({ u"find", u"finds", u"found", u"finding" }),
        WordSet({ u"keep", u"keeps", u"kept", u"keeping" }), WordSet({ u"read", u"reads", u"reading" }),
        WordSet({ u"will", u"would" }), WordSet({ u"can", u"could" }), WordSet({ u"shall", u"should" }),
        WordSet({ u"may", u"might" }) };
    const QString sa = a.toString(), sb = b.toString();
    for (const WordSet &g : irregular) {
        if (g.contains(sa) && g.contains(sb))
            return true;
    }
    return stem(a) == stem(b);
}

} // namespace Parallax::WordLists
