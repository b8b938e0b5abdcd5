// Routes that report on the stored conversations: I1 GET /analytics/overview, I2
// GET /analytics/campaigns/{campaignId} and B7 GET /campaigns/{id}/stats. Every number is
// derived by SQL from chats and messages (see AnalyticsTotals for the definitions); rates are
// percent numbers with two decimals, except B7 which documents "12.00%" strings.
#pragma once

namespace kakiyo::sandbox {

class Router;
struct SandboxState;

void registerAnalyticsRoutes(Router &router, SandboxState &state);

} // namespace kakiyo::sandbox
