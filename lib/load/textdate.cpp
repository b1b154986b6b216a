// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/textdate.h"

#include "text/textmemo_p.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::TextDate {

namespace {

// Blocks looked at for a dateline: a letterhead, a label, the title, a standfirst and a byline may come
// first. Furniture counts: a dateline is often marked so.
constexpr int TopBlocks = 8;
// How far into a paragraph a dateline may open it ("NEW YORK, N.Y. (Agency) March 3, 2026 --").
constexpr qsizetype DatelineReach = 70;
// A line of little more than a date: at most this many other words ("PRESS RELEASE · For immediate
// release", "Published:", "Aktualisiert am").
constexpr int OtherWords = 6;

int monthNumber(const QString &word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> out;
        const QStringList names[] = {
            { u"january"_s, u"jan"_s, u"januar"_s, u"jänner"_s, u"janvier"_s, u"janv"_s },
            { u"february"_s, u"feb"_s, u"februar"_s, u"février"_s, u"févr"_s, u"fevrier"_s },
            { u"march"_s, u"mar"_s, u"märz"_s, u"mars"_s },
            { u"april"_s, u"apr"_s, u"avril"_s, u"avr"_s },
            { u"may"_s, u"mai"_s },
            { u"june"_s, u"jun"_s, u"juni"_s, u"juin"_s },
            { u"july"_s, u"jul"_s, u"juli"_s, u"juillet"_s, u"juil"_s },
            { u"august"_s, u"aug"_s, u"août"_s, u"aout"_s },
            { u"september"_s, u"sep"_s, u"sept"_s, u"septembre"_s },
            { u"october"_s, u"oct"_s, u"oktober"_s, u"okt"_s, u"octobre"_s },
            { u"november"_s, u"nov"_s, u"novembre"_s },
            { u"december"_s, u"dec"_s, u"dezember"_s, u"dez"_s, u"décembre"_s, u"déc"_s },
        };
        for (int m = 0; m < 12; ++m)
            for (const QString &name : names[m])
                out.insert(name, m + 1);
        return out;
    }();
    return months.value(word.toLower(), 0);
}

// Words of a dateline that are no content of their own: day names, "on", "le", "am", "at".
bool isDateWord(const QString &word)
{
    static const QStringList words = { u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
        u"saturday"_s, u"sunday"_s, u"montag"_s, u"dienstag"_s, u"mittwoch"_s, u"donnerstag"_s, u"freitag"_s,
        u"samstag"_s, u"sonntag"_s, u"lundi"_s, u"mardi"_s, u"mercredi"_s, u"jeudi"_s, u"vendredi"_s,
        u"samedi"_s, u"dimanche"_s, u"on"_s, u"at"_s, u"am"_s, u"um"_s, u"den"_s, u"le"_s, u"à"_s, u"uhr"_s,
        u"h"_s, u"gmt"_s, u"utc"_s, u"cet"_s, u"cest"_s, u"mez"_s, u"mesz"_s, u"p"_s, u"m"_s, u"a"_s };
    return words.contains(word.toLower()) || monthNumber(word) > 0;
}

