#include "models/jobs/OutreachLoader.h"

#include "models/AnalyticsModel.h"
#include "models/OutreachFigures.h"
#include "models/OutreachSnapshot.h"
#include "models/api/AgentsApi.h"
#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/jobs/LoadFailure.h"
#include "models/store/Cache.h"

#include <algorithm>

namespace kakiyo {

OutreachLoader::OutreachLoader(Connection *session, AnalyticsModel *model, QObject *parent)
    : QObject(parent)
    , m_connection(session)
    , m_model(model)
{
}

void OutreachLoader::load(bool refresh)
{
    if (!m_connection)
        return;
    const quint64 generation = ++m_generation;
    // Prefetch: the page's headline figures (overview, campaign) go first when both wait.
    m_options = {Priority::Prefetch,
        refresh ? ApiRequest::CacheMode::Refresh : ApiRequest::CacheMode::CacheFirst};
    m_agents.clear();
    m_campaigns.clear();
    m_conversations.clear();
    m_total = 0;
    m_allFresh = true;
    m_agentsPending = 0;
    m_pending = 3;
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }

    AgentsApi(m_connection)
        .list(
            this,
            [this, generation](const Result<QList<Agent>> &r) {
                if (generation != m_generation)
                    return;
                if (!accept(r.error, tr("agents")))
                    return;
                track(r.fromCache);
                agentsListed(r.value);
            },
            m_options);
    CampaignsApi(m_connection)
        .list(
            this,
            [this, generation](const Result<QList<Campaign>> &r) {
                if (generation != m_generation)
                    return;
                if (!accept(r.error, tr("campaigns")))
                    return;
                track(r.fromCache);
                m_campaigns = r.value;
                partDone();
            },
            m_options);
    searchPage(0);
}

void OutreachLoader::agentsListed(const QList<Agent> &agents)
{
    m_agents = agents;
    m_agentsPending = int(agents.size());
    if (m_agentsPending == 0) {
        partDone();
        return;
    }
    const quint64 generation = m_generation;
    for (int i = 0; i < agents.size(); ++i) {
        // Only the details carry `usage` (invitations today and this month).
        AgentsApi(m_connection)
            .get(
                agents[i].id, this,
                [this, generation, i](const Result<Agent> &r) {
                    if (generation != m_generation)
                        return;
                    if (!accept(r.error, tr("agent details")))
                        return;
                    // The list item keeps its place; the details bring usage and limits.
                    track(r.fromCache);
                    m_agents[i] = r.value;
                    if (--m_agentsPending == 0)
                        partDone();
                },
                m_options);
    }
}

void OutreachLoader::searchPage(qint64 offset)
{
    const quint64 generation = m_generation;
    ProspectSearchQuery query;
    query.limit = PageSize;
    query.offset = offset;
    ProspectsApi(m_connection)
        .search(
            query, this,
            [this, generation, offset](const Result<SearchPage> &r) {
                if (generation != m_generation)
                    return;
                if (!accept(r.error, tr("conversations")))
                    return;
                track(r.fromCache);
                m_total = r.value.total;
                m_conversations += r.value.items;
                const qint64 next = offset + r.value.items.size();
                emit progress(next, m_total);
                // Stop at the end, on an empty page (no progress), or at the page bound.
                if (r.value.items.isEmpty() || next >= m_total
                    || next >= qint64(m_maxPages) * PageSize)
                    partDone();
                else
                    searchPage(next);
            },
            m_options);
}

void OutreachLoader::loadAll()
{
    if (m_total > 0)
        m_maxPages = int(std::max<qint64>(m_maxPages, callsToRead(m_total)));
    load(false);
}

void OutreachLoader::partDone()
{
    if (--m_pending > 0)
        return;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const OutreachFigures figures
        = OutreachFigures::compute(m_agents, m_campaigns, m_conversations, m_total, today);
    if (Cache *cache = m_connection->cache()) {
        const QString key = QString::fromLatin1(OutreachSnapshot::CacheKey);
        // Every stored day: a custom period may start long ago (one small body a day).
        m_model->outreach()->setHistory(OutreachSnapshot::fromCache(
            cache->snapshots(m_connection->cachePartition(), key, today.addYears(-5), today)));
        // Only answers fetched now describe today; cached ones were stored when they were fresh.
        if (m_allFresh)
            cache->putSnapshot(m_connection->cachePartition(), key, today,
                OutreachSnapshot::fromFigures(figures, today).toJson());
    }
    m_model->outreach()->setFigures(figures);
    m_busy = false;
    emit busyChanged(false);
    emit loaded();
}

bool OutreachLoader::accept(const ApiError &error, const QString &what)
{
    if (!error.isError())
        return true;
    fail(LoadFailure::describe(error, what));
    return false;
}

void OutreachLoader::fail(const QString &message)
{
    ++m_generation; // the other parts' answers are dropped
    m_lastError = message;
    if (m_busy) {
        m_busy = false;
        emit busyChanged(false);
    }
    emit failed(message);
}

} // namespace kakiyo
