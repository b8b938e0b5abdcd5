// The outreach figures of the contract's example campaign (campaign_123 and its sender
// agent_456): a dozen conversations in every status, with replies on several days and hours, so
// that every outreach chart (acceptance, senders, pace, heatmap) has something to draw.
#pragma once

#include "models/OutreachFigures.h"

#include <QTimeZone>

namespace kakiyo::test {

inline OutreachFigures exampleOutreachFigures()
{
    Agent agent;
    agent.id = QStringLiteral("agent_456");
    agent.name = QStringLiteral("Sales Agent - West Coast");
    agent.usage = AgentUsage {};
    agent.usage->invitationsDaily = 15;
    agent.usage->invitations = 45;
    Campaign campaign;
    campaign.id = QStringLiteral("campaign_123");
    campaign.name = QStringLiteral("Q4 Enterprise Outreach");
    campaign.status = QStringLiteral("active");
    campaign.agentId = agent.id;
    QList<ProspectSearchItem> items;
    for (int i = 0; i < 12; ++i) {
        ProspectSearchItem item;
        item.status = i % 7;
        item.campaign.id = campaign.id;
        item.lastResponse
            = QDateTime(QDate(2024, 1, 15 + i % 5), QTime(9 + i % 8, 0), QTimeZone::utc());
        items << item;
    }
    return OutreachFigures::compute(
        {agent}, {campaign}, items, items.size(), QDate(2024, 1, 20), QTimeZone::utc());
}

} // namespace kakiyo::test
