#include "models/domain/WorkspaceScope.h"

namespace kakiyo {

WorkspaceScope WorkspaceScope::of(const Workspace &workspace, const QList<Workspace> &all)
{
    WorkspaceScope s;
    s.m_scoped = true;
    s.m_workspaceId = workspace.id;
    s.m_workspaceName = workspace.name;
    s.m_clientTeamId = workspace.clientTeamId;
    for (const QString &id : workspace.agentIds)
        if (!id.isEmpty() && !s.m_agentIds.contains(id))
            s.m_agentIds << id;
    for (const Workspace &other : all)
        if (other.id != workspace.id && !other.clientTeamId.isEmpty()
            && other.clientTeamId != workspace.clientTeamId)
            s.m_otherClientTeamIds << other.clientTeamId;
    return s;
}

bool WorkspaceScope::containsAgent(const QString &agentId) const
{
    return !m_scoped || (!agentId.isEmpty() && m_agentIds.contains(agentId));
}

bool WorkspaceScope::containsCampaign(const Campaign &campaign) const
{
    return containsAgent(campaign.agentId);
}

bool WorkspaceScope::containsCampaignId(
    const QString &campaignId, const QSet<QString> &campaignIds) const
{
    return !m_scoped || (!campaignId.isEmpty() && campaignIds.contains(campaignId));
}

bool WorkspaceScope::containsDnc(const DncEntry &entry, const QString &agencyTeamId) const
{
    if (!m_scoped || entry.teamId.isEmpty())
        return true;
    if (!m_clientTeamId.isEmpty() && entry.teamId == m_clientTeamId)
        return true;
    if (m_otherClientTeamIds.contains(entry.teamId))
        return false; // filed under another client's team: that client's only
    // Without the agency's id an entry cannot be told apart from another client's: the
    // agency's list is the one GET /dnc answers with, so it is kept.
    return agencyTeamId.isEmpty() || entry.teamId == agencyTeamId;
}

QList<Agent> WorkspaceScope::agents(const QList<Agent> &all) const
{
    QList<Agent> out;
    for (const Agent &a : all)
        if (containsAgent(a.id))
            out << a;
    return out;
}

QList<Campaign> WorkspaceScope::campaigns(const QList<Campaign> &all) const
{
    QList<Campaign> out;
    for (const Campaign &c : all)
        if (containsCampaign(c))
            out << c;
    return out;
}

QSet<QString> WorkspaceScope::campaignIds(const QList<Campaign> &all) const
{
    QSet<QString> out;
    for (const Campaign &c : all)
        if (containsCampaign(c))
            out.insert(c.id);
    return out;
}

QList<ProspectSearchItem> WorkspaceScope::prospects(
    const QList<ProspectSearchItem> &all, const QSet<QString> &campaignIds) const
{
    if (!m_scoped)
        return all;
    QList<ProspectSearchItem> out;
    for (const ProspectSearchItem &p : all)
        if (containsCampaignId(p.campaign.id, campaignIds))
            out << p;
    return out;
}

QList<DncEntry> WorkspaceScope::dnc(const QList<DncEntry> &all, const QString &agencyTeamId) const
{
    QList<DncEntry> out;
    for (const DncEntry &e : all)
        if (containsDnc(e, agencyTeamId))
            out << e;
    return out;
}

QSet<QString> WorkspaceScope::productIds(const QList<Campaign> &all) const
{
    QSet<QString> out;
    if (!m_scoped)
        return out;
    for (const Campaign &c : all)
        if (containsCampaign(c) && !c.productId.isEmpty())
            out.insert(c.productId);
    return out;
}

} // namespace kakiyo
