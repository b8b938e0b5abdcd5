#pragma once
// WebhooksApi: the webhook subscriptions (list, create, update, delete), the subscribable event
// catalogue, and the test tools (send a test event, the legacy test catalogue, example payloads).

#include "models/api/ApiCall.h"
#include "models/domain/Ack.h"
#include "models/domain/Webhook.h"

namespace kakiyo {

class WebhooksApi
{
public:
    explicit WebhooksApi(ApiCall call)
        : m_call(call)
    {
    }

    void list(QObject *owner, ResultHandler<QList<Webhook>> done, ReadOptions options = {});
    void create(const WebhookCreate &webhook, QObject *owner, ResultHandler<Webhook> done);
    void update(
        const QString &id, const WebhookUpdate &changes, QObject *owner, ResultHandler<Ack> done);
    void remove(const QString &id, QObject *owner, ResultHandler<Ack> done);
    void events(QObject *owner, ResultHandler<QList<WebhookEvent>> done, ReadOptions options = {});
    void test(const WebhookTest &test, QObject *owner, ResultHandler<WebhookTestResult> done);
    void testEvents(
        QObject *owner, ResultHandler<QList<WebhookEvent>> done, ReadOptions options = {});
    void testExample(const QString &event, QObject *owner, ResultHandler<WebhookExample> done,
        ReadOptions options = {});

private:
    ApiCall m_call;
};

} // namespace kakiyo
