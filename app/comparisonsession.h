// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparator.h"
#include "compare/recompare.h"
#include "core/comparison.h"
#include "report/pdfexporter.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Parallax {

// One comparison as the window works on it, without any widget: what it is made from (files and
// folders, text dropped from other programs), the base the reader chose, the comparison shown, and the
// background work on it: comparing (a newer request replaces an older one), watching the files to
// compare again when one changes, and writing the PDF.
class ComparisonSession : public QObject
{
    Q_OBJECT
public:
    enum class Job { Comparison, Export };
    Q_ENUM(Job)

    explicit ComparisonSession(QObject *parent = nullptr);
    // Background work keeps its own copies of everything; it is asked to stop early.
    ~ComparisonSession() override;

    // Compares the given files and folders, replacing the inputs and forgetting the chosen base.
    void openPaths(const QStringList &paths);
    // Adds files and folders (not already there) as further versions and compares again.
    void addPaths(const QStringList &paths);
    // Adds text or HTML as a version, named after its source address if known, and compares again.
    // Returns false with what went wrong in *error when the text cannot be read.
    bool addText(const QByteArray &data, TextFormat format, const QString &sourceUrl, LoadError *error);
    // Compares the same inputs again (also done by itself when a watched file changes). Only the files
    // changed since they were read are read again (LoadedFiles).
    void reload();
    // How many files the last comparison read; the others were unchanged and taken as read before.
    int filesReadLastTime() const;
    // How many versions' changes the last comparison kept from the one before (LoadedFiles), and how
    // many it classified anew.
    RecompareStats recompareLastTime() const;
    // Compares the loaded versions again against another base, kept across later reloads.
    void setBaseVersion(int version);
    // Orders the versions by name (as loaded) or by their dates, and compares again; kept across reloads,
    // so that a file added to a watched folder appears in its time position.
    void setOrder(CompareOptions::Order order);
    CompareOptions::Order order() const;
    // Shows a finished comparison as if a job had ended with it.
    void setComparison(Comparison comparison);

    const Comparison &comparison() const;
    QStringList paths() const;
    const QList<Version> &droppedVersions() const;
    bool hasInputs() const;
    // The chosen base as a version key (path, or name for dropped text); empty: the most central.
    QString baseKey() const;

    // The name a version is shown and exported under: the reader's own (setDisplayName), else the
    // page's outlet, else the credit its text gives (TextCredit), else its file name. Versions read
    // from files keep the reader's names per folder (QSettings, under the folder's canonical path).
    QString displayName(int version) const;
    // An empty name gives the version its automatic name back. The comparison is shown again at once.
    void setDisplayName(int version, const QString &name);
    // The name the version has without the reader's: what an empty rename goes back to.
    QString automaticName(int version) const;

    // Writes the PDF of the comparison in the background; the caller's options say what is shown.
    // Does nothing while an export runs or when there is nothing to export.
    // Writes the PDF of `comparison` (the session's, as the window shows it) in the background.
    void exportPdf(
        const Comparison &comparison, const QString &fileName, const PdfExporter::Options &options);

    // Each version against its predecessor in time (Comparison::steps), for the timeline and the view
    // against the previous version, is measured after the comparison is shown, in a background job of
    // its own (stepsReady), so that the first rows do not wait for it; only while wanted (the default).
    void setStepsWanted(bool wanted);
    bool hasSteps() const;

    // What the comparison running (or last started) does, as jobStarted said it.
    QString jobLabel() const;

    bool isBusy() const;
    bool isRunning(Job job) const;
    void cancel(Job job);
    // How long the comparison shown took in the background, in ms; -1 when it was set directly.
    qint64 lastComparisonTime() const;

Q_SIGNALS:
    void jobStarted(Parallax::ComparisonSession::Job job, const QString &label);
    void jobProgress(Parallax::ComparisonSession::Job job, int done, int total);
    // The job ended (done, canceled or failed); not sent for a comparison a newer one replaced.
    void jobFinished(Parallax::ComparisonSession::Job job);
    void comparisonReady();
    // The comparison shown now has its steps against the previous version.
    void stepsReady();
    void comparisonCanceled();
    // A watched file or folder changed on disk; a new comparison starts right after.
    void inputsChangedOnDisk();
    void exportFinished(bool ok, bool canceled, const QString &fileName, const QString &error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
