// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/corrections.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax::Corrections {

namespace {

// A label opening the sentence: the word, then a colon, a dash or a full stop ("Correction:",
// "UPDATE —", "Rectificatif :" with French spacing). Leading asterisks, brackets and dashes of the
// newsroom's typography are skipped.
QString label(const QString &words)
{
    return u"^[\\s*\\[(—–-]*(?:"_s + words + u")[\\s]*[:—–.]"_s;
}

struct Rule
{
    Notice notice;
    QRegularExpression pattern;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto options
            = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        const std::pair<Notice, QString> sources[] = {
            // English
            { Notice::Correction, label(u"corrections?|clarifications?|erratum|correction appended"_s) },
            { Notice::Correction,
                u"\\b(?:an? |the )?(?:earlier|previous|prior|original) version of this "
                u"(?:article|story|report|"
                "piece|post|column|item|headline|photo caption)\\b"_s },
            { Notice::Correction,
                u"\\bthis (?:article|story|report|piece|post) (?:has been|was|is) (?:corrected|amended)\\b"_s },
            { Notice::Correction, u"\\bwe regret (?:the|this) (?:error|errors|mistake)\\b"_s },
            { Notice::Update, label(u"update|updated|updates"_s) },
            { Notice::Update,
                u"\\bthis (?:article|story|report|piece|post) (?:has been|was|is being|will be) updated\\b"_s },
            { Notice::EditorsNote, label(u"editor'?s'? notes?|note to readers|note from the editors?"_s) },
            // German
            { Notice::Correction, label(u"korrektur|berichtigung|richtigstellung|korrigiert"_s) },
            { Notice::Correction,
                u"\\bin einer (?:früheren|vorherigen|älteren|ersten) (?:version|fassung)\\b"_s },
            { Notice::Correction,
                u"\\b(?:dieser|der) (?:artikel|beitrag|text) wurde (?:nachträglich )?(?:korrigiert|berichtigt)\\b"_s },
            { Notice::Update, label(u"aktualisierung|aktualisiert|update"_s) },
            { Notice::Update,
                u"\\b(?:dieser|der) (?:artikel|beitrag|text) wurde (?:mehrfach |zuletzt )?(?:aktualisiert|ergänzt)\\b"_s },
            { Notice::EditorsNote,
                u"\\b(?:anmerkung|hinweis) der redaktion\\b|\\banm\\. d\\. red\\.|^[\\s*\\[(]*red\\.\\s*:"_s },
            // French
            { Notice::Correction, label(u"rectificatif|rectification|correction|erratum"_s) },
            { Notice::Correction,
                u"\\bune (?:version|première version|précédente version) (?:précédente |antérieure )?de cet "
                "(?:article|texte)\\b"_s },
            { Notice::Correction, u"\\bcet (?:article|texte) a été (?:corrigé|rectifié)\\b"_s },
            { Notice::Update, label(u"mise à jour|actualisation|mis à jour"_s) },
            { Notice::Update, u"\\bcet (?:article|texte) a été (?:mis à jour|actualisé|complété)\\b"_s },
            { Notice::EditorsNote, u"\\bnote de la rédaction\\b|\\bn\\.?d\\.?l\\.?r\\.?(?:\\s|:|$)"_s },
        };
        QList<Rule> out;
        for (const auto &[notice, source] : sources)
            out.append({ notice, QRegularExpression(source, options) });
        return out;
    }();
    return list;
}

