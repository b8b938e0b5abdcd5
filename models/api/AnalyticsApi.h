#pragma once
// AnalyticsApi: GET /analytics/overview and GET /analytics/campaigns/{id}. Every fresh overview
// the server gives becomes the day's snapshot in the cache (per partition), so trends across days
// cost no call and every caller — page, export, refresh — keeps history the same way.

#include "models/api/ApiCall.h"
#include "models/domain/AnalyticsOverview.h"
#include "models/domain/CampaignAnalytics.h"

namespace kakiyo {

class AnalyticsApi
{
public:
    // Cache key of the overview snapshots (per profile/workspace partition).
    static constexpr const char *OverviewSnapshotKey = "analytics/overview";

    explicit AnalyticsApi(ApiCall call)
        : m_call(call)
    {
    }

    void overview(QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options = {});
    void campaign(const QString &campaignId, QObject *owner, ResultHandler<CampaignAnalytics> done,
        ReadOptions options = {});

private:
    ApiCall m_call;
};

} // namespace kakiyo
