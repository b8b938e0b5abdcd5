#include "ui/charts/ChartExporter.h"

#include "ui/charts/PrintPrompt.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimeZone>
#include <QXYSeries>
#include <map>

namespace kakiyo {

namespace {

// Renders with animations off and at the requested size, then puts the chart back as it was, so
// an export never catches a half-grown bar nor disturbs the chart on screen.
class RenderSession
{
public:
    RenderSession(QChart &chart, const QSizeF &size)
        : m_chart(chart)
        , m_animations(chart.animationOptions())
        , m_oldSize(chart.size())
    {
        m_chart.setAnimationOptions(QChart::NoAnimation);
        if (!m_chart.scene()) {
            m_scene = std::make_unique<QGraphicsScene>();
            m_scene->addItem(&m_chart);
        }
        if (m_chart.size() != size)
            m_chart.resize(size);
        if (auto *layout = m_chart.layout())
            layout->activate();
    }
    ~RenderSession()
    {
        if (m_chart.size() != m_oldSize) {
            m_chart.resize(m_oldSize);
            if (auto *layout = m_chart.layout())
                layout->activate();
        }
        if (m_scene)
            m_scene->removeItem(&m_chart);
        m_chart.setAnimationOptions(m_animations);
    }
    Q_DISABLE_COPY_MOVE(RenderSession)

    void paint(QPainter &painter, const QRectF &target)
    {
        const QRectF source = m_chart.mapRectToScene(QRectF(QPointF(0, 0), m_chart.size()));
        m_chart.scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
    }

private:
    QChart &m_chart;
    QChart::AnimationOptions m_animations;
    QSizeF m_oldSize;
    std::unique_ptr<QGraphicsScene> m_scene;
};

QString fileError(const QString &path, const QString &reason)
{
    return QObject::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString numberText(double value)
{
    // Shortest exact-looking form: 18.72 stays "18.72", 1250.0 becomes "1250".
    return QString::number(value, 'g', 15);
}

} // namespace

ChartExporter::ChartExporter(QChart *chart, const QAbstractItemModel *data)
    : m_chart(chart)
    , m_data(data)
{
}

void ChartExporter::setLogicalSize(const QSizeF &size)
{
    m_size = size;
}

QSizeF ChartExporter::logicalSize() const
{
    if (!m_size.isEmpty())
        return m_size;
    if (m_chart && !m_chart->size().isEmpty() && m_chart->size().width() >= 50)
        return m_chart->size();
    // A view that was never shown has not sized its chart yet; its own size is what the user set.
    if (m_chart && m_chart->scene()) {
        for (auto *view : m_chart->scene()->views()) {
            const QSize size = view->viewport()->size();
            if (size.width() >= 50 && size.height() >= 50)
                return view->size();
        }
    }
    return DefaultSize;
}

void ChartExporter::setTitle(const QString &title)
{
    m_title = title;
}

void ChartExporter::render(QPainter &painter, const QRectF &target) const
{
    if (!m_chart)
        return;
    RenderSession session(*m_chart, logicalSize());
    session.paint(painter, target);
}

QImage ChartExporter::image(int scale) const
{
    const QSizeF logical = logicalSize();
    const QSize pixels = (logical * scale).toSize();
    const QColor background = m_chart ? m_chart->backgroundBrush().color() : QColor(Qt::white);
    // On an opaque background every pixel stays opaque: RGB32 renders the same pixels as ARGB32
    // (checked pixel for pixel), paints faster and lets the PNG writer skip the alpha channel
    // and the conversion to unpremultiplied ARGB.
    QImage image(pixels,
        background.alpha() == 255 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return image;
}

QByteArray ChartExporter::svg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF logical = logicalSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logical.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), logical));
    generator.setTitle(m_title.isEmpty() ? (m_chart ? m_chart->title() : QString()) : m_title);
    generator.setDescription(QObject::tr("Kakiyo Desk chart"));
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    render(painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return bytes;
}

