#include "models/jobs/AnalyticsModelLoader.h"

#include "models/AnalyticsModel.h"
#include "models/api/AnalyticsApi.h"
#include "models/api/Connection.h"
#include "models/store/Cache.h"

namespace kakiyo {

AnalyticsModelLoader::AnalyticsModelLoader(
    Connection *session, AnalyticsModel *model, QObject *parent)
    : QObject(parent)
    , m_connection(session)
    , m_model(model)
{
}

int AnalyticsModelLoader::loadHistory()
{
    Cache *cache = m_connection ? m_connection->cache() : nullptr;
    if (!cache)
        return 0;
    const QDate today = QDate::currentDate();
    const auto stored = cache->snapshots(m_connection->cachePartition(),
        AnalyticsApi::snapshotKey(m_connection->cachePartition()), today.addYears(-5),
        today.addDays(1));
    m_model->setOverviewHistory(stored);
    return int(stored.size());
}

void AnalyticsModelLoader::started()
{
    if (m_inFlight++ == 0)
        emit busyChanged(true);
}

void AnalyticsModelLoader::finished()
{
    if (--m_inFlight == 0)
        emit busyChanged(false);
}

bool AnalyticsModelLoader::accept(const ApiError &error, const QString &what)
{
    if (!error.isError())
        return true;
    // A decode error names the field the server got wrong; any other says what failed.
    m_lastError = error.category == ApiError::Category::Decode
        ? tr("The %1 answer was not understood (%2)").arg(what, error.message)
        : tr("Could not load the %1: %2").arg(what, error.userMessage());
    emit failed(m_lastError);
    return false;
}

void AnalyticsModelLoader::loadOverview(bool refresh)
{
    if (!m_connection)
        return;
    started();
    AnalyticsApi(m_connection)
        .overview(
            this,
            [this](const Result<AnalyticsOverview> &result) {
                finished();
                if (!accept(result.error, tr("team analytics")))
                    return;
                const QDateTime when = result.fetchedAt.isValid() ? result.fetchedAt
                                                                  : QDateTime::currentDateTimeUtc();
                m_fetchedAt = when;
                m_model->setOverview(result.value, when.toLocalTime().date());
                emit overviewLoaded();
            },
            readOptions(refresh));
}

void AnalyticsModelLoader::loadCampaign(const QString &campaignId, bool refresh)
{
    const quint64 generation = ++m_campaignGeneration;
    if (campaignId.isEmpty()) {
        m_model->clearCampaign();
        return;
    }
    if (!m_connection)
        return;
    started();
    AnalyticsApi(m_connection)
        .campaign(
            campaignId, this,
            [this, generation](const Result<CampaignAnalytics> &result) {
                finished();
                if (generation != m_campaignGeneration)
                    return; // another campaign was chosen meanwhile
                if (!accept(result.error, tr("campaign analytics")))
                    return;
                m_model->setCampaign(result.value);
                emit campaignLoaded();
            },
            readOptions(refresh));
}

ReadOptions AnalyticsModelLoader::readOptions(bool refresh)
{
    return {Priority::Interactive,
        refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst};
}

} // namespace kakiyo
