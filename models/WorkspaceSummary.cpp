#include "models/WorkspaceSummary.h"

#include "models/AgentListModel.h"
#include "models/domain/WorkspaceScope.h"

namespace kakiyo {

QList<WorkspaceSummary> WorkspaceSummary::compute(const QList<Workspace> &workspaces,
    const QList<Agent> &agents, const QList<Campaign> &campaigns,
    const QList<ProspectSearchItem> &conversations)
{
    QList<WorkspaceSummary> out;
    out.reserve(workspaces.size());
    for (const Workspace &workspace : workspaces) {
        const WorkspaceScope scope = WorkspaceScope::of(workspace);
        WorkspaceSummary s;
        s.workspaceId = workspace.id;
        s.name = workspace.name;
        for (const Agent &agent : scope.agents(agents)) {
            ++s.agents;
            s.agentsNeedingAttention += AgentListModel::needsAttention(agent) ? 1 : 0;
        }
        const QList<Campaign> own = scope.campaigns(campaigns);
        s.campaigns = int(own.size());
        for (const Campaign &campaign : own)
            s.activeCampaigns += campaign.status == QLatin1String("active") ? 1 : 0;
        // A workspace without agents has no campaigns, hence no conversations: never the team's.
        if (!scope.isEmpty()) {
            for (const ProspectSearchItem &item :
                scope.prospects(conversations, scope.campaignIds(campaigns)))
                s.tally.add(item);
        }
        out.append(s);
    }
    return out;
}

} // namespace kakiyo
