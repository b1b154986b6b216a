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

// The elements under (and including) a root in document order: index 0 is the root, a parent comes before
// its children, and an element's subtree is the interval [k, end(k)).
class ElementIndex
{
public:
    explicit ElementIndex(const GumboNode *root)
    {
        // Iterative: the prescan bounds the depth, but the stack need not rely on it.
        std::vector<std::pair<const GumboNode *, int>> stack { { root, -1 } };
        std::vector<size_t> open; // indices whose subtree is still being read, innermost last
        while (!stack.empty()) {
            const auto [node, parent] = stack.back();
            stack.pop_back();
            while (!open.empty() && int(open.back()) != parent) {
                m_end[open.back()] = m_nodes.size();
                open.pop_back();
            }
            const size_t k = m_nodes.size();
            m_nodes.push_back(node);
            m_parent.push_back(parent < 0 ? 0 : parent);
            m_end.push_back(0);
            m_index.emplace(node, int(k));
            open.push_back(k);
            const GumboVector &children = node->v.element.children;
            for (unsigned c = children.length; c > 0; --c) {
                const auto *child = static_cast<const GumboNode *>(children.data[c - 1]);
                if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE)
                    stack.push_back({ child, int(k) });
            }
        }
        for (const size_t k : open)
            m_end[k] = m_nodes.size();
    }

    size_t size() const { return m_nodes.size(); }
    const GumboNode *node(size_t k) const { return m_nodes[k]; }
    int parent(size_t k) const { return m_parent[k]; }
    size_t end(size_t k) const { return m_end[k]; }
    bool contains(size_t ancestor, size_t k) const { return k >= ancestor && k < m_end[ancestor]; }
    // The element's index; the root's for a node outside the tree.
    int indexOf(const GumboNode *node) const
    {
        const auto it = m_index.find(node);
        return it == m_index.end() ? 0 : it->second;
    }

private:
    std::vector<const GumboNode *> m_nodes;
    std::vector<int> m_parent;
    std::vector<size_t> m_end;
    std::unordered_map<const GumboNode *, int> m_index;
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

    // The elements of <body> in document order, each with its parent and the end of its subtree, so that
    // totals per element are one pass up the tree and "inside" is an interval test: linear in the page,
    // however deep it nests.
    const ElementIndex tree(body);
    std::vector<int> ownerOf(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i)
        ownerOf[size_t(i)] = tree.indexOf(sources[size_t(i)].owner);
    const size_t nodes = tree.size();
    std::vector<qsizetype> nodeProse(nodes, 0), nodeChars(nodes, 0), nodeBlocks(nodes, 0);
    std::vector<double> nodeScore(nodes, 0);
    auto sumUp = [&tree](auto &values) {
        for (size_t k = values.size(); k-- > 1;)
            values[size_t(tree.parent(k))] += values[k];
    };
    qsizetype totalProse = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const size_t o = size_t(ownerOf[size_t(i)]);
        if (prose[size_t(i)])
            totalProse += chars[size_t(i)];
        nodeProse[o] += prose[size_t(i)] ? chars[size_t(i)] : 0;
        nodeChars[o] += chars[size_t(i)];
        ++nodeBlocks[o];
    }
    sumUp(nodeProse);
    sumUp(nodeChars);
    sumUp(nodeBlocks);

    // An element named or made as furniture is furniture unless it holds the bulk of the prose (a whole
    // page wrapped in a <form>, an article in a div whose class happens to say "promo"). A block is
    // furniture when its element or one above it (below <body>) is.
    std::vector<char> furnitureNode(nodes, 0);
    for (size_t k = 1; k < nodes; ++k) {
        if (furnitureNode[size_t(tree.parent(k))]) {
            furnitureNode[k] = 1;
            continue;
        }
        if (nodeBlocks[k] == 0)
            continue;
        const GumboNode *e = tree.node(k);
        const bool looks
            = e->type == GUMBO_NODE_ELEMENT && (isFurnitureTag(e->v.element.tag) || hasFurnitureName(e));
        furnitureNode[k] = looks && !(totalProse > 0 && nodeProse[k] * 2 >= totalProse) ? 1 : 0;
    }
    std::vector<char> furniture(size_t(n), 0);
    bool proseChanged = false;
    for (qsizetype i = 0; i < n; ++i) {
        furniture[size_t(i)] = furnitureNode[size_t(ownerOf[size_t(i)])];
        if (furniture[size_t(i)] && prose[size_t(i)]) {
            prose[size_t(i)] = 0;
            proseChanged = true;
        }
    }
    if (proseChanged) {
        std::fill(nodeProse.begin(), nodeProse.end(), 0);
        for (qsizetype i = 0; i < n; ++i)
            nodeProse[size_t(ownerOf[size_t(i)])] += prose[size_t(i)] ? chars[size_t(i)] : 0;
        sumUp(nodeProse);
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
        nodeScore[size_t(ownerOf[size_t(i)])] += value;
    }
    sumUp(nodeScore);
    // The best-scoring element that holds text; of equal ones the smallest, and of those the innermost.
    size_t root = 0;
    double best = -1e300;
    for (size_t k = 0; k < nodes; ++k) {
        if (nodeBlocks[k] == 0)
            continue;
        if (nodeScore[k] > best || (nodeScore[k] == best && nodeChars[k] <= nodeChars[root])) {
            best = nodeScore[k];
            root = k;
        }
    }
    if (totalProse == 0)
        root = 0;
    // A page that lists stories (the article, then teasers of others, each an <article>) has its story in
    // the <article> with by far the most prose.
    {
        size_t first = 0;
        qsizetype firstProse = 0, secondProse = 0;
        int articles = 0;
        for (size_t k = root + 1; k < tree.end(root); ++k) {
            const GumboNode *node = tree.node(k);
            if (nodeBlocks[k] == 0 || node->type != GUMBO_NODE_ELEMENT
                || node->v.element.tag != GUMBO_TAG_ARTICLE)
                continue;
            ++articles;
            if (nodeProse[k] > firstProse) {
                secondProse = firstProse;
                firstProse = nodeProse[k];
                first = k;
            } else {
                secondProse = std::max(secondProse, nodeProse[k]);
            }
        }
        if (articles >= 2 && first && firstProse >= 2 * secondProse && firstProse * 4 >= nodeProse[root])
            root = first;
    }

    // The articleBody may be a summary or cut short (pay walls): it says what is not the article only where
    // it is as long as the prose found.
    qsizetype bodyWords = 0, rootProseWords = 0;
    if (useBody) {
        bodyWords = wordsOf(articleBody).size();
    }
    auto inside = [&](qsizetype i) { return tree.contains(root, size_t(ownerOf[size_t(i)])); };
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
    size_t articleElement = root;
    while (articleElement != 0
        && !(tree.node(articleElement)->type == GUMBO_NODE_ELEMENT
            && tree.node(articleElement)->v.element.tag == GUMBO_TAG_ARTICLE))
        articleElement = size_t(tree.parent(articleElement));
    const QString headline = wordsOf(extracted.title).join(u' ');
    if (headline.isEmpty() || articleElement == 0)
        return;
    auto inArticleElement
        = [&](qsizetype i) { return tree.contains(articleElement, size_t(ownerOf[size_t(i)])); };
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
