#include "models/AnalyticsModelLoader.h"

#include "models/AnalyticsModel.h"
#include "models/api/ApiRequest.h"
#include "models/api/ApiResult.h"
#include "models/api/ApiSession.h"
#include "models/store/Cache.h"

#include <QJsonObject>
#include <QUrl>

namespace kakiyo {

AnalyticsModelLoader::AnalyticsModelLoader(
    ApiSession *session, AnalyticsModel *model, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
{
}

int AnalyticsModelLoader::loadHistory()
{
    Cache *cache = m_session ? m_session->cache() : nullptr;
    if (!cache)
        return 0;
    const QDate today = QDate::currentDate();
    const auto stored = cache->snapshots(m_session->cachePartition(),
        QString::fromLatin1(OverviewSnapshotKey), today.addYears(-5), today.addDays(1));
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

bool AnalyticsModelLoader::accept(const ApiResult &result, const QString &what)
{
    if (result.ok)
        return true;
    m_lastError = tr("Could not load %1: %2").arg(what, result.error.userMessage());
    emit failed(m_lastError);
    return false;
}

void AnalyticsModelLoader::loadOverview(bool refresh)
{
    if (!m_session)
        return;
    ApiRequest request = ApiRequest::get(QStringLiteral("/analytics/overview"));
    request.cacheMode
        = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    started();
    m_session->send(request, this, [this](const ApiResult &result) {
        finished();
        if (!accept(result, tr("the team analytics")))
            return;
        const auto decoded = AnalyticsOverview::fromJson(result.json.object());
        if (!decoded.ok()) {
            m_lastError = tr("The team analytics answer was not understood (%1)")
                              .arg(decoded.error.toString());
            emit failed(m_lastError);
            return;
        }
        const QDateTime when
            = result.fetchedAt.isValid() ? result.fetchedAt : QDateTime::currentDateTimeUtc();
        m_fetchedAt = when;
        const QDate day = when.toLocalTime().date();
        // A fresh answer becomes the day's snapshot; a cached one already was.
        if (!result.fromCache) {
            if (Cache *cache = m_session->cache())
                cache->putSnapshot(m_session->cachePartition(),
                    QString::fromLatin1(OverviewSnapshotKey), day, result.body);
        }
        m_model->setOverview(decoded.value, day);
        emit overviewLoaded();
    });
}

void AnalyticsModelLoader::loadCampaign(const QString &campaignId, bool refresh)
{
    const quint64 generation = ++m_campaignGeneration;
    if (campaignId.isEmpty()) {
        m_model->clearCampaign();
        return;
    }
    if (!m_session)
        return;
    ApiRequest request = ApiRequest::get(QStringLiteral("/analytics/campaigns/")
        + QString::fromUtf8(QUrl::toPercentEncoding(campaignId)));
    request.cacheMode
        = refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst;
    started();
    m_session->send(request, this, [this, generation](const ApiResult &result) {
        finished();
        if (generation != m_campaignGeneration)
            return; // another campaign was chosen meanwhile
        if (!accept(result, tr("the campaign analytics")))
            return;
        const auto decoded = CampaignAnalytics::fromJson(result.json.object());
        if (!decoded.ok()) {
            m_lastError = tr("The campaign analytics answer was not understood (%1)")
                              .arg(decoded.error.toString());
            emit failed(m_lastError);
            return;
        }
        m_model->setCampaign(decoded.value);
        emit campaignLoaded();
    });
}

} // namespace kakiyo
