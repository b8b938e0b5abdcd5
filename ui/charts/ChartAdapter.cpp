#include "ui/charts/ChartAdapter.h"

#include "ui/charts/ChartGrid.h"
#include "ui/charts/ChartPalette.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDate>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsWidget>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace kakiyo {

namespace {
constexpr int RawRole = Qt::UserRole + 1;

// Ticks for values up to `max` with at most `intervals` intervals: whole-number steps of 1, 2
// or 5 × 10^k, `headroom` above the largest value (bar labels sit past the bar's end), and
// 100 % as the ceiling of a percent scale.
struct Ticks
{
    double top = 1;
    int count = 2;
};

Ticks niceTicks(double max, int intervals, bool percent, double headroom)
{
    intervals = std::clamp(intervals, 1, 10);
    const double want = max <= 0 ? 1.0 : max * headroom;
    // The lowest top any round step reaches within `intervals` (a tie goes to the finer step).
    double bestTop = 0;
    double bestStep = 1;
    for (double magnitude = 1; magnitude <= 1e15; magnitude *= 10) {
        for (double m : {1.0, 2.0, 2.5, 5.0}) {
            if (m == 2.5 && magnitude < 10)
                continue; // whole-number ticks only
            const double step = m * magnitude;
            const double top = step * std::ceil(want / step);
            if (top / step <= intervals + 0.5 && (bestTop == 0 || top < bestTop)) {
                bestTop = top;
                bestStep = step;
            }
        }
        if (magnitude > want)
            break;
    }
    Ticks t;
    t.top = bestTop;
    double step = bestStep;
    if (percent && max <= 100 && t.top > 100) {
        t.top = 100;
        if (std::fmod(100.0, step) != 0)
            step = 100;
    }
    t.count = int(std::lround(t.top / step)) + 1;
    return t;
}

QString countFormat(bool percent)
{
    // Qt Charts keeps the text around the printf conversion as it is, so " %" needs no escape.
    return percent ? QStringLiteral("%.0f %") : QStringLiteral("%.0f");
}

} // namespace

ChartAdapter::ChartAdapter(QChart *chart, QAbstractItemModel *model, Shape shape, int labelColumn,
    const QList<int> &valueColumns, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_model(model)
    , m_shape(shape)
    , m_label(labelColumn)
    , m_values(valueColumns)
{
    auto redraw = [this] { rebuild(); };
    connect(model, &QAbstractItemModel::modelReset, this, redraw);
    connect(model, &QAbstractItemModel::dataChanged, this, redraw);
    connect(model, &QAbstractItemModel::rowsInserted, this, redraw);
    connect(model, &QAbstractItemModel::rowsRemoved, this, redraw);
    connect(model, &QAbstractItemModel::rowsMoved, this, redraw);
    connect(model, &QAbstractItemModel::layoutChanged, this, redraw);
    // Ticks follow the chart's size, not its plot area: the plot area moves with the labels
    // the ticks produce, and following it would go round in circles.
    connect(chart, &QGraphicsWidget::geometryChanged, this, &ChartAdapter::fitTicks);
    connect(chart, &QChart::plotAreaChanged, this, &ChartAdapter::placeGrid);
    rebuild();
}

void ChartAdapter::setValueColumns(const QList<int> &columns)
{
    m_values = columns;
    rebuild();
}

void ChartAdapter::setConversionColumn(int column)
{
    m_conversion = column;
    rebuild();
}

void ChartAdapter::setPercentColumns(const QList<int> &columns)
{
    m_percent = columns;
    rebuild();
}

void ChartAdapter::setMinimumRows(int rows)
{
    m_minimumRows = std::max(1, rows);
    rebuild();
}

void ChartAdapter::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    rebuild();
}

