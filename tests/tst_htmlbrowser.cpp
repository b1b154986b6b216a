// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report in a real browser: headless Chromium renders it to a PNG, wide (1280 px) and narrow
// (400 px, a phone), and the pictures are checked: not blank, the PDF's change colours painted, and on
// the narrow screen the rows stacked (an added sentence's tint runs across the whole width, while on the
// wide screen it fills only its column). Chromium never goes to the network here: the report refers to
// nothing outside itself, and background networking, updates and QUIC are switched off.
//
// Exits with 77 (ctest SKIP_RETURN_CODE) where Chromium is not installed. PARALLAX_SHOTS_DIR, when set,
// keeps the screenshots there.
#include "compare/comparator.h"
#include "comparisonfixture.h"
#include "present/changecolors.h"
#include "report/htmlreport.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace {

QString chromium()
{
    for (const QString &name : { u"chromium"_s, u"chromium-browser"_s, u"google-chrome"_s }) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// Renders the HTML file to a PNG of the given window size; returns the image, or a null one with
// *error set.
QImage render(const QString &htmlFile, int width, int height, const QString &name, QString *error)
{
    QTemporaryDir profile;
    const QString png = QFileInfo(htmlFile).absolutePath() + u'/' + name + u".png"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(chromium(),
        { u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--disable-quic"_s, u"--no-first-run"_s,
            u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
            u"--hide-scrollbars"_s, u"--user-data-dir="_s + profile.path(), u"--screenshot="_s + png,
            u"--window-size=%1,%2"_s.arg(width).arg(height), QUrl::fromLocalFile(htmlFile).toString() });
    if (!process.waitForFinished(180000)) {
        process.kill();
        *error = u"chromium did not finish"_s;
        return {};
    }
    const QImage image(png);
    if (image.isNull()) {
        *error = u"no screenshot; chromium said: "_s + QString::fromLocal8Bit(process.readAll());
        return {};
    }
    const QString keep = qEnvironmentVariable("PARALLAX_SHOTS_DIR");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + u'/' + name + u".png"_s);
        QFile::copy(png, keep + u'/' + name + u".png"_s);
    }
    return image.convertToFormat(QImage::Format_RGB32);
}

QString writeReport(const QTemporaryDir &dir, const QString &name, const Comparison &comparison)
{
    const QString path = dir.filePath(name + u".html"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(HtmlReport::toHtml(comparison, {})) <= 0)
        return {};
    return path;
}

struct Picture
{
    int distinctColors = 0;
    double inkShare = 0; // pixels that are not the page's white
    QHash<QRgb, int> counts;
    // Per colour: the largest share of one pixel row it covers.
    double widestRun(const QImage &image, const QColor &color) const
    {
        double widest = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            int n = 0;
            for (int x = 0; x < image.width(); ++x)
                n += std::abs(qRed(line[x]) - color.red()) <= 3
                        && std::abs(qGreen(line[x]) - color.green()) <= 3
                        && std::abs(qBlue(line[x]) - color.blue()) <= 3
                    ? 1
                    : 0;
            widest = std::max(widest, double(n) / image.width());
        }
        return widest;
    }
};

Picture look(const QImage &image)
{
    Picture p;
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb rgb = line[x] & 0xffffff;
            ++p.counts[rgb];
            ink += rgb == 0xffffff ? 0 : 1;
        }
    }
    p.distinctColors = int(p.counts.size());
    p.inkShare = double(ink) / (qint64(image.width()) * image.height());
    return p;
}

// Pixels of about this colour: the browser's colour management may move a channel by a step or two.
bool painted(const Picture &p, const QColor &color, int atLeast = 50)
{
    int n = 0;
    for (auto it = p.counts.cbegin(); it != p.counts.cend(); ++it) {
        const QRgb rgb = it.key();
        if (std::abs(qRed(rgb) - color.red()) <= 3 && std::abs(qGreen(rgb) - color.green()) <= 3
            && std::abs(qBlue(rgb) - color.blue()) <= 3)
            n += it.value();
    }
    return n >= atLeast;
}

} // namespace

class TestHtmlBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sample();
    void stackedOnANarrowScreen();
    void seeds();

private:
    QTemporaryDir m_dir;
};

void TestHtmlBrowser::sample()
{
    const Comparison c = compareFiles(QStringList { QStringLiteral(PARALLAX_SAMPLE_DIR) });
    const QString file = writeReport(m_dir, u"sample"_s, c);
    QVERIFY(!file.isEmpty());
    const ChangeColors colors = ChangeColors::forPrint();
    for (const int width : { 1280, 400 }) {
        QString error;
        const QImage image = render(file, width, 2000, u"sample-%1"_s.arg(width), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(width, 2000));
        const Picture p = look(image);
        // Text, tables and highlights: many colours (anti-aliased glyphs), a fair share of ink.
        QVERIFY2(p.distinctColors > 100, qPrintable(QString::number(p.distinctColors)));
        QVERIFY2(p.inkShare > 0.05 && p.inkShare < 0.9, qPrintable(QString::number(p.inkShare)));
        // The first screen already shows the kinds' colours (counts table, legend, quotations); on the
        // phone the counts table scrolls sideways, and its first kinds are what shows.
        const QList<QColor> tints = width > 700
            ? QList<QColor> { colors.substantive, colors.wording, colors.added }
            : QList<QColor> { colors.typography, colors.spelling };
        for (const QColor &tint : tints)
            QVERIFY2(painted(p, tint), qPrintable(tint.name()));
    }
}

void TestHtmlBrowser::stackedOnANarrowScreen()
{
    // The council story: one added sentence (the Herald's last row), whose tint shows the layout.
    const QString file = writeReport(m_dir, u"council"_s, Fixture::councilStory());
    const QColor added = ChangeColors::forPrint().added;
    QString error;
    const QImage wide = render(file, 1280, 3000, u"council-1280"_s, &error);
    QVERIFY2(!wide.isNull(), qPrintable(error));
    const QImage narrow = render(file, 400, 8000, u"council-400"_s, &error);
    QVERIFY2(!narrow.isNull(), qPrintable(error));
    const Picture widePicture = look(wide);
    const Picture narrowPicture = look(narrow);
    QVERIFY(painted(widePicture, added, 2000));
    QVERIFY(painted(narrowPicture, added, 2000));
    // Side by side, the added cell is one of three version columns beside the row number and the notes;
    // stacked, it takes the width of the screen.
    const double wideRun = widePicture.widestRun(wide, added);
    const double narrowRun = narrowPicture.widestRun(narrow, added);
    QVERIFY2(wideRun < 0.35, qPrintable(QString::number(wideRun)));
    QVERIFY2(narrowRun > 0.8, qPrintable(QString::number(narrowRun)));
}

void TestHtmlBrowser::seeds()
{
    const QDir seeds(QStringLiteral(PARALLAX_CORPUS_DIR) + u"/seeds"_s);
    if (!seeds.exists())
        QSKIP("../shared/corpus/seeds is absent: the real-text render is not checked");
    const Comparison c = compareFiles(QStringList { seeds.path() });
    QVERIFY(c.versions.size() >= 5);
    const QString file = writeReport(m_dir, u"seeds"_s, c);
    for (const int width : { 1280, 400 }) {
        QString error;
        const QImage image = render(file, width, 2000, u"seeds-%1"_s.arg(width), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        const Picture p = look(image);
        QVERIFY(p.distinctColors > 100);
        QVERIFY(p.inkShare > 0.05);
    }
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (chromium().isEmpty()) {
        std::fputs(
            "tst_htmlbrowser: SKIP: Chromium is not installed, the HTML report is not rendered\n", stdout);
        return 77;
    }
    TestHtmlBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_htmlbrowser.moc"
