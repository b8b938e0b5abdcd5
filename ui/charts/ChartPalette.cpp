#include "ui/charts/ChartPalette.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>

namespace kakiyo {

bool ChartPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QList<QColor> ChartPalette::series(bool dark)
{
    if (dark)
        return {QColor(0x5d, 0xa5, 0xf5), QColor(0xf5, 0xa6, 0x4a), QColor(0x4c, 0xc9, 0x8f),
            QColor(0xe0, 0x6c, 0x9f), QColor(0xb3, 0x9d, 0xf2), QColor(0xe8, 0xd4, 0x4d),
            QColor(0x5f, 0xd3, 0xd9), QColor(0xf0, 0x70, 0x5a), QColor(0x9f, 0xb8, 0x6a),
            QColor(0xc9, 0xc9, 0xc9)};
    return {QColor(0x1f, 0x6f, 0xd1), QColor(0xe0, 0x7b, 0x12), QColor(0x1a, 0x9c, 0x5f),
        QColor(0xc2, 0x3b, 0x7a), QColor(0x73, 0x55, 0xc9), QColor(0xb8, 0x9b, 0x00),
        QColor(0x16, 0x9c, 0xa3), QColor(0xc9, 0x3c, 0x24), QColor(0x5c, 0x7a, 0x29),
        QColor(0x6b, 0x6b, 0x6b)};
}

QColor ChartPalette::seriesColor(int index, bool dark)
{
    const auto colors = series(dark);
    return colors[index % colors.size()];
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(dark ? 50 : 40);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    // Value labels on bars sit outside the bar, on the chart background.
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

} // namespace kakiyo
