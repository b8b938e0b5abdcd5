#include "models/api/AnalyticsApi.h"

namespace kakiyo {

void AnalyticsApi::overview(
    QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options)
{
    m_call.sendJson<AnalyticsOverview>(
        ApiCall::read(QStringLiteral("/analytics/overview"), options), owner,
        &AnalyticsOverview::fromJson, std::move(done));
}

void AnalyticsApi::campaign(const QString &campaignId, QObject *owner,
    ResultHandler<CampaignAnalytics> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("campaignId"), campaignId);
        !errors.isEmpty())
        return m_call.refuse<CampaignAnalytics>(errors, owner, std::move(done));
    m_call.sendJson<CampaignAnalytics>(
        ApiCall::read(QStringLiteral("/analytics/campaigns/%1").arg(campaignId), options), owner,
        &CampaignAnalytics::fromJson, std::move(done));
}

} // namespace kakiyo
