#pragma once
// ChartPalette: the colours charts use on the light and the dark palette. Charts are not styled by
// the widget palette, so each chart is themed here when it is built and again when the app palette
// changes; exports use the same colours as the screen.

#include <QColor>
#include <QList>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace kakiyo {

class ChartPalette final
{
public:
    ChartPalette() = delete;

    static bool isDark(const QPalette &palette);
    // Series colours in order; chosen to stay apart for common colour-vision deficiencies.
    static QList<QColor> series(bool dark);
    static QColor seriesColor(int index, bool dark);
    // Background, text, grid and legend of `chart` from `palette`.
    static void apply(QChart *chart, const QPalette &palette);
};

} // namespace kakiyo
