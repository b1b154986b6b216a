// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "compare/againstprevious.h"
#include "compare/comparator.h"
#include "core/filepaths.h"
#include "core/labels.h"
#include "load/versionnaming.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/outputfile.h"
#include "report/pdfexporter.h"
#include "report/reportchoices.h"
#include "workspace/noteanchoring.h"
#include "workspace/sessionfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// The exit status, as diff has it: 2 says some input was not read although the report was written.
enum ExitStatus { ExitSuccess = 0, ExitNoReport = 1, ExitInputsFailed = 2 };

} // namespace

int runCompareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Compare article versions and write a report.\n\nExit status: 0 when every file was read and the "
        "report written; 2 when some files could not be read (they are listed, and the report covers the "
        "others); 1 when no report was written (fewer than two versions, a --base that names no version "
        "or several, an output that is refused or cannot be written)."));
    parser.addHelpOption();
    const QCommandLineOption baseOption(u"base"_s,
        QCoreApplication::translate("main", "The base version: a version's name, file name or path."),
        u"VERSION"_s);
    const QCommandLineOption jsonOption(u"json"_s,
        QCoreApplication::translate("main", "Write the JSON report to FILE (- for standard output)."),
        u"FILE"_s);
    const QCommandLineOption pdfOption(
        u"pdf"_s, QCoreApplication::translate("main", "Write the annotated PDF to FILE."), u"FILE"_s);
    const QCommandLineOption htmlOption(u"html"_s,
        QCoreApplication::translate("main", "Write the HTML report (one self-contained file) to FILE."),
        u"FILE"_s);
    const QCommandLineOption csvOption(
        u"csv"_s, QCoreApplication::translate("main", "Write the changes as CSV to FILE."), u"FILE"_s);
    const QCommandLineOption cosmeticOption(u"annotate-cosmetic"_s,
        QCoreApplication::translate(
            "main", "Number typography and spelling changes in the PDF and HTML too."));
    const QCommandLineOption sessionOption(u"session"_s,
        QCoreApplication::translate("main",
            "Read a saved session (.parallax): its files when no PATH is given, its base when no --base "
            "is, and its notes, which the reports include."),
        u"FILE"_s);
    const QCommandLineOption orderOption(u"order"_s,
        QCoreApplication::translate("main",
            "Order the versions by name (as the files are named, the default) or by time (their dates, "
            "earliest first)."),
        u"name|time"_s);
    const QCommandLineOption againstOption(u"against"_s,
        QCoreApplication::translate("main",
            "Also report each version against the previous one in time (previous), beside the changes "
            "against the base (base, the default)."),
        u"previous|base"_s);
    // Read (and the translation installed) before this parser exists; listed for --help and so that the
    // parser accepts it.
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate("main", "Speak the language CODE (de, en, fr) instead of the system's."),
        u"CODE"_s);
    parser.addOptions({ baseOption, jsonOption, pdfOption, htmlOption, csvOption, cosmeticOption,
        sessionOption, orderOption, againstOption, langOption });
    parser.addPositionalArgument(
        u"PATH"_s, QCoreApplication::translate("main", "Article files or folders."), u"PATH..."_s);
    QStringList args = arguments;
    args.prepend(u"parallax compare"_s);
    parser.process(args);

    QTextStream err(stderr);
    const QString order = parser.value(orderOption);
    const QString against = parser.value(againstOption);
    if ((!order.isEmpty() && order != u"name"_s && order != u"time"_s)
        || (!against.isEmpty() && against != u"previous"_s && against != u"base"_s)) {
        err << QCoreApplication::translate(
            "main", "parallax compare: --order takes name or time, --against previous or base")
            << '\n';
        return ExitNoReport;
    }
    QStringList paths = parser.positionalArguments();
    std::optional<SessionFile> session;
    if (parser.isSet(sessionOption)) {
        QString error;
        session = SessionFiles::load(parser.value(sessionOption), &error);
        if (!session) {
            err << error << '\n';
            return ExitNoReport;
        }
        if (paths.isEmpty())
            paths = session->inputs;
    }
    if (paths.isEmpty()) {
        err << QCoreApplication::translate("main", "parallax compare: no files or folders given") << '\n';
        return ExitNoReport;
    }

    // The outputs are checked before anything is compared: a report never replaces a device, a folder
    // or one of the files it reports on, and the JSON and the PDF never go to one file.
    const bool otherReport = parser.isSet(pdfOption) || parser.isSet(htmlOption) || parser.isSet(csvOption);
    const QString jsonFile
        = parser.isSet(jsonOption) ? parser.value(jsonOption) : (otherReport ? QString() : u"-"_s);
    const bool pdfWanted = parser.isSet(pdfOption);
    const QString pdfFile = parser.value(pdfOption);
    const bool jsonToFile = parser.isSet(jsonOption) && jsonFile != u"-"_s;
    const QStringList inputs = collectArticleFiles(paths, nullptr) + paths;
    bool outputsUsable = true;
    QStringList outputs;
    if (jsonToFile)
        outputs.append(jsonFile);
    if (pdfWanted)
        outputs.append(pdfFile);
    if (parser.isSet(htmlOption))
        outputs.append(parser.value(htmlOption));
    if (parser.isSet(csvOption))
        outputs.append(parser.value(csvOption));
    for (const QString &file : std::as_const(outputs)) {
        if (const QString why = OutputFile::refusal(file, inputs); !why.isEmpty()) {
            err << FilePaths::printable(file) << u": "_s << why << '\n';
            outputsUsable = false;
        }
    }
    for (qsizetype i = 0; outputsUsable && i < outputs.size(); ++i) {
        for (qsizetype j = i + 1; j < outputs.size(); ++j) {
            if (OutputFile::sameFile(outputs.at(i), outputs.at(j))) {
                err << FilePaths::printable(outputs.at(j)) << u": "_s
                    << QCoreApplication::translate("main", "two reports cannot be written to one file")
                    << '\n';
                outputsUsable = false;
                break;
            }
        }
    }
    if (!outputsUsable) {
        err << QCoreApplication::translate("main", "parallax compare: nothing compared, no report written")
            << '\n';
        return ExitNoReport;
    }

    CompareOptions options;
    options.base = parser.value(baseOption);
    if (session && !parser.isSet(baseOption))
        options.base = session->base;
    const QString orderWanted = parser.isSet(orderOption) ? order : (session ? session->order : QString());
    options.order = orderWanted == u"time"_s ? CompareOptions::Order::Time : CompareOptions::Order::Name;
    options.againstPrevious = against == u"previous"_s;
    Comparison comparison = compareFiles(paths, options);
    bool inputFailed = false;
    bool baseUnusable = false;
    for (const LoadError &e : comparison.errors) {
        err << FilePaths::printable(e.path) << u": "_s << FilePaths::printable(describe(e)) << '\n';
        if (e.code == LoadError::Code::UnknownBase || e.code == LoadError::Code::AmbiguousBase)
            baseUnusable = true;
        else if (e.isFailure())
            inputFailed = true;
    }
    if (comparison.versions.size() < 2) {
        err << QCoreApplication::translate("main", "parallax compare: fewer than two versions could be read")
            << '\n';
        return ExitNoReport;
    }
    // A report against another base than the one asked for would answer another question.
    if (baseUnusable) {
        QStringList names;
        for (const Version &v : comparison.versions)
            names.append(FilePaths::printable(v.name));
        err << QCoreApplication::translate("main", "parallax compare: --base must name one of: %1")
                   .arg(names.join(u", "_s))
            << '\n'
            << QCoreApplication::translate("main", "parallax compare: no report written") << '\n';
        return ExitNoReport;
    }

    QList<Note> notes = session ? session->notes : QList<Note>();
    NoteAnchoring::place(notes, comparison);
    const auto orphans
        = std::count_if(notes.cbegin(), notes.cend(), [](const Note &n) { return n.isOrphaned(); });
    if (orphans > 0)
        err << QCoreApplication::translate("main",
            "parallax compare: %n note(s) could not be placed; the reports list them as orphaned", "",
            int(orphans))
            << '\n';

    // The names the window shows (the outlet, the credit line, else the file name), and the reader's
    // own from the session: given after the base was matched by the loaded names.
    VersionNaming::apply(comparison.versions, [&session](const Version &v) {
        return session ? session->displayNames.value(v.path.isEmpty() ? v.name : v.path) : QString();
    });

    // The window's defaults: only what the options change differs.
    ReportChoices choices;
    choices.annotateCosmetic = parser.isSet(cosmeticOption);
    choices.notes = notes;

    bool written = true;
    const QStringList compared = OutputFile::inputsOf(comparison) + inputs;
    if (jsonToFile || jsonFile == u"-"_s) {
        // Written as it is made: the report of many long versions is larger than the comparison.
        const auto writeJson
            = [&](QIODevice &device) { return JsonReport::write(comparison, notes, device); };
        if (jsonFile == u"-"_s) {
            QFile out;
            written = out.open(stdout, QIODevice::WriteOnly) && writeJson(out) && out.flush();
        } else {
            QString error;
            if (!OutputFile::write(jsonFile, writeJson, compared, &error)) {
                err << error << '\n';
                written = false;
            }
        }
    }
    // --against previous: the PDF and the HTML mark each version's changes against its predecessor (the
    // JSON keeps the base's and adds the steps).
    const Comparison marked = options.againstPrevious ? AgainstPrevious::view(comparison) : comparison;
    if (pdfWanted) {
        QString error;
        if (!PdfExporter::exportToFile(marked, pdfFile, choices.pdf(marked), &error)) {
            err << error << '\n';
            written = false;
        }
    }
    const QString htmlFile = parser.value(htmlOption);
    if (parser.isSet(htmlOption)) {
        QString error;
        if (!OutputFile::write(
                htmlFile, HtmlReport::toHtml(marked, choices.html(marked)), compared, &error)) {
            err << error << '\n';
            written = false;
        }
    }
    if (parser.isSet(csvOption)) {
        QString error;
        if (!OutputFile::write(parser.value(csvOption), CsvReport::toCsv(comparison, choices.csv(comparison)),
                compared, &error)) {
            err << error << '\n';
            written = false;
        }
    }
    if (!written)
        return ExitNoReport;
    return inputFailed ? ExitInputsFailed : ExitSuccess;
}

} // namespace Parallax
