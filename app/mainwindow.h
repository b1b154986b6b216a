// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QMainWindow>

#include <memory>

namespace Parallax {

class ComparisonModel;
class ComparisonSession;
class MessageBar;
class QuotesPanel;
class SessionNotes;
class SideBySideView;
class SourceView;
class VersionsPanel;

// The reading window: versions side by side, aligned sentence against sentence, with the quotes,
// versions and source panels around them. Loading and comparing run in the background; their
// results are swapped in whole.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // A window on a session that may be comparing already (main() starts comparing the files it was
    // given before the window is built, so that both go on at once); the window takes it over.
    explicit MainWindow(ComparisonSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Compares the given files and folders (replacing the current comparison).
    void openPaths(const QStringList &paths);
    // Adds files and folders as further versions of the open comparison.
    void addPaths(const QStringList &paths);
    // Adds text or HTML (dragged from a browser) as a version, named after its source URL if known.
    void addText(const QByteArray &data, TextFormat format, const QString &sourceUrl = {});
    // Compares the same versions again against another base.
    void setBaseVersion(int version);
    // Reads the files again (done by itself when one changes on disk).
    void reload();
    // Writes the annotated PDF of what is shown (versions, order, base, cosmetic setting) in the
    // background; exportFinished tells how it went. Read against the previous version, it first waits
    // for the steps against the previous version if they are still being measured.
    void exportPdf(const QString &fileName);
    // Shows a finished comparison (what the background work ends with).
    void showComparison(Comparison comparison);
    // Sessions (docs/sessions.md, mainwindowsessions.cpp): opening reads the files again and places the
    // notes; a file that cannot be read is reported and its notes kept as orphaned. saveSession with an
    // empty path asks for one. Both report failures to the reader and return false.
    bool openSession(const QString &path);
    bool saveSession(const QString &path);
    // Offers the notes an earlier run left unsaved in the recovery file, if there is one.
    void offerRecovery();
    SessionNotes *notes() const;

    bool isBusy() const;
    ComparisonModel *model() const;
    SideBySideView *view() const;
    QuotesPanel *quotesPanel() const;
    VersionsPanel *versionsPanel() const;
    SourceView *sourceView() const;
    MessageBar *messageBar() const;

Q_SIGNALS:
    void comparisonShown();
    void exportFinished(bool ok, const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
