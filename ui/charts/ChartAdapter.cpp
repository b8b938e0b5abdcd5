#include "ui/charts/ChartAdapter.h"

#include "ui/charts/ChartPalette.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimeZone>
#include <QValueAxis>
#include <cmath>

namespace kakiyo {

namespace {
constexpr int RawRole = Qt::UserRole + 1;

// A "nice" upper bound so the axis ends on a round number above the largest value.
double niceMax(double max)
{
    if (max <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= max * 1.05)
            return step * magnitude;
    return 10 * magnitude;
}
// Counts get whole-number ticks: a small maximum gets one tick per unit, a larger one five
// intervals up to a round top.
void countAxis(QValueAxis *axis, double max)
{
    axis->setLabelFormat(QStringLiteral("%.0f"));
    if (max <= 10) {
        const int top = std::max(1, int(std::ceil(max)));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        return;
    }
    const double top = niceMax(max);
    axis->setRange(0, top);
    axis->setTickCount(6);
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
    connect(model, &QAbstractItemModel::layoutChanged, this, redraw);
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
        }
    }
    wireLegend();
    emit rebuilt(m_hasData);
}

void ChartAdapter::buildLines()
{
    const int rows = m_model->rowCount();
    auto *x = new QDateTimeAxis;
    x->setFormat(rows > 62 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double max = 0;
    qint64 first = 0;
    qint64 last = 0;
    for (int s = 0; s < m_values.size(); ++s) {
        const int column = m_values[s];
        auto *series = new QLineSeries;
        series->setName(seriesName(column));
        QList<QPointF> points;
        points.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            const QDate day = m_model->data(m_model->index(r, m_label), RawRole).toDate();
            const qint64 ms = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            const double v = value(r, column);
            points.append(QPointF(double(ms), v));
            max = std::max(max, v);
            first = (r == 0) ? ms : std::min(first, ms);
            last = std::max(last, ms);
        }
        series->replace(points);
        QPen pen(ChartPalette::seriesColor(s, m_dark));
        pen.setWidthF(2);
        series->setPen(pen);
        series->setPointsVisible(rows <= 45);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &p, bool state) {
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
            emit hovered(tr("%1 · %2: %3")
                             .arg(QLocale().toString(day, QLocale::ShortFormat), series->name(),
                                 QLocale().toString(qint64(std::llround(nearest)))),
                state);
        });
    }
    // A single day still gets a visible span.
    if (first == last)
        last = first + 24 * 3600 * 1000;
    x->setRange(QDateTime::fromMSecsSinceEpoch(first, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(last, QTimeZone::utc()));
    x->setTickCount(std::min(rows, 7) < 2 ? 2 : std::min(rows, 7));
    countAxis(y, max);
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
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    countAxis(y, max);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
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
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    countAxis(x, max);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->legend()->setVisible(false);
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
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
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

} // namespace kakiyo
