#include "models/live/AlertEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace kakiyo {

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Alert make(Alert::Kind kind, Alert::Severity severity, const QString &id, const QString &subject,
    const QString &title, const QString &detail, const QDateTime &at)
{
    Alert a;
    a.kind = kind;
    a.severity = severity;
    a.id = id;
    a.subjectId = subject;
    a.title = title;
    a.detail = detail;
    a.raisedAt = at;
    return a;
}

bool agentNeedsAttention(const TeamSnapshot::AgentState &agent)
{
    return !agent.alerts.isEmpty() || agent.status == u"auth_needed" || agent.status == u"disabled";
}

// Whether `now` is outside the agent's working days and hours (its own time zone).
bool outsideWorkingHours(const TeamSnapshot::AgentState &agent, const QDateTime &now)
{
    const QStringList days = agent.workingDays.split(u':');
    const QDateTime local = now.toUTC().addSecs(qint64(agent.timezone) * 3600);
    const int weekday = local.date().dayOfWeek() - 1; // Monday = 0
    if (days.size() == 7 && days.at(weekday) != u"1")
        return true;
    const QTime start = QTime::fromString(agent.workingStart, QStringLiteral("HH:mm"));
    const QTime stop = QTime::fromString(agent.workingStop, QStringLiteral("HH:mm"));
    if (!start.isValid() || !stop.isValid())
        return false;
    return local.time() < start || local.time() >= stop;
}

void agentAlerts(const TeamSnapshot &after, QList<Alert> *out)
{
    for (const TeamSnapshot::AgentState &agent : after.agents) {
        if (!agentNeedsAttention(agent))
            continue;
        // The same status with the same alerts is the same situation, raised once.
        const QByteArray what = (agent.status + u'|' + agent.alerts.join(u'|')).toUtf8();
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(what, QCryptographicHash::Sha1).toHex().left(12));
        const bool blocking = agent.status == u"auth_needed" || agent.status == u"disabled"
            || agent.status == u"paused";
        out->append(make(Alert::Kind::AgentAttention,
            blocking ? Alert::Severity::Error : Alert::Severity::Warning,
            QStringLiteral("agent:%1:%2").arg(agent.id, digest), agent.id,
            QCoreApplication::translate("AlertEngine", "Agent %1 needs attention (%2)")
                .arg(agent.name, agent.status),
            agent.alerts.isEmpty() ? QCoreApplication::translate(
                "AlertEngine", "The agent cannot work until this is resolved.")
                                   : agent.alerts.join(QStringLiteral("; ")),
            after.takenAt));
    }
}

void campaignAlerts(const TeamSnapshot &before, const TeamSnapshot &after, QList<Alert> *out)
{
    for (const TeamSnapshot::CampaignState &c : after.campaigns) {
        if (c.status == u"active" && c.messagesChangedAt.isValid()
            && c.messagesChangedAt.secsTo(after.takenAt) >= AlertEngine::IdleSeconds) {
            const qint64 hours = c.messagesChangedAt.secsTo(after.takenAt) / 3600;
            out->append(make(Alert::Kind::CampaignIdle, Alert::Severity::Warning,
                QStringLiteral("idle:%1:%2").arg(c.id, iso(c.messagesChangedAt)), c.id,
                QCoreApplication::translate("AlertEngine", "Campaign %1 sent nothing for %2 h")
                    .arg(c.name)
                    .arg(hours),
                AlertEngine::idleReason(c, after, after.takenAt), after.takenAt));
        }
        const TeamSnapshot::CampaignState *was = before.campaign(c.id);
        if (c.status == u"completed" && was && was->status != u"completed")
            out->append(make(Alert::Kind::CampaignCompleted, Alert::Severity::Info,
                QStringLiteral("completed:%1").arg(c.id), c.id,
                QCoreApplication::translate("AlertEngine", "Campaign %1 completed").arg(c.name),
                QCoreApplication::translate("AlertEngine", "%1 prospects, %2 qualified.")
                    .arg(c.prospects)
                    .arg(c.qualified),
                after.takenAt));
    }
}

void conversationAlerts(const TeamSnapshot &before, const TeamSnapshot &after, QList<Alert> *out)
{
    if (!before.isValid())
        return; // the first look has nothing to compare with: history is not news
    for (const TeamSnapshot::ConversationState &c : after.conversations) {
        const TeamSnapshot::ConversationState *was = before.conversation(c.chatId);
        const QDateTime since
            = was && was->lastResponse.isValid() ? was->lastResponse : before.takenAt;
        if (c.lastResponse.isValid() && c.lastResponse > since)
            out->append(make(Alert::Kind::NewReply, Alert::Severity::Info,
                QStringLiteral("reply:%1:%2").arg(c.chatId, iso(c.lastResponse)), c.chatId,
                QCoreApplication::translate("AlertEngine", "%1 replied").arg(c.prospectName),
                QCoreApplication::translate("AlertEngine", "Open the conversation to answer."),
                after.takenAt));
        const bool qualifiedNow = c.qualification == u"qualified";
        const bool wasQualified = was && was->qualification == u"qualified";
        // Absent before: it moved into the most recent conversations, so something happened.
        if (qualifiedNow && !wasQualified)
            out->append(make(Alert::Kind::NewlyQualified, Alert::Severity::Info,
                QStringLiteral("qualified:%1").arg(c.chatId), c.chatId,
                QCoreApplication::translate("AlertEngine", "%1 is qualified").arg(c.prospectName),
                QCoreApplication::translate("AlertEngine", "Time to take over the conversation."),
                after.takenAt));
    }
}

