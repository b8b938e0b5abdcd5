#pragma once
// ChartExport: the headless `kakiyo-desk export` behind the command line. app/ parses arguments
// into a ChartExportRequest, connects an Connection (stored key, KAKIYO_API_KEY, --base-url or
// --demo), and calls run(); it prints the message and exits with the code. Offscreen-safe; a
// failed export leaves no file behind.

#include "ui/charts/ChartExportRequest.h"

namespace kakiyo {

class AnalyticsModel;
class Connection;

class ChartExport final
{
public:
    ChartExport() = delete;

    // Checks the request (chart name, format, scale, output) without doing anything.
    static ChartExportResult validate(const ChartExportRequest &request);
    // Fetches GET /analytics/overview (and /analytics/campaigns/{id} when asked or needed) through
    // the session, waits for the answers in a local event loop, then exports. Overview answers
    // are stored as the day's snapshot so the report's history includes them.
    static ChartExportResult run(
        const ChartExportRequest &request, Connection &session, int timeoutMs = 60000);
    // Exports from an already filled model (tests, and the GUI's "Export report…").
    static ChartExportResult run(const ChartExportRequest &request, AnalyticsModel &model);
    // The text of `kakiyo-desk export --help`, listing every chart name.
    static QString help();
};

} // namespace kakiyo
