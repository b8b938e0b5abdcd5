// One thing that happens to the team on its own, outside any API call: a prospect accepts or
// replies, a conversation is qualified, LinkedIn raises an agent alert, credits drop, a campaign
// runs out of prospects or completes, a webhook fails. The admin API (POST /__admin/events)
// applies one on demand, deterministically; --activity applies them over time (TeamActivity).
// Each change is written the way the API routes would see it, and the matching webhook event is
// delivered, signed as documented.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo::sandbox {

struct SandboxState;

class TeamEvent
{
public:
    // "reply", "invitation", "acceptance", "qualified", "agent-alert", "credits",
    // "out-of-prospects", "campaign-completed", "webhook-failure", "usage".
    static QStringList types();

    // Applies the event the JSON describes ({"type", ...}; optional target ids: chatId, agentId,
    // campaignId, webhookId; "random": true picks a random eligible row; agent-alert "kind":
    // restriction|verification; credits "credits" or "drop"; webhook-failure "disable"). Without a
    // target id the first eligible one (by id) is taken, so the same database gives the same
    // answer. Returns what changed, or nullopt with *status (400 bad input, 404/409 nothing
    // eligible) and *error.
    static std::optional<QJsonObject> apply(
        SandboxState &state, const QJsonObject &event, int *status, QString *error);
};

} // namespace kakiyo::sandbox