QTime timeAfter(QStringView text, qsizetype from, qsizetype *end)
{
    // ", 20:15", " at 7:05 p.m.", " um 11.35 Uhr", " à 11h20", " - 08:00 GMT"
    static const QRegularExpression time(
        uR"(^[,;]?\s*(?:(?:at|um|à|-|–|—|·|\|)\s*)?(\d{1,2})(?:[:.](\d{2})|h(\d{2})?)(?!\d)\s*(?:(a|p)\.?\s?m\.?(?!\p{L})|uhr\b)?)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = time.matchView(text.mid(from));
    if (!m.hasMatch())
        return {};
    int hour = m.captured(1).toInt();
    const int minute = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toInt();
    const QString half = m.captured(4).toLower();
    if (!half.isEmpty() && (hour < 1 || hour > 12))
        return {};
    if (half == u"p"_s && hour < 12)
        hour += 12;
    else if (half == u"a"_s && hour == 12)
        hour = 0;
    const QTime t(hour, minute);
    if (t.isValid())
        *end = from + m.capturedLength();
    return t;
}

QList<QString> wordsOf(QStringView text)
{
    static const QRegularExpression word(u"\\p{L}+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QList<QString> out;
    for (const QRegularExpressionMatch &m : word.globalMatchView(text))
        out.append(m.captured());
    return out;
}

} // namespace

QList<Found> datesIn(QStringView text)
{
    static const QString month = u"(\\p{L}{3,9})\\.?"_s;
    static const QRegularExpression pattern(u"(?<![\\p{L}\\d])(?:"
                                            // 3 March 2026, 3. März 2026, 1er mars 2026
                                            "(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+"_s
            + month
            + u",?\\s+((?:19|20)\\d{2})"
              // March 3, 2026
              "|"_s
            + month
            + u"\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})"
              // 2026-03-03
              "|((?:19|20)\\d{2})-(\\d{2})-(\\d{2})"
              // 03.03.2026
              "|(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})"
              ")(?![\\p{L}\\d])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QList<Found> out;
    for (const QRegularExpressionMatch &m : pattern.globalMatchView(text)) {
        QDate date;
        if (m.hasCaptured(1) && !m.captured(1).isEmpty())
            date = QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
        else if (!m.captured(4).isEmpty())
            date = QDate(m.captured(6).toInt(), monthNumber(m.captured(4)), m.captured(5).toInt());
        else if (!m.captured(7).isEmpty())
            date = QDate(m.captured(7).toInt(), m.captured(8).toInt(), m.captured(9).toInt());
        else
            date = QDate(m.captured(12).toInt(), m.captured(11).toInt(), m.captured(10).toInt());
        if (!date.isValid())
            continue; // a word that is no month ("Tuesday 3, 2026"), or no calendar day
        Found f;
        f.start = m.capturedStart();
        f.end = m.capturedEnd();
        const QTime time = timeAfter(text, f.end, &f.end);
        f.timed = time.isValid();
        f.when = QDateTime(date, f.timed ? time : QTime(0, 0), QTimeZone::LocalTime);
        out.append(f);
    }
    return out;
}

namespace {

// The dates one block of the top states: a line of little more than dates, or a dateline opening a
// paragraph; none for running text.
QList<Found> statedIn(QStringView block)
{
    // "BERLIN, 3 March 2026 --", "VELLPORT (NP) —", "Paris, le": a place, maybe a region and an agency.
    static const QRegularExpression place(
        uR"(^\p{Lu}[\p{Lu}\p{M}\s.'’-]+(?:,\s*[\p{L}.\s]+?)?(?:\s*\([^)]*\))?[,\s]*$)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QList<Found> dates = datesIn(block);
    if (dates.isEmpty())
        return {};
    // What the line says besides its dates and times.
    QString rest;
    qsizetype at = 0;
    for (const Found &f : dates) {
        rest += block.mid(at, f.start - at) + u' ';
        at = f.end;
    }
    rest += block.mid(at);
    int others = 0;
    for (const QString &w : wordsOf(rest))
        others += isDateWord(w) ? 0 : 1;
    // A sentence of running text ends after its last date ("Bids close on 18 December 2026, the
    // authority said."); a dateline or stamp ends with its date, or with a name after a bar.
    QStringView tail = block.mid(dates.last().end).trimmed();
    const bool sentence
        = !tail.isEmpty() && (tail.back() == u'.' || tail.back() == u'!' || tail.back() == u'?');
    if (others <= OtherWords && !sentence)
        return dates;
    if (dates.first().start <= DatelineReach && place.matchView(block.left(dates.first().start)).hasMatch())
        return { dates.first() };
    return {};
}

// statedIn, each distinct block read once: the versions of a story open with the same blocks, and the
// date patterns and local times of the blocks were most of loading a short version.
QList<Found> statedInBlock(QStringView block)
{
    static Internal::TextMemo<QList<Found>> memo(4096);
    return memo.get(block, [](const QString &text) { return statedIn(text); });
}

} // namespace

QString statedAtTop(const Version &version)
{
    const QString title = TypographyNormalizer::normalize(version.title).simplified().toLower();
    const Found *best = nullptr;
    QList<Found> kept;
    kept.reserve(16);
    int blocks = 0;
    for (qsizetype i = 0; i < version.sentences.size() && blocks < TopBlocks;) {
        qsizetype j = i + 1;
        while (j < version.sentences.size() && version.sentences.at(j).block == version.sentences.at(i).block)
            ++j;
        ++blocks;
        const qsizetype start = version.sentences.at(i).start;
        const QStringView block
            = QStringView(version.text).mid(start, version.sentences.at(j - 1).end - start);
        i = j;
        if (!title.isEmpty() && TypographyNormalizer::normalize(block).simplified().toLower() == title)
            continue;
        kept.append(statedInBlock(block));
    }
    for (const Found &f : std::as_const(kept))
        if (!best || f.when > best->when)
            best = &f;
    if (!best)
        return {};
    return best->timed ? best->when.toString(u"yyyy-MM-ddTHH:mm:ss"_s)
                       : best->when.date().toString(Qt::ISODate);
}

} // namespace Parallax::TextDate