QByteArray ChartExporter::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF logical = logicalSize();
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Kakiyo Desk"));
    writer.setTitle(m_title.isEmpty() ? (m_chart ? m_chart->title() : QString()) : m_title);
    if (m_paper == QPageSize::Custom) {
        // One page exactly the chart's size (1 logical px = 1 pt), no margins: a vector figure.
        writer.setPageSize(QPageSize(logical, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    } else {
        writer.setPageSize(QPageSize(m_paper));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
    }
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF target(QPointF(0, 0), logical);
    if (m_paper != QPageSize::Custom) {
        // The chart keeps its proportions, as large as the printable area allows, centred.
        const QSizeF area = writer.pageLayout().paintRect(QPageLayout::Point).size();
        const QSizeF fitted = logical.scaled(area, Qt::KeepAspectRatio);
        target = QRectF(
            QPointF((area.width() - fitted.width()) / 2, (area.height() - fitted.height()) / 2),
            fitted);
    }
    render(painter, target);
    painter.end();
    return bytes;
}

QByteArray ChartExporter::csv() const
{
    if (m_data)
        return csvFromModel(*m_data);
    if (m_chart)
        return csvFromChart(*m_chart);
    return {};
}

ExportOutcome ChartExporter::write(const QString &path, Format format, int scale) const
{
    switch (format) {
    case Format::Png:
        return writePng(path, scale);
    case Format::Svg:
        return writeSvg(path);
    case Format::Pdf:
        return writePdf(path);
    case Format::Csv:
        return writeCsv(path);
    }
    return ExportOutcome::failure(QObject::tr("Unknown export format"), path);
}

ExportOutcome ChartExporter::writePng(const QString &path, int scale) const
{
    if (scale < 1 || scale > 3)
        return ExportOutcome::failure(
            QObject::tr("PNG scale must be 1, 2 or 3 (got %1)").arg(scale), path);
    if (!m_chart)
        return ExportOutcome::failure(QObject::tr("There is no chart to export"), path);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // PNG is lossless whatever the level: the fastest deflate level (quality 85 maps to zlib
    // level 1) writes the same pixels in a third of the time of the default level, for a file
    // about 15 % larger.
    writer.setQuality(85);
    if (!writer.write(image(scale)))
        return ExportOutcome::failure(QObject::tr("Could not encode the PNG image"), path);
    return writeFile(path, bytes);
}

ExportOutcome ChartExporter::writeSvg(const QString &path) const
{
    if (!m_chart)
        return ExportOutcome::failure(QObject::tr("There is no chart to export"), path);
    return writeFile(path, svg());
}

ExportOutcome ChartExporter::writePdf(const QString &path) const
{
    if (!m_chart)
        return ExportOutcome::failure(QObject::tr("There is no chart to export"), path);
    return writeFile(path, pdf());
}

ExportOutcome ChartExporter::writeCsv(const QString &path) const
{
    return writeFile(path, csv());
}

ExportOutcome ChartExporter::copyToClipboard() const
{
    if (!m_chart)
        return ExportOutcome::failure(QObject::tr("There is no chart to copy"));
    auto *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return ExportOutcome::failure(QObject::tr("No clipboard is available"));
    auto *mime = new QMimeData;
    mime->setImageData(image(2));
    const QByteArray table = csv();
    mime->setData(QStringLiteral("text/csv"), table);
    mime->setText(QString::fromUtf8(table));
    clipboard->setMimeData(mime);
    return ExportOutcome::success(QObject::tr("Chart copied to the clipboard"));
}

ExportOutcome ChartExporter::print(QWidget *parent) const
{
    if (!m_chart)
        return ExportOutcome::failure(QObject::tr("There is no chart to print"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    if (!PrintPrompt::ask(printer, parent))
        return ExportOutcome::failure(QObject::tr("Printing cancelled"));
    QPainter painter;
    if (!painter.begin(&printer))
        return ExportOutcome::failure(QObject::tr("The printer could not be started"));
    // Fit the chart into the printable area, keeping its proportions.
    const QRectF page
        = printer.pageLayout()
              .paintRectPixels(printer.resolution())
              .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft());
    QSizeF size = logicalSize();
    size.scale(page.size(), Qt::KeepAspectRatio);
    render(painter, QRectF(page.topLeft(), size));
    painter.end();
    return ExportOutcome::success(QObject::tr("Chart sent to the printer"));
}

bool ChartExporter::formatFromName(const QString &name, Format *format)
{
    const QString n = name.trimmed().toLower();
    Format f;
    if (n == QLatin1String("png"))
        f = Format::Png;
    else if (n == QLatin1String("svg"))
        f = Format::Svg;
    else if (n == QLatin1String("pdf"))
        f = Format::Pdf;
    else if (n == QLatin1String("csv"))
        f = Format::Csv;
    else
        return false;
    if (format)
        *format = f;
    return true;
}

QString ChartExporter::formatName(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

ExportOutcome ChartExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    if (path.trimmed().isEmpty())
        return ExportOutcome::failure(QObject::tr("No output file was given"));
    const QFileInfo info(path);
    if (info.isDir())
        return ExportOutcome::failure(fileError(path, QObject::tr("it is a folder")), path);
    if (!info.absoluteDir().exists())
        return ExportOutcome::failure(
            fileError(path, QObject::tr("the folder does not exist")), path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportOutcome::failure(fileError(path, file.errorString()), path);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ExportOutcome::failure(fileError(path, reason), path);
    }
    if (!file.commit())
        return ExportOutcome::failure(fileError(path, file.errorString()), path);
    return ExportOutcome::success(
        QObject::tr("Wrote %1 (%2 bytes)").arg(QDir::toNativeSeparators(path)).arg(bytes.size()),
        path);
}

QString ChartExporter::csvField(const QVariant &value)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = numberText(value.toDouble());
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        text = value.toString();
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QDateTime:
        text = value.toDateTime().toString(Qt::ISODateWithMs);
        break;
    default:
        text = value.toString();
        // A spreadsheet would run a cell starting with these as a formula; a campaign name is
        // user-controlled text, so neutralise it (numbers never take this path).
        if (!text.isEmpty()
            && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
                || text.front() == u'@'))
            text.prepend(u'\'');
        break;
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

QByteArray ChartExporter::csvFromModel(const QAbstractItemModel &model, int rawRole)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << csvField(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines << header.join(u',');
    // A model that names the raw role leaves a cell without a raw value empty ("no value"), not
    // its display placeholder; other models fall back to the displayed text.
    const bool declaresRaw = model.roleNames().contains(rawRole);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            QVariant value = model.data(index, rawRole);
            if (!value.isValid() && !declaresRaw)
                value = model.data(index, Qt::DisplayRole);
            row << csvField(value);
        }
        lines << row.join(u',');
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QByteArray ChartExporter::csvFromChart(const QChart &chart)
{
    QStringList lines;
    const auto series = chart.series();
    // XY series: one row per x, one column per series.
    QList<QXYSeries *> xy;
    for (auto *s : series)
        if (auto *x = qobject_cast<QXYSeries *>(s))
            xy << x;
    if (!xy.isEmpty()) {
        bool dates = false;
        for (auto *axis : chart.axes(Qt::Horizontal))
            dates = dates || qobject_cast<QDateTimeAxis *>(axis);
        QStringList header {dates ? QStringLiteral("date") : QStringLiteral("x")};
        std::map<double, QList<QVariant>> rows;
        for (int i = 0; i < xy.size(); ++i) {
            header << csvField(xy[i]->name());
            for (const QPointF &p : xy[i]->points()) {
                auto &row = rows[p.x()];
                row.resize(xy.size());
                row[i] = p.y();
            }
        }
        lines << header.join(u',');
        for (const auto &[x, values] : rows) {
            QStringList row;
            row << (dates ? QDateTime::fromMSecsSinceEpoch(qint64(x), QTimeZone::utc())
                                .date()
                                .toString(Qt::ISODate)
                          : numberText(x));
            for (const QVariant &v : values)
                row << (v.isValid() ? csvField(v) : QString());
            lines << row.join(u',');
        }
    }
    for (auto *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            QStringList categories;
            for (auto *axis : chart.axes())
                if (auto *cat = qobject_cast<QBarCategoryAxis *>(axis))
                    categories = cat->categories();
            QStringList header {QStringLiteral("category")};
            const auto sets = bars->barSets();
            int count = 0;
            for (auto *set : sets) {
                header << csvField(set->label());
                count = std::max(count, int(set->count()));
            }
            lines << header.join(u',');
            for (int i = 0; i < count; ++i) {
                QStringList row {
                    csvField(i < categories.size() ? categories[i] : QString::number(i + 1))};
                for (auto *set : sets)
                    row << (i < set->count() ? csvField(set->at(i)) : QString());
                lines << row.join(u',');
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            lines << QStringLiteral("label,value");
            for (auto *slice : pie->slices())
                lines << csvField(slice->label()) + u',' + csvField(slice->value());
        }
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

} // namespace kakiyo
