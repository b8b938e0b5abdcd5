#pragma once
// ChartExportRequest: one headless export, as app/ parses it from
// `kakiyo-desk export --chart NAME [--campaign ID] --format png|svg|pdf|csv [--scale N] -o FILE`
// or `kakiyo-desk export --report [--campaign ID] -o FILE.pdf`.

#include "ui/charts/ReportOptions.h"

#include <QSize>
#include <QString>

namespace kakiyo {

struct ChartExportRequest
{
    bool report = false; // --report: the whole PDF report instead of one chart
    QString chart; // --chart NAME (see AnalyticsCharts::catalog())
    QString campaignId; // --campaign ID
    QString format; // --format; empty = from the output file's suffix
    int scale = 1; // --scale 1|2|3 (PNG)
    QString output; // -o FILE
    QSize size {960, 540}; // logical size of a single chart
    ReportOptions reportOptions; // title page and paper of --report
    bool paperSet = false; // --paper given: a PDF chart is laid on that paper too
};

// What the command prints and returns: 0 success, 2 usage error, 1 any other failure.
struct ChartExportResult
{
    int exitCode = 1;
    QString message;
};

} // namespace kakiyo
