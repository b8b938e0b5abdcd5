#pragma once
// ChartExporter: turns one chart into something the user can send — PNG at 1x/2x/3x, SVG, vector
// PDF, CSV of the numbers behind it — or puts it on the clipboard or a printer. The GUI chart menu,
// the report writer and the headless `kakiyo-desk export` share it, so all three produce the same
// bytes. Files are written atomically (QSaveFile): a failed export leaves nothing half-written.
// Everything here works on the offscreen platform.

#include "ui/charts/ExportOutcome.h"

#include <QByteArray>
#include <QChart>
#include <QImage>
#include <QPageSize>
#include <QPointer>
#include <QSizeF>
#include <QString>

class QAbstractItemModel;
class QPainter;
class QRectF;
class QWidget;

namespace kakiyo {

class ChartExporter
{
public:
    enum class Format
    {
        Png,
        Svg,
        Pdf,
        Csv
    };

    // Custom role holding the unformatted number/date of a cell (every Analytics*Model uses it).
    static constexpr int RawRole = Qt::UserRole + 1;
    // Size used when the chart has never been laid out (headless export).
    static constexpr QSizeF DefaultSize {960, 540};

    // `data` is the item model the chart was built from; without one the CSV is read off the
    // series.
    explicit ChartExporter(QChart *chart, const QAbstractItemModel *data = nullptr);

    // Logical size (device-independent pixels) of the rendered chart; default: the chart's own
    // size.
    void setLogicalSize(const QSizeF &size);
    QSizeF logicalSize() const;
    void setTitle(const QString &title); // SVG/PDF document title
    // A PDF on this paper (landscape, the chart fitted inside margins) instead of one page the
    // chart's own size; QPageSize::Custom (the default) keeps the chart's size.
    void setPaper(QPageSize::PageSizeId paper) { m_paper = paper; }

    ExportOutcome write(const QString &path, Format format, int scale = 1) const;
    ExportOutcome writePng(const QString &path, int scale) const;
    ExportOutcome writeSvg(const QString &path) const;
    ExportOutcome writePdf(const QString &path) const;
    ExportOutcome writeCsv(const QString &path) const;
    ExportOutcome copyToClipboard() const;
    ExportOutcome print(QWidget *parent = nullptr) const;

    // In-memory forms (what the files contain).
    QImage image(int scale) const; // exactly logicalSize() * scale pixels
    QByteArray svg() const;
    QByteArray pdf() const;
    QByteArray csv() const;

    // Paints the chart into `target` of any painter (report pages, printers), animations off.
    void render(QPainter &painter, const QRectF &target) const;

    static bool formatFromName(const QString &name, Format *format); // "png", "svg", "pdf", "csv"
    static QString formatName(Format format);
    // Writes `bytes` to `path` all-or-nothing; the message names the path and the OS reason.
    static ExportOutcome writeFile(const QString &path, const QByteArray &bytes);
    // RFC 4180 CSV (CRLF, quoted where needed) of a model: header row, then RawRole values
    // (DisplayRole where a cell has no raw value); numbers unformatted.
    static QByteArray csvFromModel(const QAbstractItemModel &model, int rawRole = RawRole);
    // CSV of the points/bars/slices a chart shows, for charts built without a model.
    static QByteArray csvFromChart(const QChart &chart);
    static QString csvField(const QVariant &value);

private:
    QPointer<QChart> m_chart;
    const QAbstractItemModel *m_data = nullptr;
    QSizeF m_size;
    QString m_title;
    QPageSize::PageSizeId m_paper = QPageSize::Custom;
};

} // namespace kakiyo
