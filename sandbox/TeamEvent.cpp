#include "sandbox/TeamEvent.h"

#include "sandbox/EventDelivery.h"
#include "sandbox/SandboxState.h"
#include "sandbox/WebhookDelivery.h"

namespace kakiyo::sandbox {

namespace {

struct Failure
{
    int status;
    QString message;
};

// The target row: the id the event names (checked against the eligibility condition), or the
// first eligible row by id.
std::optional<QString> pick(SandboxState &state, const QString &table, const QString &eligible,
    const QString &wanted, Failure *failure, bool random = false)
{
    if (!wanted.isEmpty()) {
        if (!state.exists(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {wanted})) {
            *failure = {404, QStringLiteral("No %1 row with id %2").arg(table, wanted)};
            return std::nullopt;
        }
        if (!state.exists(
                QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND (%2)").arg(table, eligible),
                {wanted})) {
            *failure
                = {409, QStringLiteral("%1 %2 is not eligible for this event").arg(table, wanted)};
            return std::nullopt;
        }
        return wanted;
    }
    qint64 offset = 0;
    if (random) {
        const qint64 count
            = state.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, eligible))
                  .toLongLong();
        offset = count > 1 ? qint64(state.rng.bounded(quint64(count))) : 0;
    }
    const QVariant id
        = state.scalar(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id LIMIT 1 OFFSET ?")
                           .arg(table, eligible),
            {offset});
    if (!id.isValid() || id.isNull()) {
        *failure = {409, QStringLiteral("No %1 row is eligible for this event").arg(table)};
        return std::nullopt;
    }
    return id.toString();
}

QJsonObject chatData(const SandboxState &state, const QString &chatId)
{
    QSqlQuery q = state.run(QStringLiteral("SELECT c.id, c.campaign_id, c.prospect_id, k.agent_id "
                                           "FROM chats c JOIN campaigns k ON k.id = c.campaign_id "
                                           "WHERE c.id = ?"),
        {chatId});
    if (!q.next())
        return {};
    return QJsonObject {{"chatId", q.value(0).toString()}, {"campaignId", q.value(1).toString()},
        {"prospectId", q.value(2).toString()}, {"agentId", q.value(3).toString()}};
}

// Chats of active campaigns only: a paused campaign's conversations do not move.
const QString kLiveChat = QStringLiteral(
    "paused = 0 AND campaign_id IN (SELECT id FROM campaigns WHERE status = 'active')");

std::optional<QJsonObject> reply(SandboxState &state, const QJsonObject &e, Failure *failure)
{
    const auto chat = pick(state, QStringLiteral("chats"),
        QStringLiteral("status IN (1, 2, 3) AND ") + kLiveChat, e.value("chatId").toString(),
        failure, e.value("random").toBool());
    if (!chat)
        return std::nullopt;
    const QString now = state.isoNow();
    const QString text = e.value("message").toString(
        QStringLiteral("Thanks for reaching out, this sounds relevant. Can we talk next week?"));
    const QString campaign
        = state.scalar(QStringLiteral("SELECT campaign_id FROM chats WHERE id = ?"), {*chat})
              .toString();
    state.run(QStringLiteral("INSERT INTO messages (chat_id, campaign_id, role, content, sent_at) "
                             "VALUES (?, ?, 'user', ?, ?)"),
        {*chat, campaign, text, now});
    state.run(QStringLiteral("UPDATE chats SET status = 4, responded = 1, last_message_at = ?, "
                             "last_activity = ?, updated_at = ? WHERE id = ?"),
        {now, now, now, *chat});
    QJsonObject data = chatData(state, *chat);
    data.insert("message", text);
    data.insert("timestamp", now);
    EventDelivery::deliver(state, QStringLiteral("linkedin.message.received"), data);
    return data;
}

// A conversation of an active campaign moves one step (from -> to) and the webhook event says so.
std::optional<QJsonObject> step(SandboxState &state, const QJsonObject &e, Failure *failure,
    int from, int to, const QString &webhookEvent)
{
    const auto chat = pick(state, QStringLiteral("chats"),
        QStringLiteral("status = %1 AND ").arg(from) + kLiveChat, e.value("chatId").toString(),
        failure, e.value("random").toBool());
    if (!chat)
        return std::nullopt;
    const QString now = state.isoNow();
    state.run(QStringLiteral(
                  "UPDATE chats SET status = ?, last_activity = ?, updated_at = ? WHERE id = ?"),
        {to, now, now, *chat});
    QJsonObject data = chatData(state, *chat);
    data.insert("timestamp", now);
    EventDelivery::deliver(state, webhookEvent, data);
    return data;
}

