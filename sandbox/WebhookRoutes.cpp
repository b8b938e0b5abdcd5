#include "sandbox/WebhookRoutes.h"

#include "sandbox/EventDelivery.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxState.h"
#include "sandbox/Validator.h"
#include "sandbox/WebhookDelivery.h"

#include <QJsonDocument>

namespace kakiyo::sandbox {

namespace {

// Vocabulary A+ (OpenAPI enum): what webhooks subscribe to and what real events use.
const QList<QPair<QString, QString>> &subscribableEvents()
{
    static const QList<QPair<QString, QString>> events {
        {"linkedin.message.sent", "LinkedIn Message Sent"},
        {"linkedin.message.received", "LinkedIn Message Received"},
        {"linkedin.invitation.sent", "LinkedIn Invitation Sent"},
        {"linkedin.invitation.accepted", "LinkedIn Invitation Accepted"},
        {"prospect.qualification.manual", "Prospect Qualification Manual"},
        {"prospect.unqualified", "Prospect Unqualified"},
    };
    return events;
}

QStringList subscribableIds(bool withWildcard)
{
    QStringList ids;
    if (withWildcard)
        ids << QStringLiteral("*");
    for (const auto &e : subscribableEvents())
        ids << e.first;
    return ids;
}

// Vocabulary B (legacy test catalogue) served by /webhooks/test/events.
struct LegacyEvent
{
    const char *id, *name, *description, *category;
};
const LegacyEvent legacyEvents[] = {
    {"prospect.qualified", "Prospect Qualified", "A prospect was marked as qualified", "prospect"},
    {"prospect.responded", "Prospect Responded", "A prospect replied to a message", "prospect"},
    {"campaign.completed", "Campaign Completed", "A campaign finished all its conversations",
        "campaign"},
    {"agent.status_changed", "Agent Status Changed", "An agent changed status", "agent"},
    {"message.sent", "Message Sent", "The agent sent a message", "message"},
    {"connection.accepted", "Connection Accepted", "A prospect accepted a connection request",
        "connection"},
};

QJsonObject webhookJson(const QSqlQuery &q)
{
    QJsonObject o {{"id", q.value(0).toString()}, {"name", q.value(1).toString()},
        {"url", q.value(2).toString()},
        {"events", QJsonDocument::fromJson(q.value(3).toByteArray()).array()},
        {"active", q.value(4).toBool()}, {"successCount", q.value(7).toInt()},
        {"failureCount", q.value(8).toInt()}, {"createdAt", q.value(9).toString()}};
    // Absent rather than null: the published schema types these as plain strings.
    if (!q.value(5).isNull())
        o.insert("lastSuccess", q.value(5).toString());
    if (!q.value(6).isNull())
        o.insert("lastFailure", q.value(6).toString());
    return o;
}

const char *const Columns
    = "id, name, url, events, active, last_success, last_failure, success_count, "
      "failure_count, created_at, secret";

std::optional<QJsonArray> validEvents(Validator &v, Validator::Presence presence)
{
    const auto events = v.array("events", presence, presence == Validator::Required ? 1 : 0);
    if (!events)
        return std::nullopt;
    const QStringList allowed = subscribableIds(true);
    QJsonArray clean;
    for (qsizetype i = 0; i < events->size(); ++i) {
        const QString e = events->at(i).toString();
        if (!events->at(i).isString() || !allowed.contains(e)) {
            v.add(QStringLiteral("events[%1]").arg(i),
                QStringLiteral("Unknown event; allowed: %1").arg(allowed.join(u", ")));
            continue;
        }
        if (!clean.contains(e))
            clean.append(e);
    }
    return clean;
}

Response createWebhook(SandboxState &state, const Request &r)
{
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    const auto name = v.string("name", Validator::Required, 1, 200);
    const auto url = v.url("url", Validator::Required);
    const auto secret = v.string("secret", Validator::Optional, 0, 500);
    const auto events = validEvents(v, Validator::Required);
    if (!v.ok())
        return v.error();
    const QString id = state.newId();
    state.run(
        QStringLiteral("INSERT INTO webhooks (id, name, url, secret, events, active, created_at) "
                       "VALUES (?, ?, ?, ?, ?, 1, ?)"),
        {id, name->trimmed(), *url, secret.value_or(QString()),
            QString::fromUtf8(QJsonDocument(*events).toJson(QJsonDocument::Compact)),
            state.isoNow()});
    return Response::json(201,
        QJsonObject {{"id", id}, {"name", name->trimmed()}, {"url", *url}, {"events", *events},
            {"active", true}, {"message", "Webhook created successfully"}});
}

Response updateWebhook(SandboxState &state, const Request &r)
{
    const QString id = r.params.value("webhookId");
    if (!state.exists(QStringLiteral("SELECT 1 FROM webhooks WHERE id = ?"), {id}))
        return Response::notFound(QStringLiteral("Webhook not found"));
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    v.rejectUnknown({"name", "url", "secret", "events", "active"});
    if (body->isEmpty())
        v.add("body", QStringLiteral("At least one field is required"));
    const auto name = v.string("name", Validator::Optional, 1, 200);
    const auto url = v.url("url", Validator::Optional);
    const auto secret = v.string("secret", Validator::Optional, 0, 500);
    const auto events = validEvents(v, Validator::Optional);
    const auto active = v.boolean("active", Validator::Optional);
    if (events && events->isEmpty())
        v.add("events", QStringLiteral("events must contain at least one event"));
    if (!v.ok())
        return v.error();
    QStringList sets;
    QVariantList binds;
    if (name) {
        sets << QStringLiteral("name = ?");
        binds << name->trimmed();
    }
    if (url) {
        sets << QStringLiteral("url = ?");
        binds << *url;
    }
    if (secret) {
        sets << QStringLiteral("secret = ?");
        binds << *secret;
    }
    if (events) {
        sets << QStringLiteral("events = ?");
        binds << QString::fromUtf8(QJsonDocument(*events).toJson(QJsonDocument::Compact));
    }
    if (active) {
        sets << QStringLiteral("active = ?");
        binds << (*active ? 1 : 0);
        if (*active) // re-enabling resets failure tracking
            sets << QStringLiteral("consecutive_failures = 0");
    }
    binds << id;
    state.run(QStringLiteral("UPDATE webhooks SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
    return Response::json(
        200, QJsonObject {{"id", id}, {"message", "Webhook updated successfully"}});
}

// Ids of a sample conversation for test payloads (real ones when the data areas seeded some).
QJsonObject sampleData(const SandboxState &state)
{
    QJsonObject data {{"agentId", "agent_test"}, {"campaignId", "campaign_test"},
        {"chatId", "chat_test"}, {"prospectId", "prospect_test"}};
    if (state.hasTable(QStringLiteral("chats"))) {
        QSqlQuery q = state.run(
            QStringLiteral("SELECT c.id, c.campaign_id, c.prospect_id, k.agent_id "
                           "FROM chats c JOIN campaigns k ON k.id = c.campaign_id LIMIT 1"));
        if (q.next()) {
            data = QJsonObject {{"agentId", q.value(3).toString()},
                {"campaignId", q.value(1).toString()}, {"chatId", q.value(0).toString()},
                {"prospectId", q.value(2).toString()}};
        }
    }
    return data;
}

Response testWebhook(SandboxState &state, const Request &r)
{
    Response error;
    const auto body = r.jsonObject(&error);
    if (!body)
        return error;
    Validator v(*body);
    const auto event = v.oneOf("event", Validator::Required, subscribableIds(false));
    const auto extra = v.object("data", Validator::Optional);
    if (!v.ok())
        return v.error();

    struct Target
    {
        QString id, name, url, secret;
    };
    QList<Target> targets;
    QSqlQuery q = state.run(
        QStringLiteral("SELECT id, name, url, secret, events FROM webhooks WHERE active = 1 "
                       "ORDER BY created_at, id"));
    while (q.next()) {
        const QJsonArray events = QJsonDocument::fromJson(q.value(4).toByteArray()).array();
        if (events.contains(*event) || events.contains(QStringLiteral("*")))
            targets.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString()});
    }
    if (targets.isEmpty())
        return Response::notFound(QStringLiteral("No webhooks found for this event"));

    QJsonObject data = sampleData(state);
    if (event->startsWith(u"linkedin.message"))
        data.insert("message",
            QStringLiteral("Thanks for reaching out! I'd be interested in learning more."));
    data.insert("timestamp", state.isoNow());
    data.insert("test", true);
    const QJsonObject extraData = extra.value_or(QJsonObject());
    for (auto it = extraData.begin(); it != extraData.end(); ++it)
        data.insert(it.key(), it.value());
    const QByteArray payload = QJsonDocument(
        QJsonObject {{"event", *event}, {"teamId", state.teamId}, {"timestamp", state.isoNow()},
            {"data", data}}).toJson(QJsonDocument::Compact);

    Response later;
    SandboxState *s = &state;
    const QString &eventName = *event;
    later.deferred = [s, targets, payload, eventName](const std::function<void(Response)> &reply) {
        auto results = std::make_shared<QJsonArray>();
        auto remaining = std::make_shared<int>(int(targets.size()));
        for (const Target &t : targets) {
            WebhookDelivery::send(QUrl(t.url), payload, t.secret, eventName,
                [s, t, results, remaining, reply, targets, eventName](DeliveryOutcome o) {
                    EventDelivery::record(*s, t.id, o);
                    QJsonObject item {{"id", t.id}, {"name", t.name}, {"url", t.url},
                        {"delivered", o.delivered}, {"simulated", o.simulated},
                        {"signed", !t.secret.isEmpty()}, {"statusCode", o.statusCode},
                        {"durationMs", o.durationMs}, {"attempts", o.attempts}};
                    if (!o.error.isEmpty())
                        item.insert("error", o.error);
                    results->append(item);
                    if (--*remaining > 0)
                        return;
                    // Report in the order of the webhook list.
                    QJsonArray ordered;
                    for (const Target &target : targets) {
                        for (const QJsonValue &res : *results) {
                            if (res.toObject().value("id").toString() == target.id)
                                ordered.append(res);
                        }
                    }
                    reply(Response::json(200,
                        QJsonObject {{"message", "Test webhook sent successfully"},
                            {"event", eventName}, {"webhooksCount", ordered.size()},
                            {"webhooks", ordered}}));
                });
        }
    };
    return later;
}

Response exampleFor(const SandboxState &state, const QString &event)
{
    QStringList valid;
    for (const LegacyEvent &e : legacyEvents)
        valid << QLatin1String(e.id);
    valid += subscribableIds(false);
    if (!valid.contains(event))
        return Response::error(400, QStringLiteral("invalid_event"),
            QStringLiteral("Invalid event: %1").arg(event),
            QJsonObject {{"validEvents", QJsonArray::fromStringList(valid)}});

    QString agentId = QStringLiteral("agent_test"), agentName = QStringLiteral("Sales Agent");
    QSqlQuery a
        = state.run(QStringLiteral("SELECT id, name FROM agents ORDER BY created_at, id LIMIT 1"));
    if (a.next()) {
        agentId = a.value(0).toString();
        agentName = a.value(1).toString();
    }
    QString campaignId = QStringLiteral("campaign_test"), campaignName = QStringLiteral("Outreach");
    QSqlQuery c = state.run(
        QStringLiteral("SELECT id, name FROM campaigns ORDER BY created_at, id LIMIT 1"));
    if (c.next()) {
        campaignId = c.value(0).toString();
        campaignName = c.value(1).toString();
    }
    QJsonObject prospect {{"id", "prospect_test"}, {"name", "John Smith"},
        {"headline", "VP of Sales at TechCorp"}, {"url", "https://linkedin.com/in/johnsmith"}};
    if (state.hasTable(QStringLiteral("prospects"))) {
        QSqlQuery p
            = state.run(QStringLiteral("SELECT id, name, headline, url FROM prospects LIMIT 1"));
        if (p.next())
            prospect = QJsonObject {{"id", p.value(0).toString()}, {"name", p.value(1).toString()},
                {"headline", p.value(2).toString()}, {"url", p.value(3).toString()}};
    }
    const QString now = state.isoNow();
    const QJsonObject campaign {{"id", campaignId}, {"name", campaignName}};
    const QJsonObject agent {{"id", agentId}, {"name", agentName}};
    QJsonObject data;
    if (event == u"prospect.qualified" || event == u"prospect.responded") {
        QJsonObject p = prospect;
        p.insert("qualification", event == u"prospect.qualified" ? "qualified" : "inProgress");
        if (event == u"prospect.qualified") {
            p.insert("qualifiedAt", now);
            p.insert("qualifiedBy", agentId);
        }
        data = QJsonObject {{"prospect", p}, {"campaign", campaign},
            {"conversation",
                QJsonObject {{"id", "chat_test"}, {"messageCount", 5},
                    {"lastMessage", "Thanks for the information! I'd love to schedule a call."},
                    {"lastActivity", now}}}};
    } else if (event == u"campaign.completed") {
        data = QJsonObject {
            {"campaign",
                QJsonObject {{"id", campaignId}, {"name", campaignName}, {"status", "completed"},
                    {"completedAt", now}, {"duration", "45 days"},
                    {"stats",
                        QJsonObject {{"prospects", 150}, {"messages", 420}, {"responses", 35},
                            {"qualified", 12}, {"closed", 8}, {"conversionRate", 8.0},
                            {"responseRate", 23.33}}}}},
            {"agent", agent}};
    } else if (event == u"agent.status_changed") {
        data = QJsonObject {{"agent",
                                QJsonObject {{"id", agentId}, {"name", agentName},
                                    {"previousStatus", "running"}, {"currentStatus", "paused"},
                                    {"statusChangedAt", now}, {"reason", "Daily limits reached"}}},
            {"stats",
                QJsonObject {
                    {"dailyMessages", 60}, {"dailyConnections", 25}, {"dailyProfileViews", 120}}}};
    } else if (event == u"message.sent") {
        data
            = QJsonObject {{"message",
                               QJsonObject {{"id", "message_test"},
                                   {"content", "Hi John, I noticed your work at TechCorp ..."},
                                   {"type", "initial"}, {"sentAt", now}, {"platform", "linkedin"}}},
                {"prospect", prospect}, {"campaign", campaign}, {"agent", agent}};
    } else if (event == u"connection.accepted") {
        data = QJsonObject {{"connection",
                                QJsonObject {{"id", "connection_test"}, {"acceptedAt", now},
                                    {"sentAt", SandboxState::iso(state.now().addDays(-2))},
                                    {"responseTime", "2 days"}}},
            {"prospect", prospect}, {"campaign", campaign}, {"agent", agent}};
    } else {
        // Vocabulary A+: the delivery envelope's data keys.
        data = QJsonObject {{"agentId", agentId}, {"campaignId", campaignId},
            {"chatId", "chat_test"}, {"prospectId", prospect.value("id")}, {"timestamp", now}};
        if (event.startsWith(u"linkedin.message"))
            data.insert(
                "message", "Thanks for reaching out! I'd be interested in learning more...");
    }
    return Response::json(200,
        QJsonObject {{"event", event}, {"timestamp", now}, {"data", data},
            {"team", QJsonObject {{"id", state.teamId}, {"name", state.teamName}}}});
}

} // namespace

void registerWebhookRoutes(Router &router, SandboxState &state)
{
    router.add("GET", QStringLiteral("/webhooks"), RateTier::Medium, [&state](const Request &) {
        QSqlQuery q = state.run(QStringLiteral("SELECT %1 FROM webhooks ORDER BY created_at, id")
                                    .arg(QLatin1String(Columns)));
        QJsonArray list;
        while (q.next())
            list.append(webhookJson(q));
        return Response::json(200, list);
    });
    router.add("POST", QStringLiteral("/webhooks"), RateTier::Low,
        [&state](const Request &r) { return createWebhook(state, r); });
    router.add("PUT", QStringLiteral("/webhooks/{webhookId}"), RateTier::Low,
        [&state](const Request &r) { return updateWebhook(state, r); });
    router.add("DELETE", QStringLiteral("/webhooks/{webhookId}"), RateTier::Low,
        [&state](const Request &r) {
            const QString id = r.params.value("webhookId");
            if (!state.exists(QStringLiteral("SELECT 1 FROM webhooks WHERE id = ?"), {id}))
                return Response::notFound(QStringLiteral("Webhook not found"));
            state.run(QStringLiteral("DELETE FROM webhooks WHERE id = ?"), {id});
            return Response::json(
                200, QJsonObject {{"id", id}, {"message", "Webhook deleted successfully"}});
        });
    router.add("GET", QStringLiteral("/webhooks/events"), RateTier::High, [](const Request &) {
        QJsonArray list;
        for (const auto &e : subscribableEvents())
            list.append(QJsonObject {{"id", e.first}, {"name", e.second}});
        return Response::json(200, list);
    });
    router.add("POST", QStringLiteral("/webhooks/test"), RateTier::Low,
        [&state](const Request &r) { return testWebhook(state, r); });
    router.add(
        "GET", QStringLiteral("/webhooks/test/events"), RateTier::Medium, [](const Request &) {
            QJsonArray list;
            for (const LegacyEvent &e : legacyEvents)
                list.append(QJsonObject {{"id", e.id}, {"name", e.name},
                    {"description", e.description}, {"category", e.category}});
            return Response::json(200, list);
        });
    router.add("GET", QStringLiteral("/webhooks/test/example/{event}"), RateTier::Medium,
        [&state](const Request &r) { return exampleFor(state, r.params.value("event")); });
}

} // namespace kakiyo::sandbox
