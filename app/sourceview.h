// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class Definition;
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace Parallax {

// The selected version's file as written (HTML, Markdown or text), highlighted with
// KSyntaxHighlighting and scrolled to the selected sentence, so the reader can check what the page
// really says around it.
class SourceView : public QWidget
{
    Q_OBJECT
public:
    explicit SourceView(KSyntaxHighlighting::Repository *repository, QWidget *parent = nullptr);
    // The repository made when a source is first shown: reading its definitions takes tens of ms.
    explicit SourceView(
        std::function<KSyntaxHighlighting::Repository *()> repository, QWidget *parent = nullptr);
    ~SourceView() override;

    void setTheme(const KSyntaxHighlighting::Theme &theme);
    // Shows a version's source and selects where the sentence stands in it. Work is deferred while the
    // panel is hidden.
    void showSentence(const Version &version, int sentence);
    void clear();
    QPlainTextEdit *editor() const { return m_editor; }

    // Where a sentence of the extracted text stands in the source: markup and entities may sit between
    // its words, so it falls back from the whole sentence to its first words. Returns the start, or -1,
    // and the length of what matched.
    static qsizetype locate(const QString &source, const QString &sentence, qsizetype *length);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply();

    std::function<KSyntaxHighlighting::Repository *()> m_repository;
    void replaceText(const QString &text, const KSyntaxHighlighting::Definition &definition);

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QLabel *m_title;
    QPlainTextEdit *m_editor;
    Version m_pendingVersion;
    int m_pendingSentence = -1;
    bool m_pending = false;
    bool m_centrePending = false;
    QString m_shownKey; // which source is in the editor, so the same one is not reloaded
};

} // namespace Parallax
