// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the scalable application icon to the PNG sizes of the hicolor theme, so that
// the PNGs never drift from the SVG and need no SVG renderer outside Qt.
//
//   parallax_render_icon ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/apps/<ICON>.png

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Runs during the build, where there may be no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        err << "usage: parallax_render_icon ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << args.at(1) << ": not a valid SVG\n";
        return 1;
    }
    const QString baseName = QFileInfo(args.at(1)).completeBaseName();
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0) {
            err << sizeText << ": not a size in pixels\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = args.at(2) + u'/' + sizeText + u'x' + sizeText + u"/apps"_s;
        const QString file = dir + u'/' + baseName + u".png"_s;
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            err << file << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
