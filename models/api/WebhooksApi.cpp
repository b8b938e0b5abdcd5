#include "models/api/WebhooksApi.h"

namespace kakiyo {

void WebhooksApi::list(QObject *owner, ResultHandler<QList<Webhook>> done, ReadOptions options)
{
    m_call.sendJson<QList<Webhook>>(ApiCall::read(QStringLiteral("/webhooks"), options), owner,
        &Webhook::listFromJson, std::move(done));
}

void WebhooksApi::create(const WebhookCreate &webhook, QObject *owner, ResultHandler<Webhook> done)
{
    const Encoded e = webhook.encode();
    if (!e.ok())
        return m_call.refuse<Webhook>(e.errors, owner, std::move(done));
    m_call.sendJson<Webhook>(ApiRequest::post(QStringLiteral("/webhooks"), ApiCall::body(e.body)),
        owner, &Webhook::fromJson, std::move(done));
}

void WebhooksApi::update(
    const QString &id, const WebhookUpdate &changes, QObject *owner, ResultHandler<Ack> done)
{
    Encoded e = changes.encode();
    e.errors += ApiCall::checkPathId(QStringLiteral("id"), id);
    if (!e.ok())
        return m_call.refuse<Ack>(e.errors, owner, std::move(done));
    m_call.sendJson<Ack>(
        ApiRequest::put(QStringLiteral("/webhooks/%1").arg(id), ApiCall::body(e.body)), owner,
        &Ack::fromJson, std::move(done));
}

void WebhooksApi::remove(const QString &id, QObject *owner, ResultHandler<Ack> done)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("id"), id);
        !errors.isEmpty())
        return m_call.refuse<Ack>(errors, owner, std::move(done));
    m_call.sendJson<Ack>(ApiRequest::del(QStringLiteral("/webhooks/%1").arg(id)), owner,
        &Ack::fromJson, std::move(done));
}

void WebhooksApi::events(
    QObject *owner, ResultHandler<QList<WebhookEvent>> done, ReadOptions options)
{
    m_call.sendJson<QList<WebhookEvent>>(ApiCall::read(QStringLiteral("/webhooks/events"), options),
        owner, &WebhookEvent::listFromJson, std::move(done));
}

void WebhooksApi::test(
    const WebhookTest &test, QObject *owner, ResultHandler<WebhookTestResult> done)
{
    const Encoded e = test.encode();
    if (!e.ok())
        return m_call.refuse<WebhookTestResult>(e.errors, owner, std::move(done));
    ApiRequest request = ApiRequest::post(QStringLiteral("/webhooks/test"), ApiCall::body(e.body));
    request.invalidates = {QStringLiteral("/webhooks")}; // delivery counters change
    m_call.sendJson<WebhookTestResult>(
        request, owner, &WebhookTestResult::fromJson, std::move(done));
}

void WebhooksApi::testEvents(
    QObject *owner, ResultHandler<QList<WebhookEvent>> done, ReadOptions options)
{
    m_call.sendJson<QList<WebhookEvent>>(
        ApiCall::read(QStringLiteral("/webhooks/test/events"), options), owner,
        &WebhookEvent::listFromJson, std::move(done));
}

void WebhooksApi::testExample(
    const QString &event, QObject *owner, ResultHandler<WebhookExample> done, ReadOptions options)
{
    if (const FieldErrors errors = ApiCall::checkPathId(QStringLiteral("event"), event);
        !errors.isEmpty())
        return m_call.refuse<WebhookExample>(errors, owner, std::move(done));
    m_call.sendJson<WebhookExample>(
        ApiCall::read(QStringLiteral("/webhooks/test/example/%1").arg(event), options), owner,
        &WebhookExample::fromJson, std::move(done));
}

} // namespace kakiyo
