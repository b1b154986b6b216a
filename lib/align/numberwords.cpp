// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/numberwords_p.h"

#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax::Internal {

namespace {

enum class Kind { None, Unit, Tens, Hundred, Scale };

// English cardinals in words: 0-19, the tens, hundred and the scales; "twenty-five" as tens and unit.
std::optional<qint64> cardinal(const QString &word)
{
    static const QHash<QString, qint64> values = [] {
        QHash<QString, qint64> h;
        const char16_t *units[] = { u"zero", u"one", u"two", u"three", u"four", u"five", u"six", u"seven",
            u"eight", u"nine", u"ten", u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen", u"sixteen",
            u"seventeen", u"eighteen", u"nineteen" };
        for (int i = 0; i < 20; ++i)
            h.insert(QString::fromUtf16(units[i]), i);
        const char16_t *tens[]
            = { u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety" };
        for (int i = 0; i < 8; ++i)
            h.insert(QString::fromUtf16(tens[i]), 20 + 10 * i);
        h.insert(u"hundred"_s, 100);
        h.insert(u"thousand"_s, 1000);
        h.insert(u"million"_s, 1'000'000);
        h.insert(u"billion"_s, 1'000'000'000);
        return h;
    }();
    if (const auto it = values.constFind(word); it != values.constEnd())
        return *it;
    const qsizetype dash = word.indexOf(u'-');
    if (dash > 0) {
        const auto t = values.constFind(word.left(dash));
        const auto u = values.constFind(word.mid(dash + 1));
        if (t != values.constEnd() && u != values.constEnd() && *t >= 20 && *t < 100 && *u >= 1 && *u <= 9)
            return *t + *u;
    }
    return std::nullopt;
}

Kind kindOf(qint64 c)
{
    if (c < 20)
        return Kind::Unit;
    if (c < 100)
        return c % 10 == 0 ? Kind::Tens : Kind::Unit; // "twenty-five" ends like a unit
    return c == 100 ? Kind::Hundred : Kind::Scale;
}

const QString &wordAt(const QList<int> &tokens, qsizetype k, const QStringList &words)
{
    return words.at(tokens.at(k) >> 1);
}

} // namespace

qsizetype numberWordRun(const QList<int> &tokens, qsizetype k, const QStringList &words, qint64 *value)
{
    qint64 total = 0, current = 0, lastScale = 0;
    Kind last = Kind::None;
    int count = 0;
    qsizetype end = k;
    for (qsizetype i = k; i < tokens.size(); ++i) {
        const QString &w = wordAt(tokens, i, words);
        // "two hundred and fifty": "and" joins a hundred or a scale to what follows.
        if (w == u"and"_s && (last == Kind::Hundred || last == Kind::Scale) && i + 1 < tokens.size())
            continue;
        const std::optional<qint64> c = cardinal(w);
        if (!c)
            break;
        const Kind kind = kindOf(*c);
        bool fits = false;
        switch (kind) {
        case Kind::Unit:
            fits = last == Kind::None || last == Kind::Hundred || last == Kind::Scale
                || (last == Kind::Tens && *c >= 1 && *c <= 9);
            break;
        case Kind::Tens:
            fits = last == Kind::None || last == Kind::Hundred || last == Kind::Scale;
            break;
        case Kind::Hundred:
            fits = (last == Kind::Unit || last == Kind::Tens) && current >= 1 && current <= 99;
            break;
        case Kind::Scale:
            fits = last != Kind::None && last != Kind::Scale && current >= 1
                && (lastScale == 0 || *c < lastScale);
            break;
        case Kind::None:
            break;
        }
        if (!fits)
            break;
        if (kind == Kind::Hundred) {
            current *= 100;
        } else if (kind == Kind::Scale) {
            total += current * *c;
            current = 0;
            lastScale = *c;
        } else {
            current += *c;
        }
        last = kind;
        ++count;
        end = i + 1;
    }
    if (count < 2)
        return 0;
    *value = total + current;
    return end - k;
}

bool isCardinalWord(const QString &word)
{
    return cardinal(word).has_value();
}

bool pronounOne(const QList<int> &tokens, qsizetype k, const QStringList &words)
{
    if (k == 0 || wordAt(tokens, k, words) != u"one"_s)
        return false;
    const QString &before = wordAt(tokens, k - 1, words);
    return before == u"no"_s || before == u"any"_s || before == u"every"_s;
}

} // namespace Parallax::Internal
