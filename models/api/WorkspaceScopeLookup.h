#pragma once
// WorkspaceScopeLookup: turns the workspace the session's cache partition names into the scope
// the resource classes filter with (WorkspaceScope), and, for the reads that need them, the
// workspace's campaigns. "All (team)" costs nothing; a client workspace costs one GET
// /workspaces per session and partition (again on a refresh or after a write under /workspaces)
// and, where campaigns are needed, GET /campaigns (cached like any GET). Every page, export and
// report reads through the resource classes, so all of them see the same rows.

#include "models/api/ApiCall.h"
#include "models/domain/Campaign.h"
#include "models/domain/JsonReader.h"
#include "models/domain/WorkspaceScope.h"

namespace kakiyo {

class WorkspaceScopeLookup
{
public:
    struct Campaigns
    {
        WorkspaceScope scope;
        QList<Campaign> campaigns; // the workspace's (every campaign for the team)
    };

    explicit WorkspaceScopeLookup(ApiCall call)
        : m_call(call)
    {
    }

    // The session's scope; for the team, or a workspace already resolved this session, `done`
    // runs at once, inside this call.
    void scope(QObject *owner, ResultHandler<WorkspaceScope> done, ReadOptions options = {});
    // The scope and the workspace's campaigns (for the team: not fetched, left empty).
    void campaigns(QObject *owner, ResultHandler<Campaigns> done, ReadOptions options = {});
    // The calls campaigns(options) would make now: none for the team or what is known (the scope
    // in memory, the campaign list in the session's cache), else one for each of them.
    int plannedCampaignsCalls(ReadOptions options) const;

    // GET `path` (a bare list), keeping the items `keep(scope, list)` returns for the session's
    // scope (AgentsApi, CampaignsApi). options.wholeTeam skips the scope.
    template<typename T, typename Keep>
    void list(const QString &path, QObject *owner, ResultHandler<QList<T>> done,
        ReadOptions options, Keep keep)
    {
        const auto decode = [](const QJsonValue &v, const QString &at) {
            return JsonReader::decodeList<T>(v, at, &T::fromJson);
        };
        if (options.wholeTeam)
            return m_call.sendJson<QList<T>>(
                ApiCall::read(path, options), owner, decode, std::move(done));
        const ApiCall call = m_call;
        scope(
            owner,
            [call, path, owner, options, decode, keep, done = std::move(done)](
                const Result<WorkspaceScope> &s) {
                if (!s.ok()) {
                    Result<QList<T>> failed;
                    failed.error = s.error;
                    return done(failed);
                }
                const WorkspaceScope scope = s.value;
                call.sendJson<QList<T>>(ApiCall::read(path, options), owner, decode,
                    ResultHandler<QList<T>>([scope, keep, done](Result<QList<T>> r) {
                        r.value = keep(scope, r.value);
                        done(r);
                    }));
            },
            options);
    }

    // One agent or campaign by id (a read, or a write such as pause): for the team, or with
    // options.wholeTeam, `send(done)` runs at once. In a client workspace an agent not assigned to
    // it, or a campaign none of its agents owns, never reaches the server: `done` gets a Forbidden
    // error (code outside_workspace) naming the workspace. The check costs nothing once the
    // scope and the campaign list are known (kept in memory / cached).
    template<typename T, typename Send>
    void ifAgent(const QString &agentId, QObject *owner, ResultHandler<T> done, ReadOptions options,
        Send send)
    {
        guard(false, agentId, owner, std::move(done), options, std::move(send));
    }
    template<typename T, typename Send>
    void ifCampaign(const QString &campaignId, QObject *owner, ResultHandler<T> done,
        ReadOptions options, Send send)
    {
        guard(true, campaignId, owner, std::move(done), options, std::move(send));
    }
    static bool isOutsideWorkspace(const ApiError &error);
    // The refusal of a campaign (or agent) `id` that is not the workspace's.
    static ApiError outsideWorkspace(
        const WorkspaceScope &scope, const QString &id, bool campaign = true);

    // What a page shows when a client workspace leaves it empty; empty for the team or when the
    // workspace has data.
    static QString emptyReason(const WorkspaceScope &scope);
    // What the DNC list and the Library say in a client workspace (WorkspaceScope.h's decision).
    static QString dncNote();
    static QString teamWideNote();

private:
    template<typename T, typename Send>
    void guard(bool campaign, const QString &id, QObject *owner, ResultHandler<T> done,
        ReadOptions options, Send send)
    {
        if (options.wholeTeam || m_call.session()->cachePartition().workspaceId.isEmpty())
            return send(std::move(done));
        check(
            campaign, id, owner,
            [done, send](const ApiError &refused) {
                if (refused.category == ApiError::Category::None)
                    return send(done);
                Result<T> failed;
                failed.error = refused;
                done(failed);
            },
            options);
    }
    // Calls `verdict` with no error when `id` is the workspace's, else with the refusal.
    void check(bool campaign, const QString &id, QObject *owner,
        const std::function<void(const ApiError &)> &verdict, ReadOptions options);

    ApiCall m_call;
};

} // namespace kakiyo
