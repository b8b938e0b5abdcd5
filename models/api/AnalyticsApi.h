#pragma once
// AnalyticsApi: GET /analytics/overview and GET /analytics/campaigns/{id}. Every fresh overview
// the server gives becomes the day's snapshot in the cache (per partition), so trends across days
// cost no call and every caller — page, export, refresh — keeps history the same way.

#include "models/api/ApiCall.h"
#include "models/domain/AnalyticsOverview.h"
#include "models/domain/CampaignAnalytics.h"
#include "models/store/CachePartition.h"

namespace kakiyo {

class AnalyticsApi
{
public:
    // Cache key of the overview snapshots (per profile/workspace partition).
    static constexpr const char *OverviewSnapshotKey = "analytics/overview";
    // A client workspace's own overview (recomputed, see WorkspaceOverview) is kept under another
    // key, so a team-wide snapshot stored in its partition before scoping never shows as its own.
    static constexpr const char *WorkspaceSnapshotKey = "analytics/workspace-overview";
    static QString snapshotKey(const CachePartition &partition);

    explicit AnalyticsApi(ApiCall call)
        : m_call(call)
    {
    }

    // The team's figures, or, in a client workspace, the workspace's recomputed from its
    // campaigns' analytics (1 + campaigns calls, each cached).
    void overview(QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options = {});
    void campaign(const QString &campaignId, QObject *owner, ResultHandler<CampaignAnalytics> done,
        ReadOptions options = {});

private:
    void teamOverview(QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options);
    void workspaceOverview(
        QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options);

    ApiCall m_call;
};

} // namespace kakiyo
