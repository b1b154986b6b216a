// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/corrections.h"

#include <QList>
#include <QRegularExpression>

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

} // namespace

Notice noticeOf(QStringView sentence)
{
    // Curly apostrophes and no-break spaces as straight ones and plain spaces: the rules are written so.
    QString text = sentence.toString();
    text.replace(u'\u2019', u'\'');
    text.replace(u'\u00A0', u' ');
    text.replace(u'\u202F', u' ');
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
    }
    return {};
}

} // namespace Parallax::Corrections
