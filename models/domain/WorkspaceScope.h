// WorkspaceScope: which of the team's data belongs to one client workspace — the pure rule every
// model, export and report applies, so each shows the same rows.
//
// How the data ties together (the contract's §9 K6 and the sandbox's WorkspaceRoutes/AgentRoutes):
//  - a workspace owns agents: `agentIds` of GET /workspaces (the sandbox also puts `workspaceId`
//    on each agent of GET /agents; the workspace's own list is the one we trust);
//  - a campaign belongs to the workspace of its agent: Campaign::agentId, decoded from the
//    campaign's `agent` field (an id, or an object with an id). A campaign without an agent
//    belongs to no workspace;
//  - a prospect/conversation (chat) belongs to the workspace of its campaign: the search item's
//    `campaign.id`, or the campaign whose list it came from;
//  - DNC (decision): an entry names only a team (`teamId`); the contract (§D) says agency plans
//    can file entries under a client's sub-team (in the dashboard; POST /dnc files under the
//    key's team). So in a workspace DncApi::list keeps the entries of its clientTeamId and those
//    of the agency's own team (or naming none), which protect every client's campaigns, and drops
//    those filed under another workspace's client team; the DNC page says so (ScopeRule::Dnc).
//  - Library (decision): products, prompts and AI models carry no team or workspace (§E, §F,
//    §J), and a campaign using an offering does not make it one client's (an agency reuses
//    offerings), so every workspace shows the team's Library with a note saying so
//    (ScopeRule::TeamWide). productIds() only tells which offerings a workspace's campaigns use.
// "All (team)" (a default-constructed scope) filters nothing.
#pragma once

#include "models/domain/Agent.h"
#include "models/domain/Campaign.h"
#include "models/domain/DncEntry.h"
#include "models/domain/Prospect.h"
#include "models/domain/Workspace.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kakiyo {

class WorkspaceScope
{
public:
    WorkspaceScope() = default; // all of the team
    // `all`: every workspace of the team (GET /workspaces), so the entries filed under another
    // client's team are known as that client's.
    static WorkspaceScope of(const Workspace &workspace, const QList<Workspace> &all = {});

    bool isTeam() const { return !m_scoped; }
    QString workspaceId() const { return m_workspaceId; }
    QString workspaceName() const { return m_workspaceName; }
    QString clientTeamId() const { return m_clientTeamId; }
    QStringList agentIds() const { return m_agentIds; }
    // A client workspace with no agent assigned: every page of it is empty.
    bool isEmpty() const { return m_scoped && m_agentIds.isEmpty(); }

    bool containsAgent(const QString &agentId) const;
    bool containsCampaign(const Campaign &campaign) const;
    // Of a chat row whose campaign is known by id, given the workspace's campaign ids.
    bool containsCampaignId(const QString &campaignId, const QSet<QString> &campaignIds) const;
    // `agencyTeamId` is the team of the key (GET /verify); empty when not known.
    bool containsDnc(const DncEntry &entry, const QString &agencyTeamId = {}) const;

    QList<Agent> agents(const QList<Agent> &all) const;
    QList<Campaign> campaigns(const QList<Campaign> &all) const;
    // The ids of the workspace's campaigns among `all` (every id for the team).
    QSet<QString> campaignIds(const QList<Campaign> &all) const;
    // Chat rows (search or campaign lists) whose campaign is one of `campaignIds`; rows whose
    // campaign is not named are kept only for the team.
    QList<ProspectSearchItem> prospects(
        const QList<ProspectSearchItem> &all, const QSet<QString> &campaignIds) const;
    QList<DncEntry> dnc(const QList<DncEntry> &all, const QString &agencyTeamId = {}) const;
    // The product ids the workspace's campaigns use (empty set for the team: no filter).
    QSet<QString> productIds(const QList<Campaign> &all) const;

    bool operator==(const WorkspaceScope &other) const = default;

private:
    bool m_scoped = false;
    QString m_workspaceId;
    QString m_workspaceName;
    QString m_clientTeamId;
    QStringList m_agentIds;
    QStringList m_otherClientTeamIds; // the clientTeamId of every other workspace
};

} // namespace kakiyo
