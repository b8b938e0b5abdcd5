#include "models/api/WorkspaceScopeLookup.h"

#include "models/api/WorkspacesApi.h"
#include "models/store/Cache.h"

#include <QCoreApplication>
#include <QPointer>

namespace kakiyo {

namespace {

template<typename T> Result<T> failedWith(const ApiError &error)
{
    Result<T> out;
    out.error = error;
    return out;
}

} // namespace

void WorkspaceScopeLookup::scope(
    QObject *owner, ResultHandler<WorkspaceScope> done, ReadOptions options)
{
    ApiSession *session = m_call.session();
    const QString workspaceId = session->cachePartition().workspaceId;
    if (workspaceId.isEmpty()) {
        session->setScope({});
        Result<WorkspaceScope> team;
        done(team);
        return;
    }
    // Resolved once per partition and kept in memory (a write under /workspaces or a refresh
    // asks again). Asked of the server, not the cache: an assignment made elsewhere counts, and
    // the Workspaces page's own cached list stays the page's.
    const WorkspaceScope known = session->scope();
    if (options.cache != ApiRequest::CacheMode::Refresh && !known.isTeam()
        && known.workspaceId() == workspaceId) {
        Result<WorkspaceScope> out;
        out.value = known;
        out.fromCache = true;
        done(out);
        return;
    }
    ReadOptions lookup = options;
    lookup.cache = ApiRequest::CacheMode::NetworkOnly;
    const QPointer<ApiSession> guard(session);
    WorkspacesApi(m_call).list(
        owner,
        [guard, workspaceId, done = std::move(done)](const Result<WorkspaceList> &r) {
            if (!r.ok())
                return done(failedWith<WorkspaceScope>(r.error));
            for (const Workspace &w : r.value.workspaces) {
                if (w.id != workspaceId)
                    continue;
                Result<WorkspaceScope> out;
                out.value = WorkspaceScope::of(w, r.value.workspaces);
                out.fromCache = r.fromCache;
                out.fetchedAt = r.fetchedAt;
                if (guard && guard->cachePartition().workspaceId == workspaceId)
                    guard->setScope(out.value);
                return done(out);
            }
            // Never fall back to the team's data: a client would see every other client's.
            done(failedWith<WorkspaceScope>(ApiError::make(ApiError::Category::NotFound,
                QCoreApplication::translate("WorkspaceScope",
                    "The workspace %1 no longer exists on the server; choose another one.")
                    .arg(workspaceId),
                QStringLiteral("workspace_not_found"))));
        },
        lookup);
}

void WorkspaceScopeLookup::campaigns(
    QObject *owner, ResultHandler<Campaigns> done, ReadOptions options)
{
    ApiCall call = m_call;
    scope(
        owner,
        [call, owner, options, done = std::move(done)](const Result<WorkspaceScope> &s) {
            if (!s.ok())
                return done(failedWith<Campaigns>(s.error));
            if (s.value.isTeam() || s.value.isEmpty()) {
                Result<Campaigns> out;
                out.value.scope = s.value;
                return done(out);
            }
            const WorkspaceScope scope = s.value;
            call.sendJson<QList<Campaign>>(ApiCall::read(QStringLiteral("/campaigns"), options),
                owner, &Campaign::listFromJson,
                ResultHandler<QList<Campaign>>([scope, done](const Result<QList<Campaign>> &r) {
                    if (!r.ok())
                        return done(failedWith<Campaigns>(r.error));
                    Result<Campaigns> out;
                    out.value.scope = scope;
                    out.value.campaigns = scope.campaigns(r.value);
                    out.fromCache = r.fromCache;
                    out.fetchedAt = r.fetchedAt;
                    done(out);
                }));
        },
        options);
}

void WorkspaceScopeLookup::check(bool campaign, const QString &id, QObject *owner,
    const std::function<void(const ApiError &)> &verdict, ReadOptions options)
{
    // The caller's cache mode is for its own read: the membership comes from the scope kept in
    // memory and the cached campaign list, so a check adds no call once those are known.
    ReadOptions lookup;
    lookup.priority = options.priority;
    const auto refuse = [verdict, campaign, id](const WorkspaceScope &scope) {
        verdict(outsideWorkspace(scope, id, campaign));
    };
    if (!campaign)
        return scope(
            owner,
            [verdict, refuse, id](const Result<WorkspaceScope> &s) {
                if (!s.ok())
                    return verdict(s.error);
                if (!s.value.containsAgent(id))
                    return refuse(s.value);
                verdict({});
            },
            lookup);
    campaigns(
        owner,
        [verdict, refuse, id](const Result<Campaigns> &c) {
            if (!c.ok())
                return verdict(c.error);
            for (const Campaign &known : c.value.campaigns)
                if (known.id == id)
                    return verdict({});
            refuse(c.value.scope);
        },
        lookup);
}

ApiError WorkspaceScopeLookup::outsideWorkspace(
    const WorkspaceScope &scope, const QString &id, bool campaign)
{
    return ApiError::make(ApiError::Category::Forbidden,
        (campaign ? QCoreApplication::translate("WorkspaceScope",
             "The campaign %1 is not part of the workspace “%2”: switch to the "
             "workspace it belongs to, or to All (team).")
                  : QCoreApplication::translate("WorkspaceScope",
                      "The agent %1 is not assigned to the workspace “%2”: switch to the "
                      "workspace it belongs to, or to All (team)."))
            .arg(id, scope.workspaceName()),
        QStringLiteral("outside_workspace"));
}

bool WorkspaceScopeLookup::isOutsideWorkspace(const ApiError &error)
{
    return error.code == QLatin1String("outside_workspace");
}

int WorkspaceScopeLookup::plannedCampaignsCalls(ReadOptions options) const
{
    const ApiSession *session = m_call.session();
    const QString workspaceId = session->cachePartition().workspaceId;
    if (workspaceId.isEmpty())
        return 0;
    const WorkspaceScope known = session->scope();
    const bool scopeKnown = options.cache != ApiRequest::CacheMode::Refresh && !known.isTeam()
        && known.workspaceId() == workspaceId;
    if (scopeKnown && known.isEmpty())
        return 0; // no agents: no campaign list is asked
    const bool listCached = options.cache == ApiRequest::CacheMode::CacheFirst && session->cache()
        && session->cache()->get(session->cachePartition(),
            ApiCall::read(QStringLiteral("/campaigns"), options).resourceKey());
    return (scopeKnown ? 0 : 1) + (listCached ? 0 : 1);
}

QString WorkspaceScopeLookup::emptyReason(const WorkspaceScope &scope)
{
    if (scope.isTeam())
        return {};
    if (scope.isEmpty())
        return QCoreApplication::translate("WorkspaceScope",
            "The workspace “%1” has no agents assigned, so it has no campaigns, prospects or "
            "analytics yet. Assign agents to it on the Workspaces page.")
            .arg(scope.workspaceName());
    return QCoreApplication::translate(
        "WorkspaceScope", "Nothing here belongs to the workspace “%1” (its agents' campaigns).")
        .arg(scope.workspaceName());
}

QString WorkspaceScopeLookup::dncNote()
{
    return QCoreApplication::translate("WorkspaceScope",
        "In this client workspace the list shows the entries filed under the client's team and "
        "the agency's own entries, which protect every client; entries of other clients are "
        "hidden. New entries are filed under the agency's team.");
}

QString WorkspaceScopeLookup::teamWideNote()
{
    return QCoreApplication::translate("WorkspaceScope",
        "The Library is the whole team's: offerings, prompts and AI models name no workspace, "
        "so every workspace shows the same Library.");
}

} // namespace kakiyo
