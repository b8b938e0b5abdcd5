#include "models/api/WorkspacesApi.h"

namespace kakiyo {

void WorkspacesApi::list(QObject *owner, ResultHandler<WorkspaceList> done, ReadOptions options)
{
    m_call.sendJson<WorkspaceList>(ApiCall::read(QStringLiteral("/workspaces"), options), owner,
        &WorkspaceList::fromJson, std::move(done));
}

void WorkspacesApi::create(
    const WorkspaceCreate &workspace, QObject *owner, ResultHandler<Workspace> done)
{
    const Encoded e = workspace.encode();
    if (!e.ok())
        return m_call.refuse<Workspace>(e.errors, owner, std::move(done));
    m_call.sendJson<Workspace>(
        ApiRequest::post(QStringLiteral("/workspaces"), ApiCall::body(e.body)), owner,
        &Workspace::fromJson, std::move(done));
}

void WorkspacesApi::remove(const QString &id, QObject *owner, ResultHandler<WorkspaceDeleted> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<WorkspaceDeleted>(errors, owner, std::move(done));
    ApiRequest request = ApiRequest::del(QStringLiteral("/workspaces/%1").arg(id));
    request.invalidates = {QStringLiteral("/agents"), QStringLiteral("/campaigns")};
    m_call.sendJson<WorkspaceDeleted>(request, owner, &WorkspaceDeleted::fromJson, std::move(done));
}

void WorkspacesApi::invite(const QString &id, const WorkspaceInvite &invite, QObject *owner,
    ResultHandler<WorkspaceInvitation> done)
{
    Encoded e = invite.encode();
    e.errors += ApiCall::checkPathId(QStringLiteral("id"), id);
    if (!e.ok())
        return m_call.refuse<WorkspaceInvitation>(e.errors, owner, std::move(done));
    m_call.sendJson<WorkspaceInvitation>(
        ApiRequest::post(QStringLiteral("/workspaces/%1/invite").arg(id), ApiCall::body(e.body)),
        owner, &WorkspaceInvitation::fromJson, std::move(done));
}

void WorkspacesApi::removeClient(const QString &id, const WorkspaceClientRemoval &client,
    QObject *owner, ResultHandler<WorkspaceClientRemoved> done)
{
    Encoded e = client.encode();
    e.errors += ApiCall::checkPathId(QStringLiteral("id"), id);
    if (!e.ok())
        return m_call.refuse<WorkspaceClientRemoved>(e.errors, owner, std::move(done));
    m_call.sendJson<WorkspaceClientRemoved>(
        ApiRequest::del(QStringLiteral("/workspaces/%1/clients").arg(id), ApiCall::body(e.body)),
        owner, &WorkspaceClientRemoved::fromJson, std::move(done));
}

void WorkspacesApi::agentChange(const QByteArray &method, const QString &id, const QString &agentId,
    QObject *owner, ResultHandler<WorkspaceAgentChange> done)
{
    FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
    errors += ApiCall::checkPathId(QStringLiteral("agentId"), agentId);
    if (!errors.isEmpty())
        return m_call.refuse<WorkspaceAgentChange>(errors, owner, std::move(done));
    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/workspaces/%1/agents/%2").arg(id, agentId);
    request.invalidates = {QStringLiteral("/agents")};
    m_call.sendJson<WorkspaceAgentChange>(
        request, owner, &WorkspaceAgentChange::fromJson, std::move(done));
}

void WorkspacesApi::assignAgent(const QString &id, const QString &agentId, QObject *owner,
    ResultHandler<WorkspaceAgentChange> done)
{
    agentChange("POST", id, agentId, owner, std::move(done));
}

void WorkspacesApi::unassignAgent(const QString &id, const QString &agentId, QObject *owner,
    ResultHandler<WorkspaceAgentChange> done)
{
    agentChange("DELETE", id, agentId, owner, std::move(done));
}

} // namespace kakiyo
