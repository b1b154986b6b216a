// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

SourceView::SourceView(KSyntaxHighlighting::Repository *repository, QWidget *parent)
    : SourceView([repository] { return repository; }, parent)
{ }

SourceView::SourceView(std::function<KSyntaxHighlighting::Repository *()> repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(std::move(repository))
    , m_title(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_editor);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path wraps instead of widening the panel (and the reading columns with it) on every
    // selection.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setText(tr("Select a sentence to see it in its source file."));
    m_editor->setReadOnly(true);
    // Files dropped here are meant for the window, which compares them.
    m_editor->setAcceptDrops(false);
    m_editor->viewport()->setAcceptDrops(false);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
}

SourceView::~SourceView() = default;

void SourceView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_highlighter->setTheme(theme);
    QPalette pal = m_editor->palette();
    pal.setColor(
        QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(
        QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    pal.setColor(
        QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_editor->setPalette(pal);
    m_highlighter->rehighlight();
}

// The highlighter queues work on blocks of its document; replacing the text under it left a queued
// rehighlight pointing at a freed block (a crash seen with ASan). A new highlighter for the new text drops
// the old one's queued work with it.
void SourceView::replaceText(const QString &text, const KSyntaxHighlighting::Definition &definition)
{
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    delete m_highlighter;
    m_editor->setPlainText(text);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setTheme(theme);
    m_highlighter->setDefinition(definition);
}

void SourceView::clear()
{
    m_pending = false;
    m_centrePending = false;
    m_shownKey.clear();
    m_pendingVersion = {};
    replaceText(QString(), KSyntaxHighlighting::Definition());
    m_title->setText(tr("Select a sentence to see it in its source file."));
}

void SourceView::showSentence(const Version &version, int sentence)
{
    m_pendingVersion = version;
    m_pendingSentence = sentence;
    m_pending = true;
    if (isVisible())
        apply();
}

void SourceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        apply();
}

void SourceView::apply()
{
    m_pending = false;
    const Version &v = m_pendingVersion;
    const QString key = v.path + u'\n' + v.name + u'\n' + QString::number(v.rawText.size());
    if (key != m_shownKey) {
        m_shownKey = key;
        KSyntaxHighlighting::Definition definition;
        switch (v.format) {
        case TextFormat::Html:
            definition = m_repository()->definitionForName(u"HTML"_s);
            break;
        case TextFormat::Markdown:
            definition = m_repository()->definitionForName(u"Markdown"_s);
            break;
        case TextFormat::Docx:
        case TextFormat::Odt:
            definition = m_repository()->definitionForName(u"XML"_s);
            break;
        case TextFormat::Email:
            definition = m_repository()->definitionForName(u"Email"_s);
            break;
        case TextFormat::PlainText:
        case TextFormat::Pdf:
            break;
        }
        replaceText(v.rawText, definition);
    }
    const QString where = v.path.isEmpty() ? tr("dropped text") : v.path;
    QString status;
    if (m_pendingSentence >= 0 && m_pendingSentence < v.sentences.size()) {
        qsizetype length = 0;
        const qsizetype at = locate(v.rawText, v.sentenceText(m_pendingSentence), &length);
        if (at >= 0) {
            // The cursor's position is the sentence's start (the anchor its end), so that centring puts
            // the sentence's first line in the middle, not the end of a long one.
            QTextCursor cursor(m_editor->document());
            cursor.setPosition(int(at + length));
            cursor.setPosition(int(at), QTextCursor::KeepAnchor);
            m_editor->setTextCursor(cursor);
            m_editor->centerCursor();
            // Centred once more when the event loop has run: a panel just shown gets its final size and
            // the new text its layout only then, and centring on the first guess left the sentence just
            // above the view.
            m_centrePending = true;
            QTimer::singleShot(0, this, [this] {
                if (m_centrePending)
                    m_editor->centerCursor();
                m_centrePending = false;
            });
        } else {
            status = tr(" (sentence not found in the source)");
        }
    }
    m_title->setText(tr("<b>%1</b> — %2%3").arg(v.name.toHtmlEscaped(), where.toHtmlEscaped(), status));
}

namespace {

// True when position lies inside a tag (an attribute value, say) rather than in the text between tags.
bool isInsideTag(const QString &source, qsizetype position)
{
    const qsizetype open = source.lastIndexOf(u'<', position);
    return open >= 0 && source.lastIndexOf(u'>', position) < open;
}

// True when position lies in an element whose content a reader never sees: a script (news pages repeat
// the whole article in their JSON-LD "articleBody"), a style sheet, or a comment.
bool isInsideHiddenContent(const QString &source, qsizetype position)
{
    const auto openedAfterClosed = [&](const QString &opening, const QString &closing) {
        const qsizetype open = source.lastIndexOf(opening, position, Qt::CaseInsensitive);
        return open >= 0 && source.lastIndexOf(closing, position, Qt::CaseInsensitive) < open;
    };
    return openedAfterClosed(u"<script"_s, u"</script"_s) || openedAfterClosed(u"<style"_s, u"</style"_s)
        || openedAfterClosed(u"<!--"_s, u"-->"_s);
}

bool isReadableText(const QString &source, qsizetype position)
{
    return !isInsideTag(source, position) && !isInsideHiddenContent(source, position);
}

// Where the readable text of an HTML page starts: words in <head> (titles, meta descriptions) repeat
// the article's but are not where the reader wants to go.
qsizetype textStart(const QString &source)
{
    const qsizetype body = source.indexOf(u"<body"_s, 0, Qt::CaseInsensitive);
    return body < 0 ? 0 : body;
}

} // namespace

qsizetype SourceView::locate(const QString &source, const QString &sentence, qsizetype *length)
{
    const QString needle = sentence.trimmed();
    *length = 0;
    if (needle.isEmpty())
        return -1;
    const qsizetype from = textStart(source);
    for (qsizetype at = source.indexOf(needle, from); at >= 0; at = source.indexOf(needle, at + 1)) {
        if (isReadableText(source, at)) {
            *length = needle.size();
            return at;
        }
    }
    // Words with anything that is not a word between them: spaces, tags, entities, other quote marks.
    static const QRegularExpression wordPattern(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = wordPattern.globalMatch(needle); it.hasNext();)
        words.append(it.next().captured());
    if (words.isEmpty())
        return -1;
    const QString separator = u"(?:<[^>]*>|&#?\\w+;|[^\\w<&])+"_s;
    // The longest run of first words that can be found, down to a few.
    for (const qsizetype count : { qsizetype(12), qsizetype(7), qsizetype(4) }) {
        QStringList escaped;
        for (qsizetype i = 0; i < std::min(count, words.size()); ++i)
            escaped.append(QRegularExpression::escape(words.at(i)));
        const QRegularExpression pattern(
            escaped.join(separator), QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = pattern.globalMatch(source, from); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (isReadableText(source, match.capturedStart())) {
                *length = match.capturedLength();
                return match.capturedStart();
            }
        }
    }
    return -1;
}

} // namespace Parallax