QString ChartAdapter::seriesName(int column) const
{
    return m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

double ChartAdapter::value(int row, int column) const
{
    return m_model->data(m_model->index(row, column), RawRole).toDouble();
}

void ChartAdapter::clearChart()
{
    if (m_grid)
        m_grid->setVisible(false);
    m_valueAxes.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void ChartAdapter::rebuild()
{
    if (!m_chart || !m_model)
        return;
    clearChart();
    m_hasData = m_model->rowCount() >= m_minimumRows && !m_values.isEmpty();
    m_allZero = m_hasData;
    for (int r = 0; m_allZero && r < m_model->rowCount(); ++r)
        for (int column : std::as_const(m_values))
            m_allZero = m_allZero && value(r, column) == 0.0;
    if (m_hasData) {
        switch (m_shape) {
        case Shape::Lines:
            buildLines();
            break;
        case Shape::Bars:
            buildBars();
            break;
        case Shape::HorizontalBars:
            buildHorizontalBars();
            break;
        case Shape::Donut:
            buildDonut();
            break;
        case Shape::Grid:
            buildGrid();
            break;
        }
    }
    wireLegend();
    fitTicks();
    emit rebuilt(m_hasData);
}

QValueAxis *ChartAdapter::newBarValueAxis(double max, bool percent, Qt::Orientation orientation)
{
    // A scale that stops at 100 % leaves a bar near 100 % no room for its label past its end,
    // and Qt Charts then draws the label over the bar, dark on the bar's colour. Such a scale
    // runs on past 100 % (the label's room) with no tick beyond it: labels stay on the background.
    if (!percent || !m_valueLabels || max * headroom(orientation) <= 100)
        return new QValueAxis;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    // Category labels must differ and grow: "0 %" sits a hair right of zero.
    axis->append(QStringLiteral("0 %"), 1e-6);
    for (int v = 25; v <= 100; v += 25)
        axis->append(QStringLiteral("%1 %").arg(v), v);
    return axis;
}

void ChartAdapter::addValueAxis(
    QValueAxis *axis, double max, bool percent, Qt::Orientation orientation)
{
    if (qobject_cast<QCategoryAxis *>(axis)) {
        // Fixed ticks at 0–100 %; the range ends a label's room past the longest bar, and far
        // enough past 100 % that the "100 %" tick label is not cut at the edge.
        axis->setRange(0, std::max(108.0, max * headroom(orientation)));
        return;
    }
    axis->setLabelFormat(countFormat(percent));
    const Ticks t = niceTicks(max, 5, percent, headroom(orientation));
    axis->setRange(0, t.top);
    axis->setTickCount(t.count);
    m_valueAxes.append({axis, max, percent, orientation});
}

double ChartAdapter::headroom(Qt::Orientation orientation) const
{
    // Bars carry their value past their end: leave a label's room on a vertical scale, a
    // little more on a horizontal one (the label is as wide as the number); lines need none.
    if (m_shape == Shape::Lines)
        return 1.0;
    return orientation == Qt::Vertical ? 1.15 : 1.2;
}

void ChartAdapter::fitTicks()
{
    const QSizeF size = m_chart ? m_chart->size() : QSizeF();
    for (const ValueAxis &v : std::as_const(m_valueAxes)) {
        if (!v.axis || qobject_cast<QCategoryAxis *>(v.axis))
            continue; // a category axis keeps its fixed ticks (newBarValueAxis)
        int intervals = 5; // before the first layout
        const QFontMetricsF metrics(v.axis->labelsFont());
        const double line = metrics.height();
        if (v.orientation == Qt::Vertical && size.height() > 0) {
            // Room left after the legend and the axis below (about four lines); each interval
            // gets a label and a label's height of air.
            intervals = int((size.height() - 4 * line) / (2 * line));
        } else if (v.orientation == Qt::Horizontal && size.width() > 0) {
            // Category names take up to about a third of the width; each interval gets the
            // widest label and two lines' height of air.
            const Ticks wide = niceTicks(v.max, 5, v.percent, headroom(v.orientation));
            const double label = metrics.horizontalAdvance(QString::asprintf("%.0f %%", wide.top));
            intervals = int(size.width() * 0.6 / (label + 2 * line));
        }
        const Ticks t = niceTicks(v.max, intervals, v.percent, headroom(v.orientation));
        if (v.axis->max() != t.top || v.axis->min() != 0)
            v.axis->setRange(0, t.top);
        if (v.axis->tickCount() != t.count)
            v.axis->setTickCount(t.count);
    }
}

void ChartAdapter::buildLines()
{
    const int rows = m_model->rowCount();
    auto *x = new QDateTimeAxis;
    x->setFormat(rows > 62 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    m_chart->addAxis(x, Qt::AlignBottom);
    // Counts on the left; rates, when there are counts too, on their own axis on the right.
    bool anyCount = false;
    bool anyPercent = false;
    for (int column : std::as_const(m_values))
        (isPercent(column) ? anyPercent : anyCount) = true;
    QValueAxis *counts = nullptr;
    QValueAxis *rates = nullptr;
    if (anyCount) {
        counts = new QValueAxis;
        counts->setObjectName(QStringLiteral("countAxis"));
        m_chart->addAxis(counts, Qt::AlignLeft);
    }
    if (anyPercent) {
        rates = new QValueAxis;
        rates->setObjectName(QStringLiteral("percentAxis"));
        rates->setGridLineVisible(!anyCount); // one grid per chart
        m_chart->addAxis(rates, anyCount ? Qt::AlignRight : Qt::AlignLeft);
    }
    double countMax = 0;
    double rateMax = 0;
    qint64 first = 0;
    qint64 last = 0;
    for (int s = 0; s < m_values.size(); ++s) {
        const int column = m_values[s];
        const bool percent = isPercent(column);
        auto *series = new QLineSeries;
        series->setName(
            percent && anyCount ? tr("%1 (%)").arg(seriesName(column)) : seriesName(column));
        QList<QPointF> points;
        points.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            const QDate day = m_model->data(m_model->index(r, m_label), RawRole).toDate();
            const qint64 ms = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            const double v = value(r, column);
            points.append(QPointF(double(ms), v));
            (percent ? rateMax : countMax) = std::max(percent ? rateMax : countMax, v);
            first = (r == 0) ? ms : std::min(first, ms);
            last = std::max(last, ms);
        }
        series->replace(points);
        QPen pen(ChartPalette::seriesColor(s, m_dark));
        pen.setWidthF(2);
        if (percent && anyCount)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setPointsVisible(rows <= 45);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(percent ? rates : counts);
        connect(series, &QLineSeries::hovered, this,
            [this, series, percent](const QPointF &p, bool state) {
                const QDate day
                    = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(p.x())), QTimeZone::utc())
                          .date();
                // Report the stored point nearest to the mouse, not the interpolated position.
                double nearest = p.y();
                double best = -1;
                for (const QPointF &q : series->points()) {
                    const double d = std::abs(q.x() - p.x());
                    if (best < 0 || d < best) {
                        best = d;
                        nearest = q.y();
                    }
                }
                const QString value = percent ? tr("%1 %").arg(QLocale().toString(nearest, 'f', 2))
                                              : QLocale().toString(qint64(std::llround(nearest)));
                emit hovered(
                    tr("%1 · %2: %3")
                        .arg(QLocale().toString(day, QLocale::ShortFormat), series->name(), value),
                    state);
            });
    }
    // A single day still gets a visible span.
    if (first == last)
        last = first + 24 * 3600 * 1000;
    x->setRange(QDateTime::fromMSecsSinceEpoch(first, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(last, QTimeZone::utc()));
    x->setTickCount(std::min(rows, 7) < 2 ? 2 : std::min(rows, 7));
    if (counts)
        addValueAxis(counts, countMax, false, Qt::Vertical);
    if (rates)
        addValueAxis(rates, rateMax, true, Qt::Vertical);
}

void ChartAdapter::buildBars()
{
    const int rows = m_model->rowCount();
    QStringList categories;
    for (int r = 0; r < rows; ++r)
        categories << m_model->data(m_model->index(r, m_label), Qt::DisplayRole).toString();
    auto *series = new QBarSeries;
    double max = 0;
    for (int s = 0; s < m_values.size(); ++s) {
        auto *set = new QBarSet(seriesName(m_values[s]));
        for (int r = 0; r < rows; ++r) {
            const double v = value(r, m_values[s]);
            *set << v;
            max = std::max(max, v);
        }
        set->setColor(ChartPalette::seriesColor(s, m_dark));
        set->setBorderColor(Qt::transparent);
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, set, categories](bool state, int index) {
            if (index < 0 || index >= categories.size())
                return;
            emit hovered(tr("%1 · %2: %3")
                             .arg(categories[index], set->label(),
                                 QLocale().toString(set->at(index), 'g', 10)),
                state);
        });
    }
    const bool percent = std::all_of(
        m_values.cbegin(), m_values.cend(), [this](int column) { return isPercent(column); });
    series->setLabelsVisible(m_valueLabels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(percent ? QStringLiteral("@value %") : QStringLiteral("@value"));
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = newBarValueAxis(max, percent, Qt::Vertical);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    addValueAxis(y, max, percent, Qt::Vertical);
    m_chart->legend()->setVisible(m_values.size() > 1);
}

