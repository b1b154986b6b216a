// SPDX-License-Identifier: GPL-3.0-or-later
// Reference reports, in the manner of KSyntaxHighlighting's highlighting tests: the JSON report of the
// bundled sample (and of the real-news seeds where ../shared/corpus is present) must equal the files
// under tests/data/reference/. A mismatch prints a unified diff and leaves the new report beside the
// build for inspection; tests/regenerate-references.sh rewrites the references on purpose.
//
// The seeds are publishers' text that must not be copied into the project, so their reference keeps
// the shape of the comparison (offsets, rows, statuses, kinds, fidelities, figures) with every text
// field replaced by its length.
#include "compare/comparator.h"
#include "load/versionnaming.h"
#include "report/jsonreport.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

QString referencePath(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA_DIR) + u"/reference/"_s + name + u".json"_s;
}

// Paths differ between checkouts: keep the file name only.
void relativisePaths(QJsonObject &report)
{
    QJsonArray versions = report.value(u"versions"_s).toArray();
    for (qsizetype i = 0; i < versions.size(); ++i) {
        QJsonObject v = versions.at(i).toObject();
        v.insert(u"path"_s, QFileInfo(v.value(u"path"_s).toString()).fileName());
        // So do the files' modification times.
        if (v.value(u"dateSource"_s).toString() == u"file-date"_s)
            v.insert(u"date"_s, u"(file date)"_s);
        versions.replace(i, v);
    }
    report.insert(u"versions"_s, versions);
    QJsonArray errors = report.value(u"errors"_s).toArray();
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QJsonObject e = errors.at(i).toObject();
        e.insert(u"path"_s, QFileInfo(e.value(u"path"_s).toString()).fileName());
        errors.replace(i, e);
    }
    report.insert(u"errors"_s, errors);
}

// Every string that holds words of the article becomes "<N chars>"; names, ids and kinds stay.
QJsonValue withoutText(const QJsonValue &value, const QString &key)
{
    static const QStringList textKeys
        = { u"text"_s, u"before"_s, u"after"_s, u"title"_s, u"speaker"_s, u"wordChanges"_s, u"headline"_s };
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = withoutText(it.value(), it.key());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a.replace(i, withoutText(a.at(i), key));
        return a;
    }
    if (value.isString() && textKeys.contains(key))
        return u"<%1 chars>"_s.arg(value.toString().size());
    return value;
}

QByteArray reportOf(const QString &folder, bool keepText)
{
    // Named as `parallax compare` and the window name them.
    Comparison c = compareFiles({ folder });
    VersionNaming::apply(c.versions);
    QJsonObject report = QJsonDocument::fromJson(JsonReport::toJson(c)).object();
    relativisePaths(report);
    if (!keepText)
        report = withoutText(report, {}).toObject();
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

void compareWithReference(const QString &name, const QByteArray &actual)
{
    const QString reference = referencePath(name);
    if (qEnvironmentVariableIsSet("PARALLAX_REGENERATE_REFERENCES")) {
        QDir().mkpath(QFileInfo(reference).absolutePath());
        QFile out(reference);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(reference));
        out.write(actual);
        qInfo("rewrote %s", qPrintable(reference));
        return;
    }
    QFile in(reference);
    QVERIFY2(in.open(QIODevice::ReadOnly),
        qPrintable(u"no reference %1: run tests/regenerate-references.sh"_s.arg(reference)));
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return;
    const QString actualPath = QDir::currentPath() + u"/"_s + name + u".actual.json"_s;
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(actual);
    out.close();
    QString diff;
    if (!QStandardPaths::findExecutable(u"diff"_s).isEmpty()) {
        QProcess p;
        p.start(u"diff"_s, { u"-u"_s, reference, actualPath });
        p.waitForFinished(30000);
        diff = QString::fromUtf8(p.readAllStandardOutput().left(20000));
    }
    QFAIL(qPrintable(u"%1 differs from its reference (new report: %2)\n%3"_s.arg(name, actualPath, diff)));
}

} // namespace

class TestReferenceReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample() { compareWithReference(u"sample"_s, reportOf(QStringLiteral(PARALLAX_SAMPLE_DIR), true)); }

    void seeds()
    {
        const QString seeds = QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s;
        if (!QFileInfo(seeds).isDir())
            QSKIP("../shared/corpus/seeds is absent: the seeds' reference is not checked");
        compareWithReference(u"seeds"_s, reportOf(seeds, false));
    }
};

QTEST_GUILESS_MAIN(TestReferenceReports)
#include "tst_referencereports.moc"
