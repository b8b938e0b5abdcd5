// What the desk knew about the team at one moment: the agents (status, alerts, usage), the
// campaigns (status and message counts), the most recently active conversations, the webhooks
// and the credit situation. Two snapshots side by side are what alerts are derived from
// (AlertEngine); one is stored after every refresh so "what changed since" has an answer.
// A plain value, copied freely, with a JSON form for storage.
#pragma once

#include "models/domain/Agent.h"
#include "models/domain/Campaign.h"
#include "models/domain/Prospect.h"
#include "models/domain/Webhook.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kakiyo {

struct TeamSnapshot
{
    struct AgentState
    {
        QString id;
        QString name;
        QString status;
        QStringList alerts; // "subType: message", in the server's order
        qint64 messagesDaily = 0;
        int messagesMax = 0; // the daily limit's upper bound (0 unknown)
        QString workingDays; // "1:1:1:1:1:0:0", Monday first
        QString workingStart; // "09:00"
        QString workingStop; // "17:00"
        int timezone = 0; // hours from UTC
    };
    struct CampaignState
    {
        QString id;
        QString name;
        QString status;
        QString agentId;
        qint64 prospects = 0;
        qint64 messages = 0;
        qint64 qualified = 0;
        // When `messages` last changed (carried over from the previous snapshot while it stays).
        QDateTime messagesChangedAt;
    };
    struct ConversationState
    {
        QString chatId;
        QString prospectName;
        QString campaignId;
        int status = 0;
        QString qualification;
        QDateTime lastMessage;
        QDateTime lastResponse; // the prospect's last message (stats.lastResponse)
    };
    struct WebhookState
    {
        QString id;
        QString name;
        bool active = true;
        qint64 failureCount = 0;
        QDateTime lastFailure;
    };

    QDateTime takenAt; // UTC; invalid = no snapshot yet
    QList<AgentState> agents;
    QList<CampaignState> campaigns;
    QList<ConversationState> conversations; // the most recently active ones
    QList<WebhookState> webhooks;
    bool outOfCredits = false; // an answer was HTTP 402
    std::optional<qint64> creditsLeft; // the user's stated balance minus the estimated spend
    qint64 creditsReference = 0; // the balance the user stated (the 100 % of "below 20 %")
    double creditsPerDay = 0; // estimated burn at the current pace

    bool isValid() const { return takenAt.isValid(); }
    const AgentState *agent(const QString &id) const;
    const CampaignState *campaign(const QString &id) const;
    const ConversationState *conversation(const QString &chatId) const;
    const WebhookState *webhook(const QString &id) const;

    // Builds the snapshot from decoded answers; `previous` carries messagesChangedAt forward.
    static TeamSnapshot fromTeam(const QList<Agent> &agents, const QList<Campaign> &campaigns,
        const QList<ProspectSearchItem> &conversations, const QList<Webhook> &webhooks,
        const TeamSnapshot &previous, const QDateTime &now);

    QJsonObject toJson() const;
    static TeamSnapshot fromJson(const QJsonObject &json);
};

} // namespace kakiyo