// The words of a date or a time in English, German and French, besides numbers: months, days, zones,
// "ago", the prepositions between them and the words of a second stamp on the line ("published …,
// updated …", "publié le …, mis à jour le …").
const QSet<QString> &dateWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        const QString lists[] = {
            // months, English, German, French, full and short
            u"january february march april may june july august september october november december "
            "jan feb mar apr jun jul aug sep sept oct nov dec "
            "januar jänner februar märz mai juni juli oktober dezember "
            "janvier février mars avril juin juillet août septembre octobre novembre décembre "
            "janv févr avr juil déc"_s,
            // days
            u"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat "
            "sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag lundi mardi mercredi "
            "jeudi vendredi samedi dimanche today yesterday heute gestern aujourd hui hier"_s,
            // times and zones
            u"am pm a m h uhr heure heures gmt utc bst cet cest mez mesz et est edt ct cdt pt pst pdt z"_s,
            // relative times
            u"ago hour hours hr hrs minute minutes min mins day days vor stunde stunden minute minuten tag "
            "tagen il y jour jours"_s,
            // joining words and a second stamp
            u"on at the of and first last updated update published posted modified am um den der des vom "
            "zuletzt aktualisiert veröffentlicht geändert le la à de du et mis mise publié modifié "
            "actualisé dernière"_s,
        };
        for (const QString &list : lists)
            for (const QString &w : list.split(u' ', Qt::SkipEmptyParts))
                out.insert(w);
        return out;
    }();
    return words;
}

// A number of a date or time: "14", "2026", "11h20", "7pm", "14th", "1er".
bool isDateNumber(const QString &token)
{
    static const QRegularExpression number(
        u"^\\d{1,4}(?:h\\d{0,2}|st|nd|rd|th|er|e|am|pm|uhr)?$"_s, QRegularExpression::CaseInsensitiveOption);
    return number.match(token).hasMatch();
}

// What a line opening with "updated" (or "published") is: a Stamp when only a date or time follows,
// an Update when words follow the date, None when no date follows (left to the rules).
Notice stampOf(const QString &text)
{
    static const QRegularExpression opener(
        u"^[\\s*\\[(]*(?:(?:last|first|zuletzt|dernière)\\s+)?(?:updated|update|modified|published|posted|"
        "aktualisiert|aktualisierung|geändert|veröffentlicht|stand|mis à jour|mise à jour|modifié|actualisé|"
        "publié)(?=[\\s:—–-])"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch open = opener.match(text);
    if (!open.hasMatch())
        return Notice::None;
    static const QRegularExpression token(
        u"[\\p{L}\\p{N}]+|\\|"_s, QRegularExpression::UseUnicodePropertiesOption);
    bool dated = false;
    for (auto it = token.globalMatch(text, open.capturedEnd()); it.hasNext();) {
        const QString t = it.next().captured().toLower();
        // After a date, a bar or a byline closes the stamp: "Updated 11:20 | Sallowmere Herald".
        if (dated && (t == u"|"_s || t == u"by"_s || t == u"von"_s || t == u"par"_s))
            return Notice::Stamp;
        if (isDateNumber(t)) {
            dated = true;
            continue;
        }
        if (dateWords().contains(t)) {
            dated = dated || t == u"ago"_s || t == u"today"_s || t == u"yesterday"_s || t == u"heute"_s
                || t == u"gestern"_s || t == u"hier"_s;
            continue;
        }
        // Words after the date say what was updated: an announced update, if the line opened with one.
        static const QRegularExpression published(u"publi|posted|veröffentlicht"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        return dated && !published.match(open.captured()).hasMatch() ? Notice::Update : Notice::None;
    }
    return dated ? Notice::Stamp : Notice::None;
}

} // namespace

Notice noticeOf(QStringView sentence)
{
    // Curly apostrophes and no-break spaces as straight ones and plain spaces: the rules are written so.
    QString text = sentence.toString();
    text.replace(u'\u2019', u'\'');
    text.replace(u'\u00A0', u' ');
    text.replace(u'\u202F', u' ');
    if (const Notice stamp = stampOf(text); stamp != Notice::None)
        return stamp;
    for (const Rule &rule : rules())
        if (rule.pattern.match(text).hasMatch())
            return rule.notice;
    return Notice::None;
}

QString toString(Notice notice)
{
    switch (notice) {
    case Notice::None:
        return {};
    case Notice::Correction:
        return u"correction"_s;
    case Notice::Update:
        return u"update"_s;
    case Notice::EditorsNote:
        return u"editors-note"_s;
    case Notice::Stamp:
        return u"update-stamp"_s;
    }
    return {};
}

} // namespace Parallax::Corrections
