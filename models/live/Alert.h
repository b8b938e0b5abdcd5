// One thing the user should know about, derived from what changed in the team: an agent that
// needs attention, an idle or completed campaign, a new reply, a newly qualified prospect,
// credits running low or out, a failing or disabled webhook, an import the server finished. The id
// is stable (the same situation always gives the same id), so an alert is raised once and a
// dismissal sticks.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace kakiyo {

struct Alert
{
    enum class Kind
    {
        AgentAttention,
        CampaignIdle,
        CampaignCompleted,
        NewReply,
        NewlyQualified,
        CreditsLow,
        OutOfCredits,
        WebhookFailing,
        WebhookDisabled,
        ImportFinished,
    };
    enum class Severity
    {
        Info,
        Warning,
        Error,
    };

    QString id; // stable, e.g. "reply:<chatId>:<time of the reply>"
    Kind kind = Kind::NewReply;
    Severity severity = Severity::Info;
    QString title; // one line, translated
    QString detail; // why / what to do, translated
    QString subjectId; // the agent, campaign, conversation (chat) or webhook it is about
    QDateTime raisedAt; // UTC

    // What the subject is: "agent", "campaign", "conversation", "webhook" or "credits".
    QString subjectKind() const;
    static QString kindName(Kind kind); // "agent-attention", "new-reply", ...
    static std::optional<Kind> kindFromName(const QString &name);

    QJsonObject toJson() const;
    static std::optional<Alert> fromJson(const QJsonObject &json);
};

} // namespace kakiyo
