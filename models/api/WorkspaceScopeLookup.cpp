#include "models/api/WorkspaceScopeLookup.h"

#include "models/api/WorkspacesApi.h"

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
                out.value = WorkspaceScope::of(w);
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

} // namespace kakiyo
