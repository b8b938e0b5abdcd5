#pragma once
// AnalyticsCharts: the catalogue of analytics charts — which table of AnalyticsModel each one
// draws, and how. The Analytics page, the PDF report and the headless export all build their
// charts here, so a chart has one definition whichever way it is shown.

#include "ui/charts/ChartSpec.h"

#include <QList>
#include <optional>

class QWidget;

namespace kakiyo {

class AnalyticsModel;
class ChartCard;

class AnalyticsCharts final
{
public:
    AnalyticsCharts() = delete;

    static QList<ChartSpec> catalog();
    static std::optional<ChartSpec> find(const QString &name);
    // A ready chart card bound to `model`'s table; nullptr for an unknown name.
    static ChartCard *create(const QString &name, AnalyticsModel &model, QWidget *parent = nullptr);
    // "  daily          Daily activity: ..." lines for --help.
    static QString helpText();
};

} // namespace kakiyo
