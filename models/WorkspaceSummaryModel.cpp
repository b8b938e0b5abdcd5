#include "models/WorkspaceSummaryModel.h"

#include <QLocale>

namespace kakiyo {

WorkspaceSummaryModel::WorkspaceSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkspaceSummaryModel::setSummaries(
    const QList<WorkspaceSummary> &summaries, const QDateTime &dataTime)
{
    beginResetModel();
    m_rows = summaries;
    m_dataTime = dataTime;
    endResetModel();
}

int WorkspaceSummaryModel::rowOf(const QString &workspaceId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).workspaceId == workspaceId)
            return i;
    }
    return -1;
}

int WorkspaceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkspaceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkspaceSummaryModel::formatRate(const std::optional<double> &rate)
{
    return rate ? tr("%1 %").arg(QLocale().toString(*rate, 'f', 1)) : QStringLiteral("—");
}

QVariant WorkspaceSummaryModel::raw(const WorkspaceSummary &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.name;
    case AgentsColumn:
        return s.agents;
    case AttentionColumn:
        return s.agentsNeedingAttention;
    case ActiveCampaignsColumn:
        return s.activeCampaigns;
    case ProspectsColumn:
        return s.tally.prospects;
    case InvitedColumn:
        return s.tally.invited;
    case AcceptanceColumn:
        return s.acceptanceRate().value_or(-1.0);
    case RepliesColumn:
        return s.tally.replied;
    case ReplyRateColumn:
        return s.replyRate().value_or(-1.0);
    case QualifiedColumn:
        return s.tally.qualified;
    default:
        return {};
    }
}

QVariant WorkspaceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkspaceSummary &s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return s.name;
        if (column == AcceptanceColumn)
            return formatRate(s.acceptanceRate());
        if (column == ReplyRateColumn)
            return formatRate(s.replyRate());
        return QLocale().toString(raw(s, column).toLongLong());
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == NameColumn && s.agents == 0)
            return tr("No agent is assigned to this workspace, so it has no campaigns or "
                      "conversations yet.");
        if (column == AttentionColumn && s.agentsNeedingAttention > 0)
            return tr("%n agent(s) with alerts, or needing sign-in or setup", nullptr,
                s.agentsNeedingAttention);
        return {};
    case IdRole:
        return s.workspaceId;
    case RawRole:
        return raw(s, column);
    case NeedsAttentionRole:
        return s.agentsNeedingAttention > 0;
    default:
        return {};
    }
}

QVariant WorkspaceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Two-line titles keep the numeric columns narrow, so the workspace names stay readable.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Workspace");
        case AgentsColumn:
            return tr("Agents");
        case AttentionColumn:
            return tr("Need\nattention");
        case ActiveCampaignsColumn:
            return tr("Active\ncampaigns");
        case ProspectsColumn:
            return tr("Prospects");
        case InvitedColumn:
            return tr("Invitations\nsent");
        case AcceptanceColumn:
            return tr("Acceptance");
        case RepliesColumn:
            return tr("Replies");
        case ReplyRateColumn:
            return tr("Reply\nrate");
        case QualifiedColumn:
            return tr("Qualified");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AgentsColumn:
            return tr("Agents (LinkedIn accounts) assigned to the workspace");
        case AttentionColumn:
            return tr("Agents with alerts, or needing sign-in, setup, or disabled");
        case ActiveCampaignsColumn:
            return tr("Campaigns of the workspace's agents in status active");
        case ProspectsColumn:
            return tr("Conversations of the workspace's campaigns");
        case InvitedColumn:
            return tr("Conversations in status 1–6 (an invitation was sent)");
        case AcceptanceColumn:
            return tr("Accepted (status 2–6) ÷ invitations sent (status 1–6) × 100");
        case RepliesColumn:
            return tr("Conversations whose prospect answered");
        case ReplyRateColumn:
            return tr("Replies ÷ prospects × 100");
        case QualifiedColumn:
            return tr("Conversations qualified");
        default:
            return {};
        }
    }
    return {};
}

} // namespace kakiyo
