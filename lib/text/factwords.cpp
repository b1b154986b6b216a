// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/factwords.h"

#include <QSet>
#include <QString>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Parallax::WordLists {

namespace {

QSet<QString> makeSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    for (const char16_t *w : words)
        set.insert(QString::fromUtf16(w));
    return set;
}

// The word and the base forms a regular English inflection may hide: "stated" -> "state", "stat";
// "admitted" -> "admit"; "claims" -> "claim". German and French forms are listed as written.
bool containsForm(const QSet<QString> &set, QStringView word)
{
    const QString w = word.toString();
    if (set.contains(w))
        return true;
    for (const QString &suffix : { u"s"_s, u"es"_s, u"ed"_s, u"d"_s, u"ing"_s, u"ly"_s }) {
        if (w.size() > suffix.size() + 2 && w.endsWith(suffix)) {
            QString base = w.left(w.size() - suffix.size());
            if (set.contains(base))
                return true;
            // admitted -> admitt -> admit
            if (base.size() > 3 && base.at(base.size() - 1) == base.at(base.size() - 2)
                && set.contains(base.left(base.size() - 1)))
                return true;
            // denied -> deni -> deny
            if (base.endsWith(u'i') && set.contains(base.left(base.size() - 1) + u'y'))
                return true;
        }
    }
    return false;
}

} // namespace

Modality modalityOf(QStringView word)
{
    // "can" and "able" stand with possibility: "can rise" and "is projected to rise" hedge alike. "will"
    // and "would" are tense, not modality ("will" -> "would" in reported speech).
    static const QSet<QString> possibility = makeSet({ u"may", u"might", u"could", u"can", u"able",
        u"perhaps", u"maybe", u"possibly", u"possible", u"probably", u"probable", u"likely", u"unlikely",
        u"potentially", u"potential", u"projected", u"expected", u"predicted", u"forecast", u"estimated",
        u"feared", u"seemingly", u"seem", u"seems", u"seemed", u"appear", u"appears", u"appeared",
        // German
        u"vielleicht", u"möglicherweise", u"wahrscheinlich", u"vermutlich", u"eventuell", u"kann", u"können",
        u"könnte", u"könnten", u"dürfte", u"dürften", u"voraussichtlich", u"womöglich", u"scheint", u"schien",
        // French
        u"peut-être", u"peut", u"peuvent", u"pourrait", u"pourraient", u"probablement", u"possiblement",
        u"éventuellement", u"sans doute", u"semble", u"semblent", u"vraisemblablement" });
    static const QSet<QString> hearsay
        = makeSet({ u"reportedly", u"allegedly", u"alleged", u"apparently", u"purportedly", u"supposedly",
            u"rumoured", u"rumored", u"believed", u"suspected", u"reputedly", u"ostensibly", u"unconfirmed",
            // German
            u"angeblich", u"mutmaßlich", u"offenbar", u"anscheinend", u"scheinbar", u"vorgeblich", u"soll",
            u"sollen",
            // French: the journalistic conditional reports without vouching
            u"prétendument", u"apparemment", u"présumé", u"présumée", u"présumés", u"supposé", u"supposée",
            u"aurait", u"auraient", u"serait", u"seraient" });
    static const QSet<QString> obligation = makeSet(
        { u"must", u"should", u"ought", u"required", u"obliged", u"compelled", u"forced", u"mandatory",
            // German
            u"muss", u"müssen", u"musste", u"mussten", u"sollte", u"sollten", u"verpflichtet",
            // French
            u"doit", u"doivent", u"devait", u"devaient", u"devrait", u"devraient", u"faut", u"obligé",
            u"obligatoire" });
    static const QSet<QString> certainty = makeSet({ u"definitely", u"certainly", u"surely", u"undoubtedly",
        u"confirmed", u"confirms", u"certain", u"proven", u"officially",
        // German
        u"sicher", u"sicherlich", u"bestimmt", u"zweifellos", u"bestätigt", u"offiziell",
        // French
        u"certainement", u"sûrement", u"assurément", u"confirmé", u"confirmée", u"officiellement" });
    const QString w = word.toString();
    if (possibility.contains(w))
        return Modality::Possibility;
    if (hearsay.contains(w))
        return Modality::Hearsay;
    if (obligation.contains(w))
        return Modality::Obligation;
    if (certainty.contains(w))
        return Modality::Certainty;
    return Modality::None;
}

bool isSourceMarker(QStringView word)
{
    static const QSet<QString> set = makeSet(
        { u"according", u"laut", u"zufolge", u"gemäß", u"selon", u"d'après", u"citing", u"quoting" });
    return set.contains(word.toString());
}

