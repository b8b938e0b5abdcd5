#pragma once
// WorkspaceSummary: one client workspace's figures side by side with the others' — the agency's
// master view. Plain values computed from answers the app fetches anyway (GET /workspaces,
// GET /agents, GET /campaigns, the team's conversations from GET /prospects/search); which rows
// belong to a workspace is WorkspaceScope's rule, the invitation and acceptance counts
// OutreachFigures' (invited = status 1–6, accepted = status 2–6).
//
//   agents            agents assigned to the workspace; needing attention: AgentListModel's rule
//                     (alerts, auth or setup needed, disabled)
//   active campaigns  its campaigns (those of its agents) in status "active"
//   prospects         conversations of its campaigns
//   replies           of those, conversations whose prospect answered (hasResponded)
//   reply rate        replies ÷ prospects × 100 (the Senders table's rule), none without prospects
//   acceptance rate   accepted ÷ invited × 100, none when nobody was invited
//   qualified         conversations qualified

#include "models/OutreachFigures.h"
#include "models/domain/Agent.h"
#include "models/domain/Campaign.h"
#include "models/domain/Prospect.h"
#include "models/domain/Workspace.h"

#include <QList>
#include <QString>
#include <optional>

namespace kakiyo {

struct WorkspaceSummary
{
    QString workspaceId;
    QString name;
    int agents = 0;
    int agentsNeedingAttention = 0;
    int campaigns = 0;
    int activeCampaigns = 0;
    OutreachFigures::Tally tally; // prospects, invited, accepted, replied, qualified

    std::optional<double> acceptanceRate() const { return tally.acceptanceRate(); }
    std::optional<double> replyRate() const
    {
        return OutreachFigures::percent(tally.replied, tally.prospects);
    }

    // One summary per workspace, in the order of `workspaces`.
    static QList<WorkspaceSummary> compute(const QList<Workspace> &workspaces,
        const QList<Agent> &agents, const QList<Campaign> &campaigns,
        const QList<ProspectSearchItem> &conversations);
};

} // namespace kakiyo