void ChartAdapter::buildHorizontalBars()
{
    const int rows = m_model->rowCount();
    QStringList categories;
    auto *set = new QBarSet(seriesName(m_values.first()));
    double max = 0;
    // Horizontal bars run bottom-up; add the stages in reverse so the first stage is on top.
    for (int r = rows - 1; r >= 0; --r) {
        QString label = m_model->data(m_model->index(r, m_label), Qt::DisplayRole).toString();
        if (m_conversion >= 0) {
            const QVariant conversion = m_model->data(m_model->index(r, m_conversion), RawRole);
            if (conversion.isValid())
                label += tr(" (%1 %)").arg(QLocale().toString(conversion.toDouble(), 'f', 1));
        }
        categories << label;
        const double v = value(r, m_values.first());
        *set << v;
        max = std::max(max, v);
    }
    set->setColor(ChartPalette::seriesColor(0, m_dark));
    set->setBorderColor(Qt::transparent);
    connect(set, &QBarSet::hovered, this, [this, set, categories](bool state, int index) {
        if (index < 0 || index >= categories.size())
            return;
        emit hovered(
            tr("%1: %2").arg(categories[index], QLocale().toString(set->at(index), 'g', 10)),
            state);
    });
    const bool percent = isPercent(m_values.first());
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(m_valueLabels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(percent ? QStringLiteral("@value %") : QStringLiteral("@value"));
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    QValueAxis *x = newBarValueAxis(max, percent, Qt::Horizontal);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    addValueAxis(x, max, percent, Qt::Horizontal);
    m_chart->legend()->setVisible(false);
}

void ChartAdapter::setValueLabels(bool visible)
{
    m_valueLabels = visible;
    rebuild();
}

void ChartAdapter::buildDonut()
{
    const int rows = m_model->rowCount();
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    double total = 0;
    for (int r = 0; r < rows; ++r)
        total += value(r, m_values.first());
    for (int r = 0; r < rows; ++r) {
        const QString label = m_model->data(m_model->index(r, m_label), Qt::DisplayRole).toString();
        const double v = value(r, m_values.first());
        auto *slice = series->append(label, v);
        slice->setColor(ChartPalette::seriesColor(r, m_dark));
        slice->setBorderColor(Qt::transparent);
        const QString share
            = total > 0 ? QLocale().toString(100.0 * v / total, 'f', 1) : QStringLiteral("0");
        // Labels go to the legend (slice labels around a small donut get cut off); the share
        // shows on hover.
        slice->setLabel(tr("%1: %2").arg(label, QLocale().toString(qint64(v))));
        slice->setLabelVisible(false);
        connect(slice, &QPieSlice::hovered, this, [this, label, v, share](bool state) {
            emit hovered(
                tr("%1: %2 (%3 %)").arg(label, QLocale().toString(qint64(v)), share), state);
        });
    }
    m_chart->addSeries(series);
    // One entry per line beside the donut: a row of "Name: count" entries under a narrow donut
    // runs out of width and gets elided.
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignRight);
}

