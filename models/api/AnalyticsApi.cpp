#include "models/api/AnalyticsApi.h"

#include "models/api/ApiSession.h"
#include "models/store/Cache.h"

namespace kakiyo {

void AnalyticsApi::overview(
    QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options)
{
    QPointer<ApiSession> session = m_call.session();
    m_call.send<AnalyticsOverview>(
        ApiCall::read(QStringLiteral("/analytics/overview"), options), owner,
        [session](const ApiResult &r) {
            auto decoded = AnalyticsOverview::fromJson(ApiCall::bodyValue(r));
            // A fresh answer becomes the day's snapshot; a cached one already was.
            if (decoded.ok() && !r.fromCache && session && session->cache()) {
                const QDateTime when
                    = r.fetchedAt.isValid() ? r.fetchedAt : QDateTime::currentDateTimeUtc();
                session->cache()->putSnapshot(session->cachePartition(),
                    QString::fromLatin1(OverviewSnapshotKey), when.toLocalTime().date(), r.body);
            }
            return decoded;
        },
        std::move(done));
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
