#pragma once
// ChartAdapter: the one bridge from item models to Qt Charts. It draws the columns of a table
// model (raw values, Qt::UserRole + 1) as lines over dates, grouped bars, a stage funnel or a
// donut, and redraws whenever the model changes — so a chart and the table beside it always
// show the same rows. Keeping every QtCharts type behind ui/charts makes a later move off the
// deprecated module a change in one folder.

#include <QAbstractItemModel>
#include <QList>
#include <QObject>
#include <QPointer>
QT_BEGIN_NAMESPACE
class QChart;
class QAbstractSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace kakiyo {

class ChartGrid;

class ChartAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartAdapter)

public:
    enum class Shape
    {
        Lines, // x = a date column, one line per value column; hover shows values
        Bars, // categories = label column, one bar set per value column
        HorizontalBars, // one bar per row from top to bottom (funnel stages, long names);
                        // an optional conversion column is added to each label
        Donut, // one slice per row of the first value column
        Grid, // shaded cells: one grid row per value column (its header at the left), one grid
              // column per model row (its label on top) — the reply heatmap
    };

    ChartAdapter(QChart *chart, QAbstractItemModel *model, Shape shape, int labelColumn,
        const QList<int> &valueColumns, QObject *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QAbstractItemModel *model() const { return m_model; }
    Shape shape() const { return m_shape; }
    void setValueColumns(const QList<int> &columns); // e.g. the chosen metric of a comparison
    QList<int> valueColumns() const { return m_values; }
    // HorizontalBars only: the column whose value (percent) is added to each stage label.
    void setConversionColumn(int column);
    // Columns holding percentages: on Lines they get their own axis on the right (0–100 %
    // scale, dashed lines) so counts and rates are never read off one scale; bars of such a
    // column get a percent axis and labels.
    void setPercentColumns(const QList<int> &columns);
    QList<int> percentColumns() const { return m_percent; }
    bool hasData() const { return m_hasData; }
    // True when there are rows but every drawn value is zero (e.g. a quiet week): the chart
    // still builds and exports, the card can say in words that nothing happened.
    bool isAllZero() const { return m_allZero; }
    // Fewer rows than this count as "no data yet" (a trend needs two days to be a trend).
    void setMinimumRows(int rows);
    // Bars: the value written at the end of each bar (on by default; off where bars are many).
    void setValueLabels(bool visible);
    void setDark(bool dark);
    // Grid: the drawn grid (null for other shapes).
    ChartGrid *grid() const { return m_shape == Shape::Grid ? m_grid : nullptr; }

    void rebuild();

signals:
    void rebuilt(bool hasData);
    // A value under the mouse (lines and bars), already worded for a tooltip.
    void hovered(const QString &text, bool entered);

private:
    void buildLines();
    void buildBars();
    void buildHorizontalBars();
    void buildDonut();
    void buildGrid();
    void placeGrid();
    void clearChart();
    void wireLegend();
    // Picks ticks for every value axis from the chart's size, so labels never crowd into each
    // other (Qt Charts elides them to "..." when they do).
    void fitTicks();
    void addValueAxis(QValueAxis *axis, double max, bool percent, Qt::Orientation orientation);
    QValueAxis *newBarValueAxis(double max, bool percent, Qt::Orientation orientation);
    bool isPercent(int column) const { return m_percent.contains(column); }
    double headroom(Qt::Orientation orientation) const;
    QString seriesName(int column) const;
    double value(int row, int column) const;

    QPointer<QChart> m_chart;
    QPointer<QAbstractItemModel> m_model;
    Shape m_shape;
    int m_label;
    QList<int> m_values;
    QList<int> m_percent;
    struct ValueAxis
    {
        QPointer<QValueAxis> axis;
        double max = 0;
        bool percent = false;
        Qt::Orientation orientation = Qt::Vertical;
    };
    QList<ValueAxis> m_valueAxes;
    bool m_allZero = false;
    int m_conversion = -1;
    int m_minimumRows = 1;
    bool m_hasData = false;
    bool m_valueLabels = true;
    bool m_dark = false;
    ChartGrid *m_grid = nullptr; // Grid: an item of the chart, deleted with it
};

} // namespace kakiyo
