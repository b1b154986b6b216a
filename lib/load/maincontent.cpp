// SPDX-License-Identifier: GPL-3.0-or-later
#include "load/maincontent.h"
#include "load/gumbonode_p.h"

#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

using Internal::attribute;

// Elements that hold what surrounds a story rather than the story.
bool isFurnitureTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIALOG:
        return true;
    default:
        return false;
    }
}

// Class, id, role and label names that page templates give to everything around the article.
bool hasFurnitureName(const GumboNode *node)
{
    static const QRegularExpression names(
        uR"((^|[\s_-])(share|sharing|social|newsletters?|subscribe|subscription|signup|sign-up|promo|related|recommended|recirc|read-?more|more-?in|more-?stories|comments?|disqus|advert|advertisement|ads?|ad-?slot|sponsor(ed)?|cookie|consent|gdpr|breadcrumbs?|menu|navbar|nav|navigation|footer|sidebar|rail|masthead|caption|credit|byline|dateline|kicker|eyebrow|timestamp|article-meta|tags|trending|popular|most-?read|outbrain|taboola|banner|modal|popup|toolbar|author-bio|bio|paywall|widget)([\s_-]|$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = attribute(node, "class") + u' ' + attribute(node, "id") + u' '
        + attribute(node, "role") + u' ' + attribute(node, "aria-label");
    // Posts quoted from social networks are part of the story; so is an element named as its body.
    static const QRegularExpression content(
        uR"((^|[\s_-])(embed|embedded|tweet|twitter-tweet|instagram-media|tiktok-embed|article-?body|story-?body|entry-content|post-content|article-?content)([\s_-]|$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (text.size() <= 3)
        return false;
    return names.matchView(text).hasMatch() && !content.matchView(text).hasMatch();
}

// Short lines that page templates put around and into stories: newsletter boxes, advertisement labels,
// prompts to comment, notes about scripts. Only for web pages: plain-text versions have their own rules.
bool isFurnitureText(QStringView t, int words)
{
    static const QRegularExpression furniture(
        uR"(^\s*(advert|advertisement|anzeige|publicit[eé]|sponsored|promoted)\s*$|\b(your inbox|news alerts|email alerts|e-mail alerts|newsletters?|delivered (daily|weekly|every|weekday)\w*)\b|\b(requires|enable) javascript\b|\bshare (it|this( story| article)?) with\b|\b(news|breaking news) e-?mails\b|^\s*(tell us what you think|leave a (comment|reply)|join the (conversation|discussion)|comments?|show comments|view comments)\b|^\s*(click|tap) here\b|\b(reading time|min(ute)? read|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)\b|^\s*(filed under|tags|topics|tagged)\s*:)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateLine(
        uR"(^\s*(\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\w+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})[,\s]*(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(\w{2,4})?)?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stamp(
        uR"(^\s*(updated|published|posted|last updated|first published|modified)\b(\s+(on|at))?:?\s+\S*\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return words <= 25
        && (furniture.matchView(t).hasMatch() || dateLine.matchView(t).hasMatch()
            || (words <= 12 && stamp.matchView(t).hasMatch()));
}

bool endsLikeSentence(QStringView t)
{
    while (!t.isEmpty() && t.back().isSpace())
        t.chop(1);
    if (t.isEmpty())
        return false;
    const QChar c = t.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u'\u201d' || c == u'\u2019'
        || c == u'\u3002' || c == u':' || c == u')';
}

// Lower-cased words (letters and digits) of a text.
QStringList wordsOf(QStringView text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

size_t trigramHash(const QStringList &words, qsizetype i)
{
    return qHash(words.at(i)) ^ (qHash(words.at(i + 1)) * 31) ^ (qHash(words.at(i + 2)) * 1009);
}

// What one element of the page holds: the prose of its blocks, all their text, and a score that weighs the
// prose against the rest.
struct NodeStats
{
    qsizetype prose = 0;
    qsizetype chars = 0;
    double score = 0;
    int furniture = -1; // -1 unknown, else 0/1
};

} // namespace

void MainContent::mark(ExtractedText &extracted, const std::vector<HtmlBlockSource> &sources,
    const GumboNode *body, const QString &articleBody)
{
    QList<TextBlock> &blocks = extracted.blocks;
    const qsizetype n = blocks.size();
    if (n == 0 || qsizetype(sources.size()) != n || !body)
        return;
    const QStringView text(extracted.text);
    auto blockText = [&](qsizetype i) { return text.mid(blocks[i].start, blocks[i].end - blocks[i].start); };

    // The articleBody's word trigrams: a block of the page is prose when most of its trigrams are there.
    QSet<size_t> bodyGrams;
    {
        const QStringList words = wordsOf(articleBody);
        if (words.size() >= 40)
            for (qsizetype i = 0; i + 2 < words.size(); ++i)
                bodyGrams.insert(trigramHash(words, i));
    }

    std::vector<qsizetype> chars(size_t(n), 0);
    std::vector<int> words(size_t(n), 0);
    std::vector<char> prose(size_t(n), 0);
    std::vector<char> inBody(size_t(n), 0);
    qsizetype bodyMatched = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView t = blockText(i);
        qsizetype c = 0;
        int wordCount = 0;
        bool inWord = false;
        for (const QChar ch : t) {
            c += ch.isSpace() ? 0 : 1;
            const bool w = ch.isLetterOrNumber() || ch.isMark();
            wordCount += w && !inWord ? 1 : 0;
            inWord = w;
        }
        chars[size_t(i)] = c;
        words[size_t(i)] = wordCount;
        if (bodyGrams.isEmpty() || wordCount < 3)
            continue;
        const QStringList w = wordsOf(t);
        {
            qsizetype hits = 0;
            for (qsizetype k = 0; k + 2 < w.size(); ++k)
                hits += bodyGrams.contains(trigramHash(w, k)) ? 1 : 0;
            if (hits * 2 >= w.size() - 2) {
                inBody[size_t(i)] = 1;
                bodyMatched += w.size();
            }
        }
    }
    // The articleBody is used only where it is the text of this page (not a summary or another story).
    const bool useBody = !bodyGrams.isEmpty() && bodyMatched * 2 >= bodyGrams.size();

    for (qsizetype i = 0; i < n; ++i) {
        const TextBlock &b = blocks[i];
        const double linkDensity
            = chars[size_t(i)] ? double(sources[size_t(i)].linkChars) / chars[size_t(i)] : 0;
        if (useBody && inBody[size_t(i)] && linkDensity < 0.5) {
            prose[size_t(i)] = 1;
            continue;
        }
        const int w = words[size_t(i)];
        // CJK text has no spaces between words: characters stand in for them.
        const bool longEnough = w >= 15 || chars[size_t(i)] >= 80
            || (endsLikeSentence(blockText(i)) && (w >= 6 || chars[size_t(i)] >= 30));
        // List items are neutral: a story's bullet points stay with it, but lists of teasers (headline and
        // summary of other stories) must not draw the article towards them.
        const bool kindOk = b.kind == BlockKind::Paragraph || b.kind == BlockKind::Quote;
        prose[size_t(i)] = kindOk && longEnough && linkDensity < 0.35;
    }

    // Totals per element, from each block up to <body>.
    std::unordered_map<const GumboNode *, NodeStats> stats;
    qsizetype totalProse = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (prose[size_t(i)])
            totalProse += chars[size_t(i)];
        for (const GumboNode *e = sources[size_t(i)].owner; e; e = e->parent) {
            NodeStats &s = stats[e];
            s.prose += prose[size_t(i)] ? chars[size_t(i)] : 0;
            s.chars += chars[size_t(i)];
            if (e == body)
                break;
        }
    }

    // An element named or made as furniture is furniture unless it holds the bulk of the prose (a whole
    // page wrapped in a <form>, an article in a div whose class happens to say "promo").
    auto isFurniture = [&](const GumboNode *e) {
        NodeStats &s = stats[e];
        if (s.furniture < 0) {
            const bool looks
                = e->type == GUMBO_NODE_ELEMENT && (isFurnitureTag(e->v.element.tag) || hasFurnitureName(e));
            s.furniture = looks && !(totalProse > 0 && s.prose * 2 >= totalProse) ? 1 : 0;
        }
        return s.furniture == 1;
    };
    std::vector<char> furniture(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        for (const GumboNode *e = sources[size_t(i)].owner; e && e != body; e = e->parent) {
            if (isFurniture(e)) {
                furniture[size_t(i)] = 1;
                break;
            }
        }
        if (furniture[size_t(i)] && prose[size_t(i)]) {
            prose[size_t(i)] = 0;
            for (const GumboNode *e = sources[size_t(i)].owner; e; e = e->parent) {
                stats[e].prose -= chars[size_t(i)];
                if (e == body)
                    break;
            }
        }
    }

    // Prose counts for an element, furniture and link lists against it, other text (headings, datelines,
    // short lines) a little against it.
    for (qsizetype i = 0; i < n; ++i) {
        const double linkDensity
            = chars[size_t(i)] ? double(sources[size_t(i)].linkChars) / chars[size_t(i)] : 0;
        double value;
        if (prose[size_t(i)])
            value = double(chars[size_t(i)]);
        else if (furniture[size_t(i)] || linkDensity >= 0.5)
            value = -0.5 * double(chars[size_t(i)]);
        else if (blocks[i].kind == BlockKind::Heading)
            value = 0;
        else
            value = -0.15 * double(chars[size_t(i)]);
        for (const GumboNode *e = sources[size_t(i)].owner; e; e = e->parent) {
            stats[e].score += value;
            if (e == body)
                break;
        }
    }
    const GumboNode *root = body;
    double best = -1e300;
    for (const auto &[node, s] : stats) {
        if (s.score > best || (s.score == best && s.chars < stats[root].chars)) {
            best = s.score;
            root = node;
        }
    }
    if (totalProse == 0)
        root = body;
    // A page that lists stories (the article, then teasers of others, each an <article>) has its story in
    // the <article> with by far the most prose.
    {
        const GumboNode *first = nullptr;
        qsizetype firstProse = 0, secondProse = 0;
        int articles = 0;
        for (const auto &[node, st] : stats) {
            if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_ARTICLE || node == root)
                continue;
            bool within = false;
            for (const GumboNode *e = node->parent; e && !within; e = e->parent)
                within = e == root;
            if (!within)
                continue;
            ++articles;
            if (st.prose > firstProse) {
                secondProse = firstProse;
                firstProse = st.prose;
                first = node;
            } else {
                secondProse = std::max(secondProse, st.prose);
            }
        }
        if (articles >= 2 && first && firstProse >= 2 * secondProse && firstProse * 4 >= stats[root].prose)
            root = first;
    }

    // The articleBody may be a summary or cut short (pay walls): it says what is not the article only where
    // it is as long as the prose found.
    qsizetype bodyWords = 0, rootProseWords = 0;
    if (useBody) {
        bodyWords = wordsOf(articleBody).size();
    }
    auto inside = [&](qsizetype i) {
        for (const GumboNode *e = sources[size_t(i)].owner; e; e = e->parent) {
            if (e == root)
                return true;
            if (e == body)
                break;
        }
        return false;
    };
    for (qsizetype i = 0; i < n; ++i)
        rootProseWords += prose[size_t(i)] && inside(i) ? words[size_t(i)] : 0;
    const bool bodyIsWhole = useBody && bodyWords * 10 >= rootProseWords * 8;
    for (qsizetype i = 0; i < n; ++i) {
        TextBlock &b = blocks[i];
        const double linkDensity
            = chars[size_t(i)] ? double(sources[size_t(i)].linkChars) / chars[size_t(i)] : 0;
        const bool in = inside(i);
        b.core = in && prose[size_t(i)];
        bool bp = !in || furniture[size_t(i)] || (linkDensity >= 0.5 && !prose[size_t(i)])
            || isFurnitureText(blockText(i), words[size_t(i)]);
        // With the page's own articleBody at hand, what it leaves out is not the article, headings apart.
        if (bodyIsWhole && !inBody[size_t(i)] && b.kind != BlockKind::Heading)
            bp = true;
        b.boilerplate = b.boilerplate || bp;
    }

    // "More Great Stories", "Other news", "Recommended reading": the list under such a line is other stories.
    static const QRegularExpression listOpener(
        uR"(^\s*(more|other|recommended|related|popular|latest|top|trending)\b.{0,40}\b(stories|articles|news|reads|reading|coverage|videos|posts)\s*:?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < n; ++i) {
        if (words[size_t(i)] > 8 || !listOpener.matchView(blockText(i)).hasMatch())
            continue;
        blocks[i].boilerplate = true;
        for (qsizetype j = i + 1; j < n && blocks[j].kind == BlockKind::ListItem; ++j)
            blocks[j].boilerplate = true;
    }

    // The story's headline is part of it where the page's <article> element holds both, even when the
    // template sets it above the element of the prose: the first heading before the prose that reads as the
    // page's headline.
    const GumboNode *articleElement = root;
    while (articleElement && articleElement != body
        && !(
            articleElement->type == GUMBO_NODE_ELEMENT && articleElement->v.element.tag == GUMBO_TAG_ARTICLE))
        articleElement = articleElement->parent;
    const QString headline = wordsOf(extracted.title).join(u' ');
    if (headline.isEmpty() || !articleElement || articleElement == body)
        return;
    auto inArticleElement = [&](qsizetype i) {
        for (const GumboNode *e = sources[size_t(i)].owner; e && e != body; e = e->parent)
            if (e == articleElement)
                return true;
        return false;
    };
    for (qsizetype i = 0; i < n && !blocks[i].core; ++i) {
        if (blocks[i].kind != BlockKind::Heading || furniture[size_t(i)] || !inArticleElement(i))
            continue;
        const QString heading = wordsOf(blockText(i)).join(u' ');
        const bool same = heading == headline
            || (heading.count(u' ') >= 2 && headline.startsWith(heading + u' ')
                && heading.size() * 2 >= headline.size());
        if (same) {
            blocks[i].boilerplate = false;
            break;
        }
    }
}

void MainContent::keepCore(ExtractedText &extracted)
{
    qsizetype core = 0, coreKept = 0;
    for (const TextBlock &b : std::as_const(extracted.blocks)) {
        if (!b.core)
            continue;
        core += b.end - b.start;
        coreKept += b.boilerplate ? 0 : b.end - b.start;
    }
    if (core == 0 || coreKept * 5 >= core)
        return;
    for (TextBlock &b : extracted.blocks)
        if (b.core)
            b.boilerplate = false;
}

} // namespace Parallax
