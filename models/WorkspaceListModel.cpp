#include "models/WorkspaceListModel.h"

#include "models/api/WorkspacesApi.h"

#include <QLocale>

namespace kakiyo {

WorkspaceListModel::WorkspaceListModel(Connection *session, QObject *parent)
    : ServerListModel(session, ColumnCount, parent)
{
}

int WorkspaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspaces.size());
}

QVariant WorkspaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workspace &w = m_workspaces.at(index.row());
    switch (role) {
    case IdRole:
        return w.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return w.name;
        case ClientTeamColumn:
            return w.clientTeamId.isEmpty() ? tr("—") : w.clientTeamId;
        case CreatedColumn:
            return w.createdAt.isValid()
                ? QLocale().toString(w.createdAt.toLocalTime().date(), QLocale::ShortFormat)
                : tr("—");
        case MembersColumn:
            return QLocale().toString(qsizetype(w.members.size()));
        case AgentsColumn:
            return QLocale().toString(qsizetype(w.agentIds.size()));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MembersColumn && !w.members.isEmpty()) {
            QStringList emails;
            for (const WorkspaceMember &m : w.members)
                emails << m.email;
            return emails.join(QLatin1Char('\n'));
        }
        if (index.column() == CreatedColumn && w.createdAt.isValid())
            return QLocale().toString(w.createdAt.toLocalTime(), QLocale::LongFormat);
        break;
    case RawRole:
        switch (index.column()) {
        case NameColumn:
            return w.name.toLower();
        case ClientTeamColumn:
            return w.clientTeamId;
        case CreatedColumn:
            return w.createdAt;
        case MembersColumn:
            return qint64(w.members.size());
        case AgentsColumn:
            return qint64(w.agentIds.size());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn || index.column() == AgentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant WorkspaceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Workspace");
    case ClientTeamColumn:
        return tr("Client team");
    case CreatedColumn:
        return tr("Created");
    case MembersColumn:
        return tr("Clients");
    case AgentsColumn:
        return tr("Agents");
    }
    return {};
}

QHash<int, QByteArray> WorkspaceListModel::roleNames() const
{
    QHash<int, QByteArray> names = ServerListModel::roleNames();
    names.insert(IdRole, "workspaceId");
    names.insert(RawRole, "raw");
    return names;
}

int WorkspaceListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i).id == id)
            return i;
    }
    return -1;
}

void WorkspaceListModel::fetch(const ReadOptions &options, quint64 ticket)
{
    auto handle = completion<WorkspaceList>(ticket, [this](const WorkspaceList &list) {
        beginResetModel();
        m_workspaces = list.workspaces;
        endResetModel();
    });
    WorkspacesApi(connection())
        .list(
            this,
            [this, handle](const Result<WorkspaceList> &result) {
                // Every workspace call answers 403 without the Agency plan (contract §K).
                m_agencyPlanMissing = !result.ok() && result.error.httpStatus == 403;
                if (m_agencyPlanMissing && !m_workspaces.isEmpty()) {
                    beginResetModel();
                    m_workspaces.clear();
                    endResetModel();
                }
                handle(result);
            },
            options);
}

} // namespace kakiyo