void ChartAdapter::wireLegend()
{
    if (m_shape != Shape::Lines)
        return;
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Clicking a legend entry hides or shows its line; the entry fades to say so.
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true);
            QColor label = marker->labelBrush().color();
            label.setAlphaF(series->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
        });
    }
}

void ChartAdapter::buildGrid()
{
    if (!m_grid)
        m_grid = new ChartGrid(m_chart); // a child item: the chart's scene owns it
    QStringList rowNames;
    QStringList columnNames;
    QList<QList<double>> values;
    for (int column : std::as_const(m_values)) {
        rowNames << seriesName(column);
        QList<double> row;
        for (int r = 0; r < m_model->rowCount(); ++r)
            row << value(r, column);
        values << row;
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        columnNames << m_model->data(m_model->index(r, m_label), Qt::DisplayRole).toString();
    m_grid->setData(rowNames, columnNames, values);
    m_grid->setColours(ChartPalette::seriesColor(0, m_dark), m_chart->titleBrush().color(),
        m_chart->backgroundBrush().color());
    m_grid->setVisible(true);
    m_chart->legend()->setVisible(false);
    placeGrid();
}

void ChartAdapter::placeGrid()
{
    if (m_grid && m_chart)
        m_grid->setRect(m_chart->plotArea());
}

} // namespace kakiyo
