// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "compare/comparator.h"
#include "core/labels.h"
#include "report/jsonreport.h"
#include "report/pdfexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax {

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
    const QCommandLineOption cosmeticOption(u"annotate-cosmetic"_s,
        QCoreApplication::translate("main", "Number typography and spelling changes in the PDF too."));
    // Read (and the translation installed) before this parser exists; listed for --help and so that the
    // parser accepts it.
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate("main", "Speak the language CODE (de, en, fr) instead of the system's."),
        u"CODE"_s);
    parser.addOptions({ baseOption, jsonOption, pdfOption, cosmeticOption, langOption });
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
    const QString jsonFile = parser.isSet(jsonOption) ? parser.value(jsonOption)
                                                      : (parser.isSet(pdfOption) ? QString() : u"-"_s);
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
    return status;
}

} // namespace Parallax