std::optional<QJsonObject> qualified(SandboxState &state, const QJsonObject &e, Failure *failure)
{
    const auto chat = pick(state, QStringLiteral("chats"),
        QStringLiteral("status IN (3, 4) AND qualification != 'qualified'"),
        e.value("chatId").toString(), failure, e.value("random").toBool());
    if (!chat)
        return std::nullopt;
    const QString now = state.isoNow();
    state.run(QStringLiteral("UPDATE chats SET status = 5, qualification = 'qualified', "
                             "qualified_at = ?, last_activity = ?, updated_at = ? WHERE id = ?"),
        {now, now, now, *chat});
    QJsonObject data = chatData(state, *chat);
    data.insert("timestamp", now);
    // The subscribable vocabulary has no "qualified" event; nothing is delivered.
    return data;
}

std::optional<QJsonObject> agentAlert(SandboxState &state, const QJsonObject &e, Failure *failure)
{
    const QString kind = e.value("kind").toString(QStringLiteral("restriction"));
    if (kind != u"restriction" && kind != u"verification") {
        *failure = {400, QStringLiteral("kind must be restriction or verification")};
        return std::nullopt;
    }
    const auto agent
        = pick(state, QStringLiteral("agents"), QStringLiteral("status IN ('running', 'paused')"),
            e.value("agentId").toString(), failure, e.value("random").toBool());
    if (!agent)
        return std::nullopt;
    const bool restriction = kind == u"restriction";
    const QString previous
        = state.scalar(QStringLiteral("SELECT status FROM agents WHERE id = ?"), {*agent})
              .toString();
    const QString status = restriction ? QStringLiteral("paused") : QStringLiteral("auth_needed");
    const QString message = restriction
        ? QStringLiteral("LinkedIn temporarily restricted this account; contact support")
        : QStringLiteral("Please enter the verification code sent by LinkedIn to your email/phone");
    state.run(QStringLiteral("INSERT INTO agent_alerts (agent_id, type, sub_type, message, "
                             "severity) VALUES (?, ?, ?, ?, ?)"),
        {*agent, restriction ? QStringLiteral("account") : QStringLiteral("auth"),
            restriction ? QStringLiteral("restricted") : QStringLiteral("2fa_required"), message,
            restriction ? QStringLiteral("error") : QStringLiteral("warning")});
    state.run(QStringLiteral("UPDATE agents SET status = ?, updated_at = ? WHERE id = ?"),
        {status, state.isoNow(), *agent});
    return QJsonObject {{"agentId", *agent}, {"previousStatus", previous},
        {"currentStatus", status}, {"alert", message}};
}

std::optional<QJsonObject> credits(SandboxState &state, const QJsonObject &e, Failure *failure)
{
    qint64 value = state.credits;
    if (e.value("credits").isDouble() && e.value("credits").toDouble() >= 0)
        value = qint64(e.value("credits").toDouble());
    else if (e.value("drop").isDouble() && e.value("drop").toDouble() >= 0)
        value = std::max<qint64>(0, state.credits - qint64(e.value("drop").toDouble()));
    else {
        *failure
            = {400, QStringLiteral("credits (a number ≥ 0) or drop (a number ≥ 0) is required")};
        return std::nullopt;
    }
    state.credits = value;
    int paused = 0;
    if (value <= 0)
        paused = state.pauseRunningAgents();
    return QJsonObject {{"credits", double(value)}, {"agentsPaused", paused}};
}

std::optional<QJsonObject> outOfProspects(
    SandboxState &state, const QJsonObject &e, Failure *failure)
{
    const auto campaign
        = pick(state, QStringLiteral("campaigns"), QStringLiteral("status = 'active'"),
            e.value("campaignId").toString(), failure, e.value("random").toBool());
    if (!campaign)
        return std::nullopt;
    // Every prospect not yet contacted is now contacted: nothing is left to start.
    const QString now = state.isoNow();
    QSqlQuery q = state.run(QStringLiteral("UPDATE chats SET status = 1, last_activity = ?, "
                                           "updated_at = ? WHERE campaign_id = ? AND status = 0"),
        {now, now, *campaign});
    return QJsonObject {
        {"campaignId", *campaign}, {"started", q.numRowsAffected()}, {"pending", 0}};
}

