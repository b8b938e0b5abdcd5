#include "models/jobs/CampaignActivity.h"

#include "models/api/AnalyticsApi.h"

namespace kakiyo {

CampaignActivity::CampaignActivity(Connection *session, QObject *parent)
    : QObject(parent)
    , m_connection(session)
    , m_round(new QObject(this))
{
}

void CampaignActivity::load(const QStringList &campaignIds, bool refresh)
{
    if (!m_connection)
        return;
    if (refresh) {
        delete m_round; // answers of the previous round are dropped
        m_round = new QObject(this);
        m_asked.clear();
    }
    ReadOptions options;
    options.priority = Priority::Background;
    options.cache = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    AnalyticsApi api(m_connection);
    for (const QString &id : campaignIds) {
        if (id.isEmpty() || m_asked.contains(id))
            continue;
        m_asked.insert(id);
        api.campaign(
            id, m_round,
            [this, id](const Result<CampaignAnalytics> &r) {
                if (r.ok()) {
                    m_failed.remove(id);
                    m_series.insert(id, r.value.dailyAscending());
                } else if (!m_series.contains(id)) {
                    m_failed.insert(id); // keep an older series rather than nothing
                }
                emit changed(id);
            },
            options);
    }
}

CampaignActivity::State CampaignActivity::state(const QString &campaignId) const
{
    if (m_series.contains(campaignId))
        return State::Ready;
    return m_failed.contains(campaignId) ? State::Failed : State::Unknown;
}

QList<DailyActivity> CampaignActivity::series(const QString &campaignId) const
{
    return m_series.value(campaignId);
}

} // namespace kakiyo
