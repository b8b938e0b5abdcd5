#include "models/domain/Webhook.h"

#include "models/domain/JsonReader.h"

#include <QJsonArray>

namespace kakiyo {

namespace {
void checkEvents(FormCheck &c, const QStringList &events)
{
    if (!c.count(QStringLiteral("events"), events.size(), 1, 0))
        return;
    const QStringList allowed = subscribableWebhookEvents();
    for (qsizetype i = 0; i < events.size(); ++i)
        c.oneOf(QStringLiteral("events[%1]").arg(i), events[i], allowed);
}
} // namespace

QStringList subscribableWebhookEvents()
{
    return {QStringLiteral("*"), QStringLiteral("linkedin.message.sent"),
        QStringLiteral("linkedin.message.received"), QStringLiteral("linkedin.invitation.sent"),
        QStringLiteral("linkedin.invitation.accepted"),
        QStringLiteral("prospect.qualification.manual"), QStringLiteral("prospect.unqualified")};
}

Decoded<Webhook> Webhook::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Webhook w;
    w.id = r.string("id");
    w.name = r.optString("name");
    w.url = r.optString("url");
    w.events = r.stringList("events");
    w.active = r.optBool("active", true);
    w.lastSuccess = r.dateTime("lastSuccess");
    w.lastFailure = r.dateTime("lastFailure");
    w.successCount = r.optInteger("successCount");
    w.failureCount = r.optInteger("failureCount");
    w.createdAt = r.dateTime("createdAt");
    w.message = r.optString("message");
    return r.finish(std::move(w));
}

Decoded<QList<Webhook>> Webhook::listFromJson(const QJsonValue &value, const QString &path)
{
    return JsonReader::decodeList<Webhook>(value, path, &Webhook::fromJson);
}

Decoded<WebhookEvent> WebhookEvent::fromJson(const QJsonValue &value, const QString &path)
{
    // Tolerate a bare list of event names.
    if (value.isString()) {
        WebhookEvent e;
        e.id = value.toString();
        e.name = e.id;
        return Decoded<WebhookEvent>::success(std::move(e));
    }
    JsonReader r(value, path);
    WebhookEvent e;
    e.id = r.string("id");
    e.name = r.optString("name", e.id);
    e.description = r.optString("description");
    e.category = r.optString("category");
    return r.finish(std::move(e));
}

Decoded<QList<WebhookEvent>> WebhookEvent::listFromJson(
    const QJsonValue &value, const QString &path)
{
    return JsonReader::decodeList<WebhookEvent>(value, path, &WebhookEvent::fromJson);
}

Decoded<WebhookTestResult> WebhookTestResult::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WebhookTestResult t;
    t.message = r.optString("message");
    t.event = r.optString("event");
    t.webhooks = r.list<Webhook>("webhooks", &Webhook::fromJson);
    t.deliveries = r.list<WebhookDelivery>("webhooks", &WebhookDelivery::fromJson);
    t.webhooksCount = r.optInteger("webhooksCount", t.webhooks.size());
    return r.finish(std::move(t));
}

Decoded<WebhookDelivery> WebhookDelivery::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WebhookDelivery d;
    d.id = r.optString("id");
    d.name = r.optString("name");
    d.url = r.optString("url");
    d.delivered = r.maybeBool("delivered");
    d.simulated = r.optBool("simulated");
    d.statusCode = int(r.optInteger("statusCode"));
    d.durationMs = r.optInteger("durationMs", -1);
    d.error = r.optString("error");
    d.attempts = int(r.optInteger("attempts"));
    return r.finish(std::move(d));
}

Decoded<WebhookExample> WebhookExample::fromJson(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    WebhookExample x;
    x.event = r.string("event");
    x.timestamp = r.dateTime("timestamp");
    x.data = r.rawObject("data");
    JsonReader team = r.child("team");
    x.teamId = team.isAbsent() ? r.optString("teamId") : team.optString("id");
    x.teamName = team.optString("name");
    return r.finish(std::move(x));
}

Encoded WebhookCreate::encode() const
{
    FormCheck c;
    c.length(QStringLiteral("name"), name.trimmed(), 1, 200);
    c.url(QStringLiteral("url"), url);
    checkEvents(c, events);
    Encoded e;
    e.body = {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("url"), url.trimmed()},
        {QStringLiteral("events"), QJsonArray::fromStringList(events)}};
    if (!secret.isEmpty())
        e.body.insert(QStringLiteral("secret"), secret);
    e.errors = c.errors();
    return e;
}

Encoded WebhookUpdate::encode() const
{
    FormCheck c;
    Encoded e;
    if (!name && !url && !secret && !events && !active)
        c.add(QString(), QStringLiteral("nothing to change"));
    if (name) {
        c.length(QStringLiteral("name"), name->trimmed(), 1, 200);
        e.body.insert(QStringLiteral("name"), name->trimmed());
    }
    if (url) {
        c.url(QStringLiteral("url"), *url);
        e.body.insert(QStringLiteral("url"), url->trimmed());
    }
    if (secret)
        e.body.insert(QStringLiteral("secret"), *secret);
    if (events) {
        checkEvents(c, *events);
        e.body.insert(QStringLiteral("events"), QJsonArray::fromStringList(*events));
    }
    if (active)
        e.body.insert(QStringLiteral("active"), *active);
    e.errors = c.errors();
    return e;
}

Encoded WebhookTest::encode() const
{
    FormCheck c;
    QStringList allowed = subscribableWebhookEvents();
    allowed.removeAll(QStringLiteral("*"));
    c.oneOf(QStringLiteral("event"), event, allowed);
    Encoded e;
    e.body = {{QStringLiteral("event"), event}};
    if (!data.isEmpty())
        e.body.insert(QStringLiteral("data"), data);
    e.errors = c.errors();
    return e;
}

} // namespace kakiyo