std::optional<QJsonObject> campaignCompleted(
    SandboxState &state, const QJsonObject &e, Failure *failure)
{
    const auto campaign
        = pick(state, QStringLiteral("campaigns"), QStringLiteral("status = 'active'"),
            e.value("campaignId").toString(), failure, e.value("random").toBool());
    if (!campaign)
        return std::nullopt;
    const QString now = state.isoNow();
    state.run(
        QStringLiteral("UPDATE campaigns SET status = 'completed', updated_at = ? WHERE id = ?"),
        {now, *campaign});
    return QJsonObject {{"campaignId", *campaign}, {"status", "completed"}, {"timestamp", now}};
}

std::optional<QJsonObject> webhookFailure(
    SandboxState &state, const QJsonObject &e, Failure *failure)
{
    const auto webhook = pick(state, QStringLiteral("webhooks"), QStringLiteral("active = 1"),
        e.value("webhookId").toString(), failure, e.value("random").toBool());
    if (!webhook)
        return std::nullopt;
    // The endpoint failed every attempt; "disable" repeats that until the webhook is switched off.
    const int deliveries
        = e.value("disable").toBool() ? EventDelivery::AutoDisableAfterFailures : 1;
    DeliveryOutcome failed;
    failed.statusCode = 500;
    failed.error = QStringLiteral("HTTP 500");
    for (int i = 0; i < deliveries; ++i)
        EventDelivery::record(state, *webhook, failed);
    QSqlQuery q = state.run(
        QStringLiteral("SELECT active, failure_count FROM webhooks WHERE id = ?"), {*webhook});
    q.next();
    return QJsonObject {{"webhookId", *webhook}, {"active", q.value(0).toInt() != 0},
        {"failureCount", q.value(1).toInt()}};
}

std::optional<QJsonObject> usage(SandboxState &state, const QJsonObject &e, Failure *failure)
{
    const auto agent = pick(state, QStringLiteral("agents"), QStringLiteral("status = 'running'"),
        e.value("agentId").toString(), failure, e.value("random").toBool());
    if (!agent)
        return std::nullopt;
    const int invitations = std::max(0, e.value("invitations").toInt(1));
    const int messages = std::max(0, e.value("messages").toInt(1));
    state.run(QStringLiteral("UPDATE agents SET usage_invitations = usage_invitations + ?, "
                             "usage_invitations_daily = usage_invitations_daily + ?, "
                             "usage_messages = usage_messages + ?, "
                             "usage_messages_daily = usage_messages_daily + ?, updated_at = ? "
                             "WHERE id = ?"),
        {invitations, invitations, messages, messages, state.isoNow(), *agent});
    return QJsonObject {{"agentId", *agent}, {"invitations", invitations}, {"messages", messages}};
}

} // namespace

QStringList TeamEvent::types()
{
    return {QStringLiteral("reply"), QStringLiteral("invitation"), QStringLiteral("acceptance"),
        QStringLiteral("qualified"), QStringLiteral("agent-alert"), QStringLiteral("credits"),
        QStringLiteral("out-of-prospects"), QStringLiteral("campaign-completed"),
        QStringLiteral("webhook-failure"), QStringLiteral("usage")};
}

std::optional<QJsonObject> TeamEvent::apply(
    SandboxState &state, const QJsonObject &event, int *status, QString *error)
{
    const QString type = event.value("type").toString();
    Failure failure {400, QStringLiteral("type must be one of %1").arg(types().join(u", "))};
    std::optional<QJsonObject> result;
    const bool prospects = state.hasTable(QStringLiteral("chats"));
    if ((type == u"reply" || type == u"invitation" || type == u"acceptance" || type == u"qualified")
        && !prospects)
        failure = {409, QStringLiteral("The prospect area is not loaded")};
    else if (type == u"reply")
        result = reply(state, event, &failure);
    else if (type == u"invitation")
        result = step(state, event, &failure, 0, 1, QStringLiteral("linkedin.invitation.sent"));
    else if (type == u"acceptance")
        result = step(state, event, &failure, 1, 2, QStringLiteral("linkedin.invitation.accepted"));
    else if (type == u"qualified")
        result = qualified(state, event, &failure);
    else if (type == u"agent-alert")
        result = agentAlert(state, event, &failure);
    else if (type == u"credits")
        result = credits(state, event, &failure);
    else if (type == u"out-of-prospects")
        result = outOfProspects(state, event, &failure);
    else if (type == u"campaign-completed")
        result = campaignCompleted(state, event, &failure);
    else if (type == u"webhook-failure")
        result = webhookFailure(state, event, &failure);
    else if (type == u"usage")
        result = usage(state, event, &failure);
    if (!result) {
        *status = failure.status;
        *error = failure.message;
        return std::nullopt;
    }
    result->insert("type", type);
    return result;
}

} // namespace kakiyo::sandbox
