#pragma once
// WorkspacesApi: agency client workspaces — list, create, delete, invite and remove a client, and
// assign / unassign an agent.

#include "models/api/ApiCall.h"
#include "models/domain/Workspace.h"

namespace kakiyo {

class WorkspacesApi
{
public:
    explicit WorkspacesApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(QObject *owner, ResultHandler<WorkspaceList> done, ReadOptions options = {});
    void create(const WorkspaceCreate &workspace, QObject *owner, ResultHandler<Workspace> done);
    void remove(const QString &id, QObject *owner, ResultHandler<WorkspaceDeleted> done);
    void invite(const QString &id, const WorkspaceInvite &invite, QObject *owner,
        ResultHandler<WorkspaceInvitation> done);
    void removeClient(const QString &id, const WorkspaceClientRemoval &client, QObject *owner,
        ResultHandler<WorkspaceClientRemoved> done);
    void assignAgent(const QString &id, const QString &agentId, QObject *owner,
        ResultHandler<WorkspaceAgentChange> done);
    void unassignAgent(const QString &id, const QString &agentId, QObject *owner,
        ResultHandler<WorkspaceAgentChange> done);

private:
    void agentChange(const QByteArray &method, const QString &id, const QString &agentId,
        QObject *owner, ResultHandler<WorkspaceAgentChange> done);

    ApiCall m_call;
};

} // namespace kakiyo
