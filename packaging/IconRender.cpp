// Build-time tool: renders an SVG to square PNGs for the hicolor icon theme, so the raster icons
// always match the SVG and the build needs no converter beyond Qt (QtSvg is a dependency anyway).
//   kakiyo-icon-render INPUT.svg OUTPUT_DIR SIZE...   writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    // No display at build time; the offscreen platform is part of QtGui.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: kakiyo-icon-render INPUT.svg OUTPUT_DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "kakiyo-icon-render: cannot read " << args.at(1) << "\n";
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName() + QStringLiteral(".png");
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            err << "kakiyo-icon-render: bad size " << args.at(i) << "\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QLatin1Char('/') + name)) {
            err << "kakiyo-icon-render: cannot write " << dir << "/" << name << "\n";
            return 1;
        }
    }
    return 0;
}
