#include "models/live/TeamRefresh.h"

#include "models/api/AgentsApi.h"
#include "models/api/CampaignsApi.h"
#include "models/api/Connection.h"
#include "models/api/ProspectsApi.h"
#include "models/api/UsageMeter.h"
#include "models/api/WebhooksApi.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/live/CreditBalance.h"

namespace kakiyo {

TeamRefresh::TeamRefresh(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

void TeamRefresh::start(const TeamSnapshot &previous)
{
    if (isRunning())
        return;
    const int generation = ++m_generation;
    m_previous = previous;
    // The snapshot is dated when the questions leave: a reply that lands during the refresh is
    // newer than this snapshot and is found by the next one, never lost between the two.
    m_startedAt = QDateTime::currentDateTimeUtc();
    const bool inWorkspace = !m_connection->cachePartition().workspaceId.isEmpty();
    m_pending = callsFor(inWorkspace);
    m_calls += m_pending;
    m_outOfCredits = false;
    m_error = {};
    m_scope = {};
    // The whole team's lists, read once; the workspace's rows are kept in settle(). Scoped reads
    // would resolve the scope once per list and search the workspace's campaigns one by one.
    const ReadOptions options {
        Priority::Background, ApiRequest::CacheMode::Refresh, /*wholeTeam=*/true};
    auto current = [this, generation] { return generation == m_generation; };

    if (inWorkspace)
        WorkspaceScopeLookup(m_connection)
            .scope(
                this,
                [this, current](const Result<WorkspaceScope> &r) {
                    if (!current())
                        return;
                    m_scope = r.value;
                    settle(r.error);
                },
                options);

    AgentsApi(m_connection)
        .list(
            this,
            [this, current](const Result<QList<Agent>> &r) {
                if (!current())
                    return;
                m_agents = r.ok() ? r.value : QList<Agent>();
                settle(r.error);
            },
            options);
    CampaignsApi(m_connection)
        .list(
            this,
            [this, current](const Result<QList<Campaign>> &r) {
                if (!current())
                    return;
                m_campaigns = r.ok() ? r.value : QList<Campaign>();
                settle(r.error);
            },
            options);
    WebhooksApi(m_connection)
        .list(
            this,
            [this, current](const Result<QList<Webhook>> &r) {
                if (!current())
                    return;
                m_webhooks = r.ok() ? r.value : QList<Webhook>();
                settle(r.error);
            },
            options);
    ProspectSearchQuery recent;
    recent.limit = Conversations; // newest activity first
    ProspectsApi(m_connection)
        .search(
            recent, this,
            [this, current](const Result<SearchPage> &r) {
                if (!current())
                    return;
                m_conversations = r.ok() ? r.value.items : QList<ProspectSearchItem>();
                settle(r.error);
            },
            options);
}

void TeamRefresh::settle(const ApiError &error)
{
    if (error.isError()) {
        if (error.category == ApiError::Category::Credits)
            m_outOfCredits = true;
        else if (!m_error.isError())
            m_error = error;
    }
    if (--m_pending > 0)
        return;
    if (m_error.isError()) {
        emit failed(m_error);
        return;
    }
    TeamSnapshot snapshot;
    if (m_outOfCredits) {
        // Nothing new could be read: keep what was known, say why.
        snapshot = m_previous;
        snapshot.takenAt = m_startedAt;
    } else {
        snapshot = TeamSnapshot::fromTeam(m_scope.agents(m_agents), m_scope.campaigns(m_campaigns),
            m_scope.prospects(m_conversations, m_scope.campaignIds(m_campaigns)), m_webhooks,
            m_previous, m_startedAt);
    }
    snapshot.outOfCredits = m_outOfCredits;
    // The user's stated balance counted down by what the meter counted, this refresh included.
    if (const UsageMeter *usage = m_connection->usage())
        CreditBalance::apply(&snapshot, *usage, m_creditsFloorPerDay);
    emit finished(snapshot);
}

} // namespace kakiyo