void creditAlerts(const TeamSnapshot &after, QList<Alert> *out)
{
    const QString day = after.takenAt.date().toString(Qt::ISODate);
    if (after.outOfCredits) {
        out->append(make(Alert::Kind::OutOfCredits, Alert::Severity::Error,
            QStringLiteral("credits-out:%1").arg(day), {},
            QCoreApplication::translate("AlertEngine", "Out of credits"),
            QCoreApplication::translate("AlertEngine",
                "The API answered 402: Kakiyo pauses the team's agents until credits are added."),
            after.takenAt));
        return;
    }
    if (!after.creditsLeft)
        return;
    const qint64 left = *after.creditsLeft;
    const bool lowShare = after.creditsReference > 0
        && double(left) < AlertEngine::LowCreditsShare * double(after.creditsReference);
    const double days = after.creditsPerDay > 0 ? double(left) / after.creditsPerDay : -1;
    const bool lowDays = days >= 0 && days < AlertEngine::LowCreditsDays;
    if (!lowShare && !lowDays)
        return;
    out->append(make(Alert::Kind::CreditsLow, Alert::Severity::Warning,
        QStringLiteral("credits-low:%1").arg(day), {},
        QCoreApplication::translate("AlertEngine", "Credits are running low"),
        lowDays ? QCoreApplication::translate(
            "AlertEngine", "%1 credits left: about %2 days at the current pace.")
                      .arg(left)
                      .arg(days, 0, 'f', 1)
                : QCoreApplication::translate("AlertEngine", "%1 credits left, below 20 % of %2.")
                      .arg(left)
                      .arg(after.creditsReference),
        after.takenAt));
}

void webhookAlerts(const TeamSnapshot &before, const TeamSnapshot &after, QList<Alert> *out)
{
    for (const TeamSnapshot::WebhookState &w : after.webhooks) {
        if (!w.active) {
            out->append(make(Alert::Kind::WebhookDisabled, Alert::Severity::Error,
                QStringLiteral("webhook-disabled:%1:%2").arg(w.id, iso(w.lastFailure)), w.id,
                QCoreApplication::translate("AlertEngine", "Webhook %1 is disabled").arg(w.name),
                QCoreApplication::translate("AlertEngine",
                    "Deliveries stopped after repeated failures; fix the endpoint and re-enable "
                    "it."),
                after.takenAt));
            continue;
        }
        const TeamSnapshot::WebhookState *was = before.webhook(w.id);
        if (was && w.failureCount > was->failureCount)
            out->append(make(Alert::Kind::WebhookFailing, Alert::Severity::Warning,
                QStringLiteral("webhook-failing:%1:%2").arg(w.id, iso(w.lastFailure)), w.id,
                QCoreApplication::translate("AlertEngine", "Webhook %1 is failing").arg(w.name),
                QCoreApplication::translate(
                    "AlertEngine", "%1 failed deliveries since the last check.")
                    .arg(w.failureCount - was->failureCount),
                after.takenAt));
    }
}

} // namespace

QList<Alert> AlertEngine::derive(const TeamSnapshot &before, const TeamSnapshot &after)
{
    QList<Alert> out;
    if (!after.isValid())
        return out;
    agentAlerts(after, &out);
    campaignAlerts(before, after, &out);
    conversationAlerts(before, after, &out);
    creditAlerts(after, &out);
    webhookAlerts(before, after, &out);
    return out;
}

QString AlertEngine::idleReason(
    const TeamSnapshot::CampaignState &campaign, const TeamSnapshot &team, const QDateTime &now)
{
    const TeamSnapshot::AgentState *agent = team.agent(campaign.agentId);
    if (!agent)
        return QCoreApplication::translate(
            "AlertEngine", "Likely reason: the campaign has no agent.");
    if (agentNeedsAttention(*agent) && agent->status != u"running")
        return QCoreApplication::translate(
            "AlertEngine", "Likely reason: agent %1 is restricted or needs attention (%2).")
            .arg(agent->name, agent->status);
    if (agent->status != u"running")
        return QCoreApplication::translate("AlertEngine", "Likely reason: agent %1 is %2.")
            .arg(agent->name, agent->status);
    if (agent->messagesMax > 0 && agent->messagesDaily >= agent->messagesMax)
        return QCoreApplication::translate(
            "AlertEngine", "Likely reason: agent %1 reached its daily message limit.")
            .arg(agent->name);
    if (outsideWorkingHours(*agent, now))
        return QCoreApplication::translate(
            "AlertEngine", "Likely reason: outside agent %1's working hours.")
            .arg(agent->name);
    return QCoreApplication::translate(
        "AlertEngine", "Likely reason: out of prospects — add leads to the campaign.");
}

} // namespace kakiyo
