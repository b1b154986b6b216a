// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "compare/comparator.h"
#include "core/labels.h"
#include "report/csvreport.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/pdfexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Writes a report to a file, replacing it only once the whole report is written.
bool writeReportFile(const QString &fileName, const QByteArray &data, QTextStream &err)
{
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        err << fileName << u": "_s << out.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int runCompareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Compare article versions and write a report."));
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
    // Read (and the translation installed) before this parser exists; listed for --help and so that the
    // parser accepts it.
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate("main", "Speak the language CODE (de, en, fr) instead of the system's."),
        u"CODE"_s);
    parser.addOptions(
        { baseOption, jsonOption, pdfOption, htmlOption, csvOption, cosmeticOption, langOption });
    parser.addPositionalArgument(
        u"PATH"_s, QCoreApplication::translate("main", "Article files or folders."), u"PATH..."_s);
    QStringList args = arguments;
    args.prepend(u"parallax compare"_s);
    parser.process(args);

    QTextStream err(stderr);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << QCoreApplication::translate("main", "parallax compare: no files or folders given") << '\n';
        return 2;
    }

    CompareOptions options;
    options.base = parser.value(baseOption);
    const Comparison comparison = compareFiles(paths, options);
    for (const LoadError &e : comparison.errors)
        err << e.path << u": "_s << describe(e) << '\n';
    if (comparison.versions.size() < 2) {
        err << QCoreApplication::translate("main", "parallax compare: fewer than two versions could be read")
            << '\n';
        return 1;
    }

    int status = 0;
    const bool otherReport = parser.isSet(pdfOption) || parser.isSet(htmlOption) || parser.isSet(csvOption);
    const QString jsonFile
        = parser.isSet(jsonOption) ? parser.value(jsonOption) : (otherReport ? QString() : u"-"_s);
    if (!jsonFile.isEmpty()) {
        const QByteArray json = JsonReport::toJson(comparison);
        if (jsonFile == u"-"_s) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(json) != json.size())
                status = 1;
        } else {
            QSaveFile out(jsonFile);
            if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
                err << jsonFile << u": "_s << out.errorString() << '\n';
                status = 1;
            }
        }
    }
    if (parser.isSet(pdfOption)) {
        PdfExporter::Options pdfOptions;
        pdfOptions.annotateCosmetic = parser.isSet(cosmeticOption);
        QString error;
        if (!PdfExporter::exportToFile(comparison, parser.value(pdfOption), pdfOptions, &error)) {
            err << error << '\n';
            status = 1;
        }
    }
    if (parser.isSet(htmlOption)) {
        HtmlReport::Options htmlOptions;
        htmlOptions.annotateCosmetic = parser.isSet(cosmeticOption);
        if (!writeReportFile(parser.value(htmlOption), HtmlReport::toHtml(comparison, htmlOptions), err))
            status = 1;
    }
    if (parser.isSet(csvOption)
        && !writeReportFile(parser.value(csvOption), CsvReport::toCsv(comparison, {}), err))
        status = 1;
    return status;
}

} // namespace Parallax
