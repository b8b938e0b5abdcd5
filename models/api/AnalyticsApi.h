#pragma once
// AnalyticsApi: GET /analytics/overview and GET /analytics/campaigns/{id}.

#include "models/api/ApiCall.h"
#include "models/domain/AnalyticsOverview.h"
#include "models/domain/CampaignAnalytics.h"

namespace kakiyo {

class AnalyticsApi
{
public:
    explicit AnalyticsApi(ApiSession *session)
        : m_call(session)
    {
    }

    void overview(QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options = {});
    void campaign(const QString &campaignId, QObject *owner, ResultHandler<CampaignAnalytics> done,
        ReadOptions options = {});

private:
    ApiCall m_call;
};

} // namespace kakiyo
