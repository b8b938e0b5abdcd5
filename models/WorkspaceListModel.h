// The agency's client workspaces (GET /workspaces) as a table: name, client team id, when it was
// created, and its clients and assigned agents when the server lists them. Cached answer first
// (ServerListModel). A team that is not on the Agency plan gets 403 for every workspace call:
// the model says so (agencyPlanMissing) so the page can explain instead of showing an error.
#pragma once

#include "models/ServerListModel.h"
#include "models/domain/Workspace.h"

namespace kakiyo {

class WorkspaceListModel final : public ServerListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceListModel)

public:
    enum Column
    {
        NameColumn,
        ClientTeamColumn,
        CreatedColumn,
        MembersColumn,
        AgentsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
    };

    explicit WorkspaceListModel(Connection *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Workspace> &workspaces() const { return m_workspaces; }
    Workspace workspace(int row) const { return m_workspaces.value(row); }
    int rowOf(const QString &id) const;

    // True after the last load failed with 403: the team is not on the Agency plan.
    bool agencyPlanMissing() const { return m_agencyPlanMissing; }

protected:
    void fetch(const ReadOptions &options, quint64 ticket) override;

private:
    QList<Workspace> m_workspaces;
    bool m_agencyPlanMissing = false;
};

} // namespace kakiyo