bool isNeutralReportingVerb(QStringView word)
{
    static const QSet<QString> set = makeSet({ u"say", u"said", u"says", u"state", u"tell", u"told", u"tells",
        u"add", u"note", u"explain", u"announce", u"report", u"write", u"wrote", u"written", u"comment",
        u"remark", u"describe", u"declare", u"mention", u"observe", u"reply", u"respond", u"answer",
        u"stress", u"emphasise", u"emphasize", u"speak", u"spoke",
        // German
        u"sagt", u"sagte", u"sagten", u"gesagt", u"erklärt", u"erklärte", u"erklärten", u"teilte",
        u"mitgeteilt", u"betont", u"betonte", u"sprach", u"schrieb", u"berichtet", u"berichtete", u"ergänzte",
        u"fügte",
        // French
        u"dit", u"dire", u"déclare", u"déclaré", u"déclarait", u"ajouté", u"ajoute", u"explique", u"expliqué",
        u"indiqué", u"indique", u"précisé", u"précise", u"souligné", u"souligne", u"annoncé", u"écrit" });
    return containsForm(set, word);
}

bool isStanceReportingVerb(QStringView word)
{
    static const QSet<QString> set = makeSet({ u"claim", u"admit", u"concede", u"insist", u"allege", u"argue",
        u"warn", u"confirm", u"acknowledge", u"assert", u"contend", u"maintain", u"suggest", u"accuse",
        u"concede", u"boast", u"complain", u"predict", u"promise", u"threaten",
        // German
        u"behauptet", u"behauptete", u"räumte", u"eingeräumt", u"bestätigte", u"warnte", u"warnt",
        u"beharrte", u"versprach", u"drohte", u"warf",
        // French
        u"affirme", u"affirmé", u"admet", u"admis", u"reconnaît", u"reconnu", u"insiste", u"insisté",
        u"prétend", u"assure", u"assuré", u"confirme", u"avertit", u"averti", u"promis", u"accuse" });
    return containsForm(set, word);
}

bool isNegativeVerb(QStringView word)
{
    static const QSet<QString> set = makeSet({ u"refuse", u"deny", u"decline", u"reject", u"rebuff",
        u"dismiss", u"repudiate", u"rebut", u"refute", u"disavow", u"veto",
        // German
        u"lehnte", u"lehnten", u"abgelehnt", u"ablehnen", u"verweigerte", u"verweigert", u"bestritt",
        u"bestritten", u"bestreitet", u"dementierte", u"dementiert", u"wies",
        // French
        u"refuse", u"refusé", u"refusait", u"nie", u"nié", u"niait", u"rejette", u"rejeté", u"dément",
        u"démenti", u"décliné" });
    // Bare forms that are more often nouns: "a decline in donations", "a veto", "a rebuff".
    if (word == u"decline" || word == u"veto" || word == u"rebuff")
        return false;
    return containsForm(set, word);
}

bool isDiscourseWord(QStringView word)
{
    static const QSet<QString> set = makeSet({ u"additionally", u"also", u"further", u"furthermore",
        u"moreover", u"besides", u"likewise", u"similarly", u"consequently", u"accordingly", u"hence",
        u"indeed", u"actually", u"really", u"very", u"quite", u"rather", u"fairly", u"extremely", u"highly",
        u"particularly", u"especially", u"notably", u"greatly", u"simply", u"merely", u"currently",
        u"presently", u"thereby", u"overall", u"basically", u"essentially", u"clearly", u"obviously",
        u"finally", u"lastly", u"meanwhile", u"instead", u"otherwise", u"namely", u"specifically",
        u"respectively", u"ultimately", u"subsequently", u"thereafter", u"afterwards", u"again", u"anyway",
        u"though", u"altogether", u"entirely", u"completely", u"fully", u"totally", u"truly", u"seriously",
        u"severely", u"strongly", u"deeply", u"somewhat", u"slightly", u"especially", u"generally",
        u"usually", u"typically", u"normally", u"ok", u"okay", u"well", u"yet",
        // German
        u"zusätzlich", u"ebenfalls", u"ferner", u"sogar", u"wirklich", u"tatsächlich", u"besonders",
        u"ziemlich", u"recht", u"eigentlich", u"ja", u"doch", u"halt", u"nämlich", u"insbesondere",
        u"übrigens", u"jedenfalls", u"schließlich", u"letztlich", u"völlig", u"ganz", u"äußerst", u"überaus",
        u"darüber", u"hinaus", u"weiterhin", u"derzeit", u"zurzeit", u"gegenwärtig",
        // French
        u"également", u"aussi", u"outre", u"ailleurs", u"ainsi", u"donc", u"cependant", u"toutefois",
        u"néanmoins", u"pourtant", u"d'ailleurs", u"vraiment", u"très", u"assez", u"plutôt", u"notamment",
        u"surtout", u"effectivement", u"finalement", u"enfin", u"actuellement", u"particulièrement",
        u"totalement", u"complètement" });
    return set.contains(word.toString());
}

} // namespace Parallax::WordLists
