// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcommand.h"

#include "compare/comparator.h"
#include "core/filepaths.h"
#include "core/labels.h"
#include "load/versionnaming.h"
#include "report/batchsummary.h"
#include "report/jsonreport.h"
#include "report/outputfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

enum ExitStatus { ExitSuccess = 0, ExitNothingDone = 1, ExitStoriesFailed = 2 };

// Modification time in nanoseconds, links followed; -1 when the path cannot be examined. stat() rather
// than QFileInfo: a name that is not UTF-8 still names its file.
qint64 modified(const QString &path)
{
    struct stat st;
    if (::stat(FilePaths::toNative(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

struct Story
{
    QString name; // the sub-folder's name
    QString folder; // its path
    QString report; // DIR/NAME.json
    enum Outcome { Pending, Compared, Resumed, Failed } outcome = Pending;
    QString error;
    QStringList line; // the summary's line of a story compared in this run
};

// Whether the story's report was written after the last change to its folder and its files: then the
// comparison would give the same report, and an interrupted run need not repeat it.
bool reportIsCurrent(const Story &story)
{
    const qint64 written = modified(story.report);
    if (written < 0)
        return false;
    qint64 newest = modified(story.folder);
    for (const QString &file : collectArticleFiles({ story.folder }, nullptr))
        newest = std::max(newest, modified(file));
    return newest >= 0 && written >= newest;
}

// Compares one story and writes its report. The failures of single files are in the report (errors);
// the story fails when fewer than two versions can be read or the report cannot be written.
void runStory(Story &story)
{
    Comparison comparison = compareFiles({ story.folder });
    // Named as `parallax compare` names them: the reports are the same.
    VersionNaming::apply(comparison.versions);
    if (comparison.versions.size() < 2) {
        QStringList reasons;
        for (const LoadError &e : comparison.errors) {
            if (e.isFailure())
                reasons.append(describe(e));
        }
        story.outcome = Story::Failed;
        story.error = comparison.versions.isEmpty()
            ? QCoreApplication::translate("batch", "no version could be read")
            : QCoreApplication::translate("batch", "only one version could be read");
        if (!reasons.isEmpty())
            story.error += u" ("_s + reasons.join(u"; "_s) + u')';
        return;
    }
    QString error;
    // Written as it is made, as `parallax compare --json` writes it: a story of many long versions has a
    // report larger than its comparison, and the jobs' stories must not each hold theirs whole.
    const auto writeJson
        = [&comparison](QIODevice &device) { return JsonReport::write(comparison, {}, device); };
    if (!OutputFile::write(story.report, writeJson, OutputFile::inputsOf(comparison), &error)) {
        story.outcome = Story::Failed;
        story.error = error;
        return;
    }
    story.line = BatchSummary::fromComparison(FilePaths::printable(story.name), comparison);
    story.outcome = Story::Compared;
}

// The terminal's progress line: redrawn in place on a terminal, absent in a log.
class Progress
{
public:
    Progress(int total, QTextStream &err)
        : m_total(total)
        , m_err(err)
        , m_terminal(::isatty(STDERR_FILENO))
    {
        m_clock.start();
    }

    void storyDone(const Story &story)
    {
        const QMutexLocker locker(&m_lock);
        ++m_done;
        if (story.outcome == Story::Failed) {
            ++m_failed;
            clearLine();
            m_err << FilePaths::printable(story.folder) << u": "_s << story.error << '\n';
        }
        draw();
    }

    void finish()
    {
        const QMutexLocker locker(&m_lock);
        clearLine();
    }

private:
    void clearLine()
    {
        if (m_terminal && m_drawn)
            m_err << "\r\x1b[K";
        m_drawn = false;
    }

    void draw()
    {
        if (!m_terminal)
            return;
        constexpr int width = 30;
        const int filled = m_total > 0 ? m_done * width / m_total : width;
        const qint64 elapsed = m_clock.elapsed() / 1000;
        QString line = u"\r["_s + QString(filled, u'#') + QString(width - filled, u' ') + u"] "_s
            + QCoreApplication::translate("batch", "%1/%2 stories").arg(m_done).arg(m_total);
        if (m_failed > 0)
            line += u", "_s + QCoreApplication::translate("batch", "%1 failed").arg(m_failed);
        line += u", "_s + QCoreApplication::translate("batch", "%1 s").arg(elapsed);
        if (m_done > 0 && m_done < m_total)
            line += u", "_s
                + QCoreApplication::translate("batch", "about %1 s left")
                      .arg(elapsed * (m_total - m_done) / m_done);
        m_err << line << "\x1b[K";
        m_err.flush();
        m_drawn = true;
    }

    const int m_total;
    QTextStream &m_err;
    const bool m_terminal;
    QMutex m_lock;
    QElapsedTimer m_clock;
    int m_done = 0;
    int m_failed = 0;
    bool m_drawn = false;
};

} // namespace

int runBatchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("batch",
        "Compare every story of an archive: each sub-folder of ROOT is one story, compared as 'parallax "
        "compare' compares a folder. One JSON report per story and a summary.csv go to the output folder. "
        "Stories whose report is newer than their files are not compared again, so an interrupted run "
        "resumes.\n\nExit status: 0 when every story was compared; 2 when some could not be (they are "
        "listed, in the summary too); 1 when nothing could be done."));
    parser.addHelpOption();
    const QCommandLineOption outOption(u"out"_s,
        QCoreApplication::translate(
            "batch", "Write the reports to DIR (default: ROOT-parallax beside ROOT)."),
        u"DIR"_s);
    const QCommandLineOption jobsOption(u"jobs"_s,
        QCoreApplication::translate("batch", "Compare N stories at a time (default: one per processor)."),
        u"N"_s);
    const QCommandLineOption restartOption(u"restart"_s,
        QCoreApplication::translate(
            "batch", "Compare every story again, even those whose report is current."));
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate("batch", "Speak the language CODE (de, en, fr) instead of the system's."),
        u"CODE"_s);
    parser.addOptions({ outOption, jobsOption, restartOption, langOption });
    parser.addPositionalArgument(u"ROOT"_s,
        QCoreApplication::translate("batch", "A folder with one sub-folder per story."), u"ROOT"_s);
    QStringList args = arguments;
    args.prepend(u"parallax batch"_s);
    parser.process(args);

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << QCoreApplication::translate(
            "batch", "parallax batch: give one folder, whose sub-folders are the stories")
            << '\n';
        return ExitNothingDone;
    }
    QString root = positional.first();
    while (root.size() > 1 && root.endsWith(u'/'))
        root.chop(1);
    if (FilePaths::status(root).kind != FilePaths::Status::Folder) {
        err << FilePaths::printable(root) << u": "_s << QCoreApplication::translate("batch", "not a folder")
            << '\n';
        return ExitNothingDone;
    }
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            err << QCoreApplication::translate("batch", "parallax batch: --jobs needs a number of at least 1")
                << '\n';
            return ExitNothingDone;
        }
    }

    const QString out = parser.isSet(outOption) ? parser.value(outOption) : root + u"-parallax"_s;
    const FilePaths::Status outStatus = FilePaths::status(out);
    if (outStatus.kind == FilePaths::Status::Missing) {
        if (!QDir().mkpath(out)) {
            err << FilePaths::printable(out) << u": "_s
                << QCoreApplication::translate("batch", "the folder cannot be made") << '\n';
            return ExitNothingDone;
        }
    } else if (outStatus.kind != FilePaths::Status::Folder) {
        err << FilePaths::printable(out) << u": "_s << QCoreApplication::translate("batch", "not a folder")
            << '\n';
        return ExitNothingDone;
    }
    const FilePaths::Identity outIdentity = FilePaths::status(out).identity;

    bool readable = false;
    const QStringList entries = FilePaths::folderEntries(root, &readable);
    if (!readable) {
        err << FilePaths::printable(root) << u": "_s
            << QCoreApplication::translate("batch", "the folder cannot be read") << '\n';
        return ExitNothingDone;
    }
    QList<Story> stories;
    int looseFiles = 0;
    for (const QString &name : entries) {
        const QString path = root + u'/' + name;
        const FilePaths::Status status = FilePaths::status(path);
        if (status.kind != FilePaths::Status::Folder) {
            looseFiles += status.kind == FilePaths::Status::Regular;
            continue;
        }
        // Hidden folders (.git, .cache) are no stories, nor is the output folder when it is inside ROOT.
        if (name.startsWith(u'.') || status.identity == outIdentity)
            continue;
        stories.append(
            { name, path, out + u'/' + FilePaths::printable(name) + u".json"_s, Story::Pending, {}, {} });
    }
    if (looseFiles > 0) {
        err << FilePaths::printable(root) << u": "_s
            << QCoreApplication::translate("batch",
                   "%1 files directly in the folder are not part of any story (compare them with 'parallax "
                   "compare')")
                   .arg(looseFiles)
            << '\n';
    }
    if (stories.isEmpty()) {
        err << FilePaths::printable(root) << u": "_s
            << QCoreApplication::translate("batch", "no sub-folders: there is no story to compare") << '\n';
        return ExitNothingDone;
    }

    QList<Story *> pending;
    for (Story &story : stories) {
        if (!parser.isSet(restartOption) && reportIsCurrent(story))
            story.outcome = Story::Resumed;
        else
            pending.append(&story);
    }

    QElapsedTimer clock;
    clock.start();
    Progress progress(int(stories.size()), err);
    for (const Story &story : std::as_const(stories)) {
        if (story.outcome == Story::Resumed)
            progress.storyDone(story);
    }
    // A pool of its own: the comparison may use the global pool inside, and stories must not wait for it.
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    QtConcurrent::blockingMap(&pool, pending, [&progress](Story *story) {
        runStory(*story);
        progress.storyDone(*story);
    });
    progress.finish();

    // The summary in story order: the stories compared now from their comparisons, those of an earlier
    // run from their reports on disk (cli_batch.sh checks that both give the same lines).
    QList<QStringList> lines;
    int compared = 0, resumed = 0, failed = 0;
    for (Story &story : stories) {
        if (story.outcome == Story::Compared) {
            lines.append(story.line);
        } else if (story.outcome != Story::Failed) {
            QFile report(story.report);
            QJsonParseError parseError;
            const QJsonDocument json = report.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(report.readAll(), &parseError)
                : QJsonDocument();
            if (!json.isObject()) {
                story.outcome = Story::Failed;
                story.error = QCoreApplication::translate("batch", "the report %1 cannot be read back")
                                  .arg(FilePaths::printable(story.report));
                err << FilePaths::printable(story.folder) << u": "_s << story.error << '\n';
            } else {
                lines.append(BatchSummary::fromReport(FilePaths::printable(story.name), json.object()));
            }
        }
        if (story.outcome == Story::Failed)
            lines.append(BatchSummary::failed(FilePaths::printable(story.name), story.error));
        compared += story.outcome == Story::Compared;
        resumed += story.outcome == Story::Resumed;
        failed += story.outcome == Story::Failed;
    }
    const QString summary = out + u"/summary.csv"_s;
    QString error;
    if (!OutputFile::write(summary, BatchSummary::toCsv(lines), {}, &error)) {
        err << error << '\n';
        return ExitNothingDone;
    }
    err << QCoreApplication::translate("batch",
        "parallax batch: %1 stories: %2 compared, %3 resumed from earlier reports, %4 failed; "
        "summary in %5 (%6 s)")
               .arg(stories.size())
               .arg(compared)
               .arg(resumed)
               .arg(failed)
               .arg(FilePaths::printable(summary))
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
        << '\n';
    return failed > 0 ? ExitStoriesFailed : ExitSuccess;
}

} // namespace Parallax
