#include "models/api/AnalyticsApi.h"

#include "models/api/AgentsApi.h"
#include "models/api/ApiSession.h"
#include "models/api/WorkspaceScopeLookup.h"
#include "models/domain/WorkspaceOverview.h"
#include "models/store/Cache.h"

#include <QJsonDocument>
#include <memory>

namespace kakiyo {

QString AnalyticsApi::snapshotKey(const CachePartition &partition)
{
    return QString::fromLatin1(
        partition.workspaceId.isEmpty() ? OverviewSnapshotKey : WorkspaceSnapshotKey);
}

void AnalyticsApi::overview(
    QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options)
{
    if (options.wholeTeam || m_call.session()->cachePartition().workspaceId.isEmpty())
        teamOverview(owner, std::move(done), options);
    else
        workspaceOverview(owner, std::move(done), options);
}

void AnalyticsApi::workspaceOverview(
    QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options)
{
    struct Gather
    {
        QList<Agent> agents;
        QList<Campaign> campaigns;
        QList<CampaignAnalytics> analytics;
        int waiting = 0;
        bool failed = false;
        bool fromCache = true;
        QDateTime fetchedAt;
        ResultHandler<AnalyticsOverview> done;
    };
    auto g = std::make_shared<Gather>();
    g->done = std::move(done);
    const ApiCall call = m_call;
    const QPointer<ApiSession> session = m_call.session();
    auto fail = [g](const ApiError &error) {
        if (g->failed)
            return;
        g->failed = true;
        Result<AnalyticsOverview> out;
        out.error = error;
        g->done(out);
    };
    auto note = [g](bool fromCache, const QDateTime &at) {
        g->fromCache = g->fromCache && fromCache;
        if (at.isValid() && (!g->fetchedAt.isValid() || at < g->fetchedAt))
            g->fetchedAt = at;
    };
    auto finish = [g, session] {
        Result<AnalyticsOverview> out;
        out.value = WorkspaceOverview::compose(g->agents, g->campaigns, g->analytics);
        out.fromCache = g->fromCache;
        out.fetchedAt = g->fetchedAt.isValid() ? g->fetchedAt : QDateTime::currentDateTimeUtc();
        if (!g->fromCache && session && session->cache())
            session->cache()->putSnapshot(session->cachePartition(),
                snapshotKey(session->cachePartition()), out.fetchedAt.toLocalTime().date(),
                QJsonDocument(WorkspaceOverview::toJson(out.value)).toJson(QJsonDocument::Compact));
        g->done(out);
    };
    AgentsApi(call).list(
        owner,
        [=](const Result<QList<Agent>> &agents) {
            if (!agents.ok())
                return fail(agents.error);
            note(agents.fromCache, agents.fetchedAt);
            g->agents = agents.value;
            WorkspaceScopeLookup(call).campaigns(
                owner,
                [=](const Result<WorkspaceScopeLookup::Campaigns> &c) {
                    if (!c.ok())
                        return fail(c.error);
                    note(c.fromCache, c.fetchedAt);
                    g->campaigns = c.value.campaigns;
                    g->waiting = int(g->campaigns.size());
                    if (g->waiting == 0)
                        return finish();
                    // Already the workspace's campaigns: no second membership check.
                    ReadOptions ofWorkspace = options;
                    ofWorkspace.wholeTeam = true;
                    for (const Campaign &campaign : g->campaigns)
                        AnalyticsApi(call).campaign(
                            campaign.id, owner,
                            [=](const Result<CampaignAnalytics> &a) {
                                if (g->failed)
                                    return;
                                if (!a.ok())
                                    return fail(a.error);
                                note(a.fromCache, a.fetchedAt);
                                g->analytics << a.value;
                                if (--g->waiting == 0)
                                    finish();
                            },
                            ofWorkspace);
                },
                options);
        },
        options);
}

void AnalyticsApi::teamOverview(
    QObject *owner, ResultHandler<AnalyticsOverview> done, ReadOptions options)
{
    QPointer<ApiSession> session = m_call.session();
    m_call.send<AnalyticsOverview>(
        ApiCall::read(QStringLiteral("/analytics/overview"), options), owner,
        [session](const ApiResult &r) {
            auto decoded = AnalyticsOverview::fromJson(ApiCall::bodyValue(r));
            // A fresh answer becomes the day's snapshot; a cached one already was.
            if (decoded.ok() && !r.fromCache && session && session->cache()
                && session->cachePartition().workspaceId.isEmpty()) {
                const QDateTime when
                    = r.fetchedAt.isValid() ? r.fetchedAt : QDateTime::currentDateTimeUtc();
                session->cache()->putSnapshot(session->cachePartition(),
                    snapshotKey(session->cachePartition()), when.toLocalTime().date(), r.body);
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
    const ApiCall call = m_call;
    WorkspaceScopeLookup(m_call).ifCampaign<CampaignAnalytics>(campaignId, owner, std::move(done),
        options, [call, campaignId, owner, options](ResultHandler<CampaignAnalytics> checked) {
            call.sendJson<CampaignAnalytics>(
                ApiCall::read(QStringLiteral("/analytics/campaigns/%1").arg(campaignId), options),
                owner, &CampaignAnalytics::fromJson, std::move(checked));
        });
}

} // namespace kakiyo
