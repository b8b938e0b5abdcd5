#pragma once
// ChartSpec: one chart the app can draw and export by name (`kakiyo-desk export --chart NAME`).

#include <QString>

namespace kakiyo {

struct ChartSpec
{
    QString name; // "daily", the command-line and file name
    QString title; // "Daily activity"
    QString description; // one line for `export --help`
    bool needsCampaign = false; // drawn from GET /analytics/campaigns/{id}
};

} // namespace kakiyo
